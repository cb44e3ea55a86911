"""Party helpers of event detection: what the document's actors are to an event.

Functions that read the document (actor codes, places, quotations) to decide whether a party
is a government, a citizen at his own state's office, a host named by the city met in, or a
mention that only describes the one before it. `events.detect` calls them per trigger.
"""

from __future__ import annotations

from collections import Counter

from marsad.doc import OFFICE_SECTORS, Document, Event, Location, MentionRef, Sentence
from marsad.events.clauses import DATIVE
from marsad.events.lexicon import Trigger
from marsad.lang import load_table, words
from marsad.text.phrases import PhraseMatch
from marsad.text.tokens import IN_WORD, TOWARDS, OBJECT_PREPOSITIONS, is_definite


_DEAL_PARTY_SECTORS = frozenset({"", "GOV", "LEG", "BUS"})
_STATE_ORGANS = frozenset({"", "GOV", "MIL", "COP", "LEG", "JUD", "SPY", "MED"})  # not REB/OPP/CVL/REL: states act on those
_ARRIVAL_REACH = 16  # words from an arrival verb to its إلى (past the visitor's titles)
_PLACE_AFTER_TOWARDS = 5  # words from إلى to the place (إلى العاصمة المصرية، القاهرة)
_STATE_NAMES = frozenset(row["name"] for row in load_table("states"))
_PEOPLE_ENDINGS = words.word_endings("plural") + words.word_endings("dual")  # فلسطينيين، فلسطينيان
_CIVILIANS = "CVL"
_STATE_VOICES = OFFICE_SECTORS | {""}  # a state itself, or an office holder whose words are his state's acts


def people_named_by_demonym(doc: Document, ref: MentionRef) -> bool:
    """`جثمان فلسطينيين قتلا`: an indefinite demonym in the plural or dual names people, not their state."""
    token = doc.tokens[ref.first]
    return (ref.kind == "adjective" and doc.actor(ref.actor_id).kind == "state" and not is_definite(token)
            and token.norm.endswith(_PEOPLE_ENDINGS))


def city_met_in(doc: Document, sent: Sentence, m: PhraseMatch[Trigger]) -> Location | None:
    """The city after `في` following a meeting's trigger in its sentence (a state there is more often a topic:
    `بحث الوضع في سوريا`)."""
    after = doc.tokens[m.last - 1].end
    for e in doc.entities:
        if (e.label == "LOC" and e.country and after <= e.start < sent.end and e.canonical not in _STATE_NAMES
                and doc.text[max(0, e.start - 4) : e.start].split()[-1:] == [IN_WORD]):
            return Location(e.text, e.country)
    return None


def host_by_place(doc: Document, ev: Event, city: Location) -> None:
    """`خلال اجتماعه بوزير الدفاع الأمريكي في جدة`: two states' parties meeting in a city of one of them is the
    other's visit (EVENTS.md rule 2: the visitor acts, the host receives)."""
    parties = ev.actor + ev.recipient
    hosts = [p for p in parties if doc.actor(p).country == city.country]
    guests = [p for p in parties if doc.actor(p).country != city.country]
    if hosts and guests and len({doc.actor(p).country for p in guests}) == 1:
        ev.mode, ev.actor, ev.recipient = "visit", guests, hosts
        ev.location = city
        ev.rule += "; met in a city of one side: the other side visits"


def governments(doc: Document, ids: list[str]) -> list[str]:
    """`زيارة المبعوث الأميركي للسودان`: states meet through their governments; a state named as a party
    to talks is its government actor of the article (its capital, its officials), when there is one."""
    out = []
    for i in ids:
        state = doc.actor(i)
        if state.kind == "state" and not state.sector:
            officials = Counter(r.actor_id for r in doc.mentions
                                if doc.actor(r.actor_id).country == state.country and doc.actor(r.actor_id).sector == "GOV")
            if officials:
                i = officials.most_common(1)[0][0]
        if i not in out:
            out.append(i)
    return out


def quits_a_deal(doc: Document, trig: Trigger, actors: list[str]) -> bool:
    """A withdrawal by a state, government, parliament or firm is from a deal, a court or a market (SANCTION
    in PLOVER), not the pull-back of forces (RETREAT) that armed actors and fleeing people make."""
    return (trig.type, trig.mode) == ("RETREAT", "withdraw") and bool(actors) and all(
        doc.actor(a).sector in _DEAL_PARTY_SECTORS for a in actors)


def held_where_arrested(doc: Document, actors: list[str], recipients: list[str]) -> None:
    """`والكويت التي ألقت القبض على أربعة أشخاص ينتمون إلى خلية تابعة لداعش`: members of an armed group,
    of no stated country, whom a state arrests are in that state (its local cell), not in the article's home
    country. (Other people keep the home country: `منع الحجاج` names no armed cell.)"""
    country = next((doc.actor(a).country for a in actors if doc.actor(a).country), "")
    for r in recipients:
        group = doc.actor(r)
        if country and group.kind == "group" and group.sector == "REB" and group.country_guessed and group.country != country:
            group.country = country
            group.basis += f"; held by {country}: in that country"


def arrives_at_place(doc: Document, start: int, end: int) -> bool:
    """`وصل الأمير ... إلى العاصمة المصرية، القاهرة`: `إلى` within reach of the verb, then a place, state or capital."""
    towards = next((k for k in range(start, min(start + _ARRIVAL_REACH, end)) if doc.tokens[k].norm in TOWARDS), None)
    if towards is None:
        return False
    if any(r.start_token == towards + 1 and doc.actor(r.actor_id).kind in ("group", "person") for r in doc.mentions):
        return False  # `للوصول إلى المدنيين في عفرين`: reaching people, not arriving at the place named after them
    lo, hi = doc.tokens[towards].end, doc.tokens[min(towards + _PLACE_AFTER_TOWARDS, end - 1)].end
    if any(e.label == "LOC" and e.country and lo <= e.start < hi for e in doc.entities):
        return True
    return any(lo <= doc.tokens[r.first].start < hi and (r.kind == "capital" or doc.actor(r.actor_id).kind == "state")
               for r in doc.mentions)


def codes_of(doc: Document) -> dict[str, str]:
    return {a.id: a.code for a in doc.actors}


def foreign_first(recipients: list[str], actors: list[str], codes: dict[str, str]) -> list[str]:
    """`العلاقات بين العراق وروسيا` after an Iraqi actor: the actor's own country is no recipient
    when the same list names a foreign one; a state and its own organs never act on each other."""
    actor_codes = {codes.get(a, "") for a in actors}
    own = {c[:3] for c in actor_codes}
    kept = [r for r in dict.fromkeys(recipients) if not _own_state_pair(actor_codes, codes.get(r, ""))]
    foreign = [r for r in kept if codes.get(r, "")[:3] not in own]
    return foreign if foreign else kept


def _own_state_pair(actor_codes: set[str], recipient: str) -> bool:
    """`فيما اكد دعم العراق` read as IRQGOV -> IRQ: a bare state and an organ of that same state."""
    for actor in actor_codes:
        if actor[:3] == recipient[:3] and actor != recipient:
            bare, organ = (actor, recipient) if len(actor) == 3 else (recipient, actor)
            if len(bare) == 3 and organ[3:] in _STATE_ORGANS:
                return True
    return False


def citizen_to_own_state(doc: Document, actors: list[str], recipients: list[str]) -> bool:
    """Every visitor is a citizen (no state organ) and every host the visitors' own state or one of its organs
    (`سيدة وصلت إلى مدينة دوما`: a civilian arriving in her own country holds no talks)."""
    if not actors or not recipients:
        return False
    visitors = [doc.actor(a) for a in actors]
    hosts = [doc.actor(r) for r in recipients]
    countries = {v.country for v in visitors}
    return (all(v.sector not in _STATE_ORGANS for v in visitors) and len(countries) == 1
            and all(h.country in countries and h.sector in _STATE_ORGANS for h in hosts))


def opens_quote_without_subject(doc: Document, m: PhraseMatch[Trigger], quote) -> bool:
    """`قال كايتانو "اعتذر لنظيري الكويتي"`: a verb opening a quotation, followed by a preposition rather
    than a subject, is the speaker's "I" (أعتذر written without its hamza) - unless a party stands right
    before the quotation as its subject (`إن المملكة "أذنت للأمم المتحدة"`)."""
    tokens = doc.tokens
    opening = next((k for k in range(m.first, -1, -1) if tokens[k].start < quote.span.start or not tokens[k].is_word), -1) + 1
    nxt = tokens[m.last] if m.last < len(tokens) else None
    subject_before = any(r.last in (m.first - 1, m.first) and r.actor_id != quote.speaker for r in doc.mentions)
    return (opening == m.first and nxt is not None and not subject_before
            and (nxt.prefix.startswith(DATIVE) or nxt.norm in OBJECT_PREPOSITIONS))


def actor_of_previous_act(before: list[MentionRef], earlier: list[Event], sentence: int) -> MentionRef | None:
    """The mention before the trigger of the actor of the sentence's last visit or meeting so far, if any."""
    previous = next((e for e in reversed(earlier) if e.sentence == sentence and e.actor), None)
    if previous is None or previous.type != "CONSULT":
        return None
    return next((r for r in before if r.actor_id in previous.actor), None)


def quoted_apart(doc: Document, ref: MentionRef, trigger: int) -> bool:
    """`قائلا "إن الوقت حان ... لأنها تهدد"`: a verb inside a quotation is not the act of a party named
    outside it (the speaker's own acts are the first-person verbs, handled apart; nouns such as `"تصميمه"`
    or a quoted name such as `"مسيرات العودة"` still are)."""
    start = doc.tokens[trigger].start
    quote = doc.quote_at(start)
    return quote is not None and not quote.span.start <= doc.tokens[ref.first].start < quote.span.end


def describes_previous(doc: Document, mentions: list[MentionRef], ref: MentionRef) -> bool:
    """`قناة "الجزيرة" القطرية`: a demonym right after a party of its own country (a closing quote
    between at most) describes that party and is no party of its own; after an armed group, whatever its
    country (`ميليشيات الحوثي الإيرانية`: Iran-backed), too."""
    if ref.kind != "adjective":
        return False
    country = doc.actor(ref.actor_id).country
    return any(o.last <= ref.first and not any(t.is_word for t in doc.tokens[o.last : ref.first]) and ref.first - o.last <= 1
               and (doc.actor(o.actor_id).country == country or doc.actor(o.actor_id).sector == "REB")
               for o in mentions if o is not ref)


def named_after_demonym(doc: Document, mentions: list[MentionRef], ref: MentionRef) -> MentionRef:
    """`والإيراني حسن روحاني`: a demonym right before its own country's named official stands for that official."""
    if ref.kind != "adjective":
        return ref
    country = doc.actor(ref.actor_id).country
    return next((o for o in mentions if o.first == ref.last and doc.actor(o.actor_id).country == country), ref)


def without_own_civilians(doc: Document, actors: list[str], recipients: list[str]) -> list[str]:
    """`شكره الجزيل لأهالي القرينة على دعمهم`, `دعا عموم المواطنين بالابتعاد`: a state's praise, pledge or appeal to its
    own people is civic news, no dyad between political actors (a cleric's or party's solidarity with protesters is)."""
    own = {doc.actor(a).country for a in actors if doc.actor(a).sector in _STATE_VOICES}
    return [r for r in recipients if not (doc.actor(r).sector == _CIVILIANS and doc.actor(r).country in own)]
