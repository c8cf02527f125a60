"""The body of ``runnerup compare``: check the options, compare through
:mod:`research.comparing`, ask which profile is the hire when needed, deliver the report."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from research.commands._output import check_out, emit, resolve_format
from research.comparing import CompareRequest, check, compare_files
from research.inputs import ProfilesNeedChoice
from research.model import Candidate, Comparison


@dataclass(frozen=True)
class CompareOptions:
    """What ``runnerup compare`` was given: what to compare, and where the report goes."""

    request: CompareRequest
    fmt: str | None = None
    out: str | None = None
    force: bool = False


def _print_candidates(candidates: Sequence[Candidate]) -> None:
    from rich.console import Console

    from research.commands._choice import render_candidates

    Console(stderr=True).print(render_candidates(candidates))


def interactive() -> bool:
    """A person at a terminal, who can be asked which profile is the hire."""
    return sys.stdin.isatty() and sys.stderr.isatty()


def _ask(candidates: Sequence[Candidate]) -> Candidate | None:
    from rich.console import Console

    from research.commands._choice import prompt_choice

    console = Console(stderr=True)
    return prompt_choice(candidates, console, console.input)


def run(
    options: CompareOptions,
    *,
    settings: Any = None,
    ask: Callable[[Sequence[Candidate]], Candidate | None] | None = None,
) -> None:
    """The body of ``runnerup compare``: every option is checked before any file is read.

    When the profile files are several people and nothing chooses, a person at a terminal
    is asked which one is the hire (``ask``; 0 or Enter: none, exit 3); a script gets the
    candidates listed and exit 3."""
    fmt = resolve_format(options.fmt, options.out)
    check_out(options.out, options.force)
    request = options.request
    check(request)
    if ask is None and request.pick is None and not request.yes and interactive():
        ask = _ask

    def go(pick: int | None, show: Callable[[Sequence[Candidate]], None] | None) -> Comparison:
        chosen = replace(request, pick=pick)
        return compare_files(chosen, settings=settings, on_candidates=show)

    try:
        comparison = go(request.pick, None if ask is not None else _print_candidates)
    except ProfilesNeedChoice as needs:
        if ask is None:
            raise
        chosen = ask(needs.candidates)
        if chosen is None:
            raise
        comparison = go(chosen.id, _print_candidates)
    emit(comparison, fmt, options.out, force=options.force)
