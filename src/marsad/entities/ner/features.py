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
# Feature kinds a neighbour contributes: cluster ids only from the adjacent words.
_FAR_KEEP = ("w=", "base=", "sh=", "gaz", "cue=", "s2=", "al", "v=")
_NEAR_KEEP = (*_FAR_KEEP, "c")


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
def word_features(word: str) -> tuple[str, ...]:
    """Features of a word at the current position (cached per word type)."""
    norm = normalize(word) or word
    sh = shape(norm)
    feats = [f"w={norm}", f"sh={sh}", f"len={min(len(norm), 8)}"]
    if sh != "AR":
        return (*feats, *_lexicon_hits(norm)) if sh.startswith("LAT") else tuple(feats)
    forms = variants(norm)
    feats += cluster_features(forms)
    prefix, base, _ = analyse(norm)
    feats += [f"base={base}", f"pre={prefix}"]
    feats += [f"p{k}={norm[:k]}" for k in range(1, 5) if len(norm) > k]
    feats += [f"s{k}={norm[-k:]}" for k in range(1, 5) if len(norm) > k]
    feats += [f"bs{k}={base[-k:]}" for k in (2, 3) if len(base) > k]
    if _ARTICLE in prefix:
        feats.append("al")
    feats += [f"v={v}" for v in forms[1:3]]
    if any(ch in _FOREIGN_LETTERS for ch in word):
        feats.append("foreign_letter")
    if _ARTICLE not in prefix and len(base) > 4:
        feats += [f"fend={e}" for e in _FOREIGN_ENDINGS if base.endswith(e)][:1]
    if len(base) >= 5 and sum(ch in _LONG_VOWELS for ch in base) * 2 >= len(base):
        feats.append("long_vowels")
    feats += _lexicon_hits(norm)
    return tuple(feats)


@lru_cache(maxsize=200_000)
def _neighbour_subsets(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The word's features as an adjacent (±1) and as a farther (±2) neighbour, filtered once per type."""
    feats = word_features(word)
    return tuple(f for f in feats if f.startswith(_NEAR_KEEP)), tuple(f for f in feats if f.startswith(_FAR_KEEP))


@lru_cache(maxsize=400_000)
def context_features(word: str, offset: int) -> tuple[str, ...]:
    """The subset of a neighbour's features that describe the current word's context."""
    near, far = _neighbour_subsets(word)
    return tuple(f"{offset}:{f}" for f in (near if abs(offset) == 1 else far))


def sentence_features(words: list[str]) -> list[list[str]]:
    """Feature lists for every position of a sentence (CRFsuite item format)."""
    n = len(words)
    norms = [normalize(w) or w for w in words]
    multi = multiword_hits(norms)
    out: list[list[str]] = []
    for i, word in enumerate(words):
        feats = ["bias", *word_features(word)]
        for off in WINDOW:
            j = i + off
            if 0 <= j < n:
                feats.extend(context_features(words[j], off))
            elif j == -1 or j == n:
                feats.append(f"{off}:{'BOS' if j < 0 else 'EOS'}")
        feats.append(f"bi-1={norms[i - 1] if i else '<s>'}|{norms[i]}")
        feats.append(f"bi+1={norms[i]}|{norms[i + 1] if i + 1 < n else '</s>'}")
        feats.extend(multi[i])
        out.append(feats)
    return out


def multiword_hits(norms: list[str]) -> list[list[str]]:
    """`mgaz=B-LABEL`/`mgaz=I-LABEL` features where a multi-word gazetteer entry matches (longest first)."""
    gaz = load_gazetteer()
    hits: list[list[str]] = [[] for _ in norms]
    if not gaz.multi:
        return hits
    for i, norm in enumerate(norms):
        for first in dict.fromkeys(variants(norm)) if norm else ():
            for entry, label in gaz.multi.get(first, ()):
                end = i + len(entry)
                if end <= len(norms) and all(norms[i + k] == w for k, w in enumerate(entry[1:], 1)):
                    hits[i].append(f"mgaz=B-{label}")
                    hits[i + 1 : end] = [[*h, f"mgaz=I-{label}"] for h in hits[i + 1 : end]]
    return hits
