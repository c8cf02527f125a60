"""``runnerup serve``: the whole job on a local web page (127.0.0.1 only)."""

from __future__ import annotations

from typing import Annotated

import typer


def command(
    ctx: typer.Context,
    port: Annotated[
        int,
        typer.Option(
            "--port",
            "-p",
            min=0,
            max=65535,
            help="Port on 127.0.0.1 (default 0: any free port). Only 127.0.0.1 is ever used.",
        ),
    ] = 0,
    open_browser: Annotated[
        bool,
        typer.Option("--open/--no-open", help="Open your browser at the page (default: open)."),
    ] = True,
    demo: Annotated[
        bool,
        typer.Option(
            "--demo",
            help="Run lookups on the bundled demo web (an invented hire, no network, no keys).",
        ),
    ] = False,
) -> None:
    """Serve runnerup as a web page on this computer: a form, live progress, the candidates,
    the report, history and forget. Needs the 'web' extra. Prints the address to open; it
    carries a one-time token, so other pages and other users of this computer cannot use it."""
    from research.commands._invocation import run_reporting_errors

    def go() -> None:
        from research.commands.serve_run import run

        run(ctx, port=port, open_browser=open_browser, demo=demo)

    run_reporting_errors(go)
