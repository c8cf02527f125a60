"""What every command shares about one invocation: its :class:`research.settings.Settings`
and the frame that turns user-facing errors into a message and an exit code.

``research.cli`` imports the commands, never the reverse; the commands take these from
here. Top-level imports are the standard library and typer only, so ``runnerup --help``
stays light.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import typer

T = TypeVar("T")


def settings_of(ctx: typer.Context) -> Any:
    """The :class:`research.settings.Settings` for this invocation (parsed on first use from
    the root options ``--home`` and ``--connect-to``, which ``research.cli`` stores in
    ``ctx.obj``)."""

    from research.settings import ENV_CONNECT_TO, Settings, default_home, parse_connect_to_list

    root = ctx.find_root()
    obj = root.obj if isinstance(root.obj, dict) else {}
    if "settings" not in obj:
        home = obj.get("home")
        obj["settings"] = Settings(
            home=Path(home).expanduser() if home else default_home(),
            connect_to=parse_connect_to_list(obj.get("connect_to"), os.environ.get(ENV_CONNECT_TO)),
        )
        root.obj = obj
    return obj["settings"]


def run_reporting_errors(action: Callable[[], T]) -> T:
    """Run a command body; print user-facing errors without a traceback and exit with
    their code."""
    from research.errors import EXIT_INTERRUPTED, RunnerupError

    try:
        return action()
    except RunnerupError as error:
        _print_error(error.message, error.hint)
        raise typer.Exit(error.exit_code) from None
    except KeyboardInterrupt:
        _print_error("Interrupted.", None)
        raise typer.Exit(EXIT_INTERRUPTED) from None


def _print_error(message: str, hint: str | None) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = Console(stderr=True, highlight=False)
    # soft wrap: paths and URLs in messages stay whole, so they can be copied
    console.print(f"[bold red]Error:[/] {escape(message)}", soft_wrap=True)
    if hint:
        console.print(escape(hint), soft_wrap=True)


__all__ = ["run_reporting_errors", "settings_of"]
