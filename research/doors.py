"""The one door factory: settings, config and the sources in play -> a fetch door.

Every part of runnerup that reaches the network (the lookup, the demo, ``check-url``,
``read``, ``compare``, ``sources --check``, the benchmarks, the test kit) builds its door
here, so the door is configured one way. The spacing itself (never under 1 s on the real
web; the fixture web's loopback mode from ``--connect-to`` and ``RUNNERUP_FIXTURE_SPACING``)
is decided inside the door (:func:`research.fetch.config.door_spacing`), not here.

``fetch`` knows neither settings nor config nor sources: this module turns them into the
plain values of a :class:`~research.fetch.config.DoorConfig`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from research import USER_AGENT
from research.config import Config
from research.fetch.config import DoorConfig
from research.fetch.routes import ConnectTo
from research.settings import Settings

if TYPE_CHECKING:
    from research.fetch.door import Door
    from research.source import Source


def door_config(
    config: Config,
    sources: Iterable[type[Source]] | None = None,
    *,
    connect_to: Sequence[ConnectTo] = (),
    cache_dir: Path | None = None,
    fixture_spacing: float | None = None,
    **overrides: Any,
) -> DoorConfig:
    """The door's configuration: the user's spacing and browser, the documented API
    endpoints that ``sources`` declare (default: every installed source), runnerup's
    User-Agent. ``fixture_spacing`` is the caller's spacing for the fixture web (used only
    when every request goes to loopback and ``RUNNERUP_FIXTURE_SPACING`` is not set)."""
    from research.source import api_policy, discover

    declared = list(sources) if sources is not None else discover(env={}).load_all().values()
    values: dict[str, Any] = {
        "connect_to": tuple(connect_to),
        "min_interval": config.min_interval,
        "fixture_spacing": fixture_spacing,
        "cache_dir": cache_dir,
        "browser_executable": config.browser_executable,
        "user_agent": USER_AGENT,
        "api_policy": api_policy(config, declared),
    }
    values.update(overrides)
    return DoorConfig(**values)


def open_door(
    settings: Settings,
    config: Config,
    sources: Iterable[type[Source]] | None = None,
    *,
    fixture_spacing: float | None = None,
    **overrides: Any,
) -> Door:
    """The door of a command: ``--connect-to`` from ``settings``, the HTTP and robots.txt
    caches in ``settings.cache_dir``, and :func:`door_config`'s choices."""
    from research.fetch.door import Door

    return Door(
        door_config(
            config,
            sources,
            connect_to=settings.connect_to,
            cache_dir=settings.cache_dir,
            fixture_spacing=fixture_spacing,
            **overrides,
        )
    )


__all__ = ["door_config", "open_door"]
