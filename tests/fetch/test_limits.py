"""Limits: timeouts, body caps, decompression bombs, content types."""

from __future__ import annotations

import gzip
import socket
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Callable

import httpx
import pytest

from research.fetch.door import Door, DoorConfig
from research.fetch.limits import is_allowed_type, media_type
from research.fetch.outcome import Outcome
from research.settings import ConnectTo
from research.testing import FixtureWeb

from .conftest import PUBLIC_IP, door_for, fake_resolver

GZ_ROUTE = """
[[route]]
path = "/z"
body = "page.html"
gzip = true
content_type = "text/html"
"""


def _bomb(decompressed: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"\0" * (1024 * 1024)
    parts = [compressor.compress(block) for _ in range(decompressed // len(block))]
    parts.append(compressor.flush())
    return b"".join(parts)


def _mock_door(handler: Callable[[httpx.Request], httpx.Response], **kw: object) -> Door:
    def wrapped(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return handler(request)

    return Door(
        DoorConfig(
            transport=httpx.MockTransport(wrapped),
            resolver=fake_resolver({"files.example.org": [PUBLIC_IP]}),
            min_interval=0,
            **kw,  # type: ignore[arg-type]
        )
    )


async def test_gzip_bomb_is_too_large_without_memory_growth() -> None:
    bomb = _bomb(200 * 1024 * 1024)  # 200 MiB of zeros in ~200 KiB
    assert len(bomb) < 400 * 1024

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(bomb), 64 * 1024):
            yield bomb[start : start + 64 * 1024]

    def handler(request: httpx.Request) -> httpx.Response:
        # a streamed body, as from a socket (bytes content would be decoded by httpx.Response)
        return httpx.Response(
            200,
            headers={"content-type": "text/html", "content-encoding": "gzip"},
            content=chunks(),
        )

    async with _mock_door(handler) as door:
        tracemalloc.start()
        try:
            fetched = await door.get("https://files.example.org/bomb.html")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert fetched.outcome is Outcome.TOO_LARGE
    assert "decompresses to more than 5 MiB" in fetched.detail
    assert fetched.body == b""
    assert peak < 24 * 1024 * 1024  # bounded by the 5 MiB cap, not the 200 MiB payload


async def test_gzip_body_is_decoded(site_web: Callable[..., FixtureWeb]) -> None:
    web = site_web(
        {"gz.door.test": {"page.html": "<p>" + "hello " * 1000 + "</p>"}},
        routes={"gz.door.test": GZ_ROUTE},
    )
    async with door_for(web) as door:
        fetched = await door.get("https://gz.door.test/z")
    assert fetched.outcome is Outcome.OK
    assert fetched.text().count("hello") == 1000


async def test_declared_length_over_cap_is_not_read() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"content-type": "application/pdf"}, content=b"%PDF" + b"0" * 3000
        )

    async with _mock_door(handler) as door:
        fetched = await door.get("https://files.example.org/cv.pdf", max_bytes=1000)
        fine = await door.get("https://files.example.org/cv.pdf")
    assert fetched.outcome is Outcome.TOO_LARGE and "cap" in fetched.detail
    assert fine.outcome is Outcome.OK and fine.content_type == "application/pdf"


async def test_streamed_body_over_cap(site_web: Callable[..., FixtureWeb]) -> None:
    web = site_web({"big.door.test": {"big.txt": "x" * 50_000}})
    async with door_for(web) as door:
        fetched = await door.get("https://big.door.test/big.txt", max_bytes=10_000)
        whole = await door.get("https://big.door.test/big.txt")
    assert fetched.outcome is Outcome.TOO_LARGE
    assert whole.outcome is Outcome.OK and len(whole.body) == 50_000


async def test_chunked_body_without_length_over_cap() -> None:
    async def stream() -> AsyncIterator[bytes]:
        for _ in range(100):
            yield b"a" * 1000

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/plain"}, content=stream())

    async with _mock_door(handler, max_bytes=20_000) as door:
        fetched = await door.get("https://files.example.org/stream")
    assert fetched.outcome is Outcome.TOO_LARGE


@pytest.mark.parametrize(
    ("content_type", "allowed"),
    [
        ("text/html; charset=utf-8", True),
        ("application/xhtml+xml", True),
        ("application/json", True),
        ("application/ld+json", True),
        ("application/vnd.api+json", True),
        ("application/pdf", True),
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", True),
        ("text/plain", True),
        ("application/xml", True),
        ("text/xml", True),
        ("application/rss+xml", True),
        ("application/atom+xml", True),
        ("image/png", False),
        ("application/octet-stream", False),
        ("application/zip", False),
        ("video/mp4", False),
        ("application/javascript", False),
        ("", False),
    ],
)
def test_allowed_types(content_type: str, allowed: bool) -> None:
    assert is_allowed_type(media_type(content_type)) is allowed


async def test_wrong_content_type_is_unsupported(site_web: Callable[..., FixtureWeb]) -> None:
    web = site_web({"img.door.test": {"photo.png": b"\x89PNG\r\n", "tool.zip": b"PK"}})
    async with door_for(web) as door:
        png = await door.get("https://img.door.test/photo.png")
        zipped = await door.get("https://img.door.test/tool.zip")
    assert png.outcome is Outcome.UNSUPPORTED and "image/png" in png.detail
    assert png.body == b""
    assert zipped.outcome is Outcome.UNSUPPORTED


async def test_read_timeout_is_unreachable(site_web: Callable[..., FixtureWeb]) -> None:
    web = site_web(
        {"lag.door.test": {}},
        routes={"lag.door.test": '[[route]]\npath = "/slow"\ndelay_ms = 1500\ntext = "late"\n'},
    )
    async with door_for(web, read_timeout=0.3) as door:
        fetched = await door.get("https://lag.door.test/slow")
    assert fetched.outcome is Outcome.UNREACHABLE
    assert "no answer within 0.3 s" in fetched.detail


async def test_connection_refused_is_unreachable() -> None:
    with socket.socket() as sock:  # a loopback port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = DoorConfig(connect_to=(ConnectTo("*", "127.0.0.1", port),), min_interval=0)
    async with Door(config) as door:
        fetched = await door.get("https://closed.door.test/")
    # robots.txt cannot be fetched -> nothing is allowed; the page is never tried
    assert fetched.outcome is Outcome.UNREACHABLE
    assert "could not be fetched" in fetched.detail


async def test_connect_timeout_is_unreachable() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        raise httpx.ConnectTimeout("timed out", request=request)

    config = DoorConfig(
        transport=httpx.MockTransport(handler),
        resolver=fake_resolver({"files.example.org": [PUBLIC_IP]}),
        min_interval=0,
        connect_timeout=2,
    )
    async with Door(config) as door:
        fetched = await door.get("https://files.example.org/")
    assert fetched.outcome is Outcome.UNREACHABLE
    assert fetched.detail == "could not connect within 2 s"


def test_gzip_helper_roundtrip() -> None:
    assert gzip.decompress(_bomb(1024 * 1024)) == b"\0" * (1024 * 1024)


async def test_slow_drip_body_hits_the_body_deadline() -> None:
    import asyncio

    async def drip() -> AsyncIterator[bytes]:
        for _ in range(20):
            await asyncio.sleep(0.05)
            yield b"<p>x</p>"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/html"}, content=drip())

    async with _mock_door(handler, read_timeout=0.1) as door:  # body deadline 0.3 s
        fetched = await door.get("https://files.example.org/drip")
    assert fetched.outcome is Outcome.UNREACHABLE
    assert "the body took more than 0.3 s" in fetched.detail


async def test_per_call_cap_cannot_exceed_the_ceiling() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/plain"}, content=b"x" * 5000)

    async with _mock_door(handler, max_decompressed=4000) as door:
        fetched = await door.get("https://files.example.org/t", max_bytes=10_000_000)
    assert fetched.outcome is Outcome.TOO_LARGE
