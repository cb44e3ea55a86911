"""One record per real-world event within an article (EVENTS.md rule 1).

Restatements of an event (`لقائه` … `اللقاء` … `استقبل`) are merged into the
first record, which collects every trigger span. Events are the same when
they have the same type and the same actor and recipient codes; for CONSULT,
the same set of participants in any role (host and visitor restated); for the
other types also the same wording or mode by the same side's parties, whose actors
and recipients are then joined (the way annotators list every party of one act).
"""

from __future__ import annotations

from marsad.doc import Document, Event

_ONE_SIDED = frozenset({"MOBILIZE"})  # (a threat verb stands alone too: Event.complete_alone, events.detect)
_STATE_SIDE = frozenset({"", "GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
_EVALUATION = "speaker evaluates"  # the rule of ACCUSE events read from evaluative words (events.detect)
_RESTATED = "restates the previous meeting"  # the rule of CONSULT records read back from an earlier one (events.detect)


def _codes(doc: Document, ids: list[str]) -> frozenset[str]:
    by_id = {a.id: a for a in doc.actors}
    return frozenset(by_id[i].code for i in ids if i in by_id)


def _key(doc: Document, ev: Event) -> tuple:
    """Events with equal keys are one event restated: same type and codes, and for other types than
    CONSULT see `_restates` (a planned meeting and planned contracts of one dyad stay apart)."""
    if ev.type == "CONSULT":
        return (ev.type, ev.status, _codes(doc, ev.actor + ev.recipient))
    return (ev.type, ev.status, _codes(doc, ev.actor), _codes(doc, ev.recipient))


def _restates(first: Event, ev: Event) -> bool:
    """Never across two days; beyond CONSULT, equal codes make a restatement only with the same wording or in
    the same sentence."""
    if _other_days(first, ev):
        return False
    if ev.type == "CONSULT":
        return not _other_places(first, ev)
    return ev.sentence == first.sentence or (ev.evidence[:1] == first.evidence[:1])


def _other_days(first: Event, ev: Event) -> bool:
    """`قبل أسبوع` ... `اليوم`: two records dated to different days are two acts, however alike (a month and
    a day in it, `2018-04` and `2018-04-12`, may be one)."""
    if not (first.date_stated and ev.date_stated):
        return False  # a day assumed from the news day (the lede's) is no evidence of another day
    return bool(ev.date and first.date and not (ev.date.startswith(first.date) or first.date.startswith(ev.date)))


def _other_places(first: Event, ev: Event) -> bool:
    """`لقاء الأعرجي وشويغو` in Baghdad and `مؤتمر صحفي مشترك` of two other ministers in Moscow: meetings of
    different people in different countries are two meetings, though both are Iraqi-Russian."""
    if set(first.actor + first.recipient) & set(ev.actor + ev.recipient):
        return False
    return bool(first.location and ev.location and first.location.country != ev.location.country)


def _join_parties(act: Event, ev: Event) -> None:
    """The actors and recipients of a restatement added to the act's (in order, each once)."""
    act.actor += [a for a in ev.actor if a not in act.actor]
    act.recipient += [r for r in ev.recipient if r not in act.recipient and r not in act.actor]


def _same_meeting(a: Event, b: Event) -> bool:
    """Two CONSULT records where one's participants are among the other's (by actor, not code: two meetings
    of Iraqi and Russian officials in one article stay apart; so do A's meeting with B and A's with C)."""
    if not (a.type == b.type == "CONSULT" and a.status == b.status) or _other_days(a, b):
        return False  # the envoy's visit today and the ministers' talks last month are two meetings
    mine, theirs = set(a.actor + a.recipient), set(b.actor + b.recipient)
    return bool(mine & theirs) and (mine <= theirs or theirs <= mine)


def _same_complaint(doc: Document, first: Event, ev: Event) -> bool:
    """`أدانت دمشق العقوبات ... واعتبرتها "غير مشروعة"`: a speaker's evaluative word restates the
    accusation that speaker already made, whoever the word's clause is about."""
    return (ev.type == first.type == "ACCUSE" and ev.rule.startswith(_EVALUATION) and ev.status == first.status
            and _codes(doc, ev.actor) == _codes(doc, first.actor))


def _same_act(doc: Document, first: Event, ev: Event) -> bool:
    """`أكد الأردن أنه وافق على مرورهم` ... `الحكومة أذنت`: one act by the same side's parties, told again in
    the same words or as the same kind of act (the same PLOVER mode), is one event (its parties are joined)."""
    same_words = ev.evidence[:1] == first.evidence[:1] or (bool(ev.mode) and ev.mode == first.mode)
    if ev.type == "CONSULT" or ev.type != first.type or ev.status != first.status or not same_words:
        return False
    if _other_days(first, ev):
        return False
    mine = _sides(doc, ev.actor)
    return bool(mine) and mine == _sides(doc, first.actor)


def _sides(doc: Document, ids: list[str]) -> frozenset[tuple[str, str]]:
    """(country, side) of actors: a state and its organs are one side (`الأردن`, `الحكومة الأردنية`); its
    rebels, opposition, parties and people are others."""
    return frozenset((code[:3], "state" if code[3:] in _STATE_SIDE else code[3:]) for code in _codes(doc, ids))


def _absorb(first: Event, ev: Event) -> None:
    first.triggers.extend(t for t in ev.triggers if t not in first.triggers)
    first.context.extend(c for c in ev.context if c not in first.context)
    if ev.date_stated and not first.date_stated:  # `تباحث ترامب مع أردوغان` ... `خلال محادثة هاتفية ليل الأربعاء`
        first.date, first.date_stated = ev.date, True
    first.date = first.date or ev.date
    first.location = first.location or ev.location
    first.evidence.extend(ev.evidence)
    first.complete_alone = first.complete_alone or ev.complete_alone  # `شن ... غارات`: the noun completes the verb
    if ev.type != "CONSULT" or (len(first.actor) > 1 and not first.recipient):
        return  # a meeting of joint parties (`لقاء ضم X مع Y`) keeps them all as actors
    if ev.rule.startswith(_RESTATED):
        return  # `الزيارة` pointing back copies the earlier roles: it tells nothing of who visited whom
    if ev.mode == "visit" and ev.location is not None:
        first.location = ev.location  # where the visitor arrived is where the meeting took place
    if ev.mode == "visit" and first.mode != "visit" and ev.recipient:
        # a visit names who travelled and who hosted: its roles win over a plain meeting's
        first.mode, first.actor, first.recipient = "visit", list(ev.actor), list(ev.recipient)
    elif ev.mode == "visit" and first.mode != "visit":
        # the visitor acts; the other participants of the meeting host
        parties = list(dict.fromkeys(first.actor + first.recipient))
        first.mode, first.actor = "visit", list(ev.actor)
        first.recipient = [p for p in parties if p not in ev.actor]
    elif not first.recipient and ev.recipient:
        # a restatement that names the other side completes the first record
        first.recipient = [p for p in ev.recipient if p not in first.actor]


def _has_counterpart(doc: Document, ev: Event) -> bool:
    """PLOVER events are dyadic: keep an event only when it has a recipient or two
    distinct actor codes, except types that need none (a withdrawal, a mobilisation)."""
    if ev.type in _ONE_SIDED or ev.recipient or ev.complete_alone:
        return True
    # several actors without a recipient only make a dyad when they act together (signing, talks)
    return "joint" in ev.rule and len(_codes(doc, ev.actor)) >= 2


def merge_events(doc: Document) -> None:
    """Drop actorless events, merge restatements, and number the rest e1, e2, ..."""
    kept: dict[tuple, list[Event]] = {}
    for ev in doc.events:
        if not ev.actor:
            continue
        meeting = next((k for group in kept.values() for k in group if _same_meeting(k, ev) or _same_complaint(doc, k, ev)), None)
        if meeting is not None:
            _absorb(meeting, ev)
            continue
        act = next((k for group in kept.values() for k in group if _same_act(doc, k, ev)), None)
        if act is not None:
            _absorb(act, ev)
            _join_parties(act, ev)
            continue
        key = _key(doc, ev)
        first = next((k for k in kept.get(key, []) if _restates(k, ev)), None)
        if first is None:
            kept.setdefault(key, []).append(ev)
            continue
        _absorb(first, ev)
    events = sorted((e for group in kept.values() for e in group if _has_counterpart(doc, e)), key=lambda e: e.triggers[0].start)
    for k, ev in enumerate(events, 1):
        ev.id = f"e{k}"
    doc.events = events
