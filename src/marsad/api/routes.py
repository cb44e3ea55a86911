"""The JSON API under `/api`: articles, events, actors, dyads, network, locations, and ingest.

Every route reads through `Store`, so the SQL lives in one place; this module only
validates input, pages results and shapes the JSON.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field, field_validator

from marsad.api.params import MAX_ID, Offset, checked, event_filters, page_size
from marsad.api.scores import summarize_series
from marsad.api.security import require_read, require_write
from marsad.store import Store
from marsad.store.export import write_csv, write_jsonl
from marsad.store.filters import check_code, check_date
from marsad.web.geo import locate

router = APIRouter(prefix="/api")
read = APIRouter(dependencies=[Depends(require_read)])
Filters = Annotated[dict[str, Any], Depends(event_filters)]
Id = Annotated[int, Path(ge=1, le=MAX_ID)]
MAX_ARTICLES_PER_POST = 100


@contextmanager
def open_store(request: Request) -> Iterator[Store]:
    """A store connection for this request (SQLite connections stay in the thread that opened them)."""
    with Store.open(request.app.state.settings.db_path) as store:
        yield store


def page(items: list[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@read.get("/articles", summary="List or search articles, newest first")
def list_articles(request: Request, q: Annotated[str | None, Query(max_length=200,
                  description="text to find; spelling-folded, so الاعرجي finds الأعرجي")] = None,
                  limit: int = page_size(20, 200), offset: Offset = 0) -> dict[str, Any]:
    with open_store(request) as store:
        return page(store.list_articles(q, limit, offset), store.count_articles(q), limit, offset)


def article_payload(store: Store, key: int | str) -> dict[str, Any] | None:
    """The stored record with its database id and the database ids of its actors and events."""
    article_id = store.article_key(key)
    if article_id is None:
        return None
    record = store.get_article(article_id) or {}
    return {"id": article_id, **record, "ids": store.local_ids(article_id)}


@read.get("/articles/{key}", summary="One article with all its spans: actors, events, quotes")
def get_article(request: Request, key: Annotated[str, Path(max_length=300,
                description="database id, or doc_id")]) -> dict[str, Any]:
    with open_store(request) as store:
        found = article_payload(store, int(key) if key.isdigit() and int(key) <= MAX_ID else key)
    if found is None:
        raise HTTPException(404, f"no article {key!r}")
    return found


def event_rows(request: Request, filters: dict[str, Any], limit: int | None, offset: int) -> list[dict[str, Any]]:
    with open_store(request) as store:
        return store.query_events(**filters, limit=limit, offset=offset)


def download(rows: list[dict[str, Any]], fmt: str) -> Response:
    """Rows as a CSV or JSONL attachment (the same writers as `marsad events`)."""
    out = io.StringIO()
    (write_csv if fmt == "csv" else write_jsonl)(rows, out)
    media = "text/csv" if fmt == "csv" else "application/x-ndjson"
    return Response(out.getvalue(), media_type=f"{media}; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="events.{fmt}"'})


@read.get("/events", summary="Events matching filters; JSON page, or CSV/JSONL download")
def list_events(request: Request, filters: Filters, limit: Annotated[int | None, Query(
                ge=1, le=10**7, description="page size (JSON: at most 1000, default 50; downloads: all)")] = None,
                offset: Offset = 0, format: Literal["json", "csv", "jsonl"] = "json") -> Any:
    if format != "json":
        return download(event_rows(request, filters, limit, offset), format)
    if limit is not None and limit > 1000:
        raise HTTPException(422, "limit: at most 1000 for JSON; use format=csv or jsonl for more")
    limit = limit or 50
    with open_store(request) as store:
        return page(store.query_events(**filters, limit=limit, offset=offset), store.count_events(**filters),
                    limit, offset)


def _download_route(fmt: str) -> Callable[..., Response]:
    def route(request: Request, filters: Filters, limit: Annotated[int | None, Query(ge=1, le=10**7)] = None,
              offset: Offset = 0) -> Response:
        return download(event_rows(request, filters, limit, offset), fmt)

    route.__name__ = f"events_{fmt}"
    return route


for _fmt in ("csv", "jsonl"):
    read.get(f"/events.{_fmt}", summary=f"All matching events as {_fmt.upper()}",
             response_class=Response)(_download_route(_fmt))


@read.get("/events/{event_id}", summary="One event by database id")
def get_event(request: Request, event_id: Id) -> dict[str, Any]:
    with open_store(request) as store:
        event = store.get_event(event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id}")
    return event


@read.get("/actors", summary="Actors across articles (one per code and name), most events first")
def list_actors(request: Request, q: Annotated[str | None, Query(max_length=200,
                description="part of the Arabic or Latin name")] = None,
                code: Annotated[str | None, Query(description="code (IRQGOV) or country (IRQ)")] = None,
                limit: int = page_size(50, 500), offset: Offset = 0) -> dict[str, Any]:
    code = checked(check_code, "code", code)
    with open_store(request) as store:
        return page(store.list_actors(q, code, limit, offset), store.count_actors(q, code), limit, offset)


@read.get("/actors/{actor_id}", summary="One actor with its events and quotes")
def get_actor(request: Request, actor_id: Id) -> dict[str, Any]:
    with open_store(request) as store:
        actor = store.get_actor(actor_id)
    if actor is None:
        raise HTTPException(404, f"no actor {actor_id}")
    return actor


def dyad_payload(store: Store, a: str, b: str, interval: str, filters: dict[str, Any]) -> dict[str, Any]:
    series = summarize_series(store.dyad_series(a, b, interval, **filters))
    return {"a": a, "b": b, "interval": interval, "series": series,
            "events": sum(p["events"] for p in series), "score": round(sum(p["score"] for p in series), 2)}


@read.get("/dyads", summary="Events between two actors or countries per period, with summed PLOVER score")
def dyads(request: Request, filters: Filters,
          a: Annotated[str, Query(description="code or country, e.g. IRQ")],
          b: Annotated[str, Query(description="code or country, e.g. RUS")],
          interval: Literal["day", "week", "month"] = "month") -> dict[str, Any]:
    a_code, b_code = checked(check_code, "a", a), checked(check_code, "b", b)
    if not a_code or not b_code:
        raise HTTPException(422, "a and b are both required")
    with open_store(request) as store:
        return dyad_payload(store, a_code, b_code, interval, filters)


def network_payload(store: Store, filters: dict[str, Any], limit: int) -> dict[str, Any]:
    edges = store.actor_network(limit=limit, **filters)
    weight: dict[str, int] = {}
    for edge in edges:
        for code in (edge["source"], edge["target"]):
            weight[code] = weight.get(code, 0) + edge["events"]
    nodes = [{"code": code, "events": n} for code, n in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"nodes": nodes, "edges": edges}


@read.get("/network", summary="Actor-code network: edge weight is the number of events")
def network(request: Request, filters: Filters, limit: int = page_size(100, 1000)) -> dict[str, Any]:
    with open_store(request) as store:
        return network_payload(store, filters, limit)


@read.get("/locations", summary="Event counts per location, with coordinates where known")
def locations(request: Request, filters: Filters, limit: int = page_size(500, 5000)) -> dict[str, Any]:
    with open_store(request) as store:
        rows = store.event_locations(limit=limit, **filters)
    return {"items": [{**row, "point": locate(row["name"], row["country"])} for row in rows]}


class ArticleIn(BaseModel):
    """One article to extract and store."""

    id: str = Field("", max_length=300, description="your id for it (the record's doc_id)")
    text: str = Field(min_length=1, description="the article text, exactly as published")
    published: str | None = Field(None, description="publication date, YYYY-MM-DD")
    title: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=300)
    url: str | None = Field(None, max_length=2000)

    @field_validator("published")
    @classmethod
    def _date(cls, value: str | None) -> str | None:
        return check_date(value) if value else None


@router.post("/articles", status_code=201, dependencies=[Depends(require_write)],
             summary="Extract and store one article or a list (needs the MARSAD_TOKEN bearer token)")
def ingest(request: Request, body: ArticleIn | Annotated[list[ArticleIn], Field(
           min_length=1, max_length=MAX_ARTICLES_PER_POST)]) -> dict[str, Any]:
    articles = body if isinstance(body, list) else [body]
    extract = request.app.state.extract
    records = [extract(a.text, pub_date=a.published, source=a.source, doc_id=a.id, title=a.title,
                       url=a.url).to_dict() for a in articles]
    with open_store(request) as store:
        stats = store.ingest_records(records)
        stored = [{"doc_id": r["doc_id"], "id": store.article_key(r["doc_id"]), "events": len(r["events"])}
                  for r in records]
    return {"added": stats.added, "duplicates": stats.duplicates, "articles": stored,
            "invalid": [{"doc_id": d, "problem": p} for d, p in stats.invalid]}


router.include_router(read)
