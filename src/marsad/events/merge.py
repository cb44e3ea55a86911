"""One record per real-world event within an article (EVENTS.md rule 1).

Restatements of an event (`لقائه` … `اللقاء` … `استقبل`) are merged into the
first record, which collects every trigger span. Events are the same when
they have the same type and the same actor and recipient codes; for CONSULT,
the same set of participants in any role (host and visitor restated).
"""

from __future__ import annotations

from marsad.doc import Document, Event


def _codes(doc: Document, ids: list[str]) -> frozenset[str]:
    by_id = {a.id: a for a in doc.actors}
    return frozenset(by_id[i].code for i in ids if i in by_id)


def _key(doc: Document, ev: Event) -> tuple:
    if ev.type == "CONSULT":
        return (ev.type, ev.status, _codes(doc, ev.actor + ev.recipient))
    return (ev.type, ev.status, _codes(doc, ev.actor), _codes(doc, ev.recipient))


def merge_events(doc: Document) -> None:
    """Drop actorless events, merge restatements, and number the rest e1, e2, ..."""
    kept: dict[tuple, Event] = {}
    for ev in doc.events:
        if not ev.actor:
            continue
        key = _key(doc, ev)
        first = kept.get(key)
        if first is None:
            kept[key] = ev
            continue
        first.triggers.extend(t for t in ev.triggers if t not in first.triggers)
        first.context.extend(c for c in ev.context if c not in first.context)
        first.date = first.date or ev.date
        first.location = first.location or ev.location
        if ev.type == "CONSULT" and not first.mode and ev.mode:
            first.mode, first.actor, first.recipient = ev.mode, ev.actor, ev.recipient
        first.evidence.extend(ev.evidence)
    events = sorted(kept.values(), key=lambda e: e.triggers[0].start)
    for k, ev in enumerate(events, 1):
        ev.id = f"e{k}"
    doc.events = events
