"""Event filters: validated once, turned into one SQL WHERE clause.

The CLI and the JSON API both pass user input here, so bad values (an unknown
PLOVER type, a date like 2025-13-01) fail with a message that says what is valid
instead of silently matching nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from marsad.text.normalize import normalize

# The 16 PLOVER event types (EVENTS.md section 3).
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
STATUSES = ("asserted", "negated", "hypothetical")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CODE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")


def check_date(value: str) -> str:
    """`value` if it is YYYY, YYYY-MM or YYYY-MM-DD and a real date; ValueError otherwise."""
    if not _DATE.match(value):
        raise ValueError(f"bad date {value!r}: expected YYYY-MM-DD, YYYY-MM or YYYY")
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError as exc:
        raise ValueError(f"bad date {value!r}: {exc}") from None
    return value


def check_type(value: str) -> str:
    """The PLOVER type `value` names (any case); ValueError listing the valid ones otherwise."""
    if value.upper() not in EVENT_TYPES:
        raise ValueError(f"unknown event type {value!r}; valid types: {', '.join(EVENT_TYPES)}")
    return value.upper()


def check_code(value: str) -> str:
    """An actor code (IRQGOV) or country prefix (IRQ), upper-cased; ValueError otherwise."""
    if not _CODE.match(value.upper()):
        raise ValueError(f"bad actor code {value!r}: expected a country (IRQ) or a code (IRQGOV)")
    return value.upper()


@dataclass(frozen=True)
class EventFilter:
    """What `Store.query_events` selects; None means no constraint.

    `actor`/`recipient` match a full code (IRQGOV) exactly or, given three letters,
    every code of that country (IRQ matches IRQ, IRQGOV, IRQMIL). `since`/`until`
    are inclusive and apply to the event's date, or the article's pub_date when the
    event has none; a partial date (2025-09) matches when its period overlaps.
    `text` finds articles containing it, folded by `normalize` (الاعرجي = الأعرجي).
    `status=None` selects every status.
    """

    actor: str | None = None
    recipient: str | None = None
    type: str | None = None
    mode: str | None = None
    context: str | None = None
    since: str | None = None
    until: str | None = None
    source: str | None = None
    status: str | None = "asserted"
    text: str | None = None

    def __post_init__(self) -> None:
        for name, check in (("actor", check_code), ("recipient", check_code), ("type", check_type),
                            ("since", check_date), ("until", check_date)):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, check(value))
        if self.status is not None and self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}; valid: {', '.join(STATUSES)}")

    def where(self, fts: bool) -> tuple[str, list[object]]:
        """SQL condition on `events e JOIN articles a` and its parameters."""
        clauses: list[str] = []
        params: list[object] = []
        for role in ("actor", "recipient"):
            code = getattr(self, role)
            if code:
                clauses.append(participant_condition(code, role))
                params.append(code)
        for column, value in (("e.type", self.type), ("e.mode", self.mode), ("a.source", self.source),
                              ("e.status", self.status)):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        if self.context is not None:
            clauses.append("EXISTS (SELECT 1 FROM event_contexts x WHERE x.event_id = e.id AND x.context = ?)")
            params.append(self.context)
        # A stored partial date (2025-09) matches when its period overlaps the range; the
        # plain comparisons are exact for digit dates and let SQLite use the date index.
        if self.since is not None:
            clauses.append("e.sort_date >= ? AND e.sort_date >= substr(?, 1, length(e.sort_date))")
            params.extend([self.since[:4], self.since])
        if self.until is not None:
            clauses.append("e.sort_date <= ?")
            params.append(self.until + "~")
        if self.text:
            clause, value = text_condition(self.text, fts)
            clauses.append(f"e.article_id IN ({clause})")
            params.append(value)
        return (" AND ".join(clauses) or "1"), params


def participant_condition(code: str, role: str | None = None) -> str:
    """SQL condition on event `e`: a participant (in `role`, or any role) has this code or country.

    Its one parameter is `code`; a three-letter code matches every code of that country.
    """
    column = "country" if len(code) == 3 else "code"
    role_clause = f" AND p.role = '{role}'" if role in ("actor", "recipient") else ""
    return (
        "EXISTS (SELECT 1 FROM event_participants p JOIN actors c ON c.id = p.actor_id"
        f" WHERE p.event_id = e.id{role_clause} AND c.{column} = ?)"
    )


def text_condition(query: str, fts: bool) -> tuple[str, str]:
    """A subquery of article ids whose normalized text contains `query`, and its parameter."""
    folded = normalize(query).strip()
    if fts and len(folded) >= 3:
        # A quoted FTS5 string is a phrase; the trigram tokenizer makes it a substring search.
        return "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", '"' + folded.replace('"', '""') + '"'
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return "SELECT id FROM articles WHERE search_norm LIKE ? ESCAPE '\\'", f"%{escaped}%"
