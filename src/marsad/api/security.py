"""Who may read and who may write: bearer tokens, and a cap on request bodies.

Ingest runs the extraction pipeline on whatever it is sent, so it is off unless
`MARSAD_TOKEN` is set and every write must present that token. Reads are public
unless `MARSAD_READ_TOKEN` is set. Tokens are compared in constant time.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass

from fastapi import HTTPException, Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

READ_COOKIE = "marsad_token"  # lets a browser hold the read token after one `?token=` visit


@dataclass(frozen=True)
class Settings:
    """What `create_app` was configured with (tokens from the environment by default)."""

    db_path: str
    token: str | None = None
    read_token: str | None = None
    max_body: int = 2 * 1024 * 1024


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def _check(given: str | None, expected: str, what: str) -> None:
    if given is None:
        raise HTTPException(401, f"{what} needs a token: send 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})
    if not secrets.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(403, "wrong token")


def require_read(request: Request) -> None:
    """Dependency of every read route: passes unless a read token is set and not presented."""
    settings: Settings = request.app.state.settings
    if settings.read_token:
        given = _bearer(request) or request.cookies.get(READ_COOKIE) or request.query_params.get("token")
        _check(given, settings.read_token, "reading")


def require_write(request: Request) -> None:
    """Dependency of ingest: 403 when ingest is disabled, 401 without a token, 403 with a wrong one."""
    settings: Settings = request.app.state.settings
    if not settings.token:
        raise HTTPException(403, "ingest is disabled: start the server with MARSAD_TOKEN set to enable it")
    _check(_bearer(request), settings.token, "ingest")


class _TooLarge(Exception):
    pass


class BodyLimit:
    """ASGI middleware answering 413 to a body over `max_body` bytes, declared or streamed."""

    def __init__(self, app: ASGIApp, max_body: int):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_body:
            await self._refuse(send)
            return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                raise _TooLarge
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except _TooLarge:
            if not started:
                await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        body = json.dumps({"detail": f"request body over {self.max_body} bytes"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
