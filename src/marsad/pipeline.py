"""The pipeline: small named components composed in one visible place.

Each component is a function `(doc, resources) -> None` that reads what earlier
components left on the `Document` and adds its own findings:

    tokens → dateline → entities → actors → quotes → events → dates → background → merge → identity

`Resources` loads each language table or model once, on first use, and is
shared by every document the pipeline reads.
"""

from __future__ import annotations

from functools import cached_property, lru_cache
from typing import Callable

from marsad.actors.identity import set_identity
from marsad.actors.recognize import Lexicon, Recognizer, gazetteer_matches
from marsad.actors.resolve import CorefLexicon, add_coreference, arm_opposition, fallback_country, finish, group_candidates
from marsad.doc import Document
from marsad.entities.gazetteer import GazEntry, build_gazetteer
from marsad.events.dates import (
    after_publication, event_date, find_time_expressions, is_background, is_statement, lead_date, lede_stated, opens_news_item,
)
from marsad.events.detect import EventFinder
from marsad.events.lexicon import EventLexicon, Marker, Trigger, build_triggers
from marsad.events.merge import merge_events
from marsad.events.scores import type_score
from marsad.lang import load_table, word_map, word_set, words
from marsad.quotes.detect import QuoteFinder, speakers_countries
from marsad.text.dateline import dateline_component
from marsad.text.normalize import normalize
from marsad.text.phrases import PhraseIndex
from marsad.text.sentences import split_sentences
from marsad.text.tokens import QUANTITIES, tokenize

Component = Callable[[Document, "Resources"], None]

_LEDE_SENTENCES = 2  # sentences (dateline included) whose undated events take the lede's date


class Resources:
    """Language data and models, each loaded once on first use."""

    def __init__(self, use_ner: bool = True):
        self.use_ner = use_ner

    @cached_property
    def gazetteer(self) -> PhraseIndex[GazEntry]:
        return build_gazetteer()

    @cached_property
    def first_names(self) -> frozenset[str]:
        names: set[str] = set()
        for row in load_table("first_names"):
            names.update(normalize(n) for n in [row["name"], *row.get("forms", [])] if n)
        return frozenset(names)

    @cached_property
    def recognizer(self) -> Recognizer:
        return Recognizer(
            Lexicon(
                gazetteer=self.gazetteer,
                stopwords=word_set("stopwords", "word"),
                title_words=word_set("title_words", "word"),
                locative=word_set("locative", "word"),
                first_names=self.first_names,
                attribution=word_set("attribution", "word"),
                armed_acts=word_map("armed_acts", "word", "sector"),
                addressed=word_set("addressed", "word"),
            )
        )

    @cached_property
    def armed_opposition(self) -> frozenset[str]:
        return frozenset(row["country"] for row in load_table("armed_opposition"))

    @cached_property
    def abstract_bodies(self) -> frozenset[str]:
        return word_set("bodies_need_country", "head")

    @cached_property
    def coref(self) -> CorefLexicon:
        generic = {normalize(r["form"]): (normalize(r["matches"]), r["sector"], normalize(r["not_followed_by"]))
                   for r in load_table("generic_heads")}
        # `المملكة`: the states whose long names begin with a generic head (المملكة الأردنية الهاشمية)
        state_names = {r["iso3"]: [normalize(f).split() for f in [r["name"], *r["forms"]] if f]
                       for r in load_table("states")}
        named_by = {form: frozenset(iso3 for iso3, names in state_names.items()
                                    if any(n[0].endswith(word) and n[1:2] != [excluded] for n in names))
                    for form, (word, _sector, excluded) in generic.items()}
        return CorefLexicon(word_map("coref", "form", "refers"), word_set("stopwords", "word"), generic, named_by)

    @cached_property
    def ner(self):
        if not self.use_ner:
            return None
        from marsad.entities.ner import NerTagger

        return NerTagger.load()

    @cached_property
    def quote_finder(self) -> QuoteFinder:
        cues: PhraseIndex[str] = PhraseIndex()
        for row in load_table("speech_verbs"):
            cues.add(row["form"], row["kind"])
        heads = load_table("quote_name_heads")
        near_or_far = frozenset(normalize(r["word"]) for r in heads)
        far = frozenset(normalize(r["word"]) for r in heads if r.get("reach") == "far")
        return QuoteFinder(cues, near_or_far, word_set("attribution", "word"), far)

    @cached_property
    def event_finder(self) -> EventFinder:
        markers = {normalize(r["form"]): Marker(r["effect"], int(r["scope"])) for r in load_table("markers")}
        contexts: PhraseIndex[str] = PhraseIndex()
        for row in load_table("contexts"):
            contexts.add(row["form"], row["context"])
        triggers: PhraseIndex[Trigger] = build_triggers()
        non_political: PhraseIndex[str] = PhraseIndex()
        for row in load_table("non_political"):
            non_political.add(row["form"], row["topic"])
        speech = load_table("speech_verbs")
        return EventFinder(
            EventLexicon(triggers, markers, contexts, word_set("clause_barriers", "form"), word_set("attribution", "word"),
                         word_set("noun_links", "word"),
                         frozenset(normalize(r["form"]) for r in speech if r["kind"] == "verb"),
                         _verb_gap_words(), non_political,
                         frozenset(normalize(r["form"]) for r in load_table("coref") if r["refers"] == "both"),
                         frozenset(normalize(r["form"]) for r in speech if r["kind"] == "participle"))
        )


def _verb_gap_words() -> frozenset[str]:
    """Words that may stand between a verb and its subject: time words (أمس، مساء), adverbs (أيضا، قد), counts and the
    generic heads of names (`طالبت منظمة "هيومن رايتس ووتش"`)."""
    times = {normalize(r["form"]) for table in ("relative_days", "parts_of_day", "weekdays") for r in load_table(table) if " " not in r["form"]}
    heads = {normalize(r["matches"]) for r in load_table("generic_heads")}
    gap = words.function_words("verb_gap") + words.function_words("weapon_head")  # `قصفت طائرات التحالف`
    return frozenset(times | heads | {normalize(w) for w in gap} | QUANTITIES)  # (`قتل خلالها نحو ستين فلسطينيا`)


# --- components ------------------------------------------------------------


def tokens_and_sentences(doc: Document, res: Resources) -> None:
    doc.tokens = tokenize(doc.text)
    doc.sentences = split_sentences(doc.text, doc.tokens)


def dateline(doc: Document, res: Resources) -> None:
    dateline_component(doc)


def entities(doc: Document, res: Resources) -> None:
    """Statistical NER spans (people and organisations the tables do not know)."""
    if res.ner is not None:
        doc.entities = res.ner.entities(doc)


def actors(doc: Document, res: Resources) -> None:
    gaz = gazetteer_matches(doc.tokens, res.gazetteer)
    persons = [e for e in doc.entities if e.label == "PERS"]
    candidates = res.recognizer(doc, gaz, persons)
    home = fallback_country(doc, res.gazetteer, candidates, gaz)
    builder = group_candidates(doc, candidates, home, res.abstract_bodies)
    add_coreference(builder, gaz, res.coref)
    finish(builder)
    arm_opposition(doc, res.armed_opposition)
    doc.entities.extend(res.recognizer.places(doc, gaz))


def quotes(doc: Document, res: Resources) -> None:
    res.quote_finder(doc)
    speakers_countries(doc)


def events(doc: Document, res: Resources) -> None:
    res.event_finder(doc)


def dates(doc: Document, res: Resources) -> None:
    """Each event's date from the time expression nearest its first trigger."""
    exprs = find_time_expressions(doc)
    lede = lead_date(doc, exprs)
    for ev in doc.events:
        trig = ev.triggers[0]
        sent = doc.sentences[ev.sentence]
        ev.date = event_date(doc, trig.start, trig.end, sent.start, sent.end, exprs)
        if ev.status == "asserted" and after_publication(ev.date, doc.pub_date):
            ev.date = None  # `الاجتماع المقبل ... في 27 أغسطس المقبل`: a later day is another, planned event's
        ev.date_stated = ev.date is not None
        if ev.date is None and ev.restates is not None:
            ev.date = ev.restates.date  # `خلال الاجتماع`: the meeting told before, on its day
        # the lede's events happened on the news day the lede names (or the publication day), and so did
        # those of another item of the same report (`إلى ذلك، وقّع وزير العمل ...`)
        if ev.date is None and ev.status == "asserted" and (ev.sentence < _LEDE_SENTENCES or opens_news_item(doc, ev.sentence)):
            ev.date = lede
    # `أعرب شويغو، خلال اللقاء، عن رغبة ...`: what is said at a meeting read back in its sentence is of the meeting's day
    meeting_days = {ev.sentence: ev.date for ev in doc.events if ev.restates is not None and ev.date}
    for ev in doc.events:
        if ev.date is None and ev.status == "asserted" and ev.sentence in meeting_days:
            ev.date = meeting_days[ev.sentence]
    # later events of the lede's participants, with no time of their own, belong to that news day
    # (`أعرب شويغو، خلال اللقاء، عن رغبة ...`)
    lede_parties = {a for ev in doc.events if (ev.sentence < _LEDE_SENTENCES or opens_news_item(doc, ev.sentence))
                    and ev.date == lede for a in ev.actor + ev.recipient}
    for ev in doc.events:
        if ev.date is None and ev.status == "asserted" and lede_parties.intersection(ev.actor):
            ev.date = lede
    # a statement the report tells with no time of its own was made on the news day the lede names
    # (`طالب وزير الأمن الإسرائيلي بتنحية عباس` among Wednesday's reactions), unless told as earlier (`كان ... قد أكد`)
    # (not when its sentence has a time of its own that names no day: `الأسبوع الماضي`, `منذ عامين`)
    if lede_stated(doc, exprs, lede):
        timed = {doc.sentence_of(x.start) for x in exprs}
        for ev in doc.events:
            if ev.date is None and ev.status == "asserted" and ev.sentence not in timed and is_statement(doc, ev):
                ev.date = lede


def background(doc: Document, res: Resources) -> None:
    """Drop events the article recalls from more than a year before it was published."""
    doc.events = [ev for ev in doc.events if not is_background(ev.date, doc.pub_date)]


def merge(doc: Document, res: Resources) -> None:
    merge_events(doc)


def identity(doc: Document, res: Resources) -> None:
    set_identity(doc.actors)
    for ev in doc.events:
        ev.score = type_score(ev.type, ev.mode)


COMPONENTS: list[tuple[str, Component]] = [
    ("tokens", tokens_and_sentences),
    ("dateline", dateline),
    ("entities", entities),
    ("actors", actors),
    ("quotes", quotes),
    ("events", events),
    ("dates", dates),
    ("background", background),
    ("merge", merge),
    ("identity", identity),
]


class Pipeline:
    """Callable that turns text into an enriched `Document`."""

    def __init__(self, components: list[tuple[str, Component]] | None = None, resources: Resources | None = None):
        self.components = components if components is not None else list(COMPONENTS)
        self.resources = resources or Resources()

    def __call__(self, text: str, **meta) -> Document:
        doc = Document(text=text, **{k: v for k, v in meta.items() if v is not None})
        for _name, component in self.components:
            component(doc, self.resources)
        return doc


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The shared default pipeline (loading its data once per process)."""
    return Pipeline()
