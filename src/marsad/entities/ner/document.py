"""Document-level features for the second (stacked) CRF pass: what the first pass said elsewhere.

A name is often tagged confidently where a title or a first name precedes it
and missed where it recurs alone a few sentences later (برند جوتشولك ...
وقال جوتشولك). The second pass sees, for each word, the entity types the first
pass gave the same clitic-stripped word in the nearby sentences (ANERcorp has
no document markers, so "nearby" is a window of sentences). Training uses
jackknifed first-pass tags (tagger.py), so the weights reflect how far those
tags can be trusted on unseen text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate

from marsad.entities.ner.features import norm_form
from marsad.text.tokens import analyse

# Sentences either side whose first-pass tags count (tuned on the held-out slice: 20 and 200 were worse).
DOC_WINDOW = 50
TYPES = ("O", "PERS", "ORG", "LOC", "MISC")
_TYPE_INDEX = {t: i for i, t in enumerate(TYPES)}


@lru_cache(maxsize=200_000)
def match_key(word: str) -> str:
    """The form occurrences are matched on: the normalised word without conjunction, preposition, article."""
    return analyse(norm_form(word))[1]


class _Occurrences:
    """Sentence indices of one key and, if the first pass ever tagged it, running counts per type."""

    __slots__ = ("prefix", "sents", "types")

    def __init__(self, sents: list[int], types: list[int]) -> None:
        self.sents = sents
        self.types = types
        self.prefix: list[tuple[int, ...]] = []
        # Running counts are needed only for keys with an entity tag (a small minority of words).
        if any(types):
            rows = [tuple(int(t == k) for k in range(len(TYPES))) for t in types]
            self.prefix = [(0,) * len(TYPES), *accumulate(rows, lambda a, b: tuple(x + y for x, y in zip(a, b)))]

    def counts(self, lo_sent: int, hi_sent: int) -> list[int]:
        """Occurrences per type in sentences lo_sent..hi_sent."""
        lo, hi = bisect_left(self.sents, lo_sent), bisect_right(self.sents, hi_sent)
        if not self.prefix:
            return [hi - lo, *(0,) * (len(TYPES) - 1)]
        return [b - a for a, b in zip(self.prefix[lo], self.prefix[hi])]

    def votes(self, sent: int, window: int, own_type: int) -> list[str]:
        """`vote_features` of the other occurrences within ±`window` sentences of one in sentence `sent`."""
        if not self.prefix:
            # Never tagged: every occurrence, this one included, is O, so the others vote O if there are any.
            others = bisect_right(self.sents, sent + window) - bisect_left(self.sents, sent - window) - 1
            return ["d=O"] if others else []
        counts = self.counts(sent - window, sent + window)
        counts[own_type] -= 1
        return vote_features(counts)


def _index(keys: list[list[str]], tags: list[list[str]]) -> dict[str, _Occurrences]:
    """Key -> its occurrences in sentence order with the first-pass type of each (only keys seen twice)."""
    sents: dict[str, list[int]] = {}
    types: dict[str, list[int]] = {}
    for s, (sent_keys, sent_tags) in enumerate(zip(keys, tags)):
        for key, tag in zip(sent_keys, sent_tags):
            if key in sents:
                sents[key].append(s)
                types[key].append(_TYPE_INDEX.get(tag[2:], 0))
            else:
                sents[key], types[key] = [s], [_TYPE_INDEX.get(tag[2:], 0)]
    return {key: _Occurrences(where, types[key]) for key, where in sents.items() if len(where) > 1}


def vote_features(counts: list[int]) -> list[str]:
    """`d=TYPE` (most frequent entity type of the other occurrences), its share and count; `d=O` if never one."""
    total = sum(counts)
    if not total:
        return []
    entity_counts = counts[1:]
    top = max(entity_counts)
    if not top:
        return ["d=O"]
    typ = TYPES[1 + entity_counts.index(top)]
    return [f"d={typ}", f"d={typ}:{'hi' if 2 * top >= total else 'lo'}", f"dn={min(top, 3)}"]


def document_features(sentences: list[list[str]], first_tags: list[list[str]],
                      window: int = DOC_WINDOW) -> list[list[list[str]]]:
    """Extra features per token: the first-pass votes for the same key within ±`window` sentences (itself excluded)."""
    keys = [[match_key(w) for w in words] for words in sentences]
    index = _index(keys, first_tags)
    out: list[list[list[str]]] = []
    for s, (sent_keys, sent_tags) in enumerate(zip(keys, first_tags)):
        feats: list[list[str]] = []
        for key, tag in zip(sent_keys, sent_tags):
            occ = index.get(key) if len(key) >= 2 else None
            feats.append([] if occ is None else occ.votes(s, window, _TYPE_INDEX.get(tag[2:], 0)))
        out.append(feats)
    return out
