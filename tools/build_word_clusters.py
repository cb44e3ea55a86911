"""Build `src/marsad/models/word_clusters.tsv.gz`: distributional word clusters for the NER tagger.

Why: the CRF only knows names it saw in training; words that occur in the same
contexts in unlabelled news (other surnames, other towns, other ministries) fall
into the same cluster, so a cluster-id feature lets it generalise to unseen names.

Method (deterministic for a given corpus): tokens are `\\w+` runs and single
punctuation marks of each article's text, in `normalize()`d form. For the most
frequent word types, count left/right neighbours at distance 1 and 2 among the
most frequent context words, weight by positive PMI, reduce with truncated SVD (numpy, scipy),
L2-normalise and cluster with spherical k-means at several granularities.

    python tools/build_word_clusters.py /work/shared/data/news/*.jsonl.gz \
        --out src/marsad/models/word_clusters.tsv.gz
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.sparse.linalg import svds

from marsad.text.normalize import normalize

_TOKEN = re.compile(r"\w+|[^\w\s]")


@lru_cache(maxsize=1_000_000)
def _norm(token: str) -> str:
    return normalize(token) or token


def read_tokens(paths: list[str]) -> list[list[str]]:
    """Normalised token lists, one per article text."""
    docs: list[list[str]] = []
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line).get("text") or ""
                docs.append([_norm(t) for t in _TOKEN.findall(text)])
    return docs


def cooccurrence(docs: list[list[str]], vocab: dict[str, int], contexts: dict[str, int]) -> sparse.csr_matrix:
    """Word x (offset, context word) counts for offsets -2, -1, +1, +2."""
    offsets = (-2, -1, 1, 2)
    n_ctx = len(contexts)
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    for doc in docs:
        w = np.array([vocab.get(t, -1) for t in doc], dtype=np.int64)
        c = np.array([contexts.get(t, -1) for t in doc], dtype=np.int64)
        for k, off in enumerate(offsets):
            if len(doc) <= abs(off):
                continue
            ww, cc = (w[-off:], c[:off]) if off < 0 else (w[:-off], c[off:])
            keep = (ww >= 0) & (cc >= 0)
            rows.append(ww[keep])
            cols.append(cc[keep] + k * n_ctx)
    r, c = np.concatenate(rows), np.concatenate(cols)
    data = np.ones(len(r), dtype=np.float64)
    return sparse.csr_matrix((data, (r, c)), shape=(len(vocab), len(offsets) * n_ctx))


def ppmi(m: sparse.csr_matrix) -> sparse.csr_matrix:
    """Positive pointwise mutual information of a count matrix (context distribution smoothed ^0.75)."""
    m = m.tocoo()
    total = m.sum()
    row = np.asarray(m.sum(axis=1)).ravel()
    col = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    col = col / col.sum()
    pmi = np.log(m.data * 1.0 / total) - np.log(row[m.row] / total) - np.log(np.maximum(col[m.col], 1e-12))
    keep = pmi > 0
    return sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)


def kmeans(x: np.ndarray, k: int, iters: int = 25, seed: int = 0) -> np.ndarray:
    """Spherical k-means (cosine) on unit rows; k-means++-lite init from a fixed seed."""
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), size=k, replace=False)].copy()
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        labels = np.argmax(x @ centres.T, axis=1)
        for j in range(k):
            members = x[labels == j]
            if len(members):
                centre = members.sum(axis=0)
                centres[j] = centre / (np.linalg.norm(centre) or 1.0)
            else:  # re-seed an empty cluster with a random word
                centres[j] = x[rng.integers(len(x))]
    return labels


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpus", nargs="+", help="jsonl.gz files with a `text` field")
    p.add_argument("--out", required=True)
    p.add_argument("--words", type=int, default=50_000, help="most frequent word types to cluster")
    p.add_argument("--contexts", type=int, default=2_000, help="most frequent context words")
    p.add_argument("--dims", type=int, default=100, help="SVD dimensions")
    p.add_argument("--k", type=int, nargs="+", default=[64, 256, 1024], help="cluster counts")
    args = p.parse_args(argv)

    docs = read_tokens(args.corpus)
    counts = Counter(t for doc in docs for t in doc)
    print(f"{len(docs)} articles, {sum(counts.values())} tokens, {len(counts)} types", file=sys.stderr)
    # Ties broken by the word itself so the vocabulary does not depend on file order.
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    words = [w for w, n in ranked[: args.words] if n >= 3]
    vocab = {w: i for i, w in enumerate(words)}
    contexts = {w: i for i, (w, _) in enumerate(ranked[: args.contexts])}
    m = ppmi(cooccurrence(docs, vocab, contexts))
    u, s, _ = svds(m, k=args.dims, random_state=0)
    x = u * np.sqrt(s)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    labels = [kmeans(x, k) for k in args.k]
    out = Path(args.out)
    # No file name or time in the gzip header, so a rebuild is byte-identical.
    with open(out, "wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0) as raw:
        raw.write(("# Distributional word clusters for marsad's NER tagger; built by tools/build_word_clusters.py\n"
                   f"# from unlabelled news ({len(docs)} articles); columns: word, then cluster ids for k="
                   + ",".join(map(str, args.k)) + "\n").encode("utf-8"))
        for i, w in enumerate(words):
            raw.write(("\t".join([w, *(str(int(lab[i])) for lab in labels)]) + "\n").encode("utf-8"))
    print(f"{len(words)} words -> {out} ({out.stat().st_size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
