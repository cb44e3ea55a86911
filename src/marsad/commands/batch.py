"""`marsad batch`: extract a whole corpus on Dask workers into Parquet, then deduplicate events.

`marsad extract` is one process writing JSONL; a corpus of tens of thousands
of articles wants all cores (or machines), columnar output to query, a run
that can be killed and resumed, and one record per real-world event across
outlets. See docs/BATCH.md.
"""

from __future__ import annotations

import argparse
import logging
import sys

EXAMPLES = """examples:
  marsad batch news.jsonl.gz --out out/                     LocalCluster, 2 worker processes
  marsad batch dumps/ --out out/ --workers 8 --partition-size 1000
  marsad batch news.jsonl.gz --out out/ --scheduler tcp://10.0.0.5:8786

Output: out/{articles,actors,events,quotes,corpus_events}/month=YYYY-MM/*.parquet
(month=unknown for undated articles). Rerunning the same command resumes: partitions
with a marker in out/_done/ are skipped. Exit status 1 when a partition failed or
nothing could be read.
"""


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "batch",
        help="extract a JSONL corpus on Dask workers into Parquet, with deduplicated corpus events",
        description="Read JSONL(.gz) files or folders of them, extract every article on Dask workers, and write "
        "Parquet datasets partitioned by publication month, plus cross-article corpus events.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".jsonl or .jsonl.gz file, or a folder of them")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder (created; reused to resume)")
    p.add_argument("--workers", type=int, default=2, metavar="N", help="local worker processes (default 2)")
    p.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="use a running Dask scheduler instead of local workers")
    p.add_argument("--partition-size", type=int, default=2000, metavar="N", help="input lines per partition (default 2000)")
    p.add_argument("--limit", type=int, metavar="N", help="read only the first N lines of input in all")
    p.add_argument("--no-dedup", action="store_true", help="skip cross-article deduplication at the end")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the batch and print a one-line summary on stderr."""
    from marsad.batch.runner import run_batch
    from marsad.batch.store import OutputMismatch

    if args.workers < 1 or args.partition_size < 1:
        print("marsad: error: --workers and --partition-size must be at least 1", file=sys.stderr)
        return 2
    if not getattr(args, "verbose", False):  # Dask logs every worker start and stop at INFO
        import distributed  # noqa: F401  (its import sets its log level, so set ours after)

        logging.getLogger("distributed").setLevel(logging.WARNING)
    try:
        s = run_batch(
            args.inputs, args.out, workers=args.workers, scheduler=args.scheduler,
            partition_size=args.partition_size, limit=args.limit, dedup=not args.no_dedup,
        )
    except OutputMismatch as exc:
        print(f"marsad: error: {exc}", file=sys.stderr)
        return 1
    print(
        f"partitions: {s.partitions_done} done, {s.partitions_skipped} already done, {s.partitions_failed} failed; "
        f"articles {s.articles}, skipped items {s.problems}; events {s.raw_events} -> corpus events "
        f"{s.corpus_events}; {s.seconds:.1f}s",
        file=sys.stderr,
    )
    nothing = s.partitions_done == 0 and s.partitions_skipped == 0 and s.problems > 0
    return 1 if s.partitions_failed or nothing else 0
