"""``--connect-to`` mappings, and whether they make the fixture web of a run (pure, no I/O).

A mapping ``PATTERN=HOST:PORT`` sends the requests for hosts matching PATTERN to HOST:PORT.
When a catch-all ``*=`` mapping exists and every mapping points at a loopback address, no
request of the run can leave the machine: that is the fixture web (tests, the demo), the
only place where the door may space requests less than a second apart
(:func:`loopback_spacing`).
"""

from __future__ import annotations

import fnmatch
import ipaddress
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

ENV_FIXTURE_SPACING = "RUNNERUP_FIXTURE_SPACING"
"""Seconds between requests to one host on the fixture web (every request sent to loopback
by a catch-all ``--connect-to``); ignored on the real web."""


@dataclass(frozen=True)
class ConnectTo:
    """``PATTERN=HOST:PORT``: requests for hosts matching PATTERN (a glob such as ``*.test``
    or ``*``) go to HOST:PORT in plain HTTP, the URL's own host kept in the Host header."""

    pattern: str
    host: str
    port: int

    def matches(self, hostname: str) -> bool:
        return fnmatch.fnmatchcase(hostname.lower().rstrip("."), self.pattern.lower())

    def __str__(self) -> str:
        return f"{self.pattern}={self.host}:{self.port}"


def route_for(connect_to: Sequence[ConnectTo], hostname: str) -> ConnectTo | None:
    """The first mapping for ``hostname``, or None (the host is reached as it is)."""
    for mapping in connect_to:
        if mapping.matches(hostname):
            return mapping
    return None


def is_loopback(host: str) -> bool:
    """``localhost`` or a literal loopback address (127.0.0.0/8, ::1); never resolves."""
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def loopback_only(connect_to: Sequence[ConnectTo]) -> bool:
    """True when every request goes to loopback: a catch-all ``*`` mapping exists and
    every mapping's target is a loopback address."""
    return any(m.pattern == "*" for m in connect_to) and all(
        is_loopback(m.host) for m in connect_to
    )


def loopback_spacing(
    connect_to: Sequence[ConnectTo], env: Mapping[str, str], default: float | None = None
) -> float | None:
    """The fixture web's spacing, or None on the real web.

    Only when :func:`loopback_only`: ``RUNNERUP_FIXTURE_SPACING`` (seconds, at least 0),
    else ``default`` (the demo's or the test kit's own). A value that is not a number is
    ignored."""
    if not loopback_only(connect_to):
        return None
    text = env.get(ENV_FIXTURE_SPACING, "").strip()
    if text:
        try:
            return max(0.0, float(text))
        except ValueError:
            pass
    return None if default is None else max(0.0, default)


__all__ = [
    "ENV_FIXTURE_SPACING",
    "ConnectTo",
    "is_loopback",
    "loopback_only",
    "loopback_spacing",
    "route_for",
]
