"""``runnerup demo``: a complete lookup of an invented hire, offline, with no keys."""

from __future__ import annotations

from typing import Annotated

import typer


def command(
    ctx: typer.Context,
    out: Annotated[
        str | None,
        typer.Option(
            "--out",
            "-o",
            metavar="PATH",
            help="Where to write the HTML report (default: ./runnerup-demo.html, numbered "
            "when taken).",
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing --out.")] = False,
) -> None:
    """Run a complete lookup of an invented hire on a bundled demo web (loopback only,
    no network, no keys) and write the HTML report."""
    from research.commands._invocation import run_reporting_errors

    def go() -> None:
        from research.commands.demo_run import run

        run(ctx, out, force)

    run_reporting_errors(go)
