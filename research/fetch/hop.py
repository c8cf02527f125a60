"""The records one request carries through the door and its browser (no I/O): what was
asked (:class:`Request`) and what let a hop through (:class:`Gate`), and the door's side
that the browser needs (:class:`DoorSide`), so ``browser`` never imports ``door``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from research.fetch.apis import ApiGrant

if TYPE_CHECKING:
    from research.fetch.config import DoorConfig
    from research.fetch.outcome import Fetched, UrlCheck


@dataclass(frozen=True)
class Gate:
    """What let one hop through: robots.txt's verdict, or an API's terms."""

    robots: str = ""
    rule: str = ""
    grant: ApiGrant | None = None


@dataclass(frozen=True)
class Request:
    url: str
    headers: Mapping[str, str] | None
    cap: int
    min_interval: float | None
    source: str | None
    purpose: str
    subresources: bool


class DoorSide(Protocol):
    """What the browser uses of the door that owns it."""

    config: DoorConfig
    _browser: Any

    async def check(self, url: str, *, source: str | None = None) -> UrlCheck: ...

    @property
    def _record(self) -> Callable[..., Fetched]:
        """Logs one request's outcome and returns its :class:`Fetched`."""

    async def _get(
        self,
        url: str,
        *,
        params: Mapping[str, str] | None,
        headers: Mapping[str, str] | None,
        max_bytes: int | None,
        min_interval: float | None,
        source: str | None,
        purpose: str,
        subresources: bool,
    ) -> Fetched: ...

    def _browser_executable(self) -> str | None: ...


__all__ = ["DoorSide", "Gate", "Request"]
