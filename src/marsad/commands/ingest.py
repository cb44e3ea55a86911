"""`marsad ingest`: read articles, extract their events, store them in a SQLite database.

Built for long unattended runs: an unreadable item is reported and skipped, each
batch is committed on its own, and running the same command again after a crash
skips what is already stored and finishes the rest.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import itertools
import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import marsad
from marsad.store import Store, validate_record
from marsad.text.reader import Article, InputError, InputProblem, iter_articles

log = logging.getLogger(__name__)
Report = Callable[[str, str], None]  # (origin, message) of a skipped item


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ingest",
        help="extract articles and store the records in a SQLite database (idempotent, resumable)",
        description="Extract events from articles and store them. Re-running skips articles already stored.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="text, HTML or JSONL file, or a folder of them")
    p.add_argument("--db", default="marsad.sqlite", help="database file (created if missing; default %(default)s)")
    p.add_argument("--batch-size", type=_positive, default=200, help="articles per transaction (default %(default)s)")
    p.add_argument("--records", action="store_true",
                   help="inputs are JSONL of already-extracted records (marsad extract -o), stored as they are")
    p.add_argument("--max-chars", type=_positive, default=5_000_000, help="skip longer articles (default %(default)s)")
    p.set_defaults(func=run)


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def run(args: argparse.Namespace) -> int:
    skipped = 0

    def report(origin: str, message: str) -> None:
        nonlocal skipped
        skipped += 1
        print(f"marsad: skipped {origin}: {message}", file=sys.stderr)

    items: Iterator[Any] = read_records(args.inputs, report) if args.records else iter_articles(
        args.inputs, max_chars=args.max_chars)
    try:
        # Fail on missing inputs before creating a database file.
        items = itertools.chain([next(items)], items)
    except StopIteration:
        pass
    except InputError as exc:
        print(f"marsad: error: {exc}", file=sys.stderr)
        return 1
    with Store.open(args.db) as store, _progress() as tick:
        records = items if args.records else extract_articles(items, store, report)
        stats = store.ingest_records(_ticking(records, tick), batch_size=args.batch_size)
    for doc_id, message in stats.invalid:
        report(doc_id or "(record without doc_id)", message)
    print(f"ingested {stats.added} articles ({stats.duplicates} already stored), skipped {skipped}")
    return 0 if stats.added + stats.duplicates else 1


def extract_articles(items: Iterable[Article | InputProblem], store: Store, report: Report) -> Iterator[dict[str, Any]]:
    """EVENTS.md records of the readable articles; problems go to `report`.

    An article already in `store` is not extracted again: its bare record is passed
    on so the store counts it as a duplicate, which makes re-running after a crash cheap.
    """
    for item in items:
        if isinstance(item, InputProblem):
            report(item.origin, item.message)
            continue
        if store.contains(item.text, item.doc_id):
            yield {"doc_id": item.doc_id, "text": item.text}
            continue
        try:
            doc = marsad.extract(item.text, pub_date=item.pub_date, source=item.source, doc_id=item.doc_id,
                                 title=item.title, url=item.url)
        except Exception as exc:  # one article the pipeline chokes on must not end a long run
            log.debug("extraction failed for %s", item.origin, exc_info=True)
            report(item.origin, f"extraction failed ({type(exc).__name__}: {exc})")
            continue
        yield doc.to_dict()


def read_records(inputs: list[str], report: Report) -> Iterator[dict[str, Any]]:
    """Records from JSONL (or .jsonl.gz) files of `Document.to_dict()` output."""
    paths = [Path(p) for p in inputs]
    if not any(p.is_file() for p in paths):
        raise InputError(f"no input file found: {', '.join(inputs)}")
    for path in paths:
        if not path.is_file():
            report(str(path), "no such file")
            continue
        opener = gzip.open if path.name.endswith(".gz") else open
        try:
            with opener(path, "rt", encoding="utf-8") as fh:
                for lineno, line in enumerate(fh, 1):
                    if line.strip():
                        yield from _parse_record(line, f"{path}:{lineno}", report)
        except (OSError, UnicodeDecodeError, EOFError) as exc:
            report(str(path), f"cannot read further ({type(exc).__name__}: {exc})")


def _parse_record(line: str, origin: str, report: Report) -> Iterator[dict[str, Any]]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        report(origin, f"invalid JSON ({exc.msg} at column {exc.colno})")
        return
    problem = validate_record(record)
    if problem:
        report(origin, problem)
    else:
        yield record


def _ticking(items: Iterable[dict[str, Any]], tick: Callable[[], None]) -> Iterator[dict[str, Any]]:
    for item in items:
        tick()
        yield item


@contextlib.contextmanager
def _progress() -> Iterator[Callable[[], None]]:
    """A live article counter on stderr when it is a terminal; a no-op otherwise."""
    if not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.completed} articles read"), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("ingest", total=None)
        yield lambda: progress.advance(task)
