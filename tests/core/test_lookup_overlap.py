"""What the lookup does at the same time, and what it never does before its turn.

The sources and the door here are recording fakes: each test makes one side wait until
the other side has done what the overlap promises (with a timeout, so a lookup that does
things in turn fails the assertion instead of hanging). No clocks are compared.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, ClassVar, cast

import pytest

from research.config import Config
from research.errors import InputError
from research.events import ComparisonReady, LookupEvent, PageRead, SourceFinished, StageStarted
from research.fetch.outcome import Fetched, Outcome, Provenance, UrlCheck
from research.lookup import LookupRequest, NeedsChoice, Pipeline
from research.model import Career, Lead, Subject
from research.settings import Settings
from research.source import Registered, Registry, Source, SourceInfo
from research.store import Store

WAIT = 5.0
"""Seconds a fake waits for the other side before giving up (the test then fails)."""

SUBJECT = Subject(name="Ada Okafor", employer="Northwind Robotics", role="Head of Platform")


class Recorder:
    """The door as the pipeline sees it, writing down what it was asked, in order."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []
        self.log: list[Provenance] = []
        self.seen: dict[str, asyncio.Event] = {}

    def note(self, kind: str, what: str = "") -> None:
        self.calls.append((kind, what))
        self.seen.setdefault(kind, asyncio.Event()).set()

    async def happened(self, kind: str) -> bool:
        event = self.seen.setdefault(kind, asyncio.Event())
        try:
            await asyncio.wait_for(event.wait(), WAIT)
        except TimeoutError:
            return False
        return True

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.calls]

    async def check(self, url: str, *, source: str | None = None) -> UrlCheck:
        self.note("robots", url)
        return UrlCheck(url=url, allowed=True, reason="allowed", detail="", rule="robots.txt")

    def would_fetch(self, url: str) -> bool:
        return True

    def start_browser(self) -> bool:
        self.note("start browser")
        return True

    def _fetched(self, url: str, source: str | None) -> Fetched:
        provenance = Provenance(
            url=url,
            final_url=url,
            fetched_at=datetime(2026, 1, 1, tzinfo=UTC),
            outcome=Outcome.OK,
            status=200,
            source=source,
            rule="robots.txt",
        )
        self.log.append(provenance)
        return Fetched(url=url, outcome=Outcome.OK, provenance=provenance, status=200)

    async def get(self, url: str, *, source: str | None = None, **_: Any) -> Fetched:
        self.note("get", url)
        return self._fetched(url, source)

    async def render(self, url: str, *, source: str | None = None, purpose: str = "") -> Fetched:
        self.note("render", url)
        return self._fetched(url, source)


def info(source_id: str, kind: str = "api") -> SourceInfo:
    return SourceInfo(
        id=source_id,
        name=source_id,
        site=f"{source_id}.test",
        kind=kind,  # type: ignore[arg-type]
        base_url=f"https://{source_id}.test/",
        terms_url=f"https://{source_id}.test/terms",
        terms_reviewed=date(2026, 1, 1),
        terms_summary="invented for a test",
        rate=1.0,
    )


Search = Callable[["Fake", Subject], Awaitable[list[Lead]]]


class Fake(Source):
    """A source whose search is the test's coroutine; collect reads its lead's page."""

    info: ClassVar[SourceInfo] = info("fake")
    searching: ClassVar[Search]

    async def search(self, subject: Subject) -> list[Lead]:
        return await type(self).searching(self, subject)

    async def collect(self, lead: Lead) -> Career:
        await self.ctx.fetcher.get(lead.url, source=self.info.id)
        return Career(name=SUBJECT.name)


def source(source_id: str, search: Search, *, kind: str = "api", **extra: Any) -> type[Fake]:
    return type(source_id, (Fake,), {"info": info(source_id, kind), "searching": search, **extra})


def web_page_source() -> type[Fake]:
    """Reads any page as HTML, rendering it (as for a page built by scripts)."""

    async def nothing(self: Fake, subject: Subject) -> list[Lead]:
        return []

    async def collect(self: Fake, lead: Lead) -> Career:
        await self.ctx.fetcher.render(lead.url, source=self.info.id)
        return Career(name=SUBJECT.name)

    return source("webpage", nothing, kind="html", accepts=lambda self, lead: True, collect=collect)


def lead(url: str, source_id: str, **extra: Any) -> Lead:
    return Lead(url=url, source=source_id, name=SUBJECT.name, **extra)


async def run(
    tmp_path: Path,
    door: Recorder,
    sources: list[type[Fake]],
    events: list[LookupEvent],
    pick: int | None = 1,
    resume: Path | None = None,
) -> None:
    """One lookup; ``pick``: the candidate the user picked (None: identity decides)."""
    registry = Registry(
        {cls.info.id: Registered(cls.info.id, "tests:fake") for cls in sources},
        _loaded={cls.info.id: cls for cls in sources},
    )
    with Store(tmp_path / "store.sqlite") as store:
        pipeline = Pipeline(
            LookupRequest(
                subject=SUBJECT, resume=str(resume) if resume else None, yes=True, pick=pick
            ),
            settings=Settings(home=tmp_path),
            config=Config(),
            store=store,
            door=cast(Any, door),
            listen=events.append,
            choose=None,
            registry=registry,
        )
        await pipeline.run()


def stage_at(events: list[LookupEvent], words: str) -> int:
    return next(i for i, e in enumerate(events) if isinstance(e, StageStarted) and words in e.text)


def test_robots_txt_is_asked_while_a_slower_source_still_searches(tmp_path: Path) -> None:
    door = Recorder()

    async def quick(self: Fake, subject: Subject) -> list[Lead]:
        return [lead("https://ada-okafor.test/", "webpage")]

    async def slow(self: Fake, subject: Subject) -> list[Lead]:
        door.note("slow search waits", str(await door.happened("robots")))
        return [lead("https://slow.test/ada", "slow")]

    events: list[LookupEvent] = []
    sources = [source("quick", quick), source("slow", slow), web_page_source()]
    asyncio.run(run(tmp_path, door, sources, events))
    assert ("slow search waits", "True") in door.calls
    robots = door.kinds().index("robots")
    assert robots < door.kinds().index("slow search waits")
    assert door.calls[robots] == ("robots", "https://ada-okafor.test/")


def test_browser_starts_during_the_search_when_a_lead_declares_its_own_site(
    tmp_path: Path,
) -> None:
    door = Recorder()

    async def profile(self: Fake, subject: Subject) -> list[Lead]:
        return [lead("https://social.test/ada", "profile", links=["https://ada-js.test/"])]

    async def slow(self: Fake, subject: Subject) -> list[Lead]:
        door.note("slow search waits", str(await door.happened("start browser")))
        return []

    events: list[LookupEvent] = []
    sources = [source("profile", profile), source("slow", slow), web_page_source()]
    asyncio.run(run(tmp_path, door, sources, events))
    kinds = door.kinds()
    assert ("slow search waits", "True") in door.calls
    assert kinds.index("start browser") < kinds.index("slow search waits")
    assert ("render", "https://ada-js.test/") in door.calls
    assert kinds.index("start browser") < kinds.index("render")


def test_no_browser_is_started_when_no_page_would_be_read_as_a_web_page(
    tmp_path: Path,
) -> None:
    door = Recorder()

    async def profile(self: Fake, subject: Subject) -> list[Lead]:
        return [lead("https://social.test/ada", "profile", links=["https://ada.test/"])]

    events: list[LookupEvent] = []
    asyncio.run(run(tmp_path, door, [source("profile", profile)], events))
    assert "start browser" not in door.kinds()


def test_identity_decides_before_any_page_is_read(tmp_path: Path) -> None:
    door = Recorder()

    async def two(self: Fake, subject: Subject) -> list[Lead]:
        return [
            lead("https://a.test/ada-okafor", "two", employer="Northwind Robotics"),
            lead("https://a.test/ada-okafor-2", "two", employer="Lakeside Health"),
        ]

    async def links(self: Fake, subject: Subject) -> list[Lead]:
        return [lead("https://b.test/ada", "links", links=["https://ada.test/"])]

    events: list[LookupEvent] = []
    sources = [source("two", two), source("links", links), web_page_source()]
    with pytest.raises(NeedsChoice):
        asyncio.run(run(tmp_path, door, sources, events, pick=None))
    # robots.txt may be asked before identity; no page is, nor any follow-up search
    assert {kind for kind in door.kinds()} <= {"robots", "start browser"}


def test_collecting_starts_only_after_identity_and_reads_each_confirmed_page(
    tmp_path: Path,
) -> None:
    door = Recorder()

    async def one(self: Fake, subject: Subject) -> list[Lead]:
        return [lead("https://a.test/ada-okafor", "one", employer="Northwind Robotics")]

    events: list[LookupEvent] = []
    asyncio.run(run(tmp_path, door, [source("one", one)], events))
    collecting = stage_at(events, "Collecting")
    finished = [i for i, e in enumerate(events) if isinstance(e, SourceFinished)]
    read = [i for i, e in enumerate(events) if isinstance(e, PageRead)]
    assert read and min(read) > collecting > min(finished)
    assert door.calls == [("get", "https://a.test/ada-okafor")]


def follower(source_id: str, search: Search) -> type[Fake]:
    return source(
        source_id,
        search,
        follows_links=True,
        accepts=lambda self, lead: lead.source == self.info.id,
    )


def test_a_follow_up_find_is_read_while_a_later_follow_up_still_searches(
    tmp_path: Path,
) -> None:
    door = Recorder()

    async def first(self: Fake, subject: Subject) -> list[Lead]:
        if not subject.hints:
            return [lead("https://first.test/ada", "first", links=["https://ada.test/"])]
        return [lead("https://first.test/ada/resume.json", "first")]

    async def second(self: Fake, subject: Subject) -> list[Lead]:
        if not subject.hints:
            return []
        read = await door.happened("get first's find")
        door.note("second follow-up waits", str(read))
        return [lead("https://second.test/ada", "second")]

    class Noting(Recorder):
        async def get(self, url: str, *, source: str | None = None, **_: Any) -> Fetched:
            if url.endswith("resume.json"):
                self.note("get first's find", url)
            return await super().get(url, source=source)

    door = Noting()
    events: list[LookupEvent] = []
    sources = [follower("first", first), follower("second", second)]
    asyncio.run(run(tmp_path, door, sources, events))
    assert ("second follow-up waits", "True") in door.calls
    kinds = door.kinds()
    assert kinds.index("get first's find") < kinds.index("second follow-up waits")
    # each source's finds are announced before they are read
    found = [
        i
        for i, e in enumerate(events)
        if isinstance(e, SourceFinished) and e.outcome.detail == "from the hire's links"
    ]
    reads = {e.url: i for i, e in enumerate(events) if isinstance(e, PageRead)}
    assert found[0] < reads["https://first.test/ada/resume.json"]
    assert found[1] < reads["https://second.test/ada"]


def test_follow_up_finds_go_to_the_first_source_in_order_whichever_answers_first(
    tmp_path: Path,
) -> None:
    door = Recorder()
    shared = "https://ada.test/cv.pdf"

    async def early(self: Fake, subject: Subject) -> list[Lead]:
        if not subject.hints and not self.info.id.endswith("b"):
            return [lead("https://first.test/ada", self.info.id, links=["https://ada.test/"])]
        if not subject.hints:
            return []
        if self.info.id.endswith("a"):  # the first in order answers last
            await door.happened("b answered")
        else:
            door.note("b answered")
        return [lead(shared, self.info.id)]

    events: list[LookupEvent] = []
    sources = [follower("follow_a", early), follower("follow_b", early)]
    asyncio.run(run(tmp_path, door, sources, events))
    readers = [e.source for e in events if isinstance(e, PageRead) and e.url == shared]
    assert readers == ["follow_a"]


def resume_file(tmp_path: Path) -> Path:
    path = tmp_path / "you.txt"
    path.write_text("Sam Rivera\nPlatform engineer\n", encoding="utf-8")
    return path


def test_the_resume_is_read_while_the_sources_search(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import research.inputs

    searching = threading.Event()
    read = research.inputs.load_career

    def slow_read(path: Path | str) -> Career:
        searching.wait(WAIT)  # a lookup that reads first never gets here in time
        return read(path).model_copy(update={"headline": f"searching: {searching.is_set()}"})

    monkeypatch.setattr(research.inputs, "load_career", slow_read)
    door = Recorder()

    async def one(self: Fake, subject: Subject) -> list[Lead]:
        searching.set()
        return [lead("https://a.test/ada-okafor", "one")]

    events: list[LookupEvent] = []
    asyncio.run(run(tmp_path, door, [source("one", one)], events, resume=resume_file(tmp_path)))
    ready = next(e for e in events if isinstance(e, ComparisonReady))
    assert ready.comparison.you is not None
    assert ready.comparison.you.headline == "searching: True"
    # the progress still reads in stage order
    assert stage_at(events, "Reading your resume") < stage_at(events, "Searching the sources")


def test_a_broken_resume_stops_the_search_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import research.inputs

    def broken(path: Path | str) -> Career:
        raise InputError(str(path), "not a resume runnerup can read", "Save it as PDF.")

    monkeypatch.setattr(research.inputs, "load_career", broken)
    door = Recorder()

    async def endless(self: Fake, subject: Subject) -> list[Lead]:
        door.note("search started")
        await door.happened("never")
        door.note("search ended")
        return []

    events: list[LookupEvent] = []
    with pytest.raises(InputError, match="not a resume"):
        sources = [source("endless", endless)]
        asyncio.run(run(tmp_path, door, sources, events, resume=resume_file(tmp_path)))
    assert "search ended" not in door.kinds()
