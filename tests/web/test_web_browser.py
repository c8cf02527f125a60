"""The web page in a real browser (Playwright driving Debian's Chromium): the demo flow end to
end, a bad upload, history and forget, keyboard use and a 320 px screen. Skipped, saying how to
enable them, without Chromium.

Set RUNNERUP_SCREENSHOTS=DIR to save screenshots of the main pages (docs/ keeps them)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from research.fetch.config import find_browser
from research.web.app import WebContext

from .conftest import Served, wait_for

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def page(served: Served) -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=find_browser(), args=ARGS)
        context = browser.new_context(viewport={"width": 1100, "height": 900})
        tab = context.new_page()
        problems: list[str] = []
        requests: list[str] = []
        tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        tab.on("pageerror", lambda e: problems.append(str(e)))
        tab.on("request", lambda r: requests.append(r.url))
        tab.problems = problems  # type: ignore[attr-defined]
        tab.requests = requests  # type: ignore[attr-defined]
        try:
            yield tab
        finally:
            context.close()
            browser.close()


def _shot(page: Any, name: str) -> None:
    folder = os.environ.get("RUNNERUP_SCREENSHOTS")
    if folder:
        page.screenshot(path=str(Path(folder) / f"serve-{name}.png"), full_page=True)


def test_demo_flow_in_a_browser(page: Any, served: Served, tmp_path: Path) -> None:
    context: WebContext = served.context
    page.goto(served.launch)
    assert "token=" not in page.url  # the token left the address bar
    assert page.title() == "New lookup · runnerup"
    _shot(page, "form")
    # the demo's form comes filled in; fill it as a user would anyway
    page.get_by_role("textbox", name="Name of the person who was hired").fill("Ada Okafor")
    page.get_by_role("textbox", name="Employer (required)").fill("Northwind Robotics")
    page.get_by_role("textbox", name="Role", exact=True).fill("Head of Platform")
    posting = "https://jobs.northwind-robotics.test/head-of-platform.html"
    assert page.get_by_label("Posting address (URL)").input_value() == posting
    resume = ROOT / "fixtures" / "documents" / "resumes" / "marcus-webb-teacher.txt"
    page.get_by_label("Your resume").set_input_files(str(resume))
    page.get_by_role("button", name="Start the lookup").click()
    # live progress, then the question: which of these is the hire?
    page.get_by_text("github: found").wait_for(timeout=90_000)
    heading = page.get_by_role("heading", name="Which of these is the person who was hired?")
    heading.wait_for(timeout=90_000)
    _shot(page, "candidates")
    job_id = page.url.rsplit("/", 1)[1]
    job = context.jobs.get(job_id)
    assert job is not None
    right = next(c for c in job.candidates if c.employer == "Northwind Robotics")
    page.locator(f"#cand-{right.id}").check()
    page.get_by_role("button", name="Confirm").click()
    page.get_by_role("heading", name="The report").wait_for(timeout=90_000)
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Ada Okafor, Head of Platform at Northwind Robotics"
    )
    assert wait_for(context, job_id, {"done"}).state == "done"
    frame = page.frame_locator("iframe.report")
    frame.get_by_text("More experience?").first.wait_for()
    _shot(page, "report")
    with page.expect_download() as download:
        page.get_by_role("link", name="JSON").click()
    saved = tmp_path / "report.json"
    download.value.save_as(saved)
    assert json.loads(saved.read_text())["you"]["name"] == "Marcus Webb"
    # history, then forget with a confirmation
    page.get_by_role("link", name="History").click()
    page.get_by_role("heading", name="Past lookups").wait_for()
    assert page.get_by_role("cell", name="Ada Okafor", exact=True).count() == 1
    _shot(page, "history")
    page.get_by_role("link", name="this lookup").click()
    page.get_by_role("button", name="Erase all of it").click()
    page.get_by_text("Erased 1 lookup(s)").wait_for()
    page.get_by_role("link", name="Back to history").click()
    page.get_by_text("No lookups stored yet").wait_for()
    assert page.problems == []  # type: ignore[attr-defined]
    # nothing but this server was asked for: no fonts, scripts or pages from elsewhere
    hosts = {url.split("/")[2] for url in page.requests if url.startswith("http")}  # type: ignore[attr-defined]
    assert hosts == {f"127.0.0.1:{served.port}"}


def test_a_bad_upload_is_explained_on_the_form(page: Any, served: Served) -> None:
    page.goto(served.launch)
    bad = ROOT / "fixtures" / "documents" / "resumes" / "bad" / "encrypted.pdf"
    page.get_by_label("Your resume").set_input_files(str(bad))
    page.get_by_role("button", name="Start the lookup").click()
    alert = page.get_by_role("alert")
    alert.wait_for()
    assert "encrypted.pdf" in alert.inner_text()
    # the form comes back with status 400, which the browser logs; nothing else went wrong
    problems = [p for p in page.problems if "status of 400" not in p]  # type: ignore[attr-defined]
    assert problems == []


def test_keyboard_and_a_small_screen(page: Any, served: Served) -> None:
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(served.launch)
    # readable at 320 px: nothing wider than the screen
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    # every field has a label
    unlabelled = page.evaluate(
        """[...document.querySelectorAll('input:not([type=hidden]), textarea, select')]
           .filter(e => !(e.labels && e.labels.length)).map(e => e.name)"""
    )
    assert unlabelled == []
    # the keyboard reaches the skip link first, then the navigation
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    for path in ("/history", "/sources", "/config"):
        page.goto(served.base + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, path
    _shot(page, "small-screen")
