"""Pacing: spacing per host measured from the fixture web's request log (minimum gaps,
which noise cannot shrink), hosts in parallel, the global cap, Retry-After."""

from __future__ import annotations

import asyncio
import email.utils
import itertools
import time
from collections.abc import Callable

import httpx
import pytest

from research.fetch.door import Door, DoorConfig
from research.fetch.outcome import Outcome
from research.fetch.pacing import parse_retry_after
from research.testing import FixtureWeb

from .conftest import PUBLIC_IP, door_for, fake_resolver

PAGE = "<html><body>p</body></html>"
BUSY = """
[[route]]
path = "/p"
status = 429
headers = { Retry-After = "1" }
text = "slow down"
"""


def pages(n: int) -> dict[str, str]:
    return {f"p{i}.html": PAGE for i in range(n)}


def gaps(times: list[float]) -> list[float]:
    return [b - a for a, b in itertools.pairwise(times)]


async def test_spacing_between_requests_to_one_host(site_web: Callable[..., FixtureWeb]) -> None:
    web = site_web({"pace.door.test": pages(4)})
    async with door_for(web, min_interval=0.2) as door:
        results = await asyncio.gather(
            *(door.get(f"https://pace.door.test/p{i}.html") for i in range(4))
        )
    assert all(r.outcome is Outcome.OK for r in results)
    log = web.requests(host="pace.door.test")
    assert len(log) == 5  # robots.txt + 4 pages
    assert min(gaps([r.time for r in log])) >= 0.2


async def test_callers_min_interval_slows_a_host(site_web: Callable[..., FixtureWeb]) -> None:
    web = site_web({"slow.door.test": pages(3)})
    async with door_for(web, min_interval=0.05) as door:
        for i in range(3):
            await door.get(f"https://slow.door.test/p{i}.html", min_interval=0.35)
    page_times = [r.time for r in web.requests(host="slow.door.test") if r.path != "/robots.txt"]
    assert min(gaps(page_times)) >= 0.35


async def test_two_hosts_interleave(site_web: Callable[..., FixtureWeb]) -> None:
    web = site_web({"a.door.test": pages(4), "b.door.test": pages(4)})
    async with door_for(web, min_interval=0.2) as door:
        await asyncio.gather(
            *(door.get(f"https://{h}.door.test/p{i}.html") for h in "ab" for i in range(4))
        )
    a = [r.time for r in web.requests(host="a.door.test")]
    b = [r.time for r in web.requests(host="b.door.test")]
    assert min(gaps(a)) >= 0.2 and min(gaps(b)) >= 0.2
    between = [t for t in b if a[0] < t < a[-1]]
    assert len(between) >= 3  # B's requests happen while A waits its turn


async def test_global_cap(site_web: Callable[..., FixtureWeb]) -> None:
    web = site_web({f"h{i}.door.test": {"index.html": PAGE} for i in range(3)}, delay_ms=100)
    async with door_for(web, min_interval=0.0, max_concurrency=1) as door:
        await asyncio.gather(*(door.get(f"https://h{i}.door.test/") for i in range(3)))
    times = sorted(r.time for r in web.log)
    assert len(times) == 6
    assert min(gaps(times)) >= 0.1  # one request in flight at a time, across hosts


def test_parse_retry_after() -> None:
    now = time.time()
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    later = email.utils.formatdate(now + 120, usegmt=True)
    assert 118 <= (parse_retry_after(later, now) or 0) <= 121
    earlier = email.utils.formatdate(now - 60, usegmt=True)
    assert parse_retry_after(earlier, now) == 0.0


async def test_retry_after_seconds_then_rate_limited(site_web: Callable[..., FixtureWeb]) -> None:
    web = site_web(
        {"busy.door.test": {}},
        routes={"busy.door.test": BUSY},
    )
    async with door_for(web, min_interval=0.05) as door:
        fetched = await door.get("https://busy.door.test/p")
    assert fetched.outcome is Outcome.RATE_LIMITED
    assert fetched.retry_after == 1.0 and fetched.status == 429
    tries = [r.time for r in web.requests(host="busy.door.test", path="/p")]
    assert len(tries) == 3  # the first try and at most 2 retries
    assert min(gaps(tries)) >= 1.0


def _flaky(responses: list[httpx.Response], seen: list[float]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        seen.append(time.monotonic())
        return responses.pop(0)

    return httpx.MockTransport(handler)


def _door(transport: httpx.AsyncBaseTransport, **kw: object) -> Door:
    return Door(
        DoorConfig(
            transport=transport,
            resolver=fake_resolver({"api.example.org": [PUBLIC_IP]}),
            min_interval=0.05,
            **kw,  # type: ignore[arg-type]
        )
    )


async def test_retry_after_http_date_then_success() -> None:
    # an HTTP date has one-second resolution: 3 s ahead is at least 2 s once truncated
    when = email.utils.formatdate(time.time() + 3, usegmt=True)
    seen: list[float] = []
    transport = _flaky(
        [
            httpx.Response(503, headers={"retry-after": when}),
            httpx.Response(200, headers={"content-type": "application/json"}, json={"ok": 1}),
        ],
        seen,
    )
    async with _door(transport) as door:
        fetched = await door.get("https://api.example.org/x")
    assert fetched.outcome is Outcome.OK and fetched.json() == {"ok": 1}
    assert seen[1] - seen[0] >= 1.0


async def test_long_retry_after_is_not_waited_for() -> None:
    seen: list[float] = []
    transport = _flaky([httpx.Response(429, headers={"retry-after": "3600"})], seen)
    async with _door(transport) as door:
        fetched = await door.get("https://api.example.org/x")
    assert fetched.outcome is Outcome.RATE_LIMITED and fetched.retry_after == 3600
    assert len(seen) == 1


async def test_5xx_retried_then_unreachable() -> None:
    seen: list[float] = []
    transport = _flaky([httpx.Response(502), httpx.Response(500), httpx.Response(503)], seen)
    async with _door(transport) as door:
        fetched = await door.get("https://api.example.org/x")
    assert fetched.outcome is Outcome.UNREACHABLE and fetched.status == 503
    assert "HTTP 503" in fetched.detail
    assert len(seen) == 3
    assert gaps(seen)[0] >= 0.05 and gaps(seen)[1] >= 0.1  # backoff doubles


@pytest.mark.parametrize("max_retries", [0, 1])
async def test_max_retries(max_retries: int) -> None:
    seen: list[float] = []
    transport = _flaky([httpx.Response(429)] * 3, seen)
    async with _door(transport, max_retries=max_retries) as door:
        fetched = await door.get("https://api.example.org/x")
    assert fetched.outcome is Outcome.RATE_LIMITED
    assert len(seen) == max_retries + 1


async def test_rate_limited_host_is_left_alone_but_cache_still_serves(tmp_path: object) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        seen.append(request.url.path)
        if request.url.path == "/cached":
            return httpx.Response(
                200,
                headers={"content-type": "text/plain", "cache-control": "max-age=600"},
                text="kept",
            )
        return httpx.Response(429, headers={"retry-after": "3600"})

    async with _door(httpx.MockTransport(handler), cache_dir=tmp_path) as door:
        await door.get("https://api.example.org/cached")
        first = await door.get("https://api.example.org/a")
        second = await door.get("https://api.example.org/b")
        hit = await door.get("https://api.example.org/cached")
    assert first.outcome is second.outcome is Outcome.RATE_LIMITED
    assert second.retry_after is not None and second.retry_after > 3500
    assert "nothing was sent" in second.detail
    assert seen == ["/cached", "/a"]  # /b was never requested
    assert hit.outcome is Outcome.OK and hit.provenance.from_cache
