"""Event detection: triggers, their status and type, and the events they make.

For each trigger in a sentence, `events.arguments` finds the actor (the verb's
subject: in Arabic's usual verb-subject-object order the first actor mention
right after the verb, else a mention right before it) and the recipient (the
next actor mention after that). EVENTS.md conventions applied in the two
modules: a host (`استقبل`) is the recipient of a visit; signing and joint talks
put every party in `actor`; planned meetings, visits and signings are AGREE;
negated and hypothetical events are marked so.

This module holds the trigger loop, status (negation, hypothesis, future) and type
corrections; who acts on whom is `events.arguments`, the word-order tests both use
live in `events.clauses`, what the document's actors are to an event in
`events.parties`, and the passes over a sentence's finished events in
`events.filters`.
"""

from __future__ import annotations

from marsad.doc import OFFICE_SECTORS, Document, Event, Location, Sentence, Span, Token
from marsad.events.clauses import (
    CAMPAIGN_HEADS, COMITATIVE, charged_act, DATIVE, FUTURE_PREFIXES, LAUNCH_VERBS,
    after_preposition_word, endangers, exposed_to, exposed_verb_before,
    has_article, fused_preposition_before_stem, investigation_told, lemma, present_tense, purpose_noun, sport_story, standing_measure,
    through_light_verb, vows,
    word_within,
)
from marsad.events.parties import (
    citizen_to_own_state, city_met_in, governments, held_where_arrested, host_by_place, quits_a_deal, without_own_civilians
)
from marsad.events.filters import (
    AFTER_RULE, CONTENT_KINDS, addressed_to_the_meeting, aimed_at_the_doer, meeting_told_before,
    without_complements, without_stated_evaluations
)
from marsad.events.arguments import (
    ArgumentFinder, ARMED, COMPLEMENTIZERS, COMPLETE_MODES, FIRST_PERSON_POSSESSIVE, FIRST_PERSON_PREFIXES, OBJECT_NEEDED,
    OUTLET, PATIENT_NOUN_TYPES, RELATIVE_PRONOUNS, RESTATES, SUBJECT_AFTER, TWO_STATES_RULE, VICTIM_SECTORS,
)
from marsad.events.lexicon import EventLexicon, Trigger
from marsad.lang import words
from marsad.text.phrases import PhraseMatch
from marsad.text.tokens import OBJECT_PREPOSITIONS, variants


_FUTURE_TO_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
_NOT_YET = {"REQUEST", "ACCUSE", "PROTEST", "REJECT", "ASSAULT"}  # acts of words, and attacks: a future one is an intention, not yet an event
_TARGETING = words.function_word_set("targeting")
_PROPOSING = words.function_word_set("proposing")
_RETALIATION = words.function_word_set("retaliation")
_PLEDGE_REACH = 4  # words from a pledge verb to what is pledged (`تعهد الرئيس السوري بشار الأسد باستعادة`)
_MEASURE_NOUNS = words.function_word_set("measure_noun")
_SIDELINES = words.function_word_set("sidelines")
_POLEMIC_NOUNS = words.function_word_set("polemic_noun")
_LAUNCHED_REACH = 16  # words from a launching verb to its object noun (its subject and an apposition between)
_DENIED_OBJECT_REACH = 9  # words from a denying verb to the act noun it denies (its subject and apposition between)
# acts whose verb form behind ب is their verbal noun done by the clause's subject (`قامت بقتل`, `قرارا بطرد الملحق`);
# any other verb form behind a fused ب is no verb (`بعرض صورة المرشح`, `بشكر الداعمين`): its noun reading, or nothing
_DONE_BEHIND_BI = PATIENT_NOUN_TYPES | {"SANCTION"}
_TANWEEN = words.letters("tanween")
_MY = tuple(s for s in FIRST_PERSON_POSSESSIVE if len(s) == 1)  # ي "my" (not نا, which on a verb is "us": دعانا)
_FORCES = frozenset({"MIL", "REB", "COP", "SPY", "UAF"})  # armed and police bodies
_ARMED_SIDES = _FORCES | {"GOV"}  # who may raid with no target named: armed bodies and governments (`هجوم النظام السوري`)
_DENIALS = words.function_word_set("denial")  # نفى: its that-clause is denied
_DENIED_REACH = 4  # words from the trigger back to أن, and from أن back to the denying verb
_NOT_AN_EVENT = "NONE"  # lexicon rows that only block a shorter trigger (تبحث عن "looks for")
_ARMED_SENSE = words.function_word_set("armed_sense")
_DEMONSTRATIVES = words.function_word_set("demonstrative")
_RECIPROCALS = words.function_word_set("reciprocal")
_RECIPROCAL_REACH = 2  # words from a trigger to `بعضنا` or `منهما` (اتهام كل منهما)
_STANDING = frozenset({"SUPPORT"})
_BACKING_VERBS = words.function_word_set("backing_verb")  # دعم: its present tense is a standing relation
_BACKGROUND_OPENERS = words.function_word_set("relative_pronoun") | words.function_word_set("background_clause")
_BACKGROUND_REACH = 3  # words from a relative pronoun or علما to the verb (التي تدعمها، علما بأن تركيا تدعم)
_REFUGEES = "REF"
_PRESS = frozenset({OUTLET, "JRN"})  # outlets and journalists: who speaks to them gives an interview
_CIVIC_TYPES = frozenset({"SUPPORT", "AGREE", "REQUEST"})  # cooperative words a state also says to its own people
_MONITORS = frozenset({"NGO", OUTLET})  # rights groups (a PLOVER "country") and outlets report violence; they commit none
_DEPARTING = words.function_word_set("departing")
_MEDIA = words.function_word_set("medium")
_TROOPS = words.function_word_set("troops")
_SENDING = words.function_word_set("sending")
_MEDIUM_REACH = 4  # words from a ban to the medium banned (حظرت مصر موقع), or from أرسل to the troops sent
_INVITING = words.function_word_set("inviting")
_INVITATION_REACH = 5  # words from an inviting verb to the visit or meeting it invites to


class EventFinder:
    def __init__(self, lexicon: EventLexicon):
        self.lex = lexicon
        self.arguments = ArgumentFinder(lexicon)  # who acts on whom (events.arguments)
        self._widest_scope = max((mk.scope for mk in lexicon.markers.values()), default=0)

    def __call__(self, doc: Document) -> None:
        events: list[Event] = []
        evaluations: dict[int, str] = {}  # events read from an evaluative word or a charge: their trigger kind
        in_name = {k for r in doc.mentions if r.kind != "adjective" for k in range(r.first, r.last)}
        sport_article = sport_story(doc.tokens)
        for s_idx, sent in enumerate(doc.sentences):
            # read once, at the sentence's first trigger that is no act of force; a sport story's sentences all are
            sport: bool | None = True if sport_article else None
            for m in self.lex.triggers.scan(doc.tokens, sent.first_token, sent.last_token):
                if m.payload.type not in PATIENT_NOUN_TYPES:
                    if sport is None:
                        sport = next(iter(self.lex.non_political.scan(doc.tokens, sent.first_token, sent.last_token)), None) is not None
                    if sport:
                        continue  # `وصلت بعثة الفريق الأول لكرة القدم إلى تركيا`: sport and arts news tell no political event
                if m.first in in_name or m.payload.type == _NOT_AN_EVENT:  # a name is not a trigger (شكري is not شكر)
                    continue
                if m.payload.kind == "verb" and has_article(doc.tokens[m.first], m.variant):
                    continue  # a verb takes no article: البحث is "the search", not بحث "discussed"
                if m.payload.kind == "verb" and any(doc.tokens[m.last - 1].norm == m.variant + s for s in _MY):
                    continue  # a verb takes no "my": أداني (Adani, a name) is not أدان "condemned" (its "me" is ني)
                if m.payload.type == "CONSULT" and m.payload.kind != "verb" and m.first > 0 and doc.tokens[m.first - 1].base in _SIDELINES:
                    continue  # `على هامش القمة العربية`: the gathering a meeting is held beside is its occasion, no event here
                if m.payload.kind == "verb" and any(mark in doc.tokens[m.first].text for mark in _TANWEEN):
                    # `تلقي تلك القوات دعماً أميركياً`: a word written with a noun's case ending is the noun
                    m = self._noun_reading(doc.tokens, m, sent)
                    if m is None:
                        continue
                if m.payload.kind == "verb" and doc.tokens[m.first].prefix.endswith(COMITATIVE) and not m.variant.startswith(COMITATIVE):
                    # `وبحثا` is و + بحثا "and they discussed", not و + ب + حثا "urged": a reading that keeps the ب wins
                    m = next((alt for alt in self.lex.triggers.match_at(doc.tokens, m.first) if alt.payload.kind == "verb"
                              and alt.variant.startswith(COMITATIVE) and alt.last <= sent.last_token), m)
                    if m.payload.kind == "verb" and not m.variant.startswith(COMITATIVE) and m.payload.type not in _DONE_BEHIND_BI:
                        # `أشاد بتعهد الخرطوم`: the pledge noun, not تعهد "pledged"; `بعدم السماح بعرض صورة المرشح`: no
                        # offer (no verb takes a fused ب; acts of force and sanctions excepted, `_DONE_BEHIND_BI`)
                        m = self._noun_reading(doc.tokens, m, sent)
                        if m is None:
                            continue
                if m.payload.kind == "verb" and (fused_preposition_before_stem(doc.tokens[m.first], m)
                                                 or self._object_of_stance(doc, m, sent)):
                    # `لطرد وحدات`, `وندد الاتحاد الأوروبي بقصف المدنيين`: a past stem behind a fused ل, or behind ب as
                    # the object of a verb of stance, is the verbal noun, where the lexicon has it
                    m = self._noun_reading(doc.tokens, m, sent) or m
                if m.payload.kind == "verb" and after_preposition_word(doc.tokens, m.first, sent.first_token):
                    # no verb follows a preposition: `أعربت عن إدانتها` is the noun (إدانة), not أدانتها "she condemned it"
                    m = self._noun_reading(doc.tokens, m, sent)
                    if m is None:
                        continue
                if exposed_to(doc.tokens, m.first, sent.last_token) or (m.payload.type == "AGREE" and endangers(doc.tokens, m, sent.last_token)):
                    continue  # `المنطقة التي تعرض للقصف`, `يعرضون أنفسهم للخطر`: suffering or risking is no offer
                if any(t.norm in _RECIPROCALS for t in doc.tokens[m.last : min(sent.last_token, m.last + _RECIPROCAL_REACH)]):
                    continue  # `علينا أن نساعد بعضنا`, `اتهام كل منهما للآخر`: no one-way dyad
                if m.payload.kind != "verb" and m.payload.type != "CONSULT" and m.first > 0 and doc.tokens[m.first - 1].norm in _DEMONSTRATIVES:
                    continue  # `وأكدت مصادر فلسطينية هذا الاستهداف`: an act pointed back at was told already
                if self._aims_another_act(doc.tokens, m, sent.first_token):
                    continue  # `العقوبات تستهدف الصناعات`: what a sanction aims at is no attack
                if self._launches_another_act(doc.tokens, m, sent.last_token):
                    continue  # `شنت حملة اعتقالات`: launching a campaign of arrests is the arrests, no attack
                ev = self._event(doc, s_idx, sent, m, events, sport_article)
                if ev is not None:
                    events.append(ev)
                    if m.payload.args in CONTENT_KINDS:
                        evaluations[id(ev)] = m.payload.args
        events = without_stated_evaluations(events, evaluations)
        events = without_complements(doc, events)
        addressed_to_the_meeting(events)
        aimed_at_the_doer(doc, events)
        doc.events = events

    # --- one trigger ------------------------------------------------------

    def _event(self, doc: Document, s_idx: int, sent: Sentence, m: PhraseMatch[Trigger], earlier: list[Event],
               sport_article: bool) -> Event | None:
        trig = m.payload
        tokens = doc.tokens
        span = doc.span(tokens[m.first].start, tokens[m.last - 1].end)
        status, future = self._status(doc, sent, m)
        if status == "asserted" and purpose_noun(tokens, m) and exposed_verb_before(tokens, m.first) is None:
            status = "hypothetical"  # `لمنع طهران من صنع قنبلة`: what an act is for has not happened
        if status == "asserted" and m.payload.kind == "verb" and m.first >= 2 and tokens[m.first - 1].norm in RELATIVE_PRONOUNS:
            # `منع الهجمات التي يشنها داعش`: the verb of a relative clause on an act tells that act, with its status
            antecedent = next((e for e in earlier if e.sentence == s_idx and e.triggers[-1].end <= tokens[m.first - 1].start
                               and any(t.end == tokens[m.first - 2].end for t in e.triggers)), None)
            if antecedent is not None and antecedent.status != "asserted":
                status = antecedent.status
        actors, recipients, rule = self.arguments(doc, sent, through_light_verb(tokens, m), earlier)
        if (trig.type == "AGREE" and trig.kind != "verb" and recipients
                and (invitee := self._invitee(doc, m)) is not None and actors == [invitee]):
            # `تحمل دعوة رسمية لرئيس الوزراء لزيارة موسكو`: the one invited (after ل) is the recipient; the host invites
            actors, recipients = recipients, [invitee]
            rule += "; the one invited is the recipient, the place to visit the host"
        spokesman = self._own_state_speaker(doc, sent, m, actors)
        restated = meeting_told_before(earlier) if rule == RESTATES else None
        if spokesman is not None:
            actors, recipients = [spokesman], [r for r in recipients if r != spokesman]
            rule += "; a state named by its own official speaking: the official"
        etype, mode = trig.type, trig.mode
        if future and etype in _FUTURE_TO_AGREE:
            etype, mode = "AGREE", ""
            rule += "+future→AGREE"
        elif future and etype in _NOT_YET and status == "asserted":
            status = "hypothetical"  # `من المتوقع أن تطلب ماي`: a demand or protest still to come is not yet made
            rule += "; future: not yet done"
        if etype == "AGREE" and lemma(trig) in _PROPOSING and self._pledges_force(tokens, m, sent):
            etype, mode = "THREATEN", ""  # `تعهدت واشنطن برد قوي`, `روسيا تتعهد بإسقاط أي صواريخ`: a vow of force threatens
            rule += "; a pledge of retaliation or force→THREATEN"
        if etype == "REQUEST" and lemma(trig) in _INVITING and self._meeting_follows(tokens, m.last, sent.last_token):
            etype, mode = "AGREE", ""  # `دعاه فيها للقيام بزيارة رسمية إلى مصر`: an invitation (EVENTS.md rule 3)
            rule += "; an invitation to visit or meet→AGREE"
        if lemma(trig) in _DEPARTING and actors and not any(doc.actor(a).sector in ARMED for a in actors):
            return None  # `وغادرت ميركل عمان`: an official leaving a place ends a visit; it withdraws from nothing
        if quits_a_deal(doc, trig, actors):
            etype = "SANCTION"  # `انسحاب واشنطن من الاتفاق`: a government walking out of a deal punishes its partner
            rule += "; a government or firm withdrawing→SANCTION"
        if etype == "SANCTION" and trig.kind == "verb" and word_within(tokens, m.last, sent.last_token, _MEDIUM_REACH, _MEDIA):
            etype, mode = "COERCE", "censor"  # `حظرت مصر موقع هيومن رايتس ووتش`: banning a website or paper censors it
            rule += "; banning a medium→COERCE censor"
        if (etype in ("AID", "SANCTION") and trig.kind == "verb" and lemma(trig) in _SENDING
                and word_within(tokens, m.last, sent.last_token, _MEDIUM_REACH, _TROOPS)):
            # `أرسلت السلطات تعزيزات إلى البصرة`, `استدعت جماعة الحوثي تعزيزات`: sending or calling in troops deploys them
            etype, mode, recipients = "MOBILIZE", "troops", []
            rule += "; sending troops→MOBILIZE"
        if (etype in _STANDING and trig.kind == "verb" and not future and present_tense(m) and (
                any(t.norm in _BACKGROUND_OPENERS for t in tokens[max(sent.first_token, m.first - _BACKGROUND_REACH) : m.first])
                or (lemma(trig) in _BACKING_VERBS and not m.variant.startswith(FIRST_PERSON_PREFIXES)
                    and doc.quote_at(tokens[m.first].start) is None))):
            # `الحوثيين الذين تدعمهم إيران`, `بينما تدعم أمريكا وتركيا المتمردين`: a standing relation told as background,
            # no act (but `نحن ندعم`, or a present verb in a quotation, declares support)
            return None
        if etype == "ACCUSE" and lemma(trig) in _ARMED_SENSE and any(doc.actor(a).sector in ARMED for a in actors + recipients):
            etype, mode = "ASSAULT", ""  # `مقاتلون من داعش هاجموا رتلا للقوات`: armed men attacking fight, they do not criticise
            rule += "; attacking by or on armed men→ASSAULT"
        if etype == "SUPPORT" and self.arguments.tried_agreement(tokens, m):
            etype, mode = "CONSULT", ""  # `يحاول البلدان التوصل إلى اتفاق`: trying to reach an agreement is negotiating
            rule += "; trying to reach an agreement→CONSULT"
        if etype == "ASSAULT" and self._polemic(doc, m, actors, recipients):
            etype, mode = "ACCUSE", "disapprove"  # `شن دونالد ترامب هجوما على منافسه`: a politician attacks in words
            rule += "; an attack by an unarmed person on an unarmed party→ACCUSE"
        if (etype, mode) == ("SANCTION", "expel") and any(doc.actor(r).sector in ARMED for r in recipients):
            etype, mode = "ASSAULT", ""  # `طرد التنظيم من معقله`: driving armed men out is fighting, not a diplomatic expulsion
            rule += "; expelling an armed group→ASSAULT"
        ev = Event(
            id="",
            type=etype,
            mode=mode,
            actor=actors,
            recipient=[r for r in recipients if r not in actors],
            triggers=[span] + self._demanded_act(doc, sent, m, recipients),
            status=status,
            sentence=s_idx,
            rule=rule,
            evidence=[f"trigger {trig.kind} '{trig.form}' → {trig.type}/{trig.mode or '-'} ({trig.args})"],
            restates=restated,
            complete_alone=(trig.args == "alone" or trig.mode in COMPLETE_MODES or vows(tokens, m)
                            or (trig.kind == "verb" and lemma(trig) in _PROPOSING and len(set(actors)) == 1)  # `اقترحت روسيا هدنة`
                            or (not sport_article and self._raid_by(doc, m, actors, rule))),
        )
        if etype in PATIENT_NOUN_TYPES and ev.actor and all(_MONITORS.intersection((doc.actor(a).country, doc.actor(a).sector)) for a in ev.actor):
            return None  # `وأعلن المرصد السوري لحقوق الإنسان عن مقتل نحو 80 مدنيا`: the monitor reports the killing
        if etype == "SANCTION" and trig.kind == "noun" and trig.mode == "discontinue" and standing_measure(tokens, sent, m):
            return None  # `للالتزام بالعقوبات الأمريكية على إيران`: sanctions in force, named as a topic, are no new act
        if mode == "investigate" and not investigation_told(tokens, sent, m):
            return None
        if etype == "THREATEN" and trig.kind != "verb" and not ev.recipient:
            return None  # `لمواجهة التهديدات الجديدة`: threats named as a topic, no one threatened
        if etype == "CONSULT":
            if any(doc.actor(a).sector == _REFUGEES for a in ev.actor + ev.recipient):
                return None  # `رفضها استقبال لاجئين`: taking in refugees is no meeting
            if any(doc.actor(a).sector in _PRESS for a in ev.actor + ev.recipient):
                return None  # `خلال اتصال هاتفي مع «الشرق الأوسط»`: an interview with the press is no talks between parties
            if mode == "visit" and citizen_to_own_state(doc, ev.actor, ev.recipient):
                return None  # `خاشقجي ... بعد زيارته للقنصلية السعودية`: a citizen at his own state's office holds no talks
            if not rule.startswith(TWO_STATES_RULE):  # (`يحاول البلدان`: "the two countries" are named as states)
                ev.actor, ev.recipient = governments(doc, ev.actor), governments(doc, ev.recipient)
        if etype in _CIVIC_TYPES and ev.recipient:
            ev.recipient = without_own_civilians(doc, ev.actor, ev.recipient)
            if not ev.recipient and not ev.complete_alone and len(ev.actor) < 2:
                return None
        if etype == "COERCE":
            held_where_arrested(doc, ev.actor, ev.recipient)
        ev.context = self._contexts(doc, sent)
        ev.location = self._location(doc, sent)
        if etype == "CONSULT" and not ev.mode and restated is None and (city := city_met_in(doc, sent, m)) is not None:
            host_by_place(doc, ev, city)
        return ev

    def _status(self, doc: Document, sent: Sentence, m: PhraseMatch[Trigger]) -> tuple[str, bool]:
        """(status, future) from markers governing the trigger."""
        tokens = doc.tokens
        future = m.payload.kind == "verb" and m.variant.startswith(FUTURE_PREFIXES) and len(m.variant) > 4
        status = "asserted"
        lo = max(sent.first_token, m.first - self._widest_scope)
        for k in range(m.first - 1, lo - 1, -1):
            tok = tokens[k]
            # one-word markers, and two-word ones (`كثيرا ما`) read from their first word
            pair = (f"{v} {tokens[k + 1].norm}" for v in variants(tok.norm)[:2]) if k + 1 < m.first else ()
            for v in (*pair, *variants(tok.norm)[:3]):
                marker = self.lex.markers.get(v)
                if marker and m.first - k <= marker.scope:
                    if marker.effect == "future":
                        future = True
                    elif status == "asserted":
                        status = marker.effect
                    break
        if status == "asserted" and (self._denied_clause(tokens, sent, m) or self._denied_object(doc, m, sent)):
            status = "negated"  # `نفى أردوغان بقوة أن تكون تركيا تساعد تنظيم داعش`: what a denial's that-clause says
        if status == "asserted" and charged_act(tokens, sent, m):
            status = "hypothetical"  # `اتهمت إيران السعودية بدعم الانفصاليين`: the act alleged is the accusation's content
        return status, future

    def _invitee(self, doc: Document, m: PhraseMatch[Trigger]) -> str | None:
        """The party right after an invitation noun with ل (`دعوة رسمية لرئيس مجلس الوزراء`), if any."""
        tokens = doc.tokens
        if not OBJECT_NEEDED["invite"].intersection(variants(tokens[m.first].norm)[:2]):
            return None
        return next((r.actor_id for r in doc.mentions
                     if r.start_token == m.last and tokens[r.start_token].prefix.startswith(DATIVE)), None)

    def _demanded_act(self, doc: Document, sent: Sentence, m: PhraseMatch[Trigger], recipients: list[str]) -> list[Span]:
        """`إن على الولايات المتحدة سحب المقاتلين`: an obligation told to a party is also told by the act it is to do,
        the word right after the party (a noun, not a preposition or a mark)."""
        if m.payload.type != "REQUEST" or m.payload.args != "speaker" or m.payload.kind != "phrase":
            return []
        addressee = next((r for r in doc.mentions if r.start_token == m.last and r.actor_id in recipients), None)
        if addressee is None or addressee.last >= sent.last_token:
            return []
        act = doc.tokens[addressee.last]
        if not act.is_word or act.prefix or act.norm in OBJECT_PREPOSITIONS:
            return []
        return [doc.span(act.start, act.end)]

    def _pledges_force(self, tokens: list[Token], m: PhraseMatch[Trigger], sent: Sentence) -> bool:
        """What a pledge pledges (the first word with ب, or a word of retaliation, a few words on) is retaliation or
        an attack or arrest: `تعهدت واشنطن برد قوي`, `روسيا تتعهد بإسقاط أي صواريخ`."""
        pledged = next((k for k in range(m.last, min(sent.last_token, m.last + _PLEDGE_REACH))
                        if tokens[k].prefix.endswith(COMITATIVE) or tokens[k].norm in _RETALIATION), None)
        return pledged is not None and (tokens[pledged].norm in _RETALIATION or any(
            h.payload.type in PATIENT_NOUN_TYPES for h in self.lex.triggers.match_at(tokens, pledged)))

    def _object_of_stance(self, doc: Document, m: PhraseMatch[Trigger], sent: Sentence) -> bool:
        """`وندد الاتحاد الأوروبي بقصف`, `طالبت بطرد`: a past stem behind ب (not one that keeps the ب, `وبحثا`) right
        after a verb of condemning, demanding, welcoming or threatening and its subject is what that verb is about."""
        token = doc.tokens[m.first]
        if not token.prefix.endswith(COMITATIVE) or m.variant.startswith(COMITATIVE) or present_tense(m):
            return False
        return self.arguments.stance_verb_before(doc, m, sent)

    def _denied_object(self, doc: Document, m: PhraseMatch[Trigger], sent: Sentence) -> bool:
        """`نفى فيها وزير الخارجية الإيراني، جواد ظريف تسليح جماعة الحوثي`: an act noun right after a denying verb
        and its subject is what is denied."""
        tokens = doc.tokens
        return m.payload.kind != "verb" and any(
            tokens[k].norm in _DENIALS and self.arguments.only_subject_between(doc, k + 1, m.first)
            for k in range(max(sent.first_token, m.first - _DENIED_OBJECT_REACH), m.first))

    def _noun_reading(self, tokens: list[Token], m: PhraseMatch[Trigger], sent: Sentence) -> PhraseMatch[Trigger] | None:
        """Another reading of the trigger's word as a noun, within the sentence (`إدانتها`, `تعهد`), if the lexicon has one."""
        return next((alt for alt in self.lex.triggers.match_at(tokens, m.first)
                     if alt.payload.kind != "verb" and alt.last <= sent.last_token), None)

    def _aims_another_act(self, tokens: list[Token], m: PhraseMatch[Trigger], first: int) -> bool:
        """A targeting verb right after the noun of a non-violent act (`العقوبات تستهدف`) or of a measure aims that act."""
        if m.payload.kind != "verb" or lemma(m.payload) not in _TARGETING or m.first <= first:
            return False
        if any(v in _MEASURE_NOUNS for t in tokens[max(first, m.first - 2) : m.first] for v in variants(t.norm)[:2]):
            return True  # `في خطوة تستهدف تجفيف منابع تمويل الجماعات`: a measure aims, it does not strike
        return any(h.payload.kind == "noun" and h.payload.type not in ("ASSAULT", "CONSULT") and h.last == m.first
                   for k in range(max(first, m.first - 3), m.first) for h in self.lex.triggers.match_at(tokens, k))

    def _launches_another_act(self, tokens: list[Token], m: PhraseMatch[Trigger], end: int) -> bool:
        """A launch verb (شن) before a campaign noun and the trigger of another kind of act."""
        if m.payload.type != "ASSAULT" or not LAUNCH_VERBS.intersection(variants(tokens[m.first].norm)[:3]):
            return False
        # (`وشنت السلطات التركية حملة اعتقالات`: the subject may stand between)
        head = next((k for k in range(m.last, min(end - 1, m.last + SUBJECT_AFTER + 2)) if tokens[k].norm in CAMPAIGN_HEADS), None)
        return head is not None and any(h.payload.type != "ASSAULT" for h in self.lex.triggers.match_at(tokens, head + 1))

    def _own_state_speaker(self, doc: Document, sent: Sentence, m: PhraseMatch[Trigger], actors: list[str]) -> str | None:
        """`أكد عبد اللهيان استعداد إيران للتعاون`, `"العراق يتطلع ..."` said by an Iraqi minister: a state
        acting in its own official's words is that official's act."""
        if len(actors) != 1 or doc.actor(actors[0]).kind != "state":
            return None
        country = doc.actor(actors[0]).country
        start = doc.tokens[m.first].start
        quote = doc.quote_at(start)
        if quote is not None and quote.speaker:
            speaker = doc.actor(quote.speaker)
        else:
            opening = next((r for r in doc.mentions if sent.first_token <= r.first < m.first and r.kind in ("name", "role")), None)
            speaker = doc.actor(opening.actor_id) if opening else None
        if speaker is None or speaker.kind != "person" or speaker.country != country or speaker.sector not in OFFICE_SECTORS:
            return None  # (a priest or a journalist of that state does not act for it: `محاكمة قس أمريكي ... ورد أمريكا`)
        return speaker.id

    def _denied_clause(self, tokens: list[Token], sent: Sentence, m: PhraseMatch[Trigger]) -> bool:
        """The trigger is in the that-clause of a denying verb: `أن` a few words before it, a denial a few words before that."""
        that = next((k for k in range(m.first - 1, max(sent.first_token, m.first - _DENIED_REACH) - 1, -1)
                     if tokens[k].norm in COMPLEMENTIZERS), None)
        return that is not None and any(tokens[k].norm in _DENIALS for k in range(max(sent.first_token, that - _DENIED_REACH), that))

    def _polemic(self, doc: Document, m: PhraseMatch[Trigger], actors: list[str], recipients: list[str]) -> bool:
        """`هجوم` (or `شن` with it) by a person who belongs to no armed or police body, on parties that are neither
        armed nor civilians (victims), is an attack in words."""
        unarmed = _FORCES | VICTIM_SECTORS
        tokens = doc.tokens
        # (`شن ترامب، ملياردير العقارات، هجوما`: the launching verb's object noun, its subject and apposition between)
        launched = m.payload.kind == "verb" and lemma(m.payload) in LAUNCH_VERBS and any(
            _POLEMIC_NOUNS.intersection(variants(t.norm)[:2]) for t in tokens[m.last : min(len(tokens), m.last + _LAUNCHED_REACH)])
        return ((launched or (m.payload.kind == "noun" and bool(_POLEMIC_NOUNS.intersection(variants(tokens[m.first].norm)[:2]))))
                and bool(actors) and bool(recipients)
                and all(doc.actor(a).kind == "person" and doc.actor(a).sector not in _FORCES for a in actors)
                and all(doc.actor(r).sector not in unarmed for r in recipients))

    def _raid_by(self, doc: Document, m: PhraseMatch[Trigger], actors: list[str], rule: str) -> bool:
        """`هجمات جماعة بوكو حرام`, `بضربات قوات النظام`, `شن الطيران الإسرائيلي غارات`: an attack noun with an armed or
        state party as its genitive, or launched by one, is a one-sided attack even with no target named (the caller
        leaves out sport stories: `هجوم الفريق`, the team's attack)."""
        tokens = doc.tokens
        if m.payload.type != "ASSAULT" or m.payload.kind != "noun":
            return False
        launched = any(LAUNCH_VERBS.intersection(variants(t.norm)[:3]) for t in tokens[max(0, m.first - SUBJECT_AFTER - 1) : m.first])
        return ((rule.startswith(AFTER_RULE) or launched)
                and self.arguments.raid_noun(tokens[m.first])
                and all(doc.actor(a).sector in _ARMED_SIDES for a in actors))

    def _meeting_follows(self, tokens: list[Token], start: int, end: int) -> bool:
        """A visit or meeting noun within a few words (`دعاه فيها للقيام بزيارة`, `دعت إلى اجتماع`)."""
        return any(self.arguments.meeting_at(tokens, k, end) for k in range(start, min(end, start + _INVITATION_REACH)))

    def _contexts(self, doc: Document, sent: Sentence) -> list[str]:
        found: list[str] = []
        for m in self.lex.contexts.scan(doc.tokens, sent.first_token, sent.last_token):
            if m.payload not in found:
                found.append(m.payload)
        return found

    def _location(self, doc: Document, sent: Sentence) -> Location | None:
        for e in doc.entities:
            if e.label == "LOC" and sent.start <= e.start < sent.end and e.country:
                return Location(e.text, e.country)
        return None
