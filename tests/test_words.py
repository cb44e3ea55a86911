"""Closed-class word tables (`marsad.lang.words`) and the rule that code carries no Arabic data."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import pytest

from marsad.lang import words
from marsad.text.normalize import normalize
from marsad.text.tokens import analyse, variants

SRC = Path(__file__).resolve().parents[1] / "src" / "marsad"
# Character maps and the romanizer's letter logic, and one help text shown to API users.
ALLOWED = {"text/normalize.py", "lang/romanize.py", "api/routes.py"}
ARABIC = re.compile(r"[\u0621-\u064a]")


def test_proclitics_longest_first() -> None:
    lengths = [len(p) for p in words.clitics("proclitic")]
    assert lengths == sorted(lengths, reverse=True)
    assert words.clitics("proclitic")[0] == "وبال"


def test_splitting_proclitics_are_proclitics() -> None:
    assert words.splitting_proclitics() < set(words.clitics("proclitic"))
    assert "وس" not in words.splitting_proclitics()


def test_accessors() -> None:
    assert words.article() == "ال"
    assert words.elided_article() == "لل"
    assert words.function_word("between") == "بين"
    assert "" in words.verb_affixes("past_ending")
    assert words.letter("taa_marbuta") == "ة"


def test_unknown_group_fails_loudly() -> None:
    with pytest.raises(KeyError):
        words.clitics("no_such_kind")
    with pytest.raises(KeyError):
        words.function_words("no_such_role")


def test_tables_drive_clitic_analysis() -> None:
    assert analyse("والحكومة") == ("وال", "حكومة", "")
    assert analyse("وسيارة") == ("و", "سيارة", "")  # the chain وس is not split off, و alone is
    assert "الجيش" in variants("للجيش")
    assert "زيارة" in variants("زيارته")
    assert normalize("لقاء") in variants(normalize("لقائه"))  # hamza seat ئ folds to ي


def _docstring_starts(tree: ast.AST) -> set[tuple[int, int]]:
    """(line, column) where each docstring starts."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add((first.value.lineno, first.value.col_offset))
    return out


def test_no_arabic_literals_in_code() -> None:
    """String literals as written (escapes like `\\u0640` are fine) carry no Arabic outside docstrings."""
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel in ALLOWED:
            continue
        source = path.read_text(encoding="utf-8")
        docs = _docstring_starts(ast.parse(source))
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == tokenize.STRING and tok.start not in docs and ARABIC.search(tok.string):
                offenders.append(f"{rel}:{tok.start[0]}: {tok.string[:30]}")
    assert not offenders, "Arabic data belongs in lang/ar tables:\n" + "\n".join(offenders)
