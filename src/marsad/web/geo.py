"""Coordinates for event locations, from `lang/ar/coordinates.tsv` (built from GeoNames at build time).

A location is found by its name (spelling-folded, clitics like the ب of "ببغداد"
tried off) within its country, else by name alone, else at its country's capital.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.lang import load_table
from marsad.text.normalize import normalize
from marsad.text.tokens import variants

Point = dict[str, float | str | bool]


@lru_cache(maxsize=1)
def _index() -> tuple[dict[tuple[str, str], tuple[float, float]], dict[str, tuple[float, float]]]:
    """((country, folded name) -> (lat, lon), country -> capital (lat, lon))."""
    places: dict[tuple[str, str], tuple[float, float]] = {}
    capitals: dict[str, tuple[float, float]] = {}
    for row in load_table("coordinates"):
        point = (float(row["lat"]), float(row["lon"]))
        places.setdefault((str(row["iso3"]), normalize(str(row["name"]))), point)
        places.setdefault(("", normalize(str(row["name"]))), point)
        if row["capital"] == "1":
            capitals[str(row["iso3"])] = point
    return places, capitals


def locate(name: str | None, country: str | None) -> Point | None:
    """{"lat", "lon", "exact"} for a place (exact=False: its country's capital), or None."""
    places, capitals = _index()
    folded = normalize(name or "").strip()
    for form in [folded, *sorted(variants(folded), key=len, reverse=True)] if folded else []:
        for key in ((country or "", form), ("", form)):
            if key in places:
                lat, lon = places[key]
                return {"lat": lat, "lon": lon, "exact": True}
    if country in capitals:
        lat, lon = capitals[country]
        return {"lat": lat, "lon": lon, "exact": False}
    return None


def capital_point(country: str) -> tuple[float, float] | None:
    """Where the map labels a country: its capital."""
    return _index()[1].get(country)
