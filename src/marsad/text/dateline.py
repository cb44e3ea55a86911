"""Read the dateline an article opens with: where, when and from which outlet it was filed.

Plain-text articles often carry no metadata, but their first line says it:
`بغداد/المسلة:`, `القاهرة (رويترز) -`, `سبق- القنفذة:`, `جدة 26 شوال 1436 هـ
الموافق 11 أغسطس 2015 م واس`. The header is read as short parts (outlet, place,
date, byline) between dashes, colons, slashes and brackets. A header is only
accepted when its parts are recognised (an outlet from outlets.tsv or in
brackets, a city the gazetteer knows, a date), so an ordinary opening sentence
yields an empty `Dateline` rather than a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from marsad.doc import Dateline, Document, Span
from marsad.lang import load_table, words
from marsad.text.normalize import normalize, normalize_digits

_LETTER = re.compile(r"[^\W\d_]")

SEP_CHARS = "-–—\u0640:/|،,"
TERMINATORS = "-–—\u0640:"
CLOSERS = {"(": ")", "[": "]", "«": "»"}
MAX_PART_WORDS = 4
MAX_PART_CHARS = 40
# Junk some sites put before the header (slider buttons scraped with the text).
_LEAD_JUNK = re.compile(r"(?:Next\s+Previous\s+)+|[*•]\s*")
# Era marks after a year (hijri, with an optional `الموافق` to a gregorian date; gregorian), from function_words.tsv.
_HIJRI_MARKS = words.function_words("hijri_era")
_ERA = (r"\s*(?:" + "|".join(map(re.escape, _HIJRI_MARKS)) + r")(?:\s*" + re.escape(words.function_word("corresponding")) + r")?"
        r"|\s*(?:" + "|".join(map(re.escape, words.function_words("gregorian_era"))) + r")(?=\s|$)")
# `date 2025-09-16`, `2025/9/16`, `16/9/2025`, `16 سبتمبر 2025 م`, `26 شوال 1436 هـ الموافق`; digits already ASCII.
_DATE = re.compile(
    r"(?:date\s+)?(?:"
    r"(?P<iy>\d{4})[-/.](?P<im>\d{1,2})[-/.](?P<id>\d{1,2})"
    r"|(?P<dd>\d{1,2})[-/.](?P<dm>\d{1,2})[-/.](?P<dy>\d{4})"
    r"|(?P<nd>\d{1,2})\s+(?P<month>[^\W\d_]+(?:\s[^\W\d_]+)?)\s+(?P<ny>\d{4})(?P<era>" + _ERA + r")?"
    r")(?![\d])"
)


@dataclass(frozen=True)
class _Part:
    start: int  # offsets into the scanned line
    end: int
    text: str  # as written, brackets removed
    kind: str  # O outlet, E unlisted name in brackets, F generic source, P place, D date, U unknown, L long
    value: str | None = None  # ISO date for D, ISO3 country for P
    sep: str = ""  # the separator that follows the part


def parse_dateline(text: str) -> Dateline:
    """The Dateline of the article's header; all fields None when it opens with an ordinary sentence."""
    start = len(text) - len(text.lstrip())
    for _ in range(2):  # the header may follow a short title line
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        junk = _LEAD_JUNK.match(line)
        offset = start + (junk.end() if junk else 0)
        found = _parse_line(text[offset:end], offset, has_body=end < len(text))
        if found is not None or len(line.split()) > 12:
            return found or Dateline()
        start = end + len(text[end:]) - len(text[end:].lstrip())
        if start >= len(text):
            break
    return Dateline()


def dateline_component(doc: Document, resources: object = None) -> None:
    """Pipeline component: set `doc.dateline`, and fill pub_date/source the metadata left empty."""
    doc.dateline = parse_dateline(doc.text)
    doc.pub_date = doc.pub_date or doc.dateline.date
    doc.source = doc.source or doc.dateline.source


def _parse_line(line: str, base: int, has_body: bool) -> Dateline | None:
    parts, complete = _scan(normalize_digits(line))
    parts = _second_place_is_outlet(parts)
    for k in range(len(parts), 0, -1):
        header = parts[:k]
        at_eol = k == len(parts) and complete and has_body
        if _valid(header, at_eol):
            return _dateline(header, line, base, at_eol)
    return None


def _second_place_is_outlet(parts: list[_Part]) -> list[_Part]:
    """`الدوحة - قنا`: a city-named outlet after the place is the outlet (قنا is also a city)."""
    out: list[_Part] = []
    for part in parts:
        if part.kind == "P" and any(p.kind == "P" for p in out) and _key(part.text) in outlets():
            part = _Part(part.start, part.end, part.text, "O", None, part.sep)
        out.append(part)
    return out


def _scan(line: str) -> tuple[list[_Part], bool]:
    """Split the line into header-sized parts; `complete` when the whole line was parts."""
    parts: list[_Part] = []
    i = len(line) - len(line.lstrip())
    while i < len(line):
        part = _read_part(line, i)
        if part is None:
            return parts, False
        j = part.end
        while j < len(line) and (line[j].isspace() or _is_sep(line, j)):
            j += 1
        parts.append(_with_sep(part, line[part.end : j]))
        if part.kind == "L":
            return parts, False
        i = j
    return parts, True


def _with_sep(part: _Part, sep: str) -> _Part:
    return _Part(part.start, part.end, part.text, part.kind, part.value, sep)


def _is_sep(line: str, j: int) -> bool:
    """A separator character; tatweel only when it stands apart (`بغداد ـ`), not inside a word."""
    if line[j] != "\u0640":
        return line[j] in SEP_CHARS
    return (j > 0 and line[j - 1].isspace()) or (j + 1 < len(line) and line[j + 1].isspace()) or j + 1 == len(line)


def _read_part(line: str, i: int) -> _Part | None:
    if line[i] in CLOSERS:
        close = line.find(CLOSERS[line[i]], i + 1, i + 2 + MAX_PART_CHARS)
        if close < 0:
            return None
        inner = line[i + 1 : close].strip()
        return _Part(i, close + 1, inner, _classify(inner, line[i]))
    date_match = _DATE.match(line, i)
    if date_match and (iso := _date_value(date_match)):
        return _Part(i, date_match.end(), date_match.group(0), "D", iso)
    j = i
    while j < len(line) and line[j] not in CLOSERS and not _is_sep(line, j):
        if j > i and line[j - 1].isspace() and _DATE.match(line, j) and _date_value(_DATE.match(line, j)):
            break
        j += 1
    text = line[i:j].rstrip()
    if not text:
        return None
    return _Part(i, i + len(text), text, _classify(text, ""))


def _classify(text: str, bracket: str) -> str:
    """Kind of a part from its text and the bracket around it."""
    if len(text.split()) > MAX_PART_WORDS or len(text) > MAX_PART_CHARS or not text:
        return "L"
    outlet = outlets().get(_key(text))
    if bracket == "[":
        return "P"
    if bracket:
        if outlet:
            return "F" if outlet == "generic" else "O"
        # An unlisted name in brackets is an outlet only if it looks like a name, not `(1)` or `(***)`.
        return "E" if len(text.split()) <= 3 and _LETTER.search(text) else "L"
    if _key(text) in places():
        return "P"  # a bare city name is the place even when a paper is named after it (الرياض)
    if outlet:
        return "F" if outlet == "generic" else "O"
    if text.isascii() and text.replace(".", "").isupper():
        return "O"  # CNN, AFP, A.P.
    return "U"


def _valid(header: list[_Part], at_eol: bool) -> bool:
    """Whether these parts form a dateline, given how it ends."""
    last = header[-1]
    if not (_has_mark(last.sep) or at_eol) or any(p.kind == "L" for p in header):
        return False
    if not any(p.kind in "OPDE" for p in header):
        return False
    if not any(p.kind in "ODE" for p in header) and not _place_only_ok(header, at_eol):
        return False
    for i, part in enumerate(header):
        prev = header[i - 1] if i else None
        if part.kind == "E" and prev is None and not any(c in "-–—\u0640" for c in part.sep):
            return False  # `(هذيان):`, `«مبرد» ترفع`: a bracketed opening word, not `(CNN)--`
        if part.kind != "U":
            continue
        if prev is None:
            # A leading unknown part is a byline or an unlisted place, set off by punctuation.
            if len(header) == 1 or not part.sep.strip():
                return False
            continue
        after_outlet = prev.kind in "OE" and _has_mark(prev.sep) and i == len(header) - 1 and (":" in last.sep or at_eol)
        qualifies_place = prev.kind == "P" and any(c in "،," for c in prev.sep)
        if not (after_outlet or qualifies_place):
            return False
    return True


def _has_mark(sep: str) -> bool:
    return any(c in TERMINATORS for c in sep)


def _place_only_ok(header: list[_Part], at_eol: bool) -> bool:
    """A header naming only a place needs the classic `بغداد - ` shape or a byline line `كاتب ـ جدة`."""
    if at_eol:
        return len(header) > 1
    sep = header[-1].sep
    return any(c in "-–—\u0640" for c in sep) and sep[-1].isspace()


def _dateline(header: list[_Part], line: str, base: int, at_eol: bool) -> Dateline:
    dates = [p.value for p in header if p.kind == "D"]
    outlet = next((p.text for p in header if p.kind in "OE"), None)
    place_part = next((p for p in header if p.kind == "P"), None)
    if place_part is None:
        place_part = next((p for i, p in enumerate(header) if p.kind == "U" and i and header[i - 1].kind in "OE"), None)
    place = line[place_part.start : place_part.start + len(place_part.text)] if place_part else None
    if place_part and line[place_part.start] == "[":
        place = place_part.text
    end = header[-1].end + (0 if at_eol else len(header[-1].sep.rstrip()))
    span_start = base + header[0].start
    return Dateline(
        date=dates[-1] if dates else None,  # WAS writes the Hijri date first, then the Gregorian one
        source=_original(line, outlet, header),
        place=place,
        place_country=places().get(_key(place)) if place else None,
        span=Span(span_start, base + end, line[header[0].start : end]),
    )


def _original(line: str, text: str | None, header: list[_Part]) -> str | None:
    """The outlet as written in the original line (scanning used ASCII digits)."""
    part = next((p for p in header if p.kind in "OE"), None)
    if text is None or part is None:
        return None
    at = line.find(text, part.start, part.end) if text else -1
    return line[at : at + len(text)] if at >= 0 else text


def _date_value(m: re.Match) -> str | None:
    """ISO date of a date match, or None when it is not a real date (unknown month, 2024-13-45)."""
    try:
        if m.group("iy"):
            return date(int(m.group("iy")), int(m.group("im")), int(m.group("id"))).isoformat()
        if m.group("dy"):
            return date(int(m.group("dy")), int(m.group("dm")), int(m.group("dd"))).isoformat()
        day, year, month = int(m.group("nd")), int(m.group("ny")), _key(m.group("month"))
        if (era := m.group("era")) and any(mark in era for mark in _HIJRI_MARKS):
            return _hijri_to_iso(year, hijri_months().get(month), day)
        number = months().get(month)
        return date(year, number, day).isoformat() if number else None
    except ValueError:
        return None


def _hijri_to_iso(year: int, month: int | None, day: int) -> str | None:
    from hijridate import Hijri

    if month is None:
        return None
    try:
        return Hijri(year, month, day).to_gregorian().isoformat()
    except (ValueError, OverflowError):
        return None


def _key(text: str) -> str:
    return " ".join(normalize(text).casefold().split())


@lru_cache(maxsize=1)
def outlets() -> dict[str, str]:
    """Matching form of every outlet name and spelling -> its kind (outlets.tsv)."""
    index: dict[str, str] = {}
    for row in load_table("outlets"):
        for form in [row["name"], *row["forms"]]:
            index[_key(form)] = row["kind"] or "site"
    return index


@lru_cache(maxsize=1)
def _month_table(name: str) -> dict[str, int]:
    return {_key(row["form"]): int(row["month"]) for row in load_table(name)}


def months() -> dict[str, int]:
    """Gregorian month names (months.tsv) -> month number."""
    return _month_table("months")


def hijri_months() -> dict[str, int]:
    """Hijri month names (hijri_months.tsv) -> month number."""
    return _month_table("hijri_months")


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """City and capital names (all their forms, from the gazetteer tables) -> ISO3 country.

    The tables already hold GeoNames' Arabic city names with common words removed
    (`tools/build_tables.py`), so the dateline reads the same places the actor stage does.
    """
    best: dict[str, tuple[float, str]] = {}
    for table in ("cities", "capitals"):
        for row in load_table(table):
            # a capital wins over any city of the same name; otherwise the most populous city does
            weight = float("inf") if table == "capitals" else float(row.get("population") or 0)
            for name in [row["name"], *row.get("forms", [])]:
                key = _key(name)
                if name and (key not in best or best[key][0] < weight):
                    best[key] = (weight, row["iso3"])
    return {key: iso3 for key, (_, iso3) in best.items()}
