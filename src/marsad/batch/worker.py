"""What runs on a Dask worker: read one partition, extract every article, return Arrow tables.

Workers receive only a `PartitionSpec` (path and line range) and send back
compact Arrow tables grouped by publication month, so neither direction ships
the corpus through the scheduler. Results go back to the driver, which writes
them: workers need the inputs readable, not the output folder.
"""

from __future__ import annotations

import os
import resource
import socket
import time
from collections import defaultdict
from dataclasses import dataclass, field

import pyarrow as pa

import marsad
from marsad.batch.partitions import PartitionSpec, read_partition
from marsad.batch.rows import month_of, record_rows, to_tables
from marsad.text.reader import Article, InputProblem


@dataclass
class PartitionResult:
    spec: PartitionSpec
    tables: dict[str, dict[str, pa.Table]]  # month -> table name -> rows
    problems: list[InputProblem] = field(default_factory=list)
    articles: int = 0
    seconds: float = 0.0
    worker: str = ""  # host:pid, to tell workers apart in benchmarks
    peak_rss_mb: float = 0.0  # of the worker process so far


def extract_partition(spec: PartitionSpec) -> PartitionResult:
    """Extract every article of `spec`; a failing article becomes a problem, not a failed partition."""
    start = time.perf_counter()
    rows: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    problems: list[InputProblem] = []
    articles = 0
    for item in read_partition(spec):
        record = _record(item) if isinstance(item, Article) else item
        if isinstance(record, InputProblem):
            problems.append(record)
            continue
        articles += 1
        bucket = rows[month_of(record["pub_date"])]
        for name, table_rows in record_rows(record, item.origin, spec.pid).items():
            bucket[name].extend(table_rows)
    return PartitionResult(
        spec=spec,
        tables={month: to_tables(bucket) for month, bucket in rows.items()},
        problems=problems,
        articles=articles,
        seconds=time.perf_counter() - start,
        worker=f"{socket.gethostname()}:{os.getpid()}",
        peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    )


def _record(item: Article) -> dict | InputProblem:
    try:
        doc = marsad.extract(
            item.text, pub_date=item.pub_date, source=item.source, doc_id=item.doc_id, title=item.title, url=item.url
        )
        return doc.to_dict()
    except Exception as exc:  # noqa: BLE001  (one bad article must not fail its partition)
        return InputProblem(item.origin, f"extraction failed ({type(exc).__name__}: {exc})")
