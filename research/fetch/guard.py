"""Refusals made before any connection: the terms deny list, schemes, and the SSRF guard.

Nothing here opens a socket. Name resolution goes through a resolver function (the
default uses the event loop's ``getaddrinfo``), so tests can fake it.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from research.fetch.outcome import Outcome

Resolver = Callable[[str], Awaitable[list[str]]]

#: Sites whose terms forbid automated access (or that are login-walled people-search
#: services). An entry matches the host and all its subdomains; ``name.*`` matches the
#: name under any public suffix (``glassdoor.com``, ``glassdoor.co.uk``, ...).
DEFAULT_DENY_HOSTS: tuple[str, ...] = (
    "linkedin.com",
    "lnkd.in",
    "glassdoor.*",
    "indeed.*",
    "x.com",
    "twitter.com",
    "t.co",
    "facebook.com",
    "fb.com",
    "instagram.com",
    "threads.net",
    "threads.com",
    "tiktok.com",
    "xing.com",
    "zoominfo.com",
    "rocketreach.co",
    "spokeo.com",
    "whitepages.com",
    "beenverified.com",
    "truepeoplesearch.com",
    "fastpeoplesearch.com",
    "peoplefinders.com",
    "intelius.com",
    "radaris.com",
    "pipl.com",
    "mylife.com",
    "apollo.io",
    "lusha.com",
    "contactout.com",
    "signalhire.com",
    "seekout.com",
    "hireez.com",
    "crunchbase.com",
    "theorg.com",
    "clearbit.com",
    "peopledatalabs.com",
)

ALLOWED_SCHEMES = frozenset({"http", "https"})

# Second-level labels commonly used under country codes (co.uk, com.au, ...).
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "gob"})


@dataclass(frozen=True)
class Refusal:
    """Why a URL is refused before any connection."""

    outcome: Outcome
    detail: str


def _name_under_any_suffix(host_labels: list[str], name: str) -> bool:
    """True when ``host`` is ``name.<public suffix>`` or a subdomain of it."""
    for index, label in enumerate(host_labels):
        if label != name:
            continue
        rest = host_labels[index + 1 :]
        if len(rest) == 1 and rest[0].isalpha():
            return True
        if len(rest) == 2 and rest[1].isalpha() and len(rest[1]) == 2 and rest[0] in _SECOND_LEVEL:
            return True
    return False


def deny_entry(host: str, deny_hosts: Sequence[str]) -> str | None:
    """The deny-list entry that covers ``host``, if any."""
    host = host.lower().rstrip(".")
    labels = host.split(".")
    for entry in deny_hosts:
        pattern = entry.lower().strip().rstrip(".")
        if not pattern:
            continue
        if pattern.endswith(".*"):
            if _name_under_any_suffix(labels, pattern[:-2]):
                return entry
        elif host == pattern or host.endswith("." + pattern):
            return entry
    return None


def literal_ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The IP address when ``host`` is a literal (``[::1]`` brackets allowed)."""
    text = host.strip("[]")
    try:
        return ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        pass
    # Legacy IPv4 forms some resolvers accept: 2130706433, 0x7f.1, 127.1
    if text and all(part for part in text.split(".")):
        try:
            packed = socket.inet_aton(text)
        except OSError:
            return None
        return ipaddress.IPv4Address(packed)
    return None


def unsafe_reason(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why an address must not be fetched from, or None when it is a public address."""
    if isinstance(address, ipaddress.IPv6Address):
        mapped = address.ipv4_mapped or address.sixtofour
        if mapped is not None:
            inner = unsafe_reason(mapped)
            return f"{inner} (inside {address})" if inner else None
        if address.teredo is not None:
            return "a Teredo tunnel address"
    checks = (
        ("is_loopback", "a loopback address"),
        ("is_private", "a private address"),
        ("is_link_local", "a link-local address"),
        ("is_multicast", "a multicast address"),
        ("is_reserved", "a reserved address"),
        ("is_unspecified", "an unspecified address"),
        ("is_site_local", "a site-local address"),
    )
    for attribute, reason in checks:
        if getattr(address, attribute, False):
            return reason
    if not address.is_global:
        return "a non-public address"
    return None


async def default_resolver(host: str) -> list[str]:
    """Every address ``host`` resolves to (TCP), via the event loop's getaddrinfo."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


async def check_address(host: str, resolver: Resolver) -> Refusal | None:
    """Refuse hosts that are, or resolve to, a non-public address (SSRF guard)."""
    if host.lower().rstrip(".") in {"localhost", "localhost.localdomain"} or host.lower().endswith(
        ".localhost"
    ):
        return Refusal(Outcome.UNSAFE_ADDRESS, f"{host} is the local machine")
    address = literal_ip(host)
    if address is not None:
        reason = unsafe_reason(address)
        return Refusal(Outcome.UNSAFE_ADDRESS, f"{host} is {reason}") if reason else None
    try:
        resolved = await resolver(host)
    except (OSError, UnicodeError) as error:
        return Refusal(Outcome.UNREACHABLE, f"cannot resolve {host}: {error}")
    if not resolved:
        return Refusal(Outcome.UNREACHABLE, f"cannot resolve {host}: no addresses")
    for text in resolved:
        try:
            address = ipaddress.ip_address(text.split("%", 1)[0])
        except ValueError:
            return Refusal(Outcome.UNSAFE_ADDRESS, f"{host} resolves to {text!r}, not an address")
        reason = unsafe_reason(address)
        if reason:
            return Refusal(Outcome.UNSAFE_ADDRESS, f"{host} resolves to {text}, {reason}")
    return None


def check_scheme(scheme: str) -> Refusal | None:
    if scheme.lower() not in ALLOWED_SCHEMES:
        shown = scheme or "(none)"
        return Refusal(
            Outcome.UNSUPPORTED_SCHEME, f"scheme {shown!r}: runnerup only fetches http and https"
        )
    return None


def check_terms(host: str, deny_hosts: Sequence[str]) -> Refusal | None:
    entry = deny_entry(host, deny_hosts)
    if entry is not None:
        return Refusal(
            Outcome.FORBIDDEN_BY_TERMS,
            f"{host} is on the terms deny list ({entry}): its terms forbid automated access",
        )
    return None


def would_fetch(url: str, deny_hosts: Sequence[str] = DEFAULT_DENY_HOSTS) -> bool:
    """Whether the door could ever fetch ``url`` as far as the address alone says: an http(s)
    URL with a host that is not on the terms deny list. Pure (no network, no robots.txt):
    the cheap check made before a lead is planned; the door still checks everything else."""
    parts = urlsplit(url.strip())
    if check_scheme(parts.scheme.lower()) is not None:
        return False
    host = parts.hostname or ""
    return bool(host) and deny_entry(host, deny_hosts) is None


__all__ = [
    "ALLOWED_SCHEMES",
    "DEFAULT_DENY_HOSTS",
    "Refusal",
    "Resolver",
    "check_address",
    "check_scheme",
    "check_terms",
    "default_resolver",
    "deny_entry",
    "literal_ip",
    "unsafe_reason",
    "would_fetch",
]
