"""``runnerup compare``: the whole comparison from files, no source search.

Inputs: your resume (``--resume``), the posting (``--posting``, a file or an http(s) URL,
fetched through the door), and one or more saved profiles of the hire (``--profile``,
repeatable; a LinkedIn "Save to PDF" reads like any resume). Files ending in ``.json`` may
also hold a :class:`~research.model.Career` or :class:`~research.model.Role` as runnerup's own
model JSON; any other JSON (a JSON Resume) goes to the readers. Several profiles merge into
one hire career; experiences are deduplicated by employer, title and start.

Output: ``text`` (the default) goes to the terminal, ``md`` and ``json`` to stdout;
``html`` and ``pdf`` without ``--out`` are written to ``runnerup-report.html`` /
``runnerup-report.pdf`` in the current folder and the path is printed. An existing file is
never overwritten without ``--force``: that is a usage error naming the file (exit 2).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from pydantic import ValidationError

from research.errors import DocumentNotFound, UsageError
from research.model import (
    Career,
    Comparison,
    PartialDate,
    Role,
    Subject,
)

CLI_WIRING = '''
@app.command("compare")
def compare(
    ctx: typer.Context,
    resume: Annotated[Path | None, typer.Option(
        "--resume", metavar="FILE", help="Your resume (PDF, DOCX, TXT, MD, JSON).")] = None,
    posting: Annotated[str, typer.Option(
        "--posting", metavar="FILE_OR_URL", help="The job posting: a file or a URL.")] = "",
    profile: Annotated[list[Path] | None, typer.Option(
        "--profile", metavar="FILE",
        help="A saved profile or resume of the hire (repeatable; merged into one).")] = None,
    hire_name: Annotated[str | None, typer.Option(
        "--hire-name", metavar="NAME", help="The hire's name.")] = None,
    employer: Annotated[str | None, typer.Option(
        "--employer", metavar="NAME", help="The employer (default: the posting's).")] = None,
    hire_date: Annotated[str | None, typer.Option(
        "--hire-date", metavar="YYYY-MM", help="When the hire started.")] = None,
    fmt: Annotated[str, typer.Option(
        "--format", metavar="FORMAT", help="text, html, md, json or pdf.")] = "text",
    out: Annotated[Path | None, typer.Option(
        "--out", metavar="PATH",
        help="Write the report here (html and pdf default to ./runnerup-report.EXT).")] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Overwrite an existing --out file.")] = False,
) -> None:
    """Compare your resume with the hire's saved profile(s) for one posting (no search)."""
    from research.commands.compare import command

    command(ctx, resume, posting, profile, hire_name, employer, hire_date, fmt, out, force)
'''
"""The declaration ``research/cli.py`` needs (it also needs ``from pathlib import Path`` at
module level): options declared there, the body imported lazily. A test runs this text."""

DEFAULT_NAME = "runnerup-report"
FILE_FORMATS = frozenset({"html", "pdf"})
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


def _key(*parts: object) -> tuple[str, ...]:
    return tuple(" ".join(str(p or "").casefold().split()) for p in parts)


def merge_careers(careers: Sequence[Career]) -> Career:
    """One career from several profiles of the same person: first non-empty name,
    headline, location and summary; items deduplicated (experiences by employer, title and
    start; education by institution, degree and end; the rest by name or title), the
    evidence of duplicates kept together."""
    if not careers:
        raise UsageError("no --profile given", hint="Give the hire's saved profile with --profile.")
    merged = careers[0].model_copy(deep=True)
    for other in careers[1:]:
        for attr in ("name", "headline", "location", "summary"):
            if not getattr(merged, attr) and getattr(other, attr):
                setattr(merged, attr, getattr(other, attr))
        _merge(merged.experiences, other.experiences, lambda e: _key(e.employer, e.title, e.start))
        _merge(merged.education, other.education, lambda e: _key(e.institution, e.degree, e.end))
        _merge(merged.certifications, other.certifications, lambda c: _key(c.name))
        _merge(merged.skills, other.skills, lambda s: _key(s.id or s.name))
        _merge(merged.languages, other.languages, lambda lang: _key(lang.name))
        _merge(merged.work, other.work, lambda w: _key(w.title, w.url))
    return merged


def _merge(into: list[Any], items: list[Any], key: Callable[[Any], tuple[str, ...]]) -> None:
    index = {key(item): item for item in into}
    for item in items:
        found = index.get(key(item))
        if found is None:
            copy = item.model_copy(deep=True)
            into.append(copy)
            index[key(item)] = copy
        else:
            found.evidence.extend(e for e in item.evidence if e not in found.evidence)


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
) -> Comparison:
    """Read every input and compare: the Comparison the report renders."""
    from research.compare import compare

    when = _date(hire_date)
    role = load_role(posting, fetch)
    you = load_career(resume) if resume is not None else None
    hire = merge_careers([load_career(p) for p in profiles])
    name = hire_name or hire.name or "the hire"
    subject = Subject(
        name=name, employer=employer or role.employer, role=role.title, hire_date=when
    )
    return compare(role, you, hire, subject)


def _check_format(fmt: str) -> None:
    from research.report import FORMATS

    if fmt not in FORMATS:
        raise UsageError(f"unknown --format {fmt!r}", hint="Use one of: " + ", ".join(FORMATS))


def emit(comparison: Comparison, fmt: str, out: Path | None, force: bool) -> Path | None:
    """Write or print the report; the path written, if any."""
    from research.report import EXTENSIONS, render, write_report

    if out is None and fmt in FILE_FORMATS:
        out = Path(f"{DEFAULT_NAME}.{EXTENSIONS[fmt]}")
    if out is not None:
        written = write_report(comparison, fmt, out, force)
        sys.stdout.write(f"Wrote {written}\n")
        return written
    if fmt == "text":
        from rich.console import Console

        from research.report.terminal import print_report

        console = Console(highlight=False)
        if not console.is_terminal:
            console = Console(highlight=False, width=80)
        print_report(comparison, console)
        return None
    data = render(comparison, fmt)
    sys.stdout.write(data if isinstance(data, str) else data.decode("utf-8"))
    return None


def run(
    *,
    resume: Path | None,
    posting: str,
    profiles: Sequence[Path],
    hire_name: str | None = None,
    employer: str | None = None,
    hire_date: str | None = None,
    fmt: str = "text",
    out: Path | None = None,
    force: bool = False,
    settings: Any = None,
) -> None:
    """The body of ``runnerup compare``."""
    _check_format(fmt)
    target = out
    if target is None and fmt in FILE_FORMATS:
        from research.report import EXTENSIONS

        target = Path(f"{DEFAULT_NAME}.{EXTENSIONS[fmt]}")
    if target is not None and target.exists() and not force:
        raise UsageError(f"{target} already exists", hint="Use --force to overwrite it.")
    comparison = build(
        resume=resume,
        posting=posting,
        profiles=profiles,
        hire_name=hire_name,
        employer=employer,
        hire_date=hire_date,
        fetch=(lambda url: fetch_role(url, settings)),
    )
    emit(comparison, fmt, target, force)


def command(
    ctx: typer.Context,
    resume: Annotated[
        Path | None,
        typer.Option("--resume", metavar="FILE", help="Your resume (PDF, DOCX, TXT, MD, JSON)."),
    ] = None,
    posting: Annotated[
        str,
        typer.Option("--posting", metavar="FILE_OR_URL", help="The job posting: a file or URL."),
    ] = "",
    profile: Annotated[
        list[Path] | None,
        typer.Option(
            "--profile",
            metavar="FILE",
            help="A saved profile or resume of the hire (repeatable; merged into one).",
        ),
    ] = None,
    hire_name: Annotated[
        str | None, typer.Option("--hire-name", metavar="NAME", help="The hire's name.")
    ] = None,
    employer: Annotated[
        str | None,
        typer.Option("--employer", metavar="NAME", help="The employer (default: the posting's)."),
    ] = None,
    hire_date: Annotated[
        str | None,
        typer.Option("--hire-date", metavar="YYYY-MM", help="When the hire started."),
    ] = None,
    fmt: Annotated[
        str,
        typer.Option("--format", metavar="FORMAT", help="text, html, md, json or pdf."),
    ] = "text",
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            metavar="PATH",
            help="Write the report here (html and pdf default to ./runnerup-report.EXT).",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite an existing --out file.")
    ] = False,
) -> None:
    """Compare your resume with the hire's saved profile(s) for one posting (no search)."""
    from research.cli import run_reporting_errors, settings_of

    def body() -> None:
        if not posting:
            raise UsageError("--posting is required", hint="Give the posting as a file or URL.")
        run(
            resume=resume,
            posting=posting,
            profiles=profile or [],
            hire_name=hire_name,
            employer=employer,
            hire_date=hire_date,
            fmt=fmt,
            out=out,
            force=force,
            settings=settings_of(ctx) if posting.startswith(("http://", "https://")) else None,
        )

    run_reporting_errors(body)


app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
"""A one-command app holding the ``compare`` declaration (tests run it with CliRunner;
``research.cli`` registers :func:`command` as ``runnerup compare``)."""
app.command("compare")(command)


@app.callback()
def _group() -> None:
    """runnerup compare (stand-alone)."""


__all__ = [
    "DEFAULT_NAME",
    "app",
    "build",
    "command",
    "emit",
    "fetch_role",
    "load_career",
    "load_role",
    "merge_careers",
    "run",
]
