"""Sentence splitting that never breaks inside a quotation."""

from __future__ import annotations

from marsad.doc import Sentence, Token

_END = {".", "!", "?", "؟", "…"}
_OPEN = {"«": "»", "“": "”", "(": ")"}


def split_sentences(text: str, tokens: list[Token]) -> list[Sentence]:
    """Split at sentence-final punctuation and blank lines, but not inside quotes."""
    sentences: list[Sentence] = []
    first = 0
    closer_stack: list[str] = []
    in_straight = False
    for i, tok in enumerate(tokens):
        ch = tok.text
        if ch == '"':
            in_straight = not in_straight
        elif ch in _OPEN:
            closer_stack.append(_OPEN[ch])
        elif closer_stack and ch == closer_stack[-1]:
            closer_stack.pop()
        quoted = in_straight or bool(closer_stack)
        boundary = False
        if ch in _END and not quoted:
            boundary = True
        elif i + 1 < len(tokens) and "\n" in text[tok.end : tokens[i + 1].start]:
            # a paragraph break ends a sentence and resets unbalanced quote state
            boundary = True
            in_straight = False
            closer_stack.clear()
        if boundary:
            sentences.append(Sentence(tokens[first].start, tok.end, first, i + 1))
            first = i + 1
    if first < len(tokens):
        sentences.append(Sentence(tokens[first].start, tokens[-1].end, first, len(tokens)))
    return sentences
