"""``runnerup lookup``: the main job, end to end."""

from __future__ import annotations

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
    name: Annotated[
        str, typer.Argument(metavar="NAME", help="The name of the person who was hired.")
    ],
    employer: Annotated[
        str,
        typer.Option("--employer", "-e", metavar="EMPLOYER", help="The employer that hired them."),
    ],
    role: Annotated[
        str, typer.Option("--role", "-r", metavar="TITLE", help="The role they were hired for.")
    ],
    posting: Annotated[
        str | None,
        typer.Option("--posting", "-p", metavar="FILE_OR_URL", help="The job posting."),
    ] = None,
    resume: Annotated[
        str | None,
        typer.Option("--resume", metavar="FILE", help="Your resume (PDF, DOCX, TXT, MD, JSON)."),
    ] = None,
    url: Annotated[
        list[str] | None,
        typer.Option("--url", metavar="URL", help="A page you know is theirs (repeatable)."),
    ] = None,
    profile: Annotated[
        list[str] | None,
        typer.Option(
            "--profile",
            metavar="FILE",
            help="A profile you saved yourself, e.g. LinkedIn's 'Save to PDF' (repeatable).",
        ),
    ] = None,
    location: Annotated[
        str | None,
        typer.Option("--location", metavar="PLACE", help="Where they are based, if you know."),
    ] = None,
    hire_date: HireDateOption = None,
    employer_site: Annotated[
        str | None,
        typer.Option("--employer-site", metavar="URL", help="The employer's own website."),
    ] = None,
    source: Annotated[
        list[str] | None,
        typer.Option("--source", "-s", metavar="ID", help="Use only these sources (repeatable)."),
    ] = None,
    include_archived: Annotated[
        bool,
        typer.Option(
            "--include-archived",
            help="Use archived copies (Wayback Machine) of pages the person has taken down.",
        ),
    ] = False,
    pick: PickOption = None,
    yes: YesOption = False,
    fmt: FormatOption = None,
    out: OutOption = None,
    force: ForceOption = False,
) -> None:
    """Find the hire's public career (within each site's terms), make sure it is the right
    person, and compare it with your resume for the role.

    Sources search in parallel; candidates are shown with their scores and reasons. In a
    terminal you choose; otherwise --pick N or --yes decide (exit 3 when unsure)."""
    from research.commands._invocation import run_reporting_errors

    def go() -> None:
        from research.commands.lookup_run import run
        from research.lookup import LookupRequest

        request = LookupRequest.of(
            name,
            employer,
            role,
            location=location,
            hire_date=hire_date,
            employer_site=employer_site,
            urls=url or (),
            posting=posting,
            resume=resume,
            profiles=profile or (),
            sources=source or (),
            include_archived=include_archived,
            pick=pick,
            yes=yes,
        )
        run(ctx, request, fmt=fmt, out=out, force=force)

    run_reporting_errors(go)
