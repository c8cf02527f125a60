"""httpx transports of the door: ``--connect-to`` routing and the connect-time guard.

The stack, top to bottom (see ``door.py``)::

    hishel AsyncCacheTransport (RFC 9111)   -- a hit stops here: no pacing, no request
    PacingTransport (pacing.py)             -- one request per host, spacing, global cap
    ConnectToTransport                      -- rewrites the target of mapped hosts
    httpx.AsyncHTTPTransport (HTTP/2)       -- the sockets
"""

from __future__ import annotations

import asyncio
import ipaddress
import ssl
from collections.abc import Iterable, Sequence
from typing import Any

import httpcore
import httpx

from research.fetch.guard import Resolver, literal_ip, unsafe_reason
from research.fetch.outcome import Outcome
from research.fetch.routes import ConnectTo, route_for

#: Start of the message of a connection refused by the connect-time guard.
UNSAFE_PREFIX = "runnerup refused to connect:"


class ConnectToTransport(httpx.AsyncBaseTransport):
    """Sends requests for mapped hosts to ``HOST:PORT`` in plain HTTP, keeping the URL's
    host in the ``Host`` header. The request the caller sees keeps its original URL
    (httpx attaches the original request to the response), so reported URLs stay as
    given, e.g. ``https://``."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        connect_to: Sequence[ConnectTo],
        *,
        plain: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._inner = inner
        self._plain = plain or inner
        self._connect_to = tuple(connect_to)
        self._closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        mapping = route_for(self._connect_to, request.url.host)
        if mapping is None:
            return await self._inner.handle_async_request(request)
        target = request.url.copy_with(scheme="http", host=mapping.host, port=mapping.port)
        headers = httpx.Headers(request.headers)
        headers["host"] = request.headers.get("host") or request.url.netloc.decode("ascii")
        routed = httpx.Request(
            request.method,
            target,
            headers=headers,
            stream=request.stream,
            extensions=request.extensions,
        )
        return await self._plain.handle_async_request(routed)

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        await self._inner.aclose()
        if self._plain is not self._inner:
            await self._plain.aclose()


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """The network backend of unmapped requests: resolves the host itself, refuses if any
    address is non-public, and connects to the checked address (TLS still verifies and
    sends SNI for the URL's host). This closes the gap between the door's check and the
    connection (DNS rebinding): the address checked is the address connected to."""

    def __init__(self, resolver: Resolver, inner: httpcore.AsyncNetworkBackend | None = None):
        self._resolver = resolver
        self._inner = inner or httpcore.AnyIOBackend()

    async def safe_address(self, host: str, timeout: float | None) -> str:
        literal = literal_ip(host)
        if literal is not None:
            addresses = [str(literal)]
        else:
            try:
                async with asyncio.timeout(timeout):
                    addresses = await self._resolver(host)
            except (OSError, UnicodeError, TimeoutError) as error:
                raise httpcore.ConnectError(f"cannot resolve {host}: {error}") from error
        if not addresses:
            raise httpcore.ConnectError(f"cannot resolve {host}: no addresses")
        for text in addresses:
            try:
                reason = unsafe_reason(ipaddress.ip_address(text.split("%", 1)[0]))
            except ValueError:
                reason = "not an address"
            if reason:
                raise httpcore.ConnectError(f"{UNSAFE_PREFIX} {host} resolves to {text}, {reason}")
        return addresses[0]

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        address = await self.safe_address(host, timeout)
        return await self._inner.connect_tcp(
            address,
            port,
            timeout=timeout,
            local_address=local_address,
            socket_options=socket_options,
        )

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError(f"{UNSAFE_PREFIX} unix sockets are never used")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def guarded_transport(resolver: Resolver, limits: httpx.Limits) -> httpx.AsyncHTTPTransport:
    """An HTTP/2-capable transport whose connections go through :class:`GuardedBackend`.

    httpx does not take a network backend, so the transport's connection pool is replaced
    by an equivalent one that has it (``tests/fetch`` checks it stays in place)."""
    import certifi

    transport = httpx.AsyncHTTPTransport(http2=True, retries=0, limits=limits, trust_env=False)
    context = ssl.create_default_context(cafile=certifi.where())
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=context,
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        http1=True,
        http2=True,
        retries=0,
        network_backend=GuardedBackend(resolver),
    )
    return transport


def network_error(error: Exception) -> tuple[Outcome, str]:
    """The outcome and detail of a failed request (a connect-time refusal is
    ``unsafe_address``)."""
    message = str(error)
    if message.startswith(UNSAFE_PREFIX):
        return Outcome.UNSAFE_ADDRESS, message.removeprefix(UNSAFE_PREFIX).strip()
    return Outcome.UNREACHABLE, f"network error: {type(error).__name__}: {message}".rstrip(": ")


def skip_missing_sniffio() -> None:
    """httpcore runs ``import sniffio`` on every request; when sniffio is not installed,
    each failed import searches sys.path again (~0.3 ms a request). Recording it as
    absent makes that import fail at once, exactly as it would anyway."""
    import importlib.util
    import sys

    if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]


__all__ = [
    "UNSAFE_PREFIX",
    "ConnectToTransport",
    "GuardedBackend",
    "guarded_transport",
    "network_error",
    "route_for",
    "skip_missing_sniffio",
]
