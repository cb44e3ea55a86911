"""Word-order helpers of event detection: how a trigger's words and the mentions around it relate.

Pure functions over tokens, trigger matches and mention references (no document state): which
mentions are conjoined, which stand after a preposition or an agent marker, whether a verb is
present tense or carries an object pronoun. `events.detect` composes them into argument rules.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import replace
from functools import lru_cache

from marsad.doc import MentionRef, Sentence, Token
from marsad.events.lexicon import Trigger
from marsad.lang import load_table, words
from marsad.text.phrases import PhraseMatch
from marsad.text.normalize import normalize
from marsad.text.tokens import QUOTE_MARKS, OBJECT_PREPOSITIONS, after_preposition, counted, fused_preposition, is_definite, variants


OBJECT_AFTER = 12
_BACKING_NOUNS = words.function_word_set("backing_noun")
_BACKED = words.function_word_set("backed")
_NOUN_ADVERBS = words.function_word_set("noun_adverb")
_SPORT_LEANING = words.function_word_set("sport_leaning")
_SPORT_STORY_USES = 5  # uses of sport-leaning words in one story
_SPORT_STORY_WORDS = 3  # distinct sport-leaning words among them  # بعد, عقب, بسبب: a noun follows, never a verb
# دعم، دعما، نصرة: the party after them, with ل, is helped
_SUPPORTED_FOR = words.function_word_set("supported_for") | _BACKING_NOUNS
MANNER = words.function_word_set("manner")
_UNCODED_ADDRESSEES = words.function_word_set("uncoded_addressee")
_INVESTIGATION_NOUNS = words.function_word_set("investigation_noun")
_INVESTIGATION_OPENERS = words.function_word_set("investigation_opener")
_INVESTIGATION_SINGULAR = words.function_word_set("investigation_singular")
_INVESTIGATION_WORDS = _INVESTIGATION_NOUNS | _INVESTIGATION_SINGULAR
ACCUSING = words.function_word_set("accusing")
_CHARGING = ACCUSING | words.function_word_set("demanding")  # verbs whose ب-object is an act not asserted
_THREATENING = words.function_word_set("threatening")  # and these, whose ب-object is the act threatened
_IMPOSING = words.function_word_set("imposing")  # فرض، أعلن، وسع: a measure noun after them is being imposed
_IMPOSING_REACH = 3
_HOLDING = words.function_word_set("holding_noun")  # عقد، إجراء: "his holding" talks makes them his
_CHARGE_REACH = 12  # words from an accusing, demanding or threatening verb to its ب-act (past both parties' titles and names)
_CLAUSE_STOPS = frozenset({".", "\u061b", ";"}) | words.function_word_set("relative_pronoun")  # (061B: Arabic semicolon)
_ACT_VERBS = words.function_word_set("act_verb")
GIVING_VERBS = words.function_word_set("giving_verb")
_ACT_VERB_REACH = 3  # `هجوم واسع بدأته دمشق`: the verb within three words after the act noun
# words that open an organisation's name (`ner_cues.tsv`, type ORG): `حزب العيش والحرية` is a subject even when uncoded
_ORG_HEADS = frozenset(normalize(row["form"]) for row in load_table("ner_cues") if row.get("type") == "ORG")
_OPENER_REACH = 8  # `فتحت السلطات القضائية في تركيا، الخميس الماضي، تحقيقا`: the opener up to eight words before the noun
_NAMELY = words.function_word_set("namely")
_BACKED_REACH = 3  # `مدعوما بغطاء جوي روسي`: the backer within three words of the participle
_BACKER_REACH = 4  # words from the support noun to its من (بدعم كامل وشفاف من)
_PASSIVE_FOLLOWERS = words.function_word_set("passive_follower")
_SVO_GAP = frozenset(words.function_words("svo_gap"))
_AGENT_MARKERS = words.function_word_set("agent_marker")
WITH_WORD = words.function_word("with")
ARTICLE = words.article()
_ELIDED_ARTICLE = words.elided_article()
ABOUT_WORD = normalize(words.function_word("about"))
COMMAS = frozenset({",", "\u060c"})
_PARTNERSHIP = words.function_word_set("partnership")
_EACH_OF = words.function_word_set("each_of")
DATIVE = words.clitics("dative")
COMITATIVE = words.clitics("comitative")
_COMMA = "،"
_PERSON_KINDS = frozenset({"name", "role", "adjective"})
THAT_PRONOUNS = words.function_word_set("that_pronoun")
_LIGHT_VERBS = words.function_word_set("light_verb")
_CONTINUING_VERBS = words.function_word_set("continuing_verb")
LAUNCH_VERBS = words.function_word_set("launch_verb")
CAMPAIGN_HEADS = words.function_word_set("campaign_head")
_REFLEXIVES = words.function_word_set("reflexive")
_DANGER = words.function_word_set("danger")
_REQUEST_FRAMES = frozenset(tuple(normalize(w).split()) for w in words.function_words("request_frame"))
_BACKING_FROM = words.function_word_set("backing_from")
FROM_WORD = normalize(words.function_word("of"))  # من
FUTURE_PREFIXES = words.verb_affixes("future_prefix")
_PRESENT_PREFIXES = tuple(p for p in words.verb_affixes("present_prefix") if p and p not in FUTURE_PREFIXES)
WARNINGS = words.function_word_set("warning")
_GENERIC_RELATIVES = words.function_word_set("generic_relative")  # types whose present tense after a relative pronoun or علما is a standing relation
_PLURAL_ENDINGS = words.verb_affixes("plural_ending")
CONJUNCTION = words.clitics("conjunction")
_POSSESSIVE = words.clitics("possessive")
_OBLIQUE_PLURAL = words.word_endings("oblique_plural")
_INFLECTED_KINDS = frozenset({"civilians", "role", "group"})  # people named by a common noun, which takes case endings
_ALLY = words.function_word_set("ally")
_GATHER = words.function_word_set("gather")
_TAA_MARBUTA = words.letter("taa_marbuta")
_WITNESSING = words.function_word_set("witnessing")
_EXPOSED_REACH = 3  # words from تعرض to its ل (لتعرض أحد الركاب لأزمة)
_EXPOSED = words.function_word_set("exposed")


def demonym_after_adjective(tokens: list[Token], ref: MentionRef, noun_end: int) -> bool:
    """`دعم جوي أميركي`, `مساعدات إنسانية سعودية`: a demonym one indefinite adjective after an act noun is its doer."""
    return ref.kind == "adjective" and ref.start_token == noun_end + 1 and tokens[noun_end].is_word and not is_definite(tokens[noun_end])


def dative(token: Token) -> bool:
    """The word carries ل "for, of" (`لمقاتلات`, `للتحالف`), not merely the article that ends in the same letter."""
    return token.prefix.endswith(DATIVE) and not token.prefix.endswith(ARTICLE)


def named_as_backer(tokens: list[Token], ref: MentionRef) -> bool:
    """`وتشن قوات النظام بدعم روسي`, `بإسناد من طائرات التحالف`, `مدعوما بقوات روسية`: the party named as a backer
    is never the act's target."""
    k = ref.start_token - 1
    if any(v in _BACKED for t in tokens[max(0, ref.start_token - _BACKED_REACH) : ref.start_token] for v in variants(t.norm)[:2]):
        return True  # `شنت القوات الحكومية، مدعومة بالجيش الروسي، هجوما`: the backer named after "backed"
    if k >= 1 and tokens[k].norm == FROM_WORD:
        k -= 1
    return k >= 0 and tokens[k].prefix.endswith(COMITATIVE) and tokens[k].base in _BACKING_NOUNS


def named_as_backed(tokens: list[Token], ref: MentionRef) -> bool:
    """`شنت فيها روسيا غارات دعما للسلطات السورية`, `لدعم قوات النظام`: the party an act is done in support of is
    its beneficiary, not its target."""
    k = ref.start_token - 1
    if k < 0 or not (dative(tokens[ref.start_token]) or dative(tokens[k])):
        return False
    return bool(_SUPPORTED_FOR.intersection(variants(tokens[k].norm)[:3]))


def backed_by_arguments(tokens: list[Token], m: PhraseMatch[Trigger], after: list[MentionRef], before: list[MentionRef],
               sent: Sentence) -> tuple[list[str], list[str], str] | None:
    """`حققت قوات المقاومة تقدما بدعم من قوات التحالف`: with ب and then من, the party after من gives the support and
    the clause's subject before receives it."""
    at = next((k for k in range(m.last, min(sent.last_token, m.last + _BACKER_REACH)) if tokens[k].norm == FROM_WORD), None)
    backer = next((r for r in after if at is not None and r.start_token == at + 1), None)
    if backer is None:
        return None
    backed = next((r for r in before if not after_preposition(tokens, r.start_token) and not fused_preposition(tokens[r.first])
                   and r.actor_id != backer.actor_id), None)
    return [backer.actor_id], [backed.actor_id] if backed else [], "with support from: the party after the preposition backs the subject"


def at_the_request_of(tokens: list[Token], first: int) -> bool:
    """`بناء على طلب`, `بطلب من`: the request noun is the frame of an act done at someone's request."""
    if tokens[first].prefix.endswith(COMITATIVE) and first + 1 < len(tokens) and tokens[first + 1].norm == FROM_WORD:
        return True
    return any(first >= len(frame) and tuple(t.norm for t in tokens[first - len(frame) : first]) == frame
               for frame in _REQUEST_FRAMES)


def through_light_verb(tokens: list[Token], m: PhraseMatch[Trigger]) -> PhraseMatch[Trigger]:
    """`المجلس سيقوم باستئذان الملك`, `السلطات شنت حملة اعتقالات`, `يواصل تشجيع العراق`: an act noun with ب right
    after a form of قام, after شن and a campaign noun, or right after a form of واصل, has the verb's arguments (its subject before the verb, its genitive
    the object), so it is read as a verb starting at the light verb."""
    if m.first == 0 or m.payload.kind != "noun":
        return m
    start = None
    if tokens[m.first].prefix.endswith(COMITATIVE) and _LIGHT_VERBS.intersection(variants(tokens[m.first - 1].norm)[:3]):
        start = m.first - 1
    elif not tokens[m.first].prefix and not is_definite(tokens[m.first - 1]) and _CONTINUING_VERBS.intersection(
            variants(tokens[m.first - 1].norm)[:2]):
        start = m.first - 1  # `إنه يواصل تشجيع العراق والكويت`: continuing an act does it (not `التواصل`, contact)
    elif m.first > 1 and tokens[m.first - 1].norm in CAMPAIGN_HEADS and LAUNCH_VERBS.intersection(variants(tokens[m.first - 2].norm)[:3]):
        start = m.first - 2
    if start is None:
        return m
    return PhraseMatch(start, m.last, replace(m.payload, kind="verb"), m.literal, tokens[start].norm)


def conjoined(tokens: list[Token], mentions: list[MentionRef], head: MentionRef) -> list[MentionRef]:
    """`بريطانيا وفرنسا وألمانيا وروسيا`: the mentions coordinated with `head`, in order."""
    idx = mentions.index(head)
    group = [head]
    k = idx - 1  # backwards: head is the last conjunct when the list precedes the verb
    while k >= 0 and _joins(tokens, mentions[k], group[0]):
        group.insert(0, mentions[k])
        k -= 1
    k = idx + 1
    while k < len(mentions) and _joins(tokens, group[-1], mentions[k]):
        group.append(mentions[k])
        k += 1
    return group


def _joins(tokens: list[Token], left: MentionRef, right: MentionRef) -> bool:
    """`left` and `right` are adjacent conjuncts: `X وY` (a comma alone is apposition, not a list)."""
    gap = right.start_token - left.last
    if gap == 0:
        return tokens[right.start_token].prefix.startswith(CONJUNCTION)
    ally = tokens[left.last]
    if gap == 1 and right.kind == "adjective" and ally.prefix.startswith(CONJUNCTION) and _ALLY.intersection(variants(ally.norm)):
        return True  # `إسرائيل وحليفها الأمريكي`: the ally is the next conjunct
    if gap == 1 and tokens[left.last].norm == _COMMA:  # `بوتين، والإيراني روحاني`, `بريطانيا، وألمانيا`: a list of people, groups or states
        return tokens[right.start_token].prefix.startswith(CONJUNCTION) and (
            {left.kind, right.kind} <= _PERSON_KINDS or left.kind == right.kind in ("org", "state"))
    return gap == 1 and tokens[left.last].norm in CONJUNCTION


def adjacent_before(tokens: list[Token], ref: MentionRef, verb: int) -> bool:
    """`روسيا تدين`, `يلديريم قد حض`: the mention ends right before the verb."""
    return all(t.norm in _SVO_GAP or t.text in QUOTE_MARKS for t in tokens[ref.last : verb])  # (`كيري «رحب`)


def declared_arguments(tokens: list[Token], before: list[MentionRef]) -> tuple[list[str], list[str], str]:
    """`أبلغت الكويت السفير الفلبيني بأنه شخص غير مرغوب فيه`: the party named last before the words is
    declared unwelcome, by the sentence's subject (its first party not after a preposition)."""
    free = [r for r in before if not after_preposition(tokens, r.start_token)]
    if len(free) < 2 or free[0].actor_id == free[-1].actor_id:
        return [], [], "declaration without both a declarer and whom it declares"
    return [free[0].actor_id], [free[-1].actor_id], "the sentence's subject declares the party before the words"


def subject_of_adjacent_object(tokens: list[Token], refs: list[MentionRef], ref: MentionRef) -> MentionRef | None:
    """`أبلغ عباس بوتين قلقه`: two parties side by side, with no و or comma between, are a verb's subject and
    object; an act noun after them is the subject's."""
    before = next((r for r in refs if r.last == ref.start_token), None)
    if before is None or tokens[ref.first].prefix.startswith(CONJUNCTION):
        return None
    return before


def governed_conjunct(tokens: list[Token], refs: list[MentionRef], ref: MentionRef) -> bool:
    """`سيطر على الجيش والشرطة والقضاء ليقرر`: a party after a preposition, or conjoined to one, is an object."""
    by_end = {r.last: r for r in refs}
    while tokens[ref.first].prefix.startswith(CONJUNCTION) and ref.start_token in by_end:
        ref = by_end[ref.start_token]
    return after_preposition(tokens, ref.start_token)


def stacked_adjectives(tokens: list[Token], refs: list[MentionRef], start: int) -> list[MentionRef]:
    """Demonym adjectives right after a noun, one after the other or joined by و (`القمة السعودية الأمريكية`,
    whose السعودية also reads as the state's name)."""
    chain: list[MentionRef] = []
    for r in refs:
        if r.kind not in ("adjective", "state") or r.start_token != (chain[-1].last if chain else start):
            break
        chain.append(r)
    return chain if any(r.kind == "adjective" for r in chain) else []


def in_partnership(tokens: list[Token], ref: MentionRef) -> bool:
    """`بالتعاون والتنسيق مع كل من X`: a party after `مع` that follows a word of partnership; `بإسناد من
    طائرات التحالف`: one after `من` that follows a word of backing (a weapon or force noun may stand between)."""
    k = ref.start_token - 1
    for f in (k, k - 1):  # `بإسناد من التحالف`, `بإسناد من طائرات التحالف`
        if f > 0 and tokens[f].norm == FROM_WORD and any(v in _BACKING_FROM for v in variants(tokens[f - 1].norm)[:2]):
            return True
    while k > 0 and tokens[k].norm in _EACH_OF:
        k -= 1  # `كل من`
    if k < 0 or tokens[k].norm != WITH_WORD:
        return False
    return any(any(v in _PARTNERSHIP for v in variants(t.norm)[:2]) for t in tokens[max(0, k - 3) : k])


def object_of_preposition(tokens: list[Token], ref: MentionRef) -> bool:
    """`المبعوث ... إلى اليمن`, `الاتفاق النووي مع إيران`: a party after a preposition is
    no subject - except the quoted source after `عن` (`نقلت الوكالة عن صالحي قوله "ليس صحيحا"`), who speaks."""
    before = tokens[ref.start_token - 1].norm if ref.start_token > 0 else ""
    return (after_preposition(tokens, ref.start_token) and before != ABOUT_WORD) or before == WITH_WORD


def after_witnessing(tokens: list[Token], ref: MentionRef) -> bool:
    """`يشهد الأردن منذ الأربعاء احتجاجات`, `المناطق التي تشهدها`: the party after a verb of witnessing is a place."""
    return any(v in _WITNESSING for v in variants(tokens[ref.start_token - 1].norm)[:2])


def phrase_head(refs: list[MentionRef], ref: MentionRef) -> MentionRef:
    """The first of the mentions side by side that end at `ref` (`المسلحين الحوثيين`: المسلحين)."""
    by_end = {r.last: r for r in refs}
    while ref.start_token in by_end and by_end[ref.start_token] is not ref:
        ref = by_end[ref.start_token]
    return ref


def object_of_that_clause(tokens: list[Token], ref: MentionRef) -> bool:
    """`أنها أبلغت السفير`: a party right after a verb whose subject is a "that it" pronoun is its object."""
    return ref.start_token >= 2 and tokens[ref.start_token - 2].norm in THAT_PRONOUNS


def purpose_noun(tokens: list[Token], m: PhraseMatch[Trigger]) -> bool:
    """`لمنع`, `لإطلاق`, `ليمنع`: an act word with a bare ل (no article) names a purpose, except a meeting's
    (`لبحث`, `لزيارة`: what a visit or call was for is told as its content)."""
    return m.payload.type != "CONSULT" and tokens[m.first].prefix == DATIVE[0] and not m.variant.startswith(ARTICLE)


def exposed_verb_before(tokens: list[Token], first: int) -> int | None:
    """Index of a form of تعرض "was exposed to" shortly before `first` (`وتعرضت القوات العراقية لهجوم`)."""
    return next((k for k in range(first - 1, max(-1, first - _EXPOSED_REACH - 2), -1)
                 if _EXPOSED.intersection(variants(tokens[k].norm)[:2])), None)


def exposed_to(tokens: list[Token], index: int, end: int) -> bool:
    """`تعرض للقصف`, `لتعرض أحد الركاب لأزمة`: "is exposed to", a verb that only looks like عرض "offered"."""
    return (any(v in _EXPOSED for v in variants(tokens[index].norm)[:2])
            and any(t.prefix.startswith(DATIVE) for t in tokens[index + 1 : min(end, index + 1 + _EXPOSED_REACH)]))


def endangers(tokens: list[Token], m: PhraseMatch[Trigger], end: int) -> bool:
    """`يعرضون أنفسهم للخطر`, `يعرض أرض سوريا وقواتها للخطر`: عرض with a reflexive object or "to danger" soon
    after it exposes or endangers; it offers nothing."""
    if m.last < end and tokens[m.last].norm in _REFLEXIVES:
        return True
    return any(t.norm in _DANGER for t in tokens[m.last : min(end, m.last + _EXPOSED_REACH + 3)])


def has_article(token: Token, matched: str) -> bool:
    """The matched form was reached by stripping the article (ال, لل) from the token."""
    return token.prefix.endswith((ARTICLE, _ELIDED_ARTICLE)) and not matched.startswith(ARTICLE)


def after_preposition_word(tokens: list[Token], index: int, floor: int) -> bool:
    """The word before `index`, quotation marks skipped (`عن "إدانتها`), is a preposition or a time or cause word
    that takes a noun (`بعد قتل`)."""
    k = index - 1
    while k > floor and tokens[k].text in QUOTE_MARKS:
        k -= 1
    return k >= floor and (tokens[k].norm in OBJECT_PREPOSITIONS or tokens[k].norm in _NOUN_ADVERBS)


def passive_after(tokens: list[Token], m: PhraseMatch[Trigger], after: list[MentionRef], sent: Sentence,
                   time_words: frozenset[str]) -> bool:
    """`خاشقجي قتل داخل القنصلية`, `الإبراهيمي قتل برصاص القوات المشتركة`: a violent verb after its subject with no
    object, only a preposition or the doer after an agent marker, is passive (قُتل): the subject suffered it.
    Time words right after the verb are skipped (`قتل الجمعة بقصف إسرائيلي`)."""
    k = m.last
    while k < sent.last_token and tokens[k].norm in time_words:
        k += 1
    if k >= sent.last_token:
        return True
    nxt = tokens[k]
    first_after = next((r for r in after if r.start_token >= k), None)
    if first_after is not None and first_after.start_token == k:
        return after_agent_marker(tokens, first_after)  # `قتل برصاص القوات` (the doer), not `قتل الجيش 5 مسلحين`
    if nxt.text[:1].isdigit() or counted(tokens, k):
        return False  # `اعتقلت 431 شخصا`: people counted are the object
    return (not nxt.is_word and nxt.norm not in COMMAS) or nxt.norm in _PASSIVE_FOLLOWERS or nxt.norm in _AGENT_MARKERS or any(
        " ".join(t.norm for t in tokens[k : k + 2]) == marker for marker in _AGENT_MARKERS)


def after_agent_marker(tokens: list[Token], ref: MentionRef) -> bool:
    start = ref.start_token
    one = tokens[start - 1].norm if start >= 1 else ""
    two = " ".join(t.norm for t in tokens[max(0, start - 2) : start])
    return one in _AGENT_MARKERS or two in _AGENT_MARKERS or tokens[start].norm in _AGENT_MARKERS


def after_word(tokens: list[Token], ref: MentionRef, word: str) -> bool:
    return (ref.first > 0 and tokens[ref.first - 1].norm == word) or tokens[ref.first].norm.startswith(word)


def gathering_suffix(token: Token) -> str | None:
    """The pronoun on a gathering verb (`جمعه` -> ه; `يضم` -> ""), or None if the word is no gathering verb."""
    if ARTICLE in token.prefix or token.text.endswith(_TAA_MARBUTA):
        return None  # `الجمعة` (Friday), `جمعة`: the normalised spelling of a verb with a pronoun
    conjunction = next((c for c in CONJUNCTION if token.norm.startswith(c)), "")
    word = token.norm[len(conjunction):]
    for form in _GATHER:
        if word == form:
            return ""
        if word.startswith(form) and word[len(form):] in _POSSESSIVE:
            return word[len(form):]
    return None


def vows(tokens: list[Token], m: PhraseMatch[Trigger]) -> bool:
    """`وتوعد بفرض حظر`, `هدد بضرب الرياض`: a threat verb is a threat even with no one named as its target; a
    warning (`حذر من`), a threat noun, or a generic `ما يهدد أمنه` needs one."""
    trig = m.payload
    if trig.type != "THREATEN" or trig.kind != "verb" or lemma(trig) in WARNINGS:
        return False
    return not (m.first > 0 and tokens[m.first - 1].norm in _GENERIC_RELATIVES)


def subject_of_act_verb_after(tokens: list[Token], m: PhraseMatch[Trigger], after: list[MentionRef],
                              verbs: frozenset[str] = _ACT_VERBS) -> MentionRef | None:
    """`بعد هجوم واسع بدأته دمشق`, `الدعم الذي تقدمه إيران`: a verb of carrying out (or giving) an act with an object
    pronoun right after the act noun has the act's doer as its subject, right after it."""
    for k in range(m.last, min(len(tokens) - 1, m.last + _ACT_VERB_REACH)):
        if _stem_with_pronoun(tokens[k].norm, verbs):
            return next((r for r in after if r.start_token == k + 1), None)
    return None


def investigation_told(tokens: list[Token], sent: Sentence, m: PhraseMatch[Trigger]) -> bool:
    """An investigation trigger tells an act: a verb (`حققت في`), or a noun after a word that opens or leads it
    (`فتحت السلطات ... تحقيقا`). `التحقيقات الجارية`, `على ذمة التحقيقات`, `لجنة دولية للتحقيق` name one under way or
    for a purpose; `ما يمكن تحقيقه` is "achieving it"."""
    noun = tokens[m.first]
    forms = variants(noun.norm)
    if noun.base not in _INVESTIGATION_WORDS:
        if _INVESTIGATION_SINGULAR.intersection(forms):
            return False  # `تحقيقها`, `تحقيقه`: the singular with a pronoun suffix
        return True  # a verb phrase (`حققت في`), or the investigations of their possessor (`تؤكد النيابة أن تحقيقاتها مستمرة`)
    words_before = [t for t in tokens[sent.first_token : m.first] if t.is_word][-_OPENER_REACH:]
    return any(_INVESTIGATION_OPENERS.intersection(variants(t.norm)[:2]) for t in words_before)


def uncoded_org_subject(tokens: list[Token], m: PhraseMatch[Trigger], first_after: MentionRef, after: list[MentionRef],
                         sent: Sentence) -> bool:
    """Right after the verb, a word that opens an organisation's name and a word of no coded party: an uncoded
    organisation is the subject (`منظمة "هيومن رايتس ووتش"`: a head before a coded name is that name's)."""
    if m.last >= sent.last_token or first_after.start_token <= m.last or tokens[m.last].norm not in _ORG_HEADS:
        return False
    next_word = next((k for k in range(m.last + 1, sent.last_token) if tokens[k].is_word), -1)
    return not any(r.start_token == next_word for r in after)


def accused_before_charge(tokens: list[Token], m: PhraseMatch[Trigger], first_after: MentionRef, after: list[MentionRef],
                           sent: Sentence) -> bool:
    """`بعدما اتهمت إسرائيل بالمسؤولية`: after an accusing verb, the one party before the ب-charge is the accused, not
    the accuser (not when the verb carries an object pronoun, `وتتهمه السلطات بأنه`, or a second party follows)."""
    if lemma(m.payload) not in ACCUSING or first_after.last >= sent.last_token or has_object_pronoun(tokens[m.last - 1], m):
        return False
    charge = tokens[first_after.last]
    return (charge.prefix.startswith(COMITATIVE) and charge.norm not in MANNER
            and not any(r.start_token == first_after.last for r in after))


def uncoded_addressee_stop(tokens: list[Token], start: int, stop: int) -> int:
    """`ودعا نتنياهو المجتمع الدولي إلى إدانة ...`: an addressee with no code right after the verb takes the object
    slot, so parties after it are what is asked; a member singled out after it (`لا سيما مجلس الأمن`) is still asked."""
    for k in range(start, min(stop, start + OBJECT_AFTER, len(tokens) - 1)):
        if any(f"{v} {tokens[k + 1].norm}" in _UNCODED_ADDRESSEES for v in variants(tokens[k].norm)[:3]):
            namely = any(tokens[j].norm in _NAMELY for j in range(k + 2, min(stop, k + 5)))
            return stop if namely else k
    return stop


def word_within(tokens: list[Token], start: int, end: int, reach: int, wanted: frozenset[str]) -> bool:
    """One of `wanted` (as written or without its clitics) among the `reach` words from `start`, before `end`."""
    return any(v in wanted for t in tokens[start : min(end, start + reach)] for v in variants(t.norm)[:2])


@lru_cache(maxsize=None)
def lemma(trig: Trigger) -> str:
    """The trigger's past form, normalised as the function-word tables are (أرسل -> ارسل); cached per trigger row."""
    return normalize(trig.form.split("|")[0])


def present_tense(m: PhraseMatch[Trigger]) -> bool:
    """`تدعم`, `يدعمون`: the verb matched in its present form (a present prefix before the present stem)."""
    parts = m.payload.form.split("|")
    stem = parts[1] if len(parts) > 1 else ""
    return bool(stem) and any(m.variant.startswith(prefix + stem) for prefix in _PRESENT_PREFIXES)


def fused_preposition_before_stem(token: Token, m: PhraseMatch[Trigger]) -> bool:
    """`لطرد`, `ولتعهد`: a word read as a past verb behind a fused ل, which takes no past verb (the ل of purpose takes
    the present: ليطرد), so the word is the verbal noun. (Behind ب the verb reading stays: `تقوم الطائرات بقصف`
    is the light verb قام with its act, which the verb rules read right.)"""
    return token.prefix.endswith(DATIVE) and not m.variant.startswith(DATIVE) and not present_tense(m)


def plural_verb(m: PhraseMatch[Trigger]) -> bool:
    """`يساعدون`, `اعتقلوا`: a verb after its subject agrees in number, one before it stays singular, so a
    plural verb's subject is not the party after it."""
    return m.payload.kind == "verb" and len(m.variant) > 4 and m.variant.endswith(_PLURAL_ENDINGS)


def has_pronoun_suffix(token: Token, m: PhraseMatch[Trigger]) -> bool:
    """The trigger word carries a possessive pronoun (لقائه, زيارتها, محادثاته)."""
    return carries_pronoun(token) and not m.variant.endswith(token.norm[-1:])


def oblique_plural(tokens: list[Token], ref: MentionRef) -> bool:
    """`ودعا الفلسطينيين إلى`: a people, group or office holders named in the accusative/genitive plural (ين, not the
    nominative ون) cannot be the subject of the verb before them: they are its object (not names, which do not
    inflect so: الكرملين، فلسطين; nor people counted, `قتل عشرات الفلسطينيين`, where the plural is a genitive)."""
    return (ref.kind in _INFLECTED_KINDS and tokens[ref.start_token].norm.endswith(_OBLIQUE_PLURAL)
            and not counted(tokens, ref.start_token))


def carries_pronoun(token: Token) -> bool:
    """The word ends in a possessive pronoun, whatever form matched it (`تصميمه`, `مبايعتها` are listed whole)."""
    return token.norm.endswith(_POSSESSIVE)


def has_object_pronoun(token: Token, m: PhraseMatch[Trigger]) -> bool:
    """The verb carries an object pronoun after its matched form (تدعمها = تدعم + ها, تتهمهم = تتهم + هم)."""
    return _stem_with_pronoun(token.norm, (m.variant,)) or _stem_with_pronoun(token.base, (m.variant,))  # (وحضره)


def charged_act(tokens: list[Token], sent: Sentence, m: PhraseMatch[Trigger]) -> bool:
    """`اتهمت إيران منافستها الإقليمية، السعودية، بدعم الانفصاليين`: an act noun with ب a few words after an accusing
    verb of its clause is the charge, an act alleged, not one the text asserts; after a demanding verb
    (`طالبوا الولايات المتحدة بتوجيه ضربات لإيران`) it is the act asked for, and after a threatening one
    (`هدد ترامب تركيا بمواجهة عقوبات`) the act threatened: not done either."""
    # (a verb form with ب is its verbal noun: `بشن`; the ب may stand on the word before: `بتقديم الدعم`)
    own = _with_bi(tokens[m.first].norm) and not m.variant.startswith(COMITATIVE)
    if not own and not (m.first - 1 >= sent.first_token and _with_bi(tokens[m.first - 1].norm)):
        return False
    for k in range(m.first - 1, max(sent.first_token, m.first - _CHARGE_REACH) - 1, -1):
        if _CHARGING.intersection(variants(tokens[k].norm)[:2]) or (
                m.payload.type != "THREATEN" and _THREATENING.intersection(variants(tokens[k].norm)[:2])):
            return True  # (a threat noun after a threatening verb is the threat itself: `لوح بتهديد`)
        if tokens[k].norm in _CLAUSE_STOPS:
            return False
    return False


def _with_bi(word: str) -> bool:
    """The word opens with ب, behind و/ف or not (the tokenizer leaves `بشن`, `بتقديم` whole)."""
    return any(word.startswith(c + p) for c in ("", *CONJUNCTION) for p in COMITATIVE)


def standing_measure(tokens: list[Token], sent: Sentence, m: PhraseMatch[Trigger]) -> bool:
    """`العقوبات الأمريكية على إيران` with no word imposing, widening or announcing them a few words before: the
    sanctions already in force, named as a topic (`الالتفاف حول العقوبات`, `الخاضعة للعقوبات`), not an act."""
    if m.last - m.first != 1 or not is_definite(tokens[m.first]):
        return False
    return not any(_IMPOSING.intersection(variants(t.norm)[:3]) for t in tokens[max(sent.first_token, m.first - _IMPOSING_REACH) : m.first])


def holding_with_pronoun(token: Token) -> bool:
    """`وعقده`, `إجرائها`: a noun of holding or conducting with a pronoun suffix, whose owner holds the act after it."""
    return any(_stem_with_pronoun(stem, _HOLDING) for stem in variants(token.norm)[:3])


def _stem_with_pronoun(word: str, stems: Collection[str]) -> bool:
    """`word` is one of `stems` with a pronoun suffix (بدأته = بدأ + ه, تدعمها = تدعم + ها, عقده = عقد + ه)."""
    return any(word.endswith(p) and word[: -len(p)] in stems for p in _POSSESSIVE)


def sport_story(tokens: list[Token]) -> bool:
    """The story leans to sport throughout (`النادي`, `اللاعب`, `الموسم`: five uses of three such words): its
    transfers, offers and signings are no political events, even in sentences that name no sport."""
    used = Counter(next((v for v in variants(t.norm)[:2] if v in _SPORT_LEANING), None) for t in tokens if t.is_word)
    used.pop(None, None)
    return sum(used.values()) >= _SPORT_STORY_USES and len(used) >= _SPORT_STORY_WORDS
