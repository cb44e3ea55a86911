"""What a code change does to event records on articles no gold covers.

Dev-gold scores move only where the 37 gold articles have a case; a rule can
also change many records on unseen news. This script dumps the event records
of a fixed random sample of a corpus, once per code revision, and compares two
dumps record by record (same article, same trigger offset), so the changed
records can be counted and read by hand.

    # records of the working tree
    python benchmarks/record_diff.py dump ../shared/data/news/ant_middleeast_2018.jsonl.gz /tmp/new.json
    # records of an older revision, from a worktree of it
    git worktree add /tmp/old REV
    PYTHONPATH=/tmp/old/src python benchmarks/record_diff.py dump ../shared/data/news/ant_middleeast_2018.jsonl.gz /tmp/old.json
    # counts, then every change with its context
    python benchmarks/record_diff.py compare /tmp/old.json /tmp/new.json --show removed --limit 20 --seed 1
    # a random sample of one revision's asserted records, to judge its precision by hand
    python benchmarks/record_diff.py sample /tmp/new.json --limit 30 --seed 2026
    # the same sample of an older dump, marked where the new dump removed or changed a record (a paired re-score)
    python benchmarks/record_diff.py sample /tmp/old.json --limit 30 --seed 2026 --against /tmp/new.json
    # quote speakers too (records of type QUOTE; `compare --show changed` lists the quotes whose speaker changed)
    python benchmarks/record_diff.py dump --quotes ../shared/data/news/ant_middleeast_2018.jsonl.gz /tmp/new_q.json
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

CONTEXT_BEFORE = 80  # characters shown before the trigger
CONTEXT_AFTER = 40


def dump(inputs: list[str], out: Path, sample: int, seed: int, quotes: bool = False) -> int:
    """Write {doc_id|trigger_start: [type, actor codes, recipient codes, context, status]} for a seeded sample;
    with `quotes`, also {doc_id|q<quote_start>: ["QUOTE", [speaker code], [], context, "asserted"]}, so that
    `compare` counts the quotes whose speaker changed."""
    import marsad  # imported here so that `compare` runs without the package installed
    from marsad.text.reader import Article, iter_articles

    articles = [item for item in iter_articles(inputs) if isinstance(item, Article)]
    chosen = random.Random(seed).sample(articles, min(sample, len(articles)))
    records: dict[str, list] = {}
    for item in chosen:
        doc = marsad.extract(item.text, pub_date=item.pub_date, source=item.source, doc_id=item.doc_id, title=item.title)
        for event in doc.events:
            trigger = event.triggers[0]
            context = doc.text[max(0, trigger.start - CONTEXT_BEFORE) : trigger.end + CONTEXT_AFTER].replace("\n", " ")
            records[f"{item.doc_id}|{trigger.start}"] = [
                event.type,
                [doc.actor(a).code for a in event.actor],
                [doc.actor(a).code for a in event.recipient],
                context,
                event.status,  # negated and hypothetical records are kept: a rule may move a record between statuses
            ]
        for quote in doc.quotes if quotes else ():
            speaker = [doc.actor(quote.speaker).code] if quote.speaker else []
            context = doc.text[max(0, quote.span.start - CONTEXT_BEFORE) : quote.span.start + CONTEXT_AFTER].replace("\n", " ")
            records[f"{item.doc_id}|q{quote.span.start}"] = ["QUOTE", speaker, [], context, "asserted"]
    out.write_text(json.dumps(records, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    print(f"{len(chosen)} articles, {len(records)} events -> {out}")
    return 0


def compare(old_path: Path, new_path: Path, show: str, limit: int, seed: int) -> int:
    """Print how many records were removed, added and changed between two dumps, and optionally list some."""
    old = json.loads(old_path.read_text(encoding="utf-8"))
    new = json.loads(new_path.read_text(encoding="utf-8"))
    groups = {
        "removed": sorted(set(old) - set(new)),
        "added": sorted(set(new) - set(old)),
        "changed": sorted(k for k in set(old) & set(new) if _coded(old[k]) != _coded(new[k])),
    }
    asserted = [sum(_status(r) == "asserted" for r in dump.values()) for dump in (old, new)]
    print(f"records: {len(old)} -> {len(new)} (asserted {asserted[0]} -> {asserted[1]}); removed {len(groups['removed'])}, added {len(groups['added'])}, "
          f"changed {len(groups['changed'])} (type, codes or status)")
    if show:
        keys = groups[show]
        shown = random.Random(seed).sample(keys, min(limit, len(keys))) if limit else keys
        for key in shown:
            before, after = old.get(key), new.get(key)
            record = after or before
            print(f"\n{key}  {record[3]}")
            if before:
                print(f"  old: {_status(before)} {before[0]} {before[1]} -> {before[2]}")
            if after:
                print(f"  new: {_status(after)} {after[0]} {after[1]} -> {after[2]}")
    return 0


def sample(path: Path, limit: int, seed: int, against: Path | None = None) -> int:
    """Print a seeded random sample of one dump's asserted records, numbered, for a precision hand check; with
    `against` (a later dump), mark the sampled records that one removed or changed, so an earlier hand check can be
    re-scored on the later code (a paired reading: the same records, not a fresh draw)."""
    records = json.loads(path.read_text(encoding="utf-8"))
    later = json.loads(against.read_text(encoding="utf-8")) if against else None
    asserted = sorted(k for k, v in records.items() if _status(v) == "asserted")
    print(f"{len(asserted)} asserted records of {len(records)}")
    for n, key in enumerate(random.Random(seed).sample(asserted, min(limit, len(asserted))), 1):
        kind, actors, recipients, context = records[key][:4]
        print(f"{n:3d} {kind} {actors} -> {recipients} | {key}\n    {context}")
        if later is not None and key not in later:
            print("    [removed in the later dump]")
        elif later is not None and _coded(later[key]) != _coded(records[key]):
            print(f"    [changed in the later dump: {_status(later[key])} {later[key][0]} {later[key][1]} -> {later[key][2]}]")
    return 0


def _status(record: list) -> str:
    return record[4] if len(record) > 4 else "asserted"  # dumps written before the status was kept


def _coded(record: list) -> tuple:
    """What a record says: type, codes and status (not its context)."""
    return (record[0], record[1], record[2], _status(record))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="write the event records of a seeded sample")
    d.add_argument("inputs", nargs="+", help="JSONL(.gz) or text files, then the output JSON path")
    d.add_argument("--sample", type=int, default=800, help="articles drawn (default 800)")
    d.add_argument("--seed", type=int, default=11, help="sampling seed (default 11)")
    d.add_argument("--quotes", action="store_true", help="also dump each quote with its speaker's code (type QUOTE)")
    c = sub.add_parser("compare", help="count (and list) the records two dumps differ in")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    c.add_argument("--show", choices=["removed", "added", "changed"], help="list records of this group")
    c.add_argument("--limit", type=int, default=0, help="list a random N of them (default: all)")
    c.add_argument("--seed", type=int, default=1, help="seed of that random choice")
    sm = sub.add_parser("sample", help="list a seeded random sample of one dump's asserted records")
    sm.add_argument("dump", type=Path)
    sm.add_argument("--limit", type=int, default=30, help="records listed (default 30)")
    sm.add_argument("--seed", type=int, default=2026, help="sampling seed (default 2026)")
    sm.add_argument("--against", type=Path, help="a later dump: mark the sampled records it removed or changed")
    args = ap.parse_args(argv)
    if args.command == "sample":
        return sample(args.dump, args.limit, args.seed, args.against)
    if args.command == "dump":
        if len(args.inputs) < 2:
            ap.error("dump needs at least one input and the output path")
        return dump(args.inputs[:-1], Path(args.inputs[-1]), args.sample, args.seed, args.quotes)
    return compare(args.old, args.new, args.show, args.limit, args.seed)


if __name__ == "__main__":
    sys.exit(main())
