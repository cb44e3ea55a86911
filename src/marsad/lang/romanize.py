"""Deterministic Arabic -> Latin romanization of names (simplified ALA-LC, news style).

Actor names need one stable Latin spelling for reports and for joining with
English-language data; the same Arabic must always give the same Latin. Short
vowels are not written in Arabic, so they are guessed by a few rules (no initial
consonant cluster, an `i` before a final consonant after long `a` as in فاعل,
an `a` splitting three-consonant runs); names with an established spelling
(محمد -> Muhammad, بوتين -> Putin) come from the word table in
`lang/ar/romanization.tsv`, which also holds the letter map.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.lang import load_table
from marsad.text.normalize import strip_marks


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(letter map, word exceptions) from romanization.tsv."""
    letters: dict[str, str] = {}
    words: dict[str, str] = {}
    for row in load_table("romanization"):
        (letters if row["kind"] == "letter" else words)[str(row["arabic"])] = str(row["latin"])
    return letters, words


def _units(word: str, letters: dict[str, str]) -> list[tuple[str, bool]]:
    """The word as (latin, is_vowel) units; و and ي are vowels after a consonant, glides elsewhere."""
    units: list[tuple[str, bool]] = []
    for i, ch in enumerate(word):
        after_consonant = bool(units) and not units[-1][1]
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if ch in "أإآ" and not units:
            units.append((letters.get(ch, ""), True))
        elif ch in "اىآ" or ch == "ؤ":
            units.append(("u" if ch == "ؤ" else "a", True))
        elif ch == "ي" and after_consonant and nxt == "ا":
            units.append(("iy", True))
        elif ch in "وي" and after_consonant and (not nxt or nxt not in "اىآ"):
            units.append(("u" if ch == "و" else "i", True))
        elif ch in letters:
            units.append((letters[ch], False))
    return units


def _word(word: str, letters: dict[str, str]) -> str:
    """Romanize one bare word (no article) by the letter map and short-vowel rules."""
    units = _units(word, letters)
    out: list[str] = []
    run = 0  # consonants written since the last vowel
    for i, (latin, vowel) in enumerate(units):
        out.append(latin)
        run = 0 if vowel else run + 1
        if vowel or i + 1 >= len(units) or units[i + 1][1]:
            continue
        if i == 0 or run == 2:  # no word-initial cluster; split a run of three
            out.append("a")
            run = 0
        elif i + 2 == len(units) and units[i - 1] == ("a", True):  # فاعل: qasim, khalid
            out.append("i")
    text = "".join(out).replace("aa", "a").replace("ii", "i")
    return text[:1].upper() + text[1:]


def romanize(arabic: str) -> str:
    """Latin spelling of an Arabic name: `قاسم الأعرجي` -> `Qasim al-Araji`."""
    letters, words = _tables()
    tokens = strip_marks(arabic).split()
    out: list[str] = []
    i = 0
    while i < len(tokens):
        pair = " ".join(tokens[i:i + 2])
        if i + 1 < len(tokens) and pair in words:
            out.append(words[pair])
            i += 2
            continue
        token = tokens[i]
        if token in words:
            out.append(words[token])
        elif token.startswith("ال") and len(token) > 3:
            stem = token[2:]
            out.append("al-" + (words.get(stem) or _word(stem, letters)))
        else:
            out.append(_word(token, letters))
        i += 1
    return " ".join(out)
