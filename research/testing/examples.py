"""Running a source's ``examples`` offline, for runnerup's tests and for plugin authors.

* :func:`run_example` runs one :class:`research.source.Example` on the fixture web through the
  real fetch door (robots.txt, the deny list and the source's documented API endpoints apply;
  only the spacing between requests is dropped), with the settings read the way the CLI reads
  them, and returns an :class:`ExampleRun`: the leads or the career, every fetcher call (with
  its headers and params) and every request the fixture web answered.
* :func:`check_expect` lists every way a run falls short of its :class:`research.source.Expect`;
  :func:`assert_expect` raises with that list and the requests made.
* :class:`RecordingFetcher` wraps a fetcher and records each call.
* :class:`SourceTester` bundles these for one fixture web (the ``source_examples`` fixture).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit

import research
from research.fixtureweb.server import FixtureWeb
from research.model import Career, Lead
from research.source import Example, Expect, Source, SourceContext, SourceOptions


def default_root() -> Path:
    """``fixtures/web`` of a runnerup checkout if there is one, else the packaged copy."""
    checkout = Path(research.__file__).resolve().parents[1] / "fixtures" / "web"
    if checkout.is_dir():
        return checkout
    return Path(research.__file__).resolve().parent / "_data" / "web"


if TYPE_CHECKING:
    from research.config import Config
    from research.fetch.door import Door


class EnvPatch(Protocol):
    """What :func:`run_example` needs to set an example's environment (pytest's monkeypatch)."""

    def setenv(self, name: str, value: str) -> None: ...

    def delenv(self, name: str, raising: bool = ...) -> None: ...


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
    """Wraps a fetcher (the door): records each call, the source's declared
    ``min_interval`` included (a :func:`fixture_door` drops it: loopback mode)."""

    inner: Any
    calls: list[Call] = field(default_factory=list)

    async def get(self, url: str, **options: Any) -> Any:
        """The door's ``get`` (same options), recorded first."""
        self.calls.append(
            Call(
                url,
                options.get("params"),
                options.get("headers"),
                options.get("source"),
                options.get("min_interval"),
                str(options.get("purpose", "")),
            )
        )
        return await self.inner.get(url, **options)

    async def render(self, url: str, *, source: str | None = None, purpose: str = "") -> Any:
        self.calls.append(Call(url, None, None, source, None, f"render: {purpose}"))
        return await self.inner.render(url, source=source, purpose=purpose)


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


def fixture_door(
    web: FixtureWeb,
    sources: Iterable[type[Source]] = (),
    *,
    config: Config | None = None,
    **overrides: Any,
) -> Door:
    """The door runnerup builds (:func:`research.doors.door_config`), with every request
    sent to the fixture web: loopback mode, so no spacing (``RUNNERUP_FIXTURE_SPACING`` may
    set one) and no source's declared rate; the documented API endpoints of ``sources``, as
    the lookup declares them; no cache."""
    from research.config import Config
    from research.doors import door_config
    from research.fetch.door import Door
    from research.fetch.routes import ConnectTo

    loopback = (ConnectTo("*", "127.0.0.1", web.port),)
    return Door(
        door_config(
            config or Config(),
            sources,
            connect_to=loopback,
            fixture_spacing=0.0,
            **overrides,
        )
    )


def missing_sites(example: Example, root: Path | None = None) -> list[str]:
    """The sites an example names that the fixture web's folder does not have."""
    folder = root or default_root()
    return [site for site in example.sites if not (folder / site).is_dir()]


async def run_example(
    cls: type[Source], example: Example, web: FixtureWeb, env: EnvPatch
) -> ExampleRun:
    """Run ``example`` of ``cls`` on the fixture web ``web`` with the example's environment
    (set through ``env``, pytest's monkeypatch), settings read the way the CLI reads them."""
    from research.config import load_config
    from research.source import settings_for

    for name, value in example.env.items():
        env.setenv(name, value)
    if cls.info.key_env and cls.info.key_env not in example.env:
        env.delenv(cls.info.key_env, raising=False)
    config = load_config(None, env=dict(os.environ))
    settings = settings_for(config, cls)
    run = ExampleRun(example)
    web.clear_log()
    # the source's documented API endpoints, as the lookup declares them to the door
    async with fixture_door(web, [cls], config=config) as door:
        fetcher = RecordingFetcher(door)
        options = SourceOptions.of(example.options)
        source = cls(SourceContext(fetcher=fetcher, settings=settings, options=options))
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


def _has(values: Sequence[str | None], wanted: str) -> bool:
    folded = wanted.casefold()
    return any(v and folded in v.casefold() for v in values)


def _missing(kind: str, values: Sequence[str | None], wanted: Sequence[str]) -> list[str]:
    shown = sorted({v for v in values if v})
    return [f"no {kind} contains {w!r} (got {shown})" for w in wanted if not _has(values, w)]


def _lead_failures(expect: Expect, leads: list[Lead]) -> list[str]:
    failures: list[str] = []
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
    if expect.headline is not None and not _has([lead.headline for lead in leads], expect.headline):
        failures.append(f"no lead headline contains {expect.headline!r}")
    for wanted in (expect.institutions, expect.skills, expect.works):
        if wanted:
            failures.append("institutions/skills/works are checked on collect examples only")
    return failures


def _career_failures(expect: Expect, career: Career) -> list[str]:
    failures: list[str] = []
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
    return failures


def check_expect(expect: Expect, run: ExampleRun) -> list[str]:
    """Every way the run falls short of ``expect``; empty when it meets it."""
    failures: list[str] = []
    if run.leads is not None:
        failures += _lead_failures(expect, run.leads)
        for lead in run.leads:
            host = (urlsplit(lead.url).hostname or "").lower()
            asked = [r for r in run.requested if r.split("/", 1)[0] == host]
            if not lead.fetchable and asked:
                failures.append(f"{lead.url} is not fetchable, yet {asked} were requested")
    if run.career is not None:
        failures += _career_failures(expect, run.career)
    for prefix in expect.not_requested:
        asked = [r for r in run.requested if r.startswith(prefix)]
        if asked:
            failures.append(f"{prefix} must never be requested, but was: {asked}")
    return failures


def assert_expect(expect: Expect, run: ExampleRun) -> None:
    """Raise ``AssertionError`` naming every shortfall and the requests made."""
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
    """Run a source's examples on one fixture web (the ``source_examples`` fixture)."""

    web: FixtureWeb
    monkeypatch: EnvPatch

    async def run(self, cls: type[Source], example: Example) -> ExampleRun:
        return await run_example(cls, example, self.web, self.monkeypatch)

    async def run_all(self, cls: type[Source]) -> list[ExampleRun]:
        """Every example of ``cls``, each checked against its ``Expect`` (raises on the first
        that falls short)."""
        runs = []
        for example in cls.examples:
            run = await self.run(cls, example)
            assert_expect(example.expect, run)
            runs.append(run)
        return runs

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


__all__ = [
    "Call",
    "EnvPatch",
    "ExampleRun",
    "RecordingFetcher",
    "SourceTester",
    "assert_expect",
    "check_expect",
    "default_root",
    "fixture_door",
    "missing_sites",
    "run_example",
]
