"""One run reads a page once: later asks for the same request replay the first answer
(logged as from cache), concurrent asks share one request; no-store is never kept."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from research.fetch.outcome import Outcome
from research.testing import FixtureWeb

from .conftest import door_for

ROUTES = """
[[route]]
path = "/page"
text = "<p>a page without caching headers</p>"
content_type = "text/html"

[[route]]
path = "/nostore"
text = "<p>never kept</p>"
content_type = "text/html"
headers = { Cache-Control = "no-store" }
"""


def _web(site_web: Callable[..., FixtureWeb]) -> FixtureWeb:
    return site_web({"memo.door.test": {}}, routes={"memo.door.test": ROUTES})


async def test_the_same_page_twice_in_a_run_is_fetched_once(
    site_web: Callable[..., FixtureWeb], tmp_path: Path
) -> None:
    web = _web(site_web)
    url = "https://memo.door.test/page"
    async with door_for(web, cache_dir=tmp_path) as door:
        first = await door.get(url, source="webpage")
        second = await door.get(url, source="jsonresume")
    assert first.outcome is second.outcome is Outcome.OK
    assert second.body == first.body
    assert len(web.requests(path="/page")) == 1
    assert [(p.source, p.from_cache) for p in door.log] == [
        ("webpage", False),
        ("jsonresume", True),
    ]


async def test_concurrent_asks_share_one_request(
    site_web: Callable[..., FixtureWeb], tmp_path: Path
) -> None:
    web = _web(site_web)
    url = "https://memo.door.test/page"
    async with door_for(web, cache_dir=tmp_path) as door:
        answers = await asyncio.gather(*(door.get(url) for _ in range(4)))
    assert {a.outcome for a in answers} == {Outcome.OK}
    assert len(web.requests(path="/page")) == 1


async def test_different_headers_are_different_requests(
    site_web: Callable[..., FixtureWeb], tmp_path: Path
) -> None:
    web = _web(site_web)
    url = "https://memo.door.test/page"
    async with door_for(web, cache_dir=tmp_path) as door:
        await door.get(url, headers={"Accept": "text/html"})
        await door.get(url, headers={"Accept": "application/json"})
    assert len(web.requests(path="/page")) == 2


async def test_no_store_and_no_cache_dir_keep_nothing(
    site_web: Callable[..., FixtureWeb], tmp_path: Path
) -> None:
    web = _web(site_web)
    async with door_for(web, cache_dir=tmp_path) as door:
        await door.get("https://memo.door.test/nostore")
        await door.get("https://memo.door.test/nostore")
    assert len(web.requests(path="/nostore")) == 2
    async with door_for(web) as door:  # no cache asked for
        await door.get("https://memo.door.test/page")
        await door.get("https://memo.door.test/page")
    assert len(web.requests(path="/page")) == 2
