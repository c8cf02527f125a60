"""``door.render``: Chromium whose every request goes through the door."""

from __future__ import annotations

import shutil
from collections.abc import Callable

import pytest

from research.fetch.outcome import Outcome
from research.testing import FixtureWeb

from .conftest import door_for


@pytest.mark.browser
async def test_render_js_page_through_the_door(fixture_web: FixtureWeb) -> None:
    async with door_for(fixture_web, min_interval=0.05) as door:
        fetched = await door.render(
            "https://js-app.door.test/", source="webpage", purpose="profile"
        )
    assert fetched.outcome is Outcome.OK, fetched.detail
    assert fetched.content_type == "text/html"
    html = fetched.text()
    assert "Grace Renderwell - Staff Frontend Engineer" in html  # written by app.js
    assert fetched.final_url == "https://js-app.door.test/"
    assert fetched.provenance.source == "webpage"
    paths = [r.path for r in fixture_web.requests(host="js-app.door.test")]
    assert "/app.js" in paths and "/data.json" in paths
    assert "/private/track.js" not in paths  # robots.txt disallows it: never requested
    assert "/photo.png" not in paths  # images are aborted unfetched
    assert paths.count("/robots.txt") == 1
    log = {(p.url, p.outcome) for p in door.log}
    assert ("https://js-app.door.test/private/track.js", Outcome.DISALLOWED) in log
    # XHR goes through the door too: the deny list refuses it before any connection
    assert ("https://www.linkedin.com/voyager/api/me", Outcome.FORBIDDEN_BY_TERMS) in log
    assert {p.source for p in door.log} == {"webpage"}  # requests carry the render's source


@pytest.mark.browser
async def test_render_refused_page_does_not_start_a_browser(
    site_web: Callable[..., FixtureWeb],
) -> None:
    web = site_web({"closed.door.test": {"robots.txt": "User-agent: *\nDisallow: /\n"}})
    async with door_for(web) as door:
        fetched = await door.render("https://closed.door.test/")
        denied = await door.render("https://www.linkedin.com/in/x")
        assert door._browser is None
    assert fetched.outcome is Outcome.DISALLOWED
    assert denied.outcome is Outcome.FORBIDDEN_BY_TERMS


@pytest.mark.browser
async def test_render_noindex_page_hands_out_nothing(
    site_web: Callable[..., FixtureWeb],
) -> None:
    page = '<html><head><meta name="robots" content="noindex"></head><body>hidden</body></html>'
    web = site_web({"quiet.door.test": {"index.html": page}})
    async with door_for(web) as door:
        fetched = await door.render("https://quiet.door.test/")
    assert fetched.outcome is Outcome.OK and fetched.noindex
    assert fetched.body == b""


async def test_render_without_browser_is_unsupported(
    fixture_web: FixtureWeb, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.delenv("RUNNERUP_BROWSER", raising=False)
    async with door_for(fixture_web) as door:
        fetched = await door.render("https://js-app.door.test/")
    assert fetched.outcome is Outcome.UNSUPPORTED
    assert "apt-get install chromium" in fetched.detail
    assert "browser.executable" in fetched.detail


@pytest.mark.parametrize("value", ["none", "off", "NONE"])
async def test_render_turned_off_by_the_environment(
    fixture_web: FixtureWeb, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    # RUNNERUP_BROWSER=none hides an installed browser: the page is reported, not rendered
    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/chromium")
    monkeypatch.setenv("RUNNERUP_BROWSER", value)
    async with door_for(fixture_web) as door:
        fetched = await door.render("https://js-app.door.test/")
        assert door._browser is None
    assert fetched.outcome is Outcome.UNSUPPORTED
    assert "rendering is turned off" in fetched.detail
    # robots.txt is asked first (a refusal must win); the page itself is never requested
    assert [r.path for r in fixture_web.requests(host="js-app.door.test")] == ["/robots.txt"]


async def test_render_with_broken_executable_is_unsupported(
    fixture_web: FixtureWeb, tmp_path: object
) -> None:
    async with door_for(fixture_web, browser_executable="/nonexistent/chromium") as door:
        fetched = await door.render("https://js-app.door.test/")
    assert fetched.outcome is Outcome.UNSUPPORTED
    assert "did not start" in fetched.detail
