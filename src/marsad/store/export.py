"""Writing flat event rows (`Store.query_events`) as CSV, JSONL or Parquet.

CSV is for spreadsheets, so list columns are joined with `;`; JSONL and Parquet
keep them as lists. Parquet gets an explicit schema so an empty result or an
all-null `score` column still has the right column types.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa
import pyarrow.parquet as pq

from marsad.store.sqlite import EVENT_COLUMNS  # PARQUET_SCHEMA lists the same names (tested)

FORMATS = ("csv", "jsonl", "parquet")
LIST_SEPARATOR = ";"

_STRINGS = pa.list_(pa.string())
PARQUET_SCHEMA = pa.schema([
    ("id", pa.int64()), ("article_id", pa.int64()), ("local_id", pa.string()), ("type", pa.string()),
    ("mode", pa.string()), ("context", _STRINGS), ("date", pa.string()), ("location_name", pa.string()),
    ("location_country", pa.string()), ("status", pa.string()), ("score", pa.float64()),
    ("actor_codes", _STRINGS), ("actor_names", _STRINGS), ("recipient_codes", _STRINGS),
    ("recipient_names", _STRINGS), ("triggers", _STRINGS), ("article_doc_id", pa.string()),
    ("source", pa.string()), ("pub_date", pa.string()),
])


def write_csv(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write a header and one line per row; return the number of rows."""
    writer = csv.DictWriter(out, fieldnames=EVENT_COLUMNS)
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({k: LIST_SEPARATOR.join(v) if isinstance(v, list) else v for k, v in row.items()})
        count += 1
    return count


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write one JSON object per line (Arabic kept readable); return the number of rows."""
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_parquet(rows: Iterable[dict[str, Any]], path: str | Path) -> int:
    """Write a Parquet file with `PARQUET_SCHEMA`; return the number of rows."""
    table = pa.Table.from_pylist(list(rows), schema=PARQUET_SCHEMA)
    pq.write_table(table, str(path))
    return table.num_rows
