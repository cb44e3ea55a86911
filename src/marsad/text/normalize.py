"""Arabic normalisation used only for matching; the original text is never changed.

Matching forms fold the spelling variation Arabic news shows for one word
(diacritics, tatweel, alef/hamza seats, ى/ي, Arabic-Indic digits), so
`الاعرجي` and `الأعرجي` compare equal. Taa marbuta (ة) is kept apart from
ه: folding them would make `وزارة` read as `و+زار+ه` ("and he visited him"). Offsets always come from tokens of the
original text, so nothing here has to be mapped back.
"""

from __future__ import annotations

import re

# Harakat, tanwin, shadda, sukun, dagger alef, Quranic marks, and tatweel.
_DROP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c-\u200f\u202a-\u202e]")
_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
        "ى": "ي", "ؤ": "و", "ئ": "ي",
        "ک": "ك", "ی": "ي", "ڤ": "ف", "گ": "ك", "پ": "ب", "چ": "ج",
        "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4",
        "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
        "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4",
        "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
    }
)


def normalize(text: str) -> str:
    """Matching form of `text` (may be shorter: marks are dropped)."""
    return _DROP.sub("", text).translate(_FOLD)


def strip_marks(text: str) -> str:
    """Drop diacritics and tatweel only, keeping letters as written."""
    return _DROP.sub("", text)


def normalize_digits(text: str) -> str:
    """Arabic-Indic digits to ASCII, same length, so offsets are kept."""
    return text.translate(
        str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
    )
