"""`marsad extract`: one EVENTS.md record per article, as JSONL."""

from __future__ import annotations

import argparse
import json
import sys

import marsad


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="extract events, actors and quotes as JSONL records")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="text, HTML or JSONL file")
    p.add_argument("-o", "--output", help="write JSONL here instead of stdout")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    for path in args.inputs:
        with open(path, encoding="utf-8") as fh:
            doc = marsad.extract(fh.read())
        out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
    return 0
