"""PLOVER conflict-cooperation scores (-10 conflict .. +10 cooperation) by event type and mode.

Analysts sum them per dyad and period; the values live in `lang/plover_scores.tsv`.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def score_table() -> dict[tuple[str, str], float]:
    """(type, mode) -> score; mode "" is the type's default."""
    text = resources.files("marsad.lang").joinpath("plover_scores.tsv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return {(r["type"], r["mode"] or ""): float(r["score"])
            for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE, restval="")}


def type_score(event_type: str, mode: str = "") -> float:
    """The table's score for a type and mode (the type's default for an unlisted mode; 0 if unknown)."""
    table = score_table()
    return table.get((event_type, mode or ""), table.get((event_type, ""), 0.0))
