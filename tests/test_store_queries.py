"""Store queries behind `marsad serve`: article pages, actors, one event, network, dyad series, locations."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.store import Store

TEXT = "زار وزير الخارجية العراقي موسكو والتقى نظيره الروسي."


def record(doc_id: str, date: str | None, pub_date: str = "2025-03-01", score: float | None = None,
           recipient: bool = True) -> dict:
    start = TEXT.index("زار")
    event = {"id": "e1", "type": "CONSULT", "mode": "visit", "context": [], "actor": ["a1"],
             "recipient": ["a2"] if recipient else [], "triggers": [{"start": start, "end": start + 3, "text": "زار"}],
             "date": date, "location": {"name": "موسكو", "country": "RUS"}, "status": "asserted"}
    if score is not None:
        event["score"] = score
    return {"doc_id": doc_id, "pub_date": pub_date, "source": "s", "text": f"{TEXT} {doc_id}",
            "actors": [{"id": "a1", "name": "وزير الخارجية العراقي", "country": "IRQ", "sector": "GOV",
                        "mentions": [], "name_latin": "Iraqi foreign minister"},
                       {"id": "a2", "name": "روسيا", "country": "RUS", "sector": "", "mentions": []}],
            "events": [event],
            "quotes": [{"speaker": "a1", "span": {"start": 0, "end": 3, "text": "زار"}}]}


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "q.sqlite") as opened:
        opened.ingest_records([record("d1", "2025-01-06", score=2.0), record("d2", "2025-01-08"),
                               record("d3", "2025-02"), record("d4", None, recipient=False)])
        yield opened


def test_list_and_count_articles(store: Store) -> None:
    assert store.count_articles() == 4 and store.count_articles("وزير الخارجيّة") == 4
    assert store.count_articles("d3") == 1
    page = store.list_articles(limit=3, offset=1)
    assert len(page) == 3 and all(a["events"] == 1 for a in page)
    assert store.article_key("d2") == store.list_articles("d2")[0]["id"] and store.article_key("zz") is None


def test_local_ids_and_get_event(store: Store) -> None:
    article_id = store.article_key("d1")
    ids = store.local_ids(article_id)
    assert set(ids["actors"]) == {"a1", "a2"}
    event = store.get_event(ids["events"]["e1"])
    assert event["recipient_codes"] == ["RUS"] and event["score"] == 2.0
    assert store.get_event(10**6) is None


def test_actors_group_by_code_and_name(store: Store) -> None:
    assert store.count_actors() == 2
    [minister] = store.list_actors(text="الخارجيّة", limit=5)
    assert minister["articles"] == 4 and minister["events"] == 4 and minister["code"] == "IRQGOV"
    assert store.list_actors(text="foreign")[0]["id"] == minister["id"]
    assert store.list_actors(code="RUS")[0]["name"] == "روسيا"
    actor = store.get_actor(minister["id"])
    assert len(actor["events"]) == 4 and len(actor["quotes"]) == 4
    assert store.get_actor(10**6) is None


def test_network_edges(store: Store) -> None:
    assert store.actor_network() == [{"source": "IRQGOV", "target": "RUS", "events": 3}]


def test_dyad_series_periods(store: Store) -> None:
    months = store.dyad_series("IRQ", "RUS", "month")
    assert [(r["period"], r["events"], r["scored"], r["score_sum"]) for r in months] == [
        ("2025-01", 2, 1, 2.0), ("2025-02", 1, 0, 0)]
    weeks = store.dyad_series("RUS", "IRQGOV", "week")
    assert [(r["period"], r["events"]) for r in weeks] == [("2025-01-06", 2)]  # the month-only date drops out
    assert store.dyad_series("IRQ", "RUS", "day", since="2025-01-07")[0]["period"] == "2025-01-08"
    with pytest.raises(ValueError):
        store.dyad_series("IRQ", "RUS", "year")


def test_event_locations(store: Store) -> None:
    assert store.event_locations() == [{"name": "موسكو", "country": "RUS", "events": 4}]
    assert store.event_locations(type="AID") == []
