"""Documented APIs: which requests are governed by an API's own terms instead of robots.txt.

robots.txt is for crawlers (RFC 9309, section 1); sites use it to keep search engines out of
paths such as ``/api``. A source may declare the **documented API endpoints** it calls
(scheme, host, path prefixes) and the URL of that API's own terms. A request that a source
makes to exactly one of *its own* declared endpoints is let through by ``api-terms <url>``:
the door does not ask robots.txt, and keeps the API's published limits instead (honest
User-Agent, the source's declared rate as a floor, ``Retry-After``, the rate-limit headers
``X-RateLimit-*`` / ``RateLimit-*``). Everything else - pages, links found anywhere, another
source's request to the same URL - obeys robots.txt. ``robots_for_apis=True`` (config
``[fetch] robots_for_apis = true``) makes API calls obey robots.txt too. The terms deny
list refuses a host whatever it declares.

The door knows no source: the pipeline builds an :class:`ApiPolicy` from the sources' infos
and passes it in as data. No I/O and no httpx here.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

ROBOTS_RULE = "robots.txt"
API_RULE = "api-terms"

_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class ApiEndpoint:
    """One documented API: ``https://gitlab.com`` with path prefixes ``/api/v4/``, governed by
    the terms at ``terms_url``. A prefix matches itself and anything below it (``/sparql``
    matches ``/sparql?query=...``; ``/api/v4`` matches ``/api/v4/users`` but not
    ``/api/v4x``)."""

    host: str
    paths: tuple[str, ...]
    terms_url: str
    scheme: str = "https"
    backoff_field: str | None = None
    """A top-level field of the API's JSON answers that asks for a pause, in seconds, before
    the next call (Stack Exchange's ``backoff``): the door waits that long before it sends
    anything more to the host."""

    def matches(self, url: str) -> bool:
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:
            return False
        scheme = parts.scheme.lower()
        if scheme != self.scheme.lower():
            return False
        host = (parts.hostname or "").lower().rstrip(".")
        if host != self.host.lower().rstrip("."):
            return False
        if port is not None and port != _DEFAULT_PORTS.get(scheme):
            return False
        path = parts.path or "/"
        if any(segment in (".", "..") for segment in path.split("/")) or "%2e" in path.lower():
            return False  # dot segments could climb out of the prefix: robots.txt decides
        for prefix in self.paths:
            base = prefix.rstrip("/")
            if path in (prefix, base) or path.startswith(base + "/"):
                return True
        return False

    def prefixes(self) -> list[str]:
        """Each prefix as a URL, for display: ``https://gitlab.com/api/v4/``."""
        return [f"{self.scheme}://{self.host}{p}" for p in self.paths]

    def __str__(self) -> str:
        return ", ".join(self.prefixes())


@dataclass(frozen=True)
class ApiGrant:
    """An endpoint as declared by one source, with that source's declared rate."""

    source: str
    endpoint: ApiEndpoint
    min_interval: float = 0.0
    """Seconds between requests to the host under this grant (the source's declared rate)."""

    @property
    def rule(self) -> str:
        return f"{API_RULE} {self.endpoint.terms_url}"


@dataclass(frozen=True)
class ApiPolicy:
    """The declared endpoints of the loaded sources, as data for the door."""

    grants: tuple[ApiGrant, ...] = ()
    robots_for_apis: bool = False
    """True: API calls obey robots.txt like everything else (``[fetch] robots_for_apis``)."""

    def declared(self, url: str, source: str | None = None) -> ApiGrant | None:
        """The grant whose endpoint ``url`` is, for ``source`` (any source when None),
        whatever ``robots_for_apis`` says."""
        for grant in self.grants:
            if (source is None or grant.source == source) and grant.endpoint.matches(url):
                return grant
        return None

    def grant_for(self, url: str, source: str | None) -> ApiGrant | None:
        """The grant that lets ``source``'s request to ``url`` skip robots.txt, or None when
        robots.txt governs it (not an endpoint of that source, no source, or
        ``robots_for_apis``)."""
        if self.robots_for_apis or source is None:
            return None
        return self.declared(url, source)

    @classmethod
    def of(
        cls,
        declarations: Iterable[tuple[str, Iterable[ApiEndpoint], float]],
        *,
        robots_for_apis: bool = False,
    ) -> ApiPolicy:
        """From ``(source id, endpoints, declared rate)`` triples."""
        grants = tuple(
            ApiGrant(source, endpoint, max(0.0, rate))
            for source, endpoints, rate in declarations
            for endpoint in endpoints
        )
        return cls(grants, robots_for_apis)


def body_backoff(body: bytes, field: str) -> float | None:
    """The seconds a JSON answer's top-level ``field`` asks to wait (None when absent)."""
    import json

    if not body.lstrip().startswith(b"{"):
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return None
    value = data.get(field) if isinstance(data, dict) else None
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        return None
    return float(value)


def _header(headers: Mapping[str, str], *names: str) -> str | None:
    for name in names:
        value = headers.get(name)
        if value is not None and value.strip():
            return value.strip()
    return None


def rate_limit_wait(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds an API asks to wait because its rate limit is used up, read from
    ``X-RateLimit-Remaining: 0`` with ``X-RateLimit-Reset`` (GitHub: epoch seconds) or
    ``RateLimit-Remaining: 0`` with ``RateLimit-Reset`` (GitLab: epoch seconds; the IETF
    draft: delta seconds). None when some quota remains or nothing says so. Header names
    are lower case."""
    remaining = _header(headers, "x-ratelimit-remaining", "ratelimit-remaining")
    if remaining is None or remaining != "0":
        return None
    reset = _header(headers, "x-ratelimit-reset", "ratelimit-reset")
    if reset is None or not reset.isdigit():
        return None
    value = float(reset)
    current = time.time() if now is None else now
    if value > 1_000_000_000:  # an epoch time, not a delta
        return max(0.0, value - current)
    return value


__all__ = [
    "API_RULE",
    "ROBOTS_RULE",
    "ApiEndpoint",
    "ApiGrant",
    "ApiPolicy",
    "body_backoff",
    "rate_limit_wait",
]
