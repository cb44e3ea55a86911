"""`marsad explain`: why an event exists, and where its actor codes come from."""

from __future__ import annotations

import argparse
import sys

from rich.console import Console

import marsad
from marsad.doc import Document, Event
from marsad.text.reader import Article, InputError, iter_articles

EXAMPLES = """examples:
  marsad explain article.txt               list the article's events with their numbers
  marsad explain article.txt --event 2     the trigger, rule and table entries behind event e2
  marsad explain news.jsonl --doc 17 --event 1
"""


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "explain",
        help="show which trigger, rule and table entries produced an event",
        description="Show why marsad coded an event: the trigger words and lexicon entry, the word-order rule "
        "that chose actor and recipient, status markers, and how each actor got its country and sector.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("input", metavar="INPUT", help=".txt, .html or .jsonl(.gz) file")
    p.add_argument("--event", type=int, default=0, metavar="N", help="explain event eN (default: list the events)")
    p.add_argument("--doc", type=int, default=1, metavar="K", help="the K-th article of a multi-article file (default 1)")
    p.set_defaults(func=run)


def _context(doc: Document, start: int, end: int, width: int = 60) -> str:
    left = doc.text[max(0, start - width) : start].replace("\n", " ")
    right = doc.text[end : end + width].replace("\n", " ")
    return f"…{left}[{doc.text[start:end]}]{right}…"


def explain_event(doc: Document, ev: Event, console: Console) -> None:
    """Print the evidence behind one event."""
    console.rule(f"{ev.id}: {ev.type}{'/' + ev.mode if ev.mode else ''} ({ev.status})")
    console.print(f"rule: {ev.rule or '—'}")
    for line in dict.fromkeys(ev.evidence):
        console.print(f"lexicon: {line}")
    for t in ev.triggers:
        console.print(f"trigger [{t.start}:{t.end}] {_context(doc, t.start, t.end)}")
    console.print(f"date: {ev.date or 'not placed by the text'} · place: {ev.location.name if ev.location else '—'}"
                  f" · score: {ev.score}")
    for role, ids in (("actor", ev.actor), ("recipient", ev.recipient)):
        for actor_id in ids:
            a = doc.actor(actor_id)
            if a is None:
                continue
            console.print(f"{role}: {a.id} {a.name} ({a.name_latin}) → [bold]{a.code or '?'}[/] — {a.basis or a.kind}")
            for m in a.mentions[:4]:
                console.print(f"    mention [{m.start}:{m.end}] {m.text}", style="dim")


def run(args: argparse.Namespace) -> int:
    console = Console()
    try:
        articles = [a for a in iter_articles([args.input]) if isinstance(a, Article)]
    except InputError as exc:
        print(f"marsad: {exc}", file=sys.stderr)
        return 1
    if not 1 <= args.doc <= len(articles):
        print(f"marsad: {args.input} has {len(articles)} readable article(s); --doc {args.doc} is out of range", file=sys.stderr)
        return 1
    item = articles[args.doc - 1]
    doc = marsad.extract(item.text, pub_date=item.pub_date, source=item.source, doc_id=item.doc_id)
    if not args.event:
        for ev in doc.events:
            console.print(f"e{ev.id[1:]}: {ev.type}{'/' + ev.mode if ev.mode else ''} {ev.status} — "
                          + " · ".join(t.text for t in ev.triggers[:4]))
        console.print(f"[dim]{len(doc.events)} events; run with --event N for one of them[/]")
        return 0
    ev = next((e for e in doc.events if e.id == f"e{args.event}"), None)
    if ev is None:
        print(f"marsad: no event e{args.event} (the article has {len(doc.events)})", file=sys.stderr)
        return 1
    explain_event(doc, ev, console)
    return 0
