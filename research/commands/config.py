"""``runnerup config``: the effective configuration and where each value came from."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer


def command(
    ctx: typer.Context,
    json_: Annotated[bool, typer.Option("--json", help="Print JSON for machines.")] = False,
) -> None:
    """Show the effective configuration (keys masked) and where each value came from:
    option, environment, config file or default."""
    from research.commands._invocation import run_reporting_errors

    run_reporting_errors(lambda: _show(ctx, json_))


def effective_rows(settings: Any, config: Any, *, home_origin: str) -> list[tuple[str, str, str]]:
    """Every effective setting as (name, shown value, where it came from); keys masked.
    Used by this command and by the web page's configuration view."""
    from research.source import discover

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


def _show(ctx: typer.Context, as_json: bool) -> None:
    from research.commands._invocation import settings_of
    from research.config import load_config

    settings = settings_of(ctx)
    config = load_config(settings.config_path)
    home_origin = "option --home or env RUNNERUP_HOME" if _home_given(ctx) else "default"
    rows = effective_rows(settings, config, home_origin=home_origin)
    if as_json:
        data = [{"name": n, "value": v, "origin": o} for n, v, o in rows]
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("Setting", "Value", "From")
    for column in table.columns:
        column.overflow = "fold"
    for name, value, origin in rows:
        table.add_row(name, value, origin)
    Console().print(table)


def _home_given(ctx: typer.Context) -> bool:
    import os

    root = ctx.find_root()
    obj = root.obj if isinstance(root.obj, dict) else {}
    return bool(obj.get("home")) or bool(os.environ.get("RUNNERUP_HOME"))
