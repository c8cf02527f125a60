"""The fetch door: the one way runnerup reaches the network.

Every request, the browser's included, goes through :meth:`Door.get`, which in order:

1. refuses what must never be fetched, before any connection: schemes other than
   http(s), hosts on the terms deny list, hosts that are or resolve to non-public
   addresses (unless a ``--connect-to`` mapping explicitly routes them);
2. asks robots.txt (RFC 9309, product token ``runnerup``), except for a source's call to a
   documented API endpoint it declared (:mod:`research.fetch.apis`): that one follows the
   API's terms and published limits (declared rate, ``Retry-After``, rate-limit headers);
3. sends the request through the HTTP cache (a hit stops here), the pacer (one request
   per host, spacing end-to-start, global cap) and ``--connect-to`` routing;
4. reads the body under caps, checks the content type and the page's signals;
5. follows redirects itself (at most 5), every hop through steps 1-4;
6. returns a :class:`Fetched` with a typed outcome and logs its :class:`Provenance`, which
   names the rule that governed it (``robots.txt`` or ``api-terms <terms URL>``).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from research.fetch.apis import ROBOTS_RULE
from research.fetch.config import (
    BROWSER_NAMES,
    MAX_REDIRECTS,
    MAX_RETRY_WAIT,
    MEMO_ENTRIES,
    REDIRECT_STATUSES,
    DoorConfig,
    door_spacing,
    find_browser,
)
from research.fetch.guard import (
    Refusal,
    Resolver,
    check_address,
    check_scheme,
    check_terms,
    default_resolver,
    literal_ip,
)
from research.fetch.hop import Gate as _Gate
from research.fetch.hop import Request as _Request
from research.fetch.outcome import Fetched, Outcome, Provenance, UrlCheck

if TYPE_CHECKING:
    import httpx

    from research.fetch.robots import RobotsCache, RobotsResponse, Verdict


@dataclass(frozen=True)
class _Redirect:
    location: str
    status: int


_Key = tuple[str, tuple[tuple[str, str], ...], int]
"""A request's identity for the in-run memory: URL, headers, size cap."""


def _accepts(accept: str, content_type: str) -> bool:
    """Whether a remembered answer of ``content_type`` satisfies an ``Accept`` header."""
    if not accept or not content_type:
        return True
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in ("*/*", content_type) or (
            media.endswith("/*") and content_type.startswith(media[:-1])
        ):
            return True
        if media.endswith("json") and content_type.endswith("json"):
            return True
    return False


def _now() -> datetime:
    return datetime.now(UTC)


class Door:
    """The fetch door; an async context manager that satisfies
    :class:`~research.fetch.protocol.Fetcher`.

    Its spacing is decided once, here (:func:`~research.fetch.config.door_spacing`): never
    under 1 s on the real web; in loopback mode (every request sent to loopback by a
    catch-all ``--connect-to``, and ``RUNNERUP_FIXTURE_SPACING`` or the config's fixture
    spacing) the fixture spacing, and the sources' declared rates are dropped."""

    def __init__(self, config: DoorConfig | None = None) -> None:
        self.config = config or DoorConfig()
        self.spacing, self.loopback = door_spacing(self.config, os.environ)
        self._log: list[Provenance] = []
        self._client: httpx.AsyncClient | None = None
        self._robots_client: httpx.AsyncClient | None = None
        self._top: httpx.AsyncBaseTransport | None = None
        self._storage: Any = None
        self._robots: RobotsCache | None = None
        self._pacer: Any = None
        self._resolver: Resolver = self.config.resolver or default_resolver
        self._browser: Any = None
        self._memo: dict[_Key, Fetched] = {}
        self._inflight: dict[_Key, asyncio.Future[Fetched]] = {}

    # -- lifecycle ------------------------------------------------------------------------

    async def __aenter__(self) -> Door:
        self._open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def _open(self) -> None:
        if self._client is not None:
            return
        import httpx

        from research.fetch.cache import cache_transport
        from research.fetch.pacing import Pacer, PacingTransport
        from research.fetch.robots import RobotsCache
        from research.fetch.transport import (
            ConnectToTransport,
            guarded_transport,
            skip_missing_sniffio,
        )

        skip_missing_sniffio()
        config = self.config
        if config.transport is not None:
            if not isinstance(config.transport, httpx.AsyncBaseTransport):
                raise TypeError("DoorConfig.transport must be an httpx.AsyncBaseTransport")
            base: httpx.AsyncBaseTransport = config.transport
            plain = base
        else:
            limits = httpx.Limits(max_connections=max(1, config.max_concurrency) * 2)
            base = guarded_transport(self._resolver, limits)
            # mapped hosts only (--connect-to): the user's explicit choice of target
            plain = httpx.AsyncHTTPTransport(retries=0, limits=limits, trust_env=False)
        routed = ConnectToTransport(base, config.connect_to, plain=plain)
        self._pacer = Pacer(self.spacing, config.max_concurrency)
        paced = PacingTransport(routed, self._pacer)
        top: httpx.AsyncBaseTransport = paced
        if config.cache_dir is not None:
            top, self._storage = cache_transport(
                paced, config.cache_dir, max_entry=config.max_decompressed
            )
        timeout = httpx.Timeout(
            connect=config.connect_timeout,
            read=config.read_timeout,
            write=config.read_timeout,
            pool=None,
        )
        from research.fetch.limits import ACCEPT_ENCODING

        headers = {"User-Agent": config.user_agent, "Accept-Encoding": ACCEPT_ENCODING}
        common: dict[str, Any] = {
            "timeout": timeout,
            "headers": headers,
            "follow_redirects": False,
            "trust_env": False,
        }
        self._top = top
        self._client = httpx.AsyncClient(transport=top, **common)
        self._robots_client = httpx.AsyncClient(transport=paced, **common)
        from research.fetch.robots import ROBOTS_CACHE_FILE

        robots_path = config.cache_dir / ROBOTS_CACHE_FILE if config.cache_dir else None
        self._robots = RobotsCache(self._fetch_robots, robots_path)

    async def aclose(self) -> None:
        if self._robots is not None:
            self._robots.flush()
        if self._browser is not None:
            browser, self._browser = self._browser, None
            await browser.close()
        if self._top is not None:
            top, self._top = self._top, None
            await top.aclose()
        self._client = None
        self._robots_client = None

    @property
    def log(self) -> list[Provenance]:
        """Every fetch's provenance record, in order (a copy)."""
        return list(self._log)

    # -- public API -----------------------------------------------------------------------

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
        """Fetch ``url`` within the site's terms; never raises for network trouble."""
        return await self._get(
            url,
            params=params,
            headers=headers,
            max_bytes=max_bytes,
            min_interval=min_interval,
            source=source,
            purpose=purpose,
            subresources=False,
        )

    async def render(self, url: str, *, source: str | None = None, purpose: str = "") -> Fetched:
        """Open ``url`` in a headless Chromium whose every request goes through this door;
        the body is the rendered DOM. ``unsupported`` without Playwright or a browser."""
        from research.fetch.browser import render

        return await render(self, url, source=source, purpose=purpose)

    async def check(self, url: str, *, source: str | None = None) -> UrlCheck:
        """Would runnerup fetch ``url``? Fetches robots.txt only. ``source``: as that
        source's request (``""``: no source's); None: the URL is judged as an API call by
        whichever source declared it as its endpoint, if any."""
        self._open()
        refusal, normalized = await self._refuse(url)
        if refusal is not None:
            reason = (
                "unreachable" if refusal.outcome is Outcome.UNREACHABLE else str(refusal.outcome)
            )
            if refusal.outcome is Outcome.UNSUPPORTED:
                reason = "unsupported_scheme"
            return UrlCheck(url, False, reason, refusal.detail)
        assert self._robots is not None
        verdict, _entry = await self._robots.verdict(normalized)
        policy = self.config.api_policy
        grant = policy.declared(normalized, source)
        if grant is not None and not policy.robots_for_apis:
            return UrlCheck(
                url,
                True,
                "allowed",
                f"a documented API endpoint of source {grant.source} ({grant.endpoint}); "
                f"its calls follow the API's terms, not robots.txt",
                rule=grant.rule,
                api_source=grant.source,
                robots=verdict.summary,
            )
        reason = "allowed" if verdict.allowed else "disallowed"
        if not verdict.allowed and verdict.unreachable:
            reason = "unreachable"
        return UrlCheck(
            url,
            verdict.allowed,
            reason,
            verdict.detail,
            rule=ROBOTS_RULE,
            api_source=grant.source if grant is not None else None,
            robots=verdict.summary,
        )

    def would_fetch(self, url: str) -> bool:
        """Whether this door could ever fetch ``url`` by its address alone (http(s), not on
        the terms deny list); no network. See :func:`research.fetch.guard.would_fetch`."""
        from research.fetch.guard import would_fetch

        return would_fetch(url, self.config.deny_hosts)

    def forget_urls(self, urls: Sequence[str]) -> int:
        """Delete the HTTP-cache entries of ``urls`` (see :func:`cache.forget_urls`)."""
        if self.config.cache_dir is None:
            return 0
        from research.fetch.cache import forget_urls

        return forget_urls(self.config.cache_dir, urls)

    # -- internals ------------------------------------------------------------------------

    async def _refuse(self, url: str) -> tuple[Refusal | None, str]:
        """Scheme, URL shape, deny list and SSRF guard; returns the normalised URL."""
        import httpx

        try:
            parsed = httpx.URL(url)
        except (httpx.InvalidURL, TypeError) as error:
            return Refusal(Outcome.UNSUPPORTED_SCHEME, f"not a web address ({error})"), url
        refusal = check_scheme(parsed.scheme)
        if refusal is not None:
            return refusal, url
        if parsed.userinfo or parsed.fragment:
            # never send credentials from a URL; fragments are not part of a request
            parsed = parsed.copy_with(userinfo=b"", fragment=None)
        host = parsed.host
        if not host:
            return Refusal(Outcome.UNSUPPORTED_SCHEME, "the address has no host name"), url
        refusal = check_terms(host, self.config.deny_hosts)
        if refusal is not None:
            return refusal, str(parsed)
        mapped = any(m.matches(host) for m in self.config.connect_to)
        if mapped and literal_ip(host) is None:
            return None, str(parsed)  # the explicit opt-in: routed to the mapping's target
        return await check_address(host, self._resolver), str(parsed)

    def _record(
        self,
        request: _Request,
        outcome: Outcome,
        *,
        final_url: str | None = None,
        status: int | None = None,
        gate: _Gate | None = None,
        detail: str = "",
        body: bytes = b"",
        headers: Mapping[str, str] | None = None,
        content_type: str = "",
        noindex: bool = False,
        noarchive: bool = False,
        retry_after: float | None = None,
        sha256: str | None = None,
        from_cache: bool = False,
    ) -> Fetched:
        provenance = Provenance(
            url=request.url,
            final_url=final_url or request.url,
            fetched_at=_now(),
            outcome=outcome,
            status=status,
            robots=gate.robots if gate else "",
            sha256=sha256,
            source=request.source,
            purpose=request.purpose,
            from_cache=from_cache,
            rule=gate.rule if gate else "",
        )
        self._log.append(provenance)
        return Fetched(
            url=request.url,
            outcome=outcome,
            provenance=provenance,
            status=status,
            final_url=final_url or request.url,
            headers=dict(headers or {}),
            body=body,
            content_type=content_type,
            detail=detail,
            noindex=noindex,
            noarchive=noarchive,
            retry_after=retry_after,
        )

    async def _get(
        self,
        url: str,
        *,
        params: Mapping[str, str] | None,
        headers: Mapping[str, str] | None,
        max_bytes: int | None,
        min_interval: float | None,
        source: str | None,
        purpose: str,
        subresources: bool,
    ) -> Fetched:
        self._open()
        import httpx

        if params:
            with contextlib.suppress(httpx.InvalidURL, TypeError):
                url = str(httpx.URL(url).copy_merge_params(dict(params)))
        cap = min(max_bytes or self.config.max_bytes, self.config.max_decompressed)
        if self.loopback:
            min_interval = None  # the fixture web: a source's declared rate is not needed
        request = _Request(url, headers, cap, min_interval, source, purpose, subresources)
        # the same page twice in one run is read once: later asks replay the first answer
        accept = next((v for k, v in (headers or {}).items() if k.lower() == "accept"), "")
        others = sorted((k.lower(), v) for k, v in (headers or {}).items() if k.lower() != "accept")
        # an answer read under an API's terms is never replayed to a request robots.txt
        # governs (another source's, or no source's), nor the other way round
        grant = self.config.api_policy.grant_for(url, source)
        others.append((" rule", f"api-terms {grant.source}" if grant else "robots.txt"))
        key = (url, tuple(others), cap)
        known = self._memo.get(key)
        if known is not None and _accepts(accept, known.content_type):
            return self._replay(known, request)
        if known is not None:
            key = (url, (*key[1], ("accept", accept)), cap)
        pending = self._inflight.get(key)
        if pending is not None:
            with contextlib.suppress(asyncio.CancelledError):
                first = await asyncio.shield(pending)
                return self._replay(first, request)
            if not pending.cancelled():
                raise asyncio.CancelledError
        future: asyncio.Future[Fetched] = asyncio.get_running_loop().create_future()
        self._inflight[key] = future
        try:
            result = await self._fetch(request)
        except BaseException:
            future.cancel()
            raise
        finally:
            self._inflight.pop(key, None)
        future.set_result(result)
        if (
            self.config.cache_dir is not None  # no cache asked for, nothing kept
            and result.outcome in (Outcome.OK, Outcome.NOT_FOUND)
            and not result.noarchive
            and "no-store" not in result.headers.get("cache-control", "").lower()
            and len(self._memo) < MEMO_ENTRIES
        ):
            self._memo[key] = result
        return result

    def _replay(self, first: Fetched, request: _Request) -> Fetched:
        """An earlier answer to the same request, logged again as served from memory."""
        provenance = replace(
            first.provenance,
            fetched_at=_now(),
            source=request.source,
            purpose=request.purpose,
            from_cache=True,
        )
        self._log.append(provenance)
        return replace(first, provenance=provenance)

    async def _fetch(self, request: _Request) -> Fetched:
        url = request.url
        current = url
        gate = _Gate()
        for _hop in range(MAX_REDIRECTS + 1):
            refusal, current = await self._refuse(current)
            if refusal is not None:
                return self._record(
                    request, refusal.outcome, final_url=current, detail=refusal.detail
                )
            grant = self.config.api_policy.grant_for(current, request.source)
            if grant is not None:
                # a source's call to a documented API it declared: the API's terms govern
                gate = _Gate(rule=grant.rule, grant=grant)
                result = await self._exchange(request, current, gate)
                if isinstance(result, Fetched):
                    return result
                current = urljoin(current, result.location)
                continue
            verdict = await self._robots_verdict(current)
            gate = _Gate(robots=verdict.summary, rule=ROBOTS_RULE)
            if not verdict.allowed and verdict.unreachable:
                # RFC 9309: an unreachable robots.txt means nothing may be read; to the
                # user that is a site (or network) that cannot be reached, not a refusal
                return self._record(
                    request,
                    Outcome.UNREACHABLE,
                    final_url=current,
                    gate=gate,
                    detail=f"{verdict.detail} (nothing is read from this site until it answers)",
                )
            if not verdict.allowed:
                return self._record(
                    request,
                    Outcome.DISALLOWED,
                    final_url=current,
                    gate=gate,
                    detail=f"robots.txt: {verdict.detail}",
                )
            result = await self._exchange(request, current, gate)
            if isinstance(result, Fetched):
                return result
            current = urljoin(current, result.location)
        return self._record(
            request,
            Outcome.UNREACHABLE,
            final_url=current,
            gate=gate,
            detail=f"more than {MAX_REDIRECTS} redirects",
        )

    async def _robots_verdict(self, url: str) -> Verdict:
        assert self._robots is not None
        verdict, entry = await self._robots.verdict(url)
        if entry is not None:
            host = urlsplit(url).hostname or ""
            self._pacer.set_robots_interval(host, entry.delay())
        return verdict

    async def _exchange(self, request: _Request, url: str, gate: _Gate) -> Fetched | _Redirect:
        """One hop: send (with retries for 429/5xx), read, classify."""
        import httpx

        from research.fetch.apis import rate_limit_wait
        from research.fetch.pacing import (
            MIN_INTERVAL_EXTENSION,
            HostRateLimited,
            parse_retry_after,
        )

        assert self._client is not None
        host = urlsplit(url).hostname or ""
        extensions = {}
        declared = gate.grant.min_interval if gate.grant and not self.loopback else 0.0
        min_interval = max(request.min_interval or 0.0, declared)
        if min_interval:
            extensions[MIN_INTERVAL_EXTENSION] = min_interval
        sent_headers = {
            k: v
            for k, v in (request.headers or {}).items()
            if k.lower() not in ("host", "user-agent", "accept-encoding")
        }
        attempt = 0
        while True:
            try:
                built = self._client.build_request(
                    "GET", url, headers=sent_headers, extensions=extensions
                )
                response = await self._client.send(built, stream=True)
            except HostRateLimited as error:
                return self._record(
                    request,
                    Outcome.RATE_LIMITED,
                    final_url=url,
                    gate=gate,
                    detail=f"{error}; nothing was sent",
                    retry_after=round(error.remaining),
                )
            except httpx.ConnectTimeout:
                detail = f"could not connect within {self.config.connect_timeout:g} s"
                return self._record(
                    request, Outcome.UNREACHABLE, final_url=url, gate=gate, detail=detail
                )
            except httpx.TimeoutException:
                detail = f"no answer within {self.config.read_timeout:g} s"
                return self._record(
                    request, Outcome.UNREACHABLE, final_url=url, gate=gate, detail=detail
                )
            except httpx.HTTPError as error:
                from research.fetch.transport import network_error

                outcome, detail = network_error(error)
                return self._record(request, outcome, final_url=url, gate=gate, detail=detail)
            try:
                status = response.status_code
                # an API's own rate-limit headers (GitHub, GitLab, the IETF draft) are
                # honoured for the calls its terms govern
                api_wait = rate_limit_wait(response.headers) if gate.grant else None
                api_limited = gate.grant is not None and (
                    status in (403, 429)
                    and (api_wait is not None or "retry-after" in response.headers)
                )
                if status == 429 or status >= 500 or api_limited:
                    retry_after = parse_retry_after(response.headers.get("retry-after"))
                    if retry_after is None:
                        retry_after = api_wait
                    limited = (
                        status == 429 or api_limited or (status == 503 and retry_after is not None)
                    )
                    await response.aclose()
                    wait = self._pacer.interval(host, min_interval) * (2**attempt)
                    if retry_after is not None:
                        wait = max(wait, retry_after)
                    if attempt < self.config.max_retries and wait <= MAX_RETRY_WAIT:
                        attempt += 1
                        self._pacer.delay_next(host, wait)
                        continue
                    if limited:
                        # stay away for what the site asked (or the backoff), this run
                        self._pacer.block(host, retry_after if retry_after is not None else wait)
                        detail = f"the site asks to slow down (HTTP {status})"
                        if retry_after is not None:
                            detail += f"; retry after {retry_after:.0f} s"
                        return self._record(
                            request,
                            Outcome.RATE_LIMITED,
                            final_url=url,
                            status=status,
                            gate=gate,
                            detail=detail,
                            headers={k.lower(): v for k, v in response.headers.items()},
                            retry_after=retry_after,
                        )
                    return self._record(
                        request,
                        Outcome.UNREACHABLE,
                        final_url=url,
                        status=status,
                        gate=gate,
                        detail=f"the server failed (HTTP {status}) after {attempt + 1} tries",
                    )
                if api_wait is not None:
                    # the quota is used up: nothing more to this API until it resets
                    if api_wait <= MAX_RETRY_WAIT:
                        self._pacer.delay_next(host, api_wait)
                    else:
                        self._pacer.block(host, api_wait)
                location = response.headers.get("location")
                if status in REDIRECT_STATUSES and location:
                    return _Redirect(location, status)
                return await self._classify(request, url, gate, response)
            finally:
                await response.aclose()

    async def _classify(
        self, request: _Request, url: str, gate: _Gate, response: httpx.Response
    ) -> Fetched:
        from research.fetch.classify import classify

        found = await classify(
            response,
            url=url,
            cap=request.cap,
            subresources=request.subresources,
            body_deadline=self.config.body_deadline,
        )
        if found.evict and self._storage is not None and not found.from_cache:
            from research.fetch.cache import remove_cached

            await response.aclose()  # completes (or discards) the entry before removing it
            await remove_cached(self._storage, [str(response.request.url)])
        endpoint = gate.grant.endpoint if gate.grant else None
        if endpoint is not None and endpoint.backoff_field and found.body:
            from research.fetch.apis import body_backoff

            host = urlsplit(url).hostname or ""
            pause = body_backoff(found.body, endpoint.backoff_field)
            if pause is not None and pause <= MAX_RETRY_WAIT:
                self._pacer.delay_next(host, pause)
            elif pause is not None:
                self._pacer.block(host, pause)
        return self._record(
            request,
            found.outcome,
            final_url=url,
            status=found.status,
            gate=gate,
            detail=found.detail,
            body=found.body,
            headers=found.headers,
            content_type=found.content_type,
            noindex=found.noindex,
            noarchive=found.noarchive,
            sha256=found.sha256,
            from_cache=found.from_cache,
        )

    async def _fetch_robots(self, url: str) -> RobotsResponse:
        """robots.txt of an origin: guard, pacing and up to 5 redirects; no HTTP cache
        (robots verdicts have their own cache)."""
        import httpx

        from research.fetch.limits import ACCEPT_ENCODING, UnsupportedEncoding, read_prefix
        from research.fetch.robots import (
            ROBOTS_MAX_BYTES,
            ROBOTS_MAX_REDIRECTS,
            RobotsResponse,
        )

        assert self._robots_client is not None
        current = url
        for _hop in range(ROBOTS_MAX_REDIRECTS + 1):
            refusal, current = await self._refuse(current)
            if refusal is not None:
                return RobotsResponse(None, error=refusal.detail, final_url=current)
            try:
                built = self._robots_client.build_request(
                    "GET", current, headers={"Accept-Encoding": ACCEPT_ENCODING}
                )
                response = await self._robots_client.send(built, stream=True)
            except httpx.TimeoutException:
                return RobotsResponse(None, error="timed out", final_url=current)
            except httpx.HTTPError as error:
                return RobotsResponse(None, error=type(error).__name__, final_url=current)
            try:
                location = response.headers.get("location")
                if response.status_code in REDIRECT_STATUSES and location:
                    current = urljoin(current, location)
                    continue
                if not 200 <= response.status_code < 300:
                    return RobotsResponse(response.status_code, final_url=current)
                try:
                    async with asyncio.timeout(self.config.body_deadline):
                        body = await read_prefix(
                            response.aiter_raw(),
                            content_encoding=response.headers.get("content-encoding", ""),
                            limit=ROBOTS_MAX_BYTES,
                        )
                except (UnsupportedEncoding, TimeoutError, httpx.HTTPError, zlib.error) as error:
                    name = type(error).__name__
                    return RobotsResponse(None, error=f"broken transfer ({name})")
                return RobotsResponse(response.status_code, body, final_url=current)
            finally:
                await response.aclose()
        # RFC 9309 2.3.1.2: more than five redirects - robots.txt is unavailable.
        return RobotsResponse(310, final_url=current)

    def _browser_executable(self) -> str | None:
        return find_browser(self.config.browser_executable)

    def start_browser(self) -> bool:
        """Start Chromium in the background for the renders to come (a lookup does when a
        JavaScript page is likely); True if it is starting or running, False when
        rendering is not possible (a render then says why). Call it inside the door."""
        from research.fetch.browser import start_early

        return start_early(self)


__all__ = ["BROWSER_NAMES", "MAX_REDIRECTS", "Door", "DoorConfig"]
