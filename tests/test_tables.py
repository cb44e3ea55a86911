"""Tests for the actor tables in marsad/lang/ar and their loader."""

from __future__ import annotations

from collections import defaultdict

import pytest

from marsad.lang import load_table
from marsad.text.normalize import normalize

# Forms that two states, or a state and another state's capital, share on purpose.
DELIBERATE = {
    normalize("عمان"): {"OMN", "JOR"},  # Oman / Amman (عُمان, عمّان): same letters
}


def _forms(row: dict) -> list[str]:
    return ([row["name"]] if row.get("name") else []) + list(row.get("forms", []))


def _index(table: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for row in load_table(table):
        for form in _forms(row):
            out[normalize(form)].add(str(row["iso3"]))
    return out


def test_loader_splits_forms_and_skips_comments() -> None:
    rows = load_table("states")
    assert all(isinstance(r["forms"], list) and isinstance(r["iso3"], str) for r in rows)
    assert not any(str(r["iso3"]).startswith("#") for r in rows)


def test_loader_returns_copies() -> None:
    load_table("states")[0]["forms"].append("x")
    assert "x" not in load_table("states")[0]["forms"]


def test_loader_names_missing_table() -> None:
    with pytest.raises(FileNotFoundError, match="no_such_table"):
        load_table("no_such_table")


def test_every_state_present() -> None:
    codes = {r["iso3"] for r in load_table("states")}
    assert len(codes) == 198
    assert {"PSE", "XKX", "TWN", "ESH", "VAT", "SSD", "USA", "IRQ"} <= codes


def test_codes_in_other_tables_exist_in_states() -> None:
    states = {r["iso3"] for r in load_table("states")}
    for table in ("capitals", "demonyms", "cities"):
        assert {r["iso3"] for r in load_table(table)} <= states, table
    assert {r["iso3"] for r in load_table("capitals")} == states
    nonstate = {"IGO", "UNO", "EUR", "NGO", "MNC", ""}
    assert {r["country"] for r in load_table("organizations")} <= states | nonstate


def test_no_form_maps_to_two_states() -> None:
    merged: dict[str, set[str]] = defaultdict(set)
    for table in ("states", "capitals", "demonyms"):
        for form, codes in _index(table).items():
            merged[form] |= codes
    clashes = {f: c for f, c in merged.items() if len(c) > 1}
    assert clashes == DELIBERATE


@pytest.mark.parametrize(
    ("form", "iso3"),
    [
        ("العراق", "IRQ"), ("روسيا الاتحادية", "RUS"), ("أميركا", "USA"), ("أمريكا", "USA"),
        ("السعودية", "SAU"), ("فلسطين", "PSE"), ("إسرائيل", "ISR"), ("اليمن", "YEM"),
        ("سورية", "SYR"), ("بريطانيا", "GBR"), ("كوريا الديمقراطية", "PRK"), ("الإمارات", "ARE"),
    ],
)
def test_state_names(form: str, iso3: str) -> None:
    assert _index("states")[normalize(form)] == {iso3}


@pytest.mark.parametrize(
    ("form", "iso3"),
    [
        ("عراقيين", "IRQ"), ("روس", "RUS"), ("أميركيون", "USA"), ("أمريكية", "USA"), ("سعوديين", "SAU"),
        ("فلسطينيون", "PSE"), ("إسرائيلية", "ISR"), ("يمني", "YEM"), ("سوريات", "SYR"), ("أتراك", "TUR"),
    ],
)
def test_demonyms(form: str, iso3: str) -> None:
    assert _index("demonyms")[normalize(form)] == {iso3}


def test_capitals() -> None:
    caps = _index("capitals")
    for form, iso3 in [("بغداد", "IRQ"), ("موسكو", "RUS"), ("واشنطن", "USA"), ("رام الله", "PSE"), ("تل أبيب", "ISR")]:
        assert caps[normalize(form)] == {iso3}


def test_cities_cover_region_and_skip_common_words() -> None:
    cities = {normalize(f): r["iso3"] for r in load_table("cities") for f in _forms(r)}
    for form, iso3 in [("الموصل", "IRQ"), ("حلب", "SYR"), ("قطاع غزة", "PSE"), ("مأرب", "YEM"), ("كابل", "AFG")]:
        assert cities[normalize(form)] == iso3
    for word in ("الخميس", "سنة", "بيان", "مدينة", "كيف"):
        assert normalize(word) not in cities


def _org(form: str) -> dict:
    key = normalize(form)
    hits = [r for r in load_table("organizations") if key in {normalize(f) for f in _forms(r) + [r["abbrev"]]}]
    assert len(hits) == 1, form
    return hits[0]


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ("الأمم المتحدة", "UNO"), ("مجلس الأمن الدولي", "UNO"), ("اليونيسف", "UNO"), ("الاتحاد الأوروبي", "EUR"),
        ("الناتو", "IGO"), ("الجامعة العربية", "IGO"), ("حزب الله", "LBNREB"), ("الحوثيون", "YEMREB"),
        ("أنصار الله", "YEMREB"), ("حماس", "PSEREB"), ("داعش", "REB"), ("الحشد الشعبي", "IRQMIL"),
        ("منظمة العفو الدولية", "NGO"), ("واس", "SAUMED"), ("رويترز", "GBRMED"), ("الأزهر", "EGYREL"),
    ],
)
def test_organizations(form: str, code: str) -> None:
    row = _org(form)
    assert str(row["country"]) + str(row["sector"]) == code


def test_organization_kinds() -> None:
    kinds = {r["kind"] for r in load_table("organizations")}
    assert kinds <= {"igo", "group", "party", "ngo", "media", "body"}


def test_bodies_and_roles() -> None:
    bodies = {normalize(str(r["head"])): r["sector"] for r in load_table("bodies")}
    roles = {normalize(str(r["title"])): r["sector"] for r in load_table("roles")}
    assert bodies[normalize("وزارة الدفاع")] == "MIL" and bodies[normalize("البرلمان")] == "LEG"
    assert normalize("الكنيست") not in bodies  # one state's parliament: an organization with its country
    assert bodies[normalize("الشرطة")] == "COP" and bodies[normalize("المخابرات")] == "SPY"
    expected = {"وزير الدفاع": "MIL", "وزير الداخلية": "COP", "وزير الخارجية": "GOV", "وزير العدل": "GOV",
                "رئيس مجلس الوزراء": "GOV", "القاضي": "JUD", "الصحفي": "JRN", "المفتي": "REL",
                "مستشار الأمن القومي": "GOV", "مدير المخابرات": "SPY", "رئيس البرلمان": "LEG", "الناطق": ""}
    for title, sector in expected.items():
        assert roles[normalize(title)] == sector, title
    assert len(roles) >= 300
    assert {r["sector"] for r in load_table("roles")} <= {
        "", "GOV", "MIL", "SPY", "COP", "LEG", "JUD", "PTY", "REB", "OPP", "BUS", "MED", "JRN", "CVL", "REL",
        "EDU", "LAB", "REF", "ELI", "UAF"}
