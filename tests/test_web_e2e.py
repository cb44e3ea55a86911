"""End to end in headless Chromium: reader highlights, event links, filters, dyad chart, network, map.

Needs Debian's chromium (`apt-get install -y chromium`) and the playwright package;
skipped with the reason when either is missing. Screenshots go to pytest's tmp_path.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import marsad
from marsad.api import create_app
from marsad.examples import example_article
from marsad.store import Store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None:
    pytest.skip("no chromium binary: install it with `apt-get install -y chromium`", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
uvicorn = pytest.importorskip("uvicorn")

LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A live server on a free loopback port over the example article and one hand-made dyad record."""
    db = tmp_path_factory.mktemp("e2e") / "e2e.sqlite"
    text, meta = example_article()
    with Store.open(db) as store:
        store.ingest_records([marsad.extract(text, **meta).to_dict()])
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db, token="", read_token=""), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(5)


@pytest.fixture(scope="module")
def browser(base_url: str) -> Iterator[object]:
    with sync_api.sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield launched
        launched.close()


def test_pages_in_browser(browser, base_url: str, tmp_path: Path) -> None:
    page = browser.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))

    page.goto(f"{base_url}/articles/example-ar")
    reader = page.locator("#reader")
    assert reader.get_attribute("dir") == "rtl"
    assert page.locator("#reader a.hl.mention").count() >= 3
    triggers = page.locator("#reader a.hl.trigger")
    assert triggers.count() >= 2
    page.screenshot(path=str(tmp_path / "reader.png"), full_page=True)
    triggers.first.click()
    page.wait_for_url("**/events/*")
    assert page.locator("#event-record").inner_text().startswith(("CONSULT", "AGREE", "SUPPORT"))
    page.screenshot(path=str(tmp_path / "event.png"), full_page=True)

    page.goto(f"{base_url}/events")
    all_rows = page.locator("#events-table tbody tr[data-type]").count()
    page.select_option("select[name=type]", "CONSULT")
    page.click("#event-filters button")
    page.wait_for_url("**type=CONSULT**")
    types = page.locator("#events-table tbody tr[data-type]").evaluate_all("rows => rows.map(r => r.dataset.type)")
    assert types and set(types) == {"CONSULT"} and len(types) < all_rows
    page.screenshot(path=str(tmp_path / "events.png"), full_page=True)

    page.goto(f"{base_url}/dyads?a=JOR&b=EGY&interval=day")
    assert page.locator("#dyad-chart rect.bar").count() >= 1
    page.screenshot(path=str(tmp_path / "dyad.png"), full_page=True)

    page.goto(f"{base_url}/network")
    page.wait_for_selector("#network[data-ready=true] svg line")
    assert page.locator("#network circle").count() >= 2
    page.screenshot(path=str(tmp_path / "network.png"), full_page=True)

    page.goto(f"{base_url}/map")
    assert page.locator("#map circle.place").count() >= 1
    page.screenshot(path=str(tmp_path / "map.png"), full_page=True)

    outside = [url for url in requested if not url.startswith(base_url) and not url.startswith("data:")]
    assert requested and not outside, outside
    assert len(list(tmp_path.glob("*.png"))) == 6
