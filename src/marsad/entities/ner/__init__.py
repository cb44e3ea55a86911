"""Trained Arabic named-entity tagger (CRF) for people, organisations and places.

    >>> from marsad.entities.ner import NerTagger
    >>> NerTagger.load().tag(["التقى", "الرئيس", "فلاديمير", "بوتين"])
"""

from __future__ import annotations

from marsad.entities.ner.conll import read_conll
from marsad.entities.ner.drift import feature_drift
from marsad.entities.ner.features import sentence_features, word_features
from marsad.entities.ner.scoring import Score, bio_spans, score
from marsad.entities.ner.tagger import NerTagger, train

__all__ = ["NerTagger", "Score", "bio_spans", "feature_drift", "read_conll", "score", "sentence_features", "train", "word_features"]
