"""``runnerup read FILE_OR_URL``: show what runnerup understood from a resume, a job posting
or a public profile page, as a readable view or (``--json``) the model's JSON.

The command parses its options and prints: what is read as what is decided by
:func:`research.inputs.read_target` (the same readers as ``lookup`` and ``compare``, so
runnerup's own JSON is read here too), and the view is drawn by
:mod:`research.report.career_text`.
"""

from __future__ import annotations

import inspect
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:  # imported where used, so that research.cli can import HELP cheaply
    from rich.console import Console

    from research.model import Career, Role

AS_HELP = (
    "Read it as a resume, a posting or a profile (a web page, read the way the webpage "
    "source reads it, or a saved profile file such as LinkedIn's PDF, read as "
    "compare --profile reads it) instead of guessing."
)
JSON_HELP = "Print the Career or Role as JSON instead of the readable view."
EXPLAIN_HELP = (
    "Also list the sections found and, line by line, whether and why each line was taken."
)


def _read(target: str, read_as: str | None, settings: Any) -> Career | Role:
    """The file, or the URL through a door opened for it (closed when read)."""
    import asyncio

    from research.inputs import check_read_as, is_url, read_target

    if not is_url(target):
        return asyncio.run(read_target(target, read_as))
    check_read_as(read_as)  # before a door is opened
    from research.config import load_config
    from research.doors import open_door

    if settings is None:
        from research.settings import Settings

        settings = Settings()

    async def go() -> Career | Role:
        async with open_door(settings, load_config(settings.config_path), sources=()) as door:
            return await read_target(target, read_as, door)

    return asyncio.run(go())


def run(
    target: str,
    *,
    read_as: str | None = None,
    json_output: bool = False,
    explain: bool = False,
    settings: Any = None,
    console: Console | None = None,
) -> None:
    """The body of ``runnerup read``; errors are RunnerupError subclasses."""
    from research.inputs import explain_file, is_url, posting_note
    from research.model import Career, Role
    from research.report.career_text import show, show_explanation

    result = _read(target, read_as, settings)
    if json_output:
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")
        return
    if console is None:
        from rich.console import Console

        console = Console(highlight=False)
    show(result, console, note=posting_note(result) if isinstance(result, Role) else None)
    if explain:
        if not isinstance(result, Career) or is_url(target):
            console.print("\n--explain explains resumes and profiles read from a file.")
        else:
            show_explanation(explain_file(target, result), console)


def command(
    ctx: typer.Context,
    target: Annotated[
        str, typer.Argument(metavar="FILE_OR_URL", help="A file, or an http(s) URL.")
    ],
    read_as: Annotated[
        str | None, typer.Option("--as", metavar="resume|posting|profile", help=AS_HELP)
    ] = None,
    json_output: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False,
    explain: Annotated[bool, typer.Option("--explain", help=EXPLAIN_HELP)] = False,
) -> None:
    """Show what runnerup understood from a resume, a job posting or a public profile page.

    FILE_OR_URL is a file (PDF, DOCX, HTML, Markdown, text, JSON Resume, runnerup's own
    JSON) or an http(s) URL; the format is detected from the content. Without --as, a web
    page is read as a posting when it carries JobPosting data (schema.org), else as a
    profile; a file (or a document at a URL) is read as a resume unless it looks like a
    posting (JobPosting data, or a 'Requirements' or 'Qualifications' heading and no
    experience section). A URL is fetched
    once, through the same polite door as lookups (robots.txt obeyed).
    """
    from research.commands._invocation import run_reporting_errors, settings_of

    run_reporting_errors(
        lambda: run(
            target,
            read_as=read_as,
            json_output=json_output,
            explain=explain,
            settings=settings_of(ctx),
        )
    )


HELP = inspect.cleandoc(command.__doc__ or "")
"""The command's help text (its docstring)."""

__all__ = ["AS_HELP", "EXPLAIN_HELP", "HELP", "JSON_HELP", "command", "run"]
