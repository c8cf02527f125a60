"""Source tests' own set-up; the running and faking come from runnerup's public test kit.

Tests reach these through fixtures and hooks (no test imports this module):

* ``pytest_generate_tests`` parametrizes any test that takes ``source_example`` (a
  ``(source class, Example)`` pair, for every example of every registered source) or
  ``registered_source`` (a :class:`LoadedSource`, for every registered entry point).
* ``source_tester``: the kit's ``source_examples`` (:class:`research.testing.SourceTester`)
  with no keys or ``RUNNERUP_*`` settings from the developer's shell (``clean_source_env``).
* ``fake_plugins``: adds a working third-party plugin and broken ones to the entry points.

From the kit (:mod:`research.testing`, the pytest plugin every runnerup install brings):
``run_example``, ``check_expect``, ``RecordingFetcher``, the ``fake_fetcher`` fixture (a
:class:`research.testing.FakeFetcher`) and ``make_fetched`` (:func:`research.testing.fetched`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from research.source import Registry, Source, discover
from research.testing import UPDATE_VARIABLE, SourceTester

# -- the registry -----------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadedSource:
    id: str
    target: str
    cls: type[Source] | None
    problem: str = ""

    @property
    def missing_module(self) -> bool:
        """The plugin's module does not exist (yet): a source still being written."""
        module = self.target.partition(":")[0]
        return self.cls is None and f"No module named '{module}'" in self.problem


def registered_sources(registry: Registry | None = None) -> list[LoadedSource]:
    """Every registered source, loaded, with its load problem when it failed."""
    registry = registry or discover(env={})
    out: list[LoadedSource] = []
    for source_id in registry.ids():
        cls = registry.load(source_id)
        problem = ""
        if cls is None:
            problem = next(
                (p.message for p in reversed(registry.problems) if p.id == source_id),
                "could not be loaded",
            )
        out.append(LoadedSource(source_id, registry.entries[source_id].target, cls, problem))
    return out


# -- every example of every registered source ----------------------------------------------


def _example_cases() -> list[Any]:
    cases: list[Any] = []
    for loaded in registered_sources():
        if loaded.cls is None:
            # a module not written yet is skipped; a broken one fails (test_example asserts)
            marks = (
                [
                    pytest.mark.skip(
                        reason=f"source {loaded.id} is not written yet: {loaded.problem}"
                    )
                ]
                if loaded.missing_module
                else []
            )
            cases.append(pytest.param((loaded, None), id=f"{loaded.id}-not-loadable", marks=marks))
            continue
        if not loaded.cls.examples:
            reason = f"source {loaded.id} has no examples"
            cases.append(
                pytest.param(
                    (loaded.cls, None),
                    id=f"{loaded.id}-no-examples",
                    marks=pytest.mark.skip(reason=reason),
                )
            )
        for index, example in enumerate(loaded.cls.examples):
            # the plugin skips `browser` tests, saying how to enable them, when no Chromium
            browser_marks = [pytest.mark.browser] if example.options.get("needs_browser") else []
            cases.append(
                pytest.param(
                    (loaded.cls, example),
                    id=f"{loaded.id}-{index}-{example.name}",
                    marks=browser_marks,
                )
            )
    return cases


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "source_example" in metafunc.fixturenames:
        metafunc.parametrize("source_example", _example_cases())
    if "registered_source" in metafunc.fixturenames:
        loaded = registered_sources()
        metafunc.parametrize("registered_source", loaded, ids=[s.id for s in loaded])


@pytest.fixture
def source_tester(fixture_web: Any, clean_source_env: pytest.MonkeyPatch) -> SourceTester:
    """The kit's ``source_examples``, with no keys from the developer's environment."""
    return SourceTester(fixture_web, clean_source_env)


@pytest.fixture
def clean_source_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """No source keys or instance URLs from the developer's environment."""
    for name in list(os.environ):
        if name == UPDATE_VARIABLE:
            continue  # RUNNERUP_UPDATE_GOLDEN is the developer's choice for the whole run
        if name.endswith(("_TOKEN", "_API_KEY", "_KEY")) or name.startswith("RUNNERUP_"):
            monkeypatch.delenv(name, raising=False)
    yield monkeypatch


# -- fake third-party plugins -----------------------------------------------------------------

FAKE_PLUGIN = """
from datetime import date

from research.model import Career
from research.source import Example, Expect, Source, SourceInfo


class FakeSource(Source):
    info = SourceInfo(
        id="fakesite", name="Fake site", site="fake.test", kind="html",
        base_url="https://fake.test", terms_url="https://fake.test/terms",
        terms_reviewed=date(2026, 1, 1), terms_summary="Invented terms for a test.",
        rate=1.0, key_env="FAKESITE_KEY", key_required=True,
    )

    async def search(self, subject):
        return []

    async def collect(self, lead):
        return Career()


class NotASource:
    pass
"""


@dataclass
class FakePlugins:
    """Entry points added next to the installed ones: ``fakesite`` (a working third-party
    plugin) and broken ones (``missingmod``, ``explodes``, ``notsource``, ``wrongid``)."""

    entry_points: list[Any]

    @property
    def broken(self) -> list[str]:
        return ["explodes", "missingmod", "notsource", "wrongid"]


@pytest.fixture
def fake_plugins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakePlugins]:
    import sys
    from importlib.metadata import EntryPoint
    from importlib.metadata import entry_points as real_entry_points

    import research.source

    (tmp_path / "runnerup_fake_plugin.py").write_text(FAKE_PLUGIN, encoding="utf-8")
    (tmp_path / "runnerup_fake_explodes.py").write_text(
        "raise RuntimeError('this plugin is broken on purpose')\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    group = research.source.ENTRY_POINT_GROUP
    fakes = [
        EntryPoint("fakesite", "runnerup_fake_plugin:FakeSource", group),
        EntryPoint("missingmod", "runnerup_fake_missing:Source", group),
        EntryPoint("explodes", "runnerup_fake_explodes:Source", group),
        EntryPoint("notsource", "runnerup_fake_plugin:NotASource", group),
        EntryPoint("wrongid", "runnerup_fake_plugin:FakeSource", group),
    ]

    def entry_points(**kwargs: Any) -> Any:
        installed = list(real_entry_points(**kwargs))
        if kwargs.get("group") == group:
            return installed + fakes
        return installed

    monkeypatch.setattr(research.source, "entry_points", entry_points)
    yield FakePlugins(fakes)
    for name in ("runnerup_fake_plugin", "runnerup_fake_explodes", "runnerup_fake_missing"):
        sys.modules.pop(name, None)
