"""Shared test set-up. The fixture web (``fixture_web``, ``make_fixture_web``) comes from the
``research.testing`` pytest plugin, registered through the ``pytest11`` entry point."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# keys and settings from the developer's own environment must not change test results
_ISOLATED_ENV = (
    "GITHUB_TOKEN",
    "GITLAB_TOKEN",
    "BRAVE_API_KEY",
    "RUNNERUP_SEARXNG_URL",
    "STACKEXCHANGE_KEY",
    "RUNNERUP_SOURCES",
    "RUNNERUP_CONNECT_TO",
    "RUNNERUP_BROWSER",
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
    yield home
