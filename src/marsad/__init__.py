"""marsad: Arabic news in, PLOVER event data out, every record anchored in the text.

    >>> import marsad
    >>> doc = marsad.extract(text, pub_date="2025-09-16")
    >>> doc.to_dict()["events"]
"""

from __future__ import annotations

from marsad.doc import Actor, Document, Event, Quote, Span
from marsad.pipeline import Pipeline, default_pipeline

__all__ = ["Actor", "Document", "Event", "Pipeline", "Quote", "Span", "extract", "default_pipeline"]
__version__ = "0.1.0"


def extract(
    text: str,
    pub_date: str | None = None,
    source: str | None = None,
    doc_id: str = "",
    title: str | None = None,
    url: str | None = None,
) -> Document:
    """Run the default pipeline on one article and return the enriched Document."""
    return default_pipeline()(text, pub_date=pub_date, source=source, doc_id=doc_id, title=title, url=url)
