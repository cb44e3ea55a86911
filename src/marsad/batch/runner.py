"""Drive a batch run: partitions out to Dask workers, results back into the output folder.

Memory stays bounded on every side: the driver generates partitions lazily
and keeps at most `2 x workers` of them in flight, each worker holds one
partition, and results are written (and dropped) as they complete. By default
the run starts a `LocalCluster` of single-threaded worker *processes*, because
the pipeline is pure Python and threads would share one interpreter lock.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from marsad.batch import store
from marsad.batch.dedup import deduplicate_output
from marsad.batch.partitions import PartitionSpec, iter_partitions
from marsad.batch.worker import PartitionResult, extract_partition
from marsad.text.reader import InputProblem

Report = Callable[[str], None]


@dataclass
class BatchSummary:
    partitions_done: int = 0  # processed in this run
    partitions_skipped: int = 0  # already done by an earlier run
    partitions_failed: int = 0
    articles: int = 0  # extracted in this run
    problems: int = 0  # items skipped in this run
    raw_events: int = 0
    corpus_events: int = 0
    seconds: float = 0.0
    results: list[PartitionResult] = field(default_factory=list)  # per-partition stats, tables dropped


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_batch(
    inputs: list[str | Path],
    out: str | Path,
    workers: int = 2,
    scheduler: str | None = None,
    partition_size: int = 2000,
    limit: int | None = None,
    dedup: bool = True,
    report: Report = _stderr,
    client=None,
) -> BatchSummary:
    """Extract every article of `inputs` into Parquet datasets under `out`, resuming a killed run."""
    out = Path(out)
    store.prepare(out, {"partition_size": partition_size, "limit": limit})
    summary = BatchSummary()
    start = time.perf_counter()
    with _client(client, workers, scheduler) as active:
        window = 2 * max(sum(active.nthreads().values()), 1)
        for outcome in _windowed(active, _pending(inputs, out, partition_size, limit, summary, report), window):
            _record(out, outcome, summary, report)
    if dedup:
        summary.raw_events, summary.corpus_events = deduplicate_output(out)
    summary.seconds = time.perf_counter() - start
    return summary


def _pending(
    inputs: list[str | Path], out: Path, size: int, limit: int | None, summary: BatchSummary, report: Report
) -> Iterator[PartitionSpec]:
    """Partitions not yet done; input problems found while listing are reported here."""
    for item in iter_partitions(inputs, size, limit):
        if isinstance(item, InputProblem):
            summary.problems += 1
            report(f"marsad: skipped {item.origin}: {item.message}")
        elif store.is_done(out, item.pid):
            summary.partitions_skipped += 1
        else:
            yield item


def _windowed(client, specs: Iterator[PartitionSpec], window: int) -> Iterator[tuple[PartitionSpec, object]]:
    """(spec, PartitionResult or the exception) as partitions finish, with at most `window` in flight."""
    from distributed import as_completed

    futures = as_completed(with_results=False)
    spec_of = {}
    in_flight = 0

    def harvest():
        future = next(futures)
        spec = spec_of.pop(future.key)
        try:
            return spec, future.result()
        except Exception as exc:  # noqa: BLE001  (a lost worker or a bug: the partition stays undone, the run goes on)
            return spec, exc
        finally:
            future.release()

    for spec in specs:
        if in_flight >= window:
            yield harvest()
            in_flight -= 1
        future = client.submit(extract_partition, spec, key=f"marsad-partition-{spec.pid}", pure=False)
        spec_of[future.key] = spec
        futures.add(future)
        in_flight += 1
    while in_flight:
        yield harvest()
        in_flight -= 1


def _record(out: Path, outcome: tuple[PartitionSpec, object], summary: BatchSummary, report: Report) -> None:
    spec, result = outcome
    if not isinstance(result, PartitionResult):
        summary.partitions_failed += 1
        report(f"marsad: partition {spec.pid} ({spec.path} lines {spec.first_line}-{spec.end_line - 1}) failed: {result}")
        return
    store.write_partition(out, spec.pid, result.tables, result.problems, result.articles)
    for problem in result.problems:
        report(f"marsad: skipped {problem.origin}: {problem.message}")
    summary.partitions_done += 1
    summary.articles += result.articles
    summary.problems += len(result.problems)
    result.tables, result.problems = {}, []  # keep only the stats
    summary.results.append(result)


@contextlib.contextmanager
def _client(given, workers: int, scheduler: str | None) -> Iterator:
    """The given client, one for `scheduler`, or a LocalCluster of single-threaded processes (closed after)."""
    if given is not None:
        yield given
        return
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR
    ) as cluster, Client(cluster) as client:
        yield client
