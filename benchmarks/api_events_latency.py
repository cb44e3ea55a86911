"""Latency of `/api/events` over a 50,000-event database, through a live uvicorn server on loopback.

Records are synthetic (no extraction) and stored through `Store.ingest_records`;
~200 requests cycle through assorted filters and page offsets. Target: median < 200 ms.

    python benchmarks/api_events_latency.py [--events 50000] [--requests 200]
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from marsad.api import create_app
from marsad.store import EVENT_TYPES, Store

COUNTRIES = ["IRQ", "RUS", "USA", "IRN", "SYR", "TUR", "EGY", "JOR", "SAU", "ISR", "PSE", "LBN"]
SECTORS = ["", "GOV", "MIL", "REB", "LEG"]
TEXT = "استقبل المسؤول نظيره في العاصمة وبحث الجانبان العلاقات الثنائية"


def synthetic_records(n_events: int, per_article: int = 5, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    records = []
    for i in range(n_events // per_article):
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        actors = [{"id": f"a{k}", "name": f"actor {k}", "country": rng.choice(COUNTRIES),
                   "sector": rng.choice(SECTORS), "mentions": [{"start": 0, "end": 6, "text": TEXT[:6]}]}
                  for k in range(1, 4)]
        events = [{"id": f"e{k}", "type": rng.choice(EVENT_TYPES), "mode": "", "context": [rng.choice(
                   ["diplomatic", "military", "economic"])], "actor": ["a1"], "recipient": [rng.choice(["a2", "a3"])],
                   "triggers": [{"start": 0, "end": 6, "text": TEXT[:6]}], "date": day,
                   "location": {"name": "بغداد", "country": "IRQ"}, "status": "asserted"}
                  for k in range(1, per_article + 1)]
        records.append({"doc_id": f"syn-{i}", "pub_date": day, "source": rng.choice(["ina", "sana", "wafa"]),
                        "text": f"{TEXT} {i}", "actors": actors, "events": events, "quotes": []})
    return records


QUERIES = [
    {}, {"actor": "IRQ"}, {"actor": "RUSGOV", "type": "CONSULT"}, {"recipient": "USA", "since": "2024-06-01"},
    {"type": "ASSAULT", "since": "2024-03", "until": "2024-09"}, {"context": "military"}, {"source": "ina"},
    {"actor": "IRN", "recipient": "ISR"}, {"offset": 20000}, {"format": "csv", "actor": "SYR", "type": "AID"},
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    db = Path(tempfile.mkdtemp(prefix="marsad-bench-")) / "bench.sqlite"
    started = time.perf_counter()
    with Store.open(db) as store:
        store.ingest_records(synthetic_records(args.events), batch_size=1000)
        total = store.count_events()
    print(f"built {total} events in {time.perf_counter() - started:.1f} s")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db, token="", read_token=""), host="127.0.0.1", port=port,
                                           log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    timings = []
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
        for i in range(args.requests):
            params = {"limit": 50, **QUERIES[i % len(QUERIES)]}
            t0 = time.perf_counter()
            response = client.get("/api/events", params=params)
            timings.append((time.perf_counter() - t0) * 1000)
            response.raise_for_status()
    server.should_exit = True
    timings.sort()
    p95 = timings[int(0.95 * (len(timings) - 1))]
    print(f"{len(timings)} requests to /api/events: median {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms, "
          f"max {timings[-1]:.1f} ms (target median < 200 ms)")


if __name__ == "__main__":
    main()
