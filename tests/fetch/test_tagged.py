"""A source's own fetcher: it tags every request with the source, asks for the source's
rate, and keeps the source's records, so two sources fetching at the same time through one
door never see each other's refusals."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from research.fetch.outcome import Outcome
from research.fetch.protocol import Fetcher
from research.fetch.tagged import SourceFetcher
from research.testing import FixtureWeb, RecordingFetcher, fixture_door

from .conftest import door_for

ROBOTS = "User-agent: *\nDisallow: /private/\n"


async def test_concurrent_sources_keep_their_own_refusals(
    site_web: Callable[..., FixtureWeb],
) -> None:
    web = site_web(
        {
            "closed.test": {"robots.txt": ROBOTS, "private/cv.html": "<p>cv</p>"},
            "open.test": {"robots.txt": "", "about.html": "<p>about</p>"},
        }
    )
    async with door_for(web, min_interval=0) as door:
        refused = SourceFetcher(door, "alpha", 0.5)
        fine = SourceFetcher(door, "beta", 0.5)
        await asyncio.gather(
            refused.get("https://closed.test/private/cv.html"),
            fine.get("https://open.test/about.html"),
            fine.get("https://open.test/missing.html"),
            refused.get("https://open.test/about.html"),
        )
        log = door.log
    # the door's log holds both sources' fetches; each fetcher only its own
    assert {p.source for p in log} == {"alpha", "beta"}
    assert [p.source for p in refused.records] == ["alpha", "alpha"]
    assert [p.source for p in fine.records] == ["beta", "beta"]
    first = refused.refusal_since()
    assert first is not None
    assert (first.outcome, first.url) == (
        Outcome.DISALLOWED,
        "https://closed.test/private/cv.html",
    )
    assert fine.refusal_since() is None  # a 404 is not a refusal, alpha's is not beta's
    assert web.requests(path="/private/cv.html") == []


async def test_since_a_mark_only_later_records_count(
    site_web: Callable[..., FixtureWeb],
) -> None:
    web = site_web({"closed.test": {"robots.txt": ROBOTS, "ok.html": "<p>ok</p>"}})
    async with door_for(web, min_interval=0) as door:
        fetcher = SourceFetcher(door, "alpha")
        await fetcher.get("https://closed.test/private/x.html")
        mark = fetcher.mark()
        await fetcher.get("https://closed.test/ok.html")
    assert fetcher.refusal_since(0) is not None
    assert fetcher.refusal_since(mark) is None
    assert [p.url for p in fetcher.since(mark)] == ["https://closed.test/ok.html"]


async def test_requests_are_tagged_and_paced_at_the_sources_rate(
    site_web: Callable[..., FixtureWeb],
) -> None:
    web = site_web({"a.test": {"robots.txt": "", "1": "one", "2": "two", "3": "three"}})
    async with fixture_door(web) as door:
        inner = RecordingFetcher(door)
        fetcher: Fetcher = SourceFetcher(inner, "gamma", 2.0)
        await fetcher.get("https://a.test/1")
        await fetcher.get("https://a.test/2", min_interval=5.0)  # the slower rate wins
        await fetcher.get("https://a.test/3", source="webpage")  # a caller's own tag is kept
    assert [(c.url, c.min_interval, c.source) for c in inner.calls] == [
        ("https://a.test/1", 2.0, "gamma"),
        ("https://a.test/2", 5.0, "gamma"),
        ("https://a.test/3", 2.0, "webpage"),
    ]
    assert isinstance(fetcher, SourceFetcher)
    assert [p.source for p in fetcher.records] == ["gamma", "gamma", "webpage"]
