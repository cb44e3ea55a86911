"""The trained CRF tagger: loading the shipped model, tagging words and documents, training.

The model is two CRFsuite files: a first pass on word and window features, and
a second pass (`*.doc.crfsuite`) that also sees what the first pass tagged the
same word elsewhere in the document (document.py). The default ones ship inside
the package and are read into memory through `importlib.resources`, so nothing
is downloaded.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import pycrfsuite

from marsad.doc import Document, Entity
from marsad.entities.ner.attributes import tagger_attributes
from marsad.entities.ner.autotags import (
    AutoTags,
    Table,
    auto_tags_path,
    corpus_sample,
    count_tags,
    read_table,
    vote_table,
    write_table,
)
from marsad.entities.ner.conll import Sentence
from marsad.entities.ner.document import document_features
from marsad.entities.ner.drift import feature_drift, write_probe
from marsad.entities.ner.features import KnownFeatures, sentence_features
from marsad.entities.ner.scoring import bio_spans
from marsad.lang import words

DEFAULT_MODEL = "models/ner.crfsuite"
# Folds of the jackknife that gives the second pass first-pass tags of text the first pass did not train on.
FOLDS = 5
# Labels the pipeline can turn into actors; MISC (events, nationalities...) is tagged but not emitted.
ENTITY_LABELS = frozenset({"PERS", "ORG", "LOC", "GPE"})
# Above this share of changed probe words the model should be retrained (see drift.py).
MAX_DRIFT = 0.05
_ARTICLE, _ARTICLE_HOSTS = words.article(), words.clitics("article_host")
log = logging.getLogger(__name__)


class NerTagger:
    """BIO tagging of word sequences with a CRFsuite model, plus the document-level second pass when present."""

    def __init__(self, tagger: pycrfsuite.Tagger, doc_tagger: pycrfsuite.Tagger | None = None,
                 buffers: tuple[bytes, ...] = (), auto_tags: Table | None = None):
        self._tagger = tagger
        self._doc_tagger = doc_tagger
        # CRFsuite reads an in-memory model without copying it, so the buffers must live as long as the taggers.
        self._buffers = buffers
        # Both passes get the same window features, so one filter keeps what either model knows.
        attributes = known_attributes(tagger, doc_tagger, buffers)
        self._known = KnownFeatures(attributes)
        # The model's auto-tag votes (autotags.py), when it was trained with them.
        self._auto = AutoTags(auto_tags, attributes) if auto_tags else None

    @classmethod
    def load(cls, path: str | Path | None = None) -> NerTagger:
        """Open a model file (and its `.doc.crfsuite` second pass if present), or the models shipped with marsad.

        Models are read into memory (CRFsuite reads a whole model file anyway) so that
        their attribute sets can be read from the same bytes (attributes.py).
        """
        drift = feature_drift(path)
        if drift is not None and drift > MAX_DRIFT:
            log.warning("NER features changed for %.0f%% of probe words since training: retrain the model "
                        "(marsad train-ner, see models/NER_MODEL_CARD.md)", 100 * drift)
        if path is not None:
            first_source, second_source, auto_source = Path(path), doc_model_path(path), auto_tags_path(path)
        else:
            package = resources.files("marsad")
            first_source, second_source, auto_source = (package.joinpath(DEFAULT_MODEL),
                                                        package.joinpath(str(doc_model_path(DEFAULT_MODEL))),
                                                        package.joinpath(str(auto_tags_path(DEFAULT_MODEL))))
        first = first_source.read_bytes()
        second = second_source.read_bytes() if second_source.is_file() else None
        auto = read_table(auto_source) if auto_source.is_file() else None
        return cls(_open_bytes(first), _open_bytes(second) if second else None, (first, second or b""), auto)

    @property
    def labels(self) -> list[str]:
        return list(self._tagger.labels())

    def tag(self, words: list[str]) -> list[str]:
        """BIO tags (PERS, ORG, LOC, MISC) for one sentence of words (the sentence is its own document)."""
        return self.tag_sentences([words])[0]

    def tag_sentences(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIO tags for consecutive sentences of one text: first pass, then the document-level second pass."""
        feats = [sentence_features(words, self._known) if words else [] for words in sentences]
        if self._auto is not None:
            for x, words in zip(feats, sentences):
                self._auto.extend(x, words)
        first = [list(self._tagger.tag(x)) if x else [] for x in feats]
        if self._doc_tagger is None:
            return first
        extra = document_features(sentences, first)
        return [list(self._doc_tagger.tag(_join(x, d))) if x else [] for x, d in zip(feats, extra)]

    def entities(self, doc: Document) -> list[Entity]:
        """Named-entity spans of a tokenised document, with offsets into `doc.text`."""
        found: list[Entity] = []
        sents = [doc.tokens[sent.first_token : sent.last_token] for sent in doc.sentences]
        for tokens, tags in zip(sents, self.tag_sentences([[t.text for t in tokens] for tokens in sents])):
            for start, end, label in bio_spans(tags):
                if label not in ENTITY_LABELS:
                    continue
                first, last = tokens[start], tokens[end - 1]
                begin = first.start + _clitic_offset(first.text)
                found.append(Entity(begin, last.end, doc.text[begin : last.end], label, source="ner"))
        return found


def doc_model_path(model: str | Path) -> Path:
    """The second-pass model stored beside a model (`x.crfsuite` -> `x.doc.crfsuite`)."""
    return Path(model).with_suffix(".doc.crfsuite")


def known_attributes(tagger: pycrfsuite.Tagger, doc_tagger: pycrfsuite.Tagger | None,
                     buffers: tuple[bytes, ...]) -> frozenset[str]:
    """Attributes of the first-pass model and of the second pass if any.

    `buffers` holds the models' bytes as `load` keeps them; a model given without
    its bytes is read through the slower `Tagger.info()` instead.
    """
    models = [(tagger, buffers[0] if buffers else b"")]
    if doc_tagger is not None:
        models.append((doc_tagger, buffers[1] if len(buffers) > 1 else b""))
    return frozenset().union(*(tagger_attributes(model, data) for model, data in models))


def _open_file(path: Path) -> pycrfsuite.Tagger:
    """A CRFsuite tagger on a model file (a trained model outside the package)."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def _open_bytes(data: bytes) -> pycrfsuite.Tagger:
    """A CRFsuite tagger on model bytes (the caller keeps `data` alive)."""
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(data)
    return tagger


def _join(feats: list[list[str]], extra: list[list[str]]) -> list[list[str]]:
    """Per-token concatenation of the window features and the document features."""
    return [f + e if e else f for f, e in zip(feats, extra)]


def _clitic_offset(word: str) -> int:
    """Characters of a one-letter proclitic before the article (والعراق -> العراق), else 0."""
    return 1 if len(word) > 4 and word[0] in _ARTICLE_HOSTS and word[1 : 1 + len(_ARTICLE)] == _ARTICLE else 0


def train(
    sentences: Iterable[Sentence],
    out: str | Path,
    c1: float = 0.1,
    c2: float = 0.05,
    max_iter: int = 150,
    verbose: bool = False,
    folds: int = FOLDS,
    corpus: Iterable[str | Path] = (),
    corpus_stride: int = 1,
    auto_folds: int = FOLDS,
) -> None:
    """Train the first-pass CRF on consecutive (words, tags) sentences and, with `folds` > 1, the second pass.

    The second pass must learn how far first-pass tags can be trusted on text the
    first pass has not seen, so its document features come from `folds` models,
    each trained without the block of sentences it tags (a jackknife).
    With `corpus` (unlabelled jsonl.gz news; every `corpus_stride`-th sentence),
    first-pass models trained without them tag the corpus, and their per-type
    votes (autotags.py) become features of both passes (`_with_auto_tags`).
    """
    sentences = list(sentences)
    feats = [sentence_features(words) for words, _ in sentences]
    tags = [t for _, t in sentences]
    params = {"c1": c1, "c2": c2, "max_iterations": max_iter, "feature.possible_transitions": True}
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    auto_path = auto_tags_path(out)
    auto_path.unlink(missing_ok=True)
    corpus = list(corpus)
    if corpus:
        feats = _with_auto_tags(feats, sentences, params, corpus_sample(corpus, corpus_stride), auto_folds, out)
    _train_crf(feats, tags, params, out, verbose)
    second = doc_model_path(out)
    second.unlink(missing_ok=True)
    if folds > 1 and len(sentences) >= folds:
        first = _jackknife(feats, tags, params, folds, Path(out).with_suffix(".fold.crfsuite"))
        extra = document_features([words for words, _ in sentences], first)
        _train_crf([_join(x, d) for x, d in zip(feats, extra)], tags, params, second, verbose)
    write_probe(sentences, out)


def _train_crf(feats: list[list[list[str]]], tags: list[list[str]], params: dict, out: str | Path,
               verbose: bool) -> None:
    """One CRFsuite training run (L-BFGS with the given parameters) written to `out`."""
    trainer = pycrfsuite.Trainer(verbose=verbose)
    for x, y in zip(feats, tags):
        trainer.append(x, y)
    trainer.set_params(params)
    trainer.train(str(out))


def _blocks(n: int, folds: int) -> list[tuple[int, int]]:
    """(start, end) of `folds` contiguous blocks of n sentences (one block for folds <= 1)."""
    folds = max(folds, 1)
    return [(n * k // folds, n * (k + 1) // folds) for k in range(folds)]


def _with_auto_tags(feats: list[list[list[str]]], sentences: list[Sentence], params: dict,
                    corpus: list[list[str]], folds: int, out: str | Path) -> list[list[list[str]]]:
    """Training features plus auto-tag votes; the run-time table (from all sentences) is written beside `out`.

    Votes from a model that trained on a sentence are better there than on unseen
    text (the model has learnt its names), and the CRFs would learn to trust them
    too much. So with `folds` > 1 each contiguous block of training sentences gets
    the votes of a table built by a model trained without that block (a jackknife
    like the second pass's); with 1, all get the run-time table's votes.
    """
    tags = [t for _, t in sentences]
    scratch = Path(out).with_suffix(".base.crfsuite")
    table = _auto_table(feats, tags, params, corpus, scratch)
    write_table(table, auto_tags_path(out))
    joined: list[list[list[str]]] = []
    for lo, hi in _blocks(len(feats), folds):
        fold_table = table if folds <= 1 else _auto_table(feats[:lo] + feats[hi:], tags[:lo] + tags[hi:], params,
                                                           corpus, scratch)
        auto = AutoTags(fold_table)
        joined += [_join(x, auto.features(words)) for x, (words, _) in zip(feats[lo:hi], sentences[lo:hi])]
    return joined


def _auto_table(feats: list[list[list[str]]], tags: list[list[str]], params: dict, corpus: list[list[str]],
                scratch: Path) -> Table:
    """Auto-tag votes over the `corpus` sentences of a first-pass model trained on these features (without votes)."""
    _train_crf(feats, tags, params, scratch, False)
    data = scratch.read_bytes()
    scratch.unlink(missing_ok=True)
    model = _open_bytes(data)
    known = KnownFeatures(tagger_attributes(model, data))
    try:
        return vote_table(count_tags(corpus, lambda words: model.tag(sentence_features(words, known))))
    finally:
        model.close()


def _jackknife(feats: list[list[list[str]]], tags: list[list[str]], params: dict, folds: int,
               scratch: Path) -> list[list[str]]:
    """First-pass tags of every sentence from a model trained on the other folds (contiguous blocks)."""
    first: list[list[str]] = []
    for lo, hi in _blocks(len(feats), folds):
        _train_crf(feats[:lo] + feats[hi:], tags[:lo] + tags[hi:], params, scratch, False)
        first += [list(t) for t in _tag_all(scratch, feats[lo:hi])]
    scratch.unlink(missing_ok=True)
    return first


def _tag_all(model: Path, feats: list[list[list[str]]]) -> list[list[str]]:
    """Tags of ready-made feature sequences by a model file, closed afterwards (fold models are scratch)."""
    tagger = _open_file(model)
    try:
        return [list(tagger.tag(x)) for x in feats]
    finally:
        tagger.close()
