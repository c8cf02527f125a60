"""Shared test set-up. The fixture web (``fixture_web``, ``make_fixture_web``) comes from the
``research.testing`` pytest plugin, registered through the ``pytest11`` entry point."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from research.fetch.config import browser_turned_off

ROOT = Path(__file__).resolve().parents[1]
_HIDE_BROWSER = browser_turned_off()

# keys and settings from the developer's own environment must not change test results
_ISOLATED_ENV = (
    "GITHUB_TOKEN",
    "GITLAB_TOKEN",
    "BRAVE_API_KEY",
    "RUNNERUP_SEARXNG_URL",
    "STACKEXCHANGE_KEY",
    "RUNNERUP_SOURCES",
    "RUNNERUP_CONNECT_TO",
    "RUNNERUP_RETENTION_DAYS",
    "NO_COLOR",
)


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Every test gets its own runnerup home, so nothing touches the developer's data."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("RUNNERUP_HOME", str(home))
    for name in _ISOLATED_ENV:
        monkeypatch.delenv(name, raising=False)
    # The browser setting is isolated too, except the switch that hides an installed browser
    # for a whole run (`RUNNERUP_BROWSER=none make test`, the no-browser path CI also runs).
    if _HIDE_BROWSER:
        monkeypatch.setenv("RUNNERUP_BROWSER", "none")
    else:
        monkeypatch.delenv("RUNNERUP_BROWSER", raising=False)
    yield home
