"""Corpus-scale extraction on Dask, with Parquet output and cross-article event deduplication.

    >>> from marsad.batch import run_batch
    >>> run_batch(["news.jsonl.gz"], "out/", workers=4)

See docs/BATCH.md for running on a multi-machine cluster.
"""

from marsad.batch.dedup import deduplicate
from marsad.batch.runner import BatchSummary, run_batch

__all__ = ["BatchSummary", "deduplicate", "run_batch"]
