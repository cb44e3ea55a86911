"""Cross-article deduplication on hand-made event rows: what merges and what must stay apart."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from marsad.batch.dedup import CORPUS_EVENTS, deduplicate, write_corpus_events
from marsad.batch.rows import EVENTS
from marsad.batch.store import read_table


def _event(doc_id: str, source: str, date: str | None, pub_date: str = "2018-03-05", type_: str = "CONSULT",
           actors: tuple = ("RUSGOV",), recipients: tuple = ("IRQGOV",), country: str | None = "IRQ",
           event_id: str = "e1", mode: str = "visit", status: str = "asserted") -> dict:
    return {
        "doc_id": doc_id, "id": event_id, "type": type_, "mode": mode, "status": status,
        "actor_codes": list(actors), "recipient_codes": list(recipients), "date": date, "pub_date": pub_date,
        "location": {"name": "بغداد", "country": country} if country is not None else None, "source": source,
        "triggers": [{"start": 0, "end": 6, "text": "استقبل"}],
    }


def _groups(rows: list[dict]) -> list[list[str]]:
    """Member doc ids of each corpus event, sorted, for comparison."""
    corpus = deduplicate(pa.Table.from_pylist(rows, schema=EVENTS))
    return sorted(sorted(m["doc_id"] for m in members) for members in corpus.column("members").to_pylist())


def test_same_dyad_type_and_day_from_two_sources_merge() -> None:
    rows = [_event("bbc-1", "bbc", "2018-03-04"), _event("cnn-7", "cnn", "2018-03-05", pub_date="2018-03-06")]
    corpus = deduplicate(pa.Table.from_pylist(rows, schema=EVENTS)).to_pylist()
    assert len(corpus) == 1
    merged = corpus[0]
    assert merged["num_articles"] == 2 and merged["num_sources"] == 2
    assert merged["sources"] == ["bbc", "cnn"]
    assert merged["date"] == "2018-03-04" and merged["date_source"] == "event"
    assert merged["actor_codes"] == ["RUSGOV"] and merged["recipient_codes"] == ["IRQGOV"]
    assert merged["members"] == [{"doc_id": "bbc-1", "event_id": "e1"}, {"doc_id": "cnn-7", "event_id": "e1"}]
    assert merged["place"] == {"name": "بغداد", "country": "IRQ"}


def test_dates_beyond_the_window_do_not_merge() -> None:
    assert _groups([_event("a", "bbc", "2018-03-04"), _event("b", "cnn", "2018-03-06")]) == [["a"], ["b"]]


def test_no_drift_through_a_chain_of_daily_events() -> None:
    rows = [_event("a", "bbc", "2018-03-04"), _event("b", "cnn", "2018-03-05"), _event("c", "afp", "2018-03-06")]
    assert _groups(rows) == [["a", "b"], ["c"]]


def test_different_types_or_dyads_do_not_merge() -> None:
    rows = [_event("a", "bbc", "2018-03-04"), _event("b", "cnn", "2018-03-04", type_="AGREE")]
    assert _groups(rows) == [["a"], ["b"]]
    rows = [_event("a", "bbc", "2018-03-04"), _event("b", "cnn", "2018-03-04", recipients=("SYRGOV",))]
    assert _groups(rows) == [["a"], ["b"]]


def test_place_conflict_does_not_merge_but_a_missing_place_does() -> None:
    assert _groups([_event("a", "bbc", "2018-03-04"), _event("b", "cnn", "2018-03-04", country="RUS")]) == [["a"], ["b"]]
    assert _groups([_event("a", "bbc", "2018-03-04"), _event("b", "cnn", "2018-03-04", country=None)]) == [["a", "b"]]


def test_undated_events_need_the_same_publication_day() -> None:
    same_day = [_event("a", "bbc", None), _event("b", "cnn", None)]
    assert _groups(same_day) == [["a", "b"]]
    next_day = [_event("a", "bbc", None), _event("b", "cnn", None, pub_date="2018-03-06")]
    assert _groups(next_day) == [["a"], ["b"]]
    corpus = deduplicate(pa.Table.from_pylist(same_day, schema=EVENTS)).to_pylist()
    assert corpus[0]["date"] == "2018-03-05" and corpus[0]["date_source"] == "pub_date"


def test_partial_dates_must_contain_the_other_side() -> None:
    old = [_event("a", "bbc", "1979"), _event("b", "cnn", None)]
    assert _groups(old) == [["a"], ["b"]]
    same_month = [_event("a", "bbc", "2018-03"), _event("b", "cnn", None), _event("c", "afp", "2018")]
    assert _groups(same_month) == [["a", "b", "c"]]


def test_same_article_codeless_and_unasserted_events_stay_apart() -> None:
    rows = [
        _event("a", "bbc", "2018-03-04"),
        _event("a", "bbc", "2018-03-04", event_id="e2"),  # two meetings in one article are two events
        _event("b", "cnn", "2018-03-04", actors=("",)),
        _event("c", "afp", "2018-03-04", actors=("",)),
        _event("d", "afp", "2018-03-04", status="negated"),
    ]
    assert _groups(rows) == [["a"], ["a"], ["b"], ["c"]]


def test_corpus_events_are_written_by_month(tmp_path: Path) -> None:
    rows = [_event("a", "bbc", "2018-03-04"), _event("b", "cnn", "2018-04-20", pub_date="2018-04-21")]
    corpus = deduplicate(pa.Table.from_pylist(rows, schema=EVENTS))
    write_corpus_events(tmp_path, corpus)
    write_corpus_events(tmp_path, corpus)  # a rerun replaces, never appends
    back = read_table(tmp_path, "corpus_events", schema=CORPUS_EVENTS)
    assert sorted(back.column("month").to_pylist()) == ["2018-03", "2018-04"]
    assert back.num_rows == 2
