"""The EVENTS.md section 6 scores, as pure functions over two record dicts.

Gold and prediction files share one shape (section 5), so every score here
compares a gold dict with a predicted dict of the same article and never
imports the pipeline: the same code scores the system, a saved run, or a
second annotator. Counts are summed over documents (micro-average) and every
ratio with a zero denominator is 0.0, so an empty side never crashes a run.

Greedy one-to-one matching, fixed so results are reproducible:
- events (anchored, per type): predicted asserted events are taken in order of
  their first trigger start (events without triggers last, ties by list order);
  each takes the first still-unmatched gold event, in the same text order, with
  the same type and a trigger span overlapping one of its own;
- quotes and actor mentions: predicted items are taken in order of span start
  (then end); each takes the still-unmatched qualifying gold item with the
  largest character overlap, the earliest such gold item on ties.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import permutations
from typing import Any, Callable, Iterable, Sequence, TypeVar

# PLOVER's event types in manual order, for stable per-type tables.
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

Triple = tuple[str, str, str]
T = TypeVar("T")


def ratio(num: float, den: float) -> float:
    """`num / den`, or 0.0 when nothing was there to count."""
    return num / den if den else 0.0


@dataclass
class Counts:
    """True/false positives and false negatives of one score, summable over documents."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def prf(self) -> dict[str, float | int]:
        """Precision, recall and F1 plus the raw counts they came from."""
        p = ratio(self.tp, self.tp + self.fp)
        r = ratio(self.tp, self.tp + self.fn)
        return {"p": p, "r": r, "f1": ratio(2 * p * r, p + r), "tp": self.tp, "fp": self.fp, "fn": self.fn}


def spans_overlap(a: dict, b: dict) -> int:
    """Number of code points two `[start, end)` span dicts share (0 when disjoint)."""
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def is_asserted(event: dict) -> bool:
    """Only asserted events are scored; a record without a status is asserted."""
    return event.get("status", "asserted") in (None, "asserted")


def actor_codes(record: dict) -> dict[str, str]:
    """Actor id -> code (`country + sector`); unknown ids are absent."""
    return {a["id"]: (a.get("country") or "") + (a.get("sector") or "") for a in record.get("actors", [])}


def country_level(code: str) -> str:
    """Drop the sector: `IRQGOV` -> `IRQ`; non-state codes (IGO, UNO, EUR, NGO, MNC) stay as they are."""
    return code[:3]


def _codes(ids: Iterable[str], codes: dict[str, str]) -> list[str]:
    """Distinct codes of the given actor ids in first-seen order; unknown ids give the empty code."""
    return list(dict.fromkeys(codes.get(i, "") for i in ids))


def event_triples(event: dict, codes: dict[str, str]) -> set[Triple]:
    """Expand one event to its dyad triples (section 6.1).

    Actor x recipient when there are recipients; every ordered pair of distinct
    actor codes when there are none and two or more codes; `(code, TYPE, "")`
    for a single actor code. An event with no actor at all keeps an empty actor
    code so that it still counts rather than silently vanishing.
    """
    kind = event.get("type", "")
    actors = _codes(event.get("actor") or [], codes) or [""]
    recipients = _codes(event.get("recipient") or [], codes)
    if recipients:
        return {(a, kind, r) for a in actors for r in recipients}
    if len(actors) >= 2:
        return {(a, kind, b) for a, b in permutations(actors, 2)}
    return {(actors[0], kind, "")}


def document_triples(record: dict, country: bool = False) -> set[Triple]:
    """All de-duplicated triples of a record's asserted events, optionally at country level."""
    codes = actor_codes(record)
    triples: set[Triple] = set()
    for event in filter(is_asserted, record.get("events", [])):
        triples |= event_triples(event, codes)
    if country:
        triples = {(country_level(a), k, country_level(r)) for a, k, r in triples}
    return triples


def score_triples(gold: dict, pred: dict, country: bool = False) -> Counts:
    """Triple counts of one document: set intersection and differences."""
    g, p = document_triples(gold, country), document_triples(pred, country)
    return Counts(tp=len(g & p), fp=len(p - g), fn=len(g - p))


def greedy_match(
    preds: Sequence[T], golds: Sequence[T], weight: Callable[[T, T], float]
) -> list[tuple[int, int]]:
    """One-to-one match in the given orders: each pred takes the unmatched gold of highest weight > 0.

    Ties go to the earliest gold, so a constant weight means "first qualifying gold".
    """
    taken: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for pi, pred in enumerate(preds):
        best, best_w = -1, 0.0
        for gi, gold in enumerate(golds):
            w = 0.0 if gi in taken else weight(pred, gold)
            if w > best_w:
                best, best_w = gi, w
        if best >= 0:
            taken.add(best)
            pairs.append((pi, best))
    return pairs


def _event_order(events: list[dict]) -> list[dict]:
    """Events in text order of their first trigger; trigger-less ones last, ties by list order."""

    def key(ie: tuple[int, dict]) -> tuple[int, int]:
        starts = [t["start"] for t in ie[1].get("triggers") or []]
        return (min(starts) if starts else 1 << 62, ie[0])

    return [e for _, e in sorted(enumerate(events), key=key)]


def _anchors(pred: dict, gold: dict) -> float:
    """1.0 when the types agree and any trigger spans overlap, else 0.0."""
    if pred.get("type") != gold.get("type"):
        return 0.0
    hit = any(spans_overlap(a, b) for a in pred.get("triggers") or [] for b in gold.get("triggers") or [])
    return 1.0 if hit else 0.0


@dataclass
class Agreement:
    """How many matched pairs agree on an attribute, out of how many were compared."""

    right: int = 0
    n: int = 0

    def add(self, ok: bool) -> None:
        self.right += int(ok)
        self.n += 1

    def acc(self) -> float:
        return ratio(self.right, self.n)


@dataclass
class EventTally:
    """Anchored-event counts, per-type counts, and attribute agreement on matches."""

    counts: Counts
    per_type: dict[str, Counts]
    actor: Agreement
    recipient: Agreement
    mode: Agreement
    date: Agreement
    undated: Agreement  # where gold leaves the date null: the prediction does too (not in EVENTS.md; reported beside date_acc)


def new_event_tally() -> EventTally:
    return EventTally(Counts(), {}, Agreement(), Agreement(), Agreement(), Agreement(), Agreement())


def score_events(gold: dict, pred: dict, tally: EventTally) -> None:
    """Add one document's anchored-event matching (section 6.2 and 6.5) to `tally`."""
    g_events = _event_order([e for e in gold.get("events", []) if is_asserted(e)])
    p_events = _event_order([e for e in pred.get("events", []) if is_asserted(e)])
    pairs = greedy_match(p_events, g_events, _anchors)
    g_codes, p_codes = actor_codes(gold), actor_codes(pred)
    matched = Counter(g_events[gi].get("type", "") for _, gi in pairs)
    predicted = Counter(e.get("type", "") for e in p_events)
    annotated = Counter(e.get("type", "") for e in g_events)
    for kind in predicted | annotated:
        tp = matched[kind]
        tally.per_type.setdefault(kind, Counts()).add(Counts(tp, predicted[kind] - tp, annotated[kind] - tp))
    for pi, gi in pairs:
        p, g = p_events[pi], g_events[gi]
        tally.actor.add(set(_codes(p.get("actor") or [], p_codes)) == set(_codes(g.get("actor") or [], g_codes)))
        tally.recipient.add(
            set(_codes(p.get("recipient") or [], p_codes)) == set(_codes(g.get("recipient") or [], g_codes))
        )
        tally.mode.add((p.get("mode") or "") == (g.get("mode") or ""))
        if g.get("date") is not None:
            tally.date.add(p.get("date") == g.get("date"))
        else:
            tally.undated.add(p.get("date") is None)
    tally.counts.add(Counts(tp=len(pairs), fp=len(p_events) - len(pairs), fn=len(g_events) - len(pairs)))


def _by_position(items: list[T], span: Callable[[T], dict]) -> list[T]:
    return sorted(items, key=lambda x: (span(x)["start"], span(x)["end"]))


def _length(span: dict) -> int:
    return max(0, span["end"] - span["start"])


def quote_overlap(a: dict, b: dict) -> float:
    """Overlap of two quote spans when it covers at least half of the shorter one, else 0."""
    shared = spans_overlap(a, b)
    return float(shared) if shared and 2 * shared >= min(_length(a), _length(b)) else 0.0


def _mentions_of(record: dict, actor_id: str | None) -> list[dict]:
    return next((a.get("mentions") or [] for a in record.get("actors", []) if a["id"] == actor_id), [])


def speaker_correct(gold: dict, gq: dict, pred: dict, pq: dict) -> bool:
    """Same speaker code, and one predicted speaker mention overlaps one gold speaker mention."""
    gs, ps = gq.get("speaker"), pq.get("speaker")
    p_codes, g_codes = actor_codes(pred), actor_codes(gold)
    if ps not in p_codes or gs not in g_codes or p_codes[ps] != g_codes[gs]:
        return False
    return any(spans_overlap(a, b) for a in _mentions_of(pred, ps) for b in _mentions_of(gold, gs))


def score_quotes(gold: dict, pred: dict, counts: Counts, speaker: Agreement) -> None:
    """Add one document's quote matching (section 6.3); speaker accuracy only where gold names a speaker."""
    g_quotes = _by_position(list(gold.get("quotes", [])), lambda q: q["span"])
    p_quotes = _by_position(list(pred.get("quotes", [])), lambda q: q["span"])
    pairs = greedy_match(p_quotes, g_quotes, lambda p, g: quote_overlap(p["span"], g["span"]))
    for pi, gi in pairs:
        if g_quotes[gi].get("speaker") is not None:
            speaker.add(speaker_correct(gold, g_quotes[gi], pred, p_quotes[pi]))
    counts.add(Counts(tp=len(pairs), fp=len(p_quotes) - len(pairs), fn=len(g_quotes) - len(pairs)))


def mention_spans(record: dict) -> list[tuple[dict, str]]:
    """Every mention span of every actor, paired with that actor's code, in text order."""
    codes = actor_codes(record)
    items = [(m, codes[a["id"]]) for a in record.get("actors", []) for m in a.get("mentions") or []]
    return _by_position(items, lambda x: x[0])


def score_mentions(gold: dict, pred: dict, counts: Counts, code: Agreement) -> None:
    """Add one document's actor-mention matching (section 6.4) and code agreement on matches."""
    g, p = mention_spans(gold), mention_spans(pred)
    pairs = greedy_match(p, g, lambda a, b: float(spans_overlap(a[0], b[0])))
    for pi, gi in pairs:
        code.add(p[pi][1] == g[gi][1])
    counts.add(Counts(tp=len(pairs), fp=len(p) - len(pairs), fn=len(g) - len(pairs)))


def _span_problem(span: Any, text: str) -> str | None:
    """Why a span dict cannot be scored against `text`, or None when it is sound."""
    if not isinstance(span, dict) or not all(isinstance(span.get(k), int) for k in ("start", "end")):
        return f"span without integer start/end: {span!r}"
    if not 0 <= span["start"] <= span["end"] <= len(text):
        return f"span [{span['start']}, {span['end']}) outside the text"
    if "text" in span and span["text"] != text[span["start"] : span["end"]]:
        return f"span text {span['text']!r} differs from the article at [{span['start']}, {span['end']})"
    return None


def record_problem(record: Any) -> str | None:
    """First reason a record does not follow the section 5 shape, or None; run on gold and saved predictions."""
    if not isinstance(record, dict):
        return "not a JSON object"
    for key, kind in (("doc_id", str), ("text", str), ("actors", list), ("events", list), ("quotes", list)):
        if not isinstance(record.get(key), kind):
            return f"missing or malformed {key!r}"
    text = record["text"]
    spans: list[Any] = []
    for actor in record["actors"]:
        if not isinstance(actor, dict) or "id" not in actor:
            return f"actor without an id: {actor!r}"
        spans += actor.get("mentions") or []
    for event in record["events"]:
        if not isinstance(event, dict) or "type" not in event:
            return f"event without a type: {event!r}"
        spans += event.get("triggers") or []
    for quote in record["quotes"]:
        if not isinstance(quote, dict) or "span" not in quote:
            return f"quote without a span: {quote!r}"
        spans.append(quote["span"])
    return next(filter(None, (_span_problem(span, text) for span in spans)), None)


def _type_order(kind: str) -> tuple[int, str]:
    return (EVENT_TYPES.index(kind) if kind in EVENT_TYPES else len(EVENT_TYPES), kind)


def score_documents(pairs: Iterable[tuple[dict, dict]]) -> dict[str, Any]:
    """Micro-averaged section 6 scores over `(gold, pred)` record pairs.

    Accuracies come with `n`, the number of matched pairs they were computed
    on (`date_n` for dates, counted only where gold has a date). `undated_null_acc`,
    beyond EVENTS.md, is the other side of dating: of the matched pairs whose gold date
    is null, the share predicted null too (`undated_n` pairs).
    """
    triples, country = Counts(), Counts()
    events = new_event_tally()
    quotes, speaker = Counts(), Agreement()
    mentions, code = Counts(), Agreement()
    documents = 0
    for gold, pred in pairs:
        documents += 1
        triples.add(score_triples(gold, pred))
        country.add(score_triples(gold, pred, country=True))
        score_events(gold, pred, events)
        score_quotes(gold, pred, quotes, speaker)
        score_mentions(gold, pred, mentions, code)
    return {
        "triples": triples.prf(),
        "triples_country": country.prf(),
        "anchored": {
            **events.counts.prf(),
            "actor_acc": events.actor.acc(),
            "recipient_acc": events.recipient.acc(),
            "mode_acc": events.mode.acc(),
            "date_acc": events.date.acc(),
            "n": events.actor.n,
            "date_n": events.date.n,
            "undated_null_acc": events.undated.acc(),
            "undated_n": events.undated.n,
        },
        "quotes": {**quotes.prf(), "speaker_acc": speaker.acc(), "n": speaker.n},
        "mentions": {**mentions.prf(), "code_acc": code.acc(), "n": code.n},
        "per_type": {k: events.per_type[k].prf() for k in sorted(events.per_type, key=_type_order)},
        "documents": documents,
    }
