"""What a fetch returns: a typed outcome, the response, and its provenance record.

No I/O and no httpx here, so sources and parsers can import these types freely.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypedDict

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Mapping

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

    @property
    def because(self) -> str:
        """Why a fetch with this outcome gave no page to read, for any outcome but ``ok``
        (a refusal's :attr:`why_not_read`, else e.g. "it was not found"); empty for ``ok``."""
        return _WHY_NOT_READ.get(self) or _WHY_NO_PAGE.get(self, "")


_WHY_NOT_READ: dict[Outcome, str] = {
    Outcome.BLOCKED: "it is behind a login or a challenge",
    Outcome.DISALLOWED: "its robots.txt does not allow runnerup",
    Outcome.FORBIDDEN_BY_TERMS: "the site's terms forbid automated access",
    Outcome.RATE_LIMITED: "the site asked runnerup to slow down",
    Outcome.UNREACHABLE: "it could not be reached",
    Outcome.UNSAFE_ADDRESS: "its address is a private or local one, which runnerup never fetches",
}
"""Refusals, most telling first: the order :func:`first_refusal` ranks them in."""

_WHY_NO_PAGE: dict[Outcome, str] = {
    Outcome.NOT_FOUND: "it was not found",
    Outcome.TOO_LARGE: "it is larger than runnerup reads",
    Outcome.UNSUPPORTED: "runnerup does not read this kind of content",
    Outcome.UNSUPPORTED_SCHEME: "only http and https addresses are fetched",
}
"""Outcomes that are not refusals but give no page either."""

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

    @property
    def because(self) -> str:
        """Why the URL would not be fetched, in :attr:`Outcome.because`'s words; empty
        when it would be (``allowed``) or the reason is no outcome."""
        try:
            return Outcome(self.reason).because
        except ValueError:
            return ""

    @property
    def sentence(self) -> str:
        """The verdict in one sentence for the user: "runnerup may fetch URL: robots.txt
        allows it." or "runnerup will not fetch URL: <why>." (``check-url``)."""
        if self.allowed:
            return f"runnerup may fetch {self.url}: robots.txt allows it."
        why = self.because
        if not why:
            return f"runnerup will not fetch {self.url}."
        verb = "cannot" if self.reason == Outcome.UNREACHABLE else "will not"
        return f"runnerup {verb} fetch {self.url}: {why}."


# -- an API's answer, and the one refusal ladder of every API source ----------------------------


@dataclass(frozen=True)
class JsonAnswer:
    """What :meth:`research.source.Source.get_json` returns: the parsed JSON, and the
    door's :class:`Fetched` whose provenance dates the evidence."""

    data: Any
    """The parsed JSON; None when the API said "not there" (404/410, or a status the source
    declared as absent) or the answer asks not to be indexed."""
    fetched: Fetched

    @property
    def fetched_at(self) -> datetime | None:
        """When the answer was fetched (its provenance), or None when nothing was read."""
        return self.fetched.provenance.fetched_at if self.fetched.ok else None


class JsonReading(TypedDict, total=False):
    """How :meth:`research.source.Source.get_json` reads and words one API answer."""

    site: str
    """The name messages give the site (default: the source's ``info.name``), e.g. an
    instance's host."""
    hints: Mapping[Outcome | int, str]
    """The source's own advice after a refusal message, by HTTP status or outcome."""
    absent: Collection[int]
    """HTTP statuses that mean "not there" for this API (besides 404 and 410)."""
    keyed: bool
    """False for a call the source's key is not for: its ``key_env`` is then not named."""
    strict: bool
    """False: an answer that is not JSON counts as "not there" instead of an error."""


def is_rate_limit(fetched: Fetched) -> bool:
    """True when an API refused because of its rate limit: the door said so, HTTP 429, or a
    403 that carries ``Retry-After`` or a used-up ``X-RateLimit-Remaining: 0`` (GitHub's
    primary and secondary limits, and the IETF draft's headers)."""
    if fetched.outcome is Outcome.RATE_LIMITED or fetched.status == 429:
        return True
    headers = fetched.headers
    remaining = headers.get("x-ratelimit-remaining", headers.get("ratelimit-remaining"))
    return fetched.status == 403 and (remaining == "0" or "retry-after" in headers)


def _reset_clock(headers: Mapping[str, str]) -> str:
    """The wall-clock time a rate limit resets, from an epoch ``X-RateLimit-Reset`` or
    ``RateLimit-Reset`` header ("14:05 UTC"); empty when there is none."""
    reset = headers.get("x-ratelimit-reset", headers.get("ratelimit-reset", "")).strip()
    if not reset.isdigit() or int(reset) < 1_000_000_000:  # a delta, not an epoch time
        return ""
    return datetime.fromtimestamp(int(reset), tz=UTC).strftime("%H:%M UTC")


def duration_words(seconds: float) -> str:
    """A wait in words: "45 s", "3 minutes", "2 hours"."""
    if seconds < 180:
        return f"{max(seconds, 1):.0f} s"
    if seconds < 2 * 3600:
        return f"{seconds / 60:.0f} minutes"
    return f"{seconds / 3600:.0f} hours"


def api_refusal(
    fetched: Fetched,
    what: str,
    *,
    site: str,
    key_env: str | None = None,
    key_set: bool = False,
    hints: Mapping[Outcome | int, str] | None = None,
    absent: Collection[int] = (),
) -> str | None:
    """Why an API call gave nothing to read, in one message for the user naming ``site``
    and ``what``; None when the answer is ok or "not there" (404/410, or a status in
    ``absent``). The one ladder of every API source:

    1. a rate limit: when it resets or how long the site asks to wait, and ``key_env`` as
       the way to a higher limit when the source has a key and none is set;
    2. robots.txt disallows the call (runnerup respects it);
    3. the terms deny list, an unsafe address: runnerup did not ask;
    4. blocked (401/403, a login wall): "Check ``key_env``" when a key is set;
    5. anything else (unreachable, an error status, too large): what happened.

    ``hints`` adds the source's own advice after the message, keyed by HTTP status (first)
    or outcome, e.g. GitLab's "A self-hosted instance … base_url" for a robots.txt
    refusal."""
    if fetched.ok or fetched.outcome is Outcome.NOT_FOUND or fetched.status in absent:
        return None
    outcome = fetched.outcome
    detail = fetched.detail
    if is_rate_limit(fetched):
        outcome = Outcome.RATE_LIMITED
        clock = _reset_clock(fetched.headers)
        asked = "retry-after" in fetched.headers and fetched.retry_after
        if fetched.retry_after and (asked or not clock):
            clock = ""  # the wait the site asked for is the clearest advice
            advice = f"Try again in {duration_words(fetched.retry_after)}"
        elif clock:
            advice = f"Try again after {clock}"
        else:
            advice = "Try again later"
        if key_env and not key_set:
            advice += f", or set {key_env} for a higher limit"
        until = f" until {clock}" if clock else ""
        message = f"{site}'s rate limit is reached{until}, so {what} could not be read. {advice}."
    elif outcome is Outcome.DISALLOWED:
        rule = f" Rule: {detail.removeprefix('robots.txt: ')}." if detail else ""
        message = (
            f"{site}'s robots.txt disallows {what} for automated clients, and runnerup "
            f"respects it.{rule}"
        )
    elif outcome in (Outcome.FORBIDDEN_BY_TERMS, Outcome.UNSAFE_ADDRESS):
        message = f"runnerup did not ask {site} for {what}: {outcome.why_not_read}"
        message += f"; {detail}." if detail else "."
    elif outcome is Outcome.BLOCKED:
        check = f" Check {key_env}." if key_env and key_set else ""
        message = f"{site} refused {what}; {detail or outcome.because}.{check}"
    else:
        message = f"{site}: {what} could not be fetched; {detail or outcome.because}."
    hint = (hints or {}).get(fetched.status or 0) or (hints or {}).get(outcome)
    return f"{message} {hint}" if hint else message


def not_json(site: str, what: str) -> str:
    """The message for an API answer that is not JSON."""
    return f"{site} answered {what} with something that is not JSON."


__all__ = [
    "Fetched",
    "JsonAnswer",
    "JsonReading",
    "Outcome",
    "Provenance",
    "UrlCheck",
    "api_refusal",
    "duration_words",
    "first_refusal",
    "is_rate_limit",
    "not_json",
]
