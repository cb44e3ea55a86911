"""Tests for marsad.lang.romanize."""

from __future__ import annotations

import pytest

from marsad.lang.romanize import romanize


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("قاسم الأعرجي", "Qasim al-Araji"),
        ("محمد شياع السوداني", "Muhammad Shiya al-Sudani"),
        ("سيرغي شويغو", "Sergei Shoigu"),
        ("بغداد", "Baghdad"),
        ("الرياض", "al-Riyad"),
        ("فؤاد حسين", "Fuad Hussein"),
        ("عادل عبد المهدي", "Adil Abd al-Mahdi"),
        ("عبد الله", "Abdullah"),
        ("حمزة", "Hamza"),
        ("الشمري", "al-Shamri"),  # sun letter: no assimilation
    ],
)
def test_examples(arabic: str, latin: str) -> None:
    assert romanize(arabic) == latin


def test_marks_ignored_and_deterministic() -> None:
    assert romanize("قَاسِم") == romanize("قاسم") == "Qasim"


def test_output_is_ascii() -> None:
    assert romanize("ظافر الخزرجي ذو الفقار").isascii()
