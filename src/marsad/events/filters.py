"""Sentence-level passes of event detection: records dropped or joined once all triggers are read.

An evaluation already told by an event, an act named as the complement of another, a condemnation
aimed at its own doer, a statement addressed to a meeting: each pass takes the events found so far
and returns the ones that stand.
"""

from __future__ import annotations


from marsad.doc import Document, Event


_SAID_AT_MEETINGS = frozenset({"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONCEDE"})
_AIMED_AT_DOER = frozenset({("ACCUSE", ""), ("ACCUSE", "disapprove")})  # an act condemned: its doer is the target
_VIOLENT = frozenset({"ASSAULT", "COERCE"})  # acts whose noun is followed by those they befall
SENTENCE_SUBJECT = "sentence subject"  # the rule of the last-resort subject: the sentence's first party
BEFORE_RULE = "subject before trigger"  # the rule of a subject found a few words before the trigger
AFTER_RULE = "subject after trigger"  # the rule of a subject (a noun's genitive) found right after the trigger
_COMPLEMENT_REACH_CHARS = 20  # `أسفه" لمعاودة فرض العقوبات`: an act noun this close after another act is its complement
_ACT_REACH_CHARS = 12  # at most one short word (`عن`, `على`) between the trigger and the act it names
# trigger kinds that may only tell the content of an act of these types in their sentence
CONTENT_KINDS = {"speaker": frozenset({"ACCUSE"}), "charge": frozenset({"ACCUSE", "COERCE", "SANCTION"})}


def without_stated_evaluations(events: list[Event], evaluations: dict[int, str]) -> list[Event]:
    """`نددت إسرائيل بتصريحات ... واعتبرت معادية للسامية`, `حكم بإعدامه بتهمة القتل`: an evaluative word or a
    charge in a sentence that already states a condemnation, accusation, arrest or sentence is that act's content,
    not a second act."""
    stated = {(ev.sentence, kind) for ev in events if id(ev) not in evaluations
              for kind, types in CONTENT_KINDS.items() if ev.type in types}
    return [ev for ev in events if id(ev) not in evaluations or (ev.sentence, evaluations[id(ev)]) not in stated]


def meeting_told_before(earlier: list[Event]) -> Event | None:
    """The last meeting reported before, which `اللقاء`, `المباحثات` or `ناقشا` may point back at."""
    return next((e for e in reversed(earlier) if e.type == "CONSULT" and e.actor), None)


def addressed_to_the_meeting(events: list[Event]) -> None:
    """`عرض أردوغان هدنة ... خلال القمة الثلاثية التي تجمع إلى جانبه بوتين وروحاني`: what a party says or
    offers at a meeting of its sentence, naming no one, is addressed to the meeting's other parties."""
    for ev in events:
        if ev.recipient or not ev.actor or ev.type not in _SAID_AT_MEETINGS:
            continue
        meeting = next((e for e in events if e.sentence == ev.sentence and e.type == "CONSULT" and e.status == "asserted"
                        and set(ev.actor) <= set(e.actor + e.recipient)), None)
        if meeting is not None:
            ev.recipient = [p for p in dict.fromkeys(meeting.actor + meeting.recipient) if p not in ev.actor]
            ev.rule += "; addressed to the other parties of the meeting it was said at"


def without_complements(doc: Document, events: list[Event]) -> list[Event]:
    """`أبدى الاتحاد الأوروبي "أسفه" لمعاودة فرض العقوبات`: an act noun that took its subject from before it,
    right after another kind of act of that subject, is what that act is about, not a second act of the subject
    (`شن غارات` is one act told twice: the same kind is left to merging)."""
    kept: list[Event] = []
    for ev in events:
        about = (ev.rule.startswith(SENTENCE_SUBJECT) or (ev.rule.startswith(BEFORE_RULE) and _read_from(ev, "noun"))) and any(
            e is not ev and e.sentence == ev.sentence and e.type != ev.type and set(e.actor) & set(ev.actor)
            and 0 <= ev.triggers[0].start - e.triggers[0].end <= _COMPLEMENT_REACH_CHARS for e in events)
        if not about:
            kept.append(ev)
    return kept


def aimed_at_the_doer(doc: Document, events: list[Event]) -> None:
    """`أعرب الاتحاد الأوروبي عن أسفه لإعادة فرض العقوبات الأمريكية على طهران`: condemning or criticising
    an act named right after the trigger is aimed at whoever did it, not at whom it befell."""
    for ev in events:
        if (ev.type, ev.mode) not in _AIMED_AT_DOER or not ev.actor:
            continue  # (not `اتهمه بشن هجوم`: the one accused is named before the act)
        end = ev.triggers[0].end
        act = next((e for e in events if e is not ev and e.sentence == ev.sentence and e.type != ev.type
                    and e.triggers[0].start >= end and not set(e.actor) & set(ev.actor)
                    and _next_word(_without_mentions(doc, end, e.triggers[0].start, ev.actor))), None)
        if act is not None and act.actor:
            ev.recipient = list(act.actor)
            ev.rule += f"; aimed at the doer of the {act.type} it names"
        elif act is not None and act.type in _VIOLENT and act.status == "asserted" and not _read_from(act, "verb"):
            # `وندد الاتحاد الأوروبي بقصف المدنيين`: with no doer named, those struck are not the ones condemned
            act_start = act.triggers[0].start
            ev.recipient = [r for r in ev.recipient if any(end <= span.start < act_start for span in doc.actor(r).mentions)]
            ev.rule += f"; not aimed at those the {act.type} it names befell"


def _read_from(ev: Event, kind: str) -> bool:
    """The event was read from a trigger of this kind (verb, noun, phrase): its evidence opens `trigger <kind>`."""
    return ev.evidence[0].startswith(f"trigger {kind} ")


def _without_mentions(doc: Document, start: int, end: int, actor_ids: list[str]) -> str:
    """The text between two offsets with the mentions of `actor_ids` blanked: `وانتقد [الوزير الأمريكي] الدعم`."""
    chars = list(doc.text[start:end])
    for actor_id in actor_ids:
        for span in doc.actor(actor_id).mentions:
            for k in range(max(span.start, start), min(span.end, end)):
                chars[k - start] = " "
    return "".join(chars)


def _next_word(gap: str) -> bool:
    """At most one short word (`عن`, `على`) stands in the gap."""
    return len(gap.strip()) <= _ACT_REACH_CHARS and " " not in gap.strip()
