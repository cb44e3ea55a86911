"""PLOVER conflict-cooperation scores, so a dyad's events add up to one number per period.

An event's own `score` wins when the record has one; otherwise the table in
`marsad/lang/plover_scores.tsv` gives one by type, refined by mode.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from marsad.events.scores import type_score


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
