"""EVENTS.md records as Arrow rows: one table each for articles, actors, events and quotes.

Analysts query corpus output with SQL and dataframes, not by re-parsing JSON,
so each record type becomes its own flat table keyed by the article `doc_id`.
Schemas are explicit so that every Parquet file of a dataset agrees even when a
partition happens to have no quotes or no dated event. Event rows also carry
the actor and recipient *codes* and the article's source and date, which is what
cross-article deduplication groups on without joining back to the actors.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pyarrow as pa

SPAN = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])
PLACE = pa.struct([("name", pa.string()), ("country", pa.string())])
STRINGS = pa.list_(pa.string())

ARTICLES = pa.schema(
    [
        ("doc_id", pa.string()),
        ("source", pa.string()),
        ("pub_date", pa.string()),
        ("title", pa.string()),
        ("url", pa.string()),
        ("text", pa.string()),
        ("schema", pa.string()),
        ("origin", pa.string()),
        ("partition", pa.string()),
    ]
)
ACTORS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("id", pa.string()),
        ("name", pa.string()),
        ("country", pa.string()),
        ("sector", pa.string()),
        ("role", pa.string()),
        ("mentions", pa.list_(SPAN)),
        ("key", pa.string()),
        ("name_latin", pa.string()),
        ("code", pa.string()),
    ]
)
EVENTS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("id", pa.string()),
        ("type", pa.string()),
        ("mode", pa.string()),
        ("context", STRINGS),
        ("actor", STRINGS),
        ("recipient", STRINGS),
        ("triggers", pa.list_(SPAN)),
        ("date", pa.string()),
        ("location", PLACE),
        ("status", pa.string()),
        ("score", pa.float64()),
        ("actor_codes", STRINGS),
        ("recipient_codes", STRINGS),
        ("pub_date", pa.string()),
        ("source", pa.string()),
    ]
)
QUOTES = pa.schema(
    [
        ("doc_id", pa.string()),
        ("speaker", pa.string()),
        ("span", SPAN),
        ("cue", SPAN),
    ]
)
TABLES: dict[str, pa.Schema] = {"articles": ARTICLES, "actors": ACTORS, "events": EVENTS, "quotes": QUOTES}
# Columns derived here or added by the batch run, i.e. not in the EVENTS.md record itself.
DERIVED = {"doc_id", "origin", "partition", "code", "actor_codes", "recipient_codes", "pub_date", "source"}


def month_of(pub_date: str | None) -> str:
    """The `month=` partition value: `YYYY-MM`, or `unknown` for undated articles."""
    return pub_date[:7] if pub_date and len(pub_date) >= 7 else "unknown"


def record_rows(record: dict[str, Any], origin: str = "", partition: str = "") -> dict[str, list[dict[str, Any]]]:
    """Rows of each table for one `Document.to_dict()` record."""
    doc_id = record["doc_id"]
    codes = {a["id"]: a["country"] + a["sector"] for a in record["actors"]}
    article = {k: v for k, v in record.items() if k not in ("actors", "events", "quotes")}
    article.update(origin=origin, partition=partition)
    return {
        "articles": [article],
        "actors": [{"doc_id": doc_id, **a, "code": codes[a["id"]]} for a in record["actors"]],
        "events": [
            {
                "doc_id": doc_id,
                **e,
                "actor_codes": _codes(e["actor"], codes),
                "recipient_codes": _codes(e["recipient"], codes),
                "pub_date": record["pub_date"],
                "source": record["source"],
            }
            for e in record["events"]
        ],
        "quotes": [{"doc_id": doc_id, **q} for q in record["quotes"]],
    }


def _codes(actor_ids: Iterable[str], codes: dict[str, str]) -> list[str]:
    """Sorted distinct actor codes: the set that deduplication compares."""
    return sorted({codes.get(a, "") for a in actor_ids})


def unknown_fields(rows: dict[str, list[dict[str, Any]]]) -> list[str]:
    """`table.field` names a record has but the schemas lack (they would be silently dropped)."""
    missing = set()
    for name, table_rows in rows.items():
        known = set(TABLES[name].names)
        missing.update(f"{name}.{k}" for row in table_rows for k in row if k not in known)
    return sorted(missing)


def to_tables(rows: dict[str, list[dict[str, Any]]]) -> dict[str, pa.Table]:
    """Arrow tables, with the fixed schemas, from accumulated rows."""
    return {name: pa.Table.from_pylist(rows.get(name, []), schema=schema) for name, schema in TABLES.items()}
