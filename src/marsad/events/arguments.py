"""Argument rules: who acts in an event and on whom, from the words around its trigger.

`ArgumentFinder` is called by `events.detect.EventFinder` for each trigger with the sentence and the events found
before it, and returns (actor ids, recipient ids, the rule that chose them). The rules are tried in order, the
most specific first: fixed frames (`بناء على طلب`, `بدعم من`, a received aid noun), the act noun's own arguments
(`مقتل 14 مدنيا برصاص`), then word order around the verb (VSO, SVO, a pronoun suffix's possessor, the sentence's
first party), and finally the object search up to the clause's end. The word-order tests live in
`events.clauses`, what the document's actors are to an event in `events.parties`.
"""

from __future__ import annotations

from marsad.doc import Document, Event, MentionRef, Sentence, Token
from marsad.events.clauses import (
    ABOUT_WORD, ACCUSING, ARTICLE, COMITATIVE, carries_pronoun, COMMAS, CONJUNCTION, DATIVE, FROM_WORD, GIVING_VERBS, MANNER, OBJECT_AFTER, THAT_PRONOUNS, WARNINGS, WITH_WORD, accused_before_charge, adjacent_before,
    after_agent_marker, after_preposition_word, after_witnessing, after_word, at_the_request_of, backed_by_arguments,
    conjoined, dative, declared_arguments, demonym_after_adjective, exposed_verb_before,
    gathering_suffix, governed_conjunct, holding_with_pronoun, has_object_pronoun, has_pronoun_suffix, in_partnership,
    lemma, named_as_backed, named_as_backer, object_of_preposition, object_of_that_clause, oblique_plural, passive_after,
    phrase_head, plural_verb, present_tense, stacked_adjectives, subject_of_act_verb_after, subject_of_adjacent_object, uncoded_addressee_stop, uncoded_org_subject, word_within,
)
from marsad.events.parties import (
    actor_of_previous_act, arrives_at_place, codes_of,
    describes_previous, foreign_first, named_after_demonym,
    opens_quote_without_subject, people_named_by_demonym, quits_a_deal, quoted_apart
)
from marsad.events.filters import (
    AFTER_RULE, BEFORE_RULE, SENTENCE_SUBJECT, meeting_told_before
)
from marsad.events.lexicon import EventLexicon, Trigger
from marsad.lang import words
from marsad.text.phrases import PhraseMatch
from marsad.text.normalize import normalize
from marsad.text.tokens import IN_WORD, OBJECT_PREPOSITIONS, TOWARDS, after_preposition, counted, fused_preposition, is_definite, variants


ARMED = frozenset({"REB", "MIL"})
SUBJECT_AFTER = 6  # tokens between a verb and its subject (time phrases, commas)
_ACCUSED_WORDS = 3  # words of an accused that no table names (`أرباب عمل`) before the ب-charge
_OPENING_SUBJECT = 2  # tokens before a sentence's subject at its opening (`وكان`, a verb)
_SUBJECT_BEFORE = 3
_PROTESTERS = words.function_word_set("protester")  # المتظاهرون، المحتجين: the crowd an unattributed protest is by
_MUTUAL_TYPES = frozenset({"CONSULT", "AGREE"})  # what "the two sides" do together makes a dyad both ways
_JOINED_ACT_GAP = 1  # words between the previous act's object and the و-act noun (`السفير الكندي لديها وتجميد`)
_GIVEN_TO_REACH = 3  # words from the giver to whom it gives (`تقدمه إيران للحكومة السورية`)
_FACING = words.function_word_set("facing")
_FACING_REACH = 8  # words from a "faces" verb to the charges faced (يواجه رئيس الوزراء الإسرائيلي بنيامين نتانياهو تحقيقات)
_RELEASE = words.function_word_set("release")
_EVENT_RELATIVES = words.function_word_set("event_relative")
_DISCUSSION = words.function_word_set("discussion")
_NOUNS_NOT_CARRIED = frozenset({"ASSAULT", "COERCE", "PROTEST", "AID", "ACCUSE"})  # act nouns the sentence subject does not reach
# types whose trigger far from the sentence's first party is rarely that party's act: a withdrawal, or a threat noun or
# present-tense threat (`تهدد أمن الملاحة`; a past `وتوعد` still is); on 800 unseen articles about nine in ten were wrong
_NOT_CARRIED_FAR = frozenset({"THREATEN", "RETREAT"})
# support, pledge and rejection nouns far from the sentence's first party are mostly someone else's stance (`بسبب رفض
# المدرسة لها`, `ضد مشروع قرار يقضي بوقف الدعم`), unless the subject's own words or pronoun mark them (`_own_stance`)
_STANCE_NOUNS_NOT_CARRIED = frozenset({"SUPPORT", "AGREE", "REJECT"})
_EXPRESSED_REACH = 3  # words from عن (`أعرب عن`, `عبر عن`) to the stance noun it introduces
_WEAPON_HEADS = words.function_word_set("weapon_head")
_TEMPORAL_BEFORE_THAT = words.function_word_set("temporal_that")
_BACKING_TYPES = frozenset({"SUPPORT", "AID"})  # `بدعم من X`, `بمساعدة من X`: X backs the clause's subject
_RECEIVING = words.function_word_set("receiving_verb")  # تلقى، حصل على: the subject gets the support named after
_RECEIVED_REACH = 6  # words from a receiving verb to the support noun, and from it to the من of its giver
_OPPOSED = words.function_word_set("opposed")
_CHARGING_NOUNS = words.function_word_set("charging_noun")  # اتهام, إدانة: their ب-phrase is the charge
_BLOW_WORDS = words.function_word_set("blow_word")  # قاصمة, توجيه: a blow lands on the party after ل
_RAID_NOUNS = words.function_word_set("raid_noun")
_TALKS_TOPIC = words.function_word_set("talks_topic")
TWO_STATES_RULE = "the two countries of the exchange told before"
_BOTH_STATES = words.function_word_set("both_states")  # البلدان، الدولتين: "the two countries" name states
_TRYING = words.function_word_set("trying")  # يحاول، تسعى: reaching an agreement still tried for is negotiating
_TRYING_REACH = 3  # words from a word of trying to the phrase of reaching an agreement
_RESUMPTIVE = words.function_word_set("resumptive")  # فيه، فيها: the clause's pronoun between a verb and its subject
_COMMENTING = words.function_word_set("commenting")
_DUAL_ENDINGS = words.verb_affixes("dual_ending")
_MEETING_PARTNER_REACH = 4  # words from a meeting noun to the party met or the place visited
_FUNDED_GENITIVE = words.function_word_set("funded_genitive")  # تمويل داعش: the genitive is funded
_PATIENT_POSSESSIVE = words.function_word_set("patient_possessive")  # مقتله، اعتقاله: "his" suffered the act
FIRST_PERSON_POSSESSIVE = words.clitics("first_person_possessive")  # لقائي، زيارتنا
_STANCE_TYPES = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "THREATEN", "REJECT"})  # verbs whose ب-object is an act they judge
_STANCE_REACH = 6  # words from such a verb (its subject between) to the ب-act
_DONE_PASSIVE = words.function_word_set("done_passive")  # تم, جرى before an act noun
_COOPERATIVE = frozenset({"SUPPORT", "AID", "AGREE", "COOPERATE", "CONSULT"})  # whom `ضد` names is no beneficiary of these
_OCCASION_REACH = 3  # words from an adjunct's meeting noun to the body it names (على هامش قمة العشرين)
# verbs that are an act only with a given object a few words on: وجه + دعوة invites, قطع + علاقات breaks relations,
# أسقط + طائرة shoots down
OBJECT_NEEDED = {"invite": words.function_word_set("invitation"),
                  "cut": words.function_word_set("relations"),
                  "down": words.function_word_set("aircraft"),
                  "attend": words.function_word_set("gathering"),
                  "grant": words.function_word_set("passage"),
                  "send": words.function_word_set("sent_goods") | words.function_word_set("troops")}
_NEEDED_OBJECT_AFTER = 10  # words and commas from the verb to that object (وجه شكري خطابا، الأربعاء، إلى نظيريه ... للدعوة)
_CASUALTY = words.function_word_set("casualty")
_CASUALTY_REACH = 8  # words from a casualty word (قتل) to the `في` of the attack that caused it
PATIENT_NOUN_TYPES = frozenset({"ASSAULT", "COERCE"})
# `إطلاق سراحه من قبل محكمة`, `طرد السفير`: the released or expelled follow the noun, the doer an agent marker
_PATIENT_NOUN_MODES = frozenset({"release", "expel"})
VICTIM_SECTORS = frozenset({"CVL", "REF"})
_ADJUNCT_REACH = 10  # words from a time adjunct's opener to the comma that closes it
_CONTRAST = words.function_word_set("contrast")
_AUXILIARIES = words.function_word_set("auxiliary")
_JOINTLY_DONE = frozenset({"ASSAULT", "COERCE", "SANCTION", "AID", "MOBILIZE", "THREATEN", "RETREAT"})  # acts partners share
_SIGN_REACH = 14  # words from a signing verb to what it signs (past the signer's titles and name)
_SIGNED = words.function_word_set("signed")
COMPLEMENTIZERS = words.function_word_set("complementizer")
OUTLET = "MED"
_OUTLET_TARGET_TYPES = frozenset({"ACCUSE", "COERCE", "SANCTION", "THREATEN"})
_PLURAL_POSSESSIVE = words.clitics("plural_possessive")
_CLAUSE_GOES_ON = words.function_word_set("clause_goes_on")
_CLAUSE_LINKS = words.function_word_set("clause_link") | _CONTRAST | _CLAUSE_GOES_ON  # كما، بعدما، بينما، حيث
_OWN_SIDE = words.function_word_set("own_side")
_REPORTER_REACH = 6  # words from a speech verb to the end of its subject (أفادت مصادر يمنية في صنعاء)
_AGAINST = tuple(normalize(w) for w in words.function_words("against"))
FIRST_PERSON_PREFIXES = words.verb_affixes("first_person_prefix")
_FIRST_PERSON_ENDINGS = words.verb_affixes("first_person_ending")
_ADJUNCT_OPENERS = words.function_word_set("adjunct")
_RESPONSIBILITY = words.function_word_set("responsibility")
# words and commas from a blame verb to مسؤولية (حملت إثيوبيا القاهرة كامل المسؤولية; حمل الرئيس الفلسطيني، محمود عباس، حركة حماس مسؤولية)
_BLAME_REACH = 9
_BESIDE = normalize(words.function_word("beside"))
_GATHER_REACH = 4  # words from a meeting noun to its gathering verb (القمة الثلاثية التي تجمع)
RELATIVE_PRONOUNS = words.function_word_set("relative_pronoun")
_BETWEEN = normalize(words.function_word("between"))
_BETWEEN_REACH = 3  # words from a meeting noun to its بين (مفاوضات جارية بين)
_MATERIAL_TYPES = frozenset({"AID", "ASSAULT", "MOBILIZE"})  # aid, weapons, troops: things that arrive, not visitors
COMPLETE_MODES = frozenset({"investigate"})  # an investigation is an act even before it names whom it is against
_NO_RECIPIENT = frozenset({"self", "alone", "joint", "sign"})  # argument kinds that take no recipient after the verb
RESTATES = "restates the previous meeting"


class ArgumentFinder:
    """The argument rules, with the event lexicon they read (speech verbs, clause barriers, verb gap words)."""

    def __init__(self, lexicon: EventLexicon):
        self.lex = lexicon

    def __call__(self, doc: Document, sent: Sentence, m: PhraseMatch[Trigger], earlier: list[Event]) -> tuple[list[str], list[str], str]:
        trig = m.payload
        tokens = doc.tokens
        codes = codes_of(doc)
        # actors of unknown country cannot form a dyad an analyst can use
        in_sent = [r for r in doc.mentions if sent.first_token <= r.first < sent.last_token and codes.get(r.actor_id)
                   and not self._attributed(tokens, r)]
        in_sent = [r for r in in_sent if not describes_previous(doc, in_sent, r)]
        after = [r for r in in_sent if r.start_token >= m.last]
        before = [r for r in in_sent if r.last <= m.first]
        suffix_pronoun = tokens[m.last - 1].norm != m.variant and trig.kind != "verb" and has_pronoun_suffix(tokens[m.last - 1], m)
        # `دعم بلاده للمملكة`: "his country" after an act noun is the subject's own side
        suffix_pronoun = suffix_pronoun or (trig.kind != "verb" and m.last < sent.last_token and tokens[m.last].norm in _OWN_SIDE)
        # `وعقده لقاءات منفصلة`: the act noun held by "his holding" is his
        held = trig.kind != "verb" and m.first > sent.first_token and holding_with_pronoun(tokens[m.first - 1])

        if trig.kind == "verb" and m.first > 0 and (tokens[m.first - 1].norm in _EVENT_RELATIVES or (
                m.first > 1 and f"{tokens[m.first - 2].norm} {tokens[m.first - 1].norm}" in _EVENT_RELATIVES)):
            return [], [], "a verb after 'which' has the event before as its subject"  # `مما شجع الحكومة الإسرائيلية`
        if trig.args == "speaker":
            return self._speaker_arguments(doc, sent, m, in_sent)
        if trig.type == "REJECT" and trig.kind == "verb" and self._declines_comment(tokens, m, after, sent.last_token):
            return [], [], "declining to comment or disclose is no rejection"  # `رفض الكرملين التعليق`
        if trig.args == "sign" and not self._signs_something(tokens, m.last, sent.last_token):
            return [], [], "signing verb without a document or partner: 'occurred', not 'signed'"
        if trig.args == "declared":
            return declared_arguments(tokens, before)
        if (needed := OBJECT_NEEDED.get(trig.args)) is not None and not word_within(
                tokens, m.last, sent.last_token, _NEEDED_OBJECT_AFTER, needed) and not (
                trig.args == "attend" and has_object_pronoun(tokens[m.last - 1], m)):  # (`حفل زفاف حضره`: the gathering before)
            return [], [], "a verb without the object that makes it this act"  # `وجه انتقادات`, `قطع الطريق`
        if (trig.type == "CONSULT" and trig.kind != "verb" and m.last < sent.last_token
                and any(h.payload.type in _MATERIAL_TYPES for h in self.lex.triggers.match_at(tokens, m.last))):
            return [], [], "a visit or arrival noun of aid, weapons or troops: no meeting"
        if trig.args == "arrive" and not arrives_at_place(doc, m.last, sent.last_token):
            # `وصل الأمر إلى تمويل داعش`, `العلاقات وصلت إلى مرحلة حرجة`: reaching a point is no arrival
            return [], [], "arrival verb without a place arrived at"
        if trig.type == "REQUEST" and at_the_request_of(tokens, m.first):  # (طلب there is the noun, whatever matched)
            return self._request_frame_arguments(tokens, m, before, after)
        if trig.type in _BACKING_TYPES and trig.kind == "noun" and tokens[m.first].prefix.endswith(COMITATIVE):
            backed_by = backed_by_arguments(tokens, m, after, before, sent)
            if backed_by is not None:
                return backed_by
        if trig.type in _BACKING_TYPES and trig.kind == "noun" and self._received(tokens, m):
            # `جماعة الحوثي تتلقى الدعم العسكري من الدولة الإيرانية`: who receives it gets it, from whom it comes gives it
            # (`حصلت على دعم مجلس التعاون`: or the noun's genitive; `على مساعدات تقدمها وكالات الأمم المتحدة`: or who gives it)
            giver = next((r for r in after if r.start_token - m.last <= _RECEIVED_REACH and after_word(tokens, r, FROM_WORD)), None) or next(
                (r for r in after[:1] if r.kind != "adjective" and self._noun_gap(tokens, m.last, r.start_token)
                 and not after_preposition(tokens, r.start_token)), None) or subject_of_act_verb_after(tokens, m, after, GIVING_VERBS)
            getter = next((r for r in reversed(before) if not object_of_preposition(tokens, r)), None)
            if giver is None or getter is None or giver.actor_id == getter.actor_id:
                return [], [], "support received, with no giver or no receiver named"
            return [giver.actor_id], [getter.actor_id], "support received: the party it comes from gives it to the receiver"
        if trig.type in _BACKING_TYPES and trig.kind == "noun" and (giver := subject_of_act_verb_after(tokens, m, after, GIVING_VERBS)):
            # `الدعم العسكري الذي تقدمه إيران للحكومة السورية`: the subject of the giving verb gives; whom it is for follows ل
            given_to = next((r for r in after if r.start_token > giver.start_token and r.start_token - giver.last <= _GIVEN_TO_REACH
                             and r.actor_id != giver.actor_id and (dative(tokens[r.first]) or tokens[r.start_token - 1].norm in TOWARDS)), None)
            return [giver.actor_id], ([given_to.actor_id] if given_to else []), "a giving verb after the act noun: its subject gives"
        if trig.type == "ACCUSE" and trig.kind != "verb" and any(
                _FACING.intersection(variants(t.norm)[:2]) for t in tokens[max(sent.first_token, m.first - _FACING_REACH) : m.first]):
            return [], [], "charges or an investigation the subject faces: not its act"  # `يواجه نتانياهو تحقيقات فساد`
        if trig.type == "ACCUSE" and trig.kind == "noun" and (accused := self._accused_genitive(tokens, m, after, sent)) is not None:
            # `إدانة زعيم المعارضة بتهمة التشهير`, `اتهام موسكو بالضلوع`: the party charged; the doer only after an agent marker
            doer = next((r.actor_id for r in after if after_agent_marker(tokens, r)), None)
            return ([doer] if doer else []), [accused.actor_id], "an accusation noun's genitive before its charge is the accused"
        if (trig.type == "ACCUSE" and trig.kind == "noun" and suffix_pronoun and m.last < sent.last_token
                and lemma(trig) in _CHARGING_NOUNS and self._charge_at(tokens[m.last])):
            # `إثر إدانته بمحاولة الالتحاق بتنظيم داعش`: "his" is the one charged, and the charge names no target
            doer = next((r.actor_id for r in after if after_agent_marker(tokens, r)), None)
            return ([doer] if doer else []), [], "an accusation noun's pronoun before its charge is the accused"
        blamed: list[str] = []
        if trig.args == "blame":
            blamed, after = self._blamed(doc, sent, m, after, before)
            if not blamed:
                return [], [], "carrying or bearing responsibility oneself is no blame"
        if trig.kind != "verb" and (trig.type in PATIENT_NOUN_TYPES or trig.mode in _PATIENT_NOUN_MODES):
            found = self._act_noun_arguments(doc, m, after)
            if not found[0] and self._topic_of_talks(tokens, m.first):
                return [], [], "an act discussed, with no doer stated: a topic, not the speakers' act"
            if found[0] and not found[1] and suffix_pronoun and (possessor := [r for r in before if r.actor_id not in found[0]]):
                # `عقب إطلاق سراحه من قبل محكمة تشيكية`: "his" is the one the act befell
                return found[0], [possessor[-1].actor_id], found[2] + "; the noun's pronoun is its victim"
            verb = exposed_verb_before(tokens, m.first)
            if verb is not None and not found[0]:
                return [], [], "exposed to an act whose doer is not stated"  # `تتعرض لهجمات`: the subject suffers it
            if verb is not None and not found[1] and (
                    exposed := [r for r in in_sent if r.actor_id not in found[0] and r.last <= m.first and r.first > verb - 3
                                and not after_preposition(tokens, r.start_token)]):
                # `وتعرضت القوات العراقية لهجوم لتنظيم داعش`: who is exposed to the act suffers it
                return found[0], [exposed[-1].actor_id], found[2] + "; the one exposed to it is its victim"
            if found[0] and not found[1] and (told := self._casualties_before(doc, m, in_sent, found[0])):
                # `قتل ثلاثة جنود أتراك في هجوم لحزب العمال`: the people told killed are the attack's victims
                return found[0], told, found[2] + "; the casualties told before it are its victims"
            if found[0]:
                return found
            if self._suffered_by_pronoun(tokens, m, sent):
                # `تزعم مصادر تركية أنها تثبت مقتله`: "his killing" is done to him, by no one named; but
                # `أعلنت الشرطة اعتقاله`: who announces an arrest made it
                if before and self._announced_by(tokens, before[-1], m.first):
                    return [before[-1].actor_id], [], "announced act noun whose pronoun is its victim: the announcer did it"
                return [], [], "act noun whose pronoun is its victim, with no doer stated"
            adjacent_victim = next((r for r in after if r.kind != "adjective" and (r.start_token == m.last or (
                r.start_token == m.last + 1 and counted(tokens, r.start_token)))), None)
            if (adjacent_victim is not None and doc.actor(adjacent_victim.actor_id).sector in VICTIM_SECTORS
                    and not (before and self._announced_by(tokens, before[-1], m.first)) and not self.raid_noun(tokens[m.first])):
                # `ردود أفعال الدول الكبرى على ... مقتل عشرات الفلسطينيين`: civilians killed by no stated hand
                # (but `أعلن الجيش الإسرائيلي اعتقال 21 فلسطينيا`: the army announces its own arrests)
                return [], [], "act noun with its victims but no stated doer"
        if self._first_person_noun(doc, m):
            return [], [], "an act noun of 'my' or 'our' outside a quotation: the writer's or an unnamed interviewee's"
        speaker = self._first_person_speaker(doc, m)
        if speaker is not None:
            # `"نحن نتصدى لمحاولات الأمريكيين"`: a "we" verb in a quotation is the speaker's act
            targets = [r for r in after if r.actor_id != speaker and r.kind != "coref"]
            return [speaker], ([targets[0].actor_id] if targets and trig.args not in _NO_RECIPIENT else []), "first person in a quote: the speaker"
        subject: MentionRef | None = None
        rule = ""
        if (trig.kind == "verb" and not has_object_pronoun(tokens[m.last - 1], m)
                and self._act_noun_subject(tokens, m, sent.first_token)):
            # `إن الهجوم استهدف قوة عسكرية`: the act named right before the verb is its subject; no party is told here
            # (`قصف جوي شنته قوات النظام`: with an object pronoun the noun is the verb's object, its subject follows)
            return [], [], "an act noun right before the verb is its subject"
        carried = self._carried_subject(doc, m, earlier, after, sent)
        if carried is not None:
            # `أكد الوزير ... واتهم تركيا`: a coordinated verb keeps the subject; the state after it is its object
            actor_ids, obj_ids = carried
            return actor_ids, obj_ids, "coordinated verb keeps the sentence's actor"
        if (joined := _act_noun_joined_to_previous(doc, m, earlier)) is not None:
            # `قرار الرياض طرد السفير الكندي وتجميد التعاملات التجارية`: a و-act noun right after another act's object
            # is the same doer's second act, on the same side
            return list(joined.actor), list(joined.recipient), "an act noun joined by wa to the act before: its doer and target"
        if trig.type == "CONSULT" and trig.kind != "verb":
            parties = self._gathered(doc, sent, m, in_sent, before, codes)
            if parties:
                return parties, [], "parties named by the gathering verb; joint actors"
        previous_meeting = meeting_told_before(earlier) if trig.type == "CONSULT" else None
        named_after = bool(after) and self._noun_gap(tokens, m.last, after[0].start_token)
        if (previous_meeting is not None and trig.kind != "verb" and is_definite(tokens[m.first])
                and not suffix_pronoun and not named_after):
            # `حيث تستمر الزيارة لمدة يومين`: the definite noun points back at the meeting already reported
            return list(previous_meeting.actor), list(previous_meeting.recipient), RESTATES
        # news outlets report events and take part in none (`أعلنت إذاعة الجيش أنه تم إجلاء`); a place that
        # witnesses an act is no party to it (`يشهد الأردن احتجاجات`)
        sb = [r for r in before if doc.actor(r.actor_id).sector != OUTLET
              and not (r.start_token > 0 and after_witnessing(tokens, r))]
        sa = [r for r in after if doc.actor(r.actor_id).sector != OUTLET]
        if trig.kind != "verb" and trig.type != "CONSULT" and not suffix_pronoun and self.stance_verb_before(doc, m, sent):
            # `استنكرت الإمارات الاعتداء على ناقلة النفط`, `أدانت الولايات المتحدة إطلاق صواريخ حوثية`: who condemns,
            # demands or welcomes an act did not do it; its doer can only be named after it
            sb = []
        if (trig.type == "CONSULT" or trig.args == "joint") and trig.kind != "verb" and (between := self._parties_between(doc, tokens, in_sent, m, sent)):
            # `قلقه حيال مفاوضات جارية بين الدوحة وموسكو`: the parties after بين are the meeting's, not the speaker
            return between, [], "the parties named after between; joint actors"
        if trig.type == "CONSULT":
            own = stacked_adjectives(tokens, sa, m.last)
            if trig.kind != "verb" and len(own) >= 2:  # `المحادثات التركية الروسية`: the meeting's demonyms are its parties
                return [r.actor_id for r in own], [], "the meeting's demonyms name its parties; joint actors"
            # `استقبل الميناء سفينة أميركية`: a demonym on a thing is no party to a meeting
            sb, sa = [r for r in sb if r.kind != "adjective"], [r for r in sa if r.kind != "adjective" or r in own]
        if trig.mode == "visit" and trig.kind != "verb" and sa and sa[0].kind in ("state", "capital"):
            sa = sa[1:]  # `لزيارة موسكو`: the place after a visit noun is the host visited, not the visitor
        if held and (holders := [r for r in sb if not after_preposition(tokens, r.start_token) and not fused_preposition(tokens[r.first])]):
            subject, rule = holders[-1], "held by the nearest party before (not a place after a preposition)"
        elif suffix_pronoun and sb and (speaker := self._participle_speaker(tokens, m, sb)) is not None:
            # `أكدت الحكومة اليمنية أن ... رفض ميليشيا الحوثي ...، معبرة عن استعدادها`: "its" after the speaker's
            # participle is the speaker's, not the party named last
            subject, rule = speaker, "pronoun after the speaker's participle: the sentence subject"
        elif suffix_pronoun and sb:
            subject, rule = sb[-1], "possessor=nearest party before"  # `إن شويغو ... خلال زيارته`
            visited = next((r for r in after if trig.mode == "visit" and r.start_token == m.last), None)
            if visited is not None and codes.get(subject.actor_id, "")[:3] == codes.get(visited.actor_id, "")[:3]:
                # `والتقى الأمير البابا تواضروس ... في إطار زيارته لمصر`: no one visits his own country
                visitor = next((r for r in reversed(sb) if codes.get(r.actor_id, "")[:3] != codes.get(visited.actor_id, "")[:3]), None)
                subject = visitor or subject
        elif sb and self._after_that_pronoun(tokens, m) and (
                reporters := [r for r in sb if not object_of_that_clause(tokens, r) and not after_preposition(tokens, r.start_token)
                              and not fused_preposition(tokens[r.first])]):
            # `أعلنت السعودية أنها اعتقلت`: "that it" points back at the reporting verb's subject
            # (not at `السفير` in `أنها أبلغت السفير ..., مبينة أنها استدعت`: that verb's object)
            # (`أعلن الجيش الإسرائيلي أنه تم إجلاء 800 عنصر`: an act noun "done" after "that it" is the reporter's too)
            subject, rule = reporters[-1], "pronoun after that: the reporting clause's subject"
        elif trig.kind == "verb" and trig.type not in PATIENT_NOUN_TYPES and m.first > 0 and tokens[m.first - 1].norm in _CLAUSE_GOES_ON and (
                goes_on := actor_of_previous_act(sb, earlier, doc.sentence_of(tokens[m.first].start))) is not None:
            # `زار موسكو الأربعاء حيث بحث مع بوتين`: the clause after a visit goes on with the visitor, not the place
            # visited (not for killing or arrest: `حيث قتل 18 فلسطينيا` is mostly passive)
            subject, rule = goes_on, "verb after where/as: the visitor of the visit before"
        elif (trig.kind == "verb" and sa and sb and sa[0].start_token == m.last and sa[0].kind != "adjective"
              and has_object_pronoun(tokens[m.last - 1], m) and not after_preposition(tokens, sa[0].start_token)
              and (sb[-1].last == m.first or (m.first > 0 and tokens[m.first - 1].norm in RELATIVE_PRONOUNS and (
                  sb[-1].last == m.first - 1 or (sb[-1].last == m.first - 2 and tokens[m.first - 2].norm in COMMAS))))
              and sb[-1].actor_id != sa[0].actor_id):
            # `فصائل تدعمها إيران`, `السكان الذين تتهمهم الميليشيا`: a verb whose object is a pronoun has its subject
            # right after it; the pronoun stands for the party right before (or before the relative pronoun)
            return [r.actor_id for r in conjoined(tokens, in_sent, sa[0])], [sb[-1].actor_id], "a verb with an object pronoun: its subject follows it"
        elif (trig.kind == "verb" and sb and adjacent_before(tokens, sb[-1], m.first)
              and not ((tokens[m.first].prefix.startswith(CONJUNCTION) or any(t.norm in COMMAS for t in tokens[sb[-1].last : m.first]))
                       and (object_of_preposition(tokens, sb[-1]) or self._on_a_thing(doc, sb[-1])))):
            # (`الاتفاق النووي مع إيران وتعهد`: a و-verb after an object goes on with the clause's subject; so does
            # a verb after a comma: `قبيل زيارته إلى الولايات المتحدة، اتهم ولي العهد`, nor a demonym on a thing before
            # the comma or و: `لعرقلة «الاتفاق النووي الإيراني»، طلب عدد من المشرعين`, `الاتفاق النووي الإيراني وتعهده`)
            subject, rule = sb[-1], "subject right before the verb (SVO)"
        elif trig.kind == "verb" and sa and not (sb and adjacent_before(tokens, sb[-1], m.first)) and uncoded_org_subject(tokens, m, sa[0], after, sent):
            # `واتهم حزب العيش والحرية الأجهزة الأمنية`: an organisation with no code is the subject, the party after it the object
            return [], [], "subject is an organisation with no code"
        elif sa and sa[0].start_token - m.last <= SUBJECT_AFTER and tokens[sa[0].start_token - 1].norm != WITH_WORD and not (
                trig.kind == "verb" and accused_before_charge(tokens, m, sa[0], after, sent)) and (
                # (`تحدث مع الرئيس الأميركي`: a party after مع is the partner, not the subject)
                (trig.kind == "verb" and not after_preposition(tokens, sa[0].start_token) and not plural_verb(m)
                 and not self._object_noun_between(tokens, m.last, sa[0].start_token) and not (sa[0].start_token == m.last and oblique_plural(tokens, sa[0]))
                 and not (sa[0].kind == "adjective" and sa[0].start_token - m.last > 1)  # (`أدان البيان القرارات الإسرائيلية`: on the object)
                 and not fused_preposition(tokens[sa[0].first]))
                or (trig.kind != "verb" and trig.mode not in _PATIENT_NOUN_MODES
                    and not (m.variant in _FUNDED_GENITIVE and sa[0].kind != "adjective" and not self._dative_after(tokens, sa))
                    and (self._noun_gap(tokens, m.last, sa[0].start_token)
                                             or (trig.type not in PATIENT_NOUN_TYPES and demonym_after_adjective(tokens, sa[0], m.last)))
                    and not tokens[sa[0].first].prefix.startswith(DATIVE)
                    and not self._governed(tokens, sa[0].start_token))):
            # a noun's genitive is its doer (`دعم واشنطن`), its ل-phrase the beneficiary (`تسليح للجيش`); not of a noun of
            # expelling or release, whose genitive is who suffers it (`طرد التنظيم`)
            subject, rule = sa[0], AFTER_RULE + " (VSO)"
        elif (free := [r for r in sb if not fused_preposition(tokens[r.first]) and not object_of_preposition(tokens, r)]) and m.first - free[-1].last <= _SUBJECT_BEFORE and (
                trig.kind == "verb" or not self._reported(tokens, free[-1].last, m.first)) and not governed_conjunct(tokens, sb, free[-1]) and not (
                trig.kind == "verb" and tokens[m.first - 1].norm in RELATIVE_PRONOUNS) and not (  # (a relative pronoun's antecedent is right before it)
                trig.kind == "verb" and self._on_a_thing(doc, free[-1]) and (
                    tokens[m.first].prefix.startswith(CONJUNCTION) or any(t.norm in COMMAS for t in tokens[free[-1].last : m.first]))):
            # `دعم بلاده للمملكة ... بينما هاجم`: a party after a preposition is no subject (nor a demonym on a thing
            # before a comma: `لعرقلة «الاتفاق النووي الإيراني»، طلب عدد من المشرعين`)
            subject, rule = free[-1], BEFORE_RULE + " (SVO)"
            if trig.kind != "verb" and (doer := subject_of_adjacent_object(tokens, free, subject)) is not None:
                subject, rule = doer, "subject of the verb before its object (VSO + object)"
        elif trig.kind == "verb" and m.first > 0 and tokens[m.first - 1].norm in RELATIVE_PRONOUNS:
            # `العمل الإرهابي الآثم الذي استهدف مسجدا`: the act of what the relative pronoun stands for, which is no party
            return [], [], "a verb after a relative pronoun whose antecedent is no party"
        elif free and not (trig.type in _NOT_CARRIED_FAR and (trig.kind != "verb" or present_tense(m) or trig.type == "RETREAT")) and (trig.kind == "verb" or not self._reported(tokens, free[0].last, m.first)) and not (trig.kind == "verb" and quoted_apart(doc, free[0], m.first)) and (
                (trig.kind == "verb" and not has_object_pronoun(tokens[m.last - 1], m) and (trig.type == "ASSAULT" or self._joins_main_clause(tokens, m)))  # (`هجمات شنتها جماعة`: its subject follows; attack verbs, right about two times in five on the samples, keep the rule)
                or (trig.kind != "verb" and (trig.type not in _NOUNS_NOT_CARRIED or trig.mode in COMPLETE_MODES)
                    and not (trig.type in _STANCE_NOUNS_NOT_CARRIED and not self._own_stance(doc, m))
                    and not (trig.type == "CONSULT" and not self._own_stance(doc, m) and not self._meeting_named_with(tokens, m, after)))
                or self._object_of_subjects_verb(tokens, free[0], m)):  # (`فتحت السلطات ... تحقيقا`: an investigation opened)
            # (not an attack, arrest, protest, aid or accusation noun: one far from the subject is rarely its act,
            # e.g. `بعد اشتباكات عنيفة`; on 800 unseen articles most such records were wrong)
            # a verb or act noun further on in the sentence is still its subject's, but not a noun inside
            # what that subject says (`قال نصرالله إن الضربة ...`)
            subject, rule = free[0], SENTENCE_SUBJECT + " (coordinated verb)"
        if subject is None and (trig.type in _MUTUAL_TYPES or self.tried_agreement(tokens, m)) and (pair := self._both_parties(doc, sent, m)):
            # `يحاول البلدان التوصل إلى اتفاق`: "the two countries" are the two states of the exchange told before
            states = all(doc.actor(a).kind == "state" for a in pair)  # (`البلدان`: the two countries)
            return pair, [], (TWO_STATES_RULE if states else "the two parties of the exchange told before") + "; joint actors"
        if subject is None and trig.type == "PROTEST" and (crowd := self._protesters(doc)) is not None:
            # `البصرة التي تشهد احتجاجات عنيفة`: protests with no one named are the article's protesters'
            target = self._protested(doc, in_sent, crowd)
            return [crowd], ([target] if target else []), "protests with no one named: the article's protesters"
        if subject is None and previous_meeting is None and (carried := self._dropped_subject(doc, sent, m)) is not None:
            # `واتهم أرباب عمل باغتصاب عاملات` after a sentence about Duterte: a verb opening the sentence with no
            # subject goes on with the previous sentence's
            in_sent = [carried, *in_sent]
            subject, rule = carried, "verb opening the sentence without a subject: the previous sentence's subject"
        if subject is None:
            if previous_meeting is not None and (trig.kind != "verb" or plural_verb(m) or m.variant.endswith(_DUAL_ENDINGS)):
                # `اللقاء`, `المباحثات`, `ناقشا`: the meeting already reported (not a singular verb whose subject is
                # no party: `وكان ميناء بورتسودان استقبل سفينة أميركية`)
                return list(previous_meeting.actor), list(previous_meeting.recipient), RESTATES
            return [], [], "no actor found"

        head = phrase_head(in_sent, subject)  # `22 من المسلحين الحوثيين`: the count is on the phrase's first noun
        # (`اعتداءات المستوطنين`: the genitive of a raid noun is its doer, civilians too)
        raid_genitive = trig.kind == "noun" and rule.startswith(AFTER_RULE) and self.raid_noun(tokens[m.first])
        victims = (doc.actor(subject.actor_id).sector in VICTIM_SECTORS and not raid_genitive) or (
            plural_verb(m) and subject.last <= m.first and (counted(tokens, head.first)  # `14 جنديا أفغانيا قتلوا`
                                                              or people_named_by_demonym(doc, subject))) or (  # `فلسطينيين قتلا`
            trig.kind == "verb" and subject.first >= m.last and counted(tokens, subject.first)) or (  # `قتل 50 مسلحا`: were killed
            trig.type in PATIENT_NOUN_TYPES and trig.kind == "verb" and subject.last <= m.first
            and passive_after(tokens, m, after, sent, self.lex.verb_gap_words))
        if trig.type in PATIENT_NOUN_TYPES and victims:
            # `قتل 14 مدنيا`, `14 جنديا أفغانيا قتلوا`: civilians are the victims of a violent verb, not its doers
            doer = next((r for r in after if after_agent_marker(tokens, r) and r is not subject
                         and not self._struck_by_marker(doc, r)), None)
            if doer is None:
                return [], [], "violence against victims without a stated doer"
            return [doer.actor_id], [subject.actor_id], "victims as subject; doer after an agent marker"
        subjects = conjoined(tokens, in_sent, subject)
        subject = subjects[-1]
        actor_codes = {codes.get(r.actor_id) for r in subjects}
        taken = {r.actor_id for r in subjects}
        # the object: a later mention that is not the subject again under another name
        stop = self._clause_end(tokens, max(subject.last, m.last), sent.last_token, trig.type == "CONSULT")
        if stop < sent.last_token and (resumed := self._after_adjunct(tokens, stop, sent.last_token, max(subject.last, m.last))) is not None:
            # `طالب X خلال زيارة إلى الولايات المتحدة الجمعة، الحكومة التركية بوقف`: the object after the adjunct
            after = [r for r in after if not stop <= r.start_token < resumed]
            stop = self._clause_end(tokens, resumed, sent.last_token, trig.type == "CONSULT")
        if lemma(trig) in WARNINGS:
            # `حذر مسؤول أميركي من أن داعش بات يتأقلم`: who is warned comes before من; what follows is the warning's content
            stop = next((k for k in range(m.last, stop) if tokens[k].norm == FROM_WORD), stop)
        if lemma(trig) in ACCUSING:
            # `واتهم أرباب عمل باغتصاب عاملات فلبينيات`: a party inside the ب-charge is the charge's, not the accused
            stop = self._uncoded_accused_stop(doc, max(subject.last, m.last), stop)
        if trig.type == "REQUEST":
            # `طالبت أوتاوا بالإفراج الفوري عن نشطاء`: who is to be freed is not who is asked
            stop = next((k for k in range(m.last, stop) if _RELEASE.intersection(variants(tokens[k].norm)[:3])), stop)
        stop = uncoded_addressee_stop(tokens, max(subject.last, m.last), stop)
        rest = [r for r in after if stop > r.start_token >= max(subject.last, m.last) and r.actor_id not in taken
                and codes.get(r.actor_id) not in actor_codes and not (trig.type == "CONSULT" and r.kind == "adjective")
                and not self._occasion(tokens, r.start_token, after)
                and not (trig.type in _COOPERATIVE and r.start_token > 0 and tokens[r.start_token - 1].norm in _OPPOSED)
                # (`قمة حول سوريا`: what talks are about is no party to them)
                and not (trig.type == "CONSULT" and r.start_token > 0 and tokens[r.start_token - 1].norm in _TALKS_TOPIC)
                and not (trig.type not in _COOPERATIVE and (named_as_backer(tokens, r) or named_as_backed(tokens, r)))]
        obj = rest[0] if rest and rest[0].start_token - max(subject.last, m.last) <= OBJECT_AFTER else None
        with_party = next((r for r in rest if after_word(tokens, r, WITH_WORD)), None)
        objects = conjoined(tokens, in_sent, obj) if obj else []

        actors = [r.actor_id for r in subjects]
        recipients: list[str] = []
        if obj is not None and trig.type in _JOINTLY_DONE and in_partnership(tokens, obj):
            # `الضربات التي شنتها بريطانيا بالتعاون مع كل من الولايات المتحدة وفرنسا`: partners act too
            actors += [r.actor_id for r in objects if r.actor_id not in actors]
            rest = [r for r in rest if r not in objects]
            obj = rest[0] if rest and rest[0].start_token - max(subject.last, m.last) <= OBJECT_AFTER else None
            objects = conjoined(tokens, in_sent, obj) if obj else []
            with_party = None
            rule += "; partners named after a partnership word and with act with it"
        if trig.args == "host":
            if obj:
                actors, recipients = [r.actor_id for r in objects], actors
                rule += "; host is recipient"
        elif trig.args in ("joint", "sign"):
            partners = conjoined(tokens, in_sent, with_party) if with_party else objects
            # `توقيع عقود تسليح للجيش العراقي`: who a deal is for (ل) is no party signing it
            actors += [r.actor_id for r in partners if not tokens[r.first].prefix.startswith(DATIVE)]
            rule += "; joint actors"
        elif trig.args in _NO_RECIPIENT - {"joint", "sign"} and not quits_a_deal(doc, trig, actors):
            pass
        else:
            discussed = trig.type == "CONSULT" and lemma(trig) in _DISCUSSION
            if obj and not (discussed and obj is not with_party and not (obj.start_token > 0 and tokens[obj.start_token - 1].norm == WITH_WORD)):
                recipients += [r.actor_id for r in objects]
            elif with_party:
                # (`بحث ... مع نظيره`; a party right after a discussion word is its topic: `لمناقشة قرار الولايات المتحدة`)
                recipients.append(with_party.actor_id)
            elif trig.type == "CONSULT" and trig.mode == "visit":
                # `لزيارة موسكو`: the place visited stands for its state, the host
                host = self._destination(doc, max(subject.last, m.last), sent.last_token)
                # `زيارة المبعوث الأميركي لدولتي السودان، دونالد بوث`: the state the visitor's title is posted to
                host = host or next((r.actor_id for r in after if m.last <= r.start_token < subject.first
                                     and r.kind == "state" and r.actor_id not in taken), None)
                if host:
                    recipients.append(host)
                    rule += "; host is the state visited"
        if trig.args == "send" and not recipients and (to := self._sent_to(doc, m, sent)) is not None:
            # `أرسلت روسيا منظومة الدفاع الجوي إس-300 إلى سوريا`: what is sent goes to the state after إلى
            recipients.append(to)
            rule += "; the state sent to receives it"
        if trig.type == "CONSULT" and len(subjects) > 1 and not recipients:
            rule += "; joint actors"  # `اللقاء بين X وY`: a meeting of the conjoined parties
        if blamed:
            recipients = [b for b in blamed if b not in actors]
        # `رفض ... ردا على سؤال لفرانس برس`: an outlet a party speaks to is no target, unless blamed or punished
        if trig.type not in _OUTLET_TARGET_TYPES:
            recipients = [r for r in recipients if doc.actor(r).sector != OUTLET]
        return list(dict.fromkeys(actors)), foreign_first(recipients, actors, codes), rule

    def _act_noun_subject(self, tokens: list[Token], m: PhraseMatch[Trigger], first: int) -> bool:
        """The word right before the verb ends the noun of an act of the same type (`الهجوم استهدف`, `الغارات استهدفت`)."""
        return m.first > first and any(
            h.payload.kind != "verb" and h.payload.type == m.payload.type and h.last == m.first
            for k in range(max(first, m.first - 2), m.first) for h in self.lex.triggers.match_at(tokens, k))

    def _accused_genitive(self, tokens: list[Token], m: PhraseMatch[Trigger], after: list[MentionRef], sent: Sentence) -> MentionRef | None:
        """The party right after an accusation noun when a ب-phrase (the charge) follows it with no ل-party between:
        `اتهام موسكو بالضلوع` accuses Moscow, while `اتهام الرياض لأوتاوا بالتدخل` is Riyadh's."""
        genitive = next((r for r in after if r.start_token == m.last and r.kind != "adjective"), None)
        if genitive is None or genitive.last >= sent.last_token:
            return None
        return genitive if self._charge_at(tokens[genitive.last]) else None

    def _uncoded_accused_stop(self, doc: Document, start: int, stop: int) -> int:
        """Where the ب-charge opens when words that name no party (`أرباب عمل`) stand right before it as the accused:
        parties after that are the charge's (`باغتصاب عاملات فلبينيات`). A party (`باكستان`) or a comma (an
        apposition: `، المعنية بحقوق الإنسان،`) first leaves the clause as it is."""
        tokens = doc.tokens
        starts = {r.start_token for r in doc.mentions}
        for k in range(start, min(stop, start + _ACCUSED_WORDS + 1)):
            if k in starts or not tokens[k].is_word:
                return stop
            if k > start and self._charge_at(tokens[k]):
                return k
        return stop

    def _charge_at(self, token: Token) -> bool:
        """The word opens a ب-charge (`بالضلوع`, or ب written apart before a quoted charge: `بـ"التدخل"`), not a manner
        or time word (`بشدة`, `بالأمس`)."""
        return token.norm in COMITATIVE or (token.prefix.removesuffix(ARTICLE).endswith(COMITATIVE) and token.norm not in MANNER
                                            and token.norm not in self.lex.verb_gap_words)

    def stance_verb_before(self, doc: Document, m: PhraseMatch[Trigger], sent: Sentence) -> bool:
        """A verb of condemning, demanding, welcoming or threatening ends a few words before the trigger with only its
        subject, adverbs or a preposition between (`استنكرت الإمارات الاعتداء`, `أدانت الولايات المتحدة بشدة إطلاق`):
        the trigger's act is what that verb judges. (Not a verb reading after a preposition, `عن تضامنها`.)"""
        tokens = doc.tokens
        for k in range(max(sent.first_token, m.first - _STANCE_REACH), m.first):
            if after_preposition_word(tokens, k, sent.first_token):
                continue
            for h in self.lex.triggers.match_at(tokens, k):
                if h.payload.kind == "verb" and h.payload.type in _STANCE_TYPES and h.last <= m.first and self.only_subject_between(doc, h.last, m.first):
                    return True
        return False

    def only_subject_between(self, doc: Document, start: int, end: int) -> bool:
        """Tokens [start, end) hold only parties (a verb's subject, with its apposition), adverbs, commas, a
        preposition or a pronoun of the clause (`فيها`)."""
        tokens = doc.tokens
        named = {j for r in doc.mentions if start <= r.first < end for j in range(r.start_token, r.last)}
        return all(j in named or tokens[j].text in COMMAS or tokens[j].norm in self.lex.verb_gap_words or tokens[j].norm in MANNER
                   or tokens[j].norm in OBJECT_PREPOSITIONS or tokens[j].norm in _RESUMPTIVE for j in range(start, end))

    def _topic_of_talks(self, tokens: list[Token], first: int) -> bool:
        """`لبحث الضربات على سوريا`: an act noun right after a discussion word is what was discussed."""
        return first > 0 and any(h.payload.type == "CONSULT" and h.last == first for h in self.lex.triggers.match_at(tokens, first - 1))

    def _request_frame_arguments(self, tokens: list[Token], m: PhraseMatch[Trigger], before: list[MentionRef],
                                 after: list[MentionRef]) -> tuple[list[str], list[str], str]:
        """`عقدت الكنيست جلسة بناء على طلب أحزاب المعارضة`: the genitive of طلب asked; the party of the clause
        before, which acted on it, was asked."""
        asker = after[0] if after and after[0].start_token - m.last <= 1 else None
        asked = next((r for r in reversed(before) if not after_preposition(tokens, r.start_token)
                      and not fused_preposition(tokens[r.first]) and not self._reported(tokens, r.last, m.first)), None)
        if asker is None or asked is None:
            return [], [], "at the request of a party, without the one asked"
        askers = conjoined(tokens, after, asker)
        return [r.actor_id for r in askers], [asked.actor_id], "at the request of: the genitive asked the party that acted"

    def _blamed(self, doc: Document, sent: Sentence, m: PhraseMatch[Trigger], after: list[MentionRef],
                before: list[MentionRef]) -> tuple[list[str], list[MentionRef]]:
        """`تحمل القاهرة مسؤولية الفشل`, `حملت إثيوبيا القاهرة المسؤولية`: the parties between a blame verb and
        `مسؤولية` are held responsible (after a VSO subject); returns them and the mentions left for the subject."""
        tokens = doc.tokens
        k = next((j for j in range(m.last, min(m.last + _BLAME_REACH, sent.last_token)) if tokens[j].base in _RESPONSIBILITY), None)
        between = [r for r in after if k is not None and r.first < k]
        if (len(between) > 1 and not (before and adjacent_before(tokens, before[-1], m.first))
                and not tokens[between[0].last].prefix.startswith(CONJUNCTION)):
            # the first party after the verb is its subject, unless و joins the next to it (`حمل بشار الأسد وحليفيه الروسي`)
            between = between[1:]
        held = [r.actor_id for r in between]
        return held, [r for r in after if r.actor_id not in held]

    def _gathered(self, doc: Document, sent: Sentence, m: PhraseMatch[Trigger], in_sent: list[MentionRef],
                  before: list[MentionRef], codes: dict[str, str]) -> list[str]:
        """`قمة ثلاثية تجمع X وY وZ`, `لقاء ضم X مع Y`, `لقاء جمعه بX`: a gathering verb after a meeting
        noun names all its parties; its pronoun (or `إلى جانبه`) adds the party the sentence is about."""
        tokens = doc.tokens
        end = min(m.last + _GATHER_REACH, sent.last_token)
        verb, suffix = next(((k, sx) for k in range(m.last, end) if (sx := gathering_suffix(tokens[k])) is not None), (None, None))
        if verb is None or any(m.last <= r.first < verb for r in in_sent):
            return []
        before = [r for r in before if r.kind != "adjective"]  # `الأزمة الليبية`: a topic's adjective is no antecedent
        if suffix in _PLURAL_POSSESSIVE and before:
            # `ناقش ترامب وولي العهد ... خلال اجتماع جمعهما`: "them" are the conjoined parties before
            parties = conjoined(tokens, in_sent, before[-1])
        else:
            stop = self._clause_end(tokens, verb + 1, sent.last_token)
            named = [r for r in in_sent if verb < r.first < stop and r.first - verb <= OBJECT_AFTER]
            if not named:
                return []
            parties = conjoined(tokens, in_sent, named_after_demonym(doc, in_sent, named[0]))
            # `مع الأمين العام للحزب حسن نصرالله`: the next party, when `مع`/`ب` comes before it
            nxt = next((r for r in named if r.first >= parties[-1].last), None)
            linked = nxt is not None and any(t.norm == WITH_WORD or t.prefix.startswith(COMITATIVE) for t in tokens[parties[-1].last : nxt.first + 1])
            parties += conjoined(tokens, in_sent, named_after_demonym(doc, in_sent, nxt)) if linked else []
            beside = any(t.norm.startswith(_BESIDE) or t.base.startswith(_BESIDE) for t in tokens[verb + 1 : named[0].first])
            if (suffix or beside) and before:
                parties.insert(0, before[-1])
        ids = list(dict.fromkeys(named_after_demonym(doc, in_sent, r).actor_id for r in parties))
        return ids if len({codes.get(i) for i in ids}) > 1 else []

    def _carried_subject(self, doc: Document, m: PhraseMatch[Trigger], earlier: list[Event], after: list[MentionRef],
                         sent: Sentence) -> tuple[list[str], list[str]] | None:
        """A و-verb right before a state or capital name (`وهدد واشنطن`), after an earlier event of the same sentence, shares that event's actor."""
        tok = doc.tokens[m.first]
        if m.payload.kind != "verb" or not tok.prefix.startswith(CONJUNCTION) or m.variant.startswith(CONJUNCTION) or not after:
            return None  # (`وعدت`, `وقعتها`: a root و read with the verb is no conjunction)
        first = after[0]
        if first.start_token != m.last or first.kind not in ("state", "capital", "adjective"):
            return None
        previous = next((e for e in reversed(earlier) if e.sentence == doc.sentence_of(tok.start) and e.actor), None)
        if previous is not None:
            return (list(previous.actor), [first.actor_id]) if first.actor_id not in previous.actor else None
        codes = codes_of(doc)
        opening = next((r for r in doc.mentions if sent.first_token <= r.first < m.first and r.kind in ("name", "role", "body")
                        and codes.get(r.actor_id)), None)
        if opening is None or opening.actor_id == first.actor_id:
            return None
        return [opening.actor_id], [first.actor_id]

    def _first_person_speaker(self, doc: Document, m: PhraseMatch[Trigger]) -> str | None:
        """The quote's speaker when the trigger is a first-person plural verb inside the quotation."""
        if m.payload.kind != "verb":
            return None
        form = m.variant
        past = m.payload.form.split("|")[0]
        # `ناقشا` is the past of ناقش ("the two discussed"), not a "we" form that happens to start with ن
        first_person = (form.startswith(FIRST_PERSON_PREFIXES) and not form.startswith(past)) or form.endswith(_FIRST_PERSON_ENDINGS)
        start = doc.tokens[m.first].start
        quote = doc.quote_at(start)
        if quote is None or not (first_person or opens_quote_without_subject(doc, m, quote)):
            return None
        return quote.speaker

    def _first_person_noun(self, doc: Document, m: PhraseMatch[Trigger]) -> bool:
        """`كان لقائي به للمرة الأولى في الاستوديو`, `أثناء زيارتنا الأولى له`: an act noun with "my" or "our" outside
        a quotation is the writer's or an unnamed interviewee's, no party named in the sentence."""
        word = doc.tokens[m.last - 1]
        return (m.payload.kind == "noun" and word.norm.endswith(FIRST_PERSON_POSSESSIVE)
                and not m.variant.endswith(FIRST_PERSON_POSSESSIVE) and doc.quote_at(word.start) is None)

    def _struck_by_marker(self, doc: Document, ref: MentionRef) -> bool:
        """`بقصف المدنيين`: civilians after an agent marker that is itself an attack noun (بقصف، بغارات) are struck
        by it, not its doers (`برصاص مستوطنين`, `على يد مدنيين` still name doers)."""
        k = ref.start_token - 1
        return (k >= 0 and doc.actor(ref.actor_id).sector in VICTIM_SECTORS
                and any(h.payload.type == "ASSAULT" and h.payload.kind == "noun" for h in self.lex.triggers.match_at(doc.tokens, k)))

    def _act_noun_arguments(self, doc: Document, m: PhraseMatch[Trigger], after: list[MentionRef]) -> tuple[list[str], list[str], str]:
        """`مقتل 14 مدنيا برصاص القوات الأمنية`, `الغارات الإسرائيلية على غزة`: after the noun of a violent
        or coercive act comes its victim; the doer is an adjective on the noun or follows `برصاص`/`على يد`, and
        armed men after ل right after an attack noun did it (`غارات لمقاتلات التحالف`)."""
        tokens = doc.tokens
        adjacent = [r for r in after if self._noun_gap(tokens, m.last, r.start_token)]
        doer = next((r for r in adjacent if r.kind == "adjective"), None)
        doer = doer or next((r for r in after if after_agent_marker(tokens, r) and not self._struck_by_marker(doc, r)), None)
        doer = doer or subject_of_act_verb_after(tokens, m, after)
        if doer is None and m.payload.type == "ASSAULT" and not self._blow_dealt(tokens, m):
            doer = next((r for r in after[:1] if r.start_token - m.last <= 1 and doc.actor(r.actor_id).sector in ARMED
                         and (dative(tokens[r.first]) or (r.start_token > m.last and dative(tokens[r.start_token - 1])))), None)
            # `غارة لطائرات تحالف دعم الشرعية`: the warplanes after ل are the party's
            doer = doer or next((r for r in after[:1] if r.start_token == m.last + 1 and dative(tokens[m.last])
                                 and tokens[m.last].base in _WEAPON_HEADS and doc.actor(r.actor_id).sector in ARMED), None)
        victim = next((r for r in adjacent if r.kind != "adjective" and r is not doer), None)
        if victim is None:
            victim = next((r for r in after if r is not doer and r.kind != "adjective"
                           and any(after_word(tokens, r, w) for w in _AGAINST)), None)
        if doer is None:
            return [], [], "act noun without a stated doer"
        recipients = [victim.actor_id] if victim and victim.actor_id != doer.actor_id else []
        return [doer.actor_id], recipients, "act noun: doer by adjective or agent marker, victim after the noun"

    def _suffered_by_pronoun(self, tokens: list[Token], m: PhraseMatch[Trigger], sent: Sentence) -> bool:
        """`مقتله`, `اعتقاله`: a noun of killing or arrest whose pronoun suffix is its victim, as no ل-object or
        count follows it (`اعتقالها لجهادي فرنسي`, `اعتقالها 3 أشخاص`: then the pronoun made the arrest)."""
        word = tokens[m.last - 1]
        if lemma(m.payload) not in _PATIENT_POSSESSIVE or not has_pronoun_suffix(word, m):
            return False
        nxt = tokens[m.last] if m.last < sent.last_token else None
        return nxt is None or not (dative(nxt) or counted(tokens, m.last))

    def _own_stance(self, doc: Document, m: PhraseMatch[Trigger]) -> bool:
        """A stance noun that is the sentence subject's own: with a pronoun (`مؤكدا تصميمه`, `أعلنت مبايعتها`), what
        it expresses (`عبر أمير قطر ... عن الاحترام والتقدير`), a set phrase, or inside a quotation (`«نحن ملتزمون»`)."""
        tokens = doc.tokens
        return (m.payload.kind == "phrase" or carries_pronoun(tokens[m.last - 1])
                or any(t.norm == ABOUT_WORD for t in tokens[max(0, m.first - _EXPRESSED_REACH) : m.first])
                or doc.quote_at(tokens[m.first].start) is not None)

    def _participle_speaker(self, tokens: list[Token], m: PhraseMatch[Trigger], before: list[MentionRef]) -> MentionRef | None:
        """The subject of the sentence's speech verb (`أكدت الحكومة اليمنية ...`), when a speech participle stands right
        before the noun (`معربا عن أمله`, `مؤكدا حرصه`): the participle goes on with that speaker."""
        if not any(tokens[k].norm in self.lex.speech_participles for k in range(max(0, m.first - 2), m.first)):
            return None
        return next((r for r in before if r.start_token > 0 and self._says(tokens[r.start_token - 1])), None)

    def _received(self, tokens: list[Token], m: PhraseMatch[Trigger]) -> bool:
        """A verb of receiving (`تتلقى الدعم`, `حصلت المعارضة على دعم`) shortly before the support or aid noun (its
        subject and preposition between)."""
        return any(v in _RECEIVING for t in tokens[max(0, m.first - _RECEIVED_REACH) : m.first] for v in variants(t.norm)[:2])

    def _after_that_pronoun(self, tokens: list[Token], m: PhraseMatch[Trigger]) -> bool:
        """The verb right after "that it" (`أنها اعتقلت`), or the act noun after "that it was done" (`أنه تم إجلاء`)."""
        if m.payload.kind in ("verb", "phrase"):
            return m.first > 0 and tokens[m.first - 1].norm in THAT_PRONOUNS
        return m.first > 1 and tokens[m.first - 1].norm in _DONE_PASSIVE and tokens[m.first - 2].norm in THAT_PRONOUNS

    def _blow_dealt(self, tokens: list[Token], m: PhraseMatch[Trigger]) -> bool:
        """`ضربات قاصمة لميليشيا الحوثي`, `توجيه ضربات لهذه التنظيمات`: a blow with an adjective of force, or dealt or
        taken, lands on the party after ل."""
        around = [tokens[m.first - 1]] if m.first > 0 else []
        around += tokens[m.last : m.last + 1]
        return any(_BLOW_WORDS.intersection(variants(t.norm)[:2]) for t in around)

    def _speaker_arguments(self, doc: Document, sent: Sentence, m: PhraseMatch[Trigger], in_sent: list[MentionRef]) -> tuple[list[str], list[str], str]:
        """`اعتبرت القنصلية ... أن حريق مبناها على يد المتظاهرين "عمل همجي"`: whoever speaks accuses
        the party the evaluated clause is about."""
        quote = doc.quote_at(doc.tokens[m.first].start)
        speaker = quote.speaker if quote else None
        if speaker is None:
            cue = next((q.speaker for q in doc.quotes if q.cue and sent.start <= q.cue.start < doc.tokens[m.first].start), None)
            speaker = cue or self._speech_verb_subject(doc, sent, m.first, in_sent)
        if speaker is None:
            return [], [], "evaluation without a speaker"
        codes = codes_of(doc)
        # (`في مؤتمر صحفي نقله التلفزيون`: the outlet that carries the words is not what they evaluate; nor are
        # civilians, who suffer what is evaluated, or the speaker's own state: `تخليص اليمن من هذه العصابة`)
        # (a demand may address the speaker's own government: `ينبغي على وزارة الخارجية` by an American writer)
        own = codes.get(speaker, "")[:3] if m.payload.type != "REQUEST" else None
        others = [r for r in in_sent if r.actor_id != speaker and codes.get(r.actor_id) != codes.get(speaker)
                  and doc.actor(r.actor_id).sector != OUTLET and codes.get(r.actor_id) != own
                  # (civilians who did the act, after `على يد`, are evaluated: `حريق مبناها على يد المتظاهرين`)
                  and (doc.actor(r.actor_id).sector not in VICTIM_SECTORS or after_agent_marker(doc.tokens, r))]
        # `تهريب السفارة للخادمات انتهاكا`: a party after a preposition is no doer evaluated
        before = [r for r in others if r.last <= m.first and not fused_preposition(doc.tokens[r.first])
                  and not after_preposition(doc.tokens, r.start_token)]
        # after the evaluative word only its own clause: `انتهاكا ... نفذها الجيش الإسرائيلي`, not `وقالت روسيا`
        stop = min(self._clause_end(doc.tokens, m.last, sent.last_token), m.last + OBJECT_AFTER)
        after = [r for r in others if m.last <= r.first < stop]
        doer = next((r for r in after if after_agent_marker(doc.tokens, r)), None)
        # `إن على الحكومة السعودية تقديم ...`: the party right after the words is whom they address
        right_after = next((r for r in after if r.start_token == m.last), None)
        # `إن القطريين يخدعون الرئيس`: an evaluative verb's own subject is what the speaker evaluates
        subject = before[-1] if m.payload.kind == "verb" and before and m.first - before[-1].last <= _SUBJECT_BEFORE else None
        # (`العدوان الثلاثي ضد سوريا`: the party an evaluated act is against is its victim, not the one blamed)
        blamed_after = [r for r in after if not (r.start_token > 0 and doc.tokens[r.start_token - 1].norm in _AGAINST)]
        target = doer or subject or right_after or (before[-1] if before else (blamed_after[0] if blamed_after else None))
        if target is None:
            return [], [], "evaluation without a target"
        # `التواطؤ بين حزب العمال الكردستاني وحزب الشعوب`: every conjoined party is evaluated
        targets = [r.actor_id for r in conjoined(doc.tokens, others, target)]
        return [speaker], list(dict.fromkeys(targets)), "speaker evaluates the clause's party"

    def _protesters(self, doc: Document) -> str | None:
        """The article's protesters: the first civilian actor named by a protest word (`المتظاهرون`, `المحتجين`)."""
        return next((a.id for a in doc.actors if a.sector in VICTIM_SECTORS and a.country
                     and _PROTESTERS.intersection(normalize(a.name).split())), None)

    def _protested(self, doc: Document, in_sent: list[MentionRef], crowd: str) -> str | None:
        """Whom the protests are against: a party after `ضد` in the sentence, else the protesters' own government named
        in it (`تبدو الحكومة اليوم عاجزة`); none otherwise (Gaza's marches are against Israel, not their own rulers)."""
        tokens = doc.tokens
        against = next((r.actor_id for r in in_sent if r.actor_id != crowd and any(after_word(tokens, r, w) for w in _AGAINST)), None)
        if against is not None:
            return against
        country = doc.actor(crowd).country
        return next((r.actor_id for r in in_sent if doc.actor(r.actor_id).country == country and doc.actor(r.actor_id).sector == "GOV"), None)

    def _both_parties(self, doc: Document, sent: Sentence, m: PhraseMatch[Trigger]) -> list[str]:
        """The last two states (or their governments) of different countries named before a `البلدان` / `الجانبين`
        that stands as the trigger's subject (right after a verb, or right before it)."""
        tokens = doc.tokens
        near = range(m.last, min(sent.last_token, m.last + 2)) if m.payload.kind == "verb" else range(max(sent.first_token, m.first - 1), m.first)
        spot = next((k for k in near if self.lex.both_parties.intersection(variants(tokens[k].norm)[:2])), None)
        if spot is None or after_preposition(tokens, spot) or (spot + 1 < len(tokens) and is_definite(tokens[spot + 1])
                                                           and not self.lex.triggers.match_at(tokens, spot + 1)):
            return []  # (`بين البلدين` is where, not who; `البلدان المعنية` are any countries concerned)
        parties: list[str] = []
        countries: set[str] = set()
        for r in sorted((r for r in doc.mentions if r.last <= spot), key=lambda r: -r.first):
            actor = doc.actor(r.actor_id)
            if actor.kind in ("state", "body") and actor.sector in ("", "GOV") and actor.country and actor.country not in countries:
                parties.append(r.actor_id)
                countries.add(actor.country)
            if len(parties) == 2:
                if _BOTH_STATES.intersection(variants(tokens[spot].norm)[:2]):
                    # `البلدان`: the two countries are the states, where the article names them
                    states = {doc.actor(r.actor_id).country: r.actor_id for r in doc.mentions
                              if doc.actor(r.actor_id).kind == "state" and not doc.actor(r.actor_id).sector}
                    parties = [states.get(doc.actor(p).country, p) for p in parties]
                return parties[::-1]
        return []

    def _on_a_thing(self, doc: Document, ref: MentionRef) -> bool:
        """A demonym on a thing, which names no sector (`الاتفاق النووي الإيراني`), unlike one on a weapon or force
        (`الطائرات الإسرائيلية`: ISRMIL)."""
        return ref.kind == "adjective" and not doc.actor(ref.actor_id).sector

    def _dative_after(self, tokens: list[Token], after: list[MentionRef]) -> bool:
        """`تمويل النعيمي لجماعات إرهابية`: a word with ل right after the first party, the beneficiary after the
        giver (without it, `تمويل داعش`, the genitive is who is funded)."""
        return bool(after) and after[0].last < len(tokens) and dative(tokens[after[0].last])

    def tried_agreement(self, tokens: list[Token], m: PhraseMatch[Trigger]) -> bool:
        """`يحاول البلدان التوصل إلى اتفاق`, `تسعى الدولتان للتوصل إلى اتفاق`: a word of trying a few words before
        the phrase of reaching an agreement."""
        return (m.payload.type == "SUPPORT" and m.payload.kind == "phrase"
                and any(_TRYING.intersection(variants(t.norm)[:2]) for t in tokens[max(0, m.first - _TRYING_REACH) : m.first]))

    def raid_noun(self, token: Token) -> bool:
        """`هجمات`, `اعتداءات`, `غارات`: an attack noun whose genitive is the attacker."""
        return bool(_RAID_NOUNS.intersection(variants(token.norm)[:2]))

    def _dropped_subject(self, doc: Document, sent: Sentence, m: PhraseMatch[Trigger]) -> MentionRef | None:
        """The subject of the sentence before, in the same paragraph, when the trigger is a singular verb opening its
        sentence after و/ف, or the noun after an opening speech verb and عن (`وأعرب عن التقدير`), with no party named
        before it. A sentence that itself opens so hands on its own predecessor's subject (up to three back)."""
        tokens = doc.tokens
        opener = tokens[sent.first_token]
        if not opener.prefix.startswith(CONJUNCTION) or plural_verb(m) or m.payload.type in PATIENT_NOUN_TYPES:
            return None  # (`وقتل 46 مدنيا`: a violent verb with no subject is mostly passive)
        if not (m.first == sent.first_token and m.payload.kind == "verb") and not (
                m.first == sent.first_token + 2 and self._says(opener) and tokens[m.first - 1].norm == ABOUT_WORD):
            return None
        index = doc.sentence_of(sent.start)
        for back in range(index - 1, max(-1, index - 4), -1):
            prev, following = doc.sentences[back], doc.sentences[back + 1]
            if "\n" in doc.text[prev.end : following.start]:
                return None
            # its subject opens it or follows its opening verb (`وكان الرئيس ... تحدث`, `الرئيس قال`)
            named = [r for r in doc.mentions if prev.first_token <= r.start_token <= prev.first_token + _OPENING_SUBJECT
                     and r.kind not in ("adjective", "coref") and not after_preposition(tokens, r.start_token)]
            if named:
                return named[0]
            if not tokens[prev.first_token].prefix.startswith(CONJUNCTION):
                return None
        return None

    def _says(self, token: Token) -> bool:
        """The word is a speech verb (`أعلن`, `وقال`), as written or without its clitics."""
        return any(v in self.lex.speech_verbs for v in variants(token.norm)[:2])

    def _announced_by(self, tokens: list[Token], subject: MentionRef, noun: int) -> bool:
        """`أعلن الجيش الإسرائيلي، الثلاثاء، اعتقال`: the act noun is the object of a speech verb whose subject is
        `subject`, with only commas and time words between."""
        k = subject.start_token - 1
        return (k >= 0 and self._says(tokens[k])
                and all(not t.is_word or t.norm in self.lex.verb_gap_words for t in tokens[subject.last : noun]))

    def _speech_verb_subject(self, doc: Document, sent: Sentence, end: int, in_sent: list[MentionRef]) -> str | None:
        """`واعتبرت الكويت تهريب السفارة انتهاكا`, `وتقول طهران إن ...`: the subject of a speech verb that
        opens the sentence speaks the evaluation that follows, quoted or not."""
        tokens = doc.tokens
        verb = next((k for k in range(sent.first_token, min(sent.first_token + 2, end))
                     if self._says(tokens[k])), None)
        if verb is None:
            return self._that_speaker(doc, sent, end, in_sent)
        subject = next((r for r in in_sent if verb < r.first <= verb + SUBJECT_AFTER and r.first < end and r.kind != "adjective"), None)
        return subject.actor_id if subject and not after_preposition(tokens, subject.start_token) else None

    def _that_speaker(self, doc: Document, sent: Sentence, end: int, in_sent: list[MentionRef]) -> str | None:
        """`إن إسرائيل تتمسك بسياستها، وأنها تعتبر النظام السوري مسؤولا`: a speech verb after "that it"
        inside the sentence speaks for the reporting clause's subject."""
        tokens = doc.tokens
        verb = next((k for k in range(end - 1, sent.first_token, -1)
                     if tokens[k - 1].norm in THAT_PRONOUNS and self._says(tokens[k])), None)
        if verb is None:
            return None
        reporters = [r for r in in_sent if r.last < verb - 1 and r.kind != "adjective" and not object_of_that_clause(tokens, r)
                     and not after_preposition(tokens, r.start_token) and not fused_preposition(tokens[r.first])]
        return reporters[0].actor_id if reporters else None

    def _casualties_before(self, doc: Document, m: PhraseMatch[Trigger], in_sent: list[MentionRef], doers: list[str]) -> list[str]:
        """Actor ids of the people a casualty word tells killed or wounded right before `في`/`ب` + the attack noun."""
        tokens = doc.tokens
        if not (m.first > 0 and tokens[m.first - 1].norm == IN_WORD) and not tokens[m.first].prefix.endswith(COMITATIVE):
            return []
        start = m.first - 1 if tokens[m.first - 1].norm == IN_WORD else m.first
        # the first casualty word of the stretch (`لقي 5 جنود حتفهم`: the people stand between لقي and حتفهم)
        told = next((k for k in range(max(0, start - _CASUALTY_REACH), start)
                     if _CASUALTY.intersection(variants(tokens[k].norm)[:2])), None)
        if told is None:
            return []
        # (a demonym on the people told is them: `قتل مزارع فلسطيني بقصف إسرائيلي`)
        named = {k for q in in_sent for k in range(q.first, q.last)}
        stretch = [r for r in in_sent if told < r.first and r.last <= start and r.actor_id not in doers
                   and (r.kind != "adjective" or (r.first > told + 1 and tokens[r.first - 1].is_word and (r.first - 1) not in named))
                   and not fused_preposition(tokens[r.first])]
        # `43 عنصرا من ميليشيات الحوثي`: the group the people counted belong to is who was hit
        partitive = [r for r in stretch if r.start_token > 0 and tokens[r.start_token - 1].norm == FROM_WORD]
        # (`بمقتل أكثر من 9 مسلحين`: people counted after `أكثر من` are still the ones told)
        people = partitive or [r for r in stretch if not after_preposition(tokens, r.start_token)
                               or (r.start_token > 0 and tokens[r.start_token - 1].text[:1].isdigit())]
        return list(dict.fromkeys(r.actor_id for r in people))

    def _sent_to(self, doc: Document, m: PhraseMatch[Trigger], sent: Sentence) -> str | None:
        """The state whose place follows the first إلى within reach of a sending verb (`أرسلت ... إلى سوريا`)."""
        end = min(sent.last_token, m.last + _NEEDED_OBJECT_AFTER)
        to = next((k for k in range(m.last, end) if doc.tokens[k].norm in TOWARDS), None)
        return self._destination(doc, to + 1, sent.last_token) if to is not None else None

    def _destination(self, doc: Document, start: int, end: int) -> str | None:
        """Actor id of the state whose place follows a visit trigger within three words."""
        limit = doc.tokens[min(start + 3, end) - 1].end if start < end else -1
        place = next((e for e in doc.entities if e.label == "LOC" and e.country and doc.tokens[start].start <= e.start < limit), None) if start < end else None
        if place is None:
            return None
        state = next((a for a in doc.actors if a.kind == "state" and a.country == place.country), None)
        # `وصل المبعوث إلى السودان` in a story that names Sudan only through its officials: they host
        state = state or next((a for a in doc.actors if a.country == place.country and a.sector == "GOV"), None)
        return state.id if state else None

    def _noun_gap(self, tokens: list[Token], start: int, end: int) -> bool:
        """A noun's argument follows it at once, after adjectives or `بين`/`مع` (`اللقاء المرتقب بين X`)."""
        gap = tokens[start:end]
        return len(gap) <= 3 and all((t.norm.startswith(ARTICLE) and t.norm not in TOWARDS) or t.norm in self.lex.noun_links for t in gap)

    def _object_noun_between(self, tokens: list[Token], start: int, end: int) -> bool:
        """`واستنكرت استغلال الجماعة المتشددة للأطفال`: an indefinite noun between a verb and a party is the
        verb's object, and the party its genitive, not the verb's subject (time words like أمس, مساء are no nouns here)."""
        return any(t.is_word and not t.prefix and not t.norm.startswith(ARTICLE) and not t.text.isdigit()
                   and t.norm not in self.lex.verb_gap_words for t in tokens[start:end])

    def _signs_something(self, tokens: list[Token], start: int, end: int) -> bool:
        """`وقع الوزيران مذكرة تفاهم`, `الاتفاق الذي وقع مع القوى الدولية`: a document or a partner follows the verb."""
        return word_within(tokens, start, end, _SIGN_REACH, _SIGNED)

    def _reported(self, tokens: list[Token], start: int, end: int) -> bool:
        """A complementizer (إن، أن) stands between `start` and `end`: `end` is inside reported speech; or the
        word at `end` takes ب after a speech verb and its subject (`أفادت مصادر يمنية بمقتل`): it is what they report."""
        if any(t.norm in COMPLEMENTIZERS and not _temporal_that(tokens, k) for k, t in enumerate(tokens[start:end], start)):
            return True  # (`منذ أن أعلنت مبايعتها`: "since", not reported speech)
        return end < len(tokens) and tokens[end].prefix.endswith(COMITATIVE) and any(
            self._says(t) for t in tokens[max(0, start - _REPORTER_REACH) : start])

    def _governed(self, tokens: list[Token], start: int) -> bool:
        """`تحقيقا ضد زعيم الحزب`: a preposition (other than the `مع`/`بين` of joint acts) makes the
        phrase after an act noun its object."""
        return after_preposition(tokens, start) and tokens[start - 1].norm not in self.lex.noun_links

    def _attributed(self, tokens: list[Token], ref: MentionRef) -> bool:
        """`بحسب سانا`, `لوكالة فرانس برس`: a report's source is no party to the event."""
        start = ref.start_token
        return any(t.norm in self.lex.attribution for t in tokens[max(0, start - 2) : start + 1])

    def _clause_end(self, tokens: list[Token], start: int, end: int, meeting: bool = False) -> int:
        """First token of the next clause: a relative pronoun, `و` + a speech verb or one after a comma, a time adjunct (`خلال زيارة ...`, though for a
        meeting verb not a meeting adjunct: `بحث خلال اتصال هاتفي مع X`), a comma before `و` + another trigger, or a comma
        before a speech participle (`، مؤكدا`)."""
        for k in range(start, end):
            norm = tokens[k].norm
            if norm in self.lex.barriers or norm in _CONTRAST or (tokens[k].base in _ADJUNCT_OPENERS and not (meeting and self.meeting_at(tokens, k + 1, end))):
                return k
            if tokens[k].prefix.startswith(CONJUNCTION) and tokens[k].base in self.lex.speech_verbs:
                return k  # `... وقالت روسيا`: a new speaker opens a new clause
            if norm in ("،", "؛", ":") and k + 1 < end and tokens[k + 1].prefix.startswith(CONJUNCTION) and self.lex.triggers.match_at(tokens, k + 1):
                return k
            if norm in COMMAS and k + 1 < end and tokens[k + 1].norm in self.lex.speech_participles:
                return k  # `أسفه لمعاودة فرض العقوبات، مؤكدا "تصميمه على حماية الجهات الأوروبية"`: the subject's next words
            if norm in COMMAS and k + 1 < end and self._says(tokens[k + 1]):
                return k  # `عن الهجوم الكيمياوي المفترض، قال ماتيس`: a speech verb after a comma opens the main clause
        return end

    def _after_adjunct(self, tokens: list[Token], k: int, end: int, start: int) -> int | None:
        """Where the clause goes on after a time adjunct at `k` closed by a comma, when the verb at `start` has
        no party yet between itself and the adjunct (`طالب X، خلال زيارة ...، الحكومة التركية بوقف`)."""
        if tokens[k].base not in _ADJUNCT_OPENERS:
            return None
        comma = next((j for j in range(k + 1, min(end, k + _ADJUNCT_REACH)) if tokens[j].norm in COMMAS), None)
        if comma is None or comma + 1 >= end:
            return None
        nxt = tokens[comma + 1]  # `...، وأن الإرهابي`: a new clause, not the verb's object
        return None if nxt.prefix.startswith(CONJUNCTION) or nxt.norm in COMPLEMENTIZERS else comma + 1

    def _parties_between(self, doc: Document, tokens: list[Token], in_sent: list[MentionRef], m: PhraseMatch[Trigger],
                         sent: Sentence) -> list[str]:
        """`مفاوضات جارية بين الدوحة وموسكو`, `اللقاء بين الرئيسين`: two or more parties conjoined after `بين`
        within a few words of a meeting noun."""
        at = next((k for k in range(m.last, min(sent.last_token, m.last + _BETWEEN_REACH)) if tokens[k].norm == _BETWEEN), None)
        first = next((r for r in in_sent if at is not None and r.start_token == at + 1), None)
        parties = [r.actor_id for r in conjoined(tokens, in_sent, first)] if first else []
        return list(dict.fromkeys(parties)) if len(set(parties)) >= 2 else []

    def _meeting_named_with(self, tokens: list[Token], m: PhraseMatch[Trigger], after: list[MentionRef]) -> bool:
        """`خلال زيارة إلى العاصمة الإثيوبية`, `لعقد اجتماع مع الملك سلمان`: a meeting noun names who was met or
        visited a few words on (after مع, إلى, ب or ل); one that names no one (`عقب الزيارة`, `خلال اجتماع طارئ`) is
        rarely the sentence subject's meeting."""
        return any(r.start_token - m.last <= _MEETING_PARTNER_REACH and (
            tokens[r.first].prefix.endswith((*COMITATIVE, *DATIVE)) or tokens[r.start_token - 1].norm == WITH_WORD
            or tokens[r.start_token - 1].norm in TOWARDS) for r in after if r.start_token > 0)

    def _declines_comment(self, tokens: list[Token], m: PhraseMatch[Trigger], after: list[MentionRef], end: int) -> bool:
        """`رفض الكرملين التعليق`, `رفضت الكشف عن هويتها`: the refusal's object, the first word after the verb and its
        subject, is a comment or a disclosure, which is no one's demand turned down."""
        covered = {k for r in after for k in range(r.start_token, r.last)}
        k = m.last
        while k < end and (k in covered or not tokens[k].is_word or tokens[k].norm in self.lex.verb_gap_words):
            k += 1
        return k < end and bool(_COMMENTING.intersection(variants(tokens[k].norm)[:2]))

    def _joins_main_clause(self, tokens: list[Token], m: PhraseMatch[Trigger]) -> bool:
        """`وقبضت على عشرات الإرهابيين`, `كما هددت`, `بعدما اتهمت إسرائيل`, `لبحث الأزمة`: a verb joined to the main
        clause by و, ل of purpose or a linking word goes on with the sentence's subject; one with none of them sits in a
        relative or reported clause of its own (`تغريدة تؤيد تحسين العلاقات`), whose subject is rarely that party."""
        if tokens[m.first].prefix.startswith(CONJUNCTION) or dative(tokens[m.first]) or tokens[m.first].prefix.endswith(COMITATIVE):
            return True  # (`قرارا بطرد الملحق`: an act behind ب is its verbal noun, the main clause's object)
        if m.last < len(tokens) and tokens[m.last].norm in _RESUMPTIVE:
            return True  # (`بيانا يدين فيه`: what the subject's statement says)
        k = m.first - 1
        while k > 0 and tokens[k].norm in _AUXILIARIES:  # (`بعد أن كان قد حمل`)
            k -= 1
        if k >= 0 and tokens[k].norm in COMPLEMENTIZERS and _temporal_that(tokens, k):
            return True  # `بعد أن طردوا منها المقاتلين`
        return k >= 0 and tokens[k].norm in _CLAUSE_LINKS

    def _object_of_subjects_verb(self, tokens: list[Token], subject: MentionRef, m: PhraseMatch[Trigger]) -> bool:
        """`أعلن الجيش الإسرائيلي، صباح الإثنين، اعتقال 11 مطلوبا`: the act noun right after the subject (times and
        commas between) is the object of the subject's verb, so the subject's act."""
        between = tokens[subject.last : m.first]
        return len(between) <= SUBJECT_AFTER and all(not t.is_word or t.norm in self.lex.verb_gap_words for t in between)

    def _occasion(self, tokens: list[Token], start: int, mentions: list[MentionRef]) -> bool:
        """`على هامش قمة العشرين`, `خلال اجتماعات الجمعية العامة`: the body whose gathering a time adjunct names is
        the occasion, not a party to the act (a partner after مع still is: `خلال اتصال هاتفي مع ماكرون`)."""
        if fused_preposition(tokens[start]) or tokens[start].prefix.endswith(COMITATIVE + DATIVE):
            return False  # `خلال اجتماعه بوزير الدفاع`: the party met with
        if start > 0 and tokens[start - 1].base in _ADJUNCT_OPENERS:
            return True  # `على هامش قمة العشرين` (the summit named by the body's own name)
        # only the first party after the meeting noun is its genitive
        previous_end = max((r.last for r in mentions if r.last <= start), default=0)
        for k in range(max(1, previous_end, start - _OCCASION_REACH), start):
            if tokens[k - 1].base in _ADJUNCT_OPENERS and any(
                    hit.payload.type == "CONSULT" and hit.payload.kind != "verb" and hit.last <= start
                    and not has_pronoun_suffix(tokens[hit.last - 1], hit)  # `خلال استقباله وزير الأوقاف`: whom he received
                    and self._noun_gap(tokens, hit.last, start) for hit in self.lex.triggers.match_at(tokens, k)):
                return True
        return False

    def meeting_at(self, tokens: list[Token], k: int, end: int) -> bool:
        """`خلال اتصال هاتفي مع`: the adjunct is the meeting itself, whose partner is the verb's too."""
        return k < end and any(hit.payload.type == "CONSULT" for hit in self.lex.triggers.match_at(tokens, k))


def _act_noun_joined_to_previous(doc: Document, m: PhraseMatch[Trigger], earlier: list[Event]) -> Event | None:
    """The event of the same sentence and type whose object ends right before this و-prefixed act noun (`طرد السفير
    الكندي لديها وتجميد التعاملات`), when no party of its own stands between them."""
    tokens = doc.tokens
    if m.payload.kind != "noun" or not tokens[m.first].prefix.startswith(CONJUNCTION) or m.variant.startswith(CONJUNCTION):
        return None
    sentence = doc.sentence_of(tokens[m.first].start)
    previous = next((e for e in reversed(earlier) if e.sentence == sentence and e.actor and e.status == "asserted"), None)
    if previous is None or not previous.recipient or previous.type != m.payload.type:
        return None  # (another kind of act after و is often another party's: `مقتل 21 مسلحا واعتقال`, `وتضامنها معهم`)
    last = previous.triggers[-1]
    objects = [r for r in doc.mentions if r.actor_id in previous.recipient and tokens[r.first].start >= last.end
               and r.last <= m.first]
    if not objects:
        return None
    gap = m.first - max(r.last for r in objects)
    return previous if 0 <= gap <= _JOINED_ACT_GAP else None


def _temporal_that(tokens: list[Token], k: int) -> bool:
    """The complementizer at `k` follows a time word (`بعد أن`, `منذ أن`): "after/since", not reported speech."""
    return k > 0 and tokens[k - 1].norm in _TEMPORAL_BEFORE_THAT
