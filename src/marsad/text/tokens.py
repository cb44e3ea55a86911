"""Tokenisation with clitic analysis for matching.

Each token keeps its original offsets. `base` is the normalised word with its
proclitics (و ف ب ل ك س and the article ال) and one pronoun suffix removed, the
form lexicons are written in. Stripping is deliberately greedy; callers that
need precision look up `norm` first and fall back to `base`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.doc import Token
from marsad.lang import word_set, words
from marsad.text.normalize import normalize

# A word: Arabic letters with marks, or Latin/digits; anything else is one-char punctuation.
_TOKEN = re.compile(
    r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff\u0640\u064b-\u065f\u0670\u06d6-\u06ed]+"
    r"|[A-Za-z]+(?:[-'][A-Za-z]+)*"
    r"|[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,/:][0-9\u0660-\u0669\u06f0-\u06f9]+)*"
    r"|\S"
)
_ARABIC = re.compile(r"[\u0621-\u064a]")

# Proclitic chains, longest first, and pronoun suffixes (normalised forms, from lang/ar/clitics.tsv).
_PROCLITICS = words.clitics("proclitic")
_COMPARATIVE = frozenset(words.clitics("comparative"))
_SPLITS = words.splitting_proclitics()
_SUFFIXES = words.clitics("suffix")
_ARTICLE = words.article()
# chains ending in the article (or ل + ال written لل) restore it on the stem
_ARTICLE_ENDS = (words.elided_article(), _ARTICLE)
_TAA_MARBUTA, _OPEN_TAA = words.letter("taa_marbuta"), words.letter("open_taa")
_HAMZA, _HAMZA_SEATS = words.letter("hamza"), words.letters("hamza_seat")
# words whose first و is a root letter (وزير, وكالة): never split as و + stem
_ROOT_WAW = word_set("root_waw", "word")


def _grouped(forms: tuple[str, ...], key) -> dict[str, tuple[str, ...]]:
    """`forms` grouped by one letter (`key`), each group in the original order: a word is only
    tested against the clitics that can match its first (or last) letter."""
    groups: dict[str, list[str]] = {}
    for form in forms:
        groups.setdefault(key(form), []).append(form)
    return {ch: tuple(group) for ch, group in groups.items()}


_PROCLITICS_BY_FIRST = _grouped(_PROCLITICS, lambda form: form[0])
_SUFFIXES_BY_LAST = _grouped(_SUFFIXES, lambda form: form[-1])


def _with_taa(cut: str) -> str:
    """A stem as written without a pronoun suffix: تاء مربوطة is written ت before one (زيارته -> زيارة)."""
    return cut[:-1] + _TAA_MARBUTA if cut.endswith(_OPEN_TAA) else cut


def _unsuffixed(cut: str) -> tuple[str, ...]:
    """A stem as written before a pronoun suffix, and as written without one: تاء مربوطة is written ت and a final
    hamza sits on its seat before a suffix (زيارته -> زيارة, لقائه -> لقاء)."""
    return tuple(dict.fromkeys((cut, _with_taa(cut), cut[:-1] + _HAMZA if cut.endswith(_HAMZA_SEATS) else cut)))


def _keeps_waw(norm: str) -> bool:
    """A word whose first و is a root letter (`وزير`), also with a pronoun suffix (`وزارته`): never و + stem,
    so `وزارته` is no و + `زارته` "she visited him"."""
    if norm in _ROOT_WAW:
        return True
    return any(norm.endswith(suffix) and len(norm) - len(suffix) >= 3
               and (norm[: -len(suffix)] in _ROOT_WAW or _with_taa(norm[: -len(suffix)]) in _ROOT_WAW)
               for suffix in _SUFFIXES_BY_LAST.get(norm[-1:], ()))


@lru_cache(maxsize=200_000)
def analyse(norm: str) -> tuple[str, str, str]:
    """Conservative split into (prefix, base, suffix): conjunction, preposition and article only.

    Suffixes are not removed here (too ambiguous: العراقي is not العراق+ي);
    `variants` offers suffix-stripped forms to lexicon lookups instead.
    """
    if _keeps_waw(norm):
        return "", norm, ""
    for p in _PROCLITICS_BY_FIRST.get(norm[:1], ()):
        if norm.startswith(p) and len(norm) - len(p) >= 3:
            if p in _SPLITS:
                return p, norm[len(p):], ""
    return "", norm, ""


@lru_cache(maxsize=200_000)
def variants(norm: str) -> tuple[str, ...]:
    """Candidate lexicon forms of one word, least stripped first.

    Yields the word itself, then forms without proclitics (ل+ال restored to
    ال+stem), then those forms without a pronoun suffix. Each stem keeps >= 2 letters.
    """
    stems: list[str] = [norm]
    for p in () if _keeps_waw(norm) else _PROCLITICS_BY_FIRST.get(norm[:1], ()):
        # two-letter stems only behind a one-letter clitic: وحث is و+حث, but وبحث is not و+ب+حث; and not behind
        # the comparative ك (كان is the verb "was", never ك + أن)
        if norm.startswith(p) and len(norm) - len(p) >= (2 if len(p) == 1 and p not in _COMPARATIVE else 3):
            stem = norm[len(p):]
            if p.endswith(_ARTICLE_ENDS):
                stems.append(_ARTICLE + stem)
            stems.append(stem)
    out: list[str] = []
    for stem in stems:
        if stem not in out:
            out.append(stem)
    for stem in list(out):
        for s in _SUFFIXES_BY_LAST.get(stem[-1:], ()):
            if stem.endswith(s) and len(stem) - len(s) >= 3:
                for form in _unsuffixed(stem[: -len(s)]):
                    if form not in out:
                        out.append(form)
    return tuple(out)


@lru_cache(maxsize=200_000)
def proclitic_variants(norm: str) -> tuple[str, ...]:
    """`variants` with proclitics removed but never a suffix: names take no pronoun suffix
    (القناة is not قنا+ه), and غداة is not غدا+ه."""
    return tuple(v for v in variants(norm) if norm.endswith(v) or (v.startswith(_ARTICLE) and norm.endswith(v[len(_ARTICLE):])))


def tokenize(text: str) -> list[Token]:
    """All tokens of `text` with offsets, matching form and clitic split."""
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        surface = m.group()
        norm = normalize(surface)
        is_word = bool(_ARABIC.match(norm))
        if is_word:
            prefix, base, suffix = analyse(norm)
        else:
            prefix, base, suffix = "", norm, ""
        tokens.append(Token(m.start(), m.end(), surface, norm, base, prefix, suffix, is_word))
    return tokens



def surface_from(token: Token, matched: str) -> str:
    """The part of the token as written that a clitic-stripped form `matched` covers.

    `بالحكومة` matched as `الحكومه` → `الحكومة`; `للجيش` matched as `الجيش` → `الجيش`.
    """
    norm = token.norm
    if matched == norm or not norm.endswith(matched[len(_ARTICLE):] if matched.startswith(_ARTICLE) else matched):
        return token.text
    if norm.endswith(matched):
        drop = len(norm) - len(matched)
        restore = ""
    else:  # ل + ال written لل: the article's alef is elided in writing
        drop = len(norm) - len(matched) + len(_ARTICLE)
        restore = _ARTICLE
    k = seen = 0
    while k < len(token.text) and seen < drop:
        if normalize(token.text[k]):
            seen += 1
        k += 1
    return restore + token.text[k:]


OBJECT_PREPOSITIONS = words.function_word_set("object_preposition")
# counting words before people counted (عشرات، مئات، آلاف)
QUANTITIES = words.function_word_set("quantity") | frozenset(normalize(w) for w in words.number_words("cardinal"))
_OF = normalize(words.function_word("of"))
# a one-letter preposition fused with the article (للمملكة، بالعاصمة), behind و/ف or not
_PREPOSITION_ARTICLE = tuple(p + _ARTICLE for p in words.clitics("preposition")) + (words.elided_article(),)
# إلى and its common misspelling; الى starts like an article, so rules that look for ال must skip it
TOWARDS = words.function_word_set("towards")
IN_WORD = normalize(words.function_word("in"))  # في: what follows it is where something is
QUOTE_MARKS = frozenset('"«»“”')  # quotation marks as tokens (straight, guillemets, curly)
_PLACE_HEADS = words.function_word_set("place_head")


def after_preposition(tokens: list[Token], index: int) -> bool:
    """`قبضت على X`, `صرح أمام المجلس`: the word at `index` follows a preposition, so the phrase it
    opens is an object or an adjunct, never the clause's subject."""
    before = index - 1
    while before > 0 and index - before <= 2 and (tokens[before].norm in QUANTITIES or tokens[before].text.isdigit()
                                                   or tokens[before].base in _PLACE_HEADS):
        # `على عشرات الإرهابيين`, `على 431 شخصا`: the counted people are still the object; so is the body of
        # a building (`أمام مقر القنصلية`)
        before -= 1
    return before >= 0 and tokens[before].norm in OBJECT_PREPOSITIONS


def is_definite(token: Token) -> bool:
    """`الزيارة`, `والاجتماع`, `للقاء`: the word carries the article (as written or elided after ل)."""
    return token.prefix.endswith(_ARTICLE_ENDS) or token.base.startswith(_ARTICLE)


def counted(tokens: list[Token], index: int) -> bool:
    """`14 جنديا`, `عشرات المسلحين`, `22 من المسلحين`: the word at `index` is a number, or the people a number counts."""
    if index >= 2 and tokens[index - 1].norm == _OF and _is_count(tokens[index - 2]):
        return True
    before = tokens[index - 1] if index > 0 else None
    return tokens[index].text.isdigit() or (before is not None and _is_count(before))


def _is_count(token: Token) -> bool:
    return token.text.isdigit() or token.norm in QUANTITIES


def fused_preposition(token: Token) -> bool:
    """`للمملكة`, `بالعاصمة`, `وبالعراق`: a preposition fused with the article, which no subject and no
    name word carries (a bare one-letter start may be a name's own letter, as in لافروف)."""
    return token.prefix.endswith(_PREPOSITION_ARTICLE)
