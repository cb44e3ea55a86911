"""Gazetteer of names that identify actors and places, built from the `lang/ar` tables.

One `PhraseIndex` holds every state name, capital, city, demonym, organisation,
institutional body and office title, each with a `GazEntry` saying what it is.
Actor recognition combines these pieces (a role + a demonym + a name, a body +
a demonym) into actors.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.lang import load_table, words
from marsad.text.phrases import PhraseIndex

_ARTICLE = words.article()


@dataclass(frozen=True, slots=True)
class GazEntry:
    kind: str  # state | capital | city | demonym | org | body | role | person | group
    country: str = ""
    sector: str = ""
    canonical: str = ""
    extra: str = ""  # org kind, role title...


def _forms(row: dict) -> list[str]:
    forms = row.get("forms") or []
    if isinstance(forms, str):
        forms = [f for f in forms.split("|") if f]
    name = row.get("name") or row.get("head") or row.get("title")
    return ([name] if name else []) + [f for f in forms if f]


def _with_article(form: str) -> list[str]:
    """A demonym is written with and without ال; both are indexed."""
    article = words.article()
    return [form] if form.startswith(article) else [form, article + form]


def _indefinite_accusative(form: str) -> list[str]:
    """`قصفا إسرائيليا`: a masculine demonym (ending in ي) takes alif in the indefinite accusative."""
    nisba = words.letter("nisba")
    return [form + words.letter("accusative_alif")] if form.endswith(nisba) and not form.startswith(words.article()) else []


def _construct(title: str) -> tuple[str, ...]:
    """`وزير الخارجية` is also written `وزير خارجية البحرين`, `رئيس وزراء بلاده`: the two-word title
    without its article, before the country it belongs to."""
    words = title.split()
    if len(words) == 2 and words[1].startswith(_ARTICLE) and len(words[1]) > len(_ARTICLE) + 2:
        return (f"{words[0]} {words[1][len(_ARTICLE):]}",)
    return ()


def build_gazetteer() -> PhraseIndex[GazEntry]:
    index: PhraseIndex[GazEntry] = PhraseIndex(strip_suffixes=False)
    for row in load_table("states"):
        for form in _forms(row):
            index.add(form, GazEntry("state", row["iso3"], "", row["name"]))
    for row in load_table("capitals"):
        for form in _forms(row):
            index.add(form, GazEntry("capital", row["iso3"], "GOV", row["name"]))
    for row in load_table("cities"):
        for form in _forms(row):
            index.add(form, GazEntry("city", row["iso3"], "", row["name"]))
    for row in (*load_table("demonyms"), *load_table("regional_demonyms")):
        for form in _forms(row):
            for f in _with_article(form):
                index.add(f, GazEntry("demonym", row["iso3"]))
            for f in _indefinite_accusative(form):
                if f not in index:  # `سوريا`, `ليبيا` are the states' names, not `سوري` + alif
                    index.add(f, GazEntry("demonym", row["iso3"]))
    for row in load_table("organizations"):
        for form in _forms(row) + ([row["abbrev"]] if row.get("abbrev") else []):
            index.add(form, GazEntry("org", row.get("country", ""), row.get("sector", ""), row["name"], row.get("kind", "")))
    for row in load_table("bodies"):
        for form in _forms(row):
            index.add(form, GazEntry("body", "", row.get("sector", ""), row.get("head", ""), row.get("kind", "")))
    for row in load_table("persons"):
        for form in _forms(row):
            index.add(form, GazEntry("person", row.get("country", ""), row.get("sector", ""), row["name"]))
    for row in load_table("groups"):
        index.add(row["form"], GazEntry("group", "", row["sector"], row["form"]))
    for row in load_table("roles"):
        for form in _forms(row):
            for f in (form, *_construct(form)):
                index.add(f, GazEntry("role", "", row.get("sector", ""), row.get("title", ""), f))
    return index
