"""End to end in headless Chromium: paste the reference article, read the report.

Needs Debian's ``chromium`` package (``/usr/bin/chromium``) and Playwright's Python
package; no browser is downloaded. Without them the tests are skipped, except on CI
(the ``CI`` environment variable set), where they fail.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import timefact

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REFERENCE = Path(__file__).resolve().parents[1] / "examples" / "000_e8d9254e75741f33.txt"
ARTICLE = REFERENCE.read_text("utf-8")


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run on CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        _unavailable(f"{CHROMIUM} is missing (apt-get install chromium chromium-driver)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright Python package is missing (pip install playwright)")
    for module in ("fastapi", "uvicorn"):
        try:
            __import__(module)
        except ImportError:
            _unavailable(f"{module} is missing (pip install 'timefact[web]')")
    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def server_url(browser: Any) -> Iterator[str]:
    import uvicorn

    from timefact.web import create_app

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web application did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    yield opened
    context.close()


def _save_artifact(source: Path, name: str) -> None:
    """Keep a copy where CI can collect it, when ``TIMEFACT_TEST_ARTIFACTS`` names a dir."""
    target_dir = os.environ.get("TIMEFACT_TEST_ARTIFACTS")
    if target_dir:
        Path(target_dir).mkdir(parents=True, exist_ok=True)
        shutil.copy(source, Path(target_dir) / name)


def test_paste_the_reference_article_and_read_the_report(
    page: Any, server_url: str, tmp_path: Path
) -> None:
    page.goto(server_url + "/")
    page.fill("#text", ARTICLE)
    page.fill("#dct", "2021-09-28")
    with page.expect_navigation():
        page.click("button[type=submit]")

    note = page.locator(".note", has_text="weekday-date-mismatch")
    assert note.count() == 1 and note.is_visible()
    assert "Sunday" in note.inner_text()
    expected = timefact.annotate(ARTICLE, dct="2021-09-28").timexes
    highlighted = page.locator(".tx[data-tid]")
    assert highlighted.count() == len(expected) > 0
    assert highlighted.first.inner_text() == expected[0].text

    flagged = page.locator(".tx", has_text="Tuesday, Sept. 26")
    flagged.hover()
    tip = page.locator(f"#{flagged.get_attribute('aria-describedby')}")
    assert tip.is_visible()
    assert "2021-09-26" in tip.inner_text() and "rule" in tip.inner_text()
    screenshot = tmp_path / "report-hover.png"
    page.screenshot(path=str(screenshot), full_page=True)
    assert screenshot.stat().st_size > 10_000
    _save_artifact(screenshot, screenshot.name)

    assert page.locator("svg.timeline-chart g.event").count() > 0


def test_expressions_can_be_reached_with_the_keyboard(page: Any, server_url: str) -> None:
    page.goto(server_url + "/")
    page.fill("#text", "On Tuesday, Sept. 26, 2021, she posted an update.")
    with page.expect_navigation():
        page.click("button[type=submit]")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('tx')"):
            break
    else:
        pytest.fail("no highlighted expression took the keyboard focus")
    tip_id = page.evaluate("document.activeElement.getAttribute('aria-describedby')")
    assert page.locator(f"#{tip_id}").is_visible()


def test_a_script_in_the_article_is_shown_not_run(page: Any, server_url: str) -> None:
    page.goto(server_url + "/")
    page.fill("#text", "<script>window.pwned = 1</script> On Sept. 26, 2021, she posted.")
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert "<script>window.pwned = 1</script>" in page.locator(".para").first.inner_text()


def test_upload_a_file_and_infer_the_date(page: Any, server_url: str, tmp_path: Path) -> None:
    upload = tmp_path / "article.txt"
    upload.write_text(ARTICLE, encoding="utf-8")
    page.goto(server_url + "/")
    page.set_input_files("#file", str(upload))
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert page.locator(".tx").count() > 0
    assert "Publication date:" in page.locator("header").first.inner_text()


def test_the_report_file_makes_no_network_requests(page: Any, tmp_path: Path) -> None:
    from timefact._report import render_report

    report = tmp_path / "report.html"
    report.write_text(render_report(timefact.annotate(ARTICLE, dct="2021-09-28")), "utf-8")
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(report.as_uri())
    assert requested == [report.as_uri()]
    page.emulate_media(media="print")
    page.locator(".tx").first.hover()
    assert page.locator(".tip").first.is_hidden()  # no tooltips on paper
    assert page.locator(".editor").count() == 0
