"""Bad and unusual inputs: every item is either an Article or a precise InputProblem."""

from __future__ import annotations

import codecs
import gzip
import json
import os
from pathlib import Path

import pytest

from marsad.text.reader import Article, InputError, InputProblem, iter_articles

ARABIC = "بغداد - أعلنت الحكومة العراقية اليوم عن خطة جديدة للتعاون مع الدول المجاورة.\r\nوقال المتحدث إن الخطة ستبدأ قريبا."


def read_all(*paths: Path, **kw) -> list[Article | InputProblem]:
    return list(iter_articles(paths, **kw))


def only_problem(path: Path, **kw) -> InputProblem:
    (item,) = read_all(path, **kw)
    assert isinstance(item, InputProblem), item
    assert item.origin == str(path)
    return item


def only_article(path: Path, **kw) -> Article:
    (item,) = read_all(path, **kw)
    assert isinstance(item, Article), item
    return item


def test_plain_utf8_text_is_kept_exactly(tmp_path: Path) -> None:
    path = tmp_path / "a1.txt"
    path.write_bytes(ARABIC.encode("utf-8"))
    art = only_article(path)
    assert art.text == ARABIC  # CRLF and all: offsets point into this
    assert (art.doc_id, art.origin, art.pub_date) == ("a1", str(path), None)


def test_utf8_bom_is_removed_and_offsets_are_bom_free(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + ARABIC.encode("utf-8"))
    art = only_article(path)
    assert art.text == ARABIC
    assert art.text.index("بغداد") == 0


@pytest.mark.parametrize("encoding,bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_utf16_with_bom(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes(bom + ARABIC.encode(encoding))
    assert only_article(path).text == ARABIC


def test_utf16_le_without_bom(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes(ARABIC.encode("utf-16-le"))
    assert only_article(path).text == ARABIC


def test_windows_1256(tmp_path: Path) -> None:
    path = tmp_path / "cp.txt"
    path.write_bytes(ARABIC.encode("cp1256"))
    assert only_article(path).text == ARABIC


@pytest.mark.parametrize("content", [b"", b"   \n\t \r\n", codecs.BOM_UTF8 + b" \n"])
def test_empty_and_whitespace_only(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert only_problem(path).message == "empty file"


@pytest.mark.parametrize(
    "content,kind",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (gzip.compress(b"hello"), "gzip"),
    ],
)
def test_binary_by_magic_number(tmp_path: Path, content: bytes, kind: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(content)
    message = only_problem(path).message
    assert message.startswith("binary file (looks like") and kind in message


def test_random_bytes_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(os.urandom(4096) + b"\x00\x00\x01")
    assert only_problem(path).message.startswith("binary file")


def test_latin1_soup_is_not_taken_for_arabic(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Ça coûte très cher à Noël, déjà élevé ".encode("latin-1") * 20)
    message = only_problem(path).message
    assert "cannot decode" in message and "Windows-1256" in message


def test_too_long_article_names_size_and_option(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("كلمة " * 2000, encoding="utf-8")  # 10,000 characters
    message = only_problem(path, max_chars=5_000).message
    assert "10,000 characters" in message and "--max-chars" in message
    assert len(only_article(path, max_chars=20_000).text) == 10_000


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "n1", "text": "نص أول", "published": "2024-03-05T10:00:00+00:00", "title": "ع", "url": "u"}),
        '{"id": "n2", "text": "نص" "broken"}',
        json.dumps(["not", "an", "object"]),
        "",
        json.dumps({"id": "n4", "title": "no text"}),
        json.dumps({"id": "n5", "text": 42}),
        json.dumps({"id": "n6", "text": "   "}),
        json.dumps({"id": "n7", "text": "نص", "pub_date": "17/03/2024"}),
        json.dumps({"text": "نص بلا معرف", "pub_date": "2024-02-29", "source": "سانا"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(path)
    problems = {p.origin.rsplit(":", 1)[1]: p.message for p in items if isinstance(p, InputProblem)}
    articles = [a for a in items if isinstance(a, Article)]
    assert [(a.doc_id, a.pub_date, a.origin) for a in articles] == [
        ("n1", "2024-03-05", f"{path}:1"),
        ("news:9", "2024-02-29", f"{path}:9"),
    ]
    assert articles[1].source == "سانا" and articles[0].title == "ع"
    assert problems["2"].startswith("invalid JSON (") and "column" in problems["2"]
    assert problems["3"] == "expected a JSON object, got an array"
    assert problems["5"] == 'missing "text"'
    assert problems["6"] == '"text" is a number, expected a string'
    assert problems["7"] == 'empty "text"'
    assert "bad date '17/03/2024'" in problems["8"]
    assert "4" not in problems  # blank lines are skipped silently


def test_gzip_jsonl_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for i in range(3):
            fh.write(json.dumps({"id": f"g{i}", "text": f"خبر رقم {i}", "published": "2018-02-18"}, ensure_ascii=False) + "\n")
    items = read_all(path)
    assert [a.doc_id for a in items] == ["g0", "g1", "g2"]
    assert all(isinstance(a, Article) and a.pub_date == "2018-02-18" for a in items)


def test_truncated_gzip_reports_and_keeps_earlier_lines(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    body = "".join(json.dumps({"id": f"c{i}", "text": "خبر " * 50}) + "\n" for i in range(200))
    data = gzip.compress(body.encode("utf-8"))
    path.write_bytes(data[: len(data) // 2])
    items = read_all(path)
    assert isinstance(items[-1], InputProblem) and "cannot read further" in items[-1].message
    assert all(isinstance(a, Article) for a in items[:-1])


HTML = """<!DOCTYPE html><html><head><title>عنوان الخبر</title>
<meta property="og:url" content="https://example.com/news/1">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<script>var tracker = "SCRIPTJUNK";</script><style>.x{color:red}</style></head>
<body><nav><a href="/">الرئيسية</a> <a href="/x">NAVJUNK</a></nav>
<article><h1>عنوان الخبر</h1>
<p>بغداد - أعلنت الحكومة العراقية اليوم عن خطة جديدة لتطوير العلاقات مع الدول المجاورة في مجالات متعددة.</p>
<p>وقال المتحدث باسم الحكومة إن "الخطة ستبدأ قريبا" في حديث للصحفيين في العاصمة.</p></article>
<footer>FOOTJUNK جميع الحقوق محفوظة</footer><script>alert("SCRIPTJUNK2")</script></body></html>"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    art = only_article(path)
    assert "أعلنت الحكومة العراقية" in art.text and "الخطة ستبدأ قريبا" in art.text
    for junk in ("SCRIPTJUNK", "NAVJUNK", "tracker", "color:red"):
        assert junk not in art.text
    assert (art.title, art.pub_date, art.url) == ("عنوان الخبر", "2024-03-05", "https://example.com/news/1")


def test_html_sniffed_in_a_txt_file(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_text(HTML, encoding="utf-8")
    assert "SCRIPTJUNK" not in only_article(path).text


def test_html_without_text_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><script>var a=1;</script></head><body></body></html>", encoding="utf-8")
    assert "no extractable" in only_problem(path).message


def test_folder_recursion_and_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("نص ثان", encoding="utf-8")
    (tmp_path / "1.txt").write_text("نص أول", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")  # unknown suffix in a folder: ignored
    items = read_all(tmp_path, tmp_path / "missing.txt")
    assert [getattr(i, "doc_id", None) for i in items] == ["1", "2", None]
    assert items[-1] == InputProblem(str(tmp_path / "missing.txt"), "no such file or directory")


def test_no_existing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no input found"):
        read_all(tmp_path / "nope.txt", tmp_path / "nope.jsonl")
