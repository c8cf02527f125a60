"""Helpers for source tests, reusable by plugin authors.

Tests reach them through fixtures and hooks (no test imports this module):

* ``pytest_generate_tests`` parametrizes any test that takes ``source_example`` (a
  ``(source class, Example)`` pair, for every example of every registered source) or
  ``registered_source`` (a :class:`LoadedSource`, for every registered entry point).
* the ``source_tester`` fixture: a :class:`SourceTester` with ``run``, ``check`` and
  ``assert_meets`` for one example (or an ad-hoc one) on the fixture web, through the
  real fetch door; the :class:`ExampleRun` has the leads or career, the fetcher calls
  (with headers and params) and the fixture web's request log.
* ``fake_fetcher`` / ``make_fetched``: a canned :class:`FakeFetcher` and a builder of
  :class:`research.fetch.outcome.Fetched` answers, for unit tests without a server.
* ``fake_plugins``: adds a working third-party plugin and broken ones to the entry points.
* ``clean_source_env``: no keys or ``RUNNERUP_*`` settings from the developer's shell.

Functions:

* :func:`registered_sources` - every registered source id with its class, or why it
  could not be loaded.
* :func:`run_example` - run one :class:`research.source.Example` against the fixture web
  through the real fetch door, and return what it produced plus the requests it made.
* :func:`check_expect` / :func:`assert_expect` - compare that with the example's
  :class:`research.source.Expect`.
* :class:`RecordingFetcher` - a :class:`research.source.Fetcher` wrapper that records every
  call and (in tests only) drops the spacing between requests.

These could move into ``research/testing.py`` so that third-party plugin authors can run
their examples with ``from research.testing import run_example``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from research.model import Career, Lead
from research.source import Example, Expect, Registry, Source, SourceContext, discover

REPO = Path(__file__).resolve().parents[2]
FIXTURE_ROOT = REPO / "fixtures" / "web"


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


# -- a fetcher that records -------------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    url: str
    params: Mapping[str, str] | None
    headers: Mapping[str, str] | None
    source: str | None
    min_interval: float | None
    purpose: str


@dataclass
class RecordingFetcher:
    """Wraps a fetcher (the door): records each call; ``fast=True`` asks the door for no
    spacing (the source's declared ``min_interval`` is still recorded)."""

    inner: Any
    fast: bool = True
    calls: list[Call] = field(default_factory=list)

    async def get(
        self,
        url: str,
        *,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        max_bytes: int | None = None,
        min_interval: float | None = None,
        source: str | None = None,
        purpose: str = "",
    ) -> Any:
        self.calls.append(Call(url, params, headers, source, min_interval, purpose))
        return await self.inner.get(
            url,
            params=params,
            headers=headers,
            max_bytes=max_bytes,
            min_interval=0.0 if self.fast else min_interval,
            source=source,
            purpose=purpose,
        )

    async def render(self, url: str, *, source: str | None = None, purpose: str = "") -> Any:
        self.calls.append(Call(url, None, None, source, None, f"render: {purpose}"))
        return await self.inner.render(url, source=source, purpose=purpose)


# -- running an example -----------------------------------------------------------------------


@dataclass
class ExampleRun:
    example: Example
    leads: list[Lead] | None = None
    career: Career | None = None
    calls: list[Call] = field(default_factory=list)
    requested: list[str] = field(default_factory=list)
    """``host/path?query`` of every request the fixture web answered."""

    @property
    def pages(self) -> list[str]:
        """:attr:`requested` without the door's robots.txt requests."""
        return [r for r in self.requested if not r.split("?", 1)[0].endswith("/robots.txt")]


def door_for(web: Any, **overrides: Any) -> Any:
    """A fetch door whose every request goes to the fixture web, with no spacing."""
    from research.fetch import Door, DoorConfig
    from research.settings import ConnectTo

    config = DoorConfig(
        connect_to=(ConnectTo("*", "127.0.0.1", web.port),),
        min_interval=0.0,
        cache_dir=None,
        **overrides,
    )
    return Door(config)


def missing_sites(example: Example, root: Path = FIXTURE_ROOT) -> list[str]:
    return [site for site in example.sites if not (root / site).is_dir()]


async def run_example(
    cls: type[Source],
    example: Example,
    web: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> ExampleRun:
    """Run ``example`` of ``cls`` on the fixture web ``web`` with the example's environment,
    settings read the way the CLI reads them (``load_config`` + ``settings_for``)."""
    from research.config import load_config
    from research.source import api_policy, settings_for

    for name, value in example.env.items():
        monkeypatch.setenv(name, value)
    if cls.info.key_env and cls.info.key_env not in example.env:
        monkeypatch.delenv(cls.info.key_env, raising=False)
    config = load_config(None, env=dict(os.environ))
    settings = settings_for(config, cls)
    run = ExampleRun(example)
    web.clear_log()
    # the source's documented API endpoints, as the lookup declares them to the door
    async with door_for(web, api_policy=api_policy(config, [cls], paced=False)) as door:
        fetcher = RecordingFetcher(door)
        source = cls(SourceContext(fetcher=fetcher, settings=settings, options=example.options))
        if example.subject is not None:
            run.leads = await source.search(example.subject)
        elif example.lead is not None:
            run.career = await source.collect(example.lead)
        else:
            raise AssertionError(f"example {example.name!r} has neither a subject nor a lead")
        run.calls = fetcher.calls
    run.requested = [
        f"{r.host}{r.path}" + (f"?{r.query}" if r.query else "") for r in web.requests()
    ]
    return run


# -- checking an Expect -----------------------------------------------------------------------


def _has(values: Sequence[str | None], wanted: str) -> bool:
    folded = wanted.casefold()
    return any(v and folded in v.casefold() for v in values)


def _missing(kind: str, values: Sequence[str | None], wanted: Sequence[str]) -> list[str]:
    shown = sorted({v for v in values if v})
    return [f"no {kind} contains {w!r} (got {shown})" for w in wanted if not _has(values, w)]


def check_expect(expect: Expect, run: ExampleRun) -> list[str]:
    """Every way the run falls short of ``expect``; empty when it meets it."""
    failures: list[str] = []
    if run.leads is not None:
        leads = run.leads
        urls = [lead.url for lead in leads]
        failures += [f"lead {u} not found (got {urls})" for u in expect.lead_urls if u not in urls]
        failures += [f"lead {u} should not be there" for u in expect.no_lead_urls if u in urls]
        if expect.min_leads is not None and len(leads) < expect.min_leads:
            failures.append(f"{len(leads)} leads, expected at least {expect.min_leads}")
        if expect.max_leads is not None and len(leads) > expect.max_leads:
            failures.append(f"{len(leads)} leads, expected at most {expect.max_leads}: {urls}")
        if expect.empty and leads:
            failures.append(f"expected no leads, got {urls}")
        failures += _missing("lead name", [lead.name or lead.title for lead in leads], expect.names)
        failures += _missing(
            "lead employer",
            [v for lead in leads for v in (lead.employer, lead.headline)],
            expect.employers,
        )
        failures += _missing(
            "lead title", [v for lead in leads for v in (lead.headline, lead.title)], expect.titles
        )
        if expect.headline is not None and not _has(
            [lead.headline for lead in leads], expect.headline
        ):
            failures.append(f"no lead headline contains {expect.headline!r}")
        for wanted in (expect.institutions, expect.skills, expect.works):
            if wanted:
                failures.append("institutions/skills/works are checked on collect examples only")
    if run.career is not None:
        career = run.career
        failures += _missing("name", [career.name], expect.names)
        failures += _missing("employer", [e.employer for e in career.experiences], expect.employers)
        failures += _missing(
            "title", [e.title for e in career.experiences] + [career.headline], expect.titles
        )
        failures += _missing(
            "institution", [e.institution for e in career.education], expect.institutions
        )
        failures += _missing("skill", [s.name for s in career.skills], expect.skills)
        failures += _missing("work", [w.title for w in career.work], expect.works)
        if expect.headline is not None and not _has([career.headline], expect.headline):
            failures.append(f"headline {career.headline!r} does not contain {expect.headline!r}")
        if expect.empty and not career.is_empty():
            failures.append("expected an empty career")
        if expect.lead_urls or expect.no_lead_urls or expect.min_leads or expect.max_leads:
            failures.append("lead_urls/no_lead_urls/min_leads/max_leads apply to search examples")
    if run.leads is not None:
        from urllib.parse import urlsplit

        for lead in run.leads:
            host = (urlsplit(lead.url).hostname or "").lower()
            asked = [r for r in run.requested if r.split("/", 1)[0] == host]
            if not lead.fetchable and asked:
                failures.append(f"{lead.url} is not fetchable, yet {asked} were requested")
    for prefix in expect.not_requested:
        asked = [r for r in run.requested if r.startswith(prefix)]
        if asked:
            failures.append(f"{prefix} must never be requested, but was: {asked}")
    return failures


def assert_expect(expect: Expect, run: ExampleRun) -> None:
    failures = check_expect(expect, run)
    if failures:
        raise AssertionError(
            f"example {run.example.name!r}:\n  - "
            + "\n  - ".join(failures)
            + "\n  requests: "
            + ", ".join(run.requested)
        )


@dataclass
class SourceTester:
    """What the ``source_tester`` fixture gives: run an example on the fixture web."""

    web: Any
    monkeypatch: pytest.MonkeyPatch

    async def run(self, cls: type[Source], example: Example) -> ExampleRun:
        return await run_example(cls, example, self.web, self.monkeypatch)

    @staticmethod
    def make_run(example: Example, **fields: Any) -> ExampleRun:
        """An :class:`ExampleRun` built by hand (to test expectations themselves)."""
        return ExampleRun(example, **fields)

    def missing_sites(self, example: Example) -> list[str]:
        return missing_sites(example, Path(self.web.root))

    @staticmethod
    def check(expect: Expect, run: ExampleRun) -> list[str]:
        return check_expect(expect, run)

    @staticmethod
    def assert_meets(expect: Expect, run: ExampleRun) -> None:
        assert_expect(expect, run)


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
    return SourceTester(fixture_web, clean_source_env)


@pytest.fixture
def clean_source_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """No source keys or instance URLs from the developer's environment."""
    for name in list(os.environ):
        if name.endswith(("_TOKEN", "_API_KEY", "_KEY")) or name.startswith("RUNNERUP_"):
            monkeypatch.delenv(name, raising=False)
    yield monkeypatch


# -- a canned fetcher for unit tests ----------------------------------------------------------


def fetched(
    url: str,
    body: bytes | str | Any = b"",
    *,
    status: int = 200,
    outcome: Any = None,
    headers: Mapping[str, str] | None = None,
    content_type: str = "application/json",
    detail: str = "",
) -> Any:
    """A :class:`research.fetch.outcome.Fetched` as the door would return it. ``body`` may be
    bytes, text, or anything JSON-serialisable."""
    import json
    from datetime import UTC, datetime

    from research.fetch.outcome import Fetched, Outcome, Provenance

    if outcome is None:
        outcome = {
            200: Outcome.OK,
            401: Outcome.BLOCKED,
            403: Outcome.BLOCKED,
            404: Outcome.NOT_FOUND,
            429: Outcome.RATE_LIMITED,
        }.get(status, Outcome.UNREACHABLE)
    if not isinstance(body, bytes | str):
        body = json.dumps(body)
    data = body.encode("utf-8") if isinstance(body, str) else body
    at = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
    return Fetched(
        url=url,
        outcome=outcome,
        provenance=Provenance(url, url, at, outcome, status=status),
        status=status,
        final_url=url,
        headers={
            "content-type": content_type,
            **{k.lower(): v for k, v in (headers or {}).items()},
        },
        body=data if outcome is Outcome.OK else b"",
        content_type=content_type,
        detail=detail,
    )


@dataclass
class FakeFetcher:
    """Answers ``get`` from ``routes`` (URL without query -> Fetched, or a callable taking the
    Call); anything else is ``not_found``. Records every call."""

    routes: dict[str, Any] = field(default_factory=dict)
    calls: list[Call] = field(default_factory=list)

    async def get(
        self,
        url: str,
        *,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        max_bytes: int | None = None,
        min_interval: float | None = None,
        source: str | None = None,
        purpose: str = "",
    ) -> Any:
        call = Call(url, dict(params or {}), dict(headers or {}), source, min_interval, purpose)
        self.calls.append(call)
        answer = self.routes.get(url)
        if callable(answer):
            answer = answer(call)
        return answer if answer is not None else fetched(url, status=404)

    async def render(self, url: str, *, source: str | None = None, purpose: str = "") -> Any:
        raise AssertionError("sources under test must not render")


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


@pytest.fixture
def fake_fetcher() -> FakeFetcher:
    """A :class:`FakeFetcher`; put answers in ``.routes`` (see the ``make_fetched`` fixture)."""
    return FakeFetcher()


@pytest.fixture
def make_fetched() -> Any:
    """The :func:`fetched` helper: ``make_fetched(url, body, status=..., headers=...)``."""
    return fetched
