"""Group recognised mentions into actors, and find the later mentions that refer back.

A name's first full mention fixes its country and sector; later surnames
(`الأعرجي`), role phrases (`الوزير الروسي`), counterpart phrases (`نظيره العراقي`),
sides (`الجانب الروسي`) and `المصدر` attach to an actor already known.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.actors.recognize import Candidate, gazetteer_matches
from marsad.doc import Actor, Document, MentionRef
from marsad.entities.gazetteer import GazEntry
from marsad.lang import load_table, words
from marsad.text.normalize import normalize
from marsad.text.phrases import PhraseIndex, PhraseMatch
from marsad.text.tokens import IN_WORD, after_preposition, fused_preposition, is_definite, tokenize, variants

_CONJUNCTION = words.clitics("conjunction")
_ARTICLE = words.article()
_FOREIGN = words.function_word_set("foreign")
_LONG_VOWELS = frozenset(words.letters("long_vowel"))
# EVENTS.md's non-state "countries": their actors carry no sector unless a title gives one
NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "MNC"})
_PRIVATE_SECTORS = frozenset({"BUS", "MED", "JRN", "EDU", "REL", "CVL"})  # offices outside government

_KIND_OF = {"person": "person", "role": "person", "state": "state", "capital": "body", "body": "body", "group": "group",
            "org": "group", "source": "source", "civilians": "group"}


@dataclass(frozen=True, slots=True)
class CorefLexicon:
    phrases: dict[str, str]  # normalised form -> refers (counterpart, side, both, source, latter)
    stopwords: frozenset[str]
    generic: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # الحركة -> (حركة, REB, ""); المملكة -> (مملكة, "", المتحدة)
    states_named_by: dict[str, frozenset[str]] = field(default_factory=dict)  # المملكة -> {JOR, MAR, SAU, ...}


@lru_cache(maxsize=1)
def _state_names() -> dict[str, str]:
    names = {row["iso3"]: row["region"] for row in load_table("regional_demonyms")}
    return names | {row["iso3"]: row["name"] for row in load_table("states")}


def _state_name(iso3: str) -> str:
    return _state_names().get(iso3, iso3)


def _norm_name(name: str) -> str:
    return " ".join(normalize(name).split())


def _part_of(short: str, full: str) -> bool:
    """`بومبيو` or `مايك` alone is part of `مايك بومبيو` (a single word at either end)."""
    return len(short.split()) == 1 and len(full.split()) > 1 and (full.endswith(" " + short) or full.startswith(short + " "))


def _skeleton(name: str) -> str:
    """Consonant skeleton of each word (first letter kept): `برازاني` and `برزاني`, `بوتن` and `بوتين`
    are one name written with and without long vowels."""
    return " ".join(w[0] + "".join(ch for ch in w[1:] if ch not in _LONG_VOWELS) for w in name.split() if w)


def _same_skeleton_part(a: str, b: str) -> bool:
    """One name is a word of the other up to long vowels (`برازاني` in `مسعود برزاني`), for words of 3+ consonants."""
    ska, skb = _skeleton(a), _skeleton(b)
    short = ska if len(ska.split()) == 1 else skb
    return len(short) >= 3 and (_part_of(ska, skb) or _part_of(skb, ska))


def _surname(name: str) -> str:
    words = _norm_name(name).split()
    return words[-1] if len(words) >= 2 else ""


class ActorBuilder:
    """Accumulates actors and their mention token spans for one document."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.actors: list[Actor] = []
        self.refs: list[MentionRef] = []
        self.by_key: dict[tuple, Actor] = {}
        self.by_id: dict[str, Actor] = {}
        self.heads: dict[str, str] = {}  # actor id -> role head word
        self.explicit: set[str] = set()  # actors whose country the text states

    def new(self, key: tuple, name: str, country: str, sector: str, role: str, kind: str) -> Actor:
        actor = Actor(id=f"a{len(self.actors) + 1}", name=name, country=country, sector=sector, role=role, kind=kind)
        self.actors.append(actor)
        self.by_id[actor.id] = actor
        self.by_key[key] = actor
        return actor

    def explain(self, actor: Actor, c: Candidate) -> None:
        """Record how the actor's code was decided (first full mention wins)."""
        if actor.basis:
            return
        how = {"person": f"title '{c.role}'" if c.role else "name", "role": f"title '{c.role}'"}.get(c.kind, c.kind)
        where = "country stated in the text" if c.explicit_country else ("country guessed from the article" if actor.country else "country unknown")
        actor.basis = f"{how}; {where}; sector {actor.sector or '—'}"
        actor.country_guessed = not c.explicit_country and bool(actor.country)

    def mention(self, actor: Actor, first: int, last: int, kind: str, lead: int = -1) -> None:
        self.refs.append(MentionRef(first, last, actor.id, kind, lead))

    def replace_mentions(self, actor: Actor, first: int, last: int, kind: str) -> None:
        """A mention of `actor` over [first, last) that supersedes what was read inside it (a demonym)."""
        self.refs = [r for r in self.refs if not (first <= r.first and r.last <= last)]
        self.mention(actor, first, last, kind)

    def last_named(self, before: int, head: str, kinds: tuple[str, ...]) -> Actor | None:
        """The actor of `kinds` mentioned last before token `before` whose name, or the words of that
        mention, start with `head` (normalised, without the article)."""
        tokens = self.doc.tokens
        best: tuple[int, Actor] | None = None
        for r in self.refs:
            if r.first >= before or (best is not None and r.first <= best[0]):
                continue
            a = self.by_id[r.actor_id]
            written = _without_article(" ".join(t.norm for t in tokens[r.first : r.last]))
            if a.kind in kinds and (written.startswith(head) or _without_article(_norm_name(a.name)).startswith(head)):
                best = (r.first, a)
        return best[1] if best else None

    def persons(self) -> list[Actor]:
        return [a for a in self.actors if a.kind == "person"]

    def last_mentioned(self, before: int, pred) -> Actor | None:
        best: tuple[int, Actor] | None = None
        for r in self.refs:
            a = self.by_id[r.actor_id]
            if r.first < before and pred(a) and (best is None or r.first > best[0]):
                best = (r.first, a)
        return best[1] if best else None


_HOME_KINDS = frozenset({"state", "capital", "city", "demonym"})


def fallback_country(doc: Document, gaz: PhraseIndex[GazEntry], candidates: list[Candidate],
                     matches: dict[int, PhraseMatch[GazEntry]] | None = None) -> str:
    """The article's home country: the country its state, city and demonym words point to most often,
    places included (`الغوطة` makes a Syrian story's `القوات الحكومية` Syrian); the dateline's country
    when the story names it again (a Dubai dateline on a story about Syria is only where it was filed)."""
    body_start = doc.dateline.span.end if doc.dateline and doc.dateline.span else 0
    matches = matches if matches is not None else gazetteer_matches(doc.tokens, gaz)  # the document's, when computed
    counts = Counter(m.payload.country for m in matches.values()
                     if m.payload.kind in _HOME_KINDS and m.payload.country and doc.tokens[m.first].start >= body_start)
    filed = _dateline_country(doc, gaz)
    if filed and (counts[filed] or not counts):
        return filed
    if not counts:  # no place named: the country its bodies and titles point to
        counts = Counter(c.country for c in candidates if c.country and c.country not in NON_STATE_CODES)
    return counts.most_common(1)[0][0] if counts else ""


def _dateline_country(doc: Document, gaz: PhraseIndex[GazEntry]) -> str:
    if doc.dateline and doc.dateline.place_country:
        return doc.dateline.place_country
    if doc.dateline and doc.dateline.place:
        for m in gazetteer_matches(tokenize(doc.dateline.place), gaz).values():
            if m.payload.kind in ("capital", "city", "state") and m.payload.country:
                return m.payload.country
    return ""


def group_candidates(doc: Document, candidates: list[Candidate], home: str, abstract: frozenset[str] = frozenset()) -> ActorBuilder:
    """First pass: one actor per person, state, body, organisation and source."""
    b = ActorBuilder(doc)
    for c in candidates:
        if c.kind == "person":
            _add_person(b, c, home)
        elif c.kind == "role":
            _add_role(b, c, home)
        elif c.kind == "adjective" and c.sector:
            # `الغارات الإسرائيلية`: the state's forces, one actor with `الجيش الإسرائيلي`
            key = ("body", c.country, c.sector, c.sector)
            actor = b.by_key.get(key) or b.new(key, _state_name(c.country), c.country, c.sector, "", "body")
            b.mention(actor, c.first, c.last, c.kind)
            b.explain(actor, c)
        elif c.kind in ("state", "adjective"):
            key = ("state", c.country)
            actor = b.by_key.get(key) or b.new(key, c.name or _state_name(c.country), c.country, "", "", "state")
            if c.kind == "state" and actor.name != c.name and c.name:
                actor.name = c.name
            b.mention(actor, c.first, c.last, c.kind)
            b.explain(actor, c)
        else:
            country = c.country
            if not country and c.kind == "body":
                # `السفارة` after `سفارة الفلبين`: the same body named again without its country
                head = _without_article(_norm_name(c.name))
                # (`السفارة الفلبينية` may have joined the Philippine foreign ministry: its mention's words count)
                prev = b.last_named(c.first, head, ("body", "group"))
                if prev:
                    b.mention(prev, c.first, c.last, "coref")
                    continue
                # a body named without its country (البرلمان، الحكومة، المكتب الإعلامي) is the article's own,
                # unless its name is also an abstract noun (الأمن "security")
                if _norm_name(c.name) in abstract:
                    continue
                # (`دعا كاتب سياسي أميركي وزارة الخارجية`: after a party of stated country in its sentence, that country's;
                # not a place after a preposition: `ميركل ... في الديوان الملكي` is the host's court)
                as_argument = c.sector == "GOV" and not (after_preposition(doc.tokens, c.first) or fused_preposition(doc.tokens[c.first])
                                                         or (c.first > 0 and doc.tokens[c.first - 1].norm == IN_WORD))
                country = (_sentence_subject_country(doc, candidates, c) if as_argument else "") or home
            if not country and c.kind == "source":
                # `دانت دمشق ... وفق ما نقل الإعلام عن مصدر في وزارة الخارجية`: the source speaks for the
                # sentence's subject; else for the article's country
                country = _sentence_subject_country(doc, candidates, c) or home
            if not country and c.kind == "group" and c.sector == "CVL" and (same := b.last_named(c.first, _without_article(_norm_name(c.name)), ("group",))):
                # `مقتل خادمة` after `خادمة فلبينية`: the same civilians named again without their demonym (armed groups are
                # too generic a head: `جماعات إرهابية` is not the last `جماعات` named)
                b.mention(same, c.first, c.last, "coref")
                continue
            if not country and c.kind == "group":
                # groups are the home country's (`مسلحو المعارضة` in a Syrian story), foreign fighters transnational (REB)
                country = "" if _foreign_fighters(doc, c) else home
            if not country and c.kind not in ("org", "group"):
                continue
            key = (c.kind, country, c.sector, _norm_name(c.name) if c.kind in ("org", "source") or not c.explicit_country else c.sector)
            actor = b.by_key.get(key) or b.new(key, c.name, country, c.sector, c.role, _KIND_OF[c.kind])
            if c.explicit_country and len(c.name) > len(actor.name):
                actor.name = c.name
            b.mention(actor, c.first, c.last, c.kind)
            b.explain(actor, c)
    return b


def _without_article(name: str) -> str:
    return name.removeprefix(_ARTICLE)


def _foreign_fighters(doc: Document, c: Candidate) -> bool:
    """`الإرهابيين الأجانب`: a group called foreign belongs to no country of the story."""
    return c.sector == "REB" and c.last < len(doc.tokens) and doc.tokens[c.last].norm in _FOREIGN


def _sentence_subject_country(doc: Document, candidates: list[Candidate], c: Candidate) -> str:
    """Country of the first actor with a stated country in the sentence before candidate `c`."""
    sentence = doc.sentences[doc.sentence_of(doc.tokens[c.first].start)]
    opening = next((o for o in candidates if sentence.first_token <= o.first < c.first and o.explicit_country and o.country
                    and o.country not in NON_STATE_CODES and o.kind != "adjective"), None)
    return opening.country if opening else ""


def _add_person(b: ActorBuilder, c: Candidate, home: str) -> None:
    norm = _norm_name(c.name)
    surname = _surname(c.name)
    for a in b.persons():
        other = _norm_name(a.name)
        if other == norm or (surname and _surname(a.name) == surname) or _part_of(norm, other) or _part_of(other, norm) \
                or _same_skeleton_part(norm, other):
            if len(c.name) > len(a.name):
                a.name = c.name
            if c.explicit_country and a.id not in b.explicit:
                # a title or demonym beats the article-country guess made at an earlier bare mention
                a.country, a.sector, a.role = c.country, c.sector or a.sector, c.role or a.role
                a.country_guessed = False
                b.explicit.add(a.id)
            b.mention(a, c.first, c.last, "name", c.lead)
            return
    # a name with no title or demonym most often belongs to the country the article is filed from
    # (a known transnational figure, `أيمن الظواهري` with no country in persons.tsv, stays without one)
    country = c.country if c.explicit_country else (c.country or _sector_country(b, c) or home)
    # people named in political news without a title are mostly officials: GOV unless a title says otherwise
    sector = _officer_sector(country, c.sector or ("GOV" if country and country not in NON_STATE_CODES else ""))
    actor = b.new(("person", norm), c.name, country, sector, c.role, "person")
    if c.explicit_country:
        b.explicit.add(actor.id)
    b.explain(actor, c)
    b.heads[actor.id] = c.role_head
    b.mention(actor, c.first, c.last, "name", c.lead)


def _officer_sector(country: str, sector: str) -> str:
    """`رئيس الوكالة الدولية للطاقة الذرية يوكيا أمانو`, `الأمين العام للأمم المتحدة`: an organisation's
    officer is coded as the organisation (UNO, IGO, NGO), with no government sector."""
    return "" if country in NON_STATE_CODES and sector == "GOV" else sector


def _sector_country(b: ActorBuilder, c: Candidate) -> str:
    """`المتحدث باسم الجيش` after `الجيش الإسرائيلي`: an office of a sector the story already placed
    in a country (army, police, ministry) belongs to that country."""
    if not c.sector or c.sector == "GOV":
        return ""
    prev = b.last_mentioned(c.first, lambda a: a.sector == c.sector and bool(a.country) and a.country not in NON_STATE_CODES)
    return prev.country if prev else ""


def _add_role(b: ActorBuilder, c: Candidate, home: str) -> None:
    def same_office(a: Actor) -> bool:
        # (`الرئيس` after `الرئيس التنفيذي لمجموعة الغاز`: a head of state is no chief executive)
        return (a.kind == "person" and b.heads.get(a.id) == c.role_head and (not c.country or a.country == c.country)
                and not (c.sector == "GOV" and a.sector in _PRIVATE_SECTORS))

    if c.last - c.first == 1 and (named := _named_by_surname(b, c)) is not None:
        b.mention(named, c.first, c.last, "coref")  # `وليد المعلم ... وقال المعلم`: the surname, not "the teacher"
        return
    antecedent = b.last_mentioned(c.first, same_office) or next((a for a in b.persons() if same_office(a)), None)
    if antecedent:
        b.mention(antecedent, c.first, c.last, "role")
        return
    # `استئذان الملك`: an office named alone and never before is the article's own country's
    country = c.country or _sector_country(b, c) or (home if c.last - c.first == 1 else "")
    if not country:
        return
    key = ("role", country, _norm_name(c.role))
    sector = _officer_sector(country, c.sector)
    actor = b.by_key.get(key) or b.new(key, c.name, country, sector, c.role, "person")
    b.heads.setdefault(actor.id, c.role_head)
    b.explain(actor, c)
    b.mention(actor, c.first, c.last, "role")


def _named_by_surname(b: ActorBuilder, c: Candidate) -> Actor | None:
    """The person named before whose surname is the one word of an office candidate (`المعلم`, `الأمير`)."""
    forms = set(variants(b.doc.tokens[c.first].norm)[:3])
    return next((a for a in b.persons() if not _named_by_office_only(a) and _surname(a.name) in forms and a.name != c.name), None)


def _named_by_office_only(a: Actor) -> bool:
    """`وزير الدفاع` named by office alone has no surname (الدفاع is no name)."""
    return bool(a.role) and _norm_name(a.name) == _norm_name(a.role)


def add_coreference(b: ActorBuilder, gaz_at: dict[int, PhraseMatch[GazEntry]], coref: CorefLexicon) -> None:
    """Second pass: surnames, full names repeated, and referring phrases."""
    doc, tokens = b.doc, b.doc.tokens
    covered = [False] * len(tokens)
    for r in b.refs:
        for k in range(r.first, r.last):
            covered[k] = True
    names: dict[str, Actor] = {}
    for a in b.persons():
        if _named_by_office_only(a):
            continue
        sur = _surname(a.name)
        if sur and len(sur) >= 3 and sur not in coref.stopwords:
            names.setdefault(sur, a)
    for i, tok in enumerate(tokens):
        if covered[i] or not tok.is_word:
            continue
        vs = variants(tok.norm)
        hit = next((names[v] for v in vs if v in names), None)
        if hit:
            b.mention(hit, i, i + 1, "coref")
            continue
        refers = next((coref.phrases[v] for v in vs if v in coref.phrases), None)
        if not refers:
            form = next((v for v in vs[:3] if v in coref.generic), None)
            if form:
                head, states = coref.generic[form], coref.states_named_by.get(form, frozenset())
                a = b.last_mentioned(i, lambda a, h=head, s=states: (a.kind == "state" and a.country in s) or _is_generic_referent(b, a, h))
                if a:
                    b.mention(a, i, i + 1, "coref")
            continue
        nxt = gaz_at.get(i + 1)
        country = nxt.payload.country if nxt and nxt.payload.kind in ("demonym", "state") else ""
        end = nxt.last if country else i + 1
        if refers == "counterpart" and country:
            _add_counterparts(b, gaz_at, i, end, country)
        elif refers == "side" and country:
            key = ("state", country)
            a = b.by_key.get(key) or b.new(key, doc.text[tokens[i].start : tokens[end - 1].end], country, "", "", "state")
            b.mention(a, i, end, "coref")
        elif refers == "source":
            a = b.last_mentioned(i, lambda a: a.kind == "source")
            if a:
                b.mention(a, i, i + 1, "coref")
        elif refers == "own_government":
            owner = b.last_mentioned(i, lambda a: bool(a.country) and a.country not in NON_STATE_CODES)
            if owner:  # `ماي تدعو حكومتها`: the government of the party named before
                key = ("body", owner.country, "GOV", "GOV")
                a = b.by_key.get(key) or b.new(key, tok.text, owner.country, "GOV", "", "body")
                b.mention(a, i, i + 1, "coref")
        elif refers == "honorific":
            a = next((p for p in b.persons() if p.sector == "GOV"), None) or b.last_mentioned(i, lambda a: a.kind == "person")
            if a:
                b.mention(a, i, i + 1, "coref")
        elif refers == "latter":
            if i > 0 and tokens[i - 1].is_word and (is_definite(tokens[i - 1]) or any(r.first <= i - 1 < r.last for r in b.refs)):
                continue  # `عمليات الاعتقال الأخيرة`, `بقرار تركيا الأخير`: "the recent", an adjective, not "the latter"
            a = b.last_mentioned(i, lambda a: a.kind == "person")
            if a:
                b.mention(a, i, i + 1, "coref")


def _add_counterparts(b: ActorBuilder, gaz_at: dict[int, PhraseMatch[GazEntry]], i: int, end: int, country: str) -> None:
    """`نظيره السوداني`: the person of that country already named, else a new official of the sector of
    the person whose counterpart it is; `نظيريه السوداني والأثيوبي` names one counterpart per demonym."""
    tokens = b.doc.tokens
    first = i
    while True:
        a = b.last_mentioned(i, lambda a, c=country: a.kind == "person" and a.country == c) or next(
            (a for a in b.persons() if a.country == country), None)
        if a is None:
            peer = b.last_mentioned(i, lambda a: a.kind == "person" and bool(a.sector))
            name = b.doc.text[tokens[first].start : tokens[end - 1].end]
            a = b.new(("counterpart", country), name, country, peer.sector if peer else "GOV", "", "person")
        b.replace_mentions(a, first, end, "coref")
        nxt = gaz_at.get(end)
        if not (nxt and nxt.payload.kind == "demonym" and nxt.payload.country and tokens[end].prefix.startswith(_CONJUNCTION)):
            return
        first, end, country = end, nxt.last, nxt.payload.country


def _is_generic_referent(b: ActorBuilder, actor: Actor, head: tuple[str, str, str]) -> bool:
    """`الحركة` refers to an actor named `حركة ...`, or to one of the sector such groups have."""
    word, sector, excluded = head
    if actor.kind == "person":
        return False
    texts = [actor.name] + [b.doc.text[b.doc.tokens[r.first].start : b.doc.tokens[r.last - 1].end] for r in b.refs if r.actor_id == actor.id]
    names = [normalize(t).split() for t in texts if t.split()]
    if excluded and any(n[1:2] == [excluded] for n in names):
        return False  # `المملكة` after `بريطانيا` (المملكة المتحدة) is another kingdom
    if any(n[0].endswith(word) for n in names):  # المملكة: المملكة العربية السعودية
        return True
    # non-state actors carry their kind as country (NGO) or sector (REB)
    return actor.kind != "state" and bool(sector) and sector in (actor.sector, actor.country)


def finish(b: ActorBuilder) -> None:
    """Write actors and mentions onto the document, numbering actors by first mention."""
    doc = b.doc
    refs = sorted(b.refs, key=lambda r: (r.first, -(r.last - r.first)))
    # a coreferent word inside the title that introduces a name (`زعيم حزب الله حسن نصر الله`: الله) is part of that title
    titled = [(r.lead, r.first) for r in refs if 0 <= r.lead < r.first]
    refs = [r for r in refs if not (r.kind == "coref" and any(lead <= r.first and r.last <= first for lead, first in titled))]
    kept: list[MentionRef] = []
    for r in refs:  # drop mentions nested in an earlier, longer one
        if kept and r.first < kept[-1].last:
            continue
        kept.append(r)
    order: dict[str, int] = {}
    for r in kept:
        order.setdefault(r.actor_id, len(order))
    actors = sorted((a for a in b.actors if a.id in order), key=lambda a: order[a.id])
    renumber = {a.id: f"a{k + 1}" for k, a in enumerate(actors)}
    for a in actors:
        a.id = renumber[a.id]
        a.mentions = []
    by_id = {a.id: a for a in actors}
    doc.mentions = []
    named = {renumber[r.actor_id] for r in kept if r.kind != "adjective"}
    for r in kept:
        r.actor_id = renumber[r.actor_id]
        # an adjective (`الأمريكية`) is evidence for a state only when nothing names it outright
        if r.kind != "adjective" or r.actor_id not in named:
            by_id[r.actor_id].mentions.append(doc.span(doc.tokens[r.first].start, doc.tokens[r.last - 1].end))
        doc.mentions.append(r)
    doc.actors = actors


def arm_opposition(doc: Document, countries: frozenset[str]) -> None:
    """`المعارضة السورية`: in a civil war the opposition named as a body is its armed factions (REB, not OPP)."""
    for actor in doc.actors:
        if actor.sector == "OPP" and actor.kind != "person" and actor.country in countries:
            actor.sector = "REB"
            actor.basis += "; the opposition of a country at civil war is armed (armed_opposition.tsv)"
