"""Process-wide settings from the command line and environment: the runnerup home and the
``--connect-to`` mappings. Pure parsing plus path helpers; nothing here touches the network.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from research.errors import UsageError
from research.fetch.routes import ConnectTo, route_for

ENV_HOME = "RUNNERUP_HOME"
ENV_CONNECT_TO = "RUNNERUP_CONNECT_TO"


def parse_connect_to(text: str) -> ConnectTo:
    """Parse one ``PATTERN=HOST:PORT`` mapping."""
    pattern, sep, target = text.strip().partition("=")
    host, colon, port_text = target.rpartition(":")
    host = host.strip("[]")
    if not sep or not pattern or not colon or not host or not port_text.isdigit():
        raise UsageError(
            f"--connect-to {text!r} is not of the form PATTERN=HOST:PORT",
            hint="For example: --connect-to '*.test=127.0.0.1:8080'",
        )
    port = int(port_text)
    if not 0 < port < 65536:
        raise UsageError(f"--connect-to {text!r}: port {port} is out of range 1-65535")
    return ConnectTo(pattern=pattern.strip(), host=host, port=port)


def parse_connect_to_list(values: list[str] | None, env: str | None) -> tuple[ConnectTo, ...]:
    """Mappings from options (first) and the comma-separated environment variable."""
    texts = list(values or [])
    if env:
        texts += [part for part in env.split(",") if part.strip()]
    return tuple(parse_connect_to(t) for t in texts)


def default_home() -> Path:
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("runnerup", appauthor=False))


@dataclass(frozen=True)
class Settings:
    home: Path = field(default_factory=default_home)
    connect_to: tuple[ConnectTo, ...] = ()

    @property
    def config_path(self) -> Path:
        return self.home / "config.toml"

    @property
    def store_path(self) -> Path:
        return self.home / "runnerup.sqlite3"

    @property
    def cache_dir(self) -> Path:
        """The HTTP cache and the robots.txt cache (owned by the fetch door)."""
        return self.home / "cache"

    def route_for(self, hostname: str) -> ConnectTo | None:
        """The first ``--connect-to`` mapping that matches the host, if any."""
        return route_for(self.connect_to, hostname)


__all__ = [
    "ENV_CONNECT_TO",
    "ENV_HOME",
    "ConnectTo",
    "Settings",
    "default_home",
    "parse_connect_to",
    "parse_connect_to_list",
]
