"""Cross-article deduplication: one corpus event per real-world event, however many outlets report it.

Counting raw events over-weights whatever many outlets cover, so events from
different articles are linked when they agree on what PLOVER aggregates on:
same type, same actor code set, same recipient code set, compatible place
(same country, or one side has none), and close dates:

* both events dated (`YYYY-MM-DD`): within +-1 day. News reports an event the
  day it happens or the next morning, and outlets in different time zones date
  the same night differently; a wider window starts merging recurring events
  (daily strikes, weekly talks) that share a dyad.
* either side undated (or only `YYYY-MM`): the article's publication day stands
  in for the event day, and must be *equal*. A publication date only bounds the
  event from above, so this tighter rule keeps same-day wire copies together
  without gluing, say, Monday's and Tuesday's separate shelling reports.
* a partial date (`YYYY`, `YYYY-MM`) is still a constraint: the other side's
  day (or partial date) must fall inside it, so a background event dated 1979
  never joins a report published in 2015.

Clusters are complete-linkage (every pair of members satisfies the rule), so a
chain of daily events cannot drift into one cluster, and never hold two events
of the same article (the pipeline already merged restatements within one).
Events with no actor code at all, or no date of any kind, stay single.

The sweep is streaming-friendly: group by (type, actor codes, recipient codes),
sort each group by day, and keep only the clusters still within the window open.
"""

from __future__ import annotations

import hashlib
import itertools
import shutil
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from marsad.batch.rows import PLACE, STRINGS, month_of

DATED_WINDOW_DAYS = 1
UNDATED_WINDOW_DAYS = 0
COLUMNS = ["doc_id", "id", "type", "mode", "actor_codes", "recipient_codes", "date", "location", "status", "pub_date", "source"]
MEMBER = pa.struct([("doc_id", pa.string()), ("event_id", pa.string())])
CORPUS_EVENTS = pa.schema(
    [
        ("corpus_event_id", pa.string()),
        ("type", pa.string()),
        ("mode", pa.string()),
        ("actor_codes", STRINGS),
        ("recipient_codes", STRINGS),
        ("date", pa.string()),
        ("date_source", pa.string()),  # "event" (an event's own date) or "pub_date" (none was dated)
        ("place", PLACE),
        ("num_articles", pa.int64()),
        ("num_sources", pa.int64()),
        ("members", pa.list_(MEMBER)),
        ("sources", STRINGS),
    ]
)


@dataclass
class _Member:
    row: dict[str, Any]
    day: date | None  # the day compared: the event's own, else the publication day
    dated: bool  # `day` is the event's own full date

    @property
    def country(self) -> str:
        return (self.row["location"] or {}).get("country") or ""

    @property
    def partial(self) -> str:
        """The event's own partial date (`YYYY`, `YYYY-MM`), or "" when it has a full date or none."""
        own = self.row["date"] or ""
        return own if not self.dated and len(own) in (4, 7) else ""


@dataclass
class _Cluster:
    members: list[_Member] = field(default_factory=list)

    def accepts(self, new: _Member) -> bool:
        """Complete linkage: `new` is compatible with every member."""
        return all(_compatible(m, new) for m in self.members)


def _compatible(a: _Member, b: _Member) -> bool:
    if a.row["doc_id"] == b.row["doc_id"]:
        return False
    if a.country and b.country and a.country != b.country:
        return False
    if a.partial or b.partial:  # a partial date must contain the other side's (partial) date or day
        x, y = a.partial or a.day.isoformat(), b.partial or b.day.isoformat()
        if not (x.startswith(y) or y.startswith(x)):
            return False
    window = DATED_WINDOW_DAYS if a.dated and b.dated else UNDATED_WINDOW_DAYS
    return abs((a.day - b.day).days) <= window


def deduplicate(events: pa.Table) -> pa.Table:
    """Corpus events (schema `CORPUS_EVENTS`) from an events table of a batch output; asserted events only."""
    rows = [r for r in events.select(COLUMNS).to_pylist() if r["status"] == "asserted"]
    members = [_member(r) for r in rows]
    linkable = sorted((m for m in members if _linkable(m)), key=lambda m: (_group_key(m.row), m.day, _order(m.row)))
    clusters = [c for _, group in itertools.groupby(linkable, key=lambda m: _group_key(m.row)) for c in _sweep(group)]
    clusters += [_Cluster([m]) for m in members if not _linkable(m)]
    out = sorted((_corpus_event(c) for c in clusters), key=lambda r: (r["date"] or "", r["corpus_event_id"]))
    return pa.Table.from_pylist(out, schema=CORPUS_EVENTS)


def _member(row: dict[str, Any]) -> _Member:
    own = _day(row["date"])
    return _Member(row, own or _day(row["pub_date"]), own is not None)


def _day(value: str | None) -> date | None:
    """A full `YYYY-MM-DD` date, or None for missing and partial (`YYYY-MM`, `YYYY`) dates."""
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _linkable(m: _Member) -> bool:
    return m.day is not None and any(m.row["actor_codes"] or [])


def _group_key(row: dict[str, Any]) -> tuple:
    return row["type"], tuple(row["actor_codes"] or ()), tuple(row["recipient_codes"] or ())


def _order(row: dict[str, Any]) -> tuple[str, str]:
    return row["doc_id"], row["id"]


def _sweep(group: Iterable[_Member]) -> Iterator[_Cluster]:
    """Clusters of one (type, actors, recipients) group whose members arrive sorted by day."""
    open_clusters: list[_Cluster] = []
    for m in group:
        # A cluster whose first day is beyond the widest window can take no later member.
        still_open = []
        for c in open_clusters:
            if (m.day - c.members[0].day).days > DATED_WINDOW_DAYS:
                yield c
            else:
                still_open.append(c)
        open_clusters = still_open
        target = next((c for c in open_clusters if c.accepts(m)), None)
        if target is None:
            open_clusters.append(_Cluster([m]))
        else:
            target.members.append(m)
    yield from open_clusters


def _corpus_event(cluster: _Cluster) -> dict[str, Any]:
    rows = sorted((m.row for m in cluster.members), key=_order)
    first = rows[0]
    modes = Counter(r["mode"] for r in rows if r["mode"])
    full = [r["date"] for r in rows if _day(r["date"])]
    partial = [r["date"] for r in rows if r["date"]]
    event_dates = full or partial
    published = [r["pub_date"] for r in rows if r["pub_date"]]
    sources = sorted({r["source"] for r in rows if r["source"]})
    ids = "|".join(f"{r['doc_id']}#{r['id']}" for r in rows)
    return {
        "corpus_event_id": "ce-" + hashlib.sha1(ids.encode("utf-8")).hexdigest()[:12],
        "type": first["type"],
        "mode": min(modes, key=lambda k: (-modes[k], k)) if modes else "",
        "actor_codes": first["actor_codes"],
        "recipient_codes": first["recipient_codes"],
        "date": min(event_dates) if event_dates else min(published, default=None),
        "date_source": "event" if event_dates else "pub_date",
        "place": next((r["location"] for r in rows if r["location"] and r["location"].get("country")), None)
        or next((r["location"] for r in rows if r["location"]), None),
        "num_articles": len({r["doc_id"] for r in rows}),
        "num_sources": len(sources),
        "members": [{"doc_id": r["doc_id"], "event_id": r["id"]} for r in rows],
        "sources": sources,
    }


def write_corpus_events(out: Path, corpus: pa.Table) -> None:
    """Replace `out/corpus_events/` (by month of the corpus date) with `corpus`, swapping whole folders."""
    target = out / "corpus_events"
    tmp, old = out / ".corpus_events.tmp", out / ".corpus_events.old"
    for leftover in (tmp, old):
        shutil.rmtree(leftover, ignore_errors=True)
    months = [month_of(d) for d in corpus.column("date").to_pylist()]
    for month in sorted(set(months)):
        mask = pa.array([m == month for m in months])
        (tmp / f"month={month}").mkdir(parents=True)
        pq.write_table(corpus.filter(mask), tmp / f"month={month}" / "part-0.parquet")
    tmp.mkdir(exist_ok=True)
    if target.exists():
        target.rename(old)
    tmp.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def deduplicate_output(out: Path) -> tuple[int, int]:
    """Run deduplication over a batch output folder; returns (asserted raw events, corpus events)."""
    from marsad.batch.store import read_table

    events = read_table(out, "events", columns=COLUMNS)
    corpus = deduplicate(events)
    write_corpus_events(out, corpus)
    raw = sum(1 for s in events.column("status").to_pylist() if s == "asserted")
    return raw, corpus.num_rows
