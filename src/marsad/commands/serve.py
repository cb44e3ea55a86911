"""`marsad serve`: the JSON API and web pages over a marsad database, on uvicorn.

`--demo` needs no database: it extracts the built-in example articles into a
temporary one, so a new user sees the reader, tables and charts at once.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from importlib import resources
from pathlib import Path

import marsad
from marsad.examples import example_article
from marsad.store import Store


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "serve",
        help="serve the JSON API and web pages over a database",
        description="Serve a database built by `marsad ingest`: web pages at /, JSON API at /api, docs at /docs. "
        "Set MARSAD_TOKEN to enable POST /api/articles; MARSAD_READ_TOKEN makes reading need a token too.",
    )
    p.add_argument("--db", default="marsad.sqlite", help="database file (default %(default)s)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default %(default)s)")
    p.add_argument("--port", type=int, default=8000, help="port (default %(default)s)")
    p.add_argument("--demo", action="store_true", help="serve a temporary database of the built-in examples")
    p.set_defaults(func=run)


def demo_records() -> list[dict]:
    """EVENTS.md records of the built-in example and any other `.txt` article in `marsad/examples/`."""
    text, meta = example_article()
    records = [marsad.extract(text, **meta).to_dict()]
    for path in sorted(resources.files("marsad.examples").iterdir(), key=lambda p: p.name):
        if path.name.endswith(".txt") and path.name != "example_ar.txt":
            records.append(marsad.extract(path.read_text(encoding="utf-8"), doc_id=path.name[:-4],
                                          source="marsad example").to_dict())
    return records


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from marsad.api import create_app

    db = Path(args.db)
    if args.demo:
        db = Path(tempfile.mkdtemp(prefix="marsad-demo-")) / "demo.sqlite"
        with Store.open(db) as store:
            stats = store.ingest_records(demo_records())
        print(f"demo database {db}: {stats.added} articles", file=sys.stderr)
    elif not db.is_file():
        print(f"marsad: error: no database at {db} (build one with marsad ingest, or use --demo)", file=sys.stderr)
        return 1
    print(f"marsad serving {db} at http://{args.host}:{args.port}/ (API docs: /docs)", flush=True)
    uvicorn.run(create_app(db), host=args.host, port=args.port, log_level="warning")
    return 0
