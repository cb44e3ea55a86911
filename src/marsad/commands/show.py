"""`marsad show`: a readable summary of what marsad found in each article."""

from __future__ import annotations

import argparse
import sys

from rich.console import Console
from rich.table import Table

import marsad
from marsad.doc import Document
from marsad.examples import example_article
from marsad.text.reader import InputError, InputProblem, iter_articles

EXAMPLES = """examples:
  marsad show article.txt          events, actors and quotes of one article
  marsad show --example            the built-in example article
  marsad show news.jsonl --limit 3 the first three articles of a JSONL file
"""


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "show",
        help="print a readable summary of events, actors and quotes",
        description="Print each article's events as `actor → TYPE/mode → recipient (date, place)` with the "
        "Arabic evidence, then its quotes with speakers and its actors with codes.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="*", metavar="INPUT", help=".txt, .html, .jsonl(.gz) file or folder")
    p.add_argument("--example", action="store_true", help="show the built-in example article")
    p.add_argument("--limit", type=int, default=0, metavar="N", help="stop after N articles")
    p.set_defaults(func=run)


def _names(doc: Document, ids: list[str]) -> str:
    parts = []
    for i in ids:
        a = doc.actor(i)
        if a:
            parts.append(f"{a.code or '?'} ({a.name})")
    return ", ".join(parts) or "—"


def render(doc: Document, console: Console) -> None:
    """Print one document's findings."""
    title = doc.title or doc.doc_id or "article"
    console.rule(f"[bold]{title}[/] · {doc.pub_date or 'no date'} · {doc.source or 'unknown source'}")
    events = [e for e in doc.events if e.status == "asserted"]
    console.print(f"[bold]{len(events)} events[/]")
    for e in events:
        mode = f"/{e.mode}" if e.mode else ""
        where = e.location.name if e.location else "—"
        console.print(
            f"  {e.id}: {_names(doc, e.actor)} → [bold cyan]{e.type}{mode}[/] → {_names(doc, e.recipient)}"
            f"  ({e.date or 'no date'}, {where})"
        )
        console.print("      evidence: " + " · ".join(t.text for t in e.triggers[:6]), style="dim")
    other = [e for e in doc.events if e.status != "asserted"]
    if other:
        console.print(f"[dim]{len(other)} negated or hypothetical events not counted[/]")
    console.print(f"[bold]{len(doc.quotes)} quotes[/]")
    for q in doc.quotes:
        speaker = doc.actor(q.speaker) if q.speaker else None
        who = f"{speaker.name} ({speaker.code})" if speaker else "unknown speaker"
        text = q.span.text if len(q.span.text) < 110 else q.span.text[:107] + "…"
        console.print(f"  {who}: «{text}»")
    table = Table("id", "actor", "code", "role", "mentions", title="actors", title_justify="left")
    for a in doc.actors:
        table.add_row(a.id, a.name, a.code or "—", a.role or "", str(len(a.mentions)))
    console.print(table)


def run(args: argparse.Namespace) -> int:
    console = Console()
    if args.example or not args.inputs:
        if not args.example:
            print("marsad: no INPUT given; showing the built-in example (see --help)", file=sys.stderr)
        text, meta = example_article()
        render(marsad.extract(text, **meta), console)
        return 0
    shown = 0
    try:
        for item in iter_articles(args.inputs):
            if isinstance(item, InputProblem):
                print(f"marsad: skipped {item.origin}: {item.message}", file=sys.stderr)
                continue
            doc = marsad.extract(item.text, pub_date=item.pub_date, source=item.source, doc_id=item.doc_id, title=item.title, url=item.url)
            render(doc, console)
            shown += 1
            if args.limit and shown >= args.limit:
                break
    except InputError as exc:
        print(f"marsad: {exc}", file=sys.stderr)
        return 1
    return 0 if shown else 1
