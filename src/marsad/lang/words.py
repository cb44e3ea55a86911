"""Closed-class words, clitics, affixes and letters that the rules refer to.

Rules in the tokenizer, actor recogniser, event and quote finders test a word
against small closed sets (the article, `في`, `مع`, pronoun suffixes ...). Those
sets are data, kept in `lang/ar/` tables (one concept per file) so code stays
free of Arabic literals; this module reads them into immutable tuples in file
order, so callers that care about order (longest proclitic first) keep it.
An unknown group raises `KeyError` instead of silently matching nothing.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.lang import load_table


@lru_cache(maxsize=None)
def _groups(table: str, value: str, group: str) -> dict[str, tuple[str, ...]]:
    """Values of `table` grouped by column `group`, each group in file order."""
    out: dict[str, list[str]] = {}
    for row in load_table(table):
        out.setdefault(str(row[group]), []).append(str(row[value]))
    return {k: tuple(v) for k, v in out.items()}


def _group(table: str, value: str, group: str, name: str) -> tuple[str, ...]:
    """One group of a table; a misspelt group name fails loudly."""
    groups = _groups(table, value, group)
    if name not in groups:
        raise KeyError(f"no {group} {name!r} in lang/ar/{table}.tsv")
    return groups[name]


def clitics(kind: str) -> tuple[str, ...]:
    """Clitic forms of one kind from `clitics.tsv` (proclitic, suffix, article, definite, ...)."""
    return _group("clitics", "form", "kind", kind)


@lru_cache(maxsize=None)
def splitting_proclitics() -> frozenset[str]:
    """Proclitic chains that `analyse` splits off (the rest only yield lookup variants)."""
    return frozenset(str(r["form"]) for r in load_table("clitics") if r["kind"] == "proclitic" and r["splits"] == "yes")


def article() -> str:
    """The definite article (ال)."""
    return clitics("article")[0]


def elided_article() -> str:
    """ل + ال as written, with the article's alef elided (لل)."""
    return clitics("article_elided")[0]


def number_words(kind: str) -> tuple[str, ...]:
    """Number words of one kind from `numbers.tsv` (cardinal, ordinal), in file order."""
    return _group("numbers", "form", "kind", kind)


def function_words(role: str) -> tuple[str, ...]:
    """Words of one role from `function_words.tsv`, in file order."""
    return _group("function_words", "word", "role", role)


@lru_cache(maxsize=None)
def function_word_set(role: str) -> frozenset[str]:
    """Words of one role, normalised as tokens are, for membership tests against `Token.norm` or `variants`."""
    from marsad.text.normalize import normalize  # (the normaliser itself reads tables of this package)

    return frozenset(normalize(w) for w in function_words(role))


def function_word(role: str) -> str:
    """The single word of a one-word role (`between` -> بين)."""
    (word,) = function_words(role)
    return word


def letters(role: str) -> tuple[str, ...]:
    """Letters of one role from `letters.tsv`."""
    return _group("letters", "letter", "role", role)


def letter(role: str) -> str:
    """The single letter of a one-letter role (`taa_marbuta` -> ة)."""
    (ch,) = letters(role)
    return ch


def word_endings(kind: str) -> tuple[str, ...]:
    """Word endings of one kind from `word_endings.tsv` (plural, foreign_name), in file order."""
    return _group("word_endings", "form", "kind", kind)


def verb_affixes(slot: str) -> tuple[str, ...]:
    """Verb affixes of one slot from `verb_affixes.tsv`, in file order ('' is the bare stem)."""
    return _group("verb_affixes", "form", "slot", slot)
