"""Scoring a tagger on a CoNLL file, with and without MISC, plus its tagging speed."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from marsad.entities.ner.conll import Sentence, drop_types
from marsad.entities.ner.scoring import score


def evaluate(tag_sentences: Callable[[list[list[str]]], list[list[str]]], sentences: list[Sentence]) -> dict[str, Any]:
    """Entity-level micro P/R/F1 (all types as the data has them, and with MISC removed) and tokens/s.

    Speed covers feature extraction and decoding on the calling thread: once
    with the per-word feature cache cold (first pass) and once warm (second
    pass), the state a long-running pipeline is in. The file is tagged as one
    text (`NerTagger.tag_sentences`), so the second pass sees nearby sentences.
    """
    gold = [tags for _, tags in sentences]
    texts = [words for words, _ in sentences]
    t0 = time.perf_counter()
    pred = tag_sentences(texts)
    seconds = time.perf_counter() - t0
    t1 = time.perf_counter()
    tag_sentences(texts)
    warm = time.perf_counter() - t1
    n_tokens = sum(len(words) for words, _ in sentences)
    no_misc = score([drop_types(g, {"MISC"}) for g in gold], [drop_types(p, {"MISC"}) for p in pred])
    return {
        "sentences": len(sentences),
        "tokens": n_tokens,
        "tokens_per_s": round(n_tokens / seconds) if seconds else None,
        "tokens_per_s_warm": round(n_tokens / warm) if warm else None,
        "all_types": {k: v.as_dict() for k, v in score(gold, pred).items()},
        "without_misc": {k: v.as_dict() for k, v in no_misc.items()},
    }


def format_report(result: dict[str, Any]) -> str:
    """A short plain-text table of an `evaluate` result."""
    lines = [(f"{result['sentences']} sentences, {result['tokens']} tokens, {result['tokens_per_s']} tokens/s cold, "
             f"{result['tokens_per_s_warm']} warm")]
    for view in ("all_types", "without_misc"):
        lines.append(f"[{view}]  {'type':<6} {'F1':>6} {'P':>6} {'R':>6} {'gold':>6}")
        for typ, s in result[view].items():
            lines.append(f"            {typ:<6} {s['f1']:>6.3f} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['gold']:>6}")
    return "\n".join(lines)
