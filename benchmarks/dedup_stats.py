"""Raw events vs corpus events in a `marsad batch` output, and a sample of merges to check by hand.

Usage: python benchmarks/dedup_stats.py OUT_DIR [--sample 30] [--seed 0]
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from marsad.batch.dedup import CORPUS_EVENTS
from marsad.batch.store import read_table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    events = read_table(args.out, "events", columns=["doc_id", "id", "status", "source", "triggers"]).to_pylist()
    corpus = read_table(args.out, "corpus_events", schema=CORPUS_EVENTS).to_pylist()
    asserted = [e for e in events if e["status"] == "asserted"]
    merged = [c for c in corpus if c["num_articles"] > 1]
    sizes = Counter(min(c["num_articles"], 5) for c in corpus)
    print(f"raw events: {len(events)} (asserted {len(asserted)}); corpus events: {len(corpus)}")
    if asserted:
        print(f"reduction: {1 - len(corpus) / len(asserted):.1%}; corpus events from 2+ articles: {len(merged)}, "
              f"from 2+ sources: {sum(c['num_sources'] > 1 for c in corpus)}")
    print("articles per corpus event: " + ", ".join(f"{'5+' if k == 5 else k}: {v}" for k, v in sorted(sizes.items())))
    by_key = {(e["doc_id"], e["id"]): e for e in events}
    for c in random.Random(args.seed).sample(merged, min(args.sample, len(merged))):
        place = (c["place"] or {}).get("name") or "-"
        print(f"\n{c['corpus_event_id']} {c['type']}/{c['mode'] or '-'} {','.join(c['actor_codes'])} -> "
              f"{','.join(c['recipient_codes']) or '-'} {c['date']} ({c['date_source']}) at {place}")
        for m in c["members"]:
            e = by_key.get((m["doc_id"], m["event_id"]), {})
            triggers = " | ".join(t["text"] for t in e.get("triggers") or [])
            print(f"   {m['doc_id']} [{e.get('source')}] {m['event_id']}: {triggers}")


if __name__ == "__main__":
    main()
