"""What a source (or a reader such as the posting reader) may ask of the network: the
:class:`Fetcher` protocol. The door satisfies it, so does a source's own
:class:`~research.fetch.tagged.SourceFetcher` and the test kit's recording fetcher.
``research.source`` re-exports it for plugins."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from research.fetch.outcome import Fetched


class Fetcher(Protocol):
    """What sources may ask of the fetch door."""

    async def get(
        self,
        url: str,
        *,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        max_bytes: int | None = None,
        min_interval: float | None = None,
        source: str | None = None,
        purpose: str = "",
    ) -> Fetched: ...

    async def render(
        self, url: str, *, source: str | None = None, purpose: str = ""
    ) -> Fetched: ...


__all__ = ["Fetcher"]
