"""The body of ``runnerup demo``."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

import typer
from rich.console import Console

from research.commands._output import check_out, format_of_file, free_path
from research.commands.lookup_run import TerminalProgress, outcome_table
from research.demo import DEMO_SUBJECT, demo_data, demo_web, run_demo_lookup
from research.errors import UsageError
from research.settings import Settings


def run(ctx: typer.Context, out: str | None, force: bool) -> None:
    from research.report import write_report
    from research.report.terminal import print_report

    if out is not None and format_of_file(out) not in (None, "html"):
        raise UsageError(
            f"--out {out}: the demo writes an HTML report, not {format_of_file(out)}",
            hint="Give a file name ending in .html, e.g. --out runnerup-demo.html",
        )
    check_out(out, force)
    data = demo_data()
    console = Console(stderr=True)
    console.print(
        f"Demo: who got the job of {DEMO_SUBJECT['role']} at {DEMO_SUBJECT['employer']}? "
        f"Looking up the (invented) hire {DEMO_SUBJECT['name']} on a demo web served on "
        "this machine only.",
        highlight=False,
    )
    with tempfile.TemporaryDirectory(prefix="runnerup-demo-") as home, demo_web(data) as connect:
        settings = Settings(home=Path(home), connect_to=connect)
        progress = TerminalProgress(console)
        try:
            result, _ = asyncio.run(run_demo_lookup(settings, data, listen=progress))
        finally:
            progress.stop()
    console.print(outcome_table(result.outcomes))
    print_report(result.comparison, Console())
    path = Path(out) if out else free_path("runnerup-demo", "html")
    write_report(result.comparison, "html", path, force=force)
    console.print(
        f"\nThe full report is in [bold]{path}[/]: open it in your browser.", soft_wrap=True
    )
