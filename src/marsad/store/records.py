"""Mapping between EVENTS.md records (`Document.to_dict()`) and the store's rows.

Writing splits a record into its tables; reading puts it back together so that
`read_record(write_record(r)) == r` for every valid record. Validation runs first
so that a record with dangling actor ids is reported instead of half-stored.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from marsad.text.normalize import normalize

# Top-level record keys with their own columns or tables; any other key goes to `extra`.
ARTICLE_KEYS = ("doc_id", "source", "pub_date", "title", "url", "text", "actors", "events", "quotes")


def content_hash(text: str, doc_id: str | None) -> str:
    """The idempotency key: the exact text and the doc_id (see the store's module docs)."""
    return hashlib.sha256(text.encode("utf-8") + b"\x00" + (doc_id or "").encode("utf-8")).hexdigest()


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def validate_record(record: Any) -> str | None:
    """Why `record` cannot be stored, or None when it can."""
    if not isinstance(record, dict):
        return f"record is a {type(record).__name__}, not an object"
    if not isinstance(record.get("text"), str):
        return "record has no 'text' string"
    for key in ("actors", "events", "quotes"):
        if not isinstance(record.get(key, []), list):
            return f"'{key}' is not a list"
    try:
        actor_ids = [a["id"] for a in record.get("actors", [])]
    except (KeyError, TypeError):
        return "an actor has no 'id'"
    if len(set(actor_ids)) != len(actor_ids):
        return "duplicate actor ids"
    known = set(actor_ids)
    for event in record.get("events", []):
        if not isinstance(event, dict) or not event.get("id") or not event.get("type"):
            return "an event has no 'id' or 'type'"
        unknown = [a for a in [*event.get("actor", []), *event.get("recipient", [])] if a not in known]
        if unknown:
            return f"event {event['id']} refers to unknown actor ids {unknown}"
    for quote in record.get("quotes", []):
        if not isinstance(quote, dict) or not isinstance(quote.get("span"), dict):
            return "a quote has no 'span'"
        if quote.get("speaker") is not None and quote["speaker"] not in known:
            return f"quote speaker {quote['speaker']!r} is not an actor id"
    return None


def insert_record(conn: sqlite3.Connection, record: dict[str, Any], version: str) -> int | None:
    """Store one valid record; return its article id, or None if it was already stored."""
    text, doc_id = record["text"], str(record.get("doc_id") or "")
    extra = {k: v for k, v in record.items() if k not in ARTICLE_KEYS}
    row = conn.execute(
        "INSERT INTO articles (doc_id, content_hash, text_hash, source, pub_date, title, url, text,"
        " search_norm, extra, ingested_at, marsad_version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (content_hash) DO NOTHING RETURNING id",
        (
            doc_id,
            content_hash(text, doc_id),
            text_hash(text),
            record.get("source"),
            record.get("pub_date"),
            record.get("title"),
            record.get("url"),
            text,
            normalize(f"{record.get('title') or ''}\n{text}"),
            json.dumps(extra, ensure_ascii=False) if extra else None,
            datetime.now(UTC).isoformat(timespec="seconds"),
            version,
        ),
    ).fetchone()
    if row is None:
        return None
    article_id = row[0]
    actor_ids = {a["id"]: _insert_actor(conn, article_id, a) for a in record.get("actors", [])}
    for event in record.get("events", []):
        _insert_event(conn, article_id, event, actor_ids, record.get("pub_date"))
    for quote in record.get("quotes", []):
        _insert_quote(conn, article_id, quote, actor_ids)
    return article_id


def _insert_actor(conn: sqlite3.Connection, article_id: int, actor: dict[str, Any]) -> int:
    country, sector = actor.get("country") or "", actor.get("sector") or ""
    cursor = conn.execute(
        "INSERT INTO actors (article_id, local_id, name, country, sector, code, role, key, name_latin)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (article_id, actor["id"], actor.get("name") or "", country, sector, country + sector,
         actor.get("role") or "", actor.get("key"), actor.get("name_latin")),
    )
    actor_id = int(cursor.lastrowid or 0)
    conn.executemany(
        'INSERT INTO mentions (actor_id, start, "end", text) VALUES (?, ?, ?, ?)',
        [(actor_id, m["start"], m["end"], m["text"]) for m in actor.get("mentions", [])],
    )
    return actor_id


def _insert_event(
    conn: sqlite3.Connection, article_id: int, event: dict[str, Any], actor_ids: dict[str, int], pub_date: str | None
) -> None:
    location = event.get("location") or None
    event_id = conn.execute(
        "INSERT INTO events (article_id, local_id, type, mode, date, sort_date, location_name,"
        " location_country, status, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (article_id, event["id"], event["type"], event.get("mode") or "", event.get("date"),
         event.get("date") or pub_date,
         location.get("name") if location else None, location.get("country") if location else None,
         event.get("status") or "asserted", event.get("score")),
    ).lastrowid
    conn.executemany(
        "INSERT INTO event_contexts (event_id, context) VALUES (?, ?)",
        [(event_id, c) for c in event.get("context", [])],
    )
    conn.executemany(
        "INSERT INTO event_participants (event_id, actor_id, role) VALUES (?, ?, ?)",
        [(event_id, actor_ids[a], role) for role in ("actor", "recipient") for a in event.get(role, [])],
    )
    conn.executemany(
        'INSERT INTO triggers (event_id, start, "end", text) VALUES (?, ?, ?, ?)',
        [(event_id, t["start"], t["end"], t["text"]) for t in event.get("triggers", [])],
    )


def _insert_quote(conn: sqlite3.Connection, article_id: int, quote: dict[str, Any], actor_ids: dict[str, int]) -> None:
    span, cue = quote["span"], quote.get("cue") or {}
    conn.execute(
        'INSERT INTO quotes (article_id, speaker_actor_id, start, "end", text, cue_start, cue_end, cue_text)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (article_id, actor_ids.get(quote["speaker"]) if quote.get("speaker") else None,
         span["start"], span["end"], span["text"], cue.get("start"), cue.get("end"), cue.get("text")),
    )


def read_record(conn: sqlite3.Connection, article_id: int) -> dict[str, Any] | None:
    """The record stored under `article_id`, shaped as it was ingested."""
    article = conn.execute(
        "SELECT doc_id, source, pub_date, title, url, text, extra FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    if article is None:
        return None
    record: dict[str, Any] = json.loads(article["extra"]) if article["extra"] else {}
    record.update({k: article[k] for k in ("doc_id", "source", "pub_date", "title", "url", "text")})
    local = {}  # database actor id -> local id (a1)
    record["actors"] = []
    mentions = _grouped(conn, 'SELECT m.actor_id, m.start, m."end", m.text FROM mentions m'
                        " JOIN actors a ON a.id = m.actor_id WHERE a.article_id = ? ORDER BY m.id", article_id)
    for a in conn.execute("SELECT * FROM actors WHERE article_id = ? ORDER BY id", (article_id,)):
        local[a["id"]] = a["local_id"]
        actor = {"id": a["local_id"], "name": a["name"], "country": a["country"], "sector": a["sector"],
                 "role": a["role"], "mentions": mentions.get(a["id"], [])}
        actor.update({k: a[k] for k in ("key", "name_latin") if a[k] is not None})
        record["actors"].append(actor)
    record["events"] = _read_events(conn, article_id, local)
    record["quotes"] = [
        {"speaker": local.get(q["speaker_actor_id"]),
         "span": {"start": q["start"], "end": q["end"], "text": q["text"]},
         "cue": {"start": q["cue_start"], "end": q["cue_end"], "text": q["cue_text"]}
         if q["cue_start"] is not None else None}
        for q in conn.execute('SELECT * FROM quotes WHERE article_id = ? ORDER BY id', (article_id,))
    ]
    return record


def _read_events(conn: sqlite3.Connection, article_id: int, local: dict[int, str]) -> list[dict[str, Any]]:
    where = "JOIN events e ON e.id = x.event_id WHERE e.article_id = ? ORDER BY x.id"
    contexts = defaultdict(list)
    for row in conn.execute(f"SELECT x.event_id, x.context FROM event_contexts x {where}", (article_id,)):
        contexts[row[0]].append(row[1])
    roles: dict[tuple[int, str], list[str]] = defaultdict(list)
    for row in conn.execute(f"SELECT x.event_id, x.role, x.actor_id FROM event_participants x {where}", (article_id,)):
        roles[row[0], row[1]].append(local[row[2]])
    triggers = _grouped(conn, f'SELECT x.event_id, x.start, x."end", x.text FROM triggers x {where}', article_id)
    events = []
    for e in conn.execute("SELECT * FROM events WHERE article_id = ? ORDER BY id", (article_id,)):
        event = {
            "id": e["local_id"], "type": e["type"], "mode": e["mode"], "context": contexts[e["id"]],
            "actor": roles[e["id"], "actor"], "recipient": roles[e["id"], "recipient"],
            "triggers": triggers.get(e["id"], []), "date": e["date"],
            "location": {"name": e["location_name"], "country": e["location_country"]}
            if e["location_name"] is not None else None,
            "status": e["status"],
        }
        if e["score"] is not None:
            event["score"] = e["score"]
        events.append(event)
    return events


def _grouped(conn: sqlite3.Connection, sql: str, article_id: int) -> dict[int, list[dict[str, Any]]]:
    """Spans `(owner, start, end, text)` from `sql`, grouped by owner in row order."""
    spans: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for owner, start, end, text in conn.execute(sql, (article_id,)):
        spans[owner].append({"start": start, "end": end, "text": text})
    return spans
