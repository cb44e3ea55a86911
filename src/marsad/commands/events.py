"""`marsad events`: select stored events by actor, type, date and source, and export them.

Filter values are checked before the database is touched, so a typo in a type or
a date is an error that lists what is valid, never an empty file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from marsad.store import Store
from marsad.store.export import FORMATS, write_csv, write_jsonl, write_parquet
from marsad.store.filters import STATUSES, check_code, check_date, check_type


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "events",
        help="export stored events as CSV, JSONL or Parquet",
        description="Export events from a database built by `marsad ingest`. Actor codes match exactly "
        "(IRQGOV) or, given a country (IRQ), every code of that country. Dates are inclusive and use "
        "the event's date, else the article's publication date.",
    )
    p.add_argument("--db", default="marsad.sqlite", help="database file (default %(default)s)")
    p.add_argument("--actor", type=_checked(check_code), help="initiator code or country, e.g. IRQ or IRQGOV")
    p.add_argument("--recipient", type=_checked(check_code), help="recipient code or country, e.g. RUS")
    p.add_argument("--type", type=_checked(check_type), help="PLOVER event type, e.g. CONSULT")
    p.add_argument("--mode", help="PLOVER mode, e.g. visit")
    p.add_argument("--context", help="PLOVER context, e.g. military")
    p.add_argument("--since", type=_checked(check_date), help="first date, YYYY-MM-DD (or YYYY-MM, YYYY)")
    p.add_argument("--until", type=_checked(check_date), help="last date, inclusive")
    p.add_argument("--source", help="article source, exactly as stored")
    p.add_argument("--text", help="only articles containing this text (spelling-tolerant)")
    p.add_argument("--status", choices=[*STATUSES, "any"], default="asserted", help="default %(default)s")
    p.add_argument("--limit", type=_checked(_non_negative), help="at most this many events (default all)")
    p.add_argument("--offset", type=_checked(_non_negative), default=0, help="skip this many first")
    p.add_argument("--format", choices=FORMATS, default="csv", help="default %(default)s")
    p.add_argument("-o", "--output", help="write here instead of stdout (required for parquet)")
    p.set_defaults(func=run)


def _non_negative(value: str) -> int:
    if not value.isdigit():
        raise ValueError(f"expected a whole number of 0 or more, got {value!r}")
    return int(value)


def _checked(check: Callable[[str], object]) -> Callable[[str], object]:
    """An argparse type from a checker that raises ValueError with a readable message."""

    def convert(value: str) -> object:
        try:
            return check(value)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return convert


def run(args: argparse.Namespace) -> int:
    if args.format == "parquet" and not args.output:
        print("marsad: error: --format parquet needs an output file (-o FILE)", file=sys.stderr)
        return 2
    if not Path(args.db).is_file():
        print(f"marsad: error: no database at {args.db} (build one with marsad ingest)", file=sys.stderr)
        return 1
    with Store.open(args.db) as store:
        rows = store.query_events(
            actor=args.actor, recipient=args.recipient, type=args.type, mode=args.mode, context=args.context,
            since=args.since, until=args.until, source=args.source, text=args.text,
            status=None if args.status == "any" else args.status, limit=args.limit, offset=args.offset,
        )
    if args.format == "parquet":
        count = write_parquet(rows, args.output)
    else:
        writer = write_csv if args.format == "csv" else write_jsonl
        if args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                count = writer(rows, out)
        else:
            count = writer(rows, sys.stdout)
    if args.output:
        print(f"wrote {count} events to {args.output}", file=sys.stderr)
    return 0
