"""``door.start_browser``: Chromium started ahead of the first render (the lookup does it
while the sources search), shared by the renders, closed with the door."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from research.fetch import browser
from research.fetch.outcome import Outcome
from research.testing import FixtureWeb

from .conftest import door_for


def started(monkeypatch: pytest.MonkeyPatch) -> list[browser.BrowserSession]:
    """The sessions the browser module starts, from now on."""
    sessions: list[browser.BrowserSession] = []
    start = browser._start

    async def kept(door: Any, executable: str) -> browser.BrowserSession:
        sessions.append(await start(door, executable))
        return sessions[-1]

    monkeypatch.setattr(browser, "_start", kept)
    return sessions


@pytest.mark.browser
async def test_a_browser_started_early_serves_the_renders_and_is_started_once(
    fixture_web: FixtureWeb, monkeypatch: pytest.MonkeyPatch
) -> None:
    launches = started(monkeypatch)
    async with door_for(fixture_web, min_interval=0.05) as door:
        assert door.start_browser()
        assert door.start_browser()  # already starting: not a second Chromium
        first = await door.render("https://js-app.door.test/", source="webpage")
        second = await door.render("https://js-app.door.test/", source="webpage")
    assert len(launches) == 1
    assert first.outcome is Outcome.OK and second.outcome is Outcome.OK, first.detail
    assert "Grace Renderwell" in first.text()
    assert door._browser is None


@pytest.mark.browser
async def test_a_browser_started_early_and_never_used_is_closed_with_the_door(
    fixture_web: FixtureWeb, monkeypatch: pytest.MonkeyPatch
) -> None:
    sessions = started(monkeypatch)
    async with door_for(fixture_web) as door:
        assert door.start_browser()
    assert door._browser is None
    assert len(sessions) == 1
    assert not Path(sessions[0].profile.name).exists()  # its profile is gone too
    assert fixture_web.log == []  # starting the browser asks the web nothing


async def test_no_early_start_without_a_usable_browser(
    fixture_web: FixtureWeb, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with door_for(fixture_web, browser_executable="/nonexistent/chromium") as door:
        assert not door.start_browser()
        assert door._browser is None
        # the render still says why, as without an early start
        fetched = await door.render("https://js-app.door.test/")
    assert fetched.outcome is Outcome.UNSUPPORTED and "did not start" in fetched.detail
    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/chromium")
    monkeypatch.setenv("RUNNERUP_BROWSER", "none")
    async with door_for(fixture_web) as door:
        assert not door.start_browser()
        assert door._browser is None


async def test_a_profile_chromium_still_writes_to_is_removed_after_all(tmp_path: Path) -> None:
    """Chromium's helpers may write to the profile for a moment after it closed: the first
    removal fails with "Directory not empty"; the lookup neither fails nor leaves it."""
    from research.fetch.browser import remove_profile

    folder = tmp_path / "runnerup-chromium-x"
    folder.mkdir()

    class StillWritten:
        name = str(folder)
        tries = 0

        def cleanup(self) -> None:
            self.tries += 1
            if self.tries < 3:
                raise OSError(39, "Directory not empty", "Default")
            folder.rmdir()

    profile = StillWritten()
    await remove_profile(profile)  # type: ignore[arg-type]
    assert profile.tries == 3 and not folder.exists()
