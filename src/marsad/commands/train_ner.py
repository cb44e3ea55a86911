"""`marsad train-ner`: train the CRF entity tagger on CoNLL `token tag` files."""

from __future__ import annotations

import argparse
import json
import sys

from marsad.entities.ner.conll import read_conll
from marsad.entities.ner.evaluate import evaluate, format_report


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train-ner", help="train the CRF named-entity tagger on CoNLL files")
    p.add_argument("--train", nargs="+", required=True, metavar="FILE", help="CoNLL `token tag` training file(s)")
    p.add_argument("--out", required=True, metavar="MODEL", help="where to write the .crfsuite model")
    p.add_argument("--c1", type=float, default=0.1, help="L1 penalty (default 0.1, tuned on a held-out 10%% of ANERcorp train)")
    p.add_argument("--c2", type=float, default=0.05, help="L2 penalty (default 0.05)")
    p.add_argument("--max-iter", type=int, default=150, help="L-BFGS iterations (default 150)")
    p.add_argument("--folds", type=int, default=5,
                   help="jackknife folds for the document-level second pass; 1 trains the first pass only (default 5)")
    p.add_argument("--corpus", nargs="+", default=[], metavar="JSONL_GZ",
                   help="unlabelled news (jsonl.gz, `text` field) tagged by a first-pass model to give per-word "
                        "auto-tag votes, written beside the model as X.auto.tsv.gz (see NER_MODEL_CARD.md)")
    p.add_argument("--corpus-stride", type=int, default=1, metavar="N",
                   help="use every N-th corpus sentence only (default 1: all)")
    p.add_argument("--auto-folds", type=int, default=5,
                   help="jackknife folds for the auto-tag votes of the training sentences; 1 gives them the votes "
                        "of the run-time table, from a model trained on all of them (default 5)")
    p.add_argument("--holdout", type=float, default=0.0, metavar="FRACTION",
                   help="train on the first 1-FRACTION of the sentences and score the rest (for tuning)")
    p.add_argument("--json", action="store_true", help="print the held-out scores as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from marsad.entities.ner.tagger import NerTagger, train

    sentences = [s for path in args.train for s in read_conll(path)]
    cut = len(sentences) - int(len(sentences) * args.holdout)
    train(sentences[:cut], args.out, c1=args.c1, c2=args.c2, max_iter=args.max_iter, folds=args.folds,
          corpus=args.corpus, corpus_stride=args.corpus_stride, auto_folds=args.auto_folds)
    print(f"trained on {cut} sentences -> {args.out}", file=sys.stderr)
    if cut < len(sentences):
        result = evaluate(NerTagger.load(args.out).tag_sentences, sentences[cut:])
        print(json.dumps(result, ensure_ascii=False) if args.json else format_report(result))
    return 0
