"""JSON API and web pages over a temporary store: endpoints, filters, pagination, errors, auth, escaping."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import marsad
from marsad.api import create_app
from marsad.api.scores import type_score
from marsad.examples import example_article
from marsad.store import Store

TEXT = "استقبل مستشار الأمن القومي قاسم الأعرجي السفير الروسي في بغداد، وقال إن \"العلاقات متينة\"."
EVIL = "<script>alert(1)</script> استقبل <img src=x onerror=alert(2)> الوزير"


def span(text: str, part: str) -> dict:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def record(doc_id: str, date: str, event_type: str = "CONSULT", score: float | None = None,
           text: str = TEXT) -> dict:
    """An Iraqi official (IRQGOV) receives the Russian ambassador (RUSGOV) in Baghdad, with one quote."""
    text = f"{text} ({doc_id})"
    event = {"id": "e1", "type": event_type, "mode": "visit" if event_type == "CONSULT" else "",
             "context": ["diplomatic"], "actor": ["a1"], "recipient": ["a2"], "triggers": [span(text, "استقبل")],
             "date": date, "location": {"name": "بغداد", "country": "IRQ"}, "status": "asserted"}
    if score is not None:
        event["score"] = score
    mention = "قاسم الأعرجي" if "قاسم الأعرجي" in text else "الوزير"
    return {
        "doc_id": doc_id, "source": "ina", "pub_date": date, "title": f"title {doc_id}", "url": None, "text": text,
        "actors": [
            {"id": "a1", "name": "قاسم الأعرجي", "country": "IRQ", "sector": "GOV", "role": "مستشار",
             "mentions": [span(text, mention)], "name_latin": "Qasim al-Araji"},
            {"id": "a2", "name": "السفير الروسي", "country": "RUS", "sector": "GOV", "role": "السفير",
             "mentions": [span(text, "استقبل")] if "السفير الروسي" not in text else [span(text, "السفير الروسي")]},
        ],
        "events": [event],
        "quotes": [{"speaker": "a1", "span": span(text, "العلاقات متينة"), "cue": span(text, "وقال")}]
        if "العلاقات متينة" in text else [],
    }


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("api") / "t.sqlite"
    text, meta = example_article()
    records = [record("r1", "2025-01-05"), record("r2", "2025-01-20", "ASSAULT"),
               record("r3", "2025-02-03", score=-2.5), record("evil", "2025-03-01", text=EVIL),
               marsad.extract(text, **meta).to_dict()]
    with Store.open(path) as store:
        assert store.ingest_records(records).added == 5
    return path


@pytest.fixture
def client(db: Path) -> TestClient:
    return TestClient(create_app(db, token="", read_token=""))


def test_articles_list_paginates_and_search_folds_spelling(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 2}).json()
    second = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == 5 and len(first["items"]) == 2 and len(second["items"]) == 2
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}
    found = client.get("/api/articles", params={"q": "الاعرجي"}).json()
    assert found["total"] == 3 and {a["doc_id"] for a in found["items"]} == {"r1", "r2", "r3"}


def test_article_has_all_spans_and_ids(client: TestClient) -> None:
    by_doc = client.get("/api/articles/r1").json()
    article = client.get(f"/api/articles/{by_doc['id']}").json()
    assert article["doc_id"] == "r1" and article["actors"][0]["mentions"][0]["text"] == "قاسم الأعرجي"
    assert article["events"][0]["triggers"][0]["text"] == "استقبل" and article["quotes"][0]["span"]["text"]
    assert set(article["ids"]["events"]) == {"e1"} and set(article["ids"]["actors"]) == {"a1", "a2"}
    assert client.get("/api/articles/no-such-doc").status_code == 404
    assert client.get("/api/articles/99999").status_code == 404


def test_events_filters_and_pagination(client: TestClient) -> None:
    everything = client.get("/api/events", params={"actor": "IRQ"}).json()
    assert everything["total"] == 4
    assert client.get("/api/events", params={"actor": "IRQGOV", "type": "assault"}).json()["total"] == 1
    assert client.get("/api/events", params={"recipient": "RUS", "since": "2025-01-10", "until": "2025-02"}).json()[
        "total"] == 2
    assert client.get("/api/events", params={"mode": "visit", "source": "ina", "context": "diplomatic"}).json()[
        "total"] == 3
    assert client.get("/api/events", params={"actor": "JOR"}).json()["total"] >= 1  # from marsad.extract
    pages = [client.get("/api/events", params={"actor": "IRQ", "limit": 3, "offset": o}).json()["items"]
             for o in (0, 3)]
    assert len(pages[0]) == 3 and len(pages[1]) == 1
    one = client.get(f"/api/events/{pages[0][0]['id']}").json()
    assert one["actor_codes"] == ["IRQGOV"] and one["triggers"] == ["استقبل"]


def test_events_downloads(client: TestClient) -> None:
    csv_text = client.get("/api/events.csv", params={"actor": "IRQ"}).text
    assert csv_text.splitlines()[0].startswith("id,article_id") and len(csv_text.strip().splitlines()) == 5
    lines = client.get("/api/events", params={"actor": "IRQ", "format": "jsonl"}).text.strip().splitlines()
    assert len(lines) == 4 and json.loads(lines[0])["recipient_codes"] == ["RUSGOV"]
    assert "attachment" in client.get("/api/events.jsonl").headers["content-disposition"]


def test_actors_search_and_page(client: TestClient) -> None:
    found = client.get("/api/actors", params={"q": "الاعرجي"}).json()
    assert found["total"] == 1 and found["items"][0]["name_latin"] == "Qasim al-Araji"
    assert client.get("/api/actors", params={"q": "araji"}).json()["total"] == 1
    assert client.get("/api/actors", params={"code": "RUS"}).json()["items"][0]["code"] == "RUSGOV"
    actor = client.get(f"/api/actors/{found['items'][0]['id']}").json()
    assert actor["articles"] == 4 and len(actor["events"]) == 4 and len(actor["quotes"]) == 3
    assert client.get("/api/actors/424242").status_code == 404


def test_dyads_sum_stored_and_table_scores(client: TestClient) -> None:
    data = client.get("/api/dyads", params={"a": "IRQ", "b": "RUS", "interval": "month"}).json()
    by_month = {p["period"]: p for p in data["series"]}
    assert by_month["2025-01"]["events"] == 2
    assert by_month["2025-01"]["score"] == pytest.approx(type_score("CONSULT", "visit") + type_score("ASSAULT"))
    assert by_month["2025-02"]["score"] == -2.5  # the record's own score wins
    weeks = client.get("/api/dyads", params={"a": "RUS", "b": "IRQGOV", "interval": "week"}).json()
    assert [p["period"] for p in weeks["series"]][:2] == ["2024-12-30", "2025-01-20"]  # Mondays
    assert client.get("/api/dyads", params={"a": "IRQ", "b": "x1"}).status_code == 422
    assert client.get("/api/dyads", params={"a": "IRQ", "b": "RUS", "interval": "year"}).status_code == 422


def test_network_and_locations(client: TestClient) -> None:
    net = client.get("/api/network").json()
    edge = next(e for e in net["edges"] if (e["source"], e["target"]) == ("IRQGOV", "RUSGOV"))
    assert edge["events"] == 4 and {"IRQGOV", "RUSGOV"} <= {n["code"] for n in net["nodes"]}
    places = {p["name"]: p for p in client.get("/api/locations").json()["items"]}
    assert places["بغداد"]["events"] == 4 and 33 < places["بغداد"]["point"]["lat"] < 34


@pytest.mark.parametrize("url", ["/api/events?since=2025-13-01", "/api/events?until=yesterday",
                                 "/api/events?type=PARTY", "/api/events?actor=iraq1", "/api/events?limit=0",
                                 "/api/events?offset=-1", "/api/events?limit=5000", "/api/actors?code=12",
                                 "/api/events?status=maybe"])
def test_bad_input_is_422(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 422 and response.json()["detail"]


def test_ingest_auth(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MARSAD_TOKEN", raising=False)
    body = {"id": "new1", "text": TEXT, "published": "2025-04-01"}
    disabled = TestClient(create_app(db)).post("/api/articles", json=body)
    assert disabled.status_code == 403 and "MARSAD_TOKEN" in disabled.json()["detail"]
    monkeypatch.setenv("MARSAD_TOKEN", "s3cret")
    client = TestClient(create_app(db))
    assert client.post("/api/articles", json=body).status_code == 401
    assert client.post("/api/articles", json=body, headers={"Authorization": "Bearer nope"}).status_code == 403
    auth = {"Authorization": "Bearer s3cret"}
    bad_date = client.post("/api/articles", json={**body, "published": "2025-02-30"}, headers=auth)
    assert bad_date.status_code == 422 and "published" in bad_date.json()["detail"]
    made = client.post("/api/articles", json=[body, {**body, "id": "new2"}], headers=auth)
    assert made.status_code == 201 and made.json()["added"] == 2
    assert client.get("/api/articles/new2").json()["pub_date"] == "2025-04-01"
    assert client.post("/api/articles", json=body, headers=auth).json()["duplicates"] == 1


def test_oversized_body_is_413(db: Path) -> None:
    client = TestClient(create_app(db, token="t", max_body=1000))
    body = {"id": "big", "text": "س" * 2000}
    response = client.post("/api/articles", json=body, headers={"Authorization": "Bearer t"})
    assert response.status_code == 413


def test_read_token(db: Path) -> None:
    client = TestClient(create_app(db, read_token="r"))
    assert client.get("/api/events").status_code == 401
    assert client.get("/api/events", headers={"Authorization": "Bearer x"}).status_code == 403
    assert client.get("/api/events", headers={"Authorization": "Bearer r"}).status_code == 200
    assert client.get("/events?token=r").status_code == 200 and client.get("/events").status_code == 200  # cookie


def test_pages_render_and_escape(client: TestClient) -> None:
    evil_id = client.get("/api/articles/evil").json()["id"]
    page = client.get(f"/articles/{evil_id}").text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and 'dir="rtl"' in page
    reader = client.get(f"/articles/{client.get('/api/articles/r1').json()['id']}").text
    assert 'class="hl trigger" href="/events/' in reader and 'class="hl mention" href="/actors/' in reader
    assert 'class="hl quote"' in reader and "Qasim al-Araji" in reader
    for url in ["/", "/articles?q=الاعرجي", "/events?actor=IRQ&type=CONSULT", "/actors?q=araji", "/network",
                "/dyads?a=IRQ&b=RUS&interval=week", "/map", "/docs"]:
        assert client.get(url).status_code == 200, url
    assert "<svg" in client.get("/dyads?a=IRQ&b=RUS").text and "<circle" in client.get("/map").text
    assert client.get("/events?since=2025-99").status_code == 422
    assert client.get("/events/999999").status_code == 404


def test_docs_are_offline(client: TestClient) -> None:
    docs = client.get("/docs").text
    assert "/static/swagger/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
    assert "/api/events" in client.get("/openapi.json").json()["paths"]
