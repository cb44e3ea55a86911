"""How `marsad batch` scales from 1 to 2 worker processes on the same input.

Usage: python benchmarks/batch_scaling.py /work/shared/data/news/*.jsonl.gz --limit 2000

Each setting gets a fresh LocalCluster (started before the clock runs) and a
fresh output folder; deduplication is left out so only extraction is timed.
Prints items/s (articles extracted plus items skipped), articles/s, the 2-vs-1
ratio, and each worker process's peak RSS as measured inside the worker.
It also prints the 1-minute load average before each run and each worker's CPU
seconds over the run: CPU well below wall time means the workers were waiting
for a core (other jobs on the machine), not that the batch runner scales badly.
"""

from __future__ import annotations

import argparse
import logging
import os
import tempfile
import time
from collections import defaultdict

from distributed import Client, LocalCluster

from marsad.batch.runner import BatchSummary, run_batch


def cpu_seconds() -> float:
    """User plus system CPU seconds of the calling process (run on each worker)."""
    t = os.times()
    return t.user + t.system


def measure(paths: list[str], workers: int, limit: int, partition_size: int) -> tuple[BatchSummary, float, list[float]]:
    """One timed run with `workers` single-threaded processes: summary, cluster start seconds, CPU seconds per worker."""
    started = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        startup = time.perf_counter() - started
        before = client.run(cpu_seconds)
        with tempfile.TemporaryDirectory(prefix="marsad-bench-") as out:
            summary = run_batch(paths, out, partition_size=partition_size, limit=limit, dedup=False,
                                client=client, report=lambda m: None)
        after = client.run(cpu_seconds)
    return summary, startup, sorted(after[w] - before[w] for w in after)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--limit", type=int, default=2000, help="input lines in all (default 2000)")
    parser.add_argument("--partition-size", type=int, default=100, help="lines per partition (default 100)")
    args = parser.parse_args()
    total = time.perf_counter()
    rates = {}
    for workers in (1, 2):
        load = os.getloadavg()[0]
        s, startup, cpu = measure(args.paths, workers, args.limit, args.partition_size)
        items = s.articles + s.problems
        rates[workers] = items / s.seconds
        rss = defaultdict(float)
        for r in s.results:
            rss[r.worker] = max(rss[r.worker], r.peak_rss_mb)
        print(f"workers={workers}: {s.articles} articles + {s.problems} skipped in {s.seconds:.1f}s "
              f"(cluster start {startup:.1f}s) -> {items / s.seconds:.1f} items/s, {s.articles / s.seconds:.1f} articles/s; "
              f"peak RSS per worker MB: {', '.join(f'{v:.0f}' for v in sorted(rss.values()))}")
        print(f"   load average before: {load:.2f}; worker CPU s: {', '.join(f'{c:.1f}' for c in cpu)} "
              f"({sum(cpu) / (workers * s.seconds):.0%} of {workers} core(s) over the run)")
    print(f"scaling 2 vs 1 workers: {rates[2] / rates[1]:.2f}x")
    print(f"total benchmark time: {time.perf_counter() - total:.1f}s")


if __name__ == "__main__":
    main()
