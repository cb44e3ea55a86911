"""`marsad eval-ner`: entity-level P/R/F1 and speed of a CRF model on a CoNLL test file."""

from __future__ import annotations

import argparse
import json

from marsad.entities.ner.conll import read_conll
from marsad.entities.ner.evaluate import evaluate, format_report


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval-ner", help="score a NER model on a CoNLL test file (exact span+type)")
    p.add_argument("--test", required=True, metavar="FILE", help="CoNLL `token tag` file (GPE is scored as LOC)")
    p.add_argument("--model", metavar="MODEL", help="a .crfsuite model (default: the shipped one)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from marsad.entities.ner.drift import feature_drift
    from marsad.entities.ner.tagger import NerTagger

    result = evaluate(NerTagger.load(args.model).tag_sentences, read_conll(args.test))
    result["feature_drift"] = feature_drift(args.model)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(format_report(result) + f"\nfeature drift since training: {result['feature_drift']}")
    return 0
