"""Candidates for `lang/ar/root_waw.tsv`: words whose initial و is a root letter, not the conjunction.

Why: the tokenizer splits a leading و off any word of 4+ letters, so `وزير` became و + زير and a minister
after a name read as a second conjunct (`استقبل السيسي وزير الخارجية`). A word is a candidate when it
starts with و (not وال/ولل), has 4+ letters, occurs at least `--min-count` times in the corpus, and its
form without و is under `--ratio` as frequent. The printed list is then checked by hand (و + a verb whose
bare form is rare in news, like واضاف, is a real conjunction) before it goes into the table.

    python tools/build_root_waw.py /work/shared/data/news/*.jsonl.gz
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter

from marsad.text.normalize import normalize

_WORD = re.compile(r"\w+")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="+", help="JSONL(.gz) news files with a `text` field")
    ap.add_argument("--min-count", type=int, default=60)
    ap.add_argument("--ratio", type=float, default=0.05)
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    for path in args.corpus:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                try:
                    counts.update(normalize(w) for w in _WORD.findall(json.loads(line).get("text", "")))
                except json.JSONDecodeError:
                    continue
    waw = normalize("و")
    found = sorted(
        ((n, w) for w, n in counts.items()
         if w.startswith(waw) and len(w) >= 4 and n >= args.min_count and not w.startswith((waw + "ال", waw + "لل"))
         and (counts[w[1:]] + 1) / n < args.ratio),
        reverse=True,
    )
    for n, w in found:
        print(f"{w}\t{n}\t{counts[w[1:]]}")


if __name__ == "__main__":
    main()
