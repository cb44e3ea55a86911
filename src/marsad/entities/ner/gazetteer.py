"""Name lists the tagger consults as features, read once from the package's tables.

Tables written by other parts of marsad (states, cities, organisations...) may
not exist yet in a given checkout, so each missing or unreadable table simply
contributes nothing. Entries are indexed by their normalised form; multi-word
entries are indexed by their first word for sequence matching.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from marsad.lang import load_table
from marsad.text.normalize import normalize

# (table, columns holding forms, feature label); names are resolved under marsad/lang/ar/<table>.tsv.
SOURCES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("states", ("name", "forms"), "STATE"),
    ("capitals", ("name", "forms"), "CITY"),
    ("cities", ("name", "forms"), "CITY"),
    ("demonyms", ("forms",), "NAT"),
    ("organizations", ("name", "forms", "abbrev"), "ORG"),
    ("first_names", ("name", "forms"), "FIRST"),
    ("persons", ("name", "forms"), "PERSON"),
)


@dataclass
class Gazetteer:
    """Single-word forms -> labels, and first word -> (full word tuple, label) for multi-word forms."""

    single: dict[str, frozenset[str]] = field(default_factory=dict)
    multi: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    cues: dict[str, str] = field(default_factory=dict)

    def add(self, form: str, label: str) -> None:
        words = tuple(normalize(form).split())
        if not words:
            return
        if len(words) == 1:
            self.single[words[0]] = self.single.get(words[0], frozenset()) | {label}
        elif (words, label) not in self.multi.get(words[0], []):
            self.multi.setdefault(words[0], []).append((words, label))


def _forms(row: dict, columns: tuple[str, ...]) -> list[str]:
    """All spellings in the given columns, whether a cell is text or a list of forms."""
    out: list[str] = []
    for column in columns:
        cell = row.get(column) or ""
        out += [f.strip() for f in (cell if isinstance(cell, list) else cell.split("|")) if f.strip()]
    return out


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer built from the name tables shipped in the package."""
    gaz = Gazetteer()
    for table, columns, label in SOURCES:
        for row in load_table(table):
            for form in _forms(row, columns):
                gaz.add(form, label)
    for row in load_table("ner_cues"):
        for form in _forms(row, ("form",)):
            gaz.cues[normalize(form)] = (row.get("type") or "").strip()
    return gaz
