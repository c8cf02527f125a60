"""The comparison from files (``runnerup compare``, and any front end that compares saved
documents): read every input through :mod:`research.inputs`, ask identity which profile
files are the hire, compare.

The front end parses its options and prints; choosing among candidates is a call it makes
(``on_candidates`` sees them, :class:`~research.inputs.ProfilesNeedChoice` stops the run,
and the front end runs again with ``pick``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from research.errors import UsageError
from research.inputs import (
    ProfilesNeedChoice,
    hire_from_profiles,
    is_url,
    load_career,
    load_posting,
    parse_hire_date,
    posting_note,
)
from research.model import Candidate, Comparison, Coverage, Role, Subject


@dataclass(frozen=True)
class CompareRequest:
    """What to compare: the posting (a file or an http(s) URL), the hire's saved profiles,
    your resume, and what the user said about the hire and the role."""

    posting: str
    profiles: tuple[Path, ...] = ()
    resume: Path | None = None
    hire_name: str | None = None
    role: str | None = None
    employer: str | None = None
    hire_date: str | None = None
    pick: int | None = None
    yes: bool = False


def check(request: CompareRequest) -> None:
    """The options alone, before any file is read: usage errors (exit 2)."""
    parse_hire_date(request.hire_date)
    if request.pick is not None and request.yes:
        raise UsageError("--pick and --yes do not go together", hint="Use one of them.")


def fill_role(role: Role, title: str | None, employer: str | None) -> Role:
    """The posting's role, with ``--role`` / ``--employer`` where the posting states none
    (the posting's own title and employer win)."""
    updates: dict[str, object] = {}
    if not role.title and title and title.strip():
        updates["title"] = title.strip()
    if not role.employer and employer and employer.strip():
        updates["employer"] = employer.strip()
    return role.model_copy(update=updates) if updates else role


def read_posting(posting: str, settings: Any = None) -> Role:
    """The posting from a file, or from a URL fetched through the door (robots, pacing and
    guards all apply; the door is opened only for a URL)."""
    if not is_url(posting):
        return asyncio.run(load_posting(posting))
    if settings is None:
        raise UsageError(
            "a posting URL needs the runnerup settings", hint="Save the page to a file."
        )
    from research.config import load_config
    from research.doors import open_door

    async def go() -> Role:
        async with open_door(settings, load_config(settings.config_path), sources=()) as door:
            return await load_posting(posting, door)

    return asyncio.run(go())


def compare_files(
    request: CompareRequest,
    *,
    settings: Any = None,
    on_candidates: Callable[[Sequence[Candidate]], None] | None = None,
) -> Comparison:
    """Read every input and compare: the Comparison the report renders.

    ``role`` and ``employer`` fill the posting's title and employer when it has none.
    Several profile files go through identity first; when they are not one person and
    nothing chooses (``pick``, or ``yes`` with a clear best), ``on_candidates`` sees the
    candidates before :class:`~research.inputs.ProfilesNeedChoice` (exit 3) is raised."""
    from research.compare import compare

    check(request)
    when = parse_hire_date(request.hire_date)
    if not request.profiles:
        raise UsageError("no --profile given", hint="Give the hire's saved profile with --profile.")
    the_role = fill_role(read_posting(request.posting, settings), request.role, request.employer)
    note = posting_note(the_role)
    you = load_career(request.resume) if request.resume is not None else None
    careers = [(str(p), load_career(p)) for p in request.profiles]
    name = request.hire_name or next((c.name for _, c in careers if c.name), None)
    subject = Subject(
        name=name or "the hire",
        employer=request.employer or the_role.employer,
        role=the_role.title,
        hire_date=when,
    )
    try:
        hire = hire_from_profiles(subject, careers, pick=request.pick, yes=request.yes)
    except ProfilesNeedChoice as needs:
        if on_candidates is not None:
            on_candidates(needs.candidates)
        raise
    if not request.hire_name and hire.career.name:
        subject = subject.model_copy(update={"name": hire.career.name})
    identity = hire.decision if len(careers) > 1 else None
    return compare(
        the_role,
        you,
        hire.career,
        subject,
        identity=identity,
        coverage=Coverage(notes=[note] if note else []),
        role_title=request.role or "",
        employer=request.employer or "",
    )


__all__ = [
    "CompareRequest",
    "check",
    "compare_files",
    "fill_role",
    "read_posting",
]
