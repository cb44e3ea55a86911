"""CRF features for one word and its ±2 window.

Everything that depends only on the word string is computed once per word type
and cached, so tagging a sentence only concatenates cached tuples; that keeps
feature extraction well above the 50k tokens/s the pipeline needs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.entities.ner.clusters import cluster_features
from marsad.entities.ner.gazetteer import load_gazetteer
from marsad.lang import words
from marsad.text.normalize import normalize
from marsad.text.tokens import analyse, variants

_ARABIC = re.compile(r"^[\u0621-\u064a]+$")
_FOREIGN_LETTERS = frozenset(words.letters("foreign"))
# Endings typical of transliterated foreign names (normalised spelling; first match wins).
_FOREIGN_ENDINGS = words.word_endings("foreign_name")
_LONG_VOWELS = frozenset(words.letters("long_vowel"))
_ARTICLE = words.article()
WINDOW = (-2, -1, 1, 2)
# Quote and bracket pairs (opening -> closing) around short spans, which are often names of organisations,
# papers, channels and products (« جيلي », " معاريف "); longer spans are quoted speech.
_PAIRS = {"«": "»", '"': '"', "'": "'", "''": "''", "(": ")", "“": "”"}
_MAX_QUOTED = 6
# Feature kinds a neighbour contributes: cluster ids only from the adjacent words.
_FAR_KEEP = ("w=", "base=", "sh=", "gaz", "cue=", "s2=", "al", "v=")
_NEAR_KEEP = (*_FAR_KEEP, "c")
# Word-pair features: the previous and the current word, the current and the next (sentence edges as <s>, </s>).
_BIGRAM_PREV, _BIGRAM_NEXT = "bi-1=", "bi+1="


def shape(word: str) -> str:
    """Coarse script/shape class: Arabic, Latin (capitalised or not), digits, punctuation, mixed."""
    if _ARABIC.match(word):
        return "AR"
    if word.isdigit():
        return "NUM"
    if word.isalpha():
        return "LATC" if word[0].isupper() else "LAT"
    if not any(ch.isalnum() for ch in word):
        return "PUNCT"
    return "MIX"


def _lexicon_hits(norm: str) -> list[str]:
    """Gazetteer and cue labels of the word itself (`gaz=`) or of a clitic-stripped form (`gazv=`)."""
    gaz = load_gazetteer()
    feats: list[str] = []
    for i, form in enumerate(variants(norm)):
        kind = "gaz" if i == 0 else "gazv"
        feats.extend(f"{kind}={label}" for label in sorted(gaz.single.get(form, ())))
        cue = gaz.cues.get(form)
        if cue:
            feats.append(f"cue={cue}")
    return sorted(set(feats))


@lru_cache(maxsize=200_000)
def norm_form(word: str) -> str:
    """The normalised word (the word itself if normalising leaves nothing), cached per type."""
    return normalize(word) or word


@lru_cache(maxsize=200_000)
def word_features(word: str) -> tuple[str, ...]:
    """Features of a word at the current position (cached per word type)."""
    norm = norm_form(word)
    sh = shape(norm)
    feats = [f"w={norm}", f"sh={sh}", f"len={min(len(norm), 8)}"]
    if sh != "AR":
        return (*feats, *_lexicon_hits(norm)) if sh.startswith("LAT") else tuple(feats)
    forms = variants(norm)
    feats += cluster_features(forms)
    prefix, base, _ = analyse(norm)
    feats += [f"base={base}", f"pre={prefix}"]
    affixes = range(1, min(len(norm), 5))
    feats += [f"p{k}={norm[:k]}" for k in affixes]
    feats += [f"s{k}={norm[-k:]}" for k in affixes]
    feats += [f"bs{k}={base[-k:]}" for k in (2, 3) if len(base) > k]
    if _ARTICLE in prefix:
        feats.append("al")
    feats += [f"v={v}" for v in forms[1:3]]
    if not _FOREIGN_LETTERS.isdisjoint(word):
        feats.append("foreign_letter")
    if _ARTICLE not in prefix and len(base) > 4 and base.endswith(_FOREIGN_ENDINGS):
        feats.append(f"fend={next(e for e in _FOREIGN_ENDINGS if base.endswith(e))}")
    if len(base) >= 5 and sum(map(_LONG_VOWELS.__contains__, base)) * 2 >= len(base):
        feats.append("long_vowels")
    feats += _lexicon_hits(norm)
    return tuple(feats)


def _context_kinds(offset: int) -> tuple[str, ...]:
    """Feature kinds (prefixes) a neighbour at `offset` contributes: cluster ids only from adjacent words."""
    return _NEAR_KEEP if abs(offset) == 1 else _FAR_KEEP


@lru_cache(maxsize=200_000)
def _neighbour_subsets(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The word's features as an adjacent (±1) and as a farther (±2) neighbour, filtered once per type."""
    near = tuple(f for f in word_features(word) if f.startswith(_context_kinds(1)))
    return near, tuple(f for f in near if f.startswith(_context_kinds(2)))


def context_features(word: str, offset: int) -> tuple[str, ...]:
    """The subset of a neighbour's features that describe the current word's context."""
    near, far = _neighbour_subsets(word)
    prefix = f"{offset}:"
    return tuple([prefix + f for f in (near if abs(offset) == 1 else far)])


@lru_cache(maxsize=200_000)
def word_slots(word: str) -> tuple[tuple[str, ...], ...]:
    """What a word contributes to each window slot, cached per type: its own features (with `bias`) first,
    then its context features as the neighbour at each offset of WINDOW, in that order."""
    return (("bias", *word_features(word)), *(context_features(word, off) for off in WINDOW))


class KnownFeatures:
    """Drops the features a CRF model has no weights for, before they reach CRFsuite.

    CRFsuite ignores such attributes, so the tags do not change (attributes.py),
    but each one still costs a string conversion and a lookup in the tagger. The
    kept window slots are cached per word type on this object, because the set
    depends on the model: a tagger owns one, built from its models' attributes.
    Kept features are UTF-8 bytes made once per attribute, the form CRFsuite
    reads, so python-crfsuite does not encode the same string again at every
    occurrence and in both passes (it takes `bytes` and `str` items alike).
    """

    def __init__(self, attributes: frozenset[str], cache_size: int = 200_000) -> None:
        encoded = {attr: attr.encode() for attr in attributes}
        self._rows = _slot_rows(encoded)
        self.pairs = _known_pairs(encoded)
        self.slots = lru_cache(maxsize=cache_size)(self._kept_slots)

    def _kept_slots(self, word: str) -> tuple[tuple[bytes, ...], ...]:
        """`word_slots(word)` without the features the model does not know (order kept), encoded."""
        rows = [row for f in ("bias", *word_features(word)) if (row := self._rows.get(f))]
        return tuple([tuple([row[k] for row in rows if row[k]]) for k in range(1 + len(WINDOW))])


def _slot_rows(encoded: dict[str, bytes]) -> dict[str, tuple[bytes, ...]]:
    """A word's feature -> the known attribute it becomes in each window slot, b"" where none.

    Slots are in `word_slots` order (the word itself, then each neighbour offset).
    One lookup per feature thus serves all five slots (the table is large, so each
    lookup is a cache miss). A neighbour slot lists only the kinds that offset
    takes (`_context_kinds`), so the lookup also makes the near/far selection.
    """
    slot = {f"{off}": k for k, off in enumerate(WINDOW, 1)}
    rows: dict[str, list[bytes]] = {}
    for attr, data in encoded.items():
        rows.setdefault(attr, [b""] * (1 + len(WINDOW)))[0] = data
        head, colon, tail = attr.partition(":")
        k = slot.get(head) if colon else None
        if k is not None and tail.startswith(_context_kinds(WINDOW[k - 1])):
            rows.setdefault(tail, [b""] * (1 + len(WINDOW)))[k] = data
    return {f: tuple(row) for f, row in rows.items()}


def _known_pairs(encoded: dict[str, bytes]) -> dict[str, dict[tuple[str, str], bytes]]:
    """Known word-pair attributes per kind, by their (left, right) words, so unknown pairs (most) are never spelt.

    An attribute is listed under each of its splits at "|" (a word may hold one),
    so a pair is found exactly when the attribute `bigram` would spell is known.
    """
    pairs: dict[str, dict[tuple[str, str], bytes]] = {_BIGRAM_PREV: {}, _BIGRAM_NEXT: {}}
    for attr, data in encoded.items():
        kind = attr[: len(_BIGRAM_PREV)]
        if kind in pairs:
            words = attr[len(kind) :]
            for at, ch in enumerate(words):
                if ch == "|":
                    pairs[kind][words[:at], words[at + 1 :]] = data
    return pairs


def sentence_features(words: list[str], known: KnownFeatures | None = None) -> list[list[str | bytes]]:
    """Feature lists for every position of a sentence (CRFsuite item format).

    With `known`, word features and bigrams the model does not know are left out
    and the rest are bytes (a shortcut for tagging; training needs them all to
    choose from). The few position features (edges, gazetteer spans, quotes) are
    passed as they are: CRFsuite skips any it does not know.
    """
    n = len(words)
    slots = [word_slots(w) for w in words] if known is None else [known.slots(w) for w in words]
    norms = [norm_form(w) for w in words]
    pairs = list(zip(["<s>", *norms], [*norms, "</s>"]))  # pairs[i]: words i-1 and i
    prev_known, next_known = (None, None) if known is None else (known.pairs[_BIGRAM_PREV], known.pairs[_BIGRAM_NEXT])
    multi = multiword_hits(norms)
    quoted = quoted_spans(words)
    out: list[list[str | bytes]] = []
    for i in range(n):
        if 2 <= i < n - 2:  # all neighbours present: the loop below, unrolled for WINDOW = (-2, -1, 1, 2)
            feats = [*slots[i][0], *slots[i - 2][1], *slots[i - 1][2], *slots[i + 1][3], *slots[i + 2][4]]
        else:
            feats = [*slots[i][0]]
            for k, off in enumerate(WINDOW, 1):
                j = i + off
                if 0 <= j < n:
                    feats += slots[j][k]
                elif j == -1 or j == n:
                    feats.append(f"{off}:{'BOS' if j < 0 else 'EOS'}")
        if known is None:
            feats += (bigram(_BIGRAM_PREV, *pairs[i]), bigram(_BIGRAM_NEXT, *pairs[i + 1]))
        else:
            feats += [b for b in (prev_known.get(pairs[i]), next_known.get(pairs[i + 1])) if b]
        feats += multi[i]
        feats += quoted[i]
        out.append(feats)
    return out


def bigram(kind: str, left: str, right: str) -> str:
    """A word-pair feature (`_BIGRAM_PREV` or `_BIGRAM_NEXT`) of two normalised words."""
    return f"{kind}{left}|{right}"


def quoted_spans(words: list[str]) -> list[list[str]]:
    """`q=first`/`q=in`/`q=last` (`par=...` for brackets) for words of a short span between a quote pair."""
    marks: list[list[str]] = [[] for _ in words]
    i = 0
    while i < len(words):
        close = _PAIRS.get(words[i])
        end = None if close is None else _closing(words, i, close)
        if end is None or end == i + 1:
            i += 1
            continue
        kind = "par" if words[i] == "(" else "q"
        for j in range(i + 1, end):
            marks[j].append(f"{kind}={'first' if j == i + 1 else 'in'}")
        marks[end - 1].append(f"{kind}=last")
        i = end + 1
    return marks


def _closing(words: list[str], start: int, close: str) -> int | None:
    """Index of the first `close` within a short span after `start`, else None."""
    for j in range(start + 1, min(len(words), start + _MAX_QUOTED + 2)):
        if words[j] == close:
            return j
    return None


def multiword_hits(norms: list[str]) -> list[tuple[str, ...]]:
    """`mgaz=B-LABEL`/`mgaz=I-LABEL` features where a multi-word gazetteer entry matches (longest first)."""
    hits: list[tuple[str, ...]] = [()] * len(norms)
    following = tuple(norms)
    for i, norm in enumerate(norms):
        for rest, label in _multi_candidates(norm):
            end = i + 1 + len(rest)
            if following[i + 1 : end] == rest:
                hits[i] = (*hits[i], f"mgaz=B-{label}")
                hits[i + 1 : end] = [(*h, f"mgaz=I-{label}") for h in hits[i + 1 : end]]
    return hits


@lru_cache(maxsize=200_000)
def _multi_candidates(norm: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """(words after the first, label) of multi-word gazetteer entries that may start at this word
    (cached: most words start none)."""
    gaz = load_gazetteer()
    if not gaz.multi or not norm:
        return ()
    return tuple((entry[1:], label) for first in dict.fromkeys(variants(norm)) for entry, label in gaz.multi.get(first, ()))
