"""The `marsad` command: one module per subcommand under `marsad.commands`."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from marsad.commands import COMMANDS

EPILOG = """examples:
  marsad show article.txt                 readable summary of events and quotes
  marsad extract news.jsonl -o out.jsonl  one EVENTS.md record per article
  marsad ingest news.jsonl --db marsad.sqlite
  marsad eval ../shared/gold/dev          scores against hand-annotated gold
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="marsad",
        description="Arabic news in, PLOVER political event data out: who did what to whom, "
        "when and where, who said what, each record anchored in the article's characters.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"marsad.commands.{name}").add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `marsad events ... | head`: the reader left; that is not an error
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
