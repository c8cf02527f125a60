"""A source's own fetcher: the door, tagged with one source's id and rate, keeping that
source's records.

The lookup gives each source a :class:`SourceFetcher`; the source's outcome is classified
from its records (:meth:`SourceFetcher.refusal_since`), so sources that run at the same
time never see each other's refusals. The door's own log (every request of the run) stays
for the store and the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from research.fetch.outcome import Fetched, Outcome, Provenance, first_refusal
from research.fetch.protocol import Fetcher


@dataclass(frozen=True)
class Refused:
    """A source's first refusal among its records: the outcome and the URL it concerns."""

    outcome: Outcome
    url: str


class SourceFetcher:
    """Fetches for one source: each request is tagged with ``source`` (unless the caller
    names one) and paced at least at ``min_interval`` (the source's declared rate; the
    door drops it on the fixture web), and its provenance is kept in :attr:`records`."""

    def __init__(self, inner: Fetcher, source: str, min_interval: float | None = None) -> None:
        self.inner = inner
        self.source = source
        self.min_interval = min_interval
        self._records: list[Provenance] = []

    @property
    def records(self) -> list[Provenance]:
        """This source's fetches, in order (a copy)."""
        return list(self._records)

    def mark(self) -> int:
        """A position in :attr:`records`, for :meth:`since`."""
        return len(self._records)

    def since(self, mark: int) -> list[Provenance]:
        return self._records[mark:]

    def refusal_since(self, mark: int = 0) -> Refused | None:
        """The most telling refusal since ``mark`` (see
        :func:`~research.fetch.outcome.first_refusal`), or None when nothing was refused."""
        records = self.since(mark)
        refusal = first_refusal(p.outcome for p in records)
        if refusal is None:
            return None
        url = next(p.url for p in records if p.outcome is refusal)
        return Refused(refusal, url)

    async def get(self, url: str, **options: Any) -> Fetched:
        """The door's ``get`` (same options), tagged with the source's id and paced at least
        at its rate; the answer's record is kept."""
        rate = max(options.pop("min_interval", None) or 0.0, self.min_interval or 0.0) or None
        source = options.pop("source", None) or self.source
        fetched = await self.inner.get(url, min_interval=rate, source=source, **options)
        self._records.append(fetched.provenance)
        return fetched

    async def render(self, url: str, *, source: str | None = None, purpose: str = "") -> Fetched:
        fetched = await self.inner.render(url, source=source or self.source, purpose=purpose)
        self._records.append(fetched.provenance)
        return fetched


__all__ = ["Refused", "SourceFetcher"]
