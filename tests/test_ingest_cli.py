"""`marsad ingest` and `marsad events` end to end on small files made in tmp_path."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from test_store import make_record

import marsad
from marsad.cli import main
from marsad.doc import Document
from marsad.store import Store


@pytest.fixture(autouse=True)
def extracted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Ingest is tested against the `marsad.extract` interface, not the pipeline's current output."""
    calls: list[str] = []

    def extract(text: str, **meta: object) -> Document:
        calls.append(str(meta.get("doc_id")))
        if "CRASH" in text:
            raise RuntimeError("pipeline bug")
        return Document(text=text, **{k: v for k, v in meta.items() if v is not None})

    monkeypatch.setattr(marsad, "extract", extract)
    return calls


def write_jsonl(path: Path, lines: list[object]) -> Path:
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines) + "\n",
                    encoding="utf-8")
    return path


def test_ingest_articles_reports_bad_lines_and_is_idempotent(
    tmp_path: Path, capsys: pytest.CaptureFixture, extracted: list[str]
) -> None:
    news = write_jsonl(tmp_path / "news.jsonl", [
        {"id": "n1", "text": "استقبل الرئيس العراقي السفير الروسي في بغداد.", "published": "2025-09-16T10:00:00"},
        '{"id": "n2", "text": "broken',
        {"id": "n3", "text": "وصل وزير الخارجية التركي إلى بغداد.", "source": "ina"},
        {"id": "n4", "text": "CRASH"},
    ])
    db = tmp_path / "m.sqlite"
    assert main(["ingest", str(news), "--db", str(db), "--batch-size", "1"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "ingested 2 articles (0 already stored), skipped 2"
    assert f"marsad: skipped {news}:2: invalid JSON" in err
    assert f"marsad: skipped {news}:4: extraction failed (RuntimeError: pipeline bug)" in err
    assert extracted == ["n1", "n3", "n4"]
    assert main(["ingest", str(news), "--db", str(db)]) == 0
    assert capsys.readouterr().out.strip() == "ingested 0 articles (2 already stored), skipped 2"
    assert extracted == ["n1", "n3", "n4", "n4"]  # stored articles are not extracted again
    with Store.open(db) as store:
        article = store.get_article("n1")
        assert article["pub_date"] == "2025-09-16" and store.count_articles() == 2
        assert store.get_article("n3")["source"] == "ina"


def test_ingest_exit_codes_when_nothing_can_be_processed(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "m.sqlite"
    assert main(["ingest", str(tmp_path / "missing.jsonl"), "--db", str(db)]) == 1
    assert "marsad: error: no input found" in capsys.readouterr().err
    assert not db.exists()
    broken = write_jsonl(tmp_path / "broken.jsonl", ["{not json"])
    assert main(["ingest", str(broken), "--db", str(db)]) == 1
    assert capsys.readouterr().out.strip() == "ingested 0 articles (0 already stored), skipped 1"


@pytest.fixture
def records_db(tmp_path: Path, capsys: pytest.CaptureFixture) -> Path:
    turkey = make_record("tr", event_type="ACCUSE", date="2025-03-02")
    turkey["actors"][1].update(country="TUR", sector="MIL")
    dangling = make_record("dangling")
    dangling["quotes"][0]["speaker"] = "a7"
    records = write_jsonl(tmp_path / "records.jsonl", [make_record("ru"), turkey, dangling, "[]"])
    db = tmp_path / "r.sqlite"
    assert main(["ingest", "--records", str(records), "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "ingested 2 articles (0 already stored), skipped 2"
    assert f"skipped {records}:3: quote speaker 'a7' is not an actor id" in err
    assert f"skipped {records}:4: record is a list" in err
    return db


def test_events_exports_filtered_rows(records_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["events", "--db", str(records_db), "--actor", "TUR", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["article_doc_id"], r["type"], r["actor_codes"]) for r in rows] == [("tr", "ACCUSE", ["TURMIL"])]
    assert main(["events", "--db", str(records_db), "--recipient", "IRQGOV", "--since", "2025-09-01"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["article_doc_id"] for r in table] == ["ru"] and table[0]["triggers"] == "استقبل"
    out = tmp_path / "all.parquet"
    assert main(["events", "--db", str(records_db), "--format", "parquet", "-o", str(out)]) == 0
    assert pq.read_table(out).num_rows == 2
    assert f"wrote 2 events to {out}" in capsys.readouterr().err


def test_events_rejects_bad_input(records_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["events", "--db", str(records_db), "--type", "MEETING"])
    assert exc.value.code == 2
    assert "valid types: AGREE, CONSULT, SUPPORT" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["events", "--db", str(records_db), "--since", "16/09/2025"])
    assert "bad date '16/09/2025'" in capsys.readouterr().err
    assert main(["events", "--db", str(records_db), "--format", "parquet"]) == 2
    assert main(["events", "--db", str(tmp_path / "none.sqlite")]) == 1
    assert not (tmp_path / "none.sqlite").exists()
