"""Reading and classifying one final (non-redirect, non-retried) response: status,
content type, caps, page signals. The door records the result."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from research.fetch.limits import (
    TooLarge,
    UnsupportedEncoding,
    is_allowed_type,
    media_type,
    read_capped,
)
from research.fetch.outcome import Outcome
from research.fetch.signals import header_directives, meta_directives, wall_reason

if TYPE_CHECKING:
    import httpx

_BLOCKING = {401: "asks to sign in", 403: "refuses access", 407: "needs a proxy login"}


@dataclass(frozen=True)
class Classified:
    outcome: Outcome
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = ""
    from_cache: bool = False
    detail: str = ""
    body: bytes = b""
    sha256: str | None = None
    noindex: bool = False
    noarchive: bool = False
    evict: bool = False
    """The response must not stay in the HTTP cache (noarchive, noindex, a wall)."""


def from_cache(response: httpx.Response) -> bool:
    caching = response.extensions.get("caching")  # hishel's CacheStatus
    if isinstance(caching, Mapping):
        return bool(caching.get("from_cache", False))
    return bool(getattr(caching, "from_cache", False))


async def classify(
    response: httpx.Response, *, url: str, cap: int, subresources: bool, body_deadline: float
) -> Classified:
    status = response.status_code
    headers = {k.lower(): v for k, v in response.headers.items()}
    media = media_type(headers.get("content-type", ""))

    def result(outcome: Outcome, detail: str = "", **extra: object) -> Classified:
        return Classified(
            outcome,
            status,
            headers,
            media,
            from_cache(response),
            detail,
            **extra,  # type: ignore[arg-type]
        )

    if status in (401, 403, 407, 451):
        why = _BLOCKING.get(status, "blocks this page")
        return result(Outcome.BLOCKED, f"the site {why} (HTTP {status})")
    if status in (404, 410):
        return result(Outcome.NOT_FOUND, f"no such page (HTTP {status})")
    if not 200 <= status < 300:
        return result(Outcome.UNREACHABLE, f"the server answered HTTP {status}")
    if not is_allowed_type(media, subresources=subresources):
        return result(
            Outcome.UNSUPPORTED, f"{media or 'no content type'} is not a type runnerup reads"
        )
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        return result(
            Outcome.TOO_LARGE, f"the response is {int(declared)} bytes, over the {cap}-byte cap"
        )
    try:
        async with asyncio.timeout(body_deadline):
            body = await read_capped(
                response.aiter_raw(),
                content_encoding=headers.get("content-encoding", ""),
                max_wire=cap,
                max_body=cap,
            )
    except TooLarge as error:
        return result(Outcome.TOO_LARGE, error.detail)
    except UnsupportedEncoding as error:
        return result(Outcome.UNSUPPORTED, f"unsupported content encoding {error}")
    except TimeoutError:
        return result(Outcome.UNREACHABLE, f"the body took more than {body_deadline:g} s")
    except Exception as error:  # httpx.HTTPError, zlib.error: a broken transfer
        return result(Outcome.UNREACHABLE, f"the transfer failed: {type(error).__name__}: {error}")
    digest = hashlib.sha256(body).hexdigest()
    is_html = media in ("text/html", "application/xhtml+xml")
    directives = header_directives(response.headers.get_list("x-robots-tag"))
    if is_html:
        directives = directives.merge(meta_directives(body))
    wall = None if subresources else wall_reason(url, body, is_html)
    evict = directives.noarchive or directives.noindex or wall is not None
    if wall is not None:
        return result(Outcome.BLOCKED, wall, sha256=digest, evict=True)
    detail = ""
    if directives.noindex:
        detail = f"the page asks not to be indexed ({directives.source})"
    elif directives.noarchive:
        detail = f"the page asks not to be archived ({directives.source})"
    return result(
        Outcome.OK,
        detail,
        body=b"" if directives.noindex else body,
        sha256=digest,
        noindex=directives.noindex,
        noarchive=directives.noarchive,
        evict=evict,
    )


__all__ = ["Classified", "classify", "from_cache"]
