"""Auto-tag votes: what a first-pass model tags each word type as over a large unlabelled news corpus.

The CRF learns from ~125k labelled tokens, so most words it meets were seen
rarely or never in training. Tagging 38k unlabelled articles (12M tokens) with a
first-pass model trained on the same labelled data, and counting per word type
how often it came out PERS/ORG/LOC/MISC, turns the model's contextual decisions
over thousands of other sentences into a per-type prior: a club name tagged ORG
in many sports reports, a surname tagged PERS after many titles. The final model
then gets `auto=TYPE` and `auto=TYPE:hi|mid|lo` (the top entity type and its
share of the occurrences) or `auto=O` (frequent and never tagged) for the word
and its ±1 neighbours (`-1:`, `1:`), with a `v` prefix when only a
clitic-stripped form is in the table.

The table is part of the model: `train-ner --corpus` builds it beside the model
file (`x.crfsuite` -> `x.auto.tsv.gz`) from a first-pass model trained on the
same data without it, and `NerTagger.load` reads it from there.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from marsad.entities.ner.features import norm_form
from marsad.text.tokens import analyse, variants

_TOKEN = re.compile(r"\w+|[^\w\s]")
_SENTENCE_END = frozenset({".", "!", "?", "\u061f"})
MAX_SENTENCE = 80
# A type needs this many occurrences to get a vote; a never-tagged one needs MIN_O to get `auto=O`.
MIN_COUNT, MIN_O = 3, 10
TYPES = ("PERS", "ORG", "LOC", "MISC")
HEADER = "# Auto-tag votes for marsad's NER tagger (marsad train-ner --corpus); columns: key, features\n"
Table = dict[str, tuple[str, ...]]


def corpus_sentences(paths: Iterable[str | Path]) -> Iterator[list[str]]:
    """Token lists of the `text` field of jsonl.gz articles, cut at sentence ends or every MAX_SENTENCE tokens."""
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                sent: list[str] = []
                for tok in _TOKEN.findall(json.loads(line).get("text") or ""):
                    sent.append(tok)
                    if tok in _SENTENCE_END or len(sent) >= MAX_SENTENCE:
                        if len(sent) > 1:
                            yield sent
                        sent = []
                if len(sent) > 1:
                    yield sent


def corpus_sample(paths: Iterable[str | Path], stride: int = 1) -> list[list[str]]:
    """Every `stride`-th sentence of the corpus (all with 1), held in memory to be tagged by several models.

    Tokens are interned: the same word types recur, so the sample costs one
    string per type rather than per token.
    """
    intern: dict[str, str] = {}
    return [[intern.setdefault(t, t) for t in sent] for i, sent in enumerate(corpus_sentences(paths)) if i % stride == 0]


@lru_cache(maxsize=500_000)
def table_key(word: str) -> str:
    """The form counts are kept under: the normalised word without conjunction, preposition, article."""
    return analyse(norm_form(word))[1]


def count_tags(sentences: Iterable[list[str]], tag: Callable[[list[str]], list[str]]) -> dict[str, Counter]:
    """Per key, how often `tag` gave it each entity type (O for none)."""
    counts: dict[str, Counter] = {}
    for sent in sentences:
        for word, label in zip(sent, tag(sent)):
            counts.setdefault(table_key(word), Counter())[label[2:] or "O"] += 1
    return counts


def vote_table(counts: dict[str, Counter]) -> Table:
    """Key -> `auto=` features: the top entity type with its share (hi >= 0.5, mid >= 0.2, lo), or O."""
    table: Table = {}
    for key in sorted(counts):
        c = counts[key]
        total = sum(c.values())
        if total < MIN_COUNT or len(key) < 2:
            continue
        entity = [(c[t], t) for t in TYPES if c[t]]
        if not entity:
            if total >= MIN_O:
                table[key] = ("auto=O",)
            continue
        top, typ = max(entity)
        share = top / total
        level = "hi" if share >= 0.5 else "mid" if share >= 0.2 else "lo"
        table[key] = (f"auto={typ}", f"auto={typ}:{level}")
    return table


def write_table(table: Table, path: str | Path) -> None:
    """The table as gzip TSV, byte-identical for the same content (no name or time in the header)."""
    with open(path, "wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0) as raw:
        raw.write(HEADER.encode("utf-8"))
        for key, feats in table.items():
            raw.write(("\t".join([key, *feats]) + "\n").encode("utf-8"))


def read_table(source) -> Table:
    """A table written by `write_table` (a path or an importlib resource)."""
    table: Table = {}
    with gzip.open(Path(source).open("rb") if isinstance(source, str) else source.open("rb"), "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                key, *feats = line.rstrip("\n").split("\t")
                table[key] = tuple(feats)
    return table


def auto_tags_path(model: str | Path) -> Path:
    """The table stored beside a model (`x.crfsuite` -> `x.auto.tsv.gz`)."""
    return Path(model).with_suffix(".auto.tsv.gz")


class AutoTags:
    """Per-token `auto=` features of a table, for the word and its ±1 neighbours, cached per word type.

    With `known` (the models' attributes), only features the model has weights for
    are kept, as UTF-8 bytes (the form `sentence_features` hands CRFsuite when tagging).
    """

    def __init__(self, table: Table, known: frozenset[str] | None = None, cache_size: int = 200_000) -> None:
        self._table = table
        self._known = known
        self.slots = lru_cache(maxsize=cache_size)(self._slots)

    def own(self, word: str) -> tuple[str, ...]:
        """The word's own features: the first of the word and its clitic-stripped forms in the table (`v` if stripped)."""
        for i, form in enumerate(variants(norm_form(word))):
            feats = self._table.get(form)
            if feats is not None:
                return feats if i == 0 else tuple("v" + f for f in feats)
        return ()

    def _slots(self, word: str) -> tuple[tuple, tuple, tuple]:
        """(as the current word, as the previous word of another (`-1:`), as the next word of another (`1:`))."""
        own = self.own(word)
        slots = (own, tuple("-1:" + f for f in own), tuple("1:" + f for f in own))
        if self._known is None:
            return slots
        return tuple(tuple(f.encode() for f in slot if f in self._known) for slot in slots)  # type: ignore[return-value]

    def extend(self, feats: list[list], words: list[str]) -> None:
        """Appends the features of each position to `feats` (one list per word), in place: at run time this
        saves copying every token's window features into a new list."""
        slots = [self.slots(w) for w in words]
        last = len(words) - 1
        for i, (own, feat) in enumerate(zip(slots, feats)):
            feat += own[0]
            if i:
                feat += slots[i - 1][1]
            if i < last:
                feat += slots[i + 1][2]

    def features(self, words: list[str]) -> list[list]:
        """Features per position of a sentence."""
        slots = [self.slots(w) for w in words]
        n = len(words)
        return [[*slots[i][0], *(slots[i - 1][1] if i else ()), *(slots[i + 1][2] if i + 1 < n else ())]
                for i in range(n)]
