"""Entity-level scoring: an entity counts only if its span and type are exact (seqeval-style)."""

from __future__ import annotations

from dataclasses import dataclass


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Entities of a BIO sequence as (start, end-exclusive, type).

    Like seqeval's default mode, an I- that does not continue an entity of the
    same type opens a new one, so invalid sequences still score predictably.
    """
    spans: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == typ and start >= 0
        if start >= 0 and not continues:
            spans.append((start, i, typ))
            start, typ = -1, ""
        if prefix in ("B", "I") and not continues:
            start, typ = i, label
    return spans


@dataclass(frozen=True)
class Score:
    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"f1": round(self.f1, 4), "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "tp": self.tp, "pred": self.n_pred, "gold": self.n_gold}


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, Score]:
    """Micro scores over all sentences: key "ALL" plus one per entity type."""
    if len(gold) != len(pred):
        raise ValueError("gold and predicted sentence counts differ")
    counts: dict[str, list[int]] = {}
    for g_tags, p_tags in zip(gold, pred):
        g, p = set(bio_spans(g_tags)), set(bio_spans(p_tags))
        for key, spans in (("gold", g), ("pred", p), ("tp", g & p)):
            for *_, typ in spans:
                for k in (typ, "ALL"):
                    counts.setdefault(k, [0, 0, 0])[("tp", "pred", "gold").index(key)] += 1
    counts.setdefault("ALL", [0, 0, 0])
    return {k: Score(*v) for k, v in sorted(counts.items())}
