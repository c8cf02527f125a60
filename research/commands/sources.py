"""``runnerup sources [--json]``: the installed sources, their status and their terms.
``runnerup sources --check [ID ...]``: the live self-check (:mod:`research.selfcheck`).

Top-level imports are the standard library and typer only: ``research.cli`` imports this
module at start-up. Everything else is imported when the command runs.

Each row also names the source's documented API endpoints and the terms that govern them:
its calls to those endpoints are read under ``api-terms <terms URL>`` instead of robots.txt
(``robots.txt`` again when ``[fetch] robots_for_apis = true``); everything else it fetches
obeys robots.txt.

The rows come from :func:`research.overview.source_rows`, which the web page shows too.
Statuses: ``ready``, ``needs_key`` (a required key or instance is not configured),
``manual`` (runnerup only shows a link for the user to open) and ``disabled``
(``[sources.<id>] enabled = false``). Plugins that fail to load are listed after the table
(on stderr with ``--json``) by name with their problem; they never stop the command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from research.overview import SourceRow
    from research.source import LoadProblem

TABLE_WIDTH = 100


def render_table(rows: list[SourceRow], problems: list[LoadProblem], console: Any) -> None:
    """The rich table (at most :data:`TABLE_WIDTH` columns), then the broken plugins."""
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    styles = {"ready": "green", "needs_key": "yellow", "manual": "cyan", "disabled": "dim"}
    table = Table(
        title="Sources",
        title_justify="left",
        show_lines=True,
        expand=False,
        width=min(TABLE_WIDTH, console.width),
    )
    table.add_column("Source", overflow="fold", max_width=16)
    table.add_column("Kind", no_wrap=True, max_width=6)
    table.add_column("Status", no_wrap=True, max_width=9)
    table.add_column("Terms", overflow="fold", ratio=1)
    for row in rows:
        source = Text(row.id, style="bold")
        source.append("\n" + row.name, style="")
        terms = Text(row.terms_summary)
        terms.append(f"\n{row.terms_url}", style="dim")
        terms.append(f"\nreviewed {row.terms_reviewed}", style="dim")
        for prefix, terms_url in row.api_endpoints:
            if row.api_rule == "api-terms":
                terms.append(f"\nAPI {prefix}: its terms, not robots.txt ({terms_url})")
            else:
                terms.append(f"\nAPI {prefix}: robots.txt (robots_for_apis = true)")
        status = Text(row.status, style=styles.get(row.status, ""))
        table.add_row(source, row.kind, status, terms)
    if rows:
        console.print(table)
    else:
        console.print("No sources are installed.")
    if problems:
        console.print()
        console.print("[bold red]Sources that could not be loaded:[/]")
        for problem in problems:
            console.print(f"  {escape(problem.id)}: {escape(problem.message)}")


def run(ctx: typer.Context, json_: bool, ids: list[str] | None = None) -> None:
    import json
    import sys

    if ids:
        from research.errors import UsageError

        raise UsageError(
            "source ids are only taken with --check",
            hint="For example: runnerup sources --check github gitlab",
        )

    from rich.console import Console

    from research.commands._invocation import settings_of
    from research.config import load_config
    from research.overview import source_rows

    config = load_config(settings_of(ctx).config_path)
    rows, problems = source_rows(config)
    if json_:
        sys.stdout.write(json.dumps([r.to_json() for r in rows], indent=2) + "\n")
        for problem in problems:
            sys.stderr.write(
                f"runnerup: source {problem.id} could not be loaded: {problem.message}\n"
            )
        return
    render_table(rows, problems, Console(highlight=False))


def run_check(ctx: typer.Context, ids: list[str], json_: bool) -> bool:
    """Run the canaries of the sources named (all when none); True when none is changed,
    refused or failed."""
    import asyncio
    import json
    import sys

    from rich.console import Console

    from research.commands._invocation import settings_of
    from research.config import load_config
    from research.doors import open_door
    from research.errors import UsageError
    from research.selfcheck import PROBLEMS, check_sources
    from research.source import discover

    settings = settings_of(ctx)
    config = load_config(settings.config_path)
    registry = discover(env={})
    unknown = sorted(set(ids) - set(registry.ids()))
    if unknown:
        raise UsageError(
            f"no source with the id {unknown[0]!r} is installed",
            hint="See the installed ones with: runnerup sources",
        )
    chosen = [i for i in registry.ids() if not ids or i in ids]
    classes = [c for c in (registry.load(i) for i in chosen) if c is not None]

    async def run() -> list[Any]:
        async with open_door(settings, config, registry.load_all().values()) as door:
            return await check_sources(classes, config, door)

    results = asyncio.run(run())
    if json_:
        sys.stdout.write(json.dumps([r.to_json() for r in results], indent=2) + "\n")
    else:
        from rich.table import Table

        styles = {"ok": "green", "changed": "red", "refused": "red", "failed": "red"}
        table = Table("Source", "Result", "Detail", title="Self-check", title_justify="left")
        for column in table.columns:
            column.overflow = "fold"
        for r in results:
            detail = r.detail + (f"\n{r.rule}" if r.rule else "")
            table.add_row(r.source, f"[{styles.get(r.status, 'yellow')}]{r.status}[/]", detail)
        Console(highlight=False).print(table)
    for problem in registry.problems:
        sys.stderr.write(f"runnerup: source {problem.id} could not be loaded: {problem.message}\n")
    return not any(r.status in PROBLEMS for r in results)


def command(
    ctx: typer.Context,
    ids: Annotated[
        list[str] | None,
        typer.Argument(metavar="[ID ...]", help="With --check: only these sources (default: all)."),
    ] = None,
    check: Annotated[
        bool,
        typer.Option(
            "--check",
            help="Live self-check: run each source's canary (one public, well-known subject, "
            "e.g. an API's own test account) through the door, politely, and say per source: "
            "ok, changed (names the fields the parser needs that are missing), refused "
            "(robots.txt, terms, login), needs_key or failed. Uses the network: run it "
            "before a release or when a source starts finding nothing, not in CI. Exit 1 "
            "when a source is changed, refused or failed.",
        ),
    ] = False,
    json_: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Print a JSON list (id, name, kind, status, terms_summary, terms_url, "
            "terms_reviewed, api_endpoints: prefix, terms_url, rule); load problems go to "
            "stderr.",
        ),
    ] = False,
) -> None:
    """List the sources, whether each is ready, what its site's terms allow, and the
    documented API endpoints it reads under the API's own terms instead of robots.txt.
    With --check, test each source live against its canary."""
    from research.commands._invocation import run_reporting_errors

    if check:
        if not run_reporting_errors(lambda: run_check(ctx, list(ids or []), json_)):
            raise typer.Exit(1)
        return
    run_reporting_errors(lambda: run(ctx, json_, list(ids or [])))


__all__ = ["command", "render_table", "run", "run_check"]
