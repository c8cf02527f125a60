"""runnerup's test kit, for its own tests and for plugin authors.

* :mod:`research.testing.server`: the fixture web, a small simulated web on loopback that
  picks the site by the ``Host`` header (:class:`FixtureWeb`, its request log);
  ``python -m research.testing serve FOLDER`` serves one by hand.
* :mod:`research.testing.routes`: how a folder of sites answers (a folder per host, files as
  pages, ``robots.txt`` as a file, ``_routes.toml`` for statuses, headers, delays and
  query-matched answers).
* :mod:`research.testing.examples`: run a source's ``examples`` offline through the real
  fetch door and check each ``Expect`` (:func:`run_example`, :func:`check_expect`).
* :mod:`research.testing.plugin`: the pytest plugin (entry point ``runnerup_fixture_web``,
  which loads this package): the ``fixture_web``, ``make_fixture_web`` and
  ``source_examples`` fixtures, and the ``browser`` marker that skips without Chromium.

Only the standard library is needed for the fixture web; pytest only for the plugin.
"""

from __future__ import annotations

from research.testing.examples import (
    Call,
    ExampleRun,
    RecordingFetcher,
    SourceTester,
    assert_expect,
    check_expect,
    fixture_door,
    missing_sites,
    run_example,
)
from research.testing.routes import (
    CONTENT_TYPES,
    Route,
    RoutesError,
    content_type_for,
    default_root,
    load_routes,
)
from research.testing.server import FixtureWeb, RequestRecord, main

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
        fixture_web,
        fixture_web_session,
        make_fixture_web,
        pytest_addoption,
        pytest_collection_modifyitems,
        pytest_configure,
        source_examples,
    )

__all__ = [
    "BROWSER_SKIP_REASON",
    "CONTENT_TYPES",
    "Call",
    "ExampleRun",
    "FixtureWeb",
    "MakeFixtureWeb",
    "RecordingFetcher",
    "RequestRecord",
    "Route",
    "RoutesError",
    "SourceTester",
    "assert_expect",
    "browser_available",
    "check_expect",
    "content_type_for",
    "default_root",
    "fixture_door",
    "fixture_web",
    "fixture_web_session",
    "load_routes",
    "main",
    "make_fixture_web",
    "missing_sites",
    "pytest_addoption",
    "pytest_collection_modifyitems",
    "pytest_configure",
    "run_example",
    "source_examples",
]
