"""PLOVER conflict-cooperation scores, so a dyad's events add up to one number per period.

An event's own `score` wins when the record has one; otherwise the table in
`marsad/lang/plover_scores.tsv` gives one by type, refined by mode.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any


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


def summarize_series(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per-period totals from `Store.dyad_series` rows: events, summed score, events per type."""
    periods: dict[str, dict[str, Any]] = {}
    for row in rows:
        period = periods.setdefault(row["period"], {"period": row["period"], "events": 0, "score": 0.0,
                                                    "types": {}})
        unscored = row["events"] - row["scored"]
        period["events"] += row["events"]
        period["score"] += row["score_sum"] + unscored * type_score(row["type"], row["mode"])
        period["types"][row["type"]] = period["types"].get(row["type"], 0) + row["events"]
    for period in periods.values():
        period["score"] = round(period["score"], 2)
    return list(periods.values())
