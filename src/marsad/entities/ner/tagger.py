"""The trained CRF tagger: loading the shipped model, tagging words and documents, training.

The model is a CRFsuite file; the default one ships inside the package and is
read into memory through `importlib.resources`, so nothing is downloaded.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import pycrfsuite

from marsad.doc import Document, Entity
from marsad.entities.ner.conll import Sentence
from marsad.entities.ner.drift import feature_drift, write_probe
from marsad.entities.ner.features import sentence_features
from marsad.entities.ner.scoring import bio_spans
from marsad.lang import words

DEFAULT_MODEL = "models/ner.crfsuite"
# Labels the pipeline can turn into actors; MISC (events, nationalities...) is tagged but not emitted.
ENTITY_LABELS = frozenset({"PERS", "ORG", "LOC", "GPE"})
# Above this share of changed probe words the model should be retrained (see drift.py).
MAX_DRIFT = 0.05
log = logging.getLogger(__name__)


class NerTagger:
    """BIO tagging of word sequences with a CRFsuite model."""

    def __init__(self, tagger: pycrfsuite.Tagger, model_bytes: bytes | None = None):
        self._tagger = tagger
        # CRFsuite reads an in-memory model without copying it, so the buffer must live as long as the tagger.
        self._model_bytes = model_bytes

    @classmethod
    def load(cls, path: str | Path | None = None) -> NerTagger:
        """Open a model file, or the model shipped with marsad when `path` is None."""
        drift = feature_drift(path)
        if drift is not None and drift > MAX_DRIFT:
            log.warning("NER features changed for %.0f%% of probe words since training: retrain the model "
                        "(marsad train-ner, see models/NER_MODEL_CARD.md)", 100 * drift)
        tagger = pycrfsuite.Tagger()
        if path is not None:
            tagger.open(str(path))
            return cls(tagger)
        model_bytes = resources.files("marsad").joinpath(DEFAULT_MODEL).read_bytes()
        tagger.open_inmemory(model_bytes)
        return cls(tagger, model_bytes)

    @property
    def labels(self) -> list[str]:
        return list(self._tagger.labels())

    def tag(self, words: list[str]) -> list[str]:
        """BIO tags (PERS, ORG, LOC, MISC) for one sentence of words."""
        if not words:
            return []
        return list(self._tagger.tag(sentence_features(words)))

    def entities(self, doc: Document) -> list[Entity]:
        """Named-entity spans of a tokenised document, with offsets into `doc.text`."""
        found: list[Entity] = []
        for sent in doc.sentences:
            tokens = doc.tokens[sent.first_token : sent.last_token]
            tags = self.tag([t.text for t in tokens])
            for start, end, label in bio_spans(tags):
                if label not in ENTITY_LABELS:
                    continue
                first, last = tokens[start], tokens[end - 1]
                begin = first.start + _clitic_offset(first.text)
                found.append(Entity(begin, last.end, doc.text[begin : last.end], label, source="ner"))
        return found


def _clitic_offset(word: str) -> int:
    """Characters of a one-letter proclitic before the article (والعراق -> العراق), else 0."""
    article = words.article()
    return 1 if len(word) > 4 and word[0] in words.clitics("article_host") and word[1 : 1 + len(article)] == article else 0


def train(
    sentences: Iterable[Sentence],
    out: str | Path,
    c1: float = 0.1,
    c2: float = 0.05,
    max_iter: int = 150,
    verbose: bool = False,
) -> None:
    """Train a CRF (L-BFGS, elastic-net) on (words, tags) sentences; write it and its feature probe."""
    trainer = pycrfsuite.Trainer(verbose=verbose)
    sentences = list(sentences)
    for sent_words, tags in sentences:
        trainer.append(sentence_features(sent_words), tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iter,
                        "feature.possible_transitions": True, "feature.minfreq": 1})
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    write_probe(sentences, out)
