"""The body of ``runnerup compare``: read every input, compare, deliver the report."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from research.commands._output import check_out, emit, resolve_format
from research.errors import DocumentNotFound, UsageError
from research.inputs import ProfilesNeedChoice, hire_from_profiles, parse_hire_date
from research.model import Candidate, Career, Comparison, Role, Subject

M = TypeVar("M", Career, Role)


def _existing(path: Path) -> Path:
    if not path.exists() or path.is_dir():
        raise DocumentNotFound(
            str(path), "no such file", "Check the path; give a file, not a folder."
        )
    return path


def _model_json(path: Path, model: type[M]) -> M | None:
    """The file as runnerup's own model JSON, or None when it is some other JSON."""
    if path.suffix.casefold() != ".json":
        return None
    try:
        return model.model_validate_json(path.read_bytes())
    except ValidationError:
        return None


def load_career(path: Path) -> Career:
    """A resume or saved profile: model JSON, else whatever the readers understand."""
    _existing(path)
    career = _model_json(path, Career)
    if career is not None:
        return career
    from research.read.resume import read_resume

    return read_resume(path)


def load_role(posting: str, fetch: Callable[[str], Role] | None = None) -> Role:
    """The posting from a file (model JSON or any posting the readers read) or a URL."""
    if posting.startswith(("http://", "https://")):
        return (fetch or fetch_role)(posting)
    path = _existing(Path(posting))
    role = _model_json(path, Role)
    if role is not None:
        return role
    from research.read.posting import read_posting_file

    return read_posting_file(path)


def fetch_role(url: str, settings: Any = None) -> Role:
    """Fetch a posting through the door (robots, pacing, guards all apply)."""
    import asyncio

    from research.config import load_config
    from research.doors import open_door
    from research.read.posting import fetch_posting

    if settings is None:
        raise UsageError(
            "a posting URL needs the runnerup settings", hint="Save the page to a file."
        )

    async def go() -> Role:
        async with open_door(settings, load_config(settings.config_path), sources=()) as door:
            return await fetch_posting(url, door)

    return asyncio.run(go())


@dataclass(frozen=True)
class CompareOptions:
    """What ``runnerup compare`` was given."""

    posting: str
    profiles: tuple[Path, ...] = ()
    resume: Path | None = None
    hire_name: str | None = None
    role: str | None = None
    employer: str | None = None
    hire_date: str | None = None
    pick: int | None = None
    yes: bool = False
    fmt: str | None = None
    out: str | None = None
    force: bool = False


def fill_role(role: Role, title: str | None, employer: str | None) -> Role:
    """The posting's role, with ``--role`` / ``--employer`` where the posting states none
    (the posting's own title and employer win)."""
    updates: dict[str, object] = {}
    if not role.title and title and title.strip():
        updates["title"] = title.strip()
    if not role.employer and employer and employer.strip():
        updates["employer"] = employer.strip()
    return role.model_copy(update=updates) if updates else role


def build(
    *,
    resume: Path | None,
    posting: str,
    profiles: Sequence[Path],
    hire_name: str | None = None,
    role: str | None = None,
    employer: str | None = None,
    hire_date: str | None = None,
    pick: int | None = None,
    yes: bool = False,
    fetch: Callable[[str], Role] | None = None,
    on_candidates: Callable[[Sequence[Candidate]], None] | None = None,
) -> Comparison:
    """Read every input and compare: the Comparison the report renders.

    ``role`` and ``employer`` fill the posting's title and employer when it has none.
    Several profile files go through identity first; when they are not one person and
    nothing chooses (``pick``, or ``yes`` with a clear best), ``on_candidates`` sees the
    candidates before :class:`~research.inputs.ProfilesNeedChoice` (exit 3) is raised."""
    from research.compare import compare
    from research.model import Coverage
    from research.read.posting import missing_header_note

    when = parse_hire_date(hire_date)
    if not profiles:
        raise UsageError("no --profile given", hint="Give the hire's saved profile with --profile.")
    the_role = fill_role(load_role(posting, fetch), role, employer)
    note = missing_header_note(the_role)
    you = load_career(resume) if resume is not None else None
    careers = [(str(p), load_career(p)) for p in profiles]
    name = hire_name or next((c.name for _, c in careers if c.name), None)
    subject = Subject(
        name=name or "the hire",
        employer=employer or the_role.employer,
        role=the_role.title,
        hire_date=when,
    )
    try:
        hire = hire_from_profiles(subject, careers, pick=pick, yes=yes)
    except ProfilesNeedChoice as needs:
        if on_candidates is not None:
            on_candidates(needs.candidates)
        raise
    if not hire_name and hire.career.name:
        subject = subject.model_copy(update={"name": hire.career.name})
    identity = hire.decision if len(careers) > 1 else None
    coverage = Coverage(notes=[note] if note else [])
    return compare(
        the_role,
        you,
        hire.career,
        subject,
        identity=identity,
        coverage=coverage,
        role_title=role or "",
        employer=employer or "",
    )


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
    parse_hire_date(options.hire_date)
    if options.pick is not None and options.yes:
        raise UsageError("--pick and --yes do not go together", hint="Use one of them.")
    if ask is None and options.pick is None and not options.yes and interactive():
        ask = _ask

    def go(pick: int | None, show: Callable[[Sequence[Candidate]], None] | None) -> Comparison:
        return build(
            resume=options.resume,
            posting=options.posting,
            profiles=options.profiles,
            hire_name=options.hire_name,
            role=options.role,
            employer=options.employer,
            hire_date=options.hire_date,
            pick=pick,
            yes=options.yes,
            fetch=(lambda url: fetch_role(url, settings)),
            on_candidates=show,
        )

    try:
        comparison = go(options.pick, None if ask is not None else _print_candidates)
    except ProfilesNeedChoice as needs:
        if ask is None:
            raise
        chosen = ask(needs.candidates)
        if chosen is None:
            raise
        comparison = go(chosen.id, _print_candidates)
    emit(comparison, fmt, options.out, force=options.force)
