"""The event store: EVENTS.md records in one SQLite file, queried as flat event rows.

Ingest is idempotent and resumable. An article's key is sha256 of its exact text
plus its doc_id, so storing the same article twice is skipped and counted, and a
run that died can simply be run again. The same text under a *different* doc_id is
stored again on purpose: wire stories are republished by several outlets, and
each outlet's copy is a separate report an analyst may want to count or not; the
`text_hash` column (sha256 of the text alone) lets queries group such copies.
Each batch of records is one transaction, so a crash loses only the batch in flight.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Any

import marsad
from marsad.store.filters import EventFilter, participant_condition, text_condition
from marsad.store.migrate import migrate
from marsad.store.records import content_hash, insert_record, read_record, validate_record
from marsad.text.normalize import normalize

# Columns of one flat event row, in export order.
EVENT_COLUMNS = (
    "id", "article_id", "local_id", "type", "mode", "context", "date", "location_name", "location_country",
    "status", "score", "actor_codes", "actor_names", "recipient_codes", "recipient_names", "triggers",
    "article_doc_id", "source", "pub_date",
)

# The flat event row's own columns, before `_flat_rows` attaches its lists.
_EVENT_SELECT = (
    "SELECT e.id, e.article_id, e.local_id, e.type, e.mode, e.date, e.location_name,"
    " e.location_country, e.status, e.score, a.doc_id AS article_doc_id, a.source, a.pub_date"
    " FROM events e JOIN articles a ON a.id = e.article_id"
)
# Bucket of an event's sort_date per time-series interval, and the date length it needs.
_PERIODS = {
    "day": ("substr(e.sort_date, 1, 10)", 10),
    "week": ("date(substr(e.sort_date, 1, 10), 'weekday 0', '-6 days')", 10),  # the Monday of its week
    "month": ("substr(e.sort_date, 1, 7)", 7),
}


@dataclass
class IngestStats:
    """What one ingest did: new articles, ones already stored, and records refused (doc_id, why)."""

    added: int = 0
    duplicates: int = 0
    invalid: list[tuple[str, str]] = field(default_factory=list)


class Store:
    """An open marsad database; use `Store.open(path)` as a context manager."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    @classmethod
    def open(cls, path: str | Path) -> Store:
        """Open (creating if needed) the database at `path` and bring its schema up to date."""
        conn = sqlite3.connect(str(path), isolation_level=None)  # transactions are explicit
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")  # other writers finish their batch first
        migrate(conn)
        return cls(conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def has_fts(self) -> bool:
        """Whether the FTS5 search index exists (else text search uses LIKE)."""
        return self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles_fts'").fetchone() is not None

    def ingest_records(self, records: Iterable[dict[str, Any]], batch_size: int = 200) -> IngestStats:
        """Store records (`Document.to_dict()` shape), `batch_size` per transaction.

        Records already stored are counted as duplicates; invalid ones are skipped
        and listed in `invalid`. An exception from `records` propagates after the
        batches before it have been committed; the batch being read is not written.
        """
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        stats = IngestStats()
        iterator = iter(records)
        # Read a whole batch before opening the transaction, so slow extraction never holds the write lock.
        while batch := list(islice(iterator, batch_size)):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for record in batch:
                    self._ingest_one(record, stats)
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
        return stats

    def _ingest_one(self, record: Any, stats: IngestStats) -> None:
        doc_id = str(record.get("doc_id") or "") if isinstance(record, dict) else ""
        problem = validate_record(record)
        if problem:
            stats.invalid.append((doc_id, problem))
            return
        version = marsad.__version__
        # A savepoint per record: a record the database refuses is undone alone, not its batch.
        self.conn.execute("SAVEPOINT record")
        try:
            article_id = insert_record(self.conn, record, version)
        except (sqlite3.IntegrityError, KeyError, TypeError) as exc:
            self.conn.execute("ROLLBACK TO record")
            stats.invalid.append((doc_id, f"cannot store: {type(exc).__name__}: {exc}"))
            return
        finally:
            self.conn.execute("RELEASE record")
        if article_id is None:
            stats.duplicates += 1
        else:
            stats.added += 1

    def contains(self, text: str, doc_id: str | None) -> bool:
        """Whether this exact article (text and doc_id) is already stored."""
        row = self.conn.execute("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash(text, doc_id),))
        return row.fetchone() is not None

    def query_events(
        self,
        *,
        actor: str | None = None,
        recipient: str | None = None,
        type: str | None = None,
        mode: str | None = None,
        context: str | None = None,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        status: str | None = "asserted",
        text: str | None = None,
        limit: int | None = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Flat event rows (see `EVENT_COLUMNS` and `EventFilter`), ordered by date then id.

        `limit=None` returns every match. Raises ValueError on invalid filter values.
        """
        where = EventFilter(actor, recipient, type, mode, context, since, until, source, status, text)
        sql, params = where.where(self.has_fts)
        if (limit is not None and limit < 0) or offset < 0:
            raise ValueError("limit and offset must not be negative")
        rows = self.conn.execute(
            f"{_EVENT_SELECT} WHERE {sql} ORDER BY e.sort_date IS NULL, e.sort_date, e.id LIMIT ? OFFSET ?",
            [*params, -1 if limit is None else limit, offset],
        ).fetchall()
        return self._flat_rows(rows)

    def count_events(self, **filters: Any) -> int:
        """How many events `query_events(**filters)` would return without a limit."""
        sql, params = EventFilter(**filters).where(self.has_fts)
        return self.conn.execute(
            f"SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id WHERE {sql}", params
        ).fetchone()[0]

    def _flat_rows(self, rows: list[sqlite3.Row]) -> list[dict[str, Any]]:
        """Attach contexts, participants and trigger texts to event rows, one query each."""
        ids = [row["id"] for row in rows]
        lists: dict[tuple[int, str], list[Any]] = defaultdict(list)
        for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
            marks = ",".join("?" * len(chunk))
            for r in self.conn.execute(f"SELECT event_id, context FROM event_contexts WHERE event_id IN ({marks})"
                                       " ORDER BY id", chunk):
                lists[r[0], "context"].append(r[1])
            for r in self.conn.execute(
                f"SELECT p.event_id, p.role, c.code, c.name FROM event_participants p JOIN actors c"
                f" ON c.id = p.actor_id WHERE p.event_id IN ({marks}) ORDER BY p.id", chunk
            ):
                lists[r[0], f"{r[1]}_codes"].append(r[2])
                lists[r[0], f"{r[1]}_names"].append(r[3])
            for r in self.conn.execute(f"SELECT event_id, text FROM triggers WHERE event_id IN ({marks})"
                                       " ORDER BY id", chunk):
                lists[r[0], "triggers"].append(r[1])
        out = []
        for row in rows:
            flat = dict(row)
            for name in ("context", "actor_codes", "actor_names", "recipient_codes", "recipient_names", "triggers"):
                flat[name] = lists.get((row["id"], name), [])
            out.append({name: flat[name] for name in EVENT_COLUMNS})
        return out

    def get_article(self, id_or_doc_id: int | str) -> dict[str, Any] | None:
        """The stored record by database id (int) or doc_id (str; the latest stored wins), or None."""
        if isinstance(id_or_doc_id, int):
            return read_record(self.conn, id_or_doc_id)
        row = self.conn.execute(
            "SELECT id FROM articles WHERE doc_id = ? ORDER BY id DESC LIMIT 1", (id_or_doc_id,)
        ).fetchone()
        return read_record(self.conn, row[0]) if row else None

    def iter_records(self) -> Iterator[dict[str, Any]]:
        """Every stored record, in ingest order (for re-export or re-scoring)."""
        last = 0
        while True:
            ids = [r[0] for r in self.conn.execute(
                "SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT 200", (last,))]
            if not ids:
                return
            for article_id in ids:
                record = read_record(self.conn, article_id)
                if record is not None:
                    yield record
            last = ids[-1]

    def search_articles(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        """Articles whose title or text contains `text`, spelling-folded, newest first."""
        clause, value = text_condition(text, self.has_fts)
        rows = self.conn.execute(
            f"SELECT id, doc_id, source, pub_date, title, url FROM articles WHERE id IN ({clause})"
            " ORDER BY pub_date DESC, id DESC LIMIT ?", (value, limit),
        )
        return [dict(r) for r in rows]

    def count_articles(self, text: str | None = None) -> int:
        """How many articles are stored, or contain `text` (spelling-folded) when given."""
        if not text:
            return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        clause, value = text_condition(text, self.has_fts)
        return self.conn.execute(f"SELECT count(*) FROM ({clause})", (value,)).fetchone()[0]

    def list_articles(self, text: str | None = None, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        """Article summaries (no text), newest first, with their event counts; `text` filters as in search."""
        where, params = "1", []
        if text:
            clause, value = text_condition(text, self.has_fts)
            where, params = f"a.id IN ({clause})", [value]
        rows = self.conn.execute(
            "SELECT a.id, a.doc_id, a.source, a.pub_date, a.title, a.url,"
            " (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events"
            f" FROM articles a WHERE {where} ORDER BY a.pub_date IS NULL, a.pub_date DESC, a.id DESC"
            " LIMIT ? OFFSET ?", [*params, limit, offset],
        )
        return [dict(r) for r in rows]

    def article_key(self, id_or_doc_id: int | str) -> int | None:
        """The database id of an article given its id or doc_id (the latest stored wins), or None."""
        if isinstance(id_or_doc_id, int):
            row = self.conn.execute("SELECT id FROM articles WHERE id = ?", (id_or_doc_id,)).fetchone()
        else:
            row = self.conn.execute(
                "SELECT id FROM articles WHERE doc_id = ? ORDER BY id DESC LIMIT 1", (id_or_doc_id,)).fetchone()
        return row[0] if row else None

    def local_ids(self, article_id: int) -> dict[str, dict[str, int]]:
        """Database ids of an article's actors and events by local id: {"actors": {"a1": 7}, "events": {...}}."""
        return {
            table: {r[0]: r[1] for r in self.conn.execute(
                f"SELECT local_id, id FROM {table} WHERE article_id = ?", (article_id,))}
            for table in ("actors", "events")
        }

    def get_event(self, event_id: int) -> dict[str, Any] | None:
        """One flat event row (any status) by database id, or None."""
        rows = self.conn.execute(f"{_EVENT_SELECT} WHERE e.id = ?", (event_id,)).fetchall()
        return self._flat_rows(rows)[0] if rows else None

    def _actor_where(self, text: str | None, code: str | None) -> tuple[str, list[object]]:
        """Condition on actors `c`: name or Latin name contains `text` (folded); code or country is `code`."""
        clauses, params = ["1"], []
        if text:
            self.conn.create_function("marsad_normalize", 1, normalize, deterministic=True)
            clauses.append("(instr(marsad_normalize(c.name), ?) > 0 OR instr(lower(coalesce(c.name_latin, '')), ?) > 0)")
            params += [normalize(text).strip(), text.strip().lower()]
        if code:
            clauses.append(f"c.{'country' if len(code) == 3 else 'code'} = ?")
            params.append(code)
        return " AND ".join(clauses), params

    def list_actors(
        self, text: str | None = None, code: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Actors across articles, one per (code, name), most events first; `id` is any of their rows' ids."""
        where, params = self._actor_where(text, code)
        rows = self.conn.execute(
            "SELECT min(c.id) AS id, c.name, c.code, c.country, c.sector, max(c.name_latin) AS name_latin,"
            " count(DISTINCT c.article_id) AS articles, count(DISTINCT p.event_id) AS events"
            f" FROM actors c LEFT JOIN event_participants p ON p.actor_id = c.id WHERE {where}"
            " GROUP BY c.code, c.name ORDER BY events DESC, articles DESC, id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [dict(r) for r in rows]

    def count_actors(self, text: str | None = None, code: str | None = None) -> int:
        """How many (code, name) actors `list_actors` would return without a limit."""
        where, params = self._actor_where(text, code)
        return self.conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM actors c WHERE {where} GROUP BY c.code, c.name)", params
        ).fetchone()[0]

    def get_actor(self, actor_id: int, limit: int = 500) -> dict[str, Any] | None:
        """The actor (all rows sharing the code and name of row `actor_id`) with its events and quotes."""
        row = self.conn.execute("SELECT code, name FROM actors WHERE id = ?", (actor_id,)).fetchone()
        if row is None:
            return None
        group = "SELECT id FROM actors WHERE code = ? AND name = ?"
        key = (row["code"], row["name"])
        actor = dict(self.conn.execute(
            "SELECT min(id) AS id, name, code, country, sector, max(name_latin) AS name_latin,"
            " group_concat(DISTINCT nullif(role, '')) AS roles, count(DISTINCT article_id) AS articles"
            " FROM actors WHERE code = ? AND name = ?", key).fetchone())
        actor["roles"] = actor["roles"].split(",") if actor["roles"] else []
        events = self.conn.execute(
            f"{_EVENT_SELECT} WHERE e.id IN (SELECT event_id FROM event_participants WHERE actor_id IN ({group}))"
            " ORDER BY e.sort_date IS NULL, e.sort_date DESC, e.id DESC LIMIT ?", (*key, limit),
        ).fetchall()
        actor["events"] = self._flat_rows(events)
        actor["quotes"] = [dict(r) for r in self.conn.execute(
            'SELECT q.id, q.article_id, a.doc_id AS article_doc_id, a.pub_date, q.start, q."end", q.text'
            f" FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_actor_id IN ({group})"
            " ORDER BY a.pub_date IS NULL, a.pub_date DESC, q.id LIMIT ?", (*key, limit),
        )]
        return actor

    def actor_network(self, limit: int = 100, **filters: Any) -> list[dict[str, Any]]:
        """Edges between actor codes weighted by events: actor -> recipient, and co-actors (in code order)."""
        sql, params = EventFilter(**filters).where(self.has_fts)
        rows = self.conn.execute(
            "SELECT ca.code AS source, cb.code AS target, count(DISTINCT e.id) AS events"
            " FROM events e JOIN articles a ON a.id = e.article_id"
            " JOIN event_participants pa ON pa.event_id = e.id AND pa.role = 'actor'"
            " JOIN actors ca ON ca.id = pa.actor_id"
            " JOIN event_participants pb ON pb.event_id = e.id AND pb.id != pa.id"
            " JOIN actors cb ON cb.id = pb.actor_id"
            f" WHERE {sql} AND ca.code != '' AND cb.code != '' AND ca.code != cb.code"
            " AND (pb.role = 'recipient' OR ca.code < cb.code)"
            " GROUP BY ca.code, cb.code ORDER BY events DESC, source, target LIMIT ?", [*params, limit],
        )
        return [dict(r) for r in rows]

    def dyad_series(self, a: str, b: str, interval: str = "month", **filters: Any) -> list[dict[str, Any]]:
        """Events involving both `a` and `b` (codes or countries, any role) per period, type and mode.

        Each row has `events`, `scored` (how many carry a stored score) and `score_sum` (their sum),
        so a caller can fill in the unscored ones. Events whose date is too partial for the
        interval (a bare month for `day`) are left out.
        """
        if interval not in _PERIODS:
            raise ValueError(f"unknown interval {interval!r}; valid: {', '.join(_PERIODS)}")
        period, length = _PERIODS[interval]
        sql, params = EventFilter(**filters).where(self.has_fts)
        rows = self.conn.execute(
            f"SELECT {period} AS period, e.type, e.mode, count(*) AS events, count(e.score) AS scored,"
            " coalesce(sum(e.score), 0) AS score_sum FROM events e JOIN articles a ON a.id = e.article_id"
            f" WHERE {sql} AND {participant_condition(a)} AND {participant_condition(b)}"
            " AND length(e.sort_date) >= ? GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
            [*params, a, b, length],
        )
        return [dict(r) for r in rows]

    def event_locations(self, limit: int = 500, **filters: Any) -> list[dict[str, Any]]:
        """Event counts per (location name, country), most events first."""
        sql, params = EventFilter(**filters).where(self.has_fts)
        rows = self.conn.execute(
            "SELECT e.location_name AS name, e.location_country AS country, count(*) AS events"
            f" FROM events e JOIN articles a ON a.id = e.article_id WHERE {sql} AND e.location_name IS NOT NULL"
            " GROUP BY 1, 2 ORDER BY events DESC, name LIMIT ?", [*params, limit],
        )
        return [dict(r) for r in rows]
