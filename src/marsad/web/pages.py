"""The web pages: article reader, events table, event, actors, dyad chart, network and map.

Pages call the same store methods and payload builders as the JSON API, so both
always agree; interface labels are English, Arabic content is `dir="rtl" lang="ar"`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from marsad.api.params import MAX_ID, Offset, checked, event_filters
from marsad.api.routes import article_payload, dyad_payload, open_store
from marsad.api.security import READ_COOKIE, require_read
from marsad.store.filters import EVENT_TYPES, check_code
from marsad.web.render import article_marks, dyad_chart, highlight, world_map

STATIC_DIR = Path(__file__).parent / "static"
PAGE = 50
pages = APIRouter(dependencies=[Depends(require_read)], include_in_schema=False)


@lru_cache(maxsize=1)
def templates() -> Environment:
    return Environment(loader=PackageLoader("marsad.web", "templates"), autoescape=select_autoescape(default=True))


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page; a `?token=` that passed the read check is kept in a cookie for the next pages."""
    html = templates().get_template(name).render(request=request, event_types=EVENT_TYPES, **context)
    response = HTMLResponse(html, status_code=status)
    token = request.query_params.get("token")
    if token and request.app.state.settings.read_token:
        response.set_cookie(READ_COOKIE, token, httponly=True, samesite="strict")
    return response


def _filters_or_error(request: Request) -> tuple[dict[str, Any] | None, str | None]:
    """Event filters from the query string, or the message of the first bad one (shown on the page)."""
    q = request.query_params
    try:
        return event_filters(**{k: q.get(k) for k in ("actor", "recipient", "type", "mode", "context", "since",
                                                       "until", "source", "text")},
                             status=q.get("status") or "asserted"), None
    except HTTPException as exc:
        return None, str(exc.detail)


@pages.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    with open_store(request) as store:
        return render(request, "home.html", articles=store.list_articles(limit=10),
                      n_articles=store.count_articles(), n_events=store.count_events(),
                      actors=store.list_actors(limit=10))


@pages.get("/articles", response_class=HTMLResponse)
def articles(request: Request, q: Annotated[str | None, Query(max_length=200)] = None,
             offset: Offset = 0) -> HTMLResponse:
    with open_store(request) as store:
        return render(request, "articles.html", q=q or "", offset=offset, page=PAGE,
                      items=store.list_articles(q, PAGE, offset), total=store.count_articles(q))


@pages.get("/articles/{key}", response_class=HTMLResponse)
def article(request: Request, key: Annotated[str, PathParam(max_length=300)]) -> HTMLResponse:
    with open_store(request) as store:
        found = article_payload(store, int(key) if key.isdigit() and int(key) <= MAX_ID else key)
    if found is None:
        return render(request, "error.html", 404, message=f"No article {key!r}.")
    names = {a["id"]: a for a in found["actors"]}
    return render(request, "article.html", a=found, names=names,
                  body=highlight(found["text"], article_marks(found, found["ids"])))


@pages.get("/events", response_class=HTMLResponse)
def events(request: Request, offset: Offset = 0) -> HTMLResponse:
    filters, error = _filters_or_error(request)
    if filters is None:
        return render(request, "events.html", 422, error=error, rows=[], total=0, offset=0, page=PAGE,
                      q=request.query_params)
    with open_store(request) as store:
        rows, total = store.query_events(**filters, limit=PAGE, offset=offset), store.count_events(**filters)
    return render(request, "events.html", rows=rows, total=total, offset=offset, page=PAGE, q=request.query_params,
                  error=None)


@pages.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: int) -> HTMLResponse:
    with open_store(request) as store:
        row = store.get_event(event_id) if 1 <= event_id <= MAX_ID else None
        record = store.get_article(row["article_id"]) if row else None
    if row is None or record is None:
        return render(request, "error.html", 404, message=f"No event {event_id}.")
    local = next(e for e in record["events"] if e["id"] == row["local_id"])
    return render(request, "event.html", e=row, local=local, text=record["text"])


@pages.get("/actors", response_class=HTMLResponse)
def actors(request: Request, q: Annotated[str | None, Query(max_length=200)] = None,
           code: str | None = None, offset: Offset = 0) -> HTMLResponse:
    try:
        code = checked(check_code, "code", code)
    except HTTPException as exc:
        return render(request, "error.html", 422, message=str(exc.detail))
    with open_store(request) as store:
        return render(request, "actors.html", q=q or "", code=code or "", offset=offset, page=PAGE,
                      items=store.list_actors(q, code, PAGE, offset), total=store.count_actors(q, code))


@pages.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor(request: Request, actor_id: int) -> HTMLResponse:
    with open_store(request) as store:
        found = store.get_actor(actor_id) if 1 <= actor_id <= MAX_ID else None
    if found is None:
        return render(request, "error.html", 404, message=f"No actor {actor_id}.")
    return render(request, "actor.html", actor=found)


@pages.get("/dyads", response_class=HTMLResponse)
def dyads(request: Request, a: str = "", b: str = "",
          interval: Literal["day", "week", "month"] = "month") -> HTMLResponse:
    data, error = None, None
    if a and b:
        filters, error = _filters_or_error(request)
        try:
            a_code, b_code = checked(check_code, "a", a), checked(check_code, "b", b)
        except HTTPException as exc:
            filters, error = None, str(exc.detail)
        if filters is not None:
            with open_store(request) as store:
                data = dyad_payload(store, str(a_code), str(b_code), interval, filters)
    return render(request, "dyads.html", 422 if error else 200, a=a, b=b, interval=interval, data=data,
                  error=error, chart=dyad_chart(data["series"]) if data else None)


@pages.get("/network", response_class=HTMLResponse)
def network(request: Request) -> HTMLResponse:
    return render(request, "network.html", query=request.url.query)


@pages.get("/map", response_class=HTMLResponse)
def map_page(request: Request) -> HTMLResponse:
    filters, error = _filters_or_error(request)
    if filters is None:
        return render(request, "error.html", 422, message=error)
    with open_store(request) as store:
        locations = store.event_locations(**filters)
    return render(request, "map.html", svg=world_map(locations), locations=locations)
