"""Pacing: one request in flight per host, a minimum spacing between requests to a host,
and a global cap on requests in flight.

Spacing is measured **end-to-start**: the next request to a host starts at least
``interval`` seconds after the previous response to that host was fully read (or
abandoned). That is politer than start-to-start: a slow server is never asked faster
than it answers. The interval of a host is the largest of the door's ``min_interval``,
the caller's ``min_interval`` (a source's declared rate) and robots.txt's Crawl-delay /
Request-rate. Cache hits never reach this layer, so they spend no pacing.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import httpx

#: Request extension carrying the caller's minimum interval (seconds).
MIN_INTERVAL_EXTENSION = "runnerup_min_interval"


@dataclass
class _Host:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    last_end: float | None = None
    robots_interval: float = 0.0
    blocked_until: float = 0.0
    """After a 429/503 the door will not wait for: no request before this (monotonic)."""


class HostRateLimited(httpx.TransportError):
    """The host asked runnerup to stay away longer than the door waits; raised instead of
    sending a request (cache hits are still served: they never reach the pacer)."""

    def __init__(self, host: str, remaining: float) -> None:
        super().__init__(f"{host} asked to slow down; retry after {remaining:.0f} s")
        self.remaining = remaining


class Pacer:
    """Per-host spacing plus a global concurrency cap."""

    def __init__(self, min_interval: float, max_concurrency: int) -> None:
        self.min_interval = max(0.0, min_interval)
        self._global = asyncio.Semaphore(max(1, max_concurrency))
        self._hosts: dict[str, _Host] = {}

    def _host(self, host: str) -> _Host:
        key = host.lower().rstrip(".")
        state = self._hosts.get(key)
        if state is None:
            state = self._hosts[key] = _Host()
        return state

    def set_robots_interval(self, host: str, seconds: float) -> None:
        """Raise the host's spacing to what robots.txt asks (Crawl-delay, Request-rate)."""
        self._host(host).robots_interval = max(0.0, seconds)

    def interval(self, host: str, requested: float | None = None) -> float:
        state = self._host(host)
        return max(self.min_interval, state.robots_interval, requested or 0.0)

    async def acquire(self, host: str, requested: float | None = None) -> None:
        """Wait for the host's turn and a global slot. Pair with :meth:`release`."""
        state = self._host(host)
        await state.lock.acquire()
        try:
            if state.last_end is not None:
                wait = state.last_end + self.interval(host, requested) - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
            await self._global.acquire()
        except BaseException:
            state.lock.release()
            raise

    def release(self, host: str) -> None:
        state = self._host(host)
        state.last_end = time.monotonic()
        self._global.release()
        state.lock.release()

    def block(self, host: str, seconds: float) -> None:
        """Send nothing to ``host`` for ``seconds`` (a Retry-After not waited for)."""
        state = self._host(host)
        state.blocked_until = max(state.blocked_until, time.monotonic() + seconds)

    def blocked_for(self, host: str) -> float:
        return max(0.0, self._host(host).blocked_until - time.monotonic())

    def delay_next(self, host: str, seconds: float) -> None:
        """Push the host's next request at least ``seconds`` from now (Retry-After)."""
        state = self._host(host)
        target = time.monotonic() + seconds - self.interval(host)
        state.last_end = target if state.last_end is None else max(state.last_end, target)


class _ReleasingStream(httpx.AsyncByteStream):
    """Wraps a response stream; releases the host's turn when closed."""

    def __init__(self, inner: httpx.AsyncByteStream, release: _Once) -> None:
        self._inner = inner
        self._release = release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            self._release()


class _Once:
    def __init__(self, pacer: Pacer, host: str) -> None:
        self._pacer = pacer
        self._host = host
        self._done = False

    def __call__(self) -> None:
        if not self._done:
            self._done = True
            self._pacer.release(self._host)


class PacingTransport(httpx.AsyncBaseTransport):
    """Holds a host's turn from sending the request until the response is closed."""

    def __init__(self, inner: httpx.AsyncBaseTransport, pacer: Pacer) -> None:
        self._inner = inner
        self.pacer = pacer
        self._closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        host = request.url.host
        remaining = self.pacer.blocked_for(host)
        if remaining > 0:
            raise HostRateLimited(host, remaining)
        requested = request.extensions.get(MIN_INTERVAL_EXTENSION)
        await self.pacer.acquire(host, float(requested) if requested else None)
        release = _Once(self.pacer, host)
        try:
            response = await self._inner.handle_async_request(request)
        except BaseException:
            release()
            raise
        stream = response.stream
        assert isinstance(stream, httpx.AsyncByteStream)
        return httpx.Response(
            status_code=response.status_code,
            headers=response.headers,
            stream=_ReleasingStream(stream, release),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        if not self._closed:
            self._closed = True
            await self._inner.aclose()


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """``Retry-After`` as seconds from now: delta-seconds or an HTTP date (RFC 9110)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


__all__ = [
    "MIN_INTERVAL_EXTENSION",
    "HostRateLimited",
    "Pacer",
    "PacingTransport",
    "parse_retry_after",
]
