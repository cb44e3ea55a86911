"""Arabic time expressions and the date of an event, resolved against the publication date.

EVENTS.md asks for the day an event happened (`YYYY-MM-DD`, or `YYYY-MM` /
`YYYY` when the text is no more precise), `null` when the text does not place
it. News rarely writes full dates; it says `الثلاثاء`, `أمس`, `الشهر الماضي`,
so each expression is resolved against `doc.pub_date`.

Conventions, learned from every dated and undated gold event in
`gold/dev` and the annotators' notes:

* A bare weekday is the most recent such day on or before pub_date
  (`الجمعة` in a Friday article is that Friday). With `المقبل`/`القادم` it is
  the next one after pub_date. With `الماضي` it is the most recent one at least
  two days back: yesterday would be `أمس`, so `يوم الجمعة الماضي` in a Saturday
  article is eight days back and `الخميس الماضي` in a Thursday article a week back.
* A weekday beside `اليوم`/`أمس` wins over them (`اليوم (الاثنين)` in a Tuesday
  02:51 article is Monday); an explicit date beside a weekday wins over both.
* `أمس`, `البارحة`, `ليلة أمس`, `الليلة الماضية` = pub-1; `أول أمس` = pub-2;
  `اليوم`, `الليلة`, `فجرا` = pub; `غدا` = pub+1. A bare `ليلا` is pub-1
  (overnight events in a morning article). Parts of the day (`مساء`, `ليل`,
  `صباح`) only widen the span of the day they attach to.
* `15 مارس` without a year takes pub_date's year, or the previous year if that
  lands more than 60 days after pub_date; `الماضي` forces a date/month before
  pub_date, `المقبل` one after it, `الجاري` pub_date's year. `في مارس الماضي`
  and `الشهر الماضي` give `YYYY-MM`, `خلال 2017`/`العام الماضي` give `YYYY`.
* `الأسبوع الماضي`/`هذا الأسبوع` name no day and may straddle two months:
  null, as the gold leaves an agreement 'reached last week' undated. Plurals
  (`السنين الماضية`) are spans of time, not dates.
* Period edges keep the period's precision, except a year's start/end, which
  the gold resolves to its first/last month (`بنهاية العام الماضي` = `2014-12`).
* `قبل أسبوعين` = pub-14 days, `قبل أسبوع` = pub-7; `منذ عامين`/`لمدة` are
  durations with no date (the gold leaves `منذ عامين` undated).
* `في نفس اليوم`/`في اليوم نفسه` take the last day named before them.
* Hijri dates (`15 رمضان 1439 هـ`) are converted with `hijridate`.
* Everything not placed by the text stays null: background events, planned
  events with no day, and events whose day is known only from world knowledge.

`event_date` then gives an event the nearest dated expression in its
sentence, preferring one after the trigger (Arabic puts the time after the
verb: `اعتذر الثلاثاء`), and never reaching across a clause barrier (a
relative pronoun or temporal subordinator such as `الذي`, `عقب`, `منذ`, whose
clause has its own time). Falling back is the caller's choice; `lead_date`
offers the date of the article's lede (first day-precise date in its first
three sentences, else pub_date), which is how the gold dates later sentences
that restate the lead event (benchmarks/date_accuracy.py measures both).
`lede_stated` and `is_statement` let the pipeline give acts of words told later with
no time of their own the lede's day (see `pipeline.dates`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from hijridate import Gregorian, Hijri

from marsad.doc import Document, Event, Token
from marsad.lang import words
from marsad.text.normalize import normalize, normalize_digits
from marsad.text.tokens import proclitic_variants, tokenize, variants

# How far ahead of pub_date a yearless date may fall before it is read as last year's.
FUTURE_SLACK_DAYS = 60

# Numeric dates: D/M/YYYY (also . and -) and ISO YYYY-MM-DD, on digit-normalised text.
_DMY = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/.-])")
_ISO = re.compile(r"(?<![\d/.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/.-])")
# Characters allowed between two parts of one compound expression.
_JOIN = re.compile(r"[\s()\-–]*")
_JOIN_WORDS = words.function_words("date_join")
_DEMONSTRATIVES = frozenset(words.function_words("demonstrative"))
_ERA_MARKS = frozenset(words.function_words("hijri_era") + words.function_words("gregorian_era"))
_DAY, _TODAY = words.function_word("day"), words.function_word("today")
_FOLLOWING, _IN, _OF = words.function_word("following"), words.function_word("in"), words.function_word("of")


@dataclass(frozen=True)
class TimeExpr:
    """A time expression in the text and the date it names (None when it names no date)."""

    start: int
    end: int
    text: str
    value: str | None
    kind: str  # weekday, relative, absolute, hijri, month, year, period, part_of_day, duration, same_day


# first normalised word -> [(all words of the phrase, other columns)], longest phrase first
Phrases = dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]


@dataclass(frozen=True)
class _Tables:
    months: Phrases
    hijri: Phrases
    weekdays: Phrases
    relative: Phrases
    same_day: Phrases
    parts: Phrases
    directions: Phrases
    units: Phrases
    numbers: Phrases
    heads: Phrases
    anchors: Phrases
    barriers: Phrases


def _read(name: str) -> Phrases:
    """`lang/ar/<name>.tsv` indexed by first normalised word, skipping comments and the header row."""
    text = resources.files("marsad").joinpath(f"lang/ar/{name}.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    index: Phrases = {}
    for r in rows[1:]:
        words = tuple(normalize(r[0]).split())
        index.setdefault(words[0], []).append((words, tuple(r[1:])))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables(*(_read(n) for n in (
        "months", "hijri_months", "weekdays", "relative_days", "same_day", "parts_of_day",
        "time_directions", "time_units", "numbers", "period_heads", "time_anchors", "clause_barriers",
    )))


@lru_cache(maxsize=1)
def _starters() -> frozenset[str]:
    """Every word a time-expression table entry begins with."""
    return frozenset(word for table in vars(_tables()).values() for word in table)


def _match(tokens: list[Token], i: int, table: Phrases, clitics: bool = True) -> tuple[int, tuple[str, ...]] | None:
    """Longest phrase of `table` starting at token i -> (end token, row); the first word may carry clitics."""
    if i >= len(tokens):
        return None
    norm = tokens[i].norm
    firsts = proclitic_variants(norm) if clitics else (norm,)
    best: tuple[int, tuple[str, ...]] | None = None
    for first in firsts:
        for key, row in table.get(first, ()):
            n = len(key)
            if i + n <= len(tokens) and all(tokens[i + k].norm == key[k] for k in range(1, n)):
                if best is None or i + n > best[0]:
                    best = (i + n, row)
                break
    return best


def _int(tok: Token, lo: int, hi: int) -> int | None:
    """The token's integer value when it is all digits within [lo, hi]."""
    return int(tok.norm) if tok.norm.isdigit() and lo <= int(tok.norm) <= hi else None


def _iso(d: date, precision: str = "day") -> str:
    return {"day": d.isoformat(), "month": d.isoformat()[:7], "year": str(d.year)}[precision]


def _shift_months(d: date, months: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    return date(y, m + 1, 1)


def _pick_year(pub: date, month: int, day: int, direction: str) -> int:
    """Year for a yearless date (day 0 = the whole month), by the direction word after it and the 60-day rule."""
    year = pub.year
    if direction == "current":
        return year
    if day == 0:
        here, now = (year, month), (pub.year, pub.month)
        if direction == "past":
            return year if here < now else year - 1
        if direction == "future":
            return year if here > now else year + 1
        return year - 1 if date(year, month, 1) > pub + timedelta(days=FUTURE_SLACK_DAYS) else year
    probe = date(year, month, min(day, 28))  # day clipped so a Feb 29 probe never fails
    if direction == "past":
        return year if probe < pub else year - 1
    if direction == "future":
        return year if probe > pub else year + 1
    return year - 1 if probe > pub + timedelta(days=FUTURE_SLACK_DAYS) else year


@dataclass
class _Prim:
    """A primitive expression on tokens [i, j) before compounds are merged."""

    i: int
    j: int
    kind: str
    value: str | None
    rank: int  # which value wins when primitives merge: explicit date > weekday > relative day


class _Scanner:
    """Finds primitive expressions in one document's tokens."""

    def __init__(self, doc: Document, tokens: list[Token]):
        self.t = _tables()
        self.tokens = tokens
        self.pub = date.fromisoformat(doc.pub_date[:10]) if doc.pub_date else None

    def word(self, i: int) -> str:
        return self.tokens[i].norm if 0 <= i < len(self.tokens) else ""

    def direction(self, j: int) -> tuple[int, str]:
        """Direction word at token j (past/future/current) -> (end, direction); `هذا` only counts before a unit."""
        m = _match(self.tokens, j, self.t.directions, clitics=False)
        if m and self.word(j) not in _DEMONSTRATIVES:
            return m[0], m[1][0]
        return j, ""

    def month_name(self, i: int) -> tuple[int, int] | None:
        """Gregorian month at i, with an optional companion (`مارس/آذار`, `يونيو حزيران`, `مارس (آذار)`)."""
        m = _match(self.tokens, i, self.t.months)
        if not m:
            return None
        j, month = m[0], int(m[1][0])
        k = j + 1 if self.word(j) in ("/", "-", "(") else j
        m2 = _match(self.tokens, k, self.t.months, clitics=False)
        if m2 and int(m2[1][0]) == month:
            paren = self.word(j) == "("
            if not paren or self.word(m2[0]) == ")":
                j = m2[0] + paren
        return j, month

    def year_after(self, j: int, lo: int = 1900, hi: int = 2100) -> tuple[int, int | None]:
        """Optional year at j, with `م`/`هـ` after it -> (end, year)."""
        if j < len(self.tokens) and (y := _int(self.tokens[j], lo, hi)) is not None:
            j += 1
            if self.word(j) in _ERA_MARKS:
                j += 1
            return j, y
        return j, None

    def day_before(self, i: int) -> tuple[int, int] | None:
        """Day number ending just before token i (`15`, `الثالث من`) -> (start, day)."""
        if i >= 1 and (d := _int(self.tokens[i - 1], 1, 31)) is not None:
            return i - 1, d
        k = i - 1 if self.word(i - 1) == _OF else i
        for n in (1, 2):
            m = _match(self.tokens, k - n, self.t.numbers) if k - n >= 0 else None
            if m and m[0] == k and m[1][1] == "ordinal":
                return k - n, int(m[1][0])
        return None

    def calendar_date(self, i: int) -> _Prim | None:
        """`15 مارس 2018`, `الثالث من آب 2015`, `مارس الماضي`, `15 رمضان 1439 هـ` starting at the month."""
        greg = self.month_name(i)
        hij = None if greg else _match(self.tokens, i, self.t.hijri)
        if greg:
            j, month = greg
        elif hij:
            j, month = hij[0], int(hij[1][0])
        else:
            return None
        before = self.day_before(i)
        j, year = self.year_after(j, *((1900, 2100) if greg else (1300, 1500)))
        j2, direction = self.direction(j) if year is None else (j, "")
        head = _match(self.tokens, i - 1, self.t.heads) if i else None
        # A month name alone is too ambiguous (مارس is also a verb, ماي a surname).
        if not (before or year or direction or (head and head[0] == i)):
            return None
        start, day = before if before else (i, 0)
        if not greg:
            return self.hijri(start, j2, month, day, year)
        if year is None:
            if self.pub is None:
                return _Prim(start, j2, "absolute" if day else "month", None, 4)
            year = _pick_year(self.pub, month, day, direction)
        if not day:
            return _Prim(start, j2, "month", f"{year:04d}-{month:02d}", 4)
        try:
            return _Prim(start, j2, "absolute", date(year, month, day).isoformat(), 4)
        except ValueError:
            return None

    def hijri(self, start: int, j: int, month: int, day: int, year: int | None) -> _Prim | None:
        """Convert a Hijri day/month (year from pub_date's Hijri year when absent)."""
        if year is None:
            if self.pub is None:
                return _Prim(start, j, "hijri", None, 4)
            year = Gregorian(self.pub.year, self.pub.month, self.pub.day).to_hijri().year
            try:
                if Hijri(year, month, day or 1).to_gregorian() > self.pub + timedelta(days=FUTURE_SLACK_DAYS):
                    year -= 1
            except (ValueError, OverflowError):
                pass  # `30 محرم` where this year's month has 29 days: try last year's, checked below
        try:
            g = Hijri(year, month, day or 1).to_gregorian()
        except (ValueError, OverflowError):
            return None
        return _Prim(start, j, "hijri", _iso(g, "day" if day else "month"), 4)

    def weekday(self, i: int) -> _Prim | None:
        """`الثلاثاء`, `يوم الخميس المقبل`, `الجمعة الماضي`."""
        m = _match(self.tokens, i, self.t.weekdays)
        if not m:
            return None
        j, direction = self.direction(m[0])
        prev = self.word(i - 1)
        start = i - 1 if prev != _TODAY and _DAY in variants(prev) else i
        if self.pub is None:
            return _Prim(start, j, "weekday", None, 3)
        wd = int(m[1][0])
        if direction == "future":
            d = self.pub + timedelta(days=(wd - self.pub.weekday() - 1) % 7 + 1)
        else:
            back = (self.pub.weekday() - wd) % 7
            d = self.pub - timedelta(days=back + 7 if direction == "past" and back < 2 else back)
        return _Prim(start, j, "weekday", d.isoformat(), 3)

    def relative_day(self, i: int) -> _Prim | None:
        """`أمس`, `اليوم`, `غدا`, `أول أمس`; `في اليوم` after a unit (21 ساعة في اليوم) is not today."""
        m = _match(self.tokens, i, self.t.relative)
        if not m:
            return None
        nxt = _match(self.tokens, m[0], self.t.numbers, clitics=False)
        ordinal_after = bool(nxt and nxt[1][1] == "ordinal") or self.word(m[0]) == _FOLLOWING
        if ordinal_after and _TODAY in proclitic_variants(self.word(i)):  # اليوم الرابع، اليوم التالي
            return None
        if self.word(i - 1) == _IN and _match(self.tokens, i - 2, self.t.units):
            return None
        value = (self.pub + timedelta(days=int(m[1][0]))).isoformat() if self.pub else None
        return _Prim(i, m[0], "relative", value, 2)

    def period(self, i: int) -> _Prim | None:
        """`الشهر الماضي`, `العام المقبل`, `هذا الأسبوع`, `بنهاية العام الماضي`, `خلال 2017`, `قبل أسبوعين`."""
        anchor = _match(self.tokens, i, self.t.anchors)
        if anchor and (p := self.counted(i, anchor[0], anchor[1][0])):
            return p
        head = _match(self.tokens, i, self.t.heads)
        for k, edge in ([(head[0], head[1][0])] if head else []) + [(i, "-")]:
            # the span keeps an edge word (مطلع) or a unit word (عام 2015), not a bare preposition (في)
            start = i if edge != "-" or _match(self.tokens, i, self.t.units) else k
            if k < len(self.tokens) and k > i and (year := _int(self.tokens[k], 1900, 2100)):
                return _Prim(start, k + 1, "year", self._edge(date(year, 1, 1), "year", edge), 4)
            if p := self.relative_period(start, k, edge):
                return p
        return None

    def relative_period(self, start: int, k: int, edge: str) -> _Prim | None:
        """The unit-plus-direction part of `period` at token k."""
        pre = self.word(k) in _DEMONSTRATIVES
        u = _match(self.tokens, k + pre, self.t.units)
        # only one named period has a date: not days/hours, not plurals (السنين الماضية = "in recent years")
        if not u or u[1][0] in ("hour", "day") or u[1][1] != "1":
            return None
        j, direction = self.direction(u[0])
        direction = "current" if pre else direction
        if not direction:
            return None
        if self.pub is None:
            return _Prim(start, j, "period", None, 2)
        step = {"past": -1, "future": 1, "current": 0}[direction]
        unit = u[1][0]
        if unit == "week":  # a week names no day and may straddle months: the gold leaves it undated
            return _Prim(start, j, "period", None, 2)
        if unit == "month":
            return _Prim(start, j, "month", _iso(_shift_months(self.pub, step), "month"), 2)
        return _Prim(start, j, "year", self._edge(date(self.pub.year + step, 1, 1), "year", edge), 2)

    @staticmethod
    def _edge(d: date, precision: str, edge: str) -> str:
        """A year's start/end is its first/last month (gold: `بنهاية العام الماضي` = YYYY-12)."""
        if precision == "year" and edge in ("start", "end"):
            return f"{d.year:04d}-{'01' if edge == 'start' else '12'}"
        return _iso(d, precision)

    def counted(self, i: int, k: int, relation: str) -> _Prim | None:
        """`قبل ثلاثة أيام`, `قبل أسبوعين`, `منذ عامين` (a duration, no date)."""
        count: int | None = None
        if k < len(self.tokens) and (n := _int(self.tokens[k], 1, 999)) is not None:
            count, k = n, k + 1
        elif (num := _match(self.tokens, k, self.t.numbers, clitics=False)) and num[1][1] == "cardinal":
            count, k = int(num[1][0]), num[0]
        u = _match(self.tokens, k, self.t.units, clitics=False)
        if not u:
            return None
        count = count or (int(u[1][1]) if u[1][1] else None)
        if relation != "ago" or count is None or self.pub is None:
            return _Prim(i, u[0], "duration", None, 0)
        unit = u[1][0]
        if unit in ("hour", "day", "week"):
            days = {"hour": 0, "day": count, "week": 7 * count}[unit]
            return _Prim(i, u[0], "relative", (self.pub - timedelta(days=days)).isoformat(), 2)
        if unit == "month":
            return _Prim(i, u[0], "month", _iso(_shift_months(self.pub, -count), "month"), 2)
        return _Prim(i, u[0], "year", str(self.pub.year - count), 2)

    def part_of_day(self, i: int) -> _Prim | None:
        m = _match(self.tokens, i, self.t.parts)
        return _Prim(i, m[0], "part_of_day", None, 1) if m else None

    def same_day(self, i: int) -> _Prim | None:
        m = _match(self.tokens, i, self.t.same_day)
        return _Prim(i, m[0], "same_day", None, 1) if m else None

    def at(self, i: int) -> _Prim | None:
        """The longest primitive starting at token i (ties: the earlier, more specific rule)."""
        found = [p for f in (self.calendar_date, self.weekday, self.period, self.same_day, self.relative_day,
                             self.part_of_day) if (p := f(i))]
        return max(found, key=lambda p: p.j, default=None)


def _numeric(doc: Document) -> list[tuple[int, int, str]]:
    """Numeric dates (`15/3/2018`, `2018-03-15`) as char spans with ISO values."""
    text = normalize_digits(doc.text)
    out = []
    for rx, order in ((_DMY, (3, 2, 1)), (_ISO, (1, 2, 3))):
        for m in rx.finditer(text):
            try:
                d = date(*(int(m.group(g)) for g in order))
            except ValueError:
                continue
            out.append((m.start(), m.end(), d.isoformat()))
    return out


def _joinable(doc: Document, a_end: int, b_start: int) -> bool:
    """Two expressions form one when only spaces, brackets or `الموافق` stand between them."""
    gap = doc.text[a_end:b_start]
    for w in _JOIN_WORDS:
        gap = gap.replace(w, " ")
    return _JOIN.fullmatch(gap) is not None


def find_time_expressions(doc: Document) -> list[TimeExpr]:
    """Every time expression in `doc`, in text order, with its date resolved against `doc.pub_date`."""
    tokens = doc.tokens or tokenize(doc.text)
    scan = _Scanner(doc, tokens)
    spans: list[tuple[int, int, str | None, str, int]] = [(s, e, v, "absolute", 4) for s, e, v in _numeric(doc)]
    covered = {k for s, e, *_ in spans for k, t in enumerate(tokens) if s <= t.start < e}
    starters = _starters()
    i = 0
    while i < len(tokens):
        # only words some table starts with (or numbers) can open an expression: skip the rest cheaply
        if not (tokens[i].norm.isdigit() or any(f in starters for f in proclitic_variants(tokens[i].norm))):
            i += 1
            continue
        p = None if i in covered else scan.at(i)
        if p is None:
            i += 1
            continue
        spans.append((tokens[p.i].start, tokens[p.j - 1].end, p.value, p.kind, p.rank))
        i = p.j
    spans.sort()
    merged: list[list] = []
    for s, e, v, kind, rank in spans:
        if merged and merged[-1][1] <= s and _joinable(doc, merged[-1][1], s):
            last = merged[-1]
            last[1] = e
            if rank > last[4]:
                last[2:5] = [v, kind, rank]
            continue
        merged.append([s, e, v, kind, rank])
    out: list[TimeExpr] = []
    for s, e, v, kind, rank in merged:
        if kind == "same_day":
            v = next((x.value for x in reversed(out) if x.value and len(x.value) == 10), None)
        out.append(TimeExpr(s, e, doc.text[s:e], v, kind))
    return out


def _barrier_between(doc: Document, start: int, end: int) -> bool:
    """True when a clause barrier word stands in text[start:end]."""
    barriers = _tables().barriers
    return any(w in barriers for tok in tokenize(doc.text[start:end]) for w in variants(tok.norm))


def event_date(
    doc: Document,
    trigger_start: int,
    trigger_end: int,
    sentence_start: int,
    sentence_end: int,
    exprs: list[TimeExpr],
) -> str | None:
    """Date of the event whose trigger is [trigger_start, trigger_end), or None when its clause has none.

    Only dated expressions in the trigger's sentence count. The nearest one after
    the trigger wins (Arabic word order: verb, then time), else the nearest one
    before it, in both cases only if no clause barrier (`الذي`, `عقب`, `منذ`...)
    stands between them.
    """
    dated = [x for x in exprs if x.value and sentence_start <= x.start and x.end <= sentence_end]
    after = sorted((x for x in dated if x.start >= trigger_start), key=lambda x: x.start)
    before = sorted((x for x in dated if x.end <= trigger_start), key=lambda x: -x.end)
    for x in after:
        if not _barrier_between(doc, trigger_end, x.start):
            return x.value
        break
    for x in before:
        if not _barrier_between(doc, x.end, trigger_start):
            return x.value
        break
    return None


@lru_cache(maxsize=1)
def _news_item_openers() -> tuple[tuple[str, ...], ...]:
    rows = _read("news_items")
    return tuple(words for entries in rows.values() for words, _ in entries)


def opens_news_item(doc: Document, sentence: int) -> bool:
    """The sentence opens with `إلى ذلك`, `في غضون ذلك` ...: another item of the same news cycle."""
    sent = doc.sentences[sentence]
    first = tuple(t.norm for t in doc.tokens[sent.first_token : min(sent.last_token, sent.first_token + 4)] if t.is_word)
    return any(first[: len(opener)] == opener for opener in _news_item_openers())


def lead_date(doc: Document, exprs: list[TimeExpr], lead_sentences: int = 3) -> str | None:
    """The day the article's lede reports: its first day-precise date, else pub_date.

    A fallback the caller may use for events `event_date` leaves undated: news
    puts the main event's day in the first sentences and later sentences about
    the same event omit it (the gold dates them by the lede). Needs `doc.sentences`.
    """
    sentences = doc.sentences[:lead_sentences]
    limit = sentences[-1].end if sentences else len(doc.text)
    return next((x.value for x in exprs if x.value and len(x.value) == 10 and x.start < limit
                 and not after_publication(x.value, doc.pub_date)), doc.pub_date)


STATEMENT_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "AGREE", "SUPPORT", "THREATEN", "CONCEDE"})  # acts of words
_TOLD_AS_EARLIER = words.function_word_set("told_as_earlier")  # كان، سبق، يذكر: a sentence recalling what came before
NEWS_DAYS = 7  # how far before publication the day a lede names is still the report's news day


def lede_stated(doc: Document, exprs: list[TimeExpr], lede: str | None) -> bool:
    """`lede` (from `lead_date`) is a day the text names (`الأربعاء`, `أمس`), not the publication-date fallback, and
    a recent one (not `بدأ بناء السد في 11 أبريل 2011`: a lede may recall a date long past)."""
    if not (lede and doc.pub_date and len(lede) == 10 and any(x.value == lede for x in exprs)):
        return False
    return 0 <= (date.fromisoformat(doc.pub_date[:10]) - date.fromisoformat(lede)).days <= NEWS_DAYS


def is_statement(doc: Document, ev: Event) -> bool:
    """An act of words (a demand, accusation, pledge ...) told as news: no `كان`, `سبق أن` or `يذكر أن` before its
    trigger in its sentence, which would tell it as earlier background."""
    if ev.type not in STATEMENT_TYPES or "future" in ev.rule:
        return False  # (a meeting or visit planned, `ومن المقرر أن يلتقي`, has no day yet)
    sent = doc.sentences[ev.sentence]
    end = next((k for k in range(sent.first_token, sent.last_token) if doc.tokens[k].start >= ev.triggers[0].start), sent.last_token)
    return not any(_TOLD_AS_EARLIER.intersection(variants(t.norm)[:3]) for t in doc.tokens[sent.first_token : end])


def after_publication(value: str | None, pub_date: str | None) -> bool:
    """The date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) lies wholly after the publication day: what an article
    reports as done cannot have happened then."""
    return bool(value and pub_date) and value > pub_date[: len(value)]


BACKGROUND_DAYS = 365  # the gold codes a March 2014 incident in a July 2015 report as background, a 7-month-old one not


def is_background(event_date_value: str | None, pub_date: str | None, days: int = BACKGROUND_DAYS) -> bool:
    """An event dated wholly more than `days` before publication (`حضر الاجتماع عام 2005` in a 2018
    report) is history the article recalls, not news: EVENTS.md's coders leave it uncoded."""
    if not event_date_value or not pub_date:
        return False
    try:
        published = date.fromisoformat(pub_date[:10])
        year = int(event_date_value[:4])
        month = int(event_date_value[5:7]) if len(event_date_value) >= 7 else 12
    except ValueError:
        return False
    last_day = _shift_months(date(year, month, 1), 1) - timedelta(days=1)  # the latest day the date may mean
    if len(event_date_value) == 10:
        last_day = date.fromisoformat(event_date_value)
    return (published - last_day).days > days
