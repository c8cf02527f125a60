"""A source's own fetcher: it tags every request with the source, asks for the source's
rate, and keeps the source's records, so two sources fetching at the same time through one
door never see each other's refusals."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from research.fetch.outcome import Fetched, Outcome, Provenance
from research.fetch.protocol import Fetcher
from research.fetch.tagged import SourceFetcher
from research.testing import FixtureWeb

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


class _Inner:
    """A fetcher that answers every request ``ok`` and remembers what it was asked."""

    def __init__(self) -> None:
        self.asked: list[dict[str, Any]] = []

    def _answer(self, url: str, source: str | None) -> Fetched:
        provenance = Provenance(
            url=url, final_url=url, fetched_at=datetime.now(UTC), outcome=Outcome.OK, source=source
        )
        return Fetched(url=url, outcome=Outcome.OK, provenance=provenance, status=200)

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
    ) -> Fetched:
        self.asked.append({"url": url, "min_interval": min_interval, "source": source})
        return self._answer(url, source)

    async def render(self, url: str, *, source: str | None = None, purpose: str = "") -> Fetched:
        self.asked.append({"url": url, "render": True, "source": source})
        return self._answer(url, source)


async def test_requests_are_tagged_and_paced_at_the_sources_rate() -> None:
    inner = _Inner()
    fetcher: Fetcher = SourceFetcher(inner, "gamma", 2.0)
    await fetcher.get("https://a.test/1")
    await fetcher.get("https://a.test/2", min_interval=5.0)  # the slower rate wins
    await fetcher.get("https://a.test/3", source="webpage")  # a caller's own tag is kept
    await fetcher.render("https://a.test/4")
    assert inner.asked == [
        {"url": "https://a.test/1", "min_interval": 2.0, "source": "gamma"},
        {"url": "https://a.test/2", "min_interval": 5.0, "source": "gamma"},
        {"url": "https://a.test/3", "min_interval": 2.0, "source": "webpage"},
        {"url": "https://a.test/4", "render": True, "source": "gamma"},
    ]
    assert isinstance(fetcher, SourceFetcher) and len(fetcher.records) == 4
