"""The fetch door: every byte runnerup fetches passes through here.

Use it like this (commands build the door with :func:`research.doors.open_door`, from
settings, config and the sources in play; fetch itself knows neither)::

    async with Door(DoorConfig(cache_dir=...)) as door:
        page = await door.get("https://example.org/cv", source="webpage", purpose="profile")
        if page.usable:            # ok and not noindex
            html = page.text()
        else:
            print(page.outcome, page.detail)   # e.g. disallowed, "robots.txt: Disallow: /cv"
        rendered = await door.render(url)      # JS pages, through the same rules
        verdict = await door.check(url)        # robots.txt only: UrlCheck(allowed, reason, ...)

``get`` never raises for network trouble or refusals: it returns a :class:`Fetched` whose
``outcome`` says what happened, and ``door.log`` keeps every :class:`Provenance`.
``forget_cached(cache_dir, urls, hosts)`` deletes HTTP-cache entries and robots.txt verdicts
(for ``runnerup forget``); ``count_cached`` counts them first.

The names are imported lazily, so importing this package does not import httpx.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from research.fetch.outcome import Fetched, Outcome, Provenance, UrlCheck

if TYPE_CHECKING:
    from research.fetch.cache import forget_urls
    from research.fetch.config import DoorConfig
    from research.fetch.door import Door
    from research.fetch.forgetting import Forgotten, count_forgettable, forget_cached
    from research.fetch.guard import DEFAULT_DENY_HOSTS
    from research.fetch.protocol import Fetcher
    from research.fetch.tagged import SourceFetcher

_LAZY = {
    "Door": "research.fetch.door",
    "DoorConfig": "research.fetch.config",
    "Fetcher": "research.fetch.protocol",
    "SourceFetcher": "research.fetch.tagged",
    "DEFAULT_DENY_HOSTS": "research.fetch.guard",
    "forget_urls": "research.fetch.cache",
    "Forgotten": "research.fetch.forgetting",
    "count_forgettable": "research.fetch.forgetting",
    "forget_cached": "research.fetch.forgetting",
}


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'research.fetch' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_DENY_HOSTS",
    "Door",
    "DoorConfig",
    "Fetched",
    "Fetcher",
    "Forgotten",
    "Outcome",
    "Provenance",
    "SourceFetcher",
    "UrlCheck",
    "count_forgettable",
    "forget_cached",
    "forget_urls",
]
