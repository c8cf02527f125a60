"""The ``runnerup`` command line: option declarations only.

Each command imports its implementation from :mod:`research.commands` when it runs, so
``runnerup --help`` imports neither httpx nor the model. This module imports the commands,
never the reverse: what they share (the invocation's settings, the error frame) lives in
:mod:`research.commands._invocation`. Errors meant for the user
(:class:`research.errors.RunnerupError`) are printed without a traceback and end the
process with their exit code (see ``research/errors.py``).
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from research import __version__

EXIT_CODES_HELP = (
    "Exit codes: 0 success, 1 error, 2 usage, 3 needs confirmation, "
    "4 unreadable input, 5 fetch refused or failed, 130 interrupted."
)

app = typer.Typer(
    name="runnerup",
    help=(
        "For the candidate who came second: find the hire's public career, within each "
        "site's terms, and compare it with yours.\n\n" + EXIT_CODES_HELP
    ),
    no_args_is_help=True,
    rich_markup_mode=None,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"runnerup {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(
    ctx: typer.Context,
    connect_to: Annotated[
        list[str] | None,
        typer.Option(
            "--connect-to",
            metavar="PATTERN=HOST:PORT",
            help=(
                "Send requests for hosts matching PATTERN (a glob such as '*.test' or '*') "
                "to HOST:PORT in plain HTTP, keeping the URL's host in the Host header. "
                "Repeatable; also RUNNERUP_CONNECT_TO, comma separated."
            ),
        ),
    ] = None,
    home: Annotated[
        str | None,
        typer.Option(
            "--home",
            metavar="DIR",
            envvar="RUNNERUP_HOME",
            help="Where config, store and cache live (default: the platform data folder).",
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    ctx.obj = {"connect_to": connect_to or [], "home": home}


def _register() -> None:
    """Commands live in research.commands; their modules import only typer at start-up."""
    from research.commands import (
        check_url,
        compare,
        config,
        demo,
        history,
        lookup,
        read,
        schema,
        serve,
        sources,
    )

    app.command("lookup")(lookup.command)
    app.command("compare")(compare.command)
    app.command("read")(read.command)
    app.command("demo")(demo.command)
    app.command("sources")(sources.command)
    app.command("check-url")(check_url.command)
    app.command("history")(history.history)
    app.command("show")(history.show)
    app.command("forget")(history.forget)
    app.command("config")(config.command)
    app.command("schema")(schema.command)
    app.command("serve")(serve.command)


_register()


def main() -> None:
    """Entry point of the ``runnerup`` console script and ``python -m research``."""
    try:
        app(prog_name="runnerup")
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted.\n")
        sys.exit(130)


__all__ = ["app", "main"]
