"""Configuration: ``config.toml`` in the runnerup home, environment variables, defaults.

Precedence, highest first: command options (applied by the caller), environment
variables, the config file, defaults. Every effective value remembers where it came from,
so ``runnerup config`` can say so. Keys are never printed in full.

Example ``config.toml``::

    retention_days = 30

    [fetch]
    min_interval = 2.0          # seconds between requests to one host (never under 1.0)
    robots_for_apis = false     # true: documented APIs obey robots.txt too

    [browser]
    executable = "/usr/bin/chromium"

    [sources.github]
    base_url = "https://github.example.com/api/v3"   # GitHub Enterprise
    rate_multiplier = 2.0       # only slows a source down (>= 1)
    enabled = true

    [sources.websearch]
    searxng_url = "https://searx.example.org"
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from research.errors import ConfigError
from research.fetch.config import USER_MIN_INTERVAL

DEFAULT_RETENTION_DAYS = 30
DEFAULT_PAGE_BUDGET = 25

_TOP_KEYS = {"retention_days", "fetch", "browser", "sources", "lookup"}


@dataclass(frozen=True)
class SourceSettings:
    """What one source may be configured with."""

    base_url: str | None = None
    key: str | None = None
    rate_multiplier: float = 1.0
    enabled: bool = True
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Setting:
    name: str
    value: Any
    origin: str
    secret: bool = False
    note: str = ""
    """Said after the value, e.g. that the door will not go under its floor."""

    def shown(self) -> str:
        if self.value is None:
            return "(not set)"
        if self.secret:
            text = str(self.value)
            return "****" + text[-2:] if len(text) > 8 else "****"
        return f"{self.value} ({self.note})" if self.note else str(self.value)


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    retention_days: int = DEFAULT_RETENTION_DAYS
    min_interval: float = USER_MIN_INTERVAL
    """``[fetch] min_interval`` as given: the door enforces its floor
    (:data:`~research.fetch.config.USER_MIN_INTERVAL`) when it is built."""
    page_budget: int = DEFAULT_PAGE_BUDGET
    browser_executable: str | None = None
    robots_for_apis: bool = False
    """True: a source's calls to its documented API endpoints obey robots.txt too, instead
    of the API's own terms (``[fetch] robots_for_apis``)."""
    sources: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    env: Mapping[str, str] = field(default_factory=dict)
    origins: Mapping[str, str] = field(default_factory=dict)

    def source(self, source_id: str, key_env: str | None = None) -> SourceSettings:
        """Settings of one source; the key comes from ``key_env`` in the environment first,
        then from ``[sources.<id>] key`` in the file."""
        table = dict(self.sources.get(source_id, {}))
        key = self.env.get(key_env) if key_env else None
        key = key or table.pop("key", None)
        table.pop("key", None)
        multiplier = float(table.pop("rate_multiplier", 1.0))
        return SourceSettings(
            base_url=table.pop("base_url", None),
            key=key or None,
            rate_multiplier=max(1.0, multiplier),
            enabled=bool(table.pop("enabled", True)),
            extra=table,
        )

    def effective(self, key_envs: Mapping[str, str | None] | None = None) -> list[Setting]:
        """Every effective setting with its origin; keys masked."""
        rows = [
            Setting("retention_days", self.retention_days, self._origin("retention_days")),
            Setting(
                "fetch.min_interval",
                self.min_interval,
                self._origin("fetch.min_interval"),
                note=self._interval_note(),
            ),
            Setting(
                "fetch.robots_for_apis",
                self.robots_for_apis,
                self._origin("fetch.robots_for_apis"),
            ),
            Setting("lookup.page_budget", self.page_budget, self._origin("lookup.page_budget")),
            Setting(
                "browser.executable",
                self.browser_executable,
                self._origin("browser.executable", "default (first chromium on PATH)"),
            ),
        ]
        ids = sorted(set(self.sources) | set(key_envs or {}))
        for source_id in ids:
            table = self.sources.get(source_id, {})
            env_name = (key_envs or {}).get(source_id)
            for name, value in sorted(table.items()):
                if name == "key":
                    continue
                rows.append(Setting(f"sources.{source_id}.{name}", value, self._file_origin()))
            if env_name and self.env.get(env_name):
                rows.append(
                    Setting(f"sources.{source_id}.key", self.env[env_name], f"env {env_name}", True)
                )
            elif "key" in table:
                rows.append(
                    Setting(f"sources.{source_id}.key", table["key"], self._file_origin(), True)
                )
            elif env_name:
                rows.append(Setting(f"sources.{source_id}.key", None, f"env {env_name}", True))
        return rows

    def _interval_note(self) -> str:
        """Says when ``min_interval`` is under the door's floor (the door, not this file,
        applies it)."""
        if self.min_interval >= USER_MIN_INTERVAL:
            return ""
        return (
            f"under the {USER_MIN_INTERVAL} s floor: runnerup waits {USER_MIN_INTERVAL} s "
            "between requests to one site"
        )

    def _file_origin(self) -> str:
        return str(self.path) if self.path else "config file"

    def _origin(self, name: str, default: str = "default") -> str:
        return self.origins.get(name, default)


def _fail(path: Path, problem: str) -> ConfigError:
    return ConfigError(
        f"{path}: {problem}",
        hint="Fix or remove that setting (see README, 'Configuration'); run 'runnerup config'.",
    )


def load_config(path: Path | None, env: Mapping[str, str] | None = None) -> Config:
    """Read the config file (a missing file means defaults) and the environment."""
    env = dict(os.environ if env is None else env)
    data: dict[str, Any] = {}
    if path is not None and path.exists():
        if path.is_dir():
            raise _fail(path, "is a folder, not a config file")
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as error:
            raise _fail(path, f"is not valid TOML ({error})") from None
        except (OSError, UnicodeDecodeError) as error:
            raise _fail(path, f"cannot be read ({error})") from None
    origins: dict[str, str] = {}
    file_origin = str(path)
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise _fail(path or Path("config.toml"), f"unknown setting {unknown[0]!r}")

    def number(table: Mapping[str, Any], key: str, dotted: str, default: float) -> float:
        if key not in table:
            return default
        value = table[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _fail(path or Path("config.toml"), f"{dotted} must be a number, not {value!r}")
        origins[dotted] = file_origin
        return float(value)

    def table_of(name: str) -> dict[str, Any]:
        value = data.get(name, {})
        if not isinstance(value, dict):
            raise _fail(path or Path("config.toml"), f"[{name}] must be a table")
        return value

    retention = int(number(data, "retention_days", "retention_days", DEFAULT_RETENTION_DAYS))
    if "RUNNERUP_RETENTION_DAYS" in env:
        try:
            retention = int(env["RUNNERUP_RETENTION_DAYS"])
        except ValueError:
            raise ConfigError(
                f"RUNNERUP_RETENTION_DAYS={env['RUNNERUP_RETENTION_DAYS']!r} is not a number"
            ) from None
        origins["retention_days"] = "env RUNNERUP_RETENTION_DAYS"
    if retention < 0:
        raise _fail(path or Path("config.toml"), "retention_days must be 0 or more")
    fetch = table_of("fetch")
    min_interval = number(fetch, "min_interval", "fetch.min_interval", USER_MIN_INTERVAL)
    robots_for_apis = fetch.get("robots_for_apis", False)
    if not isinstance(robots_for_apis, bool):
        raise _fail(
            path or Path("config.toml"),
            f"fetch.robots_for_apis must be true or false, not {robots_for_apis!r}",
        )
    if "robots_for_apis" in fetch:
        origins["fetch.robots_for_apis"] = file_origin
    lookup = table_of("lookup")
    page_budget = int(number(lookup, "page_budget", "lookup.page_budget", DEFAULT_PAGE_BUDGET))
    browser = table_of("browser")
    executable = browser.get("executable")
    if executable is not None:
        origins["browser.executable"] = file_origin
    if env.get("RUNNERUP_BROWSER"):
        executable = env["RUNNERUP_BROWSER"]
        origins["browser.executable"] = "env RUNNERUP_BROWSER"
    sources = table_of("sources")
    for source_id, table in sources.items():
        if not isinstance(table, dict):
            raise _fail(path or Path("config.toml"), f"[sources.{source_id}] must be a table")
    return Config(
        path=path,
        retention_days=retention,
        min_interval=min_interval,
        robots_for_apis=robots_for_apis,
        page_budget=max(1, page_budget),
        browser_executable=str(executable) if executable else None,
        sources=sources,
        env=env,
        origins=origins,
    )


__all__ = [
    "DEFAULT_PAGE_BUDGET",
    "DEFAULT_RETENTION_DAYS",
    "Config",
    "Setting",
    "SourceSettings",
    "load_config",
]
