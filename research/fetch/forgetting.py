"""What the door keeps about the sites it read, erased for ``runnerup forget``: HTTP-cache
entries (by URL and by host) and robots.txt verdicts (by host). Counting first uses the same
selection as erasing, so the numbers announced are the numbers erased."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from research.fetch.cache import count_cached, forget_urls
from research.fetch.robots import ROBOTS_CACHE_FILE, count_hosts, forget_hosts


@dataclass(frozen=True)
class Forgotten:
    pages: int
    """HTTP-cache entries."""
    robots: int
    """robots.txt verdicts (each with its copy of the site's robots.txt)."""


def count_forgettable(cache_dir: Path, urls: Iterable[str], hosts: Iterable[str]) -> Forgotten:
    hosts = list(hosts)
    return Forgotten(
        pages=count_cached(cache_dir, urls, hosts),
        robots=count_hosts(cache_dir / ROBOTS_CACHE_FILE, hosts),
    )


def forget_cached(cache_dir: Path, urls: Iterable[str], hosts: Iterable[str]) -> Forgotten:
    hosts = list(hosts)
    return Forgotten(
        pages=forget_urls(cache_dir, urls, hosts),
        robots=forget_hosts(cache_dir / ROBOTS_CACHE_FILE, hosts),
    )


__all__ = ["Forgotten", "count_forgettable", "forget_cached"]
