"""Throughput and peak memory of `marsad extract` on one core.

Runs the same path as `marsad extract INPUT -o OUT.jsonl` (read, extract,
serialise each record) in this process, pinned to one CPU where the OS allows,
and prints articles/s, tokens/s and peak resident memory.

    python benchmarks/extract_throughput.py ../shared/data/news/ant_middleeast_2018.jsonl.gz
    python benchmarks/extract_throughput.py FILE --limit 2000 --json
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time

import marsad
from marsad.text.reader import Article, iter_articles


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+", help="JSONL(.gz) or text files")
    ap.add_argument("--limit", type=int, default=0, help="stop after N articles (default: all)")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = ap.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the target says

    marsad.extract("تحميل النماذج قبل القياس.")  # load tables and the NER model outside the timed loop
    articles = tokens = chars = events = 0
    sink = open(os.devnull, "w", encoding="utf-8")
    start = time.perf_counter()
    for item in iter_articles(args.inputs):
        if not isinstance(item, Article):
            continue
        doc = marsad.extract(item.text, pub_date=item.pub_date, source=item.source, doc_id=item.doc_id, title=item.title, url=item.url)
        sink.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        articles += 1
        tokens += len(doc.tokens)
        chars += len(item.text)
        events += len(doc.events)
        if args.limit and articles >= args.limit:
            break
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "articles": articles,
        "seconds": round(elapsed, 2),
        "articles_per_s": round(articles / elapsed, 1),
        "tokens_per_s": round(tokens / elapsed),
        "mean_chars": round(chars / max(articles, 1)),
        "events": events,
        "peak_rss_mb": round(peak_mb),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:16} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
