"""Tagging speed of the shipped NER model on a CoNLL file, and a tag-for-tag check against saved output.

Measures what `ner_vs_spacy.py` measures for marsad (feature extraction and
both CRF passes over the whole file as one text, on the calling thread), but
with the model shipped in the package, so no training is needed. The first
pass runs in a fresh process after loading the model, i.e. with the per-word
caches as cold as a new process has them; the second pass repeats it warm.

    taskset -c 1 python benchmarks/ner_speed.py test.txt
    python benchmarks/ner_speed.py test.txt --save /tmp/ner_baseline_test.txt
    python benchmarks/ner_speed.py test.txt --check-against-baseline /tmp/ner_baseline_test.txt

Saved tags are written one `token tag` line per token with a blank line after
each sentence (CoNLL), so a saved file can also be scored or diffed by hand.
The check exits with status 1 and prints the first differences when any tag
differs from the saved file.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from marsad.entities.ner import NerTagger, read_conll


def timed_tagging(tagger: NerTagger, sentences: list[list[str]]) -> tuple[list[list[str]], float]:
    """Tags of all sentences (one text) and the seconds the call took."""
    t0 = time.perf_counter()
    tags = tagger.tag_sentences(sentences)
    return tags, time.perf_counter() - t0


def write_tags(path: str | Path, sentences: list[list[str]], tags: list[list[str]]) -> None:
    """Predicted tags as CoNLL `token tag` lines, a blank line after each sentence."""
    with open(path, "w", encoding="utf-8") as fh:
        for words, sent_tags in zip(sentences, tags):
            fh.writelines(f"{w} {t}\n" for w, t in zip(words, sent_tags))
            fh.write("\n")


def read_tags(path: str | Path) -> list[list[str]]:
    """Tags saved by `write_tags`, sentence by sentence (read verbatim: no BIO repair, no type mapping)."""
    out: list[list[str]] = [[]]
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line:
                out[-1].append(line.rsplit(" ", 1)[1])
            elif out[-1]:
                out.append([])
    return [s for s in out if s]


def differences(expected: list[list[str]], got: list[list[str]]) -> list[str]:
    """Human-readable differences (sentence, token, saved tag, new tag); empty when identical."""
    if len(expected) != len(got):
        return [f"{len(expected)} saved sentences, {len(got)} tagged"]
    diffs: list[str] = []
    for s, (exp, new) in enumerate(zip(expected, got)):
        if len(exp) != len(new):
            diffs.append(f"sentence {s}: {len(exp)} saved tags, {len(new)} tagged")
            continue
        diffs += [f"sentence {s} token {i}: saved {a}, now {b}" for i, (a, b) in enumerate(zip(exp, new)) if a != b]
    return diffs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("conll", help="CoNLL `token tag` file to tag (gold tags are ignored)")
    ap.add_argument("--model", help="model file (default: the one shipped with marsad)")
    ap.add_argument("--save", metavar="FILE", help="write the cold pass's tags to FILE")
    ap.add_argument("--check-against-baseline", metavar="FILE",
                    help="compare the tags of both passes with tags saved earlier by --save")
    args = ap.parse_args(argv)

    sentences = [words for words, _ in read_conll(args.conll)]
    n_tokens = sum(map(len, sentences))
    tagger = NerTagger.load(args.model)
    cold, cold_s = timed_tagging(tagger, sentences)
    warm, warm_s = timed_tagging(tagger, sentences)
    print(f"{args.conll}: {len(sentences)} sentences, {n_tokens} tokens")
    print(f"cold: {cold_s:.3f} s  {n_tokens / cold_s:>9.0f} tokens/s")
    print(f"warm: {warm_s:.3f} s  {n_tokens / warm_s:>9.0f} tokens/s")
    if args.save:
        write_tags(args.save, sentences, cold)
        print(f"tags saved to {args.save}")
    if args.check_against_baseline:
        saved = read_tags(args.check_against_baseline)
        diffs = differences(saved, cold) + differences(saved, warm)
        if diffs:
            print(f"DIFFERENT from {args.check_against_baseline}: {len(diffs)} differences", *diffs[:20], sep="\n")
            return 1
        print(f"identical to {args.check_against_baseline} (cold and warm passes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
