"""Longest-match lookup of multi-word phrases over tokens, tolerant of clitics.

Lexicons (gazetteers, triggers, speech verbs) are indexed by their normalised
words; a phrase matches at a token when the token's clitic-stripped variants
include the phrase's first word and the following tokens match the rest.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Generic, Iterator, TypeVar

from marsad.doc import Token
from marsad.text.normalize import normalize
from marsad.text.tokens import proclitic_variants, tokenize, variants

P = TypeVar("P")


@dataclass(frozen=True, slots=True)
class PhraseMatch(Generic[P]):
    first: int  # token index
    last: int  # exclusive token index
    payload: P
    literal: bool  # the first word matched without stripping clitics
    variant: str = ""  # the form of the first word that matched


def phrase_words(phrase: str) -> tuple[str, ...]:
    """The normalised words of a lexicon phrase, split like article text."""
    return tuple(t.norm for t in tokenize(phrase) if t.norm.strip())


class PhraseIndex(Generic[P]):
    """Phrases keyed by their first word; payloads of duplicate phrases accumulate."""

    def __init__(self, strip_later_words: bool = True, strip_suffixes: bool = True) -> None:
        self._by_first: dict[str, dict[tuple[str, ...], list[P]]] = defaultdict(dict)
        # first word -> second word -> the rests starting with it, so a token is checked only against
        # phrases whose next word can match (titles share first words by the hundred: وزير ...)
        self._by_second: dict[str, dict[str, list[tuple[str, ...]]]] = defaultdict(lambda: defaultdict(list))
        self._order: dict[tuple[str, tuple[str, ...]], int] = {}  # insertion order, kept for ties
        self.strip_later_words = strip_later_words
        self._cache: dict[str, tuple] = {}  # word -> its phrase-starting forms (grows with the vocabulary)
        self._forms = variants if strip_suffixes else proclitic_variants

    def add(self, phrase: str, payload: P) -> None:
        words = phrase_words(normalize(phrase))
        if not words:
            return
        rests = self._by_first[words[0]]
        if words[1:] not in rests:
            self._order[(words[0], words[1:])] = len(self._order)
            if len(words) > 1:
                self._by_second[words[0]][words[1]].append(words[1:])
        rests.setdefault(words[1:], []).append(payload)
        self._cache.clear()

    def __contains__(self, word: str) -> bool:
        return word in self._by_first

    def _word_matches(self, token: Token, word: str) -> bool:
        if token.norm == word:
            return True
        return self.strip_later_words and word in self._forms(token.norm)

    def _entries(self, norm: str) -> tuple[tuple[str, dict[tuple[str, ...], list[P]]], ...]:
        """(matching form, phrases) for every form of a word that starts a phrase; cached per word."""
        found = self._cache.get(norm)
        if found is None:
            found = tuple((v, self._by_first[v]) for v in self._forms(norm) if v in self._by_first)
            self._cache[norm] = found
        return found

    def match_at(self, tokens: list[Token], i: int) -> list[PhraseMatch[P]]:
        """All phrases starting at token i, longest first."""
        found: list[PhraseMatch[P]] = []
        tok = tokens[i]
        if not (tok.is_word or tok.norm.isascii() and tok.norm.isalpha()):  # Latin acronyms (`PKK`) are names too
            return found
        entries = self._entries(tok.norm)
        if not entries:
            return found
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        nxt_forms = () if nxt is None else ((nxt.norm, *self._forms(nxt.norm)) if self.strip_later_words else (nxt.norm,))
        for v, rests in entries:
            seconds = self._by_second.get(v, {})
            candidates = [r for form in dict.fromkeys(nxt_forms) for r in seconds.get(form, ())]
            if () in rests:
                candidates.append(())
            for rest in sorted(candidates, key=lambda r, v=v: self._order[(v, r)]):
                end = i + 1 + len(rest)
                if end > len(tokens):
                    continue
                if all(self._word_matches(tokens[i + 1 + k], w) for k, w in enumerate(rest)):
                    for payload in rests[rest]:
                        found.append(PhraseMatch(i, end, payload, v == tok.norm, v))
        found.sort(key=lambda m: (-(m.last - m.first), not m.literal))
        return found

    def scan(self, tokens: list[Token], start: int = 0, end: int | None = None) -> Iterator[PhraseMatch[P]]:
        """Non-overlapping longest matches left to right (first payload of each)."""
        i, stop = start, len(tokens) if end is None else end
        while i < stop:
            matches = [m for m in self.match_at(tokens, i) if m.last <= stop]
            if matches:
                yield matches[0]
                i = matches[0].last
            else:
                i += 1
