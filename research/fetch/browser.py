"""Rendering through the door: headless Chromium (Playwright, the optional ``browser``
extra) whose every request is answered by :meth:`Door.get`.

* The browser is an installed Chromium (``browser_executable``, else the first of
  chromium, chromium-browser, google-chrome on PATH); Playwright never downloads one.
* It runs headless with a fresh temporary profile, and ``--host-resolver-rules`` makes
  every name it would resolve itself fail: it cannot open a connection of its own.
* ``context.route("**/*")`` sends each request through the door (robots, pacing, deny
  list, SSRF guard, caps apply to scripts and XHR too) and fulfils it with the door's
  answer; refused requests are aborted. Images, fonts and media are aborted unfetched;
  only GET is allowed.
* The result is a :class:`Fetched` whose body is the rendered DOM (``text/html``).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import shutil
import tempfile
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from research.fetch.config import BROWSER_ENV, browser_turned_off
from research.fetch.hop import Gate, Request
from research.fetch.outcome import Fetched, Outcome

if TYPE_CHECKING:
    from research.fetch.hop import DoorSide as Door

BROWSER_HINT = (
    "install Chromium: apt-get install chromium, or set browser.executable in config.toml"
)
LAUNCH_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
    "--dns-prefetch-disable",
    "--no-proxy-server",
    "--host-resolver-rules=MAP * ~NOTFOUND",
)
SKIPPED_RESOURCES = frozenset({"image", "font", "media"})
RENDER_TIMEOUT_MS = 60_000
_DROPPED_HEADERS = frozenset(
    {"content-encoding", "content-length", "transfer-encoding", "connection", "set-cookie"}
)
_REFUSED = frozenset(
    {
        Outcome.DISALLOWED,
        Outcome.FORBIDDEN_BY_TERMS,
        Outcome.UNSAFE_ADDRESS,
        Outcome.UNSUPPORTED_SCHEME,
        Outcome.TOO_LARGE,
        Outcome.UNSUPPORTED,
        Outcome.RATE_LIMITED,
        Outcome.UNREACHABLE,
    }
)


class BrowserSession:
    """One Chromium with a temporary profile, shared by a door's renders."""

    def __init__(self, playwright: Any, context: Any, profile: tempfile.TemporaryDirectory[str]):
        self.playwright = playwright
        self.context = context
        self.profile = profile
        self.mains: dict[int, Fetched] = {}
        """The main document's answer, by ``id(page)``."""
        self.tags: dict[int, tuple[str | None, str]] = {}
        """The render's source and purpose, by ``id(page)``, for its requests' provenance."""

    async def close(self) -> None:
        try:
            with contextlib.suppress(Exception):
                await self.context.close()
            with contextlib.suppress(Exception):
                await self.playwright.stop()
        finally:
            await remove_profile(self.profile)


async def remove_profile(profile: tempfile.TemporaryDirectory[str]) -> None:
    """Delete the browser's temporary profile. Chromium's helper processes may still write
    to it for a moment after the browser closed (``Directory not empty``): try again
    briefly, and never let a leftover folder in the temp directory fail the lookup."""
    for attempt in range(10):
        try:
            profile.cleanup()
            return
        except OSError:
            await asyncio.sleep(0.05 * (attempt + 1))
    shutil.rmtree(profile.name, ignore_errors=True)


async def _start(door: Door, executable: str) -> BrowserSession:
    from playwright.async_api import async_playwright

    profile = tempfile.TemporaryDirectory(prefix="runnerup-chromium-")
    playwright = await async_playwright().start()
    try:
        context = await playwright.chromium.launch_persistent_context(
            profile.name,
            executable_path=executable,
            headless=True,
            args=list(LAUNCH_ARGS),
            service_workers="block",
            accept_downloads=False,
            java_script_enabled=True,
        )
    except BaseException:
        await playwright.stop()
        profile.cleanup()
        raise
    session = BrowserSession(playwright, context, profile)
    await context.route("**/*", lambda route: _handle(door, session, route))
    return session


async def _handle(door: Door, session: BrowserSession, route: Any) -> None:
    """Answer one browser request through the door; abort it if anything goes wrong (a
    request left unanswered would hang the page)."""
    try:
        await _answer(door, session, route)
    except Exception:
        with contextlib.suppress(Exception):
            await route.abort("failed")


async def _answer(door: Door, session: BrowserSession, route: Any) -> None:
    request = route.request
    if request.resource_type in SKIPPED_RESOURCES or request.method != "GET":
        await route.abort("blockedbyclient")
        return
    page_id = id(request.frame.page)
    source, purpose = session.tags.get(page_id, (None, ""))
    fetched = await door._get(
        request.url,
        params=None,
        headers=None,
        max_bytes=None,
        min_interval=None,
        source=source,
        purpose=f"browser: {purpose}" if purpose else "browser",
        subresources=request.resource_type != "document",
    )
    if request.is_navigation_request() and request.frame.parent_frame is None:
        session.mains[page_id] = fetched
    if fetched.outcome in _REFUSED or fetched.status is None:
        await route.abort("blockedbyclient")
        return
    headers = {k: v for k, v in fetched.headers.items() if k not in _DROPPED_HEADERS}
    await route.fulfill(status=fetched.status, headers=headers, body=fetched.body)


async def render(door: Door, url: str, *, source: str | None, purpose: str) -> Fetched:
    request = Request(url, None, door.config.max_bytes, None, source, purpose, False)
    check = await door.check(url, source=source or "")
    if not check.allowed:
        outcome = {
            "disallowed": Outcome.DISALLOWED,
            "forbidden_by_terms": Outcome.FORBIDDEN_BY_TERMS,
            "unsafe_address": Outcome.UNSAFE_ADDRESS,
            "unsupported_scheme": Outcome.UNSUPPORTED_SCHEME,
        }.get(check.reason, Outcome.UNREACHABLE)
        return door._record(request, outcome, detail=check.detail)
    browser = door._browser
    if browser is None:
        executable, why_not = _executable(door)
        if executable is None:
            return door._record(request, Outcome.UNSUPPORTED, detail=why_not)
        browser = door._browser = _Launch(door, executable)
    if isinstance(browser, _Launch):
        started = await asyncio.shield(browser.task)  # other renders wait for it too
        if door._browser is browser:
            # a failed start is tried again by the next render, as if never started
            door._browser = started if isinstance(started, BrowserSession) else None
        if not isinstance(started, BrowserSession):
            return door._record(request, Outcome.UNSUPPORTED, detail=started)
        browser = started
    session: BrowserSession = browser
    page = await session.context.new_page()
    session.tags[id(page)] = (source, purpose)
    try:
        try:
            await page.goto(url, wait_until="networkidle", timeout=RENDER_TIMEOUT_MS)
        except Exception as error:
            main = session.mains.get(id(page))
            if main is not None and not main.usable:
                return _as_render(door, request, main)
            detail = f"the page did not load in the browser: {str(error).splitlines()[0]}"
            return door._record(request, Outcome.UNREACHABLE, detail=detail)
        main = session.mains.get(id(page))
        if main is None:
            return door._record(request, Outcome.UNREACHABLE, detail="the page did not load")
        if not main.usable:
            return _as_render(door, request, main)
        html = (await page.content()).encode("utf-8")
    finally:
        session.mains.pop(id(page), None)
        session.tags.pop(id(page), None)
        with contextlib.suppress(Exception):
            await page.close()
    return door._record(
        request,
        Outcome.OK,
        final_url=main.final_url,
        status=main.status,
        gate=Gate(main.provenance.robots, main.provenance.rule),
        body=html,
        headers={"content-type": "text/html; charset=utf-8"},
        content_type="text/html",
        noarchive=main.noarchive,
        sha256=hashlib.sha256(html).hexdigest(),
    )


def _executable(door: Door) -> tuple[str | None, str]:
    """The Chromium to start, or None and why rendering is not possible."""
    try:
        import playwright.async_api  # noqa: F401
    except ImportError:
        return None, f"rendering needs Playwright (pip install 'runnerup[browser]'); {BROWSER_HINT}"
    executable = door._browser_executable()
    if executable is None:
        if browser_turned_off(door.config.browser_executable):
            return None, f"rendering is turned off ({BROWSER_ENV}=none or browser.executable)"
        return None, f"no Chromium found; {BROWSER_HINT}"
    return executable, ""


class _Launch:
    """Chromium being started (by the first render, or ahead of it by :func:`start_early`);
    renders wait for it, and the door closes it like a session (waiting for the start)."""

    def __init__(self, door: Door, executable: str) -> None:
        self.task: asyncio.Future[BrowserSession | str] = asyncio.ensure_future(
            self._start(door, executable)
        )

    @staticmethod
    async def _start(door: Door, executable: str) -> BrowserSession | str:
        """The session, or why it did not start (a render's ``unsupported`` detail)."""
        try:
            return await _start(door, executable)
        except Exception as error:
            detail = f"Chromium ({executable}) did not start: {error}; {BROWSER_HINT}"
            return detail.splitlines()[0]

    async def close(self) -> None:
        try:
            started = await self.task
        except asyncio.CancelledError:  # the start cleaned up after itself
            return
        if isinstance(started, BrowserSession):
            await started.close()


def start_early(door: Door) -> bool:
    """Start Chromium in the background for the renders to come; True if it is starting
    or running. Nothing happens when rendering is not possible: no Chromium at the
    configured path or on PATH, rendering turned off, or Playwright missing (a render
    then says why, as always)."""
    if door._browser is not None:
        return True
    configured = door._browser_executable()
    if configured is None or shutil.which(configured) is None:
        return False
    executable, _why_not = _executable(door)
    if executable is None:
        return False
    door._browser = _Launch(door, executable)
    return True


def _as_render(door: Door, request: Any, main: Fetched) -> Fetched:
    """The main document's own outcome (not ok, or noindex), as this render's result."""
    fetched = door._record(
        request,
        main.outcome,
        final_url=main.final_url,
        status=main.status,
        gate=Gate(main.provenance.robots, main.provenance.rule),
        detail=main.detail,
        headers=main.headers,
        content_type=main.content_type,
        noindex=main.noindex,
        noarchive=main.noarchive,
        retry_after=main.retry_after,
        sha256=main.provenance.sha256,
    )
    return replace(fetched, body=b"")


__all__ = ["BROWSER_HINT", "LAUNCH_ARGS", "BrowserSession", "render", "start_early"]
