"""``runnerup history``, ``runnerup show`` and ``runnerup forget``: what the store keeps."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from research.commands._options import ForceOption, FormatOption, OutOption


def history(
    ctx: typer.Context,
    json_: Annotated[bool, typer.Option("--json", help="Print JSON for machines.")] = False,
) -> None:
    """List past lookups (newest last): id, date, who, for which role, and how it ended."""
    from research.commands._invocation import run_reporting_errors

    run_reporting_errors(lambda: _history(ctx, json_))


def _open_store(ctx: typer.Context):  # type: ignore[no-untyped-def]
    from research.commands._invocation import settings_of
    from research.config import load_config
    from research.lookup import purge_expired
    from research.store import Store

    settings = settings_of(ctx)
    config = load_config(settings.config_path)
    store = Store(settings.store_path)
    purge_expired(store, settings, config)
    return store


def _history(ctx: typer.Context, as_json: bool) -> None:
    with _open_store(ctx) as store:
        rows = store.lookups()
    if as_json:
        data = [
            {
                "id": r.id,
                "created_at": r.created_at.isoformat(),
                "name": r.subject.name,
                "employer": r.subject.employer,
                "role": r.subject.role,
                "status": r.status,
                "detail": r.detail,
                "has_report": r.has_comparison,
            }
            for r in rows
        ]
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not rows:
        console.print("No lookups stored yet. Start one with: runnerup lookup NAME --employer ...")
        return
    table = Table("ID", "When", "Hire", "Role", "Status", "Report")
    for r in rows:
        role = " at ".join(p for p in (r.subject.role, r.subject.employer) if p)
        table.add_row(
            str(r.id),
            r.created_at.strftime("%Y-%m-%d %H:%M"),
            r.subject.name,
            role,
            r.status,
            "yes" if r.has_comparison else "-",
        )
    console.print(table)
    console.print("Re-render one with: runnerup show ID [--format html --out FILE]")


def show(
    ctx: typer.Context,
    lookup_id: Annotated[int, typer.Argument(metavar="ID", help="The lookup's id (see history).")],
    fmt: FormatOption = None,
    out: OutOption = None,
    force: ForceOption = False,
) -> None:
    """Re-render a stored comparison, without the network."""
    from research.commands._invocation import run_reporting_errors

    run_reporting_errors(lambda: _show(ctx, lookup_id, fmt, out, force))


def _show(
    ctx: typer.Context, lookup_id: int, fmt_given: str | None, out: str | None, force: bool
) -> None:
    from research.commands._output import check_out, resolve_format
    from research.errors import RunnerupError, UsageError

    fmt = resolve_format(fmt_given, out)
    check_out(out, force)
    with _open_store(ctx) as store:
        row = store.lookup(lookup_id)
        comparison = store.comparison(lookup_id)
    if row is None:
        raise UsageError(
            f"there is no lookup {lookup_id}", hint="See the stored ones with: runnerup history"
        )
    if comparison is None:
        raise RunnerupError(
            f"lookup {lookup_id} ({row.subject.name}) has no report: it ended as {row.status}",
            hint="Run the lookup again, e.g. with --pick N to choose a candidate.",
        )
    from research.commands._output import emit

    emit(comparison, fmt, out, force=force)


def forget(
    ctx: typer.Context,
    name: Annotated[
        str | None,
        typer.Argument(metavar="NAME", help="The person whose lookups to erase (any case)."),
    ] = None,
    lookup_id: Annotated[
        int | None, typer.Option("--lookup", metavar="ID", help="Erase one lookup instead.")
    ] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Erase a person (or one lookup) completely: lookups, leads, candidates, facts, fetch
    log, the cached copies of their pages and the robots.txt verdicts of hosts only their
    lookups touched. Prints exactly what it erases."""
    from research.commands._invocation import run_reporting_errors

    run_reporting_errors(lambda: _forget(ctx, name, lookup_id, yes))


def _forget(ctx: typer.Context, name: str | None, lookup_id: int | None, yes: bool) -> None:
    from rich.console import Console

    from research.commands._invocation import settings_of
    from research.errors import UsageError

    if (name is None) == (lookup_id is None):
        raise UsageError(
            "say whom to forget: a NAME, or --lookup ID (not both)",
            hint="For example: runnerup forget 'Ada Okafor'   or   runnerup forget --lookup 3",
        )
    from research.forget import erase, preview

    console = Console(stderr=True, highlight=False)
    settings = settings_of(ctx)
    with _open_store(ctx):
        pass  # retention first: what has expired is already gone
    planned = preview(settings, name=name, lookup_id=lookup_id)
    if planned is None:
        what = f"lookup {lookup_id}" if lookup_id is not None else repr(name)
        console.print(f"Nothing stored for {what}; nothing to forget.")
        return
    console.print(f"This erases {planned.names}: {planned.sentence}.", soft_wrap=True)
    if not yes and not typer.confirm("Erase all of it?", default=False, err=True):
        console.print("Nothing erased.")
        raise typer.Exit(1)
    console.print(f"Erased {erase(settings, planned).sentence}.", soft_wrap=True)
