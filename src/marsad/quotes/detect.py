"""Direct quotations and their speakers.

A quotation is text inside `"..."`, `«...»`, `“...”` or the reversed `”...“`. Its speaker comes from the
speech verb before it: the verb's subject (`وأكد الأعرجي أن "..."`), the person
after `عن` in a report chain (`ونقل المكتب ... عن الأعرجي ... قوله، إن "..."`),
or, for continuation verbs and participles (`وأضاف`, `مبيناً`), the previous
speaker unless a new subject is named.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from marsad.doc import Document, MentionRef, Quote, Span
from marsad.lang import words
from marsad.text.phrases import PhraseIndex
from marsad.text.tokens import after_preposition, is_definite, variants

_PAIRS = re.compile(r'"([^"\n]{2,}?)"|«([^»]{2,}?)»|“([^”]{2,}?)”')
# a text that never opens with `“` but uses `”` types its quotes reversed, as right-to-left sites often do: `”...“`
_REVERSED_PAIRS = re.compile(r'"([^"\n]{2,}?)"|«([^»]{2,}?)»|”([^“”\n]{2,}?)[“”]')
_MIN_WORDS = 1  # even one quoted word can be reported speech ("مضطر")
_ABOUT = words.function_word("about")
_CONJUNCTION = words.clitics("conjunction")
_DATIVE = words.clitics("dative")
# raw-text openers of a paragraph that continues a report (`إن "...`): prefixes, and whole words before a space
_CONTINUES = words.function_words("paragraph_continues") + tuple(w + " " for w in words.function_words("paragraph_continues_word"))


@dataclass(frozen=True, slots=True)
class SpeechCue:
    first: int  # token index
    last: int
    kind: str  # verb | continuation | participle | report | noun | saying


def quotation_spans(text: str) -> list[Span]:
    """Every quotation in the text, without its marks, in order."""
    spans = []
    pairs = _REVERSED_PAIRS if "”" in text and "“" not in text.split("”", 1)[0] else _PAIRS
    for m in pairs.finditer(text):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        start, end = m.start(group), m.end(group)
        if len(text[start:end].split()) >= _MIN_WORDS:
            spans.append(Span(start, end, text[start:end]))
    return spans


def _paragraph_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_SHORT = 4  # a quoted name or title is at most this many words
_NAME_HEAD_REACH = 4  # words back from a one- or two-word quote to its name head


class QuoteFinder:
    """Finds quotations and attributes each to an actor of the document."""

    def __init__(self, cues: PhraseIndex[str], name_heads: frozenset[str] = frozenset(), attribution: frozenset[str] = frozenset(),
                 far_name_heads: frozenset[str] = frozenset()):
        self.cues = cues
        self.name_heads = name_heads
        self.far_name_heads = far_name_heads  # institution heads a few adjectives away (وكالة الأنباء السورية "سانا")
        self.attribution = attribution

    def _is_name(self, doc: Document, span: Span, q_tok: int) -> bool:
        """`منظمة "هيومن رايتس ووتش"`, `موقع "تويتر"`, `«PKK»`: quoted names and titles are not speech."""
        if not _ARABIC_LETTER.search(span.text):
            return True
        if len(span.text.split()) > _SHORT or q_tok < 1:
            return False
        before = doc.tokens[q_tok - 1]
        if any(v in self.name_heads for v in variants(before.norm)) or before.norm in self.name_heads:
            return True
        # an institution head may stand a few words back, across its adjectives (`وكالة الأنباء السورية "سانا"`)
        if len(span.text.split()) > 2:
            return False
        for before in reversed(doc.tokens[max(0, q_tok - _NAME_HEAD_REACH) : q_tok - 1]):
            if any(v in self.far_name_heads for v in variants(before.norm)):
                return True
            if not is_definite(before):
                return False
        return False

    def __call__(self, doc: Document) -> None:
        tokens = doc.tokens
        starts = [t.start for t in tokens]
        previous_speaker: str | None = None
        previous_end = 0
        quotes: list[Quote] = []
        for span in quotation_spans(doc.text):
            q_tok = bisect_left(starts, span.start) - 1  # the opening mark's token
            if self._is_name(doc, span, q_tok):
                continue
            para = _paragraph_start(doc.text, span.start)
            region_start = max(previous_end, para)
            # a paragraph opening with `إن "` continues the previous paragraph's report
            if not doc.text[para : span.start - 1].strip(' "«“،,:') or doc.text[para : span.start].strip().startswith(_CONTINUES):
                region_start = max(previous_end, _paragraph_start(doc.text, max(para - 2, 0)))
            lo = bisect_left(starts, region_start)
            cue = self._last_cue(doc, lo, q_tok)
            speaker = self._speaker(doc, cue, lo, q_tok, previous_speaker, [q.span for q in quotes])
            cue_span = doc.span(tokens[cue.first].start, tokens[cue.last - 1].end) if cue else None
            quotes.append(Quote(speaker, span, cue_span))
            if speaker:
                previous_speaker = speaker
            previous_end = span.end + 1
        doc.quotes = quotes

    def _last_cue(self, doc: Document, lo: int, hi: int) -> SpeechCue | None:
        found = None
        i = lo
        while i < hi:
            matches = self.cues.match_at(doc.tokens, i)
            if matches:
                m = matches[0]
                found = SpeechCue(m.first, m.last, m.payload)
                i = m.last
            else:
                i += 1
        # `نقل ... عن X ... قوله`: the report verb earlier in the region names the speaker
        if found and found.kind in ("noun", "saying"):
            for j in range(found.first - 1, lo - 1, -1):
                ms = self.cues.match_at(doc.tokens, j)
                if ms and ms[0].payload == "report":
                    return SpeechCue(ms[0].first, found.last, "report")
        return found

    def _previous_sentence_subject(self, doc: Document, tok: int) -> str | None:
        """The subject of the sentence before the one holding token `tok`, in the same paragraph."""
        index = doc.sentence_of(doc.tokens[tok].start)
        if index == 0:
            return None
        prev = doc.sentences[index - 1]
        if "\n" in doc.text[prev.end : doc.sentences[index].start]:
            return None
        return self._sentence_subject(doc, prev.first_token, prev.last_token - 1)

    def _sentence_subject(self, doc: Document, lo: int, hi: int, quoted: list[Span] | None = None) -> str | None:
        """The first actor named (not referred back to) in the sentence before token `hi`, outside the `quoted` spans."""
        sentence_start = doc.sentences[doc.sentence_of(doc.tokens[hi].start)].first_token
        opening = [r for r in self._mentions_between(doc, max(lo, sentence_start), hi) if r.kind != "coref"
                   and not any(q.start <= doc.tokens[r.first].start < q.end for q in quoted or ())]
        return opening[0].actor_id if opening else None

    def _own_sentence_subject(self, doc: Document, lo: int, q_tok: int) -> str | None:
        """The subject of the quote's sentence when that sentence starts after the previous quote."""
        first = doc.sentences[doc.sentence_of(doc.tokens[q_tok].start)].first_token
        return self._sentence_subject(doc, first, q_tok) if first >= lo else None

    def _mentions_between(self, doc: Document, lo: int, hi: int) -> list[MentionRef]:
        """Possible speakers in [lo, hi): not a report's source (`بحسب سانا`) nor an adjective."""
        return [r for r in doc.mentions if lo <= r.first and r.last <= hi and r.kind != "adjective"
                and not self._attributed(doc, r)]

    def _attributed(self, doc: Document, ref: MentionRef) -> bool:
        start = ref.start_token
        window = doc.tokens[max(0, start - 2) : start + 1]
        return any(t.norm in self.attribution for t in window)

    def _speaker(self, doc: Document, cue: SpeechCue | None, lo: int, q_tok: int, previous: str | None,
                 quoted: list[Span]) -> str | None:
        """The speaker of the quote opening at token `q_tok`; `quoted` are the spans of the quotes before it."""
        if cue is None:
            # no speech verb: a sentence of its own names its speaker first (`حض يلديريم ... على الكف "..."`),
            # else the quote goes on the current speaker's words
            own = self._own_sentence_subject(doc, lo, q_tok)
            if own or previous:
                return own or previous
            before = self._mentions_between(doc, lo, q_tok)
            return before[-1].actor_id if before else None
        if cue.kind == "saying":
            # `وجه ترامب تحذيرا ... بقوله إن "..."`: "his saying" belongs to the sentence's subject
            return self._sentence_subject(doc, 0, cue.first, quoted) or previous
        if cue.kind == "participle":
            # `أعرب الاتحاد الأوروبي عن أسفه ...، مؤكدا "..."`: the sentence's subject goes on speaking,
            # even when an earlier quote of the sentence came between (and no one named inside that quote:
            # `وقال إن "حماس تقف وراء الاعتداء"، مضيفا "..."` goes on with the speaker, not Hamas)
            return self._sentence_subject(doc, 0, cue.first, quoted) or previous
        if cue.kind == "report":
            after_an = [r for r in self._mentions_between(doc, cue.first, q_tok)
                        if r.first > 0 and doc.tokens[r.first - 1].norm == _ABOUT or doc.tokens[r.first].prefix.startswith(_ABOUT)]
            if after_an:
                return after_an[0].actor_id
            after = self._mentions_between(doc, cue.first + 1, q_tok)
            if after:
                return after[-1].actor_id
            # `وأبلغ عباس بوتين بقلقه. فيما نقلت وكالات الأنباء قوله "..."`: with no source named, "his saying" is
            # the last sentence's subject's
            return self._previous_sentence_subject(doc, cue.first) or previous
        # `وقالت للصحفيين: "..."`: whom the words are said to (ل) is no speaker
        # (ordered by where each mention's title starts: `كتب السفير الأمريكي لدى إسرائيل ديفيد فريدمان` is the envoy's)
        after = sorted((r for r in self._mentions_between(doc, cue.last, q_tok) if not doc.tokens[r.first].prefix.startswith(_DATIVE)),
                       key=lambda r: r.start_token)
        # the subject follows the verb closely (VSO), title included; later mentions are objects of the clause,
        # and so is one after a preposition (`صرح أمام المجلس الوطني أن`)
        if after and after[0].start_token - cue.last <= 2 and not after_preposition(doc.tokens, after[0].start_token):
            return after[0].actor_id
        if cue.kind == "continuation":
            return previous
        sentence_start = doc.sentences[doc.sentence_of(doc.tokens[cue.first].start)].first_token
        before = self._mentions_between(doc, max(lo, sentence_start), cue.first)
        # `X قال` within the sentence; `... في نيجيريا ووصفتها` is a coordinated verb, not X's
        if before and cue.first - before[-1].last <= 2 and not doc.tokens[cue.first].prefix.startswith(_CONJUNCTION):
            return before[-1].actor_id
        # `طالبت منظمة X السلطات ... عمن وصفتهم بأنهم "..."`: a later verb of the sentence keeps its subject
        opening = self._sentence_subject(doc, lo, cue.first)
        if opening:
            return opening
        if after:
            return after[0].actor_id
        # `طالب الوزير X بتنحية Y. وقال: "..."`: a bare verb goes on with the last sentence's subject
        return self._previous_sentence_subject(doc, cue.first) or previous


def speakers_countries(doc: Document) -> None:
    """`قال المتحدث باسم الخارجية الأردنية إن "الحكومة أذنت ..."`: an actor whose country was only
    guessed, and that is named only inside quotes of speakers of one other country, is theirs."""
    by_id = {a.id: a for a in doc.actors}
    for actor in doc.actors:
        if not actor.country_guessed or not actor.mentions or actor.kind == "state":
            continue
        countries = set()
        for span in actor.mentions:
            quote = doc.quote_at(span.start)
            speaker = by_id.get(quote.speaker) if quote and quote.speaker else None
            countries.add(speaker.country if speaker and speaker.id != actor.id else "")
        country = countries.pop() if len(countries) == 1 else ""
        if country and country != actor.country:
            actor.country = country
            actor.basis += f"; country of the speaker quoting it ({country})"
