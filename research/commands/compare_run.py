"""The body of ``runnerup compare``: read every input, compare, deliver the report."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from research.commands._output import check_format, check_out, emit
from research.errors import DocumentNotFound, UsageError
from research.merge import merge_careers
from research.model import Career, Comparison, PartialDate, Role, Subject

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
    from research.lookup import open_door
    from research.read.posting import fetch_posting

    if settings is None:
        raise UsageError(
            "a posting URL needs the runnerup settings", hint="Save the page to a file."
        )

    async def go() -> Role:
        async with open_door(settings, load_config(settings.config_path)) as door:
            return await fetch_posting(url, door)

    return asyncio.run(go())


def _date(text: str | None) -> PartialDate | None:
    if not text:
        return None
    try:
        return PartialDate.parse(text)
    except ValueError:
        raise UsageError(
            f"--hire-date {text!r} is not a date", hint="Use YYYY-MM or YYYY."
        ) from None


def build(
    *,
    resume: Path | None,
    posting: str,
    profiles: Sequence[Path],
    hire_name: str | None = None,
    employer: str | None = None,
    hire_date: str | None = None,
    fetch: Callable[[str], Role] | None = None,
    role_title: str | None = None,
) -> Comparison:
    """Read every input and compare: the Comparison the report renders. ``role_title`` and
    ``employer`` stand in for what the posting does not say."""
    from research.compare import compare
    from research.model import Coverage
    from research.read.posting import missing_header_note

    when = _date(hire_date)
    role = load_role(posting, fetch)
    updates = {
        key: value.strip()
        for key, value in (("title", role_title), ("employer", employer))
        if value and value.strip() and not getattr(role, key)
    }
    role = role.model_copy(update=updates) if updates else role
    note = missing_header_note(role)
    you = load_career(resume) if resume is not None else None
    if not profiles:
        raise UsageError("no --profile given", hint="Give the hire's saved profile with --profile.")
    hire = merge_careers([load_career(p) for p in profiles])
    name = hire_name or hire.name or "the hire"
    subject = Subject(
        name=name, employer=employer or role.employer, role=role.title, hire_date=when
    )
    return compare(role, you, hire, subject, coverage=Coverage(notes=[note] if note else []))


def run(
    *,
    resume: Path | None,
    posting: str,
    profiles: Sequence[Path],
    hire_name: str | None = None,
    employer: str | None = None,
    hire_date: str | None = None,
    role_title: str | None = None,
    fmt: str = "text",
    out: Path | None = None,
    force: bool = False,
    settings: Any = None,
) -> None:
    """The body of ``runnerup compare``."""
    check_format(fmt)
    check_out(str(out) if out is not None else None, force)
    comparison = build(
        resume=resume,
        posting=posting,
        profiles=profiles,
        hire_name=hire_name,
        employer=employer,
        hire_date=hire_date,
        fetch=(lambda url: fetch_role(url, settings)),
        role_title=role_title,
    )
    emit(comparison, fmt, str(out) if out is not None else None, force=force)
