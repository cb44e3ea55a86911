"""marsad's CRF tagger vs. spaCy's NER trained from scratch on the same CoNLL files.

Both systems train on `--train` and are scored on `--test` in the same run with
marsad's entity-level scorer (exact span and type, micro-averaged), so the only
difference is the model. spaCy uses a blank "ar" pipeline with its default NER
architecture on CPU; its training is bounded by epochs and wall-clock time.
Speeds are tagging only (CRF: feature extraction + both passes of decoding), on the calling thread.

    taskset -c 0 python benchmarks/ner_vs_spacy.py --train train.txt --test test.txt
Needs the `bench` extra (spaCy).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from marsad.entities.ner import NerTagger, read_conll, score, train
from marsad.entities.ner.conll import Sentence


def run_crf(train_set: list[Sentence], test_set: list[Sentence], c1: float, c2: float) -> tuple[list[list[str]], float]:
    """Train marsad's CRF in a temp dir and tag the test words; returns tags and tagging seconds."""
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "bench.crfsuite"
        train(train_set, model, c1=c1, c2=c2)
        tagger = NerTagger.load(model)
        t0 = time.perf_counter()
        pred = tagger.tag_sentences([words for words, _ in test_set])
        return pred, time.perf_counter() - t0


def run_spacy(train_set: list[Sentence], test_set: list[Sentence], epochs: int, max_seconds: float,
              seed: int) -> tuple[list[list[str]], float, int]:
    """Train spaCy's NER from scratch; returns tags, tagging seconds and epochs completed."""
    import spacy
    from spacy.tokens import Doc
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = spacy.blank("ar")
    nlp.add_pipe("ner")
    examples = [Example(Doc(nlp.vocab, words=w), Doc(nlp.vocab, words=w, ents=t)) for w, t in train_set]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    started, done = time.perf_counter(), 0
    while done < epochs and time.perf_counter() - started < max_seconds:
        rng.shuffle(examples)
        for batch in minibatch(examples, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.2)
        done += 1
    ner = nlp.get_pipe("ner")
    docs = [Doc(nlp.vocab, words=w) for w, _ in test_set]
    t0 = time.perf_counter()
    tagged = list(ner.pipe(docs, batch_size=64))
    seconds = time.perf_counter() - t0
    pred = [[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in d] for d in tagged]
    return pred, seconds, done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", required=True)
    parser.add_argument("--test", required=True)
    parser.add_argument("--c1", type=float, default=0.1)
    parser.add_argument("--c2", type=float, default=0.05)
    parser.add_argument("--epochs", type=int, default=15, help="spaCy epochs at most")
    parser.add_argument("--max-seconds", type=float, default=600, help="spaCy training time budget")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    train_set, test_set = read_conll(args.train), read_conll(args.test)
    gold = [t for _, t in test_set]
    n_tokens = sum(len(w) for w, _ in test_set)
    rows = []
    crf_pred, crf_s = run_crf(train_set, test_set, args.c1, args.c2)
    rows.append(("marsad CRF", score(gold, crf_pred)["ALL"], n_tokens / crf_s))
    sp_pred, sp_s, epochs = run_spacy(train_set, test_set, args.epochs, args.max_seconds, args.seed)
    rows.append((f"spaCy NER ({epochs} ep)", score(gold, sp_pred)["ALL"], n_tokens / sp_s))
    print(f"train={args.train} test={args.test} ({n_tokens} tokens)")
    print(f"{'system':<22} {'F1':>6} {'P':>6} {'R':>6} {'tokens/s':>10}")
    for name, s, speed in rows:
        print(f"{name:<22} {s.f1:>6.3f} {s.precision:>6.3f} {s.recall:>6.3f} {speed:>10.0f}")


if __name__ == "__main__":
    main()
