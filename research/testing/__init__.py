"""runnerup's test kit, for its own tests and for plugin authors.

* the fixture web, a small simulated web on loopback that picks the site by the ``Host``
  header (:class:`FixtureWeb`, its request log; ``python -m research.testing serve FOLDER``
  serves one by hand), and how a folder of sites answers (a folder per host, files as pages,
  ``robots.txt`` as a file, ``_routes.toml`` for statuses, headers, delays and query-matched
  answers). Both live in :mod:`research.fixtureweb` (``server``, ``routes``), outside the
  kit, because the demo serves its web with them and the product never imports the kit.
* :mod:`research.testing.examples`: run a source's ``examples`` offline through the real
  fetch door and check each ``Expect`` (:func:`run_example`, :func:`check_expect`).
* :mod:`research.testing.fake`: :class:`FakeFetcher`, a fake fetch door for unit tests
  without a server (answers from a mapping of URL to answer, records every call), and
  :func:`fetched` to build those answers as the door would.
* :mod:`research.testing.golden`: :func:`check_golden`, a parser's output pinned as a JSON
  file beside its input; ``RUNNERUP_UPDATE_GOLDEN=1`` rewrites the files that differ.
* :mod:`research.testing.plugin`: the pytest plugin (entry point ``runnerup_fixture_web``,
  which loads this package): the ``fixture_web``, ``make_fixture_web``,
  ``source_examples``, ``fake_fetcher`` and ``make_fetched`` fixtures, and the ``browser``
  marker that skips without Chromium.

Only the standard library is needed for the fixture web; pytest only for the plugin.
"""

from __future__ import annotations

from research.fixtureweb.routes import (
    CONTENT_TYPES,
    Route,
    RoutesError,
    content_type_for,
    load_routes,
)
from research.fixtureweb.server import FixtureWeb, RequestRecord, main
from research.testing.examples import (
    Call,
    ExampleRun,
    RecordingFetcher,
    SourceTester,
    assert_expect,
    check_expect,
    default_root,
    fixture_door,
    missing_sites,
    run_example,
)
from research.testing.fake import FETCHED_AT, FakeFetcher, fetched
from research.testing.golden import (
    UPDATE_VARIABLE,
    as_json,
    check_golden,
    golden_text,
    load_json,
    updating,
)

try:
    import pytest as _pytest  # noqa: F401
except ImportError:  # pragma: no cover - production installs have no pytest
    pass
else:
    # the pytest11 entry point names this package: its hooks and fixtures must be here
    from research.testing.plugin import (
        BROWSER_SKIP_REASON,
        MakeFixtureWeb,
        browser_available,
        fake_fetcher,
        fixture_web,
        fixture_web_session,
        make_fetched,
        make_fixture_web,
        pytest_addoption,
        pytest_collection_modifyitems,
        pytest_configure,
        source_examples,
    )

__all__ = [
    "BROWSER_SKIP_REASON",
    "CONTENT_TYPES",
    "FETCHED_AT",
    "UPDATE_VARIABLE",
    "Call",
    "ExampleRun",
    "FakeFetcher",
    "FixtureWeb",
    "MakeFixtureWeb",
    "RecordingFetcher",
    "RequestRecord",
    "Route",
    "RoutesError",
    "SourceTester",
    "as_json",
    "assert_expect",
    "browser_available",
    "check_expect",
    "check_golden",
    "content_type_for",
    "default_root",
    "fake_fetcher",
    "fetched",
    "fixture_door",
    "fixture_web",
    "fixture_web_session",
    "golden_text",
    "load_json",
    "load_routes",
    "main",
    "make_fetched",
    "make_fixture_web",
    "missing_sites",
    "pytest_addoption",
    "pytest_collection_modifyitems",
    "pytest_configure",
    "run_example",
    "source_examples",
    "updating",
]
