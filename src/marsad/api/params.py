"""Query parameters shared by the API and the web pages, checked once with the store's own checkers.

A bad value becomes a 422 that says what is valid, never an empty result or a 500.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import HTTPException, Query

from marsad.store.filters import STATUSES, check_code, check_date, check_type

MAX_OFFSET = 10**9  # keeps OFFSET inside SQLite's integer range
MAX_ID = 2**62


def checked(check: Callable[[str], str], name: str, value: str | None) -> str | None:
    """`check(value)`, with a ValueError turned into a 422 naming the parameter."""
    if value is None or value == "":
        return None
    try:
        return check(value)
    except ValueError as exc:
        raise HTTPException(422, f"{name}: {exc}") from None


def event_filters(
    actor: Annotated[str | None, Query(description="initiator code or country, e.g. IRQ or IRQGOV")] = None,
    recipient: Annotated[str | None, Query(description="recipient code or country, e.g. RUS")] = None,
    type: Annotated[str | None, Query(description="PLOVER event type, e.g. CONSULT")] = None,
    mode: Annotated[str | None, Query(max_length=40, description="PLOVER mode, e.g. visit")] = None,
    context: Annotated[str | None, Query(max_length=40, description="PLOVER context, e.g. military")] = None,
    since: Annotated[str | None, Query(description="first date, YYYY-MM-DD (or YYYY-MM, YYYY), inclusive")] = None,
    until: Annotated[str | None, Query(description="last date, inclusive")] = None,
    source: Annotated[str | None, Query(max_length=200, description="article source, exactly as stored")] = None,
    text: Annotated[str | None, Query(max_length=200, description="only articles containing this text")] = None,
    status: Annotated[str, Query(description=f"one of {', '.join(STATUSES)} or any")] = "asserted",
) -> dict[str, Any]:
    """The keyword arguments of `Store.query_events` / `count_events`, validated."""
    if status not in (*STATUSES, "any"):
        raise HTTPException(422, f"status: unknown {status!r}; valid: {', '.join(STATUSES)}, any")
    return {
        "actor": checked(check_code, "actor", actor), "recipient": checked(check_code, "recipient", recipient),
        "type": checked(check_type, "type", type), "mode": mode or None, "context": context or None,
        "since": checked(check_date, "since", since), "until": checked(check_date, "until", until),
        "source": source or None, "text": text or None, "status": None if status == "any" else status,
    }


def page_size(default: int, most: int) -> Any:
    """A `limit` query parameter between 1 and `most`."""
    return Query(default, ge=1, le=most, description=f"at most this many items (1-{most})")


Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="skip this many first")]
