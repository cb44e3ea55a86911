"""Distributional word clusters, learned from unlabelled news, as features for unseen names.

A CRF trained on ~130k tokens has never seen most names it meets; words that
share contexts in 38k unlabelled articles (surnames, towns, ministries) share a
cluster id, so weights learned on seen names carry over. The table is built by
`tools/build_word_clusters.py` (see models/NER_MODEL_CARD.md) and ships with marsad.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources

CLUSTERS_FILE = "models/word_clusters.tsv.gz"


@lru_cache(maxsize=1)
def load_clusters() -> tuple[tuple[int, ...], dict[str, tuple[str, ...]]]:
    """(cluster counts, normalised word -> cluster ids); empty when the table is absent."""
    source = resources.files("marsad").joinpath(CLUSTERS_FILE)
    if not source.is_file():
        return (), {}
    ks: tuple[int, ...] = ()
    table: dict[str, tuple[str, ...]] = {}
    with gzip.open(source.open("rb"), "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                if "k=" in line:
                    ks = tuple(int(k) for k in line.rsplit("k=", 1)[1].split(","))
                continue
            word, *ids = line.rstrip("\n").split("\t")
            table[word] = tuple(ids)
    return ks, table


def cluster_features(forms: tuple[str, ...]) -> list[str]:
    """`cK=id` for the first of `forms` (word, then clitic-stripped variants) found in the table."""
    ks, table = load_clusters()
    for i, form in enumerate(forms):
        ids = table.get(form)
        if ids:
            kind = "c" if i == 0 else "cv"
            return [f"{kind}{k}={c}" for k, c in zip(ks, ids)]
    return ["c=none"]
