"""robots.txt (RFC 9309) for the product token ``runnerup``.

* Groups: every group whose ``User-agent`` equals the product token (case-insensitive)
  is merged; if none, every ``*`` group is merged; if none, everything is allowed.
* Rules: the longest matching path pattern wins (length in octets of the pattern);
  on a tie ``Allow`` wins. ``*`` matches any sequence, a final ``$`` anchors the end.
  Patterns and paths are compared after normalising percent-encoding.
* Fetch results: 2xx - parse the first 500 KiB; 4xx (and more than five redirects,
  RFC 9309 2.3.1.2: "unavailable") - allow all; 5xx, network failure or a refused
  redirect - disallow all, cached only 5 minutes so it is retried soon.
* ``/robots.txt`` itself is always allowed. Verdicts are cached per origin (scheme, host,
  port) for at most 24 h, persisted as JSON under the cache folder.
* Crawl-delay and Request-rate (read with protego) raise the host's spacing.

The allow/disallow decision is computed here (so the rule can be named in the verdict);
tests check it agrees with protego on the RFC cases, and cover where it must differ.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from research.fetch.signals import PRODUCT_TOKEN

ROBOTS_MAX_BYTES = 500 * 1024
ROBOTS_TTL = 24 * 3600.0
ROBOTS_FAILURE_TTL = 5 * 60.0
ROBOTS_MAX_REDIRECTS = 5
ROBOTS_CACHE_FILE = "robots-cache.json"

Kind = Literal["rules", "allow_all", "disallow_all"]
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_PCT_RE = re.compile(r"%([0-9A-Fa-f]{2})")


def normalize(text: str) -> str:
    """Percent-encoding normalised: unreserved characters decoded, other escapes in upper
    case, non-ASCII characters and spaces encoded as UTF-8 escapes."""

    def unescape(match: re.Match[str]) -> str:
        char = chr(int(match.group(1), 16))
        return char if char in _UNRESERVED else "%" + match.group(1).upper()

    text = _PCT_RE.sub(unescape, text)
    if text.isascii() and " " not in text:
        return text
    out = []
    for char in text:
        if char.isascii() and char != " ":
            out.append(char)
        else:
            out.extend(f"%{byte:02X}" for byte in char.encode("utf-8"))
    return "".join(out)


@lru_cache(maxsize=4096)
def _pattern_regex(pattern: str) -> re.Pattern[str]:
    anchored = pattern.endswith("$")
    body = pattern[:-1] if anchored else pattern
    regex = ".*".join(re.escape(part) for part in body.split("*"))
    return re.compile(regex + ("$" if anchored else ""), re.DOTALL)


@dataclass(frozen=True)
class Rule:
    allow: bool
    pattern: str
    agent: str

    def matches(self, path: str) -> bool:
        return _pattern_regex(self.pattern).match(path) is not None

    def __str__(self) -> str:
        return f"{'Allow' if self.allow else 'Disallow'}: {self.pattern} (user-agent: {self.agent})"


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    detail: str
    rule: Rule | None = None
    unreachable: bool = False
    """Disallowed because robots.txt could not be read (a network failure or 5xx): the
    site may not be read, and the reason is the network, not the site's rules."""

    @property
    def summary(self) -> str:
        """For provenance: ``allowed``, ``allowed by Allow: ...``, ``disallowed by ...``."""
        if self.rule is not None:
            return f"{'allowed' if self.allowed else 'disallowed'} by {self.rule}"
        return "allowed" if self.allowed else f"disallowed ({self.detail})"


def parse_rules(text: str, token: str = PRODUCT_TOKEN) -> tuple[list[Rule], str | None]:
    """The merged rules that apply to ``token`` and the agent they came from (``None``
    when no group applies)."""
    token = token.lower()
    groups: list[tuple[list[str], list[Rule]]] = []
    agents: list[str] = []
    rules: list[Rule] = []
    in_rules = False
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or ":" not in line:
            continue
        name, _, value = line.partition(":")
        name = name.strip().lower()
        value = value.strip()
        if name in ("user-agent", "useragent", "user agent"):
            if in_rules:
                groups.append((agents, rules))
                agents, rules, in_rules = [], [], False
            agents.append(value)
        elif name in ("allow", "disallow"):
            if not agents:
                continue  # rules before any user-agent line belong to no group
            in_rules = True
            if value:
                rules.append(Rule(name == "allow", normalize(value), ""))
        elif agents and name != "sitemap":
            in_rules = True  # other group members (crawl-delay, ...) close the agent list
    if agents:
        groups.append((agents, rules))
    for wanted in (token, "*"):
        merged = [
            Rule(rule.allow, rule.pattern, wanted)
            for group_agents, group_rules in groups
            if any(agent.strip().lower() == wanted for agent in group_agents)
            for rule in group_rules
        ]
        if merged or any(
            agent.strip().lower() == wanted for group_agents, _ in groups for agent in group_agents
        ):
            return merged, wanted
    return [], None


def decide(rules: list[Rule], agent: str | None, path: str) -> Verdict:
    """RFC 9309 2.2.2: the most specific (longest) match wins, ``Allow`` on a tie."""
    path = normalize(path or "/")
    best: Rule | None = None
    for rule in rules:
        if not rule.matches(path):
            continue
        if (
            best is None
            or len(rule.pattern) > len(best.pattern)
            or (len(rule.pattern) == len(best.pattern) and rule.allow and not best.allow)
        ):
            best = rule
    if best is None:
        who = f"user-agent: {agent}" if agent else "no group for runnerup or *"
        return Verdict(True, f"no rule matches ({who})")
    return Verdict(best.allow, str(best), best)


@dataclass
class RobotsEntry:
    """What is known about one origin's robots.txt."""

    kind: Kind
    detail: str
    text: str = ""
    fetched_at: float = 0.0
    expires_at: float = 0.0
    _parsed: tuple[list[Rule], str | None] | None = field(default=None, repr=False)
    _delay: float | None = field(default=None, repr=False)

    def verdict(self, path: str) -> Verdict:
        if self.kind == "allow_all":
            return Verdict(True, self.detail)
        if self.kind == "disallow_all":
            return Verdict(False, self.detail, unreachable=True)
        if self._parsed is None:
            self._parsed = parse_rules(self.text)
        return decide(*self._parsed, path)

    def delay(self) -> float:
        """Seconds between requests asked by Crawl-delay or Request-rate (0 if none)."""
        if self.kind != "rules":
            return 0.0
        if self._delay is None:
            self._delay = _protego_delay(self.text)
        return self._delay

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "detail": self.detail,
            "text": self.text,
            "fetched_at": self.fetched_at,
            "expires_at": self.expires_at,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RobotsEntry:
        kind = data.get("kind")
        if kind not in ("rules", "allow_all", "disallow_all"):
            raise ValueError(kind)
        return cls(
            kind=kind,
            detail=str(data.get("detail", "")),
            text=str(data.get("text", "")),
            fetched_at=float(data.get("fetched_at", 0)),
            expires_at=float(data.get("expires_at", 0)),
        )


def _protego_delay(text: str) -> float:
    from protego import Protego

    try:
        parsed = Protego.parse(text)
        delay = parsed.crawl_delay(PRODUCT_TOKEN) or 0.0
        rate = parsed.request_rate(PRODUCT_TOKEN)
    except Exception:  # a robots.txt protego cannot read: no delay from it
        return 0.0
    seconds = float(delay)
    if rate is not None and rate.requests:
        seconds = max(seconds, float(rate.seconds) / float(rate.requests))
    return seconds


@dataclass(frozen=True)
class RobotsResponse:
    """What fetching robots.txt produced: a status and body, or a failure."""

    status: int | None
    body: bytes = b""
    error: str = ""
    final_url: str = ""


RobotsFetch = Callable[[str], Awaitable[RobotsResponse]]


def entry_from_response(response: RobotsResponse, now: float) -> RobotsEntry:
    status = response.status
    if status is None:
        detail = f"robots.txt could not be fetched ({response.error}); nothing is allowed"
        return RobotsEntry("disallow_all", detail, "", now, now + ROBOTS_FAILURE_TTL)
    if 200 <= status < 300:
        text = response.body[:ROBOTS_MAX_BYTES].decode("utf-8", errors="replace")
        return RobotsEntry("rules", "robots.txt", text.lstrip("\ufeff"), now, now + ROBOTS_TTL)
    if 400 <= status < 500 or 300 <= status < 400:
        why = "too many redirects" if 300 <= status < 400 else f"HTTP {status}"
        detail = f"robots.txt unavailable ({why}): everything is allowed"
        return RobotsEntry("allow_all", detail, "", now, now + ROBOTS_TTL)
    detail = f"robots.txt unreachable (HTTP {status}); nothing is allowed"
    return RobotsEntry("disallow_all", detail, "", now, now + ROBOTS_FAILURE_TTL)


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port or (443 if scheme == "https" else 80)
    return f"{scheme}://{(parts.hostname or '').lower()}:{port}"


def robots_url(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}/robots.txt"


def path_of(url: str) -> str:
    parts = urlsplit(url)
    path = parts.path or "/"
    return f"{path}?{parts.query}" if parts.query else path


def _write_private(path: Path, text: str) -> None:
    """Replace ``path`` with ``text``, readable by its owner only (0600)."""
    from research.private_files import private_dir

    private_dir(path.parent)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)


def _origin_host(origin: str) -> str:
    return (urlsplit(origin).hostname or "").lower().rstrip(".")


def count_hosts(path: Path, hosts: Iterable[str]) -> int:
    """How many robots.txt verdicts in the cache file belong to ``hosts``."""
    wanted = {h.lower().rstrip(".") for h in hosts}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return sum(1 for origin in dict(data) if _origin_host(str(origin)) in wanted)
    except (OSError, ValueError, TypeError):
        return 0


def forget_hosts(path: Path, hosts: Iterable[str]) -> int:
    """Delete the robots.txt verdicts (and their copies of robots.txt) of ``hosts`` from the
    cache file; returns how many. For ``runnerup forget``. A damaged cache file is removed
    (it is only a cache)."""
    wanted = {h.lower().rstrip(".") for h in hosts}
    if not wanted or not path.exists():
        return 0
    try:
        data = dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        path.unlink(missing_ok=True)
        return 0
    kept = {o: e for o, e in data.items() if _origin_host(str(o)) not in wanted}
    removed = len(data) - len(kept)
    if removed:
        _write_private(path, json.dumps(kept))
    return removed


class RobotsCache:
    """Verdicts per origin, fetched once (one fetch at a time per origin), kept in
    memory and, when ``path`` is given, in a JSON file."""

    def __init__(self, fetch: RobotsFetch, path: Path | None = None) -> None:
        self._fetch = fetch
        self._path = path
        self._entries: dict[str, RobotsEntry] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self._dirty = False
        self._load()

    def _load(self) -> None:
        if self._path is None or not self._path.exists():
            return
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
            now = time.time()
            for origin, raw in dict(data).items():
                entry = RobotsEntry.from_json(raw)
                if entry.expires_at > now:
                    self._entries[str(origin)] = entry
        except (OSError, ValueError, TypeError, AttributeError):
            self._entries = {}  # a damaged cache is only a cache: start again

    def flush(self) -> None:
        """Write the verdicts to the JSON file, if anything changed (the door calls this
        when it closes)."""
        if self._path is None or not self._dirty:
            return
        self._dirty = False
        now = time.time()
        data = {o: e.to_json() for o, e in self._entries.items() if e.expires_at > now}
        with contextlib.suppress(OSError):
            _write_private(self._path, json.dumps(data))

    def cached(self, url: str) -> RobotsEntry | None:
        entry = self._entries.get(origin_of(url))
        if entry is not None and entry.expires_at > time.time():
            return entry
        return None

    async def entry(self, url: str) -> RobotsEntry:
        origin = origin_of(url)
        entry = self.cached(url)
        if entry is not None:
            return entry
        lock = self._locks.setdefault(origin, asyncio.Lock())
        async with lock:
            entry = self.cached(url)
            if entry is not None:
                return entry
            response = await self._fetch(robots_url(url))
            entry = entry_from_response(response, time.time())
            self._entries[origin] = entry
            self._dirty = True
            return entry

    async def verdict(self, url: str) -> tuple[Verdict, RobotsEntry | None]:
        path = urlsplit(url).path
        if path == "/robots.txt":
            return Verdict(True, "robots.txt itself is always allowed"), None
        entry = await self.entry(url)
        return entry.verdict(path_of(url)), entry


__all__ = [
    "ROBOTS_CACHE_FILE",
    "ROBOTS_FAILURE_TTL",
    "ROBOTS_MAX_BYTES",
    "ROBOTS_MAX_REDIRECTS",
    "ROBOTS_TTL",
    "RobotsCache",
    "RobotsEntry",
    "RobotsFetch",
    "RobotsResponse",
    "Rule",
    "Verdict",
    "count_hosts",
    "decide",
    "entry_from_response",
    "forget_hosts",
    "normalize",
    "origin_of",
    "parse_rules",
    "path_of",
    "robots_url",
]
