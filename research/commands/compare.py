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
never overwritten: a default name is numbered when taken (``runnerup-report-2.html``),
and an existing ``--out`` needs ``--force`` (else a usage error naming the file, exit 2).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


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
    role_title: Annotated[
        str | None,
        typer.Option(
            "--role", metavar="TITLE", help="The job title (when the posting does not say it)."
        ),
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
    from research.commands.compare_run import run
    from research.errors import UsageError

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
            role_title=role_title,
            fmt=fmt,
            out=out,
            force=force,
            settings=settings_of(ctx) if posting.startswith(("http://", "https://")) else None,
        )

    run_reporting_errors(body)
