"""The HTTP cache (hishel, RFC 9111): hits make no request and spend no pacing;
no-store and noarchive are never stored; forget_urls deletes entries."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from research.fetch.cache import CACHE_FILE, forget_urls
from research.fetch.outcome import Outcome
from research.testing import FixtureWeb

from .conftest import door_for

ROUTES = """
[[route]]
path = "/cached"
text = "<p>cached page</p>"
content_type = "text/html"
headers = { Cache-Control = "max-age=3600" }

[[route]]
path = "/nostore"
text = "<p>never stored</p>"
content_type = "text/html"
headers = { Cache-Control = "no-store" }

[[route]]
path = "/noarchive"
text = "<p>do not keep</p>"
content_type = "text/html"
headers = { Cache-Control = "max-age=3600", X-Robots-Tag = "noarchive" }

[[route]]
path = "/gz"
text = "<p>compressed and cached</p>"
content_type = "text/html"
gzip = true
headers = { Cache-Control = "max-age=3600" }
"""


@pytest.fixture
def cache_web(site_web: Callable[..., FixtureWeb]) -> FixtureWeb:
    return site_web({"cache.door.test": {}}, routes={"cache.door.test": ROUTES})


async def test_cache_hit_makes_no_request_and_spends_no_pacing(
    cache_web: FixtureWeb, tmp_path: Path
) -> None:
    url = "https://cache.door.test/cached"
    async with door_for(cache_web, cache_dir=tmp_path, min_interval=1.0) as door:
        first = await door.get(url)
        second = await door.get(url)
    assert first.outcome is second.outcome is Outcome.OK
    assert second.body == first.body == b"<p>cached page</p>"
    assert not first.provenance.from_cache and second.provenance.from_cache
    assert second.provenance.sha256 == first.provenance.sha256
    assert len(cache_web.requests(path="/cached")) == 1
    assert (tmp_path / CACHE_FILE).exists()
    assert [p.from_cache for p in door.log] == [False, True]


async def test_cache_survives_a_new_door(cache_web: FixtureWeb, tmp_path: Path) -> None:
    url = "https://cache.door.test/gz"
    async with door_for(cache_web, cache_dir=tmp_path) as door:
        await door.get(url)
    async with door_for(cache_web, cache_dir=tmp_path) as door:
        again = await door.get(url)
    assert again.provenance.from_cache and again.text() == "<p>compressed and cached</p>"
    assert len(cache_web.requests(path="/gz")) == 1
    assert len(cache_web.requests(path="/robots.txt")) == 1  # robots verdict cached too


async def test_no_store_is_never_cached(cache_web: FixtureWeb, tmp_path: Path) -> None:
    async with door_for(cache_web, cache_dir=tmp_path) as door:
        await door.get("https://cache.door.test/nostore")
        second = await door.get("https://cache.door.test/nostore")
    assert not second.provenance.from_cache
    assert len(cache_web.requests(path="/nostore")) == 2


async def test_noarchive_is_not_cached(cache_web: FixtureWeb, tmp_path: Path) -> None:
    async with door_for(cache_web, cache_dir=tmp_path) as door:
        first = await door.get("https://cache.door.test/noarchive")
        second = await door.get("https://cache.door.test/noarchive")
    assert first.noarchive and second.noarchive
    assert not second.provenance.from_cache
    assert len(cache_web.requests(path="/noarchive")) == 2


async def test_forget_urls_deletes_entries(cache_web: FixtureWeb, tmp_path: Path) -> None:
    url = "https://cache.door.test/cached"
    async with door_for(cache_web, cache_dir=tmp_path) as door:
        await door.get(url)
    assert forget_urls(tmp_path, [url, "https://cache.door.test/never-fetched"]) == 1
    assert forget_urls(tmp_path, [url]) == 0
    async with door_for(cache_web, cache_dir=tmp_path) as door:
        again = await door.get(url)
        assert door.forget_urls([url]) == 1
    assert not again.provenance.from_cache
    assert len(cache_web.requests(path="/cached")) == 2


def test_forget_urls_without_cache(tmp_path: Path) -> None:
    assert forget_urls(tmp_path / "missing", ["https://a.example/"]) == 0


async def test_no_cache_dir_means_no_cache(cache_web: FixtureWeb) -> None:
    async with door_for(cache_web) as door:
        await door.get("https://cache.door.test/cached")
        second = await door.get("https://cache.door.test/cached")
    assert not second.provenance.from_cache
    assert len(cache_web.requests(path="/cached")) == 2
