"""``runnerup config``: the effective configuration and where each value came from."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer


def command(
    ctx: typer.Context,
    json_: Annotated[bool, typer.Option("--json", help="Print JSON for machines.")] = False,
) -> None:
    """Show the effective configuration (keys masked) and where each value came from:
    option, environment, config file or default."""
    from research.commands._invocation import run_reporting_errors

    run_reporting_errors(lambda: _show(ctx, json_))


def _show(ctx: typer.Context, as_json: bool) -> None:
    from research.commands._invocation import settings_of
    from research.config import load_config
    from research.overview import effective_rows

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
