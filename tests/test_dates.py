"""Time expressions and event dates (marsad.events.dates), on small hand-made articles."""

from __future__ import annotations

import pytest

from marsad.doc import Document
from marsad.events.dates import TimeExpr, event_date, find_time_expressions, is_background
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenize

TUESDAY = "2025-09-16"  # a Tuesday


def make(text: str, pub: str | None = TUESDAY) -> Document:
    doc = Document(text=text, pub_date=pub)
    doc.tokens = tokenize(text)
    doc.sentences = split_sentences(text, doc.tokens)
    return doc


def exprs(text: str, pub: str | None = TUESDAY) -> list[TimeExpr]:
    doc = make(text, pub)
    found = find_time_expressions(doc)
    for x in found:  # every span must be the original characters
        assert doc.text[x.start : x.end] == x.text
    return found


def only(text: str, pub: str | None = TUESDAY) -> TimeExpr:
    found = [x for x in exprs(text, pub) if x.kind != "part_of_day"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "pub", "value", "kind"),
    [
        # weekdays: the pub day itself, the most recent one, future ones, 'الماضي'
        ("أكد الأعرجي، يوم الثلاثاء، حرص الحكومة", TUESDAY, "2025-09-16", "weekday"),
        ("وصل الوفد الأحد إلى بغداد", TUESDAY, "2025-09-14", "weekday"),
        ("يزور الوزير موسكو الخميس المقبل", TUESDAY, "2025-09-18", "weekday"),
        ("يعقد الاجتماع الثلاثاء القادم", TUESDAY, "2025-09-23", "weekday"),
        ("وقع الهجوم الثلاثاء الماضي", TUESDAY, "2025-09-09", "weekday"),
        ("وقع الهجوم يوم الاثنين الماضي", TUESDAY, "2025-09-08", "weekday"),
        ("وقع الهجوم الخميس الماضي", "2015-08-01", "2015-07-30", "weekday"),
        ("وقال والثلاثاء", TUESDAY, "2025-09-16", "weekday"),
        ("قصفت الطائرات مساء الخميس الماضي القرية", "2015-08-06", "2015-07-30", "weekday"),
        # days relative to publication
        ("التقى الوزير نظيره أمس", TUESDAY, "2025-09-15", "relative"),
        ("وكان قد صرح بالأمس", TUESDAY, "2025-09-15", "relative"),
        ("ما جرى البارحة", TUESDAY, "2025-09-15", "relative"),
        ("اجتمع المجلس مساء أمس", TUESDAY, "2025-09-15", "relative"),
        ("اندلع حريق ليلة أمس", TUESDAY, "2025-09-15", "relative"),
        ("وصل أول أمس", TUESDAY, "2025-09-14", "relative"),
        ("يجتمع المجلس اليوم", TUESDAY, "2025-09-16", "relative"),
        ("قصفت المدينة فجر اليوم", TUESDAY, "2025-09-16", "relative"),
        ("أعلن في وقت سابق اليوم", TUESDAY, "2025-09-16", "relative"),
        ("يصل الوفد غدا", TUESDAY, "2025-09-17", "relative"),
        ("غارات شنتها القوات ليلا", "2018-03-05", "2018-03-04", "relative"),
        ("انسحبت قبل أسبوعين", "2018-10-16", "2018-10-02", "relative"),
        ("أطلقت قبل ثلاثة أيام", TUESDAY, "2025-09-13", "relative"),
        # weekday beside a relative day wins; explicit date beside a weekday wins
        ("قتلوا اليوم (الاثنين) في غارة", "2015-07-21", "2015-07-20", "weekday"),
        ("دعا المجلس أمس الأربعاء إلى", "2018-08-09", "2018-08-08", "weekday"),
        ("قال اليوم الاثنين (الثالث من آب/ أغسطس 2015)", "2015-08-04", "2015-08-03", "absolute"),
        # explicit Gregorian dates, all month name families
        ("وقع الاتفاق في 15 مارس 2018", TUESDAY, "2018-03-15", "absolute"),
        ("وقع الاتفاق في 15 آذار 2018", TUESDAY, "2018-03-15", "absolute"),
        ("في 15 مارس/آذار 2018", TUESDAY, "2018-03-15", "absolute"),
        ("في 17 سبتمبر/ أيلول الماضي", "2018-10-12", "2018-09-17", "absolute"),
        ("في 2 كانون الثاني 2019", TUESDAY, "2019-01-02", "absolute"),
        ("في 11 تشرين الأول 2019", TUESDAY, "2019-10-11", "absolute"),
        ("يوم 5 جويلية 2020", TUESDAY, "2020-07-05", "absolute"),
        ("يوم 5 جانفي 2020", TUESDAY, "2020-01-05", "absolute"),
        ("يوم ٥ أوت ٢٠٢٠", TUESDAY, "2020-08-05", "absolute"),
        ("في 3 أغسطس الجاري", "2015-08-10", "2015-08-03", "absolute"),
        ("تاريخ 15/3/2018 للتوقيع", TUESDAY, "2018-03-15", "absolute"),
        ("تاريخ 2018-03-15 للتوقيع", TUESDAY, "2018-03-15", "absolute"),
        # yearless dates: this year, or last year when > 60 days ahead
        ("في 15 مارس", "2018-04-25", "2018-03-15", "absolute"),
        ("في 20 ديسمبر", "2019-01-10", "2018-12-20", "absolute"),
        ("في 20 يناير", "2018-12-20", "2018-01-20", "absolute"),
        ("في 20 يناير المقبل", "2018-12-20", "2019-01-20", "absolute"),
        # months and years
        ("في مارس الماضي", "2018-04-25", "2018-03", "month"),
        ("حظرت الموقع في سبتمبر/أيلول الماضي", "2018-02-26", "2017-09", "month"),
        ("في شباط/فبراير الماضي", "2018-04-25", "2018-02", "month"),
        ("وفي يونيو حزيران الماضي أقر", "2015-08-01", "2015-06", "month"),
        ("ومطلع شباط/فبراير، شن", "2018-02-17", "2018-02", "month"),
        ("في ديسمبر", "2019-01-10", "2018-12", "month"),
        ("في أيار/مايو 2018", TUESDAY, "2018-05", "month"),
        ("استقبل الشهر الماضي سفينة", "2015-08-06", "2015-07", "month"),
        ("الشهر الماضي", "2019-01-10", "2018-12", "month"),
        ("العام الماضي", "2019-01-10", "2018", "year"),
        ("بنهاية العام الماضي", "2015-07-21", "2014-12", "year"),
        ("خلال 2017", TUESDAY, "2017", "year"),
        ("الذي وقع عام 2015", TUESDAY, "2015", "year"),
        # Hijri
        ("في 15 رمضان 1439 هـ", TUESDAY, "2018-05-30", "hijri"),
        ("في ١ محرم ١٤٤٠هـ", TUESDAY, "2018-09-11", "hijri"),
    ],
)
def test_expression_values(text: str, pub: str, value: str, kind: str) -> None:
    x = only(text, pub)
    assert (x.value, x.kind) == (value, kind)


def test_a_hijri_day_the_month_does_not_have_is_no_date_and_no_crash() -> None:
    # 1436's Muharram has 29 days: the 30th is no date of the article's Hijri year (nor does it raise)
    found = exprs("في 30 محرم", "2015-07-20")
    assert [x.value for x in found if x.kind == "hijri" and x.value] == []


def test_week_and_durations_have_no_date() -> None:
    assert only("توصلت إليه الأسبوع الماضي").value is None
    d = only("حالة الطوارئ المفروضة منذ عامين")
    assert (d.kind, d.value) == ("duration", None)


@pytest.mark.parametrize(
    "text",
    [
        "مارس الرئيس ضغوطا على الحكومة",  # verb, not the month
        "قالت رئيسة الوزراء تيريزا ماي",  # surname, not the Maghrebi month
        "العمل 21 ساعة في اليوم",  # per day, not today
        "لليوم الرابع على التوالي",  # the fourth day, not today
        "بعد يوم غداة التفجير",  # غداة is not غدا
    ],
)
def test_no_false_dates(text: str) -> None:
    assert [x.value for x in exprs(text) if x.value] == []


def test_no_pub_date_keeps_explicit_dates_only() -> None:
    found = exprs("التقى الوزير أمس نظيره، ووقع الاتفاق في 15 مارس 2018", pub=None)
    assert [x.value for x in found] == [None, "2018-03-15"]


def test_same_day_takes_last_named_day() -> None:
    found = exprs("أعلن في الدوحة أمس عن لقاء. كما التقى لافروف في نفس اليوم الخطيب.", "2015-08-04")
    assert [x.value for x in found] == ["2015-08-03", "2015-08-03"]


def test_offsets_with_diacritics_and_tatweel() -> None:
    x = only("وصَلَ الوفدُ يومَ الثُّلاثاء")
    assert x.value == TUESDAY and x.text.endswith("الثُّلاثاء")


def date_of(text: str, trigger: str, pub: str = TUESDAY) -> str | None:
    doc = make(text, pub)
    start = text.index(trigger)
    sent = doc.sentences[doc.sentence_of(start)]
    return event_date(doc, start, start + len(trigger), sent.start, sent.end, find_time_expressions(doc))


def test_event_date_prefers_expression_after_trigger() -> None:
    text = "نددت إسرائيل الأربعاء بتصريحات أدلى بها عباس الاثنين أمام المجلس."
    assert date_of(text, "نددت", "2018-05-02") == "2018-05-02"
    assert date_of(text, "أدلى", "2018-05-02") == "2018-04-30"


def test_event_date_falls_back_to_expression_before_trigger() -> None:
    assert date_of("أكد الأعرجي، يوم الثلاثاء، خلال لقائه شويغو، حرص الحكومة", "لقائه") == TUESDAY


def test_event_date_stays_in_sentence_and_clause() -> None:
    text = "زار الوزير بغداد أمس. وقع الطرفان مذكرة تفاهم."
    assert date_of(text, "زار") == "2025-09-15"
    assert date_of(text, "وقع") is None
    # a relative clause has its own time
    assert date_of("قرر الانسحاب من الاتفاق الذي وقع عام 2015.", "الانسحاب") is None
    assert date_of("استقبل الأمير الوفد صباح أمس بعد تداول مقاطع وهم يساعدون العمال.", "يساعدون") is None


def test_parenthesised_companion_and_plural_periods() -> None:
    assert only("وقع في مارس (اذار) 2014 في لوغار", "2015-07-21").value == "2014-03"
    assert only("انهت في ديسمبر (كانون الاول) الماضي مهمتها", "2015-07-21").value == "2014-12"
    assert [x.value for x in exprs("على مدى السنين الماضية", "2015-08-06") if x.value] == []


def test_lead_date_is_first_day_in_lede_else_pub_date() -> None:
    from marsad.events.dates import lead_date

    doc = make("في الشهر الماضي تغير الوضع. استقبل الرئيس الوفد أمس. وقال الوزير الخميس الماضي إن.")
    assert lead_date(doc, find_time_expressions(doc)) == "2025-09-15"
    doc = make("استقبل الرئيس الوفد. وأكد الجانبان التعاون.")
    assert lead_date(doc, find_time_expressions(doc)) == TUESDAY


@pytest.mark.parametrize(
    ("value", "pub", "background"),
    [
        ("2005", "2018-04-04", True),
        ("2017-03", "2018-04-04", True),  # the whole month lies more than a year back
        ("2017-04", "2018-04-04", False),  # its last days are within the year
        ("2014-12-20", "2015-07-21", False),  # seven months: still news the gold codes
        ("2018", "2018-04-04", False),
        (None, "2018-04-04", False),
        ("2005", None, False),
    ],
)
def test_background_is_more_than_a_year_before_publication(value, pub, background) -> None:
    assert is_background(value, pub) is background
