"""`marsad eval` end to end on two small gold files written here (scores themselves are not asserted)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.cli import main

ARTICLES = [
    ("g1", "2025-09-16", "استقبل رئيس الوزراء العراقي في بغداد يوم الثلاثاء وزير الخارجية الروسي.",
     "رئيس الوزراء العراقي", "وزير الخارجية الروسي", "استقبل", "CONSULT"),
    ("g2", "2025-09-17", "اتهمت الحكومة السورية إسرائيل بشن غارات على ريف دمشق.",
     "الحكومة السورية", "إسرائيل", "اتهمت", "ACCUSE"),
]  # fmt: skip
CODES = {"رئيس الوزراء العراقي": ("IRQ", "GOV"), "وزير الخارجية الروسي": ("RUS", "GOV"),
         "الحكومة السورية": ("SYR", "GOV"), "إسرائيل": ("ISR", "")}  # fmt: skip
SCORES = ("triples", "triples_country", "anchored", "quotes", "mentions")


def span(text: str, part: str) -> dict:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def gold_record(doc_id: str, pub_date: str, text: str, actor: str, recipient: str, trigger: str, kind: str) -> dict:
    actors = [
        {"id": f"a{i}", "name": name, "country": CODES[name][0], "sector": CODES[name][1], "role": "",
         "mentions": [span(text, name)]}
        for i, name in enumerate((actor, recipient), 1)
    ]  # fmt: skip
    event = {"id": "e1", "type": kind, "mode": "", "context": [], "actor": ["a1"], "recipient": ["a2"],
             "triggers": [span(text, trigger)], "date": pub_date, "location": None, "status": "asserted"}  # fmt: skip
    return {"schema": "marsad-gold/1", "doc_id": doc_id, "source": "test", "pub_date": pub_date, "text": text,
            "actors": actors, "events": [event], "quotes": []}  # fmt: skip


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    root = tmp_path / "gold"
    root.mkdir()
    for article in ARTICLES:
        record = gold_record(*article)
        (root / f"{record['doc_id']}.json").write_text(json.dumps(record, ensure_ascii=False), "utf-8")
    return root


def last_json(capsys) -> dict:
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def test_eval_json_has_every_score_in_range(gold_dir, capsys):
    assert main(["eval", str(gold_dir), "--json"]) == 0
    scores = last_json(capsys)
    assert scores["documents"] == 2
    for key in SCORES:
        assert all(0.0 <= scores[key][m] <= 1.0 for m in ("p", "r", "f1")), key
    for key, acc in (("anchored", "actor_acc"), ("anchored", "recipient_acc"), ("anchored", "mode_acc"),
                     ("anchored", "date_acc"), ("quotes", "speaker_acc"), ("mentions", "code_acc")):  # fmt: skip
        assert 0.0 <= scores[key][acc] <= 1.0
    assert isinstance(scores["per_type"], dict)
    assert scores["triples"]["tp"] + scores["triples"]["fn"] == 2  # the gold has one triple per article


def test_saved_predictions_score_again_identically(gold_dir, tmp_path, capsys):
    saved = tmp_path / "pred"
    assert main(["eval", str(gold_dir), "--json", "--per-doc", "--save-predictions", str(saved)]) == 0
    first = last_json(capsys)
    assert sorted(p.name for p in saved.glob("*.json")) == ["g1.json", "g2.json"]
    assert [row["doc_id"] for row in first["per_doc"]] == ["g1", "g2"]
    assert main(["eval", str(gold_dir), "--json", "--pred", str(saved)]) == 0
    again = last_json(capsys)
    assert all(again[key] == first[key] for key in SCORES)


def test_gold_scored_against_itself_is_perfect(gold_dir, capsys):
    assert main(["eval", str(gold_dir), "--json", "--pred", str(gold_dir)]) == 0
    scores = last_json(capsys)
    assert scores["triples"]["f1"] == 1.0 and scores["anchored"]["date_acc"] == 1.0
    assert list(scores["per_type"]) == ["CONSULT", "ACCUSE"]


def test_readable_tables_by_default(gold_dir, capsys):
    assert main(["eval", str(gold_dir), "--pred", str(gold_dir), "--per-doc"]) == 0
    out = capsys.readouterr().out
    assert "triples_country" in out and "CONSULT" in out and "g2" in out


def test_empty_dir_and_bad_gold_are_named(tmp_path, gold_dir, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["eval", str(empty)]) == 2
    assert "no gold" in capsys.readouterr().err
    (gold_dir / "broken.json").write_text('{"doc_id": "x", "text": 5}', "utf-8")
    assert main(["eval", str(gold_dir), "--json"]) == 2
    assert "broken.json" in capsys.readouterr().err
