"""The one object every pipeline stage reads and enriches.

A `Document` holds the article text exactly as given plus everything the
pipeline finds in it. Every finding is a `Span` of `[start, end)` code-point
offsets into that original text, so any record can be traced back to the
characters that support it (EVENTS.md section 1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A `[start, end)` slice of the original article text."""

    start: int
    end: int
    text: str

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Token:
    """A word of the text; `norm` is the matching form, `base` the form without clitics."""

    start: int
    end: int
    text: str
    norm: str
    base: str
    prefix: str = ""  # proclitics removed from `norm` to get `base` (e.g. "وال")
    suffix: str = ""  # pronoun suffix removed (e.g. "ه" of لقائه)
    is_word: bool = True  # False for punctuation, digits and Latin


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    first_token: int  # index into Document.tokens
    last_token: int  # exclusive


@dataclass(slots=True)
class Entity:
    """A named-entity span before it is resolved to an actor (NER or gazetteer)."""

    start: int
    end: int
    text: str
    label: str  # PERS, ORG, LOC, GPE
    source: str = "gazetteer"  # gazetteer | ner | role
    country: str = ""
    sector: str = ""
    canonical: str = ""  # canonical Arabic name when a table knows it


@dataclass(slots=True)
class MentionRef:
    """Where an actor is mentioned, in token indices, for stages that walk tokens."""

    first: int
    last: int  # exclusive
    actor_id: str
    kind: str = "name"  # name | role | state | adjective | body | coref
    lead: int = -1  # first token of the title that introduces a name (وزير الخارجية ... بومبيو), else `first`

    @property
    def start_token(self) -> int:
        """Where the whole noun phrase starts, title included: what word-order rules measure from."""
        return self.lead if self.lead >= 0 else self.first


# PLOVER sectors of a state's office holders: whose words are their state's acts, and what a former holder leaves for ELI
OFFICE_SECTORS = frozenset({"GOV", "LEG", "MIL", "JUD", "COP", "SPY"})


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    country: str = ""
    sector: str = ""
    role: str = ""
    mentions: list[Span] = field(default_factory=list)
    kind: str = "person"  # person | state | body | group | source
    key: str = ""
    name_latin: str = ""
    basis: str = ""  # how the code was decided, for `marsad explain`
    country_guessed: bool = False  # the country is the article's home, not stated at any mention

    @property
    def code(self) -> str:
        return self.country + self.sector

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "role": self.role,
            "mentions": [m.to_dict() for m in sorted(self.mentions, key=lambda s: s.start)],
            "key": self.key,
            "name_latin": self.name_latin,
        }


@dataclass(slots=True)
class Location:
    name: str
    country: str

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "country": self.country}


@dataclass(slots=True)
class Event:
    id: str
    type: str
    mode: str = ""
    context: list[str] = field(default_factory=list)
    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    triggers: list[Span] = field(default_factory=list)
    date: str | None = None
    location: Location | None = None
    status: str = "asserted"  # asserted | negated | hypothetical
    score: float | None = None  # PLOVER conflict-cooperation score of the type and mode
    sentence: int = -1  # index of the sentence of the first trigger
    rule: str = ""  # which rule produced it, for `marsad explain`
    evidence: list[str] = field(default_factory=list)  # table entries and rules used
    restates: Event | None = field(default=None, repr=False, compare=False)  # the meeting a definite noun points back at
    complete_alone: bool = field(default=False, repr=False, compare=False)  # its trigger needs no counterpart (إنهاء حالة الطوارئ)
    date_stated: bool = field(default=False, repr=False, compare=False)  # the date was read from the event's own clause

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "actor": list(self.actor),
            "recipient": list(self.recipient),
            "triggers": [t.to_dict() for t in sorted(self.triggers, key=lambda s: s.start)],
            "date": self.date,
            "location": self.location.to_dict() if self.location else None,
            "status": self.status,
            "score": self.score,
        }


@dataclass(slots=True)
class Quote:
    speaker: str | None
    span: Span
    cue: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "span": self.span.to_dict(),
            "cue": self.cue.to_dict() if self.cue else None,
        }


@dataclass(slots=True)
class Dateline:
    """What the article's header says about itself when metadata does not."""

    date: str | None = None
    source: str | None = None
    place: str | None = None
    place_country: str | None = None
    span: Span | None = None


@dataclass(slots=True)
class Document:
    text: str
    doc_id: str = ""
    pub_date: str | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None
    dateline: Dateline | None = None
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    mentions: list[MentionRef] = field(default_factory=list)  # sorted by position
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def quote_at(self, offset: int) -> Quote | None:
        """The quotation whose text contains `offset`, if any."""
        return next((q for q in self.quotes if q.span.start <= offset < q.span.end), None)

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence containing `offset` (last one before it if between)."""
        lo, hi = 0, len(self.sentences) - 1
        best = 0
        while lo <= hi:
            mid = (lo + hi) // 2
            if self.sentences[mid].start <= offset:
                best, lo = mid, mid + 1
            else:
                hi = mid - 1
        return best

    def to_dict(self) -> dict[str, Any]:
        """The EVENTS.md record (section 5 shape)."""
        return {
            "schema": "marsad-gold/1",
            "doc_id": self.doc_id,
            "source": self.source or "",
            "pub_date": self.pub_date,
            "title": self.title,
            "url": self.url,
            "text": self.text,
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
        }
