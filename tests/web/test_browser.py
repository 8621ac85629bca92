"""End to end in a real browser: Debian chromium driven by Playwright, against a real uvicorn
server on a free loopback port.  Saves screenshots of the main pages to docs/screenshots/."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from minewatch.settings import Settings
from minewatch.store import Store
from minewatch.store.tokens import create_token
from minewatch.web import create_app
from tests.web.conftest import build_store

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
WITHDRAWING, WITHDRAWN = "rgb(240, 160, 48)", "rgb(192, 32, 42)"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Served:
    def __init__(self, store: Store) -> None:
        self.store = store
        port = _free_port()
        config = uvicorn.Config(create_app(store, Settings(db=store.url)), host="127.0.0.1",
                                port=port, log_level="warning", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        self.url = f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    running = Served(build_store(tmp_path_factory.mktemp("browser")))
    yield running
    running.stop()
    running.store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    problems: list[str] = []
    opened.on("dialog", lambda d: (problems.append(f"dialog {d.message}"), d.dismiss()))
    opened.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    opened.on("pageerror", lambda e: problems.append(str(e)))
    yield opened
    context.close()
    assert problems == [], problems  # no script ran from a document, no CSP violation


def _fill(page: Any, iso3: str) -> str:
    return str(page.eval_on_selector(f"#c-{iso3}", "el => getComputedStyle(el).fill"))


def test_map_date_slider_changes_polands_colour(served: Served, page: Any) -> None:
    page.goto(f"{served.url}/?treaty=APMBC&on=2026-02-18")
    assert _fill(page, "POL") == WITHDRAWING
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "map.png"), full_page=False)
    slider = page.locator("#slider")
    slider.focus()
    for _ in range(3):  # keyboard: one day per step, 2026-02-18 -> 2026-02-21
        page.keyboard.press("ArrowRight")
    page.wait_for_selector('#world[data-on="2026-02-21"]')
    assert page.input_value("#on") == "2026-02-21"
    assert _fill(page, "POL") == WITHDRAWN
    assert "on=2026-02-21" in page.url
    back = page.eval_on_selector("#slider", "el => el.value")
    slider.evaluate("(el, v) => { el.value = String(v); el.dispatchEvent(new Event('input')); }",
                    int(back) - 30)
    page.wait_for_selector('#world[data-on="2026-01-22"]')
    assert _fill(page, "POL") == WITHDRAWING
    page.check('input[name="treaty"][value="CCM"]')
    page.wait_for_selector('#world[data-treaty="CCM"]')
    assert _fill(page, "POL") != WITHDRAWING  # Poland never joined the CCM


def test_map_works_without_javascript(browser: Any, served: Served) -> None:
    context = browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    plain.goto(f"{served.url}/?treaty=APMBC&on=2026-02-19")
    plain.fill("#on", "2026-02-21")
    plain.click("button[type=submit] >> text=Show")
    plain.wait_for_url("**on=2026-02-21**")
    assert _fill(plain, "POL") == WITHDRAWN
    context.close()


def test_poland_page_document_evidence(served: Served, page: Any) -> None:
    page.goto(f"{served.url}/?treaty=APMBC&on=2026-02-21")
    page.click("#c-POL")
    page.wait_for_url("**/states/POL**")
    assert page.locator("h1").inner_text().startswith("Poland")
    assert page.locator(".status-APMBC").inner_text() == "Withdrawn"
    page.screenshot(path=str(SHOTS / "country.png"), full_page=True)
    page.click('a[href^="/documents/hostile-1#span-"] >> nth=0')
    page.wait_for_url("**/documents/hostile-1#span-*")
    marks = page.locator("mark.evidence")
    assert marks.count() == 2
    assert marks.nth(0).inner_text() == "deposited its notification of withdrawal"
    background = marks.nth(0).evaluate("el => getComputedStyle(el).backgroundColor")
    assert background in ("rgb(255, 224, 138)", "rgb(255, 179, 71)")  # highlighted (or target)
    assert "<script>alert('x')</script>" in page.locator(".doc-text").inner_text()
    assert page.locator("h1").inner_text().startswith("<img")  # the title, as text
    page.click(".claim-link >> nth=1")
    assert page.evaluate("location.hash").startswith("#span-")
    page.screenshot(path=str(SHOTS / "document.png"), full_page=True)


def test_analyst_signs_in_and_confirms_an_event(served: Served, page: Any) -> None:
    _, secret = create_token(served.store, "Ala Analyst", "analyst")
    page.goto(f"{served.url}/review")
    page.wait_for_url("**/signin**")
    page.fill("#token", secret)
    page.click("button[type=submit] >> text=Sign in")
    page.wait_for_url("**/review")
    assert "Signed in as Ala Analyst" in page.content()
    page.screenshot(path=str(SHOTS / "review.png"), full_page=True)
    first = page.locator("article.review-item").first
    heading = first.locator("h2").inner_text()
    event_id = heading.split()[0].lstrip("#")
    first.locator("input[name=reason]").fill("matches the depositary notification")
    first.locator("button[value=confirm]").click()
    page.wait_for_url("**/review?done=*")
    assert f"Event {event_id}: confirmed" in page.locator("[role=status]").inner_text()
    page.goto(f"{served.url}/events/{event_id}")
    assert page.locator("#review-state").inner_text() == "confirmed"
    assert "Ala Analyst" in page.content()


def test_phone_layout_and_other_pages(browser: Any, served: Served) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    phone = context.new_page()
    phone.goto(f"{served.url}/?treaty=APMBC&on=2026-02-21")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, "no horizontal scrolling on a phone"
    phone.screenshot(path=str(SHOTS / "map-phone.png"), full_page=False)
    context.close()
    desktop = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    desktop.goto(f"{served.url}/parties?treaty=APMBC&on=2026-03-01")
    assert desktop.locator("polyline.series").count() == 1
    desktop.screenshot(path=str(SHOTS / "parties.png"), full_page=False)
    desktop.goto(f"{served.url}/events")
    desktop.screenshot(path=str(SHOTS / "events.png"), full_page=True)
    desktop.context.close()
