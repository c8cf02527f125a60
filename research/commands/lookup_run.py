"""The body of ``runnerup lookup`` and ``runnerup demo``: options to a request, progress
on the terminal, candidates, the outcome table and the report."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Sequence

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from research.commands._output import check_out, emit, resolve_format
from research.config import Config, load_config
from research.events import (
    CandidatesNeedChoice,
    ComparisonReady,
    LookupEvent,
    PageNotRead,
    SourceFinished,
    describe,
)
from research.inputs import ProfilesNeedChoice
from research.lookup import (
    Chooser,
    LookupRequest,
    LookupResult,
    NeedsChoice,
    NothingFound,
    run_lookup,
)
from research.model import Candidate, SourceOutcome
from research.settings import Settings

STATUS_STYLE = {
    "found": "green",
    "read": "green",
    "nothing": "dim",
    "manual": "cyan",
    "needs_key": "yellow",
    "disabled": "dim",
    "blocked": "red",
    "disallowed": "red",
    "rate_limited": "yellow",
    "unreachable": "yellow",
    "failed": "red",
}


class TerminalProgress:
    """The lookup's events on stderr (stdout stays for the report): a status line while a
    stage or a source works, a line per source record."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self._shown: set[str] = set()
        self._status = console.status("Starting...") if console.is_terminal else None
        if self._status is not None:
            self._status.start()

    def stage(self, text: str) -> None:
        if self._status is not None:
            self._status.update(text)
        else:
            self.console.print(f"[dim]- {text}[/]", highlight=False)

    def __call__(self, event: LookupEvent) -> None:
        match event:
            case SourceFinished(outcome=outcome):
                self.source_done(outcome)
            case PageNotRead():
                self.console.print(f"[dim]- {escape(describe(event))}[/]", highlight=False)
            case CandidatesNeedChoice() | ComparisonReady():
                pass  # the prompt and the report speak for themselves
            case _:
                self.stage(describe(event))

    def source_done(self, outcome: SourceOutcome) -> None:
        """The source's record as it is now. A source is shown again, marked "now:", when
        a later stage changes its record: its last line is its row in the table."""
        style = STATUS_STYLE.get(outcome.status, "")
        again = "now: " if outcome.source in self._shown else ""
        self._shown.add(outcome.source)
        self.console.print(
            f"  {outcome.source:<14} {again}[{style}]{escape(outcome.summary)}[/]",
            highlight=False,
        )

    def stop(self) -> None:
        if self._status is not None:
            self._status.stop()
            self._status = None


def outcome_table(outcomes: Sequence[SourceOutcome]) -> Table:
    """One row per source record: the same records as the progress lines and the report's
    coverage section."""
    table = Table("Source", "Outcome", "Found", "Read", "Detail", title="What each source did")
    for o in outcomes:
        style = STATUS_STYLE.get(o.status, "")
        table.add_row(
            o.source,
            f"[{style}]{o.status}[/]",
            str(o.found or ""),
            str(o.read or ""),
            escape(o.detail),
        )
    return table


def _chooser(console: Console, progress: TerminalProgress, interactive: bool) -> Chooser | None:
    if not interactive:
        return None
    from research.commands._choice import prompt_choice

    def choose(candidates: Sequence[Candidate]) -> Candidate | None:
        progress.stop()
        return prompt_choice(candidates, console, console.input)

    return choose


def execute(
    settings: Settings,
    config: Config,
    request: LookupRequest,
    *,
    console: Console,
    interactive: bool,
) -> LookupResult:
    from research.commands._choice import render_candidates

    progress = TerminalProgress(console)
    try:
        return asyncio.run(
            run_lookup(
                request,
                settings=settings,
                config=config,
                listen=progress,
                choose=_chooser(console, progress, interactive),
            )
        )
    except (NeedsChoice, ProfilesNeedChoice) as needs:
        progress.stop()
        console.print(render_candidates(needs.candidates))
        raise
    except NothingFound as nothing:
        progress.stop()
        console.print(outcome_table(nothing.outcomes))
        raise
    finally:
        progress.stop()


def run(
    ctx: typer.Context,
    request: LookupRequest,
    *,
    fmt: str | None = None,
    out: str | None = None,
    force: bool = False,
) -> None:
    """Run the lookup ``request`` (built with :meth:`LookupRequest.of` from the options)
    and write its report as ``fmt`` to ``out`` (stdout when None)."""
    from research.commands._invocation import settings_of

    chosen_format = resolve_format(fmt, out)
    check_out(out, force)
    settings = settings_of(ctx)
    config = load_config(settings.config_path)
    console = Console(stderr=True)
    interactive = (
        sys.stdin.isatty() and console.is_terminal and request.pick is None and not request.yes
    )
    result = execute(settings, config, request, console=console, interactive=interactive)
    console.print(outcome_table(result.outcomes))
    chosen = result.decision.chosen
    if chosen is not None:
        console.print(
            f"Compared with [bold]{chosen.name}[/] (candidate {chosen.id}, "
            f"score {chosen.score:.2f}; {result.decision.decided_by}). "
            f"Stored as lookup {result.lookup_id}.",
            highlight=False,
        )
    emit(result.comparison, chosen_format, out, force=force)
