"""`marsad extract` end to end, in-process: records out, bad items reported, exit codes, atomic output."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import marsad
from marsad.cli import main

TEXT = "بغداد - أعلنت الحكومة العراقية اليوم عن خطة جديدة للتعاون مع الدول المجاورة."


def stub_extract(text: str, **meta) -> marsad.Document:
    """Stands in for the pipeline (developed separately) so these tests check the command only."""
    return marsad.Document(text=text, **{k: v for k, v in meta.items() if v is not None})


@pytest.fixture(autouse=True)
def _stub_pipeline(monkeypatch) -> None:
    monkeypatch.setattr(marsad, "extract", stub_extract)


def summary(err: str) -> tuple[int, int]:
    m = re.search(r"extracted (\d+) articles, skipped (\d+)", err)
    assert m, err
    return int(m.group(1)), int(m.group(2))


def write_mixed_inputs(tmp_path: Path) -> list[str]:
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.4\n...")
    lines = [
        json.dumps({"id": "j1", "text": TEXT, "published": "2025-09-16T08:00:00", "source": "شفق نيوز"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "j3", "text": TEXT}, ensure_ascii=False),
    ]
    (tmp_path / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(tmp_path / n) for n in ("good.txt", "empty.txt", "scan.txt", "news.jsonl")] + [str(tmp_path / "gone.txt")]


def test_multi_article_run_reports_bad_items_and_completes_the_rest(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["extract", *write_mixed_inputs(tmp_path), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert summary(err) == (3, 4)
    assert f"marsad: skipped {tmp_path / 'empty.txt'}: empty file" in err
    assert f"marsad: skipped {tmp_path / 'scan.txt'}: binary file (looks like PDF)" in err
    assert f"marsad: skipped {tmp_path / 'news.jsonl'}:2: invalid JSON" in err
    assert f"marsad: skipped {tmp_path / 'gone.txt'}: no such file or directory" in err
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in records] == ["good", "j1", "j3"]
    assert records[1]["pub_date"] == "2025-09-16" and records[1]["source"] == "شفق نيوز"
    assert all(r["text"] == TEXT for r in records)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temp file left


def test_strict_fails_when_anything_was_skipped(tmp_path: Path, capsys) -> None:
    assert main(["extract", "--strict", *write_mixed_inputs(tmp_path), "-o", str(tmp_path / "o.jsonl")]) == 1
    assert summary(capsys.readouterr().err) == (3, 4)


def test_records_go_to_stdout_without_output_option(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt")]) == 0
    captured = capsys.readouterr()
    (line,) = captured.out.splitlines()
    assert json.loads(line)["text"] == TEXT and "بغداد" in line  # ensure_ascii=False
    assert summary(captured.err) == (1, 0) and "see above" not in captured.err


def test_nothing_processable_exits_1(tmp_path: Path, capsys) -> None:
    (tmp_path / "e.txt").write_text("  \n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "e.txt")]) == 1
    assert summary(capsys.readouterr().err) == (0, 1)


def test_nonexistent_path_is_an_error_and_creates_no_output(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path / "nope.txt"), "-o", str(out)]) == 1
    assert "marsad: error: no input found" in capsys.readouterr().err
    assert not out.exists()


def test_input_with_no_articles_is_not_an_error(tmp_path: Path, capsys) -> None:
    (tmp_path / "blank.jsonl").write_text("\n\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path / "blank.jsonl"), "-o", str(out)]) == 0
    assert summary(capsys.readouterr().err) == (0, 0) and out.read_text() == ""


def test_20_mb_article_is_skipped_with_a_clear_message(tmp_path: Path, capsys) -> None:
    big = tmp_path / "big.txt"
    chunk = ("كلمة " * 1000).encode("utf-8")
    with open(big, "wb") as fh:
        for _ in range(20 * 1024 * 1024 // len(chunk) + 1):
            fh.write(chunk)
    assert big.stat().st_size >= 20 * 1024 * 1024
    assert main(["extract", str(big)]) == 1
    err = capsys.readouterr().err
    assert f"marsad: skipped {big}: file is {big.stat().st_size:,} bytes" in err
    assert "5,000,000 characters (raise it with --max-chars)" in err


def test_raised_max_chars_lets_a_long_article_through(tmp_path: Path, capsys, monkeypatch) -> None:
    seen: list[int] = []
    monkeypatch.setattr(marsad, "extract", lambda text, **kw: seen.append(len(text)) or stub_extract(text, **kw))
    long = tmp_path / "long.txt"
    long.write_text("كلمة " * 20_000, encoding="utf-8")  # 100,000 characters
    assert main(["extract", str(long), "--max-chars", "50000"]) == 1
    assert "100,000 characters, more than the limit of 50,000" in capsys.readouterr().err
    assert main(["extract", str(long), "--max-chars", "200000", "-o", str(tmp_path / "o.jsonl")]) == 0
    assert seen == [100_000]


def test_an_exception_in_extract_is_reported_for_that_item(tmp_path: Path, capsys, monkeypatch) -> None:
    def flaky(text: str, **kw):
        if "انفجار" in text:
            raise ValueError("boom")
        return stub_extract(text, **kw)

    monkeypatch.setattr(marsad, "extract", flaky)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text("انفجار في السوق", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(tmp_path), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"marsad: skipped {tmp_path / 'b.txt'}: extraction failed (ValueError: boom)" in err
    assert summary(err) == (1, 1) and len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_interrupted_run_leaves_no_partial_output(tmp_path: Path, capsys, monkeypatch) -> None:
    def interrupt(text: str, **kw):
        raise KeyboardInterrupt

    monkeypatch.setattr(marsad, "extract", interrupt)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("previous complete run\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(out)]) == 130
    assert out.read_text(encoding="utf-8") == "previous complete run\n"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_help_has_examples(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    out = capsys.readouterr().out
    assert "examples:" in out and "--max-chars" in out and "--strict" in out
