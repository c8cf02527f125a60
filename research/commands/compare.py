"""``runnerup compare``: the whole comparison from files, no source search.

Inputs: your resume (``--resume``), the posting (``--posting``, a file or an http(s) URL,
fetched through the door), and one or more saved profiles of the hire (``--profile``,
repeatable; a LinkedIn "Save to PDF" reads like any resume). Files ending in ``.json`` may
also hold a :class:`~research.model.Career` or :class:`~research.model.Role` as runnerup's own
model JSON; any other JSON (a JSON Resume) goes to the readers. Several profiles go through
identity first (:func:`research.inputs.hire_from_profiles`): files that are one person merge
into one hire career (experiences deduplicated by employer, title and start); files of
different people are never merged: at a terminal the user is asked which is the hire;
otherwise the candidates are listed (exit 3) unless ``--pick N`` (or ``--yes``, when one
clearly stands out) chooses.
``--role`` and ``--employer`` fill the posting's title and employer when it has none.

Output: the format is ``--format``, else the ``--out`` file's extension, else ``text``;
a contradiction between the two is a usage error (exit 2). ``text`` goes to the terminal,
``md`` and ``json`` to stdout;
``html`` and ``pdf`` without ``--out`` are written to ``runnerup-report.html`` /
``runnerup-report.pdf`` in the current folder and the path is printed. An existing file is
never overwritten: a default name is numbered when taken (``runnerup-report-2.html``),
and an existing ``--out`` needs ``--force`` (else a usage error naming the file, exit 2).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from research.commands._options import (
    ForceOption,
    FormatOption,
    HireDateOption,
    OutOption,
    PickOption,
    YesOption,
)


def command(
    ctx: typer.Context,
    resume: Annotated[
        Path | None,
        typer.Option("--resume", metavar="FILE", help="Your resume (PDF, DOCX, TXT, MD, JSON)."),
    ] = None,
    posting: Annotated[
        str,
        typer.Option(
            "--posting", "-p", metavar="FILE_OR_URL", help="The job posting: a file or URL."
        ),
    ] = "",
    profile: Annotated[
        list[Path] | None,
        typer.Option(
            "--profile",
            metavar="FILE",
            help=(
                "A saved profile or resume of the hire (repeatable). Several files are merged "
                "only when they are one person; otherwise the candidates are listed (exit 3)."
            ),
        ),
    ] = None,
    hire_name: Annotated[
        str | None,
        typer.Option(
            "--hire-name", metavar="NAME", help="The hire's name (default: the profile's)."
        ),
    ] = None,
    role: Annotated[
        str | None,
        typer.Option(
            "--role",
            "-r",
            metavar="TITLE",
            help="The role's title, when the posting does not state it.",
        ),
    ] = None,
    employer: Annotated[
        str | None,
        typer.Option(
            "--employer",
            "-e",
            metavar="NAME",
            help="The employer, when the posting does not state it.",
        ),
    ] = None,
    hire_date: HireDateOption = None,
    pick: PickOption = None,
    yes: YesOption = False,
    fmt: FormatOption = None,
    out: OutOption = None,
    force: ForceOption = False,
) -> None:
    """Compare your resume with the hire's saved profile(s) for one posting (no search)."""
    from research.commands._invocation import run_reporting_errors, settings_of
    from research.commands.compare_run import CompareOptions, run
    from research.errors import UsageError

    def body() -> None:
        if not posting:
            raise UsageError("--posting is required", hint="Give the posting as a file or URL.")
        run(
            CompareOptions(
                resume=resume,
                posting=posting,
                profiles=tuple(profile or ()),
                hire_name=hire_name,
                role=role,
                employer=employer,
                hire_date=hire_date,
                pick=pick,
                yes=yes,
                fmt=fmt,
                out=out,
                force=force,
            ),
            settings=settings_of(ctx) if posting.startswith(("http://", "https://")) else None,
        )

    run_reporting_errors(body)
