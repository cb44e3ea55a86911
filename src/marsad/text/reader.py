"""Turn input files (text, HTML, JSONL) into articles, reporting what cannot be read.

Real inputs are messy: Windows-1256 exports, UTF-16 from Word, a PDF saved
with a .txt name, a JSONL dump with a few broken lines. A batch run must not
die on one bad item, so every unreadable item becomes an `InputProblem` that
names where it is and what was wrong, and the run goes on. Article text is
kept exactly as decoded (only a BOM is dropped) because every offset the
pipeline emits points into it.
"""

from __future__ import annotations

import codecs
import gzip
import json
import re
import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

# Magic numbers of formats people save under a text name by mistake.
MAGIC = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP/DOCX"),
    (b"\x89PNG", "PNG"),
    (b"\x1f\x8b", "gzip"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"\xd0\xcf\x11\xe0", "DOC/XLS"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LETTER = re.compile(r"[^\W\d_]")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3\ufb50-\ufdff\ufe70-\ufefc]")
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:$|[T ]\d{2}:\d{2})")


@dataclass(frozen=True)
class Article:
    """One article ready for `marsad.extract`."""

    doc_id: str
    text: str
    pub_date: str | None
    source: str | None
    title: str | None
    url: str | None
    origin: str  # "path" or "path:line", used in every message about this item


@dataclass(frozen=True)
class InputProblem:
    """An item that could not be read; reported, and the run goes on."""

    origin: str
    message: str


class InputError(Exception):
    """The whole job cannot proceed (no input path exists)."""


class _Unreadable(Exception):
    """Internal: this item becomes an InputProblem with this message."""


def iter_articles(paths: Iterable[str | Path], max_chars: int = 5_000_000) -> Iterator[Article | InputProblem]:
    """Yield articles from .txt, .html/.htm, .jsonl and .jsonl.gz files and folders of them, in order.

    Raises `InputError` (on first iteration) only when none of `paths` exists;
    a missing path among existing ones is an `InputProblem`.
    """
    paths = [Path(p) for p in paths]
    if not any(p.exists() for p in paths):
        names = ", ".join(str(p) for p in paths) or "(none given)"
        raise InputError(f"no input found: {names}")
    for path in paths:
        if not path.exists():
            yield InputProblem(str(path), "no such file or directory")
        elif path.is_dir():
            for file in _files_in(path):
                yield from _read_file(file, max_chars)
        else:
            yield from _read_file(path, max_chars)


def _files_in(folder: Path) -> list[Path]:
    """Files with a known suffix under `folder`, recursively, in sorted order."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.name.lower().endswith(KNOWN_SUFFIXES))


def _read_file(path: Path, max_chars: int) -> Iterator[Article | InputProblem]:
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        yield from _read_jsonl(path, max_chars)
        return
    try:
        yield _read_document(path, max_chars)
    except _Unreadable as exc:
        yield InputProblem(str(path), str(exc))
    except OSError as exc:
        yield InputProblem(str(path), f"cannot read file ({exc.strerror or exc})")


def _read_document(path: Path, max_chars: int) -> Article:
    """One .txt or .html file as one article."""
    size = path.stat().st_size
    # No encoding needs more than 4 bytes a character, so this is surely too long.
    if size > 4 * max_chars:
        raise _Unreadable(_too_long(f"file is {size:,} bytes", max_chars))
    text = decode_bytes(path.read_bytes())
    if len(text) > max_chars:
        raise _Unreadable(_too_long(f"article has {len(text):,} characters", max_chars))
    if path.name.lower().endswith(HTML_SUFFIXES) or _looks_like_html(text):
        return _html_article(text, path)
    return Article(path.stem, text, None, None, None, None, str(path))


def _too_long(what: str, max_chars: int) -> str:
    return f"{what}, more than the limit of {max_chars:,} characters (raise it with --max-chars)"


def decode_bytes(data: bytes) -> str:
    """Decode a file's bytes to text, detecting its encoding; raises `_Unreadable` with the reason."""
    if not data.strip():
        raise _Unreadable("empty file")
    for magic, kind in MAGIC:
        if data.startswith(magic):
            raise _Unreadable(f"binary file (looks like {kind})")
    text = _decode_by_bom(data) or _decode_utf16_without_bom(data)
    if text is None:
        if b"\x00" in data:
            raise _Unreadable("binary file (contains NUL bytes)")
        text = _decode_utf8(data) or _decode_legacy(data)
    if text is None:
        raise _Unreadable("cannot decode text: not UTF-8, UTF-16 or Windows-1256 (also tried charset-normalizer)")
    if not text.strip():
        raise _Unreadable("empty file")
    if len(_CONTROL.findall(text)) > 0.1 * len(text):
        raise _Unreadable("binary file (mostly control characters)")
    return text


def _decode_by_bom(data: bytes) -> str | None:
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise _Unreadable(f"starts with a {encoding} byte-order mark but is not valid {encoding} ({exc.reason})")
    return None


def _decode_utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without BOM: spaces, digits and newlines put NULs at one byte parity only."""
    head = data[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = max(len(head) // 2, 1)
    for encoding, nuls, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nuls >= 0.05 * half and other <= 0.01 * half and len(data) % 2 == 0:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _decode_utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _decode_legacy(data: bytes) -> str | None:
    """Non-UTF-8 text: charset-normalizer's guess if it is Arabic, else Windows-1256 if that is Arabic."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    guess = str(best) if best is not None else None
    if guess is not None and _mostly_arabic(guess):
        return guess
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        return None
    return text if _mostly_arabic(text) else None


def _mostly_arabic(text: str) -> bool:
    """At least half of the letters are Arabic letters (a wrong codepage gives Latin-1 soup)."""
    letters = len(_LETTER.findall(text))
    return letters > 0 and len(_ARABIC_LETTER.findall(text)) >= 0.5 * letters


def _looks_like_html(text: str) -> bool:
    head = text[:1024].lower()
    return "<html" in head or "<!doctype html" in head


def _html_article(html: str, path: Path) -> Article:
    """Main text and metadata of a saved web page, offline (trafilatura never gets a URL)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text or not text.strip():
        raise _Unreadable("HTML page with no extractable article text")
    meta = trafilatura.extract_metadata(html)
    pub_date = _date_or_none(meta.date) if meta else None
    title = meta.title if meta else None
    url = meta.url if meta else None
    source = meta.sitename if meta else None
    return Article(path.stem, text, pub_date, source or None, title or None, url or None, str(path))


def _date_or_none(value: object) -> str | None:
    try:
        return parse_pub_date(value)
    except ValueError:
        return None


def parse_pub_date(value: object) -> str | None:
    """`YYYY-MM-DD` from a date or ISO datetime string; None for null; ValueError otherwise."""
    if value is None or value == "":
        return None
    match = _ISO_DATE.match(value) if isinstance(value, str) else None
    if not match:
        raise ValueError(f"bad date {value!r} (expected YYYY-MM-DD or an ISO datetime)")
    date.fromisoformat(match.group(1))  # rejects 2024-13-45
    return match.group(1)


def _stem(path: Path) -> str:
    name = path.name
    for suffix in JSONL_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def _read_jsonl(path: Path, max_chars: int) -> Iterator[Article | InputProblem]:
    """One article per line, streamed (a .gz is never loaded whole)."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    lineno = 0
    try:
        with opener(path, "rb") as fh:
            for lineno, raw in enumerate(fh, 1):
                if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8) :]
                if not raw.strip():
                    continue
                origin = f"{path}:{lineno}"
                try:
                    yield _jsonl_article(raw, path, lineno, origin, max_chars)
                except _Unreadable as exc:
                    yield InputProblem(origin, str(exc))
    except (OSError, EOFError, zlib.error) as exc:
        where = f"{path}:{lineno + 1}" if lineno else str(path)
        yield InputProblem(where, f"cannot read further ({type(exc).__name__}: {exc})")


def _jsonl_article(raw: bytes, path: Path, lineno: int, origin: str, max_chars: int) -> Article:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _Unreadable(f"line is not UTF-8 ({exc.reason} at byte {exc.start})")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _Unreadable(f"invalid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(record, dict):
        raise _Unreadable(f"expected a JSON object, got {_json_type(record)}")
    text = record.get("text")
    if text is None:
        raise _Unreadable('missing "text"')
    if not isinstance(text, str):
        raise _Unreadable(f'"text" is {_json_type(text)}, expected a string')
    if not text.strip():
        raise _Unreadable('empty "text"')
    if len(text) > max_chars:
        raise _Unreadable(_too_long(f"article has {len(text):,} characters", max_chars))
    key = "published" if record.get("published") is not None else "pub_date"
    try:
        pub_date = parse_pub_date(record.get(key))
    except ValueError as exc:
        raise _Unreadable(f'"{key}": {exc}')
    doc_id = record.get("id")
    doc_id = str(doc_id) if doc_id not in (None, "") else f"{_stem(path)}:{lineno}"
    return Article(
        doc_id, text, pub_date, _str(record.get("source")), _str(record.get("title")), _str(record.get("url")), origin
    )


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", int: "a number", float: "a number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)
