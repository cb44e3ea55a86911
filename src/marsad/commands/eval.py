"""`marsad eval`: score the pipeline (or saved predictions) against a directory of gold files.

Every change to the pipeline is judged by these numbers, so the command is
strict about its input (a malformed gold file is named, not skipped) and
prints one machine-readable JSON line with `--json` for scripts and CI.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Iterator

from rich.console import Console
from rich.progress import track
from rich.table import Table

from marsad.pipeline import Pipeline, Resources, default_pipeline
from marsad.evaluate.scoring import record_problem, score_documents, score_triples


class EvalError(Exception):
    """Input the scorer cannot use; the message names the offending file."""


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="score against hand-annotated gold (EVENTS.md section 6)")
    p.add_argument("gold_dir", metavar="GOLD_DIR", help="directory of gold *.json files")
    p.add_argument("--json", action="store_true", help="print the scores as one JSON object on the last line")
    p.add_argument("--per-doc", action="store_true", help="add per-document triple P/R/F1 to find weak documents")
    p.add_argument("--save-predictions", metavar="DIR", help="write each prediction as DIR/<doc_id>.json")
    p.add_argument("--pred", metavar="DIR", help="score saved predictions (DIR/<doc_id>.json) instead of running")
    p.add_argument("--no-ner", action="store_true", help="run without the statistical NER model (gazetteers and titles only)")
    p.set_defaults(func=run)


def load_record(path: Path) -> dict:
    """A section 5 record from `path`, or an EvalError naming the file and the problem."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvalError(f"{path}: not readable JSON ({exc})") from exc
    problem = record_problem(record)
    if problem:
        raise EvalError(f"{path}: not a valid marsad record: {problem}")
    return record


def gold_files(gold_dir: str) -> list[Path]:
    """The sorted gold files of a directory; an empty or missing directory is an error."""
    root = Path(gold_dir)
    if not root.is_dir():
        raise EvalError(f"{gold_dir}: not a directory")
    files = sorted(root.glob("*.json"))
    if not files:
        raise EvalError(f"{gold_dir}: no gold *.json files")
    return files


def saved_prediction(pred_dir: Path, gold: dict) -> dict:
    """The saved prediction for a gold record; a missing one scores as an empty prediction."""
    path = pred_dir / f"{gold['doc_id']}.json"
    if not path.exists():
        print(f"warning: no prediction {path}; scoring it as empty", file=sys.stderr)
        return {**gold, "actors": [], "events": [], "quotes": []}
    pred = load_record(path)
    if pred["text"] != gold["text"]:
        print(f"warning: {path}: text differs from the gold article; offsets may not align", file=sys.stderr)
    return pred


def predict(gold: dict, pipeline: Pipeline) -> dict:
    """Run the pipeline on a gold article with the gold's metadata."""
    doc = pipeline(gold["text"], pub_date=gold.get("pub_date"), source=gold.get("source"), doc_id=gold["doc_id"])
    return doc.to_dict()


def pairs(golds: list[dict], args: argparse.Namespace) -> Iterator[tuple[dict, dict]]:
    """(gold, prediction) per gold record, saving predictions when asked."""
    save_dir = Path(args.save_predictions) if args.save_predictions else None
    if save_dir:
        save_dir.mkdir(parents=True, exist_ok=True)
    pipeline = Pipeline(resources=Resources(use_ner=False)) if getattr(args, "no_ner", False) else default_pipeline()
    for gold in track(golds, description="scoring", console=Console(stderr=True), disable=not sys.stderr.isatty()):
        pred = saved_prediction(Path(args.pred), gold) if args.pred else predict(gold, pipeline)
        if save_dir:
            (save_dir / f"{gold['doc_id']}.json").write_text(json.dumps(pred, ensure_ascii=False, indent=1), "utf-8")
        yield gold, pred


def run(args: argparse.Namespace) -> int:
    try:
        if args.pred and not Path(args.pred).is_dir():
            raise EvalError(f"--pred {args.pred}: not a directory")
        # every gold file is checked before any article is run, so a bad file fails fast
        golds = [load_record(path) for path in gold_files(args.gold_dir)]
        results = list(pairs(golds, args))
    except EvalError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    scores = score_documents(results)
    per_doc = [{"doc_id": g["doc_id"], **score_triples(g, p).prf()} for g, p in results] if args.per_doc else []
    if args.json:
        print(json.dumps({**scores, **({"per_doc": per_doc} if args.per_doc else {})}, ensure_ascii=False))
    else:
        print_tables(scores, per_doc)
    return 0


def _prf_cells(s: dict[str, Any]) -> list[str]:
    return [f"{s['p']:.3f}", f"{s['r']:.3f}", f"{s['f1']:.3f}", str(s["tp"]), str(s["fp"]), str(s["fn"])]


def _prf_table(title: str, first: str) -> Table:
    table = Table(title=title)
    for name in (first, "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(name, justify="left" if name == first else "right")
    return table


def print_tables(scores: dict[str, Any], per_doc: list[dict[str, Any]]) -> None:
    """Headline scores, attribute accuracies, the per-type table and (if any) per-document rows."""
    console = Console()
    head = _prf_table(f"marsad eval: {scores['documents']} documents", "score")
    for key in ("triples", "triples_country", "anchored", "quotes", "mentions"):
        head.add_row(key, *_prf_cells(scores[key]))
    console.print(head)
    a, q, m = scores["anchored"], scores["quotes"], scores["mentions"]
    acc = Table(title="accuracy on matched pairs")
    for name in ("attribute", "accuracy", "pairs"):
        acc.add_column(name, justify="left" if name == "attribute" else "right")
    for name, value, n in (
        ("event actor codes", a["actor_acc"], a["n"]),
        ("event recipient codes", a["recipient_acc"], a["n"]),
        ("event mode", a["mode_acc"], a["n"]),
        ("event date (gold dated)", a["date_acc"], a["date_n"]),
        ("event date null (gold undated)", a["undated_null_acc"], a["undated_n"]),
        ("quote speaker", q["speaker_acc"], q["n"]),
        ("mention actor code", m["code_acc"], m["n"]),
    ):
        acc.add_row(name, f"{value:.3f}", str(n))
    console.print(acc)
    types = _prf_table("anchored events per type", "type")
    for kind, s in scores["per_type"].items():
        types.add_row(kind, *_prf_cells(s))
    console.print(types)
    if per_doc:
        docs = _prf_table("triples per document (weakest first)", "doc_id")
        for row in sorted(per_doc, key=lambda r: (r["f1"], r["doc_id"])):
            docs.add_row(row["doc_id"], *_prf_cells(row))
        console.print(docs)
