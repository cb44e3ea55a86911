"""Batch extraction on Dask: same rows as one process, Parquet fidelity, kill-and-resume safety."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

import pytest

import marsad
from marsad.batch.partitions import iter_partitions
from marsad.batch.rows import DERIVED, record_rows, to_tables, unknown_fields
from marsad.batch.runner import run_batch
from marsad.batch.store import OutputMismatch, read_table, write_partition
from marsad.doc import Actor, Document, Event, Location, Quote
from marsad.text.reader import InputProblem

PLACES = ["بغداد", "موسكو", "دمشق", "القاهرة", "عمان"]
MONTHS = ["2018-03", "2018-04", "2018-05"]

STUB = '''
"""A stand-in for marsad.extract: deterministic, one actor, event and quote, optionally slow."""
import os, time
from marsad.doc import Actor, Document, Event, Quote

def extract(text, pub_date=None, source=None, doc_id="", title=None, url=None):
    time.sleep(float(os.environ.get("STUB_DELAY", "0")))
    doc = Document(text=text, doc_id=doc_id, pub_date=pub_date, source=source, title=title, url=url)
    doc.actors = [Actor("a1", text[:6], "IRQ", "GOV", mentions=[doc.span(0, 6)])]
    doc.events = [Event("e1", "CONSULT", actor=["a1"], triggers=[doc.span(0, 6)], date=pub_date)]
    doc.quotes = [Quote("a1", doc.span(7, 12))]
    return doc
'''


def _article(i: int) -> dict:
    place = PLACES[i % len(PLACES)]
    text = f"استقبل الرئيس العراقي في {place} وزير الخارجية رقم {i}. وقال إن \"العلاقات ممتازة\" بين البلدين."
    published = f"{MONTHS[i % 3]}-{1 + i % 27:02d}T10:00:00" if i % 10 else None  # every tenth is undated
    return {"id": f"n{i:03d}", "source": ["bbc", "cnn"][i % 2], "published": published, "title": f"خبر {i}", "text": text}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """60 articles over three months (some undated) in a .jsonl.gz, with one broken line."""
    path = tmp_path / "news.jsonl.gz"
    lines = [json.dumps(_article(i), ensure_ascii=False) for i in range(60)]
    lines.insert(25, '{"id": "broken", "text": ')
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return path


@pytest.fixture(scope="module")
def process_client():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, Client(
        cluster
    ) as client:
        yield client


@pytest.fixture
def stub(tmp_path: Path, monkeypatch):
    """Install the stub extractor in this process (threaded workers see it)."""
    (tmp_path / "stub_extract.py").write_text(STUB, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    import stub_extract

    monkeypatch.setattr(marsad, "extract", stub_extract.extract)
    return tmp_path


def _thread_client():
    from distributed import Client

    return Client(processes=False, n_workers=1, threads_per_worker=1, dashboard_address=":0")


def _sorted_rows(table) -> list[dict]:
    rows = table.drop_columns([c for c in ("month", "partition", "origin") if c in table.column_names]).to_pylist()
    return sorted(rows, key=lambda r: json.dumps(r, ensure_ascii=False, sort_keys=True))


def _expected(extract) -> tuple[dict[str, list], set[str]]:
    """Rows of extracting the corpus article by article in this process, and the ids that failed."""
    expected: dict[str, list] = {name: [] for name in ("articles", "actors", "events", "quotes")}
    failures = set()
    for i in range(60):
        a = _article(i)
        pub = a["published"][:10] if a["published"] else None
        try:
            record = extract(a["text"], pub_date=pub, source=a["source"], doc_id=a["id"], title=a["title"]).to_dict()
        except Exception:
            failures.add(a["id"])
            continue
        for name, rows in record_rows(record).items():
            expected[name].extend(rows)
    return expected, failures


def _assert_same_rows(out: Path, expected: dict[str, list]) -> None:
    for name, rows in expected.items():
        assert _sorted_rows(read_table(out, name)) == _sorted_rows(to_tables({name: rows})[name]), name


def test_partitions_are_deterministic_and_respect_limit(corpus: Path) -> None:
    specs = list(iter_partitions([corpus], size=20))
    assert [(s.first_line, s.end_line) for s in specs] == [(1, 21), (21, 41), (41, 61), (61, 62)]
    assert [s.pid for s in specs] == [s.pid for s in iter_partitions([str(corpus)], size=20)]
    assert len({s.pid for s in specs}) == 4
    assert [(s.first_line, s.end_line) for s in iter_partitions([corpus], size=20, limit=30)] == [(1, 21), (21, 31)]
    problems = list(iter_partitions([corpus.parent / "missing.jsonl"], size=5))
    assert isinstance(problems[0], InputProblem)


def test_two_worker_processes_give_the_rows_of_one_process(corpus: Path, tmp_path: Path, process_client) -> None:
    out = tmp_path / "out"
    reports: list[str] = []
    summary = run_batch([corpus], out, partition_size=7, client=process_client, report=reports.append)
    assert summary.partitions_done == 9 and summary.partitions_failed == 0
    assert any("news.jsonl.gz:26" in r and "invalid JSON" in r for r in reports)

    expected, failures = _expected(marsad.extract)
    assert sum("extraction failed" in r for r in reports) == len(failures)
    _assert_same_rows(out, expected)
    months = set(read_table(out, "articles", columns=["month"]).column("month").to_pylist())
    assert months <= set(MONTHS) | {"unknown"}


def test_parquet_round_trip_keeps_every_record_field(tmp_path: Path) -> None:
    text = "استقبل الرئيس العراقي وزير الخارجية الروسي في بغداد، وقال \"أهلا\"."
    doc = Document(text=text, doc_id="d1", pub_date="2018-03-05", source="bbc")
    doc.actors = [Actor("a1", "الرئيس العراقي", "IRQ", "GOV", mentions=[doc.span(7, 21)]), Actor("a2", "روسيا", "RUS")]
    doc.events = [
        Event("e1", "CONSULT", "visit", ["diplomatic"], ["a2"], ["a1"], [doc.span(0, 6)], "2018-03-04", Location("بغداد", "IRQ"))
    ]
    doc.quotes = [Quote("a1", doc.span(text.index("أهلا"), text.index("أهلا") + 4), doc.span(text.index("وقال"), text.index("وقال") + 4))]
    record = doc.to_dict()
    rows = record_rows(record)
    assert unknown_fields(rows) == []
    write_partition(tmp_path, "p0", {"2018-03": to_tables(rows)}, [], 1)

    def back(name: str) -> list[dict]:
        drop = [c for c in read_table(tmp_path, name).column_names if c in DERIVED | {"month"} and c != "doc_id"]
        return [{k: v for k, v in r.items() if k != "doc_id"} for r in read_table(tmp_path, name).drop_columns(drop).to_pylist()]

    assert back("actors") == record["actors"]
    assert back("events") == record["events"]
    assert back("quotes") == record["quotes"]
    events = read_table(tmp_path, "events")
    assert events.column("actor_codes").to_pylist() == [["RUS"]]
    assert events.column("recipient_codes").to_pylist() == [["IRQGOV"]]
    assert read_table(tmp_path, "articles").column("month").to_pylist() == ["2018-03"]


def test_killed_run_resumes_without_duplicates_or_gaps(corpus: Path, tmp_path: Path, stub: Path) -> None:
    out = tmp_path / "out"
    script = tmp_path / "run.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import sys
            sys.path.insert(0, {str(stub)!r})
            import marsad, stub_extract
            from distributed import Client
            from marsad.batch.runner import run_batch
            marsad.extract = stub_extract.extract
            with Client(processes=False, n_workers=1, threads_per_worker=1, dashboard_address=":0") as client:
                run_batch([{str(corpus)!r}], {str(out)!r}, partition_size=5, client=client, report=lambda m: None)
            """
        ),
        encoding="utf-8",
    )
    proc = subprocess.Popen([sys.executable, str(script)], env={**os.environ, "STUB_DELAY": "0.05"})
    done = out / "_done"
    deadline = time.monotonic() + 30

    def markers() -> set[str]:
        return {p.name for p in done.iterdir() if not p.name.startswith(".")} if done.exists() else set()

    while not markers():
        assert proc.poll() is None and time.monotonic() < deadline, "batch ended before the first partition marker"
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    finished = markers()
    pids = [s.pid for s in iter_partitions([corpus], size=5)]
    assert 0 < len(finished) < len(pids)

    # A partition killed mid-write: a file under its name, no marker. It must be replaced, not kept.
    undone = next(p for p in pids if p not in finished)
    stray = out / "articles" / "month=1999-01" / f"{undone}.parquet"  # a month it has no article of
    stray.parent.mkdir(parents=True, exist_ok=True)
    donor = next((out / "articles").glob("month=*/*.parquet"))
    stray.write_bytes(donor.read_bytes())

    with _thread_client() as client:
        summary = run_batch([corpus], out, partition_size=5, client=client, report=lambda m: None)
    assert summary.partitions_skipped == len(finished)
    assert summary.partitions_done == len(pids) - len(finished)
    ids = read_table(out, "articles", columns=["doc_id"]).column("doc_id").to_pylist()
    assert Counter(ids).most_common(1)[0][1] == 1
    assert set(ids) == {f"n{i:03d}" for i in range(60)}
    # Kill and resume still give exactly the rows of extracting article by article.
    import stub_extract

    _assert_same_rows(out, _expected(stub_extract.extract)[0])
    assert not list(out.glob("**/.*.tmp"))
    # Sixty one-article CONSULTs of IRQGOV: dedup links only undated ones published the same day, and dated within 1 day.
    assert 0 < summary.corpus_events <= 60


def test_resume_with_other_partition_size_is_refused(corpus: Path, tmp_path: Path, stub: Path) -> None:
    with _thread_client() as client:
        run_batch([corpus], tmp_path / "out", partition_size=30, client=client, report=lambda m: None)
        with pytest.raises(OutputMismatch):
            run_batch([corpus], tmp_path / "out", partition_size=10, client=client, report=lambda m: None)


def test_cli_batch_writes_datasets(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli"
    proc = subprocess.run(
        [sys.executable, "-m", "marsad.cli", "batch", str(corpus), "--out", str(out), "--workers", "1",
         "--partition-size", "40", "--limit", "12"],
        check=False, capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "partitions: 1 done" in proc.stderr
    assert len(list((out / "_done").iterdir())) == 1
    assert (out / "corpus_events").is_dir()


def test_failed_partition_is_reported_and_redone_on_rerun(corpus: Path, tmp_path: Path, stub: Path, monkeypatch) -> None:
    import marsad.batch.runner as runner

    real = runner.extract_partition
    first = next(iter_partitions([corpus], size=20)).pid

    def flaky(spec):
        if spec.pid == first:
            raise RuntimeError("worker lost")
        return real(spec)

    out = tmp_path / "out"
    reports: list[str] = []
    with _thread_client() as client:
        monkeypatch.setattr(runner, "extract_partition", flaky)
        summary = run_batch([corpus], out, partition_size=20, client=client, report=reports.append)
        assert summary.partitions_failed == 1 and summary.partitions_done == 3
        assert any(first in r and "worker lost" in r for r in reports)
        assert not (out / "_done" / first).exists()
        monkeypatch.setattr(runner, "extract_partition", real)
        again = run_batch([corpus], out, partition_size=20, client=client, report=lambda m: None)
    assert (again.partitions_done, again.partitions_skipped) == (1, 3)
    assert read_table(out, "articles").num_rows == 60
