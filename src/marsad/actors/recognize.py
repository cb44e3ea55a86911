"""Actor recognition: turn gazetteer pieces and names into actor mentions.

Arabic news names an actor by composing a few pieces, and each piece decides
part of the code:

- office title (+ portfolio words) (+ demonym | state) (+ name):
  `وزير العمل والشؤون الاجتماعية العراقي أحمد الأسدي` → a person, IRQ GOV;
- body + demonym | state: `الجيش العراقي` → IRQ MIL, `حكومة روسيا الاتحادية` → RUS GOV;
- organisation names from the tables: `حزب الله`, `الأمم المتحدة`;
- state names (`روسيا` → RUS) unless they stand as a place (`في روسيا`);
- capitals as their government only where they act (`بين موسكو وبغداد`);
- `مصدر بالحكومة العراقية`: an anonymous source takes the body's code.

The result is a list of `Candidate`s in text order; `marsad.actors.resolve`
groups them into actors and adds coreferent mentions.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from marsad.doc import OFFICE_SECTORS, Document, Entity, Token
from marsad.entities.gazetteer import GazEntry
from marsad.lang import words
from marsad.text.normalize import normalize, strip_marks
from marsad.text.phrases import PhraseIndex, PhraseMatch
from marsad.text.tokens import IN_WORD, QUOTE_MARKS, TOWARDS, counted, fused_preposition, is_definite, surface_from, variants

# Which reading wins when one span is several things at once.
_KIND_PRIORITY = {"person": 0, "org": 0, "role": 1, "body": 2, "group": 2, "state": 3, "capital": 4, "demonym": 5, "city": 6}
_PLURAL_ENDINGS = words.word_endings("plural")
_DUAL_ENDINGS = words.word_endings("dual")
_FEMININE = words.word_endings("feminine")
_NISBA_ACCUSATIVE = words.letter("nisba") + words.letter("accusative_alif")  # فلسطينيا
_SOURCE_WORDS = words.function_word_set("source_noun")  # compared with token.norm
# words between an anonymous source and its body (`مصدر في وزارة`)
_SOURCE_LINKS = words.function_word_set("source_link")
_COUNTRY_IN = words.function_word_set("country_in")
_ENVOY_HEADS = words.function_word_set("envoy_head")
_COMMON_WORD_STATES = words.function_word_set("common_word_state")
_VERBAL_NOUN_PHRASES = words.function_word_set("verbal_noun_phrase")
_CURRENCIES = words.function_word_set("currency")
_NAMED_GATHERINGS = words.function_word_set("named_gathering")
_PATRONYMICS = words.function_word_set("patronymic")
_COMMON_WORD_ORGS = words.function_word_set("common_word_org")
_NOT_ORG_AFTER = words.function_word_set("not_org_after")
_SPELLED_NOT_TITLE = tuple(words.function_words("spelled_not_title"))  # as written: the hamza tells them apart
_FORCES = words.function_word_set("forces")
_MEMBERS_BODY = words.function_word_set("members_body")
_FACILITY_HEADS = words.function_word_set("facility_head")
_VICTIM_NOUNS = words.function_word_set("victim_noun")
_FROM_PARTY = words.function_word_set("from_party")
_FROM = normalize(words.function_word("of"))
_COLLECTIVE_BEFORE = words.function_word_set("collective_before")
_MEMBER_OF = words.function_word_set("member_of")
_MEMBERSHIP_REACH = 6  # words from a membership word to the armed group (ينتمون إلى خلية تابعة لتنظيم داعش)
_BETWEEN = words.function_word("between")
_ARTICLE = words.article()
_DEFINITE = words.clitics("definite")
_LOCATIVE_PREFIXES = frozenset(words.clitics("locative"))
_ADDRESSED_REACH = 8  # words from a message, shipment or visit word to its إلى (أرسلت منظومة الدفاع الجوي إس-300 إلى)
_LOCATIVE_ENDS = tuple(_LOCATIVE_PREFIXES)
_CONJUNCTION = words.clitics("conjunction")
_DATIVE_CLITIC = words.clitics("dative")[0]
_OF_BODY_REACH = 4  # words after a title's ل to the demonym of the body it heads (لمجموعة الغاز البريطانية)
_COMMAS = frozenset({",", "\u060c"})
_TO = words.clitics("dative")
_TITLE_TAIL = words.function_word_set("title_tail")
_NOT_CONJUNCTION = words.clitics("not_conjunction")
_COMPARATIVE = words.clitics("comparative")
_FORMER = words.function_word_set("former")
_ACTING = words.function_word_set("acting")  # بالإنابة: an acting officeholder still holds the office
_PLACE_KINDS = frozenset({"state", "capital", "city"})


@dataclass(slots=True)
class Candidate:
    """One recognised actor mention before grouping into actors."""

    first: int  # token span of the mention
    last: int
    kind: str  # person | role | state | adjective | body | group | org | source | civilians | capital
    country: str = ""
    sector: str = ""
    name: str = ""  # canonical name (person name, body phrase, org name)
    role: str = ""  # office title as written
    role_head: str = ""  # first word of the title, normalised without ال (وزير)
    explicit_country: bool = False  # a demonym or state fixed the country
    lead: int = -1  # first token of the introducing title, for a person named after one


@dataclass(frozen=True, slots=True)
class Lexicon:
    """What recognition needs from the language data."""

    gazetteer: PhraseIndex[GazEntry]
    stopwords: frozenset[str]
    title_words: frozenset[str]
    locative: frozenset[str]
    first_names: frozenset[str]
    attribution: frozenset[str] = frozenset()  # لوكالة، بحسب: words that end a name before a source
    addressed: frozenset[str] = frozenset()  # تحذيرا، رسالة، إرسال: `إلى <state>` after them is an actor
    armed_acts: dict[str, str] = field(default_factory=dict)  # الغارات -> MIL: a demonym after it names the military


def _quoted_alone(tokens: list[Token], first: int, last: int) -> bool:
    """A name standing alone between quotation marks (`"الرياض"`, `"الأهرام"`) names a paper or a programme."""
    return 0 < first and last < len(tokens) and tokens[first - 1].text in QUOTE_MARKS and tokens[last].text in QUOTE_MARKS


def _agreeing_adjective(gaz, tokens: list[Token], index: int) -> bool:
    """`الجهات الأوروبية الناشطة`: a feminine title word right after a feminine demonym agrees with it as one
    more adjective of the noun before (not `الحكومة السورية اللاجئين`, the verb's object)."""
    before = gaz.get(index - 1)
    return (before is not None and before.payload.kind == "demonym" and tokens[index - 1].norm.endswith(_FEMININE)
            and tokens[index].norm.endswith(_FEMININE))


def _posted_to(tokens: list[Token], out: list[Candidate], m: PhraseMatch[GazEntry]) -> bool:
    """`السفير الكويتي في الفلبين`: the state after في right after an envoy of another country hosts him."""
    envoy = out[-1] if out else None
    return (envoy is not None and envoy.kind == "role" and envoy.role_head in _ENVOY_HEADS and envoy.explicit_country
            and envoy.country != m.payload.country and envoy.last == m.first - 1 and tokens[m.first - 1].norm in _COUNTRY_IN)


def _conjoined_sector(tokens: list[Token], out: list[Candidate], demonym: int) -> str:
    """`الجيشين الروسي والأمريكي`, `القوات الروسية والتركية`: a demonym conjoined right after another that named
    a sector shares it."""
    prev = out[-1] if out else None
    if prev is None or prev.last != demonym or not prev.sector or prev.kind not in ("adjective", "body"):
        return ""
    return prev.sector if tokens[demonym].prefix.startswith(_CONJUNCTION) else ""


def _counted_people(tokens: list[Token], first: int, last: int) -> bool:
    """`قتل فيها فلسطينيان`, `إصابة 3 فلسطينيين`: an indefinite demonym in the dual, or a plural or accusative one after a
    number, names people (a dual after a dual noun, `جنديان إسرائيليان`, is its adjective)."""
    word = tokens[last - 1].norm
    before = tokens[first - 1].norm if first > 0 else ""
    if word.endswith(_DUAL_ENDINGS) and not before.endswith(_DUAL_ENDINGS):
        return True
    # (`60 فلسطينيا`: after 11-99 the counted noun is a singular in the accusative)
    return word.endswith((*_PLURAL_ENDINGS, _NISBA_ACCUSATIVE)) and counted(tokens, first)


def _victim_named(tokens: list[Token], first: int, out: list[Candidate], conjunct_only: bool = False) -> bool:
    """`حكم بإعدام لبناني وسورية`, `مقتل إسرائيلية`: an indefinite demonym right after the noun of a killing,
    arrest or sentence is the person it befell, and so is one joined to such a person by و."""
    before = tokens[first - 1] if first > 0 else None
    if before is None or tokens[first].norm.startswith(_DEFINITE):
        return False
    if not conjunct_only and any(v in _VICTIM_NOUNS for v in variants(before.norm)[:2]):
        return True
    return (tokens[first].prefix.startswith(_CONJUNCTION) and bool(out) and out[-1].kind == "civilians"
            and out[-1].last == first)


def _collective_voice(tokens: list[Token], first: int) -> bool:
    """`إن القطريين يخدعون`, `لكن الإيرانيين، الذين رفعوا القضية`: a definite plural demonym opening a
    reported or contrasted clause is the state acting as one (its government)."""
    return first > 0 and tokens[first - 1].norm in _COLLECTIVE_BEFORE


def gazetteer_matches(tokens: list[Token], gaz: PhraseIndex[GazEntry]) -> dict[int, PhraseMatch[GazEntry]]:
    """Longest gazetteer match starting at each token (by kind priority on ties)."""
    found: dict[int, PhraseMatch[GazEntry]] = {}
    longest_at: dict[int, list[PhraseMatch[GazEntry]]] = {}
    for i in range(len(tokens)):
        matches = gaz.match_at(tokens, i)
        if tokens[i].prefix.endswith(_COMPARATIVE):
            # `كبيرا` is "big", not ك + بيرا (Beira): a place is read through ك only as written
            matches = [m for m in matches if m.literal or m.payload.kind not in _PLACE_KINDS]
        if matches and is_definite(tokens[i]):
            # `اللومي` is no Lomé: a place whose name has no article is never written with one
            matches = [m for m in matches if m.payload.kind not in _PLACE_KINDS or m.variant.startswith(_ARTICLE)]
        if matches and ((matches[0].last < len(tokens) and tokens[matches[0].last].norm in _PATRONYMICS)
                        or (i > 0 and tokens[i - 1].norm in _PATRONYMICS)):
            # `الأمير تركي بن عبدالله`, `سعد بن تركي الخثلان`: a demonym next to "son of" is a name, no nationality
            matches = [m for m in matches if m.payload.kind != "demonym"]
        if matches:
            longest_at[i] = [m for m in matches if m.last == matches[0].last]
    # countries the text names without doubt, to read a name two countries share (عمان: Amman when Jordan is the story)
    named = {ms[0].payload.country for ms in longest_at.values() if len({m.payload.country for m in ms}) == 1}
    for i, matches in longest_at.items():
        # a shadda marks the capital where a state shares its letters (عمّان Amman, not عُمان Oman)
        doubled = "\u0651" in tokens[i].text
        shared = len({m.payload.country for m in matches}) > 1
        found[i] = min(matches, key=lambda m: (
            not m.literal, m.payload.kind != "capital" if doubled else 0,
            m.payload.country not in named if shared else 0, _KIND_PRIORITY.get(m.payload.kind, 9)))
    return found


def _display(doc: Document, first: int, last: int, variant: str = "") -> str:
    """Text of tokens [first, last) without the first token's leading clitics."""
    tokens = doc.tokens
    head = surface_from(tokens[first], variant) if variant else tokens[first].text
    return head + doc.text[tokens[first].end : tokens[last - 1].end]


def _head(title: str) -> str:
    """The title's first word without its article (`الوزير` and `وزير الخارجية` both give `وزير`)."""
    word = normalize(title).split()[0] if title.split() else ""
    return word[len(_ARTICLE):] if word.startswith(_ARTICLE) else word


class Recognizer:
    """Walks a document's tokens and emits actor `Candidate`s."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon

    def __call__(self, doc: Document, gaz: dict[int, PhraseMatch[GazEntry]], persons: list[Entity] | None = None) -> list[Candidate]:
        """Actor candidates in text order, given the document's gazetteer matches."""
        tokens = doc.tokens
        person_at = self._person_starts(doc, persons or [])
        # `مدينة درنة الليبية`: a demonym right after a city names where the city is, not an actor
        after_place = {mm.last for mm in gaz.values() if mm.payload.kind in ("city", "capital")}
        out: list[Candidate] = []
        i = 0
        if doc.dateline and doc.dateline.span:  # the dateline names the filing place and outlet, not actors
            while i < len(tokens) and tokens[i].start < doc.dateline.span.end:
                i += 1
        while i < len(tokens):
            m = gaz.get(i)
            if i in person_at and (m is None or m.payload.kind in ("demonym", "city")):  # a state name beats the model
                i = self._ner_person(doc, gaz, i, person_at[i], out)
                continue
            if m is None:
                i += 1
                continue
            kind = m.payload.kind
            if kind == "role" and strip_marks(tokens[i].text).endswith(_SPELLED_NOT_TITLE):
                i += 1  # `أمام الدولار`: "in front of", not إمام "imam"
                continue
            if kind == "role":
                i = self._role(doc, gaz, person_at, m, out)
            elif kind == "body":
                i = self._body(doc, gaz, m, out)
            elif kind == "org" and self._common_word_here(tokens, gaz, m):
                i = m.last  # `القاعدة العسكرية الأمريكية`, `في القاعدة`: the base, not al-Qaeda
            elif kind == "org":
                country, end = m.payload.country, m.last
                national, after = self._country_after(gaz, m.last, tokens)
                demonym_after = gaz.get(m.last) is not None and gaz[m.last].payload.kind == "demonym"
                # مجلس الأمن الروسي is Russia's council, not the UN's; `داعش في سوريا` is still the group
                # (only a demonym: a state name right after, `حثت المفوضية السامية لحقوق الإنسان الأردن`, is the object)
                if national and m.payload.sector not in ("REB", "PTY") and demonym_after:
                    out.append(Candidate(m.first, after, "body", national, "GOV", _display(doc, m.first, after, m.variant), explicit_country=True))
                    i = after
                    continue
                if country and m.payload.sector == "REB" and national and national != country and demonym_after:
                    end = after  # `ميليشيات الحوثي الإيرانية`: a patron's demonym on an armed group is an epithet, no party
                if not country:
                    country, end = self._country_after(gaz, m.last, tokens)
                    if m.payload.sector == "REB" and m.last < len(tokens) and tokens[m.last].norm in _COUNTRY_IN:
                        country = ""  # `داعش في سوريا`: a transnational group where it operates stays transnational
                    end = end if country else m.last
                person = self._apposition(tokens, m.first, out, gaz)
                if person is not None and (country or m.payload.sector):  # `سارة ويتسن، مديرة ... في منظمة هيومن رايتس`
                    person.country, person.sector = country, m.payload.sector or person.sector
                    person.explicit_country = True
                first, sector = m.first, m.payload.sector
                if country and not sector and m.first > 0 and tokens[m.first - 1].base in _FORCES:
                    first, sector = m.first - 1, "MIL"  # `قوات حلف شمال الأطلسي`: the organisation's military
                out.append(Candidate(first, end, "org", country, sector, m.payload.canonical, explicit_country=True))
                i = end
            elif kind == "group":  # `14 مدنيا`, `مسلحي المعارضة`, `المتظاهرين العراقيين`
                country, end = self._country_after(gaz, m.last, tokens)
                end = end if country else m.last
                sector = "REB" if self._armed_members(gaz, end, tokens) else m.payload.sector
                if not sector:  # `أربعة أشخاص` alone: people counted, no party
                    i = end
                    continue
                out.append(Candidate(m.first, end, "group", country, sector, _display(doc, m.first, end, m.variant),
                                     explicit_country=bool(country)))
                i = end
            elif kind == "person":  # a well-known figure the persons table knows
                out.append(Candidate(m.first, m.last, "person", m.payload.country, m.payload.sector, m.payload.canonical,
                                     explicit_country=True))
                i = m.last
            elif kind == "state" and _victim_named(tokens, m.first, out, conjunct_only=True):
                # `بإعدام لبناني وسورية`: a Syrian woman, not Syria
                out.append(Candidate(m.first, m.last, "civilians", m.payload.country, "CVL", tokens[m.first].text,
                                     explicit_country=True))
                i = m.last
            elif kind == "state":
                self._state(doc, gaz, m, out)
                i = m.last
            elif kind == "capital":
                self._capital(doc, gaz, m, out)
                i = m.last
            elif kind == "demonym" and (m.first in after_place or (m.first > 0 and tokens[m.first - 1].norm in _CURRENCIES)):
                i = m.last  # (`مليار دولار أمريكي`, `الليرة التركية`: the money, not its state)
            elif kind == "demonym":
                tok = tokens[m.last - 1]
                if m.last - m.first == 1 and tok.base.startswith(_ARTICLE) or tok.norm.startswith(_DEFINITE):
                    if tok.norm.endswith(_PLURAL_ENDINGS):
                        # (`برصاص الإسرائيليين`: the people firing an armed act are the state's military)
                        sector = self._armed_act_sector(tokens, m.first) or ("GOV" if _collective_voice(tokens, m.first) else "CVL")
                        # (the demonym states their country: `شركائنا السعوديين` in an American's words stay Saudi)
                        out.append(Candidate(m.first, m.last, "civilians", m.payload.country, sector, tok.text, explicit_country=True))
                        i = m.last
                        continue
                if _counted_people(tokens, m.first, m.last) or _victim_named(tokens, m.first, out):
                    out.append(Candidate(m.first, m.last, "civilians", m.payload.country, "CVL", tok.text, explicit_country=True))
                    i = m.last
                    continue
                # `العقوبات الأمريكية`: the adjective names the state behind the noun; `الغارات الإسرائيلية` its military
                sector = self._armed_act_sector(tokens, m.first) or _conjoined_sector(tokens, out, m.first)
                out.append(Candidate(m.first, m.last, "adjective", m.payload.country, sector, "", explicit_country=True))
                i = m.last
            else:
                i = m.last
        return self._unclaimed_persons(doc, gaz, person_at, out)

    def _armed_act_sector(self, tokens: list[Token], demonym: int) -> str:
        """Sector of the armed-act noun right before a demonym (`الغارات الإسرائيلية` -> MIL), else ""."""
        if demonym == 0:
            return ""
        # `الغارات التركية`, `الغارات الجوية التركية`: the act noun may stand one adjective away
        words_before = (tokens[demonym - 1].norm, " ".join(t.norm for t in tokens[max(0, demonym - 2) : demonym]),
                        tokens[demonym - 2].norm if demonym >= 2 else "")
        return next((self.lex.armed_acts[v] for w in words_before for v in variants(w)[:2] if v in self.lex.armed_acts), "")

    def _unclaimed_persons(self, doc: Document, gaz, person_at: dict[int, int], out: list[Candidate]) -> list[Candidate]:
        """People the NER model found that no title introduced: country from a demonym right after, if any."""
        covered = set()
        for c in out:
            covered.update(range(c.first, c.last))
        extra: list[Candidate] = []
        for first, last in person_at.items():
            if not covered.intersection(range(first, last)):
                self._ner_person(doc, gaz, first, last, extra)
        return sorted(out + extra, key=lambda c: c.first)

    def _ner_person(self, doc: Document, gaz, first: int, last: int, out: list[Candidate]) -> int:
        """A person the NER model found with no title before it; a demonym right after gives the country.
        (`ومسجد عداس`: a mosque, street or hospital named after someone is a place, not that person.)"""
        if any(v in _FACILITY_HEADS for k in (first - 1, first) if k >= 0 for v in variants(doc.tokens[k].norm)[:3]):
            return last
        country, _ = self._country_after(gaz, last, doc.tokens)
        out.append(Candidate(first, last, "person", country, "", _display(doc, first, last), explicit_country=bool(country)))
        return last

    def places(self, doc: Document, gaz: dict[int, PhraseMatch[GazEntry]]) -> list[Entity]:
        """Places named in the text (states, capitals, cities) as LOC entities with their country."""
        out = []
        for m in gaz.values():
            if m.payload.kind in _PLACE_KINDS and self._is_location(doc.tokens, m, gaz):
                start, end = doc.tokens[m.first].start, doc.tokens[m.last - 1].end
                name = _display(doc, m.first, m.last, m.variant)
                out.append(Entity(start, end, name, "LOC", "gazetteer", m.payload.country, "", m.payload.canonical))
        return out

    # --- pieces -----------------------------------------------------------

    def _person_starts(self, doc: Document, persons: list[Entity]) -> dict[int, int]:
        """Token index where each NER person starts → its exclusive end token."""
        starts: dict[int, int] = {}
        begins = [t.start for t in doc.tokens]
        tok_end = {t.end: k + 1 for k, t in enumerate(doc.tokens)}
        for e in persons:
            first = bisect_right(begins, e.start) - 1  # the token holding the start (a clitic may precede it)
            if e.label == "PERS" and first >= 0 and e.end in tok_end:
                last = first + 1
                while last < tok_end[e.end] and self._continues_name(doc.tokens[last]):
                    last += 1
                starts[first] = last
        return starts

    def _continues_name(self, tok: Token) -> bool:
        """A later word of a name carries no preposition (`لوكالة`) and is no function word."""
        # names start with letters that look like clitics (بوريسينكو، لافروف), so only listed words end them,
        # and a preposition fused with the article (`للكاتدرائية`, `بالعاصمة`), which no name word carries
        return (tok.is_word and tok.norm not in self.lex.stopwords and tok.norm not in self.lex.attribution
                and not fused_preposition(tok))

    def _armed_members(self, gaz: dict[int, PhraseMatch[GazEntry]], j: int, tokens: list[Token]) -> bool:
        """`431 شخصا مرتبطين بداعش`: people tied by a membership word to an armed group are its members
        (of the country they are in: the group's local cell, as the gold convention codes detainees)."""
        link = next((k for k in range(j, min(j + 2, len(tokens))) if tokens[k].norm in _MEMBER_OF or tokens[k].base in _MEMBER_OF), None)
        if link is None:
            return False
        return any(gaz.get(k) is not None and gaz[k].payload.kind == "org" and gaz[k].payload.sector == "REB"
                   for k in range(link, min(link + _MEMBERSHIP_REACH, len(tokens))))

    def _country_after(self, gaz: dict[int, PhraseMatch[GazEntry]], j: int, tokens: list[Token]) -> tuple[str, int]:
        """A demonym, state or `في <state>` right at token j: (iso3, end token)."""
        if j < len(tokens) and tokens[j].norm in _COUNTRY_IN and j + 1 in gaz:
            m = gaz[j + 1]
            if m.payload.kind == "state":
                return m.payload.country, m.last
        m = gaz.get(j)
        if m and m.payload.kind in ("demonym", "state"):
            return m.payload.country, m.last
        return "", j

    def _apposition(self, tokens: list[Token], first: int, out: list[Candidate], gaz=None, known: str = "") -> Candidate | None:
        """The person a title stands in apposition to: `NAME، TITLE`, `NAME نائب TITLE`. A person whose
        country is already known takes only a title of that same country (`known`)."""
        if not out or out[-1].kind != "person" or (out[-1].explicit_country and out[-1].country != known):
            return None
        if tokens[first].prefix.startswith(_CONJUNCTION):  # `X والرئيس الروسي`: a new conjunct
            return None
        gap = tokens[out[-1].last : first]
        if (gap and gap[0].prefix.startswith(_TO)) or tokens[first].prefix.startswith(_TO):
            return None  # `قال X لوكالة فرانس برس`: speaking to an outlet is no affiliation (لجنة deeper in is a word)
        # `NAME، وكيل لجنة حقوق الإنسان بمجلس النواب`: after a comma a longer unknown title may lead to the body
        limit = 6 if gap and gap[0].norm in _COMMAS else 3
        titles = {k for k in range(out[-1].last, first) if gaz and k in gaz and gaz[k].payload.kind == "role"}
        if len(gap) <= limit and all(t.norm in _COMMAS or t.norm in _SOURCE_LINKS or (t.is_word and t.norm not in self.lex.stopwords)
                                     or out[-1].last + k in titles for k, t in enumerate(gap)):
            return out[-1]
        return None

    def _institution_at(self, gaz: dict[int, PhraseMatch[GazEntry]], tokens: list[Token], j: int) -> bool:
        """A body or organisation starts at j, possibly after its generic head (`منظمة هيومن رايتس`)."""
        for k in (j, j + 1):
            m = gaz.get(k)
            if m and m.payload.kind in ("body", "org"):
                return k == j or tokens[j].norm in self.lex.title_words
        return False

    def _title_tail(self, gaz: dict[int, PhraseMatch[GazEntry]], tokens: list[Token], j: int) -> int:
        """End of what may follow a title's country before the name: adjectives (الخاص) and one
        prepositional phrase (إلى الشرق الأوسط، لدى إسرائيل), at most five words."""
        start = j
        seen_preposition = False
        while j < len(tokens) and j - start < 5:
            tok, m = tokens[j], gaz.get(j)
            if (tok.norm in _TITLE_TAIL or (tok.is_word and tok.prefix == _DATIVE_CLITIC and j not in gaz)) and not seen_preposition:
                seen_preposition = True  # `إلى الشرق الأوسط`, `لدى إسرائيل`, `لدولتي السودان`
                j += 1
            elif m and m.payload.kind == "state" and tok.prefix.startswith(_DATIVE_CLITIC) and not seen_preposition:
                seen_preposition = True  # `المبعوث الدولي لليمن`
                j = m.last
            elif m and m.payload.kind in ("state", "capital", "city", "org") and seen_preposition:
                j = m.last
            elif tok.is_word and tok.norm.startswith(_DEFINITE) and not (m and m.payload.kind == "person"):
                j += 1
            else:
                break
        return j

    def _country_within(self, gaz: dict[int, PhraseMatch[GazEntry]], first: int, last: int) -> str:
        """The country a demonym or state name inside a title gives (`رئيس الوزراء العراقي`)."""
        for k in range(first, last):
            m = gaz.get(k)
            if m and m.payload.kind in ("demonym", "state") and m.last <= last:
                return m.payload.country
        return ""

    def _title_end(self, gaz: dict[int, PhraseMatch[GazEntry]], tokens: list[Token], j: int) -> int:
        """Extend a title over portfolio words (`والشؤون الاجتماعية`, `مجلس الأمن القومي`)."""
        return self._title_extent(gaz, tokens, j)[0]

    def _title_extent(self, gaz: dict[int, PhraseMatch[GazEntry]], tokens: list[Token], j: int) -> tuple[int, str]:
        """(end token, sector of the first body or organisation the title runs through)."""
        end, sector, _ = self._title_scan(gaz, tokens, j)
        return end, sector

    def _title_scan(self, gaz: dict[int, PhraseMatch[GazEntry]], tokens: list[Token], j: int) -> tuple[int, str, str]:
        """(end token, sector and country of the first body or organisation the title runs through)."""
        steps = 0
        sector = ""
        country = ""
        while j < len(tokens) and steps < 8:
            tok = tokens[j]
            m = gaz.get(j)
            department = j > 0 and tokens[j - 1].norm in self.lex.title_words
            if m and m.payload.kind == "state" and department:  # `قسم أمريكا الشمالية`: a desk, not the country
                j = m.last
            elif m and m.payload.kind in ("demonym", "state", "role", "person"):
                break  # (a known person's name, `الأمير البابا تواضروس`, is no part of the title)
            elif tok.norm in _SOURCE_LINKS and self._institution_at(gaz, tokens, j + 1):
                j += 1  # `مدير قسم ... في وزارة الخارجية الروسية`: the title goes on into its ministry
            elif m and m.payload.kind in ("body", "org") and steps == 0 and j > 0 and is_definite(tokens[j - 1]):
                break  # `يدعو الملك مجلس الأمة`: a title with the article takes no genitive; the body is the object
            elif m and m.payload.kind in ("body", "org"):
                sector = sector or m.payload.sector
                country = country or m.payload.country  # `... في منظمة هيومن رايتس` (NGO), `... في الأمم المتحدة` (UNO)
                j = m.last
            elif not tok.is_word or tok.norm in self.lex.stopwords:
                break
            elif tok.norm.startswith(_DEFINITE) or tok.norm in self.lex.title_words:
                j += 1
            elif self._adjective_before_demonym(gaz, tokens, j, steps):
                j += 1  # `كاتب سياسي أميركي`: one adjective of an indefinite title before its demonym
            else:
                break
            steps += 1
        return j, sector, country

    def _adjective_before_demonym(self, gaz: dict[int, PhraseMatch[GazEntry]], tokens: list[Token], j: int, steps: int) -> bool:
        """The word at j, right after an indefinite title, is an indefinite adjective followed by a demonym."""
        nxt = gaz.get(j + 1)
        return (steps == 0 and j > 0 and not tokens[j - 1].norm.startswith(_DEFINITE) and tokens[j].is_word
                and not tokens[j].norm.startswith(_DEFINITE) and tokens[j].norm not in self.lex.stopwords
                and j not in gaz and nxt is not None and nxt.payload.kind == "demonym")

    def _name_at(self, tokens: list[Token], gaz: dict[int, PhraseMatch[GazEntry]], j: int, person_at: dict[int, int]) -> int:
        """End token of a personal name starting at j, or j when there is none.

        A name is what the NER model tags as a person there, or else a run of
        up to four words opening with a known first name.
        """
        origin = j
        if j < len(tokens) and tokens[j].norm in _COMMAS:
            j += 1
        known = gaz[j].last if j in gaz and gaz[j].payload.kind == "person" else j  # the persons table
        if j in person_at or known > j:
            return max(person_at.get(j, j), known)
        # an NER span that began on the title's last word (الأردني بشر الخصاونة) still names the person
        covering = next((end for first, end in person_at.items() if first < j < end), None)
        if covering is not None:
            return covering
        # `... في روسيا الاتحادية أنطون أوليغوفيتش كوتياكوف` tagged from its second word: the word between the
        # title and the tagged name is the first name
        if (j + 1 in person_at and j < len(tokens) and tokens[j].is_word and j not in gaz
                and self._continues_name(tokens[j]) and not tokens[j].norm.startswith(_ARTICLE)):
            return person_at[j + 1]
        if j >= len(tokens) or tokens[j].norm not in self.lex.first_names:
            return origin
        end = j
        while end < len(tokens) and end - j < 4:
            tok = tokens[end]
            # a nisba surname that is also a demonym (السوداني) may close a name of two words or more
            surname_demonym = end - j >= 2 and end in gaz and gaz[end].payload.kind == "demonym" and gaz[end].last == end + 1
            if not tok.is_word or tok.norm in self.lex.stopwords or (end in gaz and not surname_demonym):
                break
            if any(v in self.lex.stopwords for v in variants(tok.norm)[1:]) and tok.prefix:
                break
            if end == j and tok.norm.startswith((_ARTICLE, *_CONJUNCTION)):
                break
            if end > j and ((tok.norm.startswith(_CONJUNCTION) and not tok.norm.startswith(_NOT_CONJUNCTION)) or not self._continues_name(tok)):
                break
            end += 1
        return end if end > j else origin

    def _role(self, doc: Document, gaz, person_at, m: PhraseMatch[GazEntry], out: list[Candidate]) -> int:
        tokens = doc.tokens
        nxt = gaz.get(m.last)
        if nxt is not None and nxt.payload.kind == "role":  # `نائب المتحدث باسم ...`: the inner title decides
            return m.last
        inner = gaz.get(m.last - 1)
        if inner is not None and inner.payload.kind == "demonym" and inner.last == m.last:
            title_end, body_sector, body_country = m.last, "", ""  # `وزير الخارجية الأمريكي الدعم`: the title ends at its demonym
        else:
            title_end, body_sector, body_country = self._title_scan(gaz, tokens, m.last)
        if inner is not None and inner.payload.kind in ("org", "body") and inner.last > m.last:
            # `زعيم حزب الله`: the title's last word opens the organisation it leads, which decides the code
            title_end = self._title_scan(gaz, tokens, inner.last)[0]
            body_sector, body_country = inner.payload.sector, inner.payload.country
        # `رئيس لجنة حقوق الإنسان بمجلس النواب`: the body a title runs through decides the sector
        sector = body_sector or m.payload.sector
        country, after = self._country_after(gaz, title_end, tokens)
        if country and _head(m.payload.extra or m.payload.canonical) in _ENVOY_HEADS and tokens[title_end].prefix.startswith(_DATIVE_CLITIC):
            country, after = "", title_end  # `المبعوث الدولي لليمن`: the state an envoy is sent to is not his
        if not country:  # titles listed with their country (وزير الخارجية الأمريكي)
            country = self._country_within(gaz, m.first + 1, title_end) or body_country
        if (not country and title_end < len(tokens) and tokens[title_end].prefix == _DATIVE_CLITIC
                and _head(m.payload.extra or m.payload.canonical) not in _ENVOY_HEADS):
            # `الرئيس التنفيذي لمجموعة الغاز البريطانية`: the demonym of the firm or body the title is "of"
            # (not `المبعوث الدولي لليمن`: the state an envoy is sent to is not his)
            country = self._country_within(gaz, title_end, min(len(tokens), title_end + _OF_BODY_REACH))
        role_text = _display(doc, m.first, title_end, m.variant)
        appositive = self._apposition(tokens, m.first, out, gaz, known=country)
        if appositive is not None and appositive.explicit_country:
            # `مسعود برزاني رئيس إقليم كردستان العراق`: the title is one more mention of the known person
            end = max(after, title_end)
            out.append(Candidate(m.first, end, "person", appositive.country, appositive.sector, appositive.name, role=role_text,
                                 explicit_country=True))
            return end
        if appositive is not None:
            # `محمد الغول، وكيل لجنة حقوق الإنسان بمجلس النواب المصري`: the title after a name codes it
            if not appositive.explicit_country:
                appositive.country = country or appositive.country
                appositive.explicit_country = bool(country)
            appositive.sector = sector or appositive.sector
            appositive.role = appositive.role or role_text
            return max(after, title_end)
        name_start = after if after > title_end else title_end
        if name_start < len(tokens) and (tokens[name_start].norm in _FORMER or tokens[name_start].norm in _ACTING):
            name_start += 1  # `الرئيس الفرنسي الأسبق نيكولا ساركوزي`, `رئيس مجلس الأمة الكويتي بالإنابة`: the word after the demonym
        if any(t.norm in _FORMER for t in tokens[m.last : name_start]) and sector in OFFICE_SECTORS:
            sector = "ELI"  # a former officeholder is one of the elites (PLOVER ELI), no longer his office
        if name_start < len(tokens) and tokens[name_start].norm == "،":
            name_start += 1
        name_end = self._name_at(tokens, gaz, name_start, person_at)
        if name_end == name_start:  # `المبعوث الأمريكي الخاص إلى الشرق الأوسط جيسون غرينبلات`
            tail = self._title_tail(gaz, tokens, name_start)
            if tail > name_start and self._name_at(tokens, gaz, tail, person_at) > tail:
                # `السفير الأمريكي لدى إسرائيل ديفيد فريدمان`: the state the title is posted to is named too
                for k in range(name_start, tail):
                    if (st := gaz.get(k)) is not None and st.payload.kind == "state" and st.last <= tail:
                        out.append(Candidate(k, st.last, "state", st.payload.country, "", st.payload.canonical, explicit_country=True))
                name_end = self._name_at(tokens, gaz, tail, person_at)
                name_start = tail + 1 if tokens[tail].norm in _COMMAS else tail
        head = _head(m.payload.extra or m.payload.canonical)
        # a demonym after the name also gives the country (الرئيس فلاديمير بوتين الروسي is rare; skip)
        known = gaz.get(name_start)
        if (name_end > name_start and known is not None and known.payload.kind == "person"
                and tokens[name_start - 1].norm not in _COMMAS and known.payload.country != country
                and any(h.payload.kind == "role" and h.last == name_start + 1 for h in self.lex.gazetteer.match_at(tokens, name_start))):
            # `والتقى الأمير البابا تواضروس`: a known person with a title of his own, right after this title
            # (no comma of apposition, `أمير قطر، الشيخ تميم`) and of another country, is not its holder
            name_end = name_start
        if name_end > name_start:
            name = doc.text[tokens[name_start].start : tokens[name_end - 1].end]
            if not country and known and known.payload.kind == "person":  # the persons table knows the name
                country, sector = known.payload.country, sector or known.payload.sector
            out.append(Candidate(name_start, name_end, "person", country, sector, name, role_text, head, bool(country), m.first))
            return name_end
        # without a name, only a definite title (الوزير الروسي) or a full one can stand for a person;
        # one definite word right after a definite noun is its adjective (`التنظيم الإرهابي`)
        prev = tokens[m.first - 1] if m.first > 0 else None
        if m.last - m.first == 1 and prev is not None and prev.is_word and is_definite(prev) and (
                (m.first - 1) not in gaz or _agreeing_adjective(gaz, tokens, m.first)):
            return m.last
        demonym = gaz.get(title_end) is not None and gaz[title_end].payload.kind == "demonym"
        if (tokens[m.first].norm.startswith(_DEFINITE) or m.last - m.first > 1 or (demonym and title_end <= m.last + 1)
                or (body_country and title_end > m.last)):
            # a full title, or `مسؤول أمريكي`, `كاتب سياسي أميركي`: an indefinite title, an adjective, its demonym;
            # or one running through the body it serves (`مسؤول العلاقات الخارجية في حكومة الإقليم`)
            end = max(after, title_end)
            out.append(Candidate(m.first, end, "role", country, sector, role_text, role_text, head, bool(country)))
            # `لمسؤولين سوداني وأثيوبي`: officials of each state named by a conjoined demonym
            while (nxt := gaz.get(end)) is not None and nxt.payload.kind == "demonym" and tokens[end].prefix.startswith(_CONJUNCTION):
                out.append(Candidate(end, nxt.last, "role", nxt.payload.country, sector, role_text, role_text, head, True))
                end = nxt.last
            return end
        return m.last

    def _common_word_here(self, tokens: list[Token], gaz, m: PhraseMatch[GazEntry]) -> bool:
        """An organisation name that is also a common word (`القاعدة`) is that word before a word of its common sense, a
        demonym or a place, or after في."""
        if m.last - m.first != 1 or not _COMMON_WORD_ORGS.intersection(variants(tokens[m.first].norm)[:3]):
            return False
        nxt = gaz.get(m.last)
        return ((m.last < len(tokens) and tokens[m.last].norm in _NOT_ORG_AFTER)
                or (nxt is not None and nxt.payload.kind in ("demonym", "city", "capital"))
                or tokens[m.first].prefix.endswith(_LOCATIVE_ENDS) or (m.first > 0 and tokens[m.first - 1].norm == IN_WORD))

    def _body(self, doc: Document, gaz, m: PhraseMatch[GazEntry], out: list[Candidate]) -> int:
        tokens = doc.tokens
        end = m.last
        if end < len(tokens) and f"{tokens[end - 1].norm} {tokens[end].norm}" in _VERBAL_NOUN_PHRASES:
            return end  # `تستهدف القضاء على الجماعات المسلحة`: "eliminating", not the judiciary
        country, after = self._country_after(gaz, end, tokens)
        members = gaz.get(end)
        if not country and tokens[m.first].norm in _MEMBERS_BODY and members and members.payload.kind in ("role", "group"):
            # `نقابة الصحفيين المصريين`: the union of Egyptian journalists, one body of their country
            country, after = self._country_after(gaz, members.last, tokens)
        if not country:
            # `وزارة الخارجية والمغتربين السورية`: one portfolio word may stand before the demonym
            ext = self._title_end(gaz, tokens, end)
            if ext > end:
                country, after = self._country_after(gaz, ext, tokens)
        if not country:
            country = self._country_within(gaz, m.first + 1, m.last)
            after = m.last
        first = m.first
        kind = "body"
        source_at = self._source_before(tokens, first)
        if source_at is not None:  # `مصدر في وزارة الخارجية`, `مصدر بالحكومة العراقية`
            first, kind = source_at, "source"
        end = after if country else end
        person = self._apposition(tokens, m.first, out, gaz) if country and kind == "body" else None
        if person is not None:  # `محمد الغول، وكيل لجنة حقوق الإنسان بمجلس النواب المصري`
            person.country, person.sector, person.explicit_country = country, m.payload.sector or person.sector, True
        name = _display(doc, m.first, end, m.variant)
        out.append(Candidate(first, end, kind, country, m.payload.sector, name, explicit_country=bool(country)))
        return end

    def _source_before(self, tokens: list[Token], first: int) -> int | None:
        """Token of an anonymous `مصدر`/`مصادر`/`مسؤول` that this body or state is the affiliation of."""
        for k in (first - 1, first - 2):
            if k < 0:
                return None
            base = variants(tokens[k].norm)
            if any(v in _SOURCE_WORDS for v in base):
                return k  # at first - 2 only reached across a source link (below)
            if tokens[k].norm not in _SOURCE_LINKS:
                return None
        return None

    def _is_location(self, tokens: list[Token], m: PhraseMatch[GazEntry], gaz: dict[int, PhraseMatch[GazEntry]] | None = None) -> bool:
        tok = tokens[m.first]
        # the clitic the match actually stripped (بريطانيا starts with ب but has no preposition)
        stripped = tok.norm[: len(tok.norm) - len(m.variant)] if m.variant and tok.norm.endswith(m.variant) else tok.prefix
        if stripped in _LOCATIVE_PREFIXES:
            return True
        if gaz is not None and stripped.startswith(_CONJUNCTION):
            # `في الكاميرون ونيجيريا`: a place joined to a place is a place too
            before = next((p for k in range(m.first - 1, max(-1, m.first - 5), -1) if (p := gaz.get(k)) and p.last == m.first), None)
            if before is not None and before.payload.kind in _PLACE_KINDS:
                return self._is_location(tokens, before, gaz)
        prev = tokens[m.first - 1] if m.first > 0 else None
        if prev and prev.norm in TOWARDS and self._addressed(tokens, m.first - 1):
            return False  # `وجه تحذيرا إلى روسيا`: the addressee, not a destination
        if prev and prev.norm == _FROM and m.first > 1 and any(v in _FROM_PARTY for v in variants(tokens[m.first - 2].norm)[:2]):
            return False  # `المدعومين من تركيا`, `انسحبت من إيران`: the agent or the party left, not a place
        return bool(prev and any(v in self.lex.locative for v in variants(prev.norm)))  # في، وفي، ومن

    def _addressed(self, tokens: list[Token], towards: int) -> bool:
        """A message, warning, shipment or visit word shortly before `إلى`."""
        window = tokens[max(0, towards - _ADDRESSED_REACH) : towards]
        return any(v in self.lex.addressed for t in window for v in variants(t.norm))

    def _state(self, doc: Document, gaz, m: PhraseMatch[GazEntry], out: list[Candidate]) -> None:
        tokens = doc.tokens
        if tokens[m.first].base in _COMMON_WORD_STATES and not self._named_as_state(tokens, m, out):
            return  # `خدمة التتبع المالي`, `دعم مالي`: "financial", not Mali
        source_at = self._source_before(tokens, m.first)
        if source_at is not None:
            out.append(Candidate(source_at, m.last, "source", m.payload.country, "GOV", _display(doc, source_at, m.last), explicit_country=True))
            return
        if self._is_location(tokens, m, gaz) and not _posted_to(tokens, out, m):
            return
        out.append(Candidate(m.first, m.last, "state", m.payload.country, "", m.payload.canonical, explicit_country=True))

    def _named_as_state(self, tokens: list[Token], m: PhraseMatch[GazEntry], out: list[Candidate]) -> bool:
        """A state name that is also a common word is the state only after a place preposition, as a
        conjunct right after another state, or at a sentence's start."""
        prev = tokens[m.first - 1] if m.first > 0 else None
        if prev is None or not prev.is_word:
            return True
        conjunct = tokens[m.first].prefix.startswith(_CONJUNCTION) and bool(out) and out[-1].last == m.first and out[-1].kind == "state"
        return conjunct or any(v in self.lex.locative for v in variants(prev.norm)[:2]) or prev.norm in TOWARDS

    def _capital(self, doc: Document, gaz, m: PhraseMatch[GazEntry], out: list[Candidate]) -> None:
        tokens = doc.tokens
        if _quoted_alone(tokens, m.first, m.last):
            return  # `قالت مصادر ل"الرياض"`: a newspaper named after the city, not its government
        prev = tokens[m.first - 1] if m.first > 0 else None
        if prev is not None and m.variant == tokens[m.first].norm and prev.base in _NAMED_GATHERINGS:
            return  # `محادثات أستانة`, `اجتماع فيينا`: the city names the gathering, its government takes no part
        nxt = gaz.get(m.last)
        conjoined = bool(nxt and nxt.payload.kind in ("capital", "state") and tokens[m.last].prefix.startswith(_CONJUNCTION))
        after_conj = bool(tokens[m.first].prefix.startswith(_CONJUNCTION) and out and out[-1].last == m.first and out[-1].kind in ("capital", "state"))
        # at the start of a sentence or clause a capital is the subject: `دمشق تعتبر العقوبات...`
        opens = prev is None or not prev.is_word or "\n" in doc.text[prev.end : tokens[m.first].start]
        # elsewhere a capital that is not a place (في/إلى/من موسكو، بالعاصمة) stands for its government
        acts = not self._is_location(tokens, m, gaz)
        if (prev and prev.norm == _BETWEEN) or conjoined or after_conj or opens or acts:
            out.append(Candidate(m.first, m.last, "capital", m.payload.country, "GOV", m.payload.canonical, explicit_country=True))
