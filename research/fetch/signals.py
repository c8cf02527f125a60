"""Page signals: robots directives (``X-Robots-Tag``, ``<meta name="robots">``), login
walls and challenge pages. Regex scans over a bounded prefix of the page, so they stay
cheap on large bodies (no DOM is built here)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

PRODUCT_TOKEN = "runnerup"
_HEAD_SCAN = 512 * 1024

_META_RE = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_ATTR_RE = re.compile(
    rb"""([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"""
)
_PASSWORD_RE = re.compile(rb"<input\b[^>]*\btype\s*=\s*[\"']?password", re.IGNORECASE)
_TAG_RE = re.compile(rb"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)
_SPACE_RE = re.compile(rb"\s+")
_CHALLENGE_MARKERS = (
    b"checking your browser",
    b"cf-browser-verification",
    b"cf-challenge",
    b"challenges.cloudflare.com",
    b"/cdn-cgi/challenge-platform",
    b"g-recaptcha",
    b"h-captcha",
    b"hcaptcha.com/1/api.js",
    b"www.google.com/recaptcha",
    b"please verify you are a human",
    b"verify you are human",
    b"are you a robot",
    b"attention required! | cloudflare",
    b"ddos protection by",
    b"px-captcha",
    b"captcha-delivery.com",
)
_LOGIN_ROOTS = frozenset({"uas", "checkpoint", "authwall"})
_LOGIN_LEAVES = frozenset(
    {"login", "log-in", "signin", "sign-in", "sign_in", "auth", "sso", "authwall"}
)
#: A page with a password field and less visible text than this is a login wall.
LOGIN_WALL_TEXT = 1500


@dataclass(frozen=True)
class Directives:
    noindex: bool = False
    noarchive: bool = False
    source: str = ""

    def merge(self, other: Directives) -> Directives:
        return Directives(
            self.noindex or other.noindex,
            self.noarchive or other.noarchive,
            "; ".join(s for s in (self.source, other.source) if s),
        )


def _apply(tokens: Iterable[str], source: str) -> Directives:
    noindex = noarchive = False
    for token in tokens:
        token = token.strip().lower()
        if token in ("noindex", "none"):
            noindex = True
        if token in ("noarchive", "none", "nocache"):
            noarchive = True
    return Directives(noindex, noarchive, source if (noindex or noarchive) else "")


def header_directives(values: Iterable[str]) -> Directives:
    """``X-Robots-Tag`` values: unprefixed ones apply to all, ``runnerup:`` ones to us;
    other bots' prefixed values are ignored."""
    result = Directives()
    for value in values:
        bot = None
        head, sep, rest = value.partition(":")
        if (
            sep
            and "," not in head
            and head.strip().lower()
            not in (
                "unavailable_after",
                "max-snippet",
                "max-image-preview",
                "max-video-preview",
            )
        ):
            bot, value = head.strip().lower(), rest
        if bot is not None and bot != PRODUCT_TOKEN:
            continue
        result = result.merge(_apply(value.split(","), f"X-Robots-Tag: {value.strip()}"))
    return result


def _attrs(tag: bytes) -> dict[str, str]:
    found: dict[str, str] = {}
    for match in _ATTR_RE.finditer(tag):
        raw = match.group(2) or match.group(3) or match.group(4) or b""
        found[match.group(1).decode("ascii", "replace").lower()] = raw.decode("utf-8", "replace")
    return found


def _head(body: bytes) -> bytes:
    head = body[:_HEAD_SCAN]
    end = head.lower().find(b"</head")
    return head if end < 0 else head[:end]


def meta_directives(body: bytes) -> Directives:
    """``<meta name="robots" content="...">`` and ``<meta name="runnerup" ...>``."""
    result = Directives()
    for match in _META_RE.finditer(_head(body)):
        attrs = _attrs(match.group(0))
        name = attrs.get("name", "").strip().lower()
        if name in ("robots", PRODUCT_TOKEN):
            content = attrs.get("content", "")
            result = result.merge(
                _apply(content.split(","), f'<meta name="{name}" content="{content}">')
            )
    return result


def visible_text_length(body: bytes) -> int:
    stripped = _TAG_RE.sub(b" ", body[:_HEAD_SCAN])
    return len(_SPACE_RE.sub(b" ", stripped).strip())


def login_url(url: str) -> bool:
    """True for sign-in URLs: ``/login``, ``/accounts/signin``, ``/authwall``, ``/uas/...``."""
    parts = [part for part in urlsplit(url).path.lower().split("/") if part]
    if not parts:
        return False
    leaf = parts[-1].split(".", 1)[0]
    return leaf in _LOGIN_LEAVES or parts[0] in _LOGIN_ROOTS


def wall_reason(final_url: str, body: bytes, is_html: bool) -> str | None:
    """Why a 2xx page is a login wall or a challenge page, or None."""
    if login_url(final_url):
        return f"the page is a sign-in page ({urlsplit(final_url).path})"
    if not is_html:
        return None
    sample = body[:_HEAD_SCAN].lower()
    for marker in _CHALLENGE_MARKERS:
        if marker in sample:
            return f"the page is a bot challenge ({marker.decode()!r})"
    if _PASSWORD_RE.search(sample) and visible_text_length(body) < LOGIN_WALL_TEXT:
        return "the page is a login form (a password field and little else)"
    return None


__all__ = [
    "LOGIN_WALL_TEXT",
    "PRODUCT_TOKEN",
    "Directives",
    "header_directives",
    "login_url",
    "meta_directives",
    "visible_text_length",
    "wall_reason",
]
