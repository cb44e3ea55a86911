"""Datelines seen at the start of real Arabic news articles, and openings that are not datelines."""

from __future__ import annotations

import pytest

from marsad.doc import Dateline
from marsad.text.dateline import parse_dateline

# (opening of the article, date, source, place, place_country, header span text)
HEADERS = [
    (" date 2025-09-16 شفق نيوز- بغداد\n\nأكد مستشار", "2025-09-16", "شفق نيوز", "بغداد", "IRQ", "date 2025-09-16 شفق نيوز- بغداد"),
    ("بغداد - أعلنت الحكومة", None, None, "بغداد", "IRQ", "بغداد -"),
    ("بغداد ـ أعلنت الحكومة", None, None, "بغداد", "IRQ", "بغداد ـ"),
    ("بغداد/المسلة: أعلنت", None, "المسلة", "بغداد", "IRQ", "بغداد/المسلة:"),
    ("القاهرة (رويترز) - قال", None, "رويترز", "القاهرة", "EGY", "القاهرة (رويترز) -"),
    ("(رويترز) - قال", None, "رويترز", None, None, "(رويترز) -"),
    ("دمشق - سانا\nأعلن", None, "سانا", "دمشق", "SYR", "دمشق - سانا"),
    ("بيروت – «الحياة» - أعلن", None, "الحياة", "بيروت", "LBN", "بيروت – «الحياة» -"),
    ("الرياض: واس\nأعلن", None, "واس", "الرياض", "SAU", "الرياض: واس"),
    ("[بيروت] - أعلن", None, None, "بيروت", "LBN", "[بيروت] -"),
    ("2025-09-16 - أعلن", "2025-09-16", None, None, None, "2025-09-16 -"),
    ("١٦ سبتمبر ٢٠٢٥ - أعلن", "2025-09-16", None, None, None, "١٦ سبتمبر ٢٠٢٥ -"),
    ("دبي، الإمارات العربية المتحدة (CNN)-- وصف", None, "CNN", "دبي", "ARE", "دبي، الإمارات العربية المتحدة (CNN)--"),
    ("باريس - أ.ف.ب: توصل", None, "أ.ف.ب", "باريس", "FRA", "باريس - أ.ف.ب:"),
    ("سعود الدعجاني– سبق– جدة: ناشد", None, "سبق", "جدة", "SAU", "سعود الدعجاني– سبق– جدة:"),
    ("سبق - الوكالات : فجّر", None, "سبق", None, None, "سبق - الوكالات :"),
    ("منيف الشهراني – الرياض\n غادر", None, None, "الرياض", "SAU", "منيف الشهراني – الرياض"),
    ("عين اليوم – متابعات\nفي لقاء", None, "عين اليوم", None, None, "عين اليوم – متابعات"),
    ("جدة 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس\n عقد", "2015-08-11", "واس", "جدة", "SAU",
     "جدة 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس"),
    ("الدوحة - قنا: أعلن", None, "قنا", "الدوحة", "QAT", "الدوحة - قنا:"),
]


@pytest.mark.parametrize("text,date,source,place,country,span_text", HEADERS)
def test_header_forms(text: str, date, source, place, country, span_text: str) -> None:
    d = parse_dateline(text)
    assert (d.date, d.source, d.place, d.place_country) == (date, source, place, country)
    assert d.span is not None and d.span.text == span_text
    assert text[d.span.start : d.span.end] == span_text


def test_header_after_a_title_line() -> None:
    text = "اتفاق فرنسي - روسي في شأن سفينتي «ميسترال»\n\nباريس - أ.ف.ب: توصل الرئيس"
    d = parse_dateline(text)
    assert (d.source, d.place) == ("أ.ف.ب", "باريس")
    assert text[d.span.start : d.span.end] == "باريس - أ.ف.ب:"


NOT_HEADERS = [
    "أكد مستشار الأمن القومي قاسم الأعرجي، يوم الثلاثاء، خلال لقائه أمين مجلس الأمن",
    "قالت جامعة نايف الأمنية: إن اهتمامها بالأمن السياحي",
    "تمكن مركز شرطة أبانات – غرب القصيم – من ضبط جانٍ",
    "ليس من المستغرب أن يكون سيف الدين الرزوقي - منفّذ الهجوم",
    '"سبق" تقول للمسؤول: حادثة بعد حادثة',
    "«مبرد» ترفع أرباحها 5000 %\nرفعت الشركة",
    "(1)\nفي ذات صباح من سنة 1911م",
    "كان -أعني أحد الروائيين- جالسا",
    "- دائمًا ما تنهك أي كاتب البدايات",
    "",
    "   \n  ",
]


@pytest.mark.parametrize("text", NOT_HEADERS)
def test_ordinary_openings_give_an_empty_dateline(text: str) -> None:
    assert parse_dateline(text) == Dateline()
