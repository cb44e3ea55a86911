"""`marsad extract`: one EVENTS.md record per article, as JSONL.

Batch runs over thousands of articles must finish even when some inputs are
broken, and must never leave a half-written output file. So unreadable items
and per-article failures are reported on stderr and counted, the output is
written to a temporary file and renamed only once the run completes, and the
exit code tells a script whether anything went wrong.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Iterator

import marsad
from marsad.text.reader import Article, InputError, InputProblem, iter_articles

EXAMPLES = """examples:
  marsad extract article.txt                      one record to stdout
  marsad extract news.jsonl.gz -o events.jsonl    a JSONL dump (id, text, published, ...)
  marsad extract pages/ saved.html -o out.jsonl   a folder (recursive) and a saved web page
  marsad extract big.txt --max-chars 30000000     allow a very long article
  marsad extract news.jsonl --strict              exit 1 if any item was skipped

Skipped items are reported on stderr as `marsad: skipped PATH[:LINE]: reason`.
Exit status: 0 when at least one article was extracted (or the input had none),
1 when nothing could be processed, or with --strict when anything was skipped.
"""


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract",
        help="extract events, actors and quotes as JSONL records",
        description="Read articles from text, HTML and JSONL files (or folders of them) and write one "
        "EVENTS.md record per article as a JSON line.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt, .html, .jsonl, .jsonl.gz file or folder")
    p.add_argument("-o", "--output", metavar="OUT.jsonl", help="write JSONL here (atomically) instead of stdout")
    p.add_argument(
        "--max-chars", type=int, default=5_000_000, metavar="N", help="skip articles longer than N characters (default 5,000,000)"
    )
    p.add_argument("--strict", action="store_true", help="exit 1 if any item was skipped")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Extract every readable article; report and count the rest."""
    items = iter_articles(args.inputs, max_chars=args.max_chars)
    try:
        first = next(items, None)  # surfaces InputError before any output file is created
    except InputError as exc:
        print(f"marsad: error: {exc}", file=sys.stderr)
        return 1
    extracted = skipped = 0
    with _output(args.output) as out, _progress() as tick:
        for item in _chain(first, items):
            result = _process(item)
            if isinstance(result, InputProblem):
                skipped += 1
                _report(f"marsad: skipped {result.origin}: {result.message}")
            else:
                extracted += 1
                out.write(result + "\n")
            tick()
    print(f"extracted {extracted} articles, skipped {skipped}" + (" (see above)" if skipped else ""), file=sys.stderr)
    if extracted == 0 and skipped:
        return 1
    return 1 if args.strict and skipped else 0


def _chain(first: Article | InputProblem | None, rest: Iterator[Article | InputProblem]) -> Iterator[Article | InputProblem]:
    if first is not None:
        yield first
        yield from rest


def _process(item: Article | InputProblem) -> str | InputProblem:
    """The record's JSON line, or a problem when the item is unreadable or extraction fails."""
    if isinstance(item, InputProblem):
        return item
    try:
        doc = marsad.extract(
            item.text, pub_date=item.pub_date, source=item.source, doc_id=item.doc_id, title=item.title, url=item.url
        )
        return json.dumps(doc.to_dict(), ensure_ascii=False)
    except Exception as exc:  # one bad article must not stop the batch
        return InputProblem(item.origin, f"extraction failed ({type(exc).__name__}: {exc})")


def _report(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    """stdout, or a temp file beside `path` renamed onto it only when the run completes."""
    if not path or path == "-":
        yield sys.stdout
        return
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def _progress() -> Iterator:
    """A `tick()` that drives a progress bar on a terminal stderr, shown from the second article on."""
    if not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(
        SpinnerColumn(), TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=Console(stderr=True), transient=True,
    )
    task = progress.add_task("extract", total=None)
    count = 0

    def tick() -> None:
        nonlocal count
        count += 1
        if count == 2:
            progress.start()
        progress.advance(task)

    try:
        yield tick
    finally:
        progress.stop()
