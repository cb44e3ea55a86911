"""Detecting that a model's features no longer match the code that computes them.

Features come from shared text code (normalisation, clitic stripping) and
tables that other parts of marsad keep editing. A CRF silently degrades when
the features it was trained on change, so training stores the features of the
most frequent training words next to the model, and loading compares them.
"""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources
from pathlib import Path

from marsad.entities.ner.conll import Sentence
from marsad.entities.ner.features import word_features

PROBE_WORDS = 500
DEFAULT_PROBE = "models/ner.probe.json"


def probe_path(model: str | Path) -> Path:
    """The probe file stored beside a model (`x.crfsuite` -> `x.probe.json`)."""
    return Path(model).with_suffix(".probe.json")


def write_probe(sentences: list[Sentence], model: str | Path) -> Path:
    """Record the features of the most frequent training words beside the model."""
    counts = Counter(w for words, _ in sentences for w in words)
    probe = {w: list(word_features(w)) for w, _ in counts.most_common(PROBE_WORDS)}
    path = probe_path(model)
    path.write_text(json.dumps(probe, ensure_ascii=False, indent=0), encoding="utf-8")
    return path


def feature_drift(model: str | Path | None = None) -> float | None:
    """Share of probe words whose features changed since training; None if no probe was stored."""
    if model is None:
        source = resources.files("marsad").joinpath(DEFAULT_PROBE)
        text = source.read_text(encoding="utf-8") if source.is_file() else None
    else:
        path = probe_path(model)
        text = path.read_text(encoding="utf-8") if path.is_file() else None
    if text is None:
        return None
    probe: dict[str, list[str]] = json.loads(text)
    changed = sum(list(word_features(w)) != feats for w, feats in probe.items())
    return changed / len(probe) if probe else 0.0
