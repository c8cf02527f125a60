"""The HTML report in a real browser (Chromium through Playwright): no console errors, no
network requests beyond the file itself, the six questions and the matrix visible."""

from __future__ import annotations

from pathlib import Path

import pytest

from research.fetch.config import find_browser
from research.model import Comparison
from research.report import write_report

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.mark.browser
def test_html_report_in_chromium(comparisons: dict[str, Comparison], tmp_path: Path) -> None:
    executable = find_browser()
    assert executable is not None  # the browser marker skips this test without one
    sync_api = pytest.importorskip("playwright.sync_api")
    report = write_report(comparisons["stronger-hire"], "html", tmp_path / "report.html")
    url = report.resolve().as_uri()
    requests: list[str] = []
    problems: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.on("request", lambda r: requests.append(r.url))
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.goto(url, wait_until="load")
            assert page.locator("#summary").is_visible()
            assert page.locator("#matrix table").is_visible()
            assert page.locator("#summary tbody tr").count() == 6
            for question in ("More experience?", "An inside champion?"):
                assert page.get_by_text(question, exact=True).first.is_visible()
            assert page.locator("#matrix tbody tr").count() == 7
            assert page.locator("#timeline svg").is_visible()
            page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
            page.emulate_media(media="print")
            assert page.locator("#matrix table").is_visible()
        finally:
            browser.close()
    assert problems == []
    assert requests == [url]
    assert (tmp_path / "report.png").stat().st_size > 10_000
