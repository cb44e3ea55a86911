"""SQLite store: migrations, idempotent and crash-safe ingest, filters, round trip, export."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from marsad.store import EVENT_COLUMNS, Store
from marsad.store.export import PARQUET_SCHEMA, write_csv, write_jsonl, write_parquet
from marsad.store.migrate import Migration, available_migrations, migrate

TEXT = "استقبل مستشار الأمن القومي قاسم الأعرجي السفير الروسي في بغداد، وقال إن \"العلاقات متينة\"."


def span(text: str, part: str) -> dict:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def make_record(doc_id: str, text: str = TEXT, pub_date: str | None = "2025-09-16", source: str = "ina",
                event_type: str = "CONSULT", date: str | None = "2025-09-16", status: str = "asserted",
                score: float | None = None) -> dict:
    """One EVENTS.md record: an Iraqi official receives the Russian ambassador, and a quote."""
    text = f"{text} ({doc_id})"
    event = {"id": "e1", "type": event_type, "mode": "visit", "context": ["diplomatic"], "actor": ["a2"],
             "recipient": ["a1"], "triggers": [span(text, "استقبل")], "date": date,
             "location": {"name": "بغداد", "country": "IRQ"}, "status": status}
    if score is not None:
        event["score"] = score
    return {
        "schema": "marsad-gold/1", "doc_id": doc_id, "source": source, "pub_date": pub_date, "title": None,
        "url": f"https://example.org/{doc_id}", "text": text,
        "actors": [
            {"id": "a1", "name": "قاسم الأعرجي", "country": "IRQ", "sector": "GOV", "role": "مستشار الأمن القومي",
             "mentions": [span(text, "قاسم الأعرجي")], "key": "", "name_latin": "Qasim al-Araji"},
            {"id": "a2", "name": "السفير الروسي", "country": "RUS", "sector": "GOV", "role": "السفير",
             "mentions": [span(text, "السفير الروسي")], "key": "", "name_latin": ""},
        ],
        "events": [event],
        "quotes": [{"speaker": "a1", "span": span(text, "العلاقات متينة"), "cue": span(text, "قال")},
                   {"speaker": None, "span": span(text, "بغداد"), "cue": None}],
    }


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "t.sqlite") as opened:
        yield opened


def count(store: Store, table: str) -> int:
    return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_migrations_apply_on_fresh_db_and_are_recorded(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite"
    with Store.open(path) as store:
        names = [r["name"] for r in store.conn.execute("SELECT name FROM schema_migrations ORDER BY version")]
        assert names == [m.name for m in available_migrations()]
        assert names[0] == "0001_initial.sql"
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with Store.open(path) as store:  # reopening applies nothing twice
        assert migrate(store.conn) == []


def test_failed_migration_rolls_back_and_is_not_recorded(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "f.sqlite", isolation_level=None)
    broken = Migration(9, "0009_broken.sql", "CREATE TABLE half (x INTEGER);\nTHIS IS NOT SQL;")
    with pytest.raises(RuntimeError, match="0009_broken.sql"):
        migrate(conn, (broken,))
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == 0


def test_ingest_twice_stores_once(store: Store) -> None:
    records = [make_record(f"d{i}") for i in range(5)]
    first = store.ingest_records(records, batch_size=2)
    second = store.ingest_records(records, batch_size=2)
    assert (first.added, first.duplicates) == (5, 0)
    assert (second.added, second.duplicates) == (0, 5)
    assert count(store, "articles") == 5 and count(store, "events") == 5 and count(store, "mentions") == 10


def test_same_text_under_another_doc_id_is_a_separate_article(store: Store) -> None:
    record = make_record("d1")
    stats = store.ingest_records([record, {**record, "doc_id": "copy"}])
    assert stats.added == 2
    hashes = store.conn.execute("SELECT count(DISTINCT text_hash), count(DISTINCT content_hash) FROM articles")
    assert tuple(hashes.fetchone()) == (1, 2)


def test_crash_mid_run_keeps_committed_batches_and_rerun_completes(store: Store) -> None:
    records = [make_record(f"d{i}") for i in range(7)]

    def crashing():
        for i, record in enumerate(records):
            if i == 5:
                raise RuntimeError("simulated crash")
            yield record

    with pytest.raises(RuntimeError, match="simulated crash"):
        store.ingest_records(crashing(), batch_size=2)
    assert count(store, "articles") == 4  # batches [0,1] and [2,3]; record 4 was in the lost batch
    assert count(store, "events") == 4 and not store.conn.in_transaction
    rerun = store.ingest_records(records, batch_size=2)
    assert (rerun.added, rerun.duplicates) == (3, 4)
    assert count(store, "articles") == 7


def test_invalid_record_is_skipped_and_its_batch_kept(store: Store) -> None:
    bad = make_record("bad")
    bad["events"][0]["recipient"] = ["a9"]
    stats = store.ingest_records([make_record("ok1"), bad, {"doc_id": "notext"}, make_record("ok2")])
    assert stats.added == 2
    assert [doc_id for doc_id, _ in stats.invalid] == ["bad", "notext"]
    assert "a9" in stats.invalid[0][1]


def test_get_article_round_trips_the_record(store: Store) -> None:
    records = [make_record("d1", score=4.5), make_record("d2", date=None, pub_date=None)]
    records[1]["events"][0]["location"] = None
    store.ingest_records(records)
    assert store.get_article("d1") == records[0]
    assert store.get_article("d2") == records[1]
    assert store.get_article(1) == records[0]
    assert store.get_article("missing") is None
    assert list(store.iter_records()) == records


@pytest.fixture
def filled(store: Store) -> Store:
    iraq_to_iran = make_record("iran", event_type="ACCUSE", date="2025-03-02", source="alsumaria")
    iraq_to_iran["actors"][1].update(country="IRN", sector="MIL", name="الجيش الإيراني")
    store.ingest_records([
        make_record("early", date="2024-12-31"),
        make_record("sept", date="2025-09-16", score=3.0),
        make_record("month", date="2025-09", pub_date="2025-10-01"),
        make_record("undated", date=None, pub_date="2025-05-05"),
        make_record("negated", status="negated"),
        iraq_to_iran,
    ])
    return store


def doc_ids(rows: list[dict]) -> list[str]:
    return [row["article_doc_id"] for row in rows]


def test_actor_filters_match_code_or_country_prefix(filled: Store) -> None:
    assert len(filled.query_events(actor="RUS")) == 4  # RUSGOV initiates four asserted CONSULTs
    assert len(filled.query_events(actor="RUSGOV")) == 4
    assert filled.query_events(actor="RUSMIL") == []
    assert doc_ids(filled.query_events(actor="IRN")) == ["iran"]
    assert doc_ids(filled.query_events(actor="irnmil", recipient="IRQGOV")) == ["iran"]
    assert filled.query_events(recipient="IRN") == []
    assert len(filled.query_events(recipient="IRQ")) == 5


def test_type_status_source_mode_context_filters(filled: Store) -> None:
    assert doc_ids(filled.query_events(type="accuse")) == ["iran"]
    assert doc_ids(filled.query_events(source="alsumaria")) == ["iran"]
    assert "negated" not in doc_ids(filled.query_events())
    assert doc_ids(filled.query_events(status="negated")) == ["negated"]
    assert len(filled.query_events(status=None)) == 6
    assert len(filled.query_events(mode="visit", context="diplomatic")) == 5
    assert filled.query_events(context="military") == []


def test_date_range_uses_event_date_then_pub_date_and_partial_dates(filled: Store) -> None:
    assert doc_ids(filled.query_events(since="2025-09-01", until="2025-09-30")) == ["month", "sept"]
    assert doc_ids(filled.query_events(since="2025-09-20")) == ["month"]  # 2025-09 overlaps
    assert doc_ids(filled.query_events(until="2024-12-31")) == ["early"]
    assert doc_ids(filled.query_events(since="2025-05", until="2025-05")) == ["undated"]  # via pub_date
    assert filled.count_events(since="2025-01-01") == 4
    assert filled.count_events(since="2025-01-01") == len(filled.query_events(since="2025-01-01", limit=None))


def test_rows_are_flat_with_codes_names_and_triggers(filled: Store) -> None:
    month, row = filled.query_events(since="2025-09-16", until="2025-09-16")
    assert (month["article_doc_id"], month["date"], month["score"]) == ("month", "2025-09", None)
    assert tuple(row) == EVENT_COLUMNS
    assert row["actor_codes"] == ["RUSGOV"] and row["recipient_codes"] == ["IRQGOV"]
    assert row["recipient_names"] == ["قاسم الأعرجي"] and row["triggers"] == ["استقبل"]
    assert (row["score"], row["pub_date"], row["source"], row["location_name"]) == (3.0, "2025-09-16", "ina", "بغداد")


def test_limit_and_offset_page_in_date_order(filled: Store) -> None:
    everything = doc_ids(filled.query_events(limit=None))
    assert everything == ["early", "iran", "undated", "month", "sept"]
    assert doc_ids(filled.query_events(limit=2, offset=1)) == everything[1:3]


def test_text_search_folds_hamza_spelling(filled: Store) -> None:
    assert filled.has_fts
    assert len(filled.query_events(text="الاعرجي")) == 5  # stored as الأعرجي
    assert filled.query_events(text="غير موجود") == []
    assert len(filled.search_articles("الأعرجي", limit=100)) == 6
    assert len(filled.query_events(text="قا")) == 5  # too short for trigrams: LIKE fallback


def test_bad_filter_values_fail_with_what_is_valid(store: Store) -> None:
    with pytest.raises(ValueError, match="valid types: AGREE, CONSULT"):
        store.query_events(type="MEET")
    with pytest.raises(ValueError, match="bad date '2025-13-01'"):
        store.query_events(since="2025-13-01")
    with pytest.raises(ValueError, match="bad actor code"):
        store.count_events(actor="IQ")


def test_exports_csv_jsonl_parquet(filled: Store, tmp_path: Path) -> None:
    rows = filled.query_events(limit=None)
    buffer = io.StringIO()
    assert write_csv(rows, buffer) == 5
    parsed = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert len(parsed) == 5 and parsed[0]["actor_codes"] == "RUSGOV" and parsed[0]["context"] == "diplomatic"
    buffer = io.StringIO()
    write_jsonl(rows, buffer)
    assert [json.loads(line) for line in buffer.getvalue().splitlines()] == rows
    assert write_parquet(rows, tmp_path / "e.parquet") == 5
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == 5 and tuple(table.schema.names) == EVENT_COLUMNS
    assert table.column("recipient_codes").to_pylist()[0] == ["IRQGOV"]
    write_parquet([], tmp_path / "empty.parquet")
    assert pq.read_table(tmp_path / "empty.parquet").num_rows == 0


def test_parquet_schema_matches_event_columns() -> None:
    assert tuple(PARQUET_SCHEMA.names) == EVENT_COLUMNS
