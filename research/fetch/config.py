"""The door's configuration (no I/O, no httpx)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from research.fetch.apis import ApiPolicy
from research.fetch.guard import DEFAULT_DENY_HOSTS, Resolver
from research.fetch.routes import ConnectTo, loopback_only, loopback_spacing

MAX_REDIRECTS = 5
MEMO_ENTRIES = 512
"""Answers kept in memory for one run (a door's life): a page is read once per lookup."""
#: A Retry-After longer than this is not waited for: the outcome is ``rate_limited``.
MAX_RETRY_WAIT = 60.0
USER_MIN_INTERVAL = 1.0
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome")
BROWSER_ENV = "RUNNERUP_BROWSER"
BROWSER_OFF = frozenset({"none", "off", "no", "false", "0"})
"""Values of ``RUNNERUP_BROWSER`` (or ``browser.executable``) that turn rendering off."""


def browser_turned_off(configured: str | None = None) -> bool:
    """True when rendering is switched off: ``configured`` (or, when that is unset, the
    ``RUNNERUP_BROWSER`` environment variable) is one of :data:`BROWSER_OFF`."""
    value = configured if configured else os.environ.get(BROWSER_ENV, "")
    return value.strip().lower() in BROWSER_OFF


def find_browser(configured: str | None = None) -> str | None:
    """The Chromium to render with, or None.

    ``configured`` (``browser.executable`` or ``RUNNERUP_BROWSER``, already merged by the
    caller) wins; without it the environment variable is read now (never at import time);
    ``none``/``off`` turns rendering off; otherwise the first of :data:`BROWSER_NAMES` on PATH.
    """
    if browser_turned_off(configured):
        return None
    value = configured or os.environ.get(BROWSER_ENV, "").strip()
    if value:
        return value
    for name in BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def door_spacing(config: DoorConfig, env: Mapping[str, str]) -> tuple[float, bool]:
    """Seconds between two requests to one host, and whether the door is in loopback mode.

    The one place the spacing is decided. On the real web the user's spacing, never under
    :data:`USER_MIN_INTERVAL`. When every request goes to loopback by a catch-all
    ``--connect-to`` (the fixture web) and ``RUNNERUP_FIXTURE_SPACING`` or the caller's
    :attr:`DoorConfig.fixture_spacing` gives one, loopback mode: that spacing, and the
    sources' declared rates are dropped. With ``connect_to`` sending everything to loopback
    but no fixture spacing, or with a caller-supplied ``transport`` (an in-process test
    transport), ``min_interval`` is taken as given: nothing reaches a real site."""
    fixture = loopback_spacing(config.connect_to, env, config.fixture_spacing)
    if fixture is not None:
        return fixture, True
    if loopback_only(config.connect_to) or config.transport is not None:
        return max(0.0, config.min_interval), False
    return max(USER_MIN_INTERVAL, config.min_interval), False


@dataclass(frozen=True)
class DoorConfig:
    connect_to: tuple[ConnectTo, ...] = ()
    min_interval: float = USER_MIN_INTERVAL
    """Seconds between requests to one host, measured end-to-start (never under 1 s on the
    real web: see :func:`door_spacing`)."""
    fixture_spacing: float | None = None
    """The spacing on the fixture web when ``RUNNERUP_FIXTURE_SPACING`` is not set (the
    demo's, the test kit's); ignored unless every request goes to loopback."""
    user_agent: str = "runnerup"
    """The ``User-Agent`` of every request (the caller's headers never replace it)."""
    max_concurrency: int = 8
    max_bytes: int = 5 * 1024 * 1024
    """Cap on a body, on the wire and decoded; ``get(max_bytes=)`` overrides it."""
    max_decompressed: int = 20 * 1024 * 1024
    """Hard ceiling on a decoded body, whatever a caller's ``max_bytes``."""
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    cache_dir: Path | None = None
    browser_executable: str | None = None
    max_retries: int = 2
    transport: object | None = None
    resolver: Resolver | None = None
    deny_hosts: tuple[str, ...] = DEFAULT_DENY_HOSTS
    api_policy: ApiPolicy = field(default_factory=ApiPolicy)
    """Documented API endpoints the sources declared: a source's requests to its own
    endpoints follow the API's terms instead of robots.txt (see :mod:`research.fetch.apis`)."""

    @property
    def body_deadline(self) -> float:
        """Seconds allowed to read one body (a slow drip ends as ``unreachable``)."""
        return self.read_timeout * 3


__all__ = [
    "BROWSER_ENV",
    "BROWSER_NAMES",
    "BROWSER_OFF",
    "MAX_REDIRECTS",
    "MAX_RETRY_WAIT",
    "REDIRECT_STATUSES",
    "USER_MIN_INTERVAL",
    "DoorConfig",
    "browser_turned_off",
    "door_spacing",
    "find_browser",
]
