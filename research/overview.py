"""What this installation is set up with, for every front end (``runnerup sources``,
``runnerup config`` and the web page's sources and settings views): the installed sources
with their status and terms, and the effective settings with where each came from.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from research.config import Config
from research.settings import Settings
from research.source import ENV_SOURCES, LoadProblem, Registry, discover, settings_for


@dataclass(frozen=True)
class SourceRow:
    id: str
    name: str
    kind: str
    status: str
    terms_summary: str
    terms_url: str
    terms_reviewed: str
    api_endpoints: tuple[tuple[str, str], ...] = ()
    """``(endpoint prefix URL, terms URL)`` of each documented API endpoint it declares."""
    api_rule: str = "api-terms"
    """What governs those endpoints: ``api-terms``, or ``robots.txt`` (robots_for_apis)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "status": self.status,
            "terms_summary": self.terms_summary,
            "terms_url": self.terms_url,
            "terms_reviewed": self.terms_reviewed,
            "api_endpoints": [
                {
                    "prefix": prefix,
                    "terms_url": terms,
                    "rule": f"api-terms {terms}" if self.api_rule == "api-terms" else "robots.txt",
                }
                for prefix, terms in self.api_endpoints
            ],
        }


def source_rows(
    config: Config, registry: Registry | None = None, env: Mapping[str, str] | None = None
) -> tuple[list[SourceRow], list[LoadProblem]]:
    """One row per installed source that loads, sorted by id, and the problems of those
    that don't. Sources left out by ``RUNNERUP_SOURCES`` (in ``env``, default the
    process environment) are listed as ``disabled``."""
    env = os.environ if env is None else env
    wanted = {s.strip() for s in env.get(ENV_SOURCES, "").split(",") if s.strip()}
    registry = registry or discover(env={})
    for missing in sorted(wanted - set(registry.ids())):
        registry.problems.append(
            LoadProblem(missing, f"named in {ENV_SOURCES}, but no source with this id is installed")
        )
    rows: list[SourceRow] = []
    for source_id in registry.ids():
        cls = registry.load(source_id)
        if cls is None:
            continue
        info = cls.info
        try:
            status = cls.status(settings_for(config, cls))
        except Exception as error:  # a plugin's status() must not break the listing
            registry.problems.append(
                LoadProblem(source_id, f"status() failed: {type(error).__name__}: {error}")
            )
            continue
        if wanted and source_id not in wanted:
            status = "disabled"
        rows.append(
            SourceRow(
                id=info.id,
                name=info.name,
                kind=info.kind,
                status=status,
                terms_summary=info.terms_summary,
                terms_url=info.terms_url,
                terms_reviewed=info.terms_reviewed.isoformat(),
                api_endpoints=tuple(
                    (prefix, endpoint.terms_url)
                    for endpoint in info.api_endpoints
                    for prefix in endpoint.prefixes()
                ),
                api_rule="robots.txt" if config.robots_for_apis else "api-terms",
            )
        )
    return rows, list(registry.problems)


def effective_rows(
    settings: Settings, config: Config, *, home_origin: str
) -> list[tuple[str, str, str]]:
    """Every effective setting as (name, shown value, where it came from); keys masked.
    Keys come from the installed sources (``SourceInfo.key_env``)."""
    registry = discover()
    key_envs: dict[str, str | None] = {}
    for source_id, cls in registry.load_all().items():
        if cls.info.key_env:
            key_envs[source_id] = cls.info.key_env
    rows = [
        ("home", str(settings.home), home_origin),
        (
            "config_file",
            str(settings.config_path),
            "exists" if settings.config_path.exists() else "not created (defaults apply)",
        ),
        (
            "connect_to",
            ", ".join(str(m) for m in settings.connect_to) or "(none)",
            "option/env" if settings.connect_to else "default",
        ),
    ]
    rows += [(s.name, s.shown(), s.origin) for s in config.effective(key_envs)]
    return rows


__all__ = ["SourceRow", "effective_rows", "source_rows"]
