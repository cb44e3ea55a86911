"""Schema migrations: numbered SQL files applied in order, each in one transaction.

A later version of marsad changes the schema by adding `migrations/NNNN_name.sql`;
opening an older database applies only the files it has not seen, so stored data
is never rebuilt from scratch. A file whose first line is `-- requires: fts5`
is skipped (and retried on a later open) where SQLite was built without FTS5.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
_REQUIRES = re.compile(r"^--\s*requires:\s*(\w+)", re.IGNORECASE)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str

    @property
    def requires(self) -> str | None:
        match = _REQUIRES.match(self.sql)
        return match.group(1).lower() if match else None


@lru_cache(maxsize=1)
def available_migrations() -> tuple[Migration, ...]:
    """The migration files shipped in the package, in version order."""
    found = []
    for entry in resources.files("marsad.store").joinpath("migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"duplicate migration versions in {[m.name for m in found]}")
    return tuple(found)


def has_fts5(conn: sqlite3.Connection) -> bool:
    """Whether this SQLite build can create FTS5 tables."""
    options = {row[0] for row in conn.execute("PRAGMA compile_options")}
    return "ENABLE_FTS5" in options


def applied_versions(conn: sqlite3.Connection) -> set[int]:
    return {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}


def migrate(conn: sqlite3.Connection, migrations: tuple[Migration, ...] | None = None) -> list[str]:
    """Apply pending migrations; return the names applied. `conn` must be in autocommit mode."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    done = applied_versions(conn)
    capabilities = {"fts5": has_fts5(conn)}
    applied = []
    for migration in migrations if migrations is not None else available_migrations():
        if migration.version in done:
            continue
        if migration.requires and not capabilities.get(migration.requires, False):
            continue
        _apply(conn, migration)
        applied.append(migration.name)
    return applied


def _apply(conn: sqlite3.Connection, migration: Migration) -> None:
    # executescript cannot take parameters; version and name come from a checked file name.
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    script = (
        f"BEGIN IMMEDIATE;\n{migration.sql}\n;"
        f"INSERT INTO schema_migrations (version, name, applied_at) "
        f"VALUES ({migration.version}, '{migration.name}', '{stamp}');\nCOMMIT;"
    )
    try:
        conn.executescript(script)
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise RuntimeError(f"migration {migration.name} failed: {exc}") from exc
