"""The pipeline's contract with its sources: each source's outcome comes from its own
fetcher's records (sources search at the same time), the fallback source is whichever
declares ``fallback`` (not a source id), the deny list is asked through the door, and the
lookup's typed options reach every source.

Everything is fetched from a fixture web on loopback; the sources are defined here."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import ClassVar

import pytest

from research.config import Config
from research.doors import open_door
from research.errors import UsageError
from research.events import LookupEvent, PageNotRead, SourceFinished, describe
from research.fetch.door import Door
from research.lookup import LookupRequest, NothingFound, Pipeline
from research.model import Career, Lead, Role, SourceOutcome, Subject
from research.settings import ConnectTo, Settings
from research.source import (
    Registered,
    Registry,
    Source,
    SourceContext,
    SourceInfo,
    SourceOptions,
)
from research.store import Store
from research.testing import FixtureWeb, MakeFixtureWeb


def _info(source_id: str, host: str) -> SourceInfo:
    return SourceInfo(
        id=source_id,
        name=source_id.title(),
        site=host,
        kind="html",
        base_url=f"https://{host}",
        terms_url=f"https://{host}/terms",
        terms_reviewed=date(2026, 1, 1),
        terms_summary="an invented site for this test",
        rate=3.0,
    )


class Closed(Source):
    """Asks for a page robots.txt disallows, without naming itself (its own fetcher tags
    the request), while the next source is still searching."""

    info = _info("closed", "closed.test")
    turn: ClassVar[asyncio.Event | None] = None

    async def search(self, subject: Subject) -> list[Lead]:
        await self.ctx.fetcher.get("https://closed.test/private/people?q=ada")
        assert self.turn is not None
        self.turn.set()
        return []

    async def collect(self, lead: Lead) -> Career:
        return Career()


class Quiet(Source):
    """Reads an allowed page after the other source's refusal; finds nobody. Keeps the
    options it was given."""

    info = _info("quiet", "open.test")
    turn: ClassVar[asyncio.Event | None] = None
    seen: ClassVar[list[SourceOptions]] = []

    async def search(self, subject: Subject) -> list[Lead]:
        Quiet.seen.append(self.ctx.options)
        assert self.turn is not None
        await self.turn.wait()
        await self.get("https://open.test/people.html")
        return []

    async def collect(self, lead: Lead) -> Career:
        return Career()


class Pages(Source):
    """The fallback: any web page."""

    info = _info("pages", "any.test")
    fallback = True

    def accepts(self, lead: Lead) -> bool:
        return lead.url.startswith(("http://", "https://"))

    async def search(self, subject: Subject) -> list[Lead]:
        return []

    async def collect(self, lead: Lead) -> Career:
        return Career()


class Special(Source):
    """A specialised source for one site."""

    info = _info("special", "special.test")

    def accepts(self, lead: Lead) -> bool:
        return lead.url.startswith("https://special.test/")

    async def search(self, subject: Subject) -> list[Lead]:
        return []

    async def collect(self, lead: Lead) -> Career:
        return Career()


class Webpage(Special):
    """Named ``webpage`` but no fallback: the id means nothing to the pipeline."""

    info = _info("webpage", "webpage.test")

    def accepts(self, lead: Lead) -> bool:
        return lead.url.startswith("https://webpage.test/")


def _registry(*classes: type[Source]) -> Registry:
    entries = {c.info.id: Registered(c.info.id, f"{__name__}:{c.__name__}") for c in classes}
    return Registry(entries, _loaded={c.info.id: c for c in classes})


@pytest.fixture
def web(tmp_path: Path, make_fixture_web: MakeFixtureWeb) -> FixtureWeb:
    root = tmp_path / "web"
    closed = root / "closed.test"
    closed.mkdir(parents=True)
    (closed / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n")
    opened = root / "open.test"
    opened.mkdir(parents=True)
    (opened / "robots.txt").write_text("User-agent: *\nAllow: /\n")
    (opened / "people.html").write_text("<html><body><p>Nobody here.</p></body></html>")
    return make_fixture_web(root)


@pytest.fixture
def home(tmp_path: Path, web: FixtureWeb) -> Settings:
    return Settings(home=tmp_path / "home", connect_to=(ConnectTo("*", "127.0.0.1", web.port),))


@pytest.fixture
def store(home: Settings) -> Iterator[Store]:
    home.home.mkdir(parents=True, exist_ok=True)
    with Store(home.store_path) as opened:
        yield opened


def _pipeline(
    request: LookupRequest,
    settings: Settings,
    store: Store,
    door: Door,
    registry: Registry,
    events: list[LookupEvent] | None = None,
) -> Pipeline:
    return Pipeline(
        request,
        settings=settings,
        config=Config(page_budget=7),
        store=store,
        door=door,
        listen=(events if events is not None else []).append,
        choose=None,
        registry=registry,
    )


async def test_sources_searching_together_keep_their_own_outcomes(
    home: Settings, store: Store, web: FixtureWeb
) -> None:
    turn = asyncio.Event()
    Closed.turn = Quiet.turn = turn
    Quiet.seen.clear()
    request = LookupRequest.of(
        "Ada Okafor",
        "Northwind Robotics",
        "Head of Platform",
        employer_site="https://northwind.test/",
        include_archived=True,
    )
    registry = _registry(Closed, Quiet)
    async with open_door(home, Config(), [Closed, Quiet], fixture_spacing=0.0) as door:
        pipeline = _pipeline(request, home, store, door, registry)
        with pytest.raises(NothingFound) as nothing:
            await pipeline.run()
        log = door.log
    outcomes = {o.source: o for o in nothing.value.outcomes}
    assert outcomes["closed"].status == "disallowed"
    assert outcomes["closed"].detail == "https://closed.test/private/people?q=ada"
    assert outcomes["quiet"].status == "nothing"  # the other source's refusal is not its own
    assert {p.source for p in log} == {"closed", "quiet"}
    assert web.requests(path="/private/people") == []
    # the typed options reached the source
    (options,) = Quiet.seen
    assert options.include_archived is True
    assert options.page_budget == 7
    assert options.employer_site == "https://northwind.test/"
    assert options.posting_url is None and "posting_url" not in options
    assert options.get("page_budget") == 7  # still a mapping for plugins that read it so


async def test_the_fallback_is_the_source_that_says_so(
    home: Settings, store: Store, web: FixtureWeb
) -> None:
    request = LookupRequest.of(
        "Ada Okafor",
        "Northwind Robotics",
        "Head of Platform",
        urls=["https://own.test/cv", "https://www.linkedin.com/in/someone", "ftp://x.test/a"],
    )
    registry = _registry(Pages, Special, Webpage)
    async with open_door(home, Config(), [], fixture_spacing=0.0) as door:
        pipeline = _pipeline(request, home, store, door, registry)
        pipeline._load_sources(None)
        hints = pipeline._hint_leads()
        taker = {
            url: pipeline._taker(Lead(url=url, source=""))
            for url in (
                "https://special.test/ada",
                "https://webpage.test/ada",
                "https://own.test/ada",
            )
        }
    # the pages the user named go to the fallback; a denied host is never fetchable
    assert [(h.url, h.source, h.fetchable) for h in hints] == [
        ("https://own.test/cv", "pages", True),
        ("https://www.linkedin.com/in/someone", "pages", False),
    ]
    assert {url: t.info.id if t else None for url, t in taker.items()} == {
        "https://special.test/ada": "special",
        "https://webpage.test/ada": "webpage",
        "https://own.test/ada": "pages",
    }
    assert web.log == []  # nothing was fetched to decide any of this


class AnyScheme(Special):
    """Takes any lead, whatever its scheme (a plugin may be that generous)."""

    info = _info("anyscheme", "any-scheme.test")

    def accepts(self, lead: Lead) -> bool:
        return True


async def test_why_a_page_is_not_read_and_what_a_source_read_are_in_words(
    home: Settings, store: Store, web: FixtureWeb
) -> None:
    events: list[LookupEvent] = []
    request = LookupRequest.of("Ada Okafor", "Northwind Robotics", "Head of Platform")
    async with open_door(home, Config(), [], fixture_spacing=0.0) as door:
        pipeline = _pipeline(request, home, store, door, _registry(AnyScheme), events)
        pipeline._load_sources(None)
        checked = await pipeline.check_readable([Lead(url="ftp://files.test/cv", source="")])
        limited = SourceOutcome(source="anyscheme", status="rate_limited", detail="https://a.test/")
        pipeline.record(limited)
        pipeline._tally_reads({"anyscheme": 1})
    assert checked[0].fetchable is False
    (refused,) = [e for e in events if isinstance(e, PageNotRead)]
    assert refused.why == "only http and https addresses are fetched"
    assert pipeline.notes == [
        "Not read: ftp://files.test/cv (only http and https addresses are fetched)."
    ]
    read = pipeline.outcomes["anyscheme"]
    assert (read.status, read.read) == ("read", 1)
    assert read.detail == "its search: asked to slow down https://a.test/"
    assert "rate_limited" not in describe(SourceFinished(read))


def test_the_posting_and_its_employer_reach_the_sources() -> None:
    request = LookupRequest.of(
        "Ada Okafor",
        "Northwind Robotics",
        "Head of Platform",
        posting="https://jobs.northwind.test/head.html",
    )
    role = Role(title="Head of Platform", employer_url="https://northwind.test/")
    options = request.source_options(Config(page_budget=3), role)
    assert options == SourceOptions(
        page_budget=3,
        posting_url="https://jobs.northwind.test/head.html",
        employer_url="https://northwind.test/",
    )
    from_file = LookupRequest.of("Ada Okafor", "N", "R", posting="posting.pdf")
    assert from_file.source_options(Config(), None).posting_url is None


def test_a_plain_mapping_of_options_still_works() -> None:
    from research.testing import RecordingFetcher

    ctx = SourceContext(
        fetcher=RecordingFetcher(None), options={"page_budget": 4, "needs_browser": True}
    )
    assert ctx.options.page_budget == 4
    assert ctx.options.extra == {"needs_browser": True}
    assert dict(ctx.options) == {"include_archived": False, "page_budget": 4, "needs_browser": True}


def test_the_request_refuses_what_the_user_cannot_mean() -> None:
    with pytest.raises(UsageError, match="do not go together"):
        LookupRequest.of("Ada Okafor", "N", "R", pick=1, yes=True)
    with pytest.raises(UsageError, match="empty"):
        LookupRequest.of("  ", "N", "R")
    request = LookupRequest.of(" Ada Okafor ", " N ", "R", urls=["https://own.test/cv"])
    assert request.subject.name == "Ada Okafor" and request.subject.employer == "N"
    assert request.subject.hints == ["https://own.test/cv"]
