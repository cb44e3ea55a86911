"""The pipeline: small named components composed in one visible place.

Each component is a function `(doc, resources) -> None` that reads what earlier
components left on the `Document` and adds its own findings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from marsad.doc import Document
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenize

Component = Callable[[Document, "Resources"], None]


@dataclass
class Resources:
    """Language data and models loaded once and shared by all components."""

    tables: dict = field(default_factory=dict)


def tokens_and_sentences(doc: Document, res: Resources) -> None:
    doc.tokens = tokenize(doc.text)
    doc.sentences = split_sentences(doc.text, doc.tokens)


COMPONENTS: list[tuple[str, Component]] = [
    ("tokens", tokens_and_sentences),
]


class Pipeline:
    """Callable that turns text into an enriched `Document`."""

    def __init__(self, components: list[tuple[str, Component]] | None = None, resources: Resources | None = None):
        self.components = components if components is not None else list(COMPONENTS)
        self.resources = resources or Resources()

    def __call__(self, text: str, **meta) -> Document:
        doc = Document(text=text, **{k: v for k, v in meta.items() if v is not None})
        for _name, component in self.components:
            component(doc, self.resources)
        return doc


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The shared default pipeline (loading its data once per process)."""
    return Pipeline()
