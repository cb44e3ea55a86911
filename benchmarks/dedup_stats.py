"""Raw events vs corpus events in a `marsad batch` output, and a sample of merges to check by hand.

Usage: python benchmarks/dedup_stats.py OUT_DIR [--sample 30] [--seed 0] [--max-chars 300]

A trigger word alone ("met", "attacked") cannot tell whether two reports are the
same real-world event, so each sampled member is printed with its article's
publication date, title and the sentence around its trigger.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from marsad.batch.dedup import CORPUS_EVENTS
from marsad.batch.store import read_table
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenize


def sentence_at(text: str, start: int, end: int, max_chars: int) -> str:
    """The sentence of `text` holding offsets [start, end), cut to about `max_chars` around them."""
    around = next((s for s in split_sentences(text, tokenize(text)) if s.start <= start < s.end), None)
    lo, hi = (around.start, max(around.end, end)) if around else (start, end)
    if hi - lo > max_chars:  # keep the trigger in view
        lo = max(lo, start - max_chars // 2)
        hi = min(hi, lo + max_chars)
    return " ".join(text[lo:hi].split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-chars", type=int, default=300, help="longest sentence excerpt printed (default 300)")
    args = parser.parse_args()
    events = read_table(args.out, "events", columns=["doc_id", "id", "status", "source", "triggers", "date",
                                                     "pub_date"]).to_pylist()
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
    sample = random.Random(args.seed).sample(merged, min(args.sample, len(merged)))
    wanted = {m["doc_id"] for c in sample for m in c["members"]}
    articles = {a["doc_id"]: a for a in read_table(args.out, "articles", columns=["doc_id", "title", "text"]).to_pylist()
                if a["doc_id"] in wanted}
    for c in sample:
        place = (c["place"] or {}).get("name") or "-"
        print(f"\n{c['corpus_event_id']} {c['type']}/{c['mode'] or '-'} {','.join(c['actor_codes'])} -> "
              f"{','.join(c['recipient_codes']) or '-'} {c['date']} ({c['date_source']}) at {place}")
        for m in c["members"]:
            e = by_key.get((m["doc_id"], m["event_id"]), {})
            triggers = e.get("triggers") or []
            article = articles.get(m["doc_id"], {})
            print(f"   {m['doc_id']} [{e.get('source')}] {m['event_id']} date={e.get('date') or '-'} "
                  f"published={e.get('pub_date') or '-'}: {' | '.join(t['text'] for t in triggers)}")
            print(f"      title: {article.get('title') or '-'}")
            if triggers and article.get("text"):
                print(f"      sentence: {sentence_at(article['text'], triggers[0]['start'], triggers[0]['end'], args.max_chars)}")


if __name__ == "__main__":
    main()
