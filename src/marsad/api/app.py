"""Build the ASGI app: JSON API, web pages, local static assets and offline OpenAPI docs.

Nothing the pages or `/docs` load comes from outside the server: the Swagger UI
files are the ones the `fastapi-offline` package ships, served from here.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import fastapi_offline
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

import marsad
from marsad.api.routes import router
from marsad.api.security import BodyLimit, Settings
from marsad.doc import Document
from marsad.store import Store
from marsad.web.pages import STATIC_DIR, pages

SWAGGER_DIR = Path(fastapi_offline.__file__).parent / "static"


def create_app(
    db_path: str | Path,
    *,
    token: str | None = None,
    read_token: str | None = None,
    max_body: int = 2 * 1024 * 1024,
    extract: Callable[..., Document] | None = None,
) -> FastAPI:
    """The marsad server over the database at `db_path` (created if missing).

    `token` (default: env MARSAD_TOKEN) enables and guards ingest; `read_token`
    (default: env MARSAD_READ_TOKEN) guards reads too. `extract` replaces
    `marsad.extract` for ingest (tests, other pipelines).
    """
    Store.open(db_path).close()  # create and migrate now, not on the first request
    app = FastAPI(title="marsad", version=marsad.__version__, docs_url=None, redoc_url=None,
                  description="PLOVER political events extracted from Arabic news, each anchored in its article.")
    app.state.settings = Settings(
        db_path=str(db_path),
        token=token if token is not None else os.environ.get("MARSAD_TOKEN") or None,
        read_token=read_token if read_token is not None else os.environ.get("MARSAD_READ_TOKEN") or None,
        max_body=max_body,
    )
    app.state.extract = extract or marsad.extract
    app.add_middleware(BodyLimit, max_body=max_body)
    app.mount("/static/swagger", StaticFiles(directory=SWAGGER_DIR), name="swagger")
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(router)
    app.include_router(pages)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="marsad API",
                                   swagger_js_url="/static/swagger/swagger-ui-bundle.js",
                                   swagger_css_url="/static/swagger/swagger-ui.css",
                                   swagger_favicon_url="/static/swagger/favicon.png")

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        # One readable line per problem instead of pydantic's nested objects (which may hold raw bytes).
        problems = [f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in exc.errors()]
        return JSONResponse({"detail": "; ".join(problems) or "invalid request"}, status_code=422)

    return app
