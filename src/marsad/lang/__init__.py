"""Loader for the language tables in `marsad/lang/ar/`.

Lexical knowledge (states, demonyms, roles, ...) lives in TSV data files rather
than code so it can be reviewed, regenerated and extended without touching the
matcher. Every table shares one format: `#` comment lines naming the source, a
header row, then tab-separated rows; `forms` columns (and any column named in
`MULTI_VALUED`) hold `|`-separated values and are returned as lists.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

# Columns whose cells are `|`-separated lists (other columns stay text, e.g. `abbrev`).
MULTI_VALUED = frozenset({"forms"})

Row = dict[str, "str | list[str]"]


def _cell(column: str, value: str | None) -> str | list[str]:
    """A cell as text, or as a list of its `|`-separated values for multi-valued columns."""
    value = (value or "").strip()
    if column in MULTI_VALUED:
        return [v.strip() for v in value.split("|") if v.strip()]
    return value


@lru_cache(maxsize=256)
def _rows(name: str) -> tuple[tuple[tuple[str, str | tuple[str, ...]], ...], ...]:
    """Parsed rows of `lang/ar/<name>.tsv`, immutable so the cache cannot be corrupted."""
    path = resources.files("marsad.lang").joinpath("ar", f"{name}.tsv")
    if not path.is_file():
        raise FileNotFoundError(f"no language table {name!r} (expected marsad/lang/ar/{name}.tsv)")
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE, restval="")
    out = []
    for raw in reader:
        row = []
        for col in reader.fieldnames or []:
            cell = _cell(col, raw.get(col))
            row.append((col, tuple(cell) if isinstance(cell, list) else cell))
        out.append(tuple(row))
    return tuple(out)


def load_table(name: str) -> list[Row]:
    """Rows of table `name` as dicts; multi-valued columns are lists (fresh copies, safe to mutate)."""
    return [{col: list(v) if isinstance(v, tuple) else v for col, v in row} for row in _rows(name)]


def word_set(table: str, column: str) -> frozenset[str]:
    """Normalised words of one column of a table (stoplists and the like), for comparing with tokens."""
    from marsad.text.normalize import normalize

    return frozenset(normalize(str(row[column])) for row in load_table(table))


def word_map(table: str, key: str, value: str) -> dict[str, str]:
    """Normalised `key` column -> `value` column, for small lookup tables."""
    from marsad.text.normalize import normalize

    return {normalize(str(row[key])): str(row[value]) for row in load_table(table)}
