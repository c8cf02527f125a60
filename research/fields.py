"""Small field readers for sources that parse API JSON: tolerant of missing or mistyped
values. Pure."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from research.model import PartialDate

_HOST_AND_PORT = re.compile(r"^[\w.-]+:\d+")


def text(value: Any) -> str:
    """A JSON value as stripped text; anything that is not a string is empty."""
    return value.strip() if isinstance(value, str) else ""


def partial_date(value: Any) -> PartialDate | None:
    """``2019``, ``2019-03`` or an ISO timestamp (its day and time ignored), else None."""
    raw = text(value)
    if not raw:
        return None
    try:
        return PartialDate.parse(raw[:10])
    except ValueError:
        return None


def http_url(value: Any, *, bare_host_port: bool = False) -> str | None:
    """A website field as an http(s) URL: ``example.com`` gets ``https://``; mailto:, tel:,
    credentials and anything with spaces are refused. ``bare_host_port`` also takes
    ``example.com:8080/path`` without a scheme."""
    raw = text(value)
    if not raw or any(c.isspace() for c in raw):
        return None
    if "://" not in raw:
        if ":" in raw.split("/", 1)[0] and not (bare_host_port and _HOST_AND_PORT.match(raw)):
            return None  # mailto:, tel:, ...
        raw = "https://" + raw
    parts = urlsplit(raw)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or "@" in parts.netloc:
        return None
    return raw


def span(start: PartialDate | None, end: PartialDate | None) -> str:
    """`` (2019-03 to present)`` for a quote, or empty when undated."""
    if start is None and end is None:
        return ""
    return f" ({start or '?'} to {end or 'present'})"
