"""How well `event_date` recovers gold event dates from the gold trigger spans.

For every asserted gold event, `event_date` is called on its first trigger and
the sentence holding it (`split_sentences`), with the document's time
expressions. Reports: accuracy on events with a gold date (exact string match),
and on undated events how often it returns None. Usage:
`python benchmarks/date_accuracy.py GOLD_DIR [--show]` (--show lists the misses).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from marsad.doc import Document
from marsad.events.dates import event_date, find_time_expressions, lead_date
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenize


def evaluate(gold_dir: Path, show: bool = False) -> dict[str, float]:
    """Counts and shares over all `*.json` gold records in `gold_dir`."""
    dated = dated_ok = undated = undated_ok = no_expr = 0
    fb_ok = {"pubfb": [0, 0], "leadfb": [0, 0]}  # [dated correct, undated None]
    for path in sorted(gold_dir.glob("*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        doc = Document(text=rec["text"], pub_date=rec.get("pub_date"), doc_id=rec.get("doc_id", path.stem))
        doc.tokens = tokenize(doc.text)
        doc.sentences = split_sentences(doc.text, doc.tokens)
        exprs = find_time_expressions(doc)
        lead = lead_date(doc, exprs)
        for ev in rec["events"]:
            if ev.get("status", "asserted") != "asserted" or not ev["triggers"]:
                continue
            trig = ev["triggers"][0]
            sent = doc.sentences[doc.sentence_of(trig["start"])]
            got = event_date(doc, trig["start"], trig["end"], sent.start, sent.end, exprs)
            gold = ev.get("date")
            fallbacks = {"pubfb": got or doc.pub_date, "leadfb": got or lead}
            if gold:
                dated += 1
                dated_ok += got == gold
                no_expr += not any(x.value and sent.start <= x.start < sent.end for x in exprs)
            else:
                undated += 1
                undated_ok += got is None
            for name, value in fallbacks.items():
                fb_ok[name][0 if gold else 1] += (value == gold) if gold else (value is None)
            if show and got != gold:
                print(f"{doc.doc_id}\t{trig['text']}\tgold={gold}\tgot={got}")
    return {
        "dated_events": dated,
        "dated_correct": dated_ok,
        "dated_accuracy": round(dated_ok / dated, 3) if dated else 0.0,
        "undated_events": undated,
        "undated_none": undated_ok,
        "undated_none_rate": round(undated_ok / undated, 3) if undated else 0.0,
        "dated_with_no_expression_in_sentence": no_expr,
    } | {
        f"{key}_{name}": round(counts[i] / total, 3) if total else 0.0
        for name, counts in fb_ok.items()
        for i, (key, total) in enumerate((("dated_accuracy", dated), ("undated_none_rate", undated)))
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--show", action="store_true", help="print every event whose date is wrong")
    args = ap.parse_args()
    print(json.dumps(evaluate(args.gold_dir, args.show), indent=1))


if __name__ == "__main__":
    main()
