"""Reading CoNLL `token tag` files as they come from public NER corpora.

Corpora differ in encoding details (BOM, CRLF, U+200E marks glued to tokens,
extra nested-tag columns), so reading is forgiving and one mapping function
decides which entity types a run keeps.
"""

from __future__ import annotations

from pathlib import Path

Sentence = tuple[list[str], list[str]]

_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200e\u200f\u202a\u202b\u202c\u200b"), None)

# Wojood's GPE is a place in ANERcorp's sense; the other types have no ANERcorp equivalent.
DEFAULT_TYPE_MAP: dict[str, str] = {"PERS": "PERS", "PER": "PERS", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC"}


def read_conll(path: str | Path, type_map: dict[str, str] | None = None) -> list[Sentence]:
    """Sentences of a CoNLL file as (words, BIO tags); the first tag column is used.

    Types missing from `type_map` become O, so nested/fine corpora map onto the
    tagger's label set; an I- that follows a different type is turned into B-.
    """
    mapping = DEFAULT_TYPE_MAP if type_map is None else type_map
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8", newline=None) as fh:
        for raw in fh:
            line = raw.translate(_INVISIBLE).strip()
            if not line:
                if words:
                    sentences.append((words, repair_bio(tags)))
                    words, tags = [], []
                continue
            parts = line.split()
            if len(parts) < 2:
                continue
            words.append(parts[0])
            tags.append(map_tag(parts[1], mapping))
    if words:
        sentences.append((words, repair_bio(tags)))
    return sentences


def map_tag(tag: str, mapping: dict[str, str]) -> str:
    """`B-GPE` -> `B-LOC` under the mapping; unknown types -> `O`."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, _, typ = tag.partition("-")
    new = mapping.get(typ)
    return f"{prefix}-{new}" if new and prefix in ("B", "I") else "O"


def repair_bio(tags: list[str]) -> list[str]:
    """Make tags valid BIO: an I- not continuing the same type starts an entity."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def drop_types(tags: list[str], dropped: set[str]) -> list[str]:
    """Tags with the given entity types turned into O (e.g. scoring without MISC)."""
    return ["O" if t != "O" and t[2:] in dropped else t for t in tags]
