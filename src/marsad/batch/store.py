"""The output folder: Parquet datasets by month, written so a killed run can be restarted.

Layout under DIR: `<table>/month=YYYY-MM/<partition-id>.parquet` for each of
`articles`, `actors`, `events`, `quotes`, and `_done/<partition-id>` markers.
Each file is written under a hidden temporary name and renamed into place, and
the marker is written last, so a partition either has a marker and all its
files or is redone: before redoing, its stray files from the killed attempt are
removed, so rows never appear twice. Hidden and `_` names are ignored by Arrow
dataset readers, which keeps leftovers out of queries.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from marsad.batch.rows import TABLES
from marsad.text.reader import InputProblem

DONE = "_done"
MANIFEST = "_batch.json"


class OutputMismatch(Exception):
    """The output folder was started with settings that would name partitions differently."""


def prepare(out: Path, settings: dict[str, Any]) -> None:
    """Create the folder, refuse a restart with other partition settings, and drop temp leftovers."""
    (out / DONE).mkdir(parents=True, exist_ok=True)
    manifest = out / MANIFEST
    if manifest.exists():
        old = json.loads(manifest.read_text(encoding="utf-8"))
        if old != settings:
            raise OutputMismatch(
                f"{out} was written with {old}, not {settings}: use the same settings to resume, or a new --out"
            )
    else:
        _atomic_write(manifest, json.dumps(settings, sort_keys=True).encode("utf-8"))
    for tmp in out.glob("**/.*.tmp"):
        tmp.unlink()


def is_done(out: Path, pid: str) -> bool:
    return (out / DONE / pid).exists()


def done_summary(out: Path, pid: str) -> dict[str, Any]:
    """What a finished partition recorded in its marker (article and problem counts)."""
    return json.loads((out / DONE / pid).read_text(encoding="utf-8"))


def write_partition(
    out: Path, pid: str, tables: dict[str, dict[str, pa.Table]], problems: list[InputProblem], articles: int
) -> None:
    """Write one partition's month files, then its marker; any earlier partial attempt is replaced."""
    for stale in out.glob(f"*/month=*/{pid}.parquet"):
        stale.unlink()
    for month, by_name in sorted(tables.items()):
        for name in TABLES:
            table = by_name[name]
            if table.num_rows:
                folder = out / name / f"month={month}"
                folder.mkdir(parents=True, exist_ok=True)
                _atomic_parquet(folder / f"{pid}.parquet", table)
    (out / DONE).mkdir(parents=True, exist_ok=True)
    marker = {"articles": articles, "problems": [[p.origin, p.message] for p in problems]}
    _atomic_write(out / DONE / pid, json.dumps(marker, ensure_ascii=False).encode("utf-8"))


def _atomic_parquet(target: Path, table: pa.Table) -> None:
    tmp = target.with_name(f".{target.name}.tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, target)


def _atomic_write(target: Path, data: bytes) -> None:
    tmp = target.with_name(f".{target.name}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)


def read_table(out: Path, name: str, columns: list[str] | None = None, schema: pa.Schema | None = None) -> pa.Table:
    """One dataset of the output folder, with its `month` column (empty when nothing was written)."""
    import pyarrow.dataset as ds

    base = schema or TABLES[name]
    full = base.append(pa.field("month", pa.string()))
    folder = out / name
    if not any(folder.glob("month=*/*.parquet")):
        table = full.empty_table()
        return table.select(columns) if columns else table
    partitioning = ds.partitioning(pa.schema([("month", pa.string())]), flavor="hive")
    return ds.dataset(folder, format="parquet", partitioning=partitioning, schema=full).to_table(columns=columns)
