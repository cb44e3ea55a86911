"""Checks on `lang/ar/persons.tsv`: codes a person gets from the table must be valid EVENTS.md codes, and no
name form may point at two people or be a bare first name (either would put a wrong code on a name)."""

from __future__ import annotations

from collections import defaultdict

from marsad.lang import load_table
from marsad.text.normalize import normalize

NON_STATE = {"IGO", "UNO", "EUR", "NGO"}
SECTORS = {"GOV", "MIL", "SPY", "COP", "LEG", "JUD", "PTY", "REB", "OPP", "BUS", "MED", "JRN", "CVL", "REL", "EDU",
           "LAB", "REF", "ELI", "UAF", ""}
COLUMNS = ["name", "forms", "country", "sector", "name_en"]
# Surnames that first_names.tsv lists by mistake (reported to its owner); still a person's form here.
NOT_FIRST_NAMES = {normalize("ميركل")}


def _persons() -> list[dict]:
    return load_table("persons")


def test_table_loads_with_header_and_rows() -> None:
    rows = _persons()
    assert len(rows) >= 400
    assert list(rows[0]) == COLUMNS
    assert all(r["name"] and r["name_en"] for r in rows)


def test_country_codes_are_valid() -> None:
    iso3 = {r["iso3"] for r in load_table("states")} | NON_STATE
    # Transnational jihadist leaders (ISIS, al-Qaeda) carry no country, like their groups.
    bad = [r["name_en"] for r in _persons() if r["country"] not in iso3 and not (r["country"] == "" and r["sector"] == "REB")]
    assert bad == []


def test_sectors_are_plover_sectors() -> None:
    assert [r["name_en"] for r in _persons() if r["sector"] not in SECTORS] == []


def test_no_form_names_two_people() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for r in _persons():
        for form in [r["name"], *r["forms"]]:
            owners[normalize(form)].add(r["name_en"])
    shared = {f: sorted(o) for f, o in owners.items() if len(o) > 1}
    assert shared == {}


def test_no_form_is_a_bare_first_name() -> None:
    first = {normalize(f) for r in load_table("first_names") for f in [r["name"], *r["forms"]]} - NOT_FIRST_NAMES
    bare = [(r["name_en"], f) for r in _persons() for f in [r["name"], *r["forms"]] if normalize(f) in first]
    assert bare == []


def test_checks_catch_a_bad_row() -> None:
    # The checks above must be able to fail: a bare first name is in the first-names table.
    first = {normalize(r["name"]) for r in load_table("first_names")}
    assert normalize("محمد") in first and "XXX" not in {r["iso3"] for r in load_table("states")}


def test_known_people_have_expected_codes() -> None:
    by_form = {normalize(f): (r["country"], r["sector"]) for r in _persons() for f in [r["name"], *r["forms"]]}
    assert by_form[normalize("نتانياهو")] == ("ISR", "GOV")
    assert by_form[normalize("ترمب")] == ("USA", "GOV")
    assert by_form[normalize("حسن نصر الله")] == ("LBN", "REB")
    assert by_form[normalize("علي السيستاني")] == ("IRQ", "REL")
    assert by_form[normalize("أنطونيو غوتيريش")] == ("UNO", "")
