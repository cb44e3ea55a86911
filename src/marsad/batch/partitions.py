"""Cut JSONL inputs into small, deterministic partitions that workers read themselves.

The driver never holds the corpus: it only counts lines, and hands each worker
a file path and a line range. A partition's id is the input file plus its index,
so a restarted run with the same inputs and partition size names the same
partitions and can skip the ones already written.
"""

from __future__ import annotations

import gzip
import hashlib
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from marsad.text.reader import JSONL_SUFFIXES, Article, InputProblem, iter_articles


@dataclass(frozen=True)
class PartitionSpec:
    """Lines `[first_line, end_line)` (1-based) of one JSONL file."""

    pid: str
    path: str
    first_line: int
    end_line: int


def jsonl_files(paths: Iterable[str | Path]) -> Iterator[Path | InputProblem]:
    """The JSONL(.gz) files named or found (recursively, sorted) under folders; problems for the rest."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(JSONL_SUFFIXES))
        elif not path.exists():
            yield InputProblem(str(path), "no such file or directory")
        elif not path.name.lower().endswith(JSONL_SUFFIXES):
            yield InputProblem(str(path), "not a JSONL file (batch reads .jsonl and .jsonl.gz; use `marsad extract` for others)")
        else:
            yield path


def iter_partitions(
    paths: Iterable[str | Path], size: int, limit: int | None = None
) -> Iterator[PartitionSpec | InputProblem]:
    """Partitions of `size` lines over all input files, lazily, stopping after `limit` lines in all."""
    if size < 1:
        raise ValueError("partition size must be at least 1")
    budget = limit if limit is not None else -1
    for item in jsonl_files(paths):
        if isinstance(item, InputProblem):
            yield item
            continue
        if budget == 0:
            return
        lines, broken = _count_lines(item, budget)
        budget = budget - lines if budget > 0 else budget
        # A file that breaks while counting keeps one more line, so the worker's reader reports the damage.
        total = lines + 1 if broken else lines
        prefix = _file_prefix(item)
        for index, first in enumerate(range(1, total + 1, size)):
            yield PartitionSpec(f"{prefix}-{index:05d}", str(item), first, min(first + size, total + 1))


def _count_lines(path: Path, budget: int) -> tuple[int, bool]:
    """Number of lines (at most `budget` when positive), and whether the file broke before its end."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    count = 0
    try:
        with opener(path, "rb") as fh:
            for _ in fh:
                count += 1
                if count == budget:
                    break
    except (OSError, EOFError, zlib.error):
        return count, True
    return count, False


def _file_prefix(path: Path) -> str:
    """File stem plus a short hash of its absolute path, so same-named files in two folders differ."""
    name = path.name
    stem = next((name[: -len(s)] for s in JSONL_SUFFIXES if name.lower().endswith(s)), path.stem)
    digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:8]
    return f"{stem}-{digest}"


def read_partition(spec: PartitionSpec) -> Iterator[Article | InputProblem]:
    """The articles and problems of a partition's line range, through the shared reader."""
    for item in iter_articles([spec.path]):
        line = _line_of(item.origin)
        if line is None:  # a whole-file problem belongs to the file's first partition
            if spec.first_line == 1:
                yield item
            continue
        if line >= spec.end_line:
            return
        if line >= spec.first_line:
            yield item


def _line_of(origin: str) -> int | None:
    _, _, tail = origin.rpartition(":")
    return int(tail) if tail.isdigit() else None
