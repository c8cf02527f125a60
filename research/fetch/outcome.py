"""What a fetch returns: a typed outcome, the response, and its provenance record.

No I/O and no httpx here, so sources and parsers can import these types freely.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable

    from research.model import OutcomeStatus


class Outcome(StrEnum):
    OK = "ok"
    NOT_FOUND = "not_found"
    DISALLOWED = "disallowed"
    """robots.txt disallows the URL for runnerup."""
    FORBIDDEN_BY_TERMS = "forbidden_by_terms"
    """The host is on the terms deny list."""
    UNSAFE_ADDRESS = "unsafe_address"
    """The host resolves to a private, loopback, link-local or reserved address."""
    UNSUPPORTED_SCHEME = "unsupported_scheme"
    BLOCKED = "blocked"
    """401/403, a login wall or a challenge page."""
    RATE_LIMITED = "rate_limited"
    UNREACHABLE = "unreachable"
    TOO_LARGE = "too_large"
    UNSUPPORTED = "unsupported"
    """A content type runnerup does not read, or no browser for render()."""

    @property
    def is_refusal(self) -> bool:
        """True when the page was not read because a rule or the site said no (robots.txt,
        the terms deny list, a login wall, a rate limit, an unsafe address) or the site could
        not be reached; False for ``ok``, ``not_found`` and what runnerup cannot read."""
        return self in _WHY_NOT_READ

    @property
    def user_status(self) -> OutcomeStatus:
        """The word a source's outcome shows for this fetch outcome when it is the reason
        the source found nothing: ``disallowed`` for robots.txt and the terms deny list
        alike, ``blocked``, ``rate_limited``, ``unreachable``; ``nothing`` otherwise."""
        return _USER_STATUS.get(self, "nothing")

    @property
    def why_not_read(self) -> str:
        """Why a page with this outcome was not read, as the end of a sentence ("Not read:
        URL (…)"); empty for an outcome that is not a refusal."""
        return _WHY_NOT_READ.get(self, "")


_WHY_NOT_READ: dict[Outcome, str] = {
    Outcome.BLOCKED: "it is behind a login or a challenge",
    Outcome.DISALLOWED: "its robots.txt does not allow runnerup",
    Outcome.FORBIDDEN_BY_TERMS: "the site's terms forbid automated access",
    Outcome.RATE_LIMITED: "the site asked runnerup to slow down",
    Outcome.UNREACHABLE: "it could not be reached",
    Outcome.UNSAFE_ADDRESS: "its address is a private or local one, which runnerup never fetches",
}
"""Refusals, most telling first: the order :func:`first_refusal` ranks them in."""

_USER_STATUS: dict[Outcome, OutcomeStatus] = {
    Outcome.BLOCKED: "blocked",
    Outcome.DISALLOWED: "disallowed",
    Outcome.FORBIDDEN_BY_TERMS: "disallowed",
    Outcome.RATE_LIMITED: "rate_limited",
    Outcome.UNREACHABLE: "unreachable",
    Outcome.UNSAFE_ADDRESS: "disallowed",
}


def first_refusal(outcomes: Iterable[Outcome]) -> Outcome | None:
    """The most telling refusal among ``outcomes`` (a login wall before robots.txt before
    the terms before a rate limit before an unreachable host), or None when none is."""
    seen = set(outcomes)
    return next((o for o in _WHY_NOT_READ if o in seen), None)


@dataclass(frozen=True)
class Provenance:
    """The log record of one fetch: feeds evidence."""

    url: str
    final_url: str
    fetched_at: datetime
    outcome: Outcome
    status: int | None = None
    robots: str = ""
    """The robots verdict, e.g. "allowed", "disallowed by Disallow: /team/" (empty when
    robots.txt was not asked: a documented API's call, or a refusal before it)."""
    sha256: str | None = None
    source: str | None = None
    purpose: str = ""
    from_cache: bool = False
    rule: str = ""
    """Which rule governed the fetch: ``robots.txt``, or ``api-terms <terms URL>`` for a
    source's call to an API endpoint it declared; empty when the request was refused before
    either (terms deny list, scheme, address)."""


@dataclass(frozen=True)
class Fetched:
    """The result of ``door.get`` or ``door.render``."""

    url: str
    outcome: Outcome
    provenance: Provenance
    status: int | None = None
    final_url: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    """Response headers, names lower-cased."""
    body: bytes = b""
    """Empty unless the outcome is ok and the page may be used (no noindex)."""
    content_type: str = ""
    """The media type without parameters, e.g. ``text/html``."""
    detail: str = ""
    """Why, for any outcome but ok: e.g. the robots rule or the deny-list entry."""
    noindex: bool = False
    noarchive: bool = False
    retry_after: float | None = None

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.OK

    @property
    def usable(self) -> bool:
        """True when the body may be handed to parsers."""
        return self.ok and not self.noindex

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            name, _, value = part.strip().partition("=")
            if name.lower() == "charset" and value:
                return value.strip("\"'")
        return None

    def text(self) -> str:
        """The body decoded with the declared charset (UTF-8 when none or unknown)."""
        encoding = self.charset or "utf-8"
        try:
            return self.body.decode(encoding, errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body parsed as JSON; ``ValueError`` when it is not JSON."""
        return json.loads(self.body.decode(self.charset or "utf-8", errors="replace"))


@dataclass(frozen=True)
class UrlCheck:
    """What ``door.check(url)`` says: would runnerup fetch this URL, and why.

    ``reason`` is ``allowed``, ``disallowed`` (robots.txt), ``forbidden_by_terms``,
    ``unsafe_address``, ``unsupported_scheme`` or ``unreachable`` (the name does not
    resolve). ``detail`` names the robots rule or the deny-list entry.

    ``rule`` is what would govern the fetch: ``robots.txt``, or ``api-terms <terms URL>``
    when the URL is a documented API endpoint that source ``api_source`` declared (its calls
    follow the API's terms; other fetches of the URL still obey robots.txt, whose verdict is
    in ``robots``)."""

    url: str
    allowed: bool
    reason: str
    detail: str
    rule: str = ""
    api_source: str | None = None
    robots: str = ""
    """robots.txt's own verdict for the URL (for an API URL: what it says to everyone else)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "allowed": self.allowed,
            "reason": self.reason,
            "detail": self.detail,
            "rule": self.rule,
            "api_source": self.api_source,
            "robots": self.robots,
        }


__all__ = ["Fetched", "Outcome", "Provenance", "UrlCheck", "first_refusal"]
