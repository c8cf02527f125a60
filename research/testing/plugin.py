"""The pytest plugin of runnerup's test kit (entry point ``runnerup_fixture_web``, loaded with
:mod:`research.testing`), for runnerup's own tests and for plugin authors:

* ``fixture_web`` (the shared fixture web over the ini option ``fixture_web_root``, default
  runnerup's ``fixtures/web``, its request log cleared for each test), ``fixture_web_session``
  and ``make_fixture_web`` (a factory that serves any folder until the test ends);
* ``source_examples``: a :class:`~research.testing.examples.SourceTester` that runs a source's
  ``examples`` on the fixture web through the real fetch door and checks each ``Expect``;
* ``fake_fetcher`` (a :class:`~research.testing.fake.FakeFetcher`: answers from a mapping of
  URL to answer, records every call) and ``make_fetched`` (:func:`~research.testing.fake.fetched`,
  to build those answers), for unit tests of a source without a server;
* tests marked ``browser`` are skipped, with the reason and how to enable them, when no
  Chromium is found (``RUNNERUP_BROWSER=none`` hides an installed one).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

import pytest

from research.fetch.outcome import Fetched
from research.fixtureweb.server import FixtureWeb
from research.testing.examples import SourceTester, default_root
from research.testing.fake import FakeFetcher, fetched

BROWSER_SKIP_REASON = (
    "needs Chromium and the 'browser' extra: apt-get install chromium (on Debian/Ubuntu) and "
    "pip install 'runnerup[browser]'; RUNNERUP_BROWSER=none hides an installed one"
)


def browser_available() -> bool:
    """Whether tests marked ``browser`` can run: Playwright importable and a Chromium found
    (``RUNNERUP_BROWSER=none`` hides an installed one, to test the no-browser path)."""
    from importlib.util import find_spec

    from research.fetch.config import find_browser

    return find_spec("playwright") is not None and find_browser() is not None


class MakeFixtureWeb(Protocol):
    """The type of the ``make_fixture_web`` fixture."""

    def __call__(self, root: Path | str, *, port: int = 0, delay_ms: int = 0) -> FixtureWeb: ...


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "browser: needs an installed Chromium; skipped with the reason otherwise"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``browser`` are skipped, with how to enable them, when no browser."""
    if browser_available():
        return
    skip = pytest.mark.skip(reason=BROWSER_SKIP_REASON)
    for item in items:
        if item.get_closest_marker("browser") is not None:
            item.add_marker(skip)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "fixture_web_root",
        help="folder of fixture-web sites for the fixture_web fixture "
        "(default: runnerup's fixtures/web)",
        type="string",
        default="",
    )


def _configured_root(config: pytest.Config) -> Path:
    value = str(config.getini("fixture_web_root") or "").strip()
    if not value:
        return default_root()
    root = Path(value).expanduser()
    if not root.is_absolute():
        base = config.inipath.parent if config.inipath is not None else config.rootpath
        root = base / root
    return root


@pytest.fixture(scope="session")
def fixture_web_session(pytestconfig: pytest.Config) -> Iterator[FixtureWeb]:
    """The fixture web over ``fixture_web_root``, shared by the whole session."""
    root = _configured_root(pytestconfig)
    if not root.is_dir():
        pytest.fail(f"fixture_web_root {root} is not a directory", pytrace=False)
    with FixtureWeb(root) as web:
        yield web


@pytest.fixture
def fixture_web(fixture_web_session: FixtureWeb) -> FixtureWeb:
    """The shared fixture web, its request log cleared for this test."""
    fixture_web_session.clear_log()
    return fixture_web_session


@pytest.fixture
def make_fixture_web() -> Iterator[MakeFixtureWeb]:
    """A factory: ``make_fixture_web(tmp_path)`` serves a folder until the test ends."""
    started: list[FixtureWeb] = []

    def make(root: Path | str, *, port: int = 0, delay_ms: int = 0) -> FixtureWeb:
        web = FixtureWeb(root, port=port, delay_ms=delay_ms).start()
        started.append(web)
        return web

    yield make
    for web in reversed(started):
        web.stop()


@pytest.fixture
def source_examples(fixture_web: FixtureWeb, monkeypatch: pytest.MonkeyPatch) -> SourceTester:
    """Run a source's ``examples`` on the fixture web and check their ``Expect``::

    async def test_my_examples(source_examples):
        for example in MySource.examples:
            run = await source_examples.run(MySource, example)
            source_examples.assert_meets(example.expect, run)
    """
    return SourceTester(fixture_web, monkeypatch)


@pytest.fixture
def fake_fetcher() -> FakeFetcher:
    """A :class:`FakeFetcher` with no routes: put answers in ``fake_fetcher.routes[url]``
    (built with ``make_fetched``); unknown URLs answer ``not_found``."""
    return FakeFetcher()


@pytest.fixture
def make_fetched() -> Callable[..., Fetched]:
    """:func:`research.testing.fake.fetched`: ``make_fetched(url, body, status=...)``."""
    return fetched


__all__ = [
    "BROWSER_SKIP_REASON",
    "MakeFixtureWeb",
    "browser_available",
    "fake_fetcher",
    "fixture_web",
    "fixture_web_session",
    "make_fetched",
    "make_fixture_web",
    "pytest_addoption",
    "pytest_collection_modifyitems",
    "pytest_configure",
    "source_examples",
]
