"""A built-in example article, written for marsad, so a new user can try it at once."""

from __future__ import annotations

from importlib import resources


def example_article() -> tuple[str, dict[str, str]]:
    """The example's text and its metadata (publication date, outlet, id)."""
    text = resources.files("marsad.examples").joinpath("example_ar.txt").read_text(encoding="utf-8")
    return text, {"pub_date": "2024-03-10", "source": "marsad example", "doc_id": "example-ar"}
