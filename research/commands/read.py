"""``runnerup read FILE_OR_URL``: show what runnerup understood from a resume, a job posting
or a public profile page, as a readable view or (``--json``) the model's JSON.

What is read as what (``--as`` overrides it):

* a URL is fetched once through the fetch door (robots.txt and pacing obeyed); a web page
  is a posting when it carries schema.org JobPosting data, else a profile, read the way
  the ``webpage`` source reads pages; a document (PDF, DOCX, text) follows the file rule;
* a file is a resume, unless it looks like a posting: it carries JobPosting data, or it has
  a "Requirements"/"Qualifications"-like heading and no experience section.
"""

from __future__ import annotations

import importlib
import inspect
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer

from research.errors import UsageError

if TYPE_CHECKING:  # imported where used, so that research.cli can import HELP cheaply
    from datetime import datetime

    from rich.console import Console

    from research.model import Career, PartialDate, Requirement, Role, SalaryRange

ReadAs = Literal["resume", "posting", "profile"]
READ_AS: tuple[str, ...] = ("resume", "posting", "profile")

AS_HELP = (
    "Read it as a resume, a posting or a profile (a web page, read the way the webpage "
    "source reads it, or a saved profile file such as LinkedIn's PDF, read as "
    "compare --profile reads it) instead of guessing."
)
JSON_HELP = "Print the Career or Role as JSON instead of the readable view."
EXPLAIN_HELP = (
    "Also list the sections found and, line by line, whether and why each line was taken."
)

_PERIODS = {"year": "a year", "month": "a month", "week": "a week", "day": "a day",
            "hour": "an hour"}  # fmt: skip


def is_url(target: str) -> bool:
    return target.lower().startswith(("http://", "https://"))


def _check_as(read_as: str | None) -> ReadAs | None:
    if read_as is None:
        return None
    value = read_as.strip().lower()
    if value not in READ_AS:
        raise UsageError(
            f"--as {read_as!r} is not one of resume, posting, profile",
            hint="For example: runnerup read posting.pdf --as posting",
        )
    return value  # type: ignore[return-value]


# -- reading ---------------------------------------------------------------------------------


def _parse_profile_page(page: str, url: str, fetched_at: datetime | None) -> Career:
    """The ``webpage`` source's pure parser (imported when used: sources are plugins)."""
    from research.model import Career

    module = importlib.import_module("sources.webpage")
    career = module.parse_profile_page(page, url, fetched_at)
    if not isinstance(career, Career):
        raise TypeError("sources.webpage.parse_profile_page did not return a Career")
    return career


def read_file(path: str, read_as: ReadAs | None) -> Career | Role:
    """A file as a Career or a Role; InputError subclasses for unreadable files."""
    from research.read.files import decode_text, load_document
    from research.read.posting import SOURCE, document_looks_like_posting, posting_from_document

    doc = load_document(path)
    chosen = read_as or ("posting" if document_looks_like_posting(doc) else "resume")
    if chosen == "posting":
        from research.model import Evidence

        return posting_from_document(doc, Evidence(source=SOURCE, file=doc.name))
    if chosen == "profile":
        if doc.kind != "html":
            # a saved profile (LinkedIn's "Save to PDF", the hire's resume, model JSON),
            # read the way ``lookup --profile`` and ``compare --profile`` read it
            from research.commands.compare_run import load_career

            return load_career(Path(path))
        page = decode_text(doc.data) or ""
        return _parse_profile_page(page, Path(path).resolve().as_uri(), None)
    from research.read.resume import read_resume

    return read_resume(path)


async def _fetch(url: str, settings: Any) -> Any:
    from research.config import load_config
    from research.doors import open_door

    async with open_door(settings, load_config(settings.config_path), sources=()) as door:
        return await door.get(url, source="read", purpose="show what runnerup reads")


def read_url(url: str, read_as: ReadAs | None, settings: Any) -> Career | Role:
    """A URL fetched once through the door, read as a Career or a Role."""
    import asyncio

    from research.read.posting import posting_from_fetched, refusal_message
    from research.read.posting_jsonld import has_job_posting

    fetched = asyncio.run(_fetch(url, settings))
    if not fetched.usable:
        raise refusal_message(url, fetched)
    where = fetched.final_url or url
    html = "html" in fetched.content_type.lower()
    if read_as is None and html:
        read_as = "posting" if has_job_posting(fetched.text()) else "profile"
    elif read_as is None:
        from research.read.files import Document, sniff
        from research.read.posting import document_looks_like_posting

        doc = Document(name=where, kind=sniff(fetched.body, where), data=fetched.body)
        read_as = "posting" if document_looks_like_posting(doc) else "resume"
    if read_as == "posting":
        return posting_from_fetched(url, fetched)
    if read_as == "resume":
        from research.read.resume import career_from_bytes

        resume: Career = career_from_bytes(
            fetched.body, name=where, url=where, fetched_at=fetched.provenance.fetched_at
        )
        return resume
    if not html:
        raise UsageError(
            f"{url}: --as profile reads a web page, and this address gives "
            f"{fetched.content_type or 'something else'}",
            hint="Leave out --as, or use --as posting or --as resume for a document.",
        )
    return _parse_profile_page(fetched.text(), where, fetched.provenance.fetched_at)


def read_target(target: str, read_as: str | None, settings: Any) -> Career | Role:
    """What ``runnerup read`` reads: a file or a URL, as a Career or a Role."""
    chosen = _check_as(read_as)
    if is_url(target):
        return read_url(target, chosen, settings)
    return read_file(target, chosen)


# -- showing ---------------------------------------------------------------------------------


def _money(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:,.2f}".rstrip("0").rstrip(".")


def salary_text(salary: SalaryRange | None) -> str:
    if salary is None or (salary.minimum is None and salary.maximum is None):
        return "not stated"
    low, high = salary.minimum, salary.maximum
    if low is not None and high is not None and low != high:
        amount = f"{_money(low)}–{_money(high)}"
    else:
        amount = _money(low if low is not None else high or 0.0)
    parts = [salary.currency or "", amount, _PERIODS.get(salary.period or "", "")]
    return " ".join(p for p in parts if p)


def _span(start: PartialDate | None, end: PartialDate | None) -> tuple[str, str]:
    return (str(start) if start else "?", str(end) if end else ("present" if start else "?"))


def understood(req: Requirement) -> str:
    """A requirement as runnerup reads it: "experience · python · 5+ years"."""
    parts = [req.kind.value]
    if req.skill:
        parts.append(" or ".join([req.skill, *req.alternatives]))
    if req.years is not None:
        parts.append(f"{req.years:g}+ years")
    if req.degree_level:
        parts.append(req.degree_level.value)
    if req.field:
        parts.append(req.field)
    return " · ".join(parts)


def show_role(role: Role, console: Console) -> None:
    from rich.markup import escape
    from rich.table import Table

    from research.read.posting import missing_header_note

    console.print(f"[bold]{escape(role.title or '(no title found)')}[/]")
    where = " · ".join(p for p in (role.employer, role.location) if p)
    if where:
        console.print(escape(where))
    if note := missing_header_note(role):
        console.print(f"[yellow]{escape(note)}[/]")
    posted = role.date_posted.isoformat() if role.date_posted else "not stated"
    console.print(f"Posted: {posted}    Salary: {escape(salary_text(role.salary))}")
    for evidence in role.evidence[:1]:
        console.print(f"Read from: {escape(evidence.where())} ({evidence.method.value})")
    if not role.requirements:
        console.print(
            "\nNo requirements found. runnerup looks for lists under headings such as "
            "'Requirements', 'What you'll need' or 'Nice to have', and for sentences with "
            "'must', 'required' or 'a plus'."
        )
        return
    console.print()
    table = Table(title="Requirements", title_justify="left")
    table.add_column("id", no_wrap=True)
    table.add_column("need", no_wrap=True)
    table.add_column("requirement", ratio=3, overflow="fold")
    table.add_column("understood as", ratio=2, overflow="fold")
    for req in role.requirements:
        table.add_row(
            req.id,
            "required" if req.required else "preferred",
            escape(req.text),
            escape(understood(req)),
        )
    console.print(table)


def _source_line(evidence: list[Any]) -> str:
    """The line an entry was read from (the first of its quote)."""
    for e in evidence:
        if e.quote:
            first: str = e.quote.split("\n", 1)[0]
            return f"{first} (page {e.page})" if e.page else first
    return ""


def show_reading(career: Career, console: Console) -> None:
    """The reader's warnings, first and plain."""
    from rich.markup import escape

    if career.reading is None:
        return
    for warning in career.reading.warnings:
        console.print(f"[bold yellow]![/] {escape(warning)}")
    if career.reading.unread:
        console.print(
            "[bold yellow]![/] Reports treat this document as unread: what it does not show "
            "is unknown, not missing."
        )


def show_career(career: Career, console: Console) -> None:
    from rich.markup import escape
    from rich.table import Table

    console.print(f"[bold]{escape(career.name or '(no name found)')}[/]")
    for line in (career.headline, career.location):
        if line:
            console.print(escape(line))
    show_reading(career, console)
    if career.is_empty():
        console.print(
            "\nNothing found: no experience, education, skills or certifications. If this is "
            "a scanned document, export it again with real text."
        )
        return
    if career.experiences:
        console.print()
        table = Table(title="Experience", title_justify="left")
        for column in ("from", "to", "title", "employer", "location", "read from the line"):
            table.add_column(column, overflow="fold")
        for item in career.experiences:
            start, end = _span(item.start, item.end)
            table.add_row(
                start,
                end,
                escape(item.title),
                escape(item.employer),
                escape(item.location or ""),
                escape(_source_line(item.evidence)),
            )
        console.print(table)
    if career.education:
        console.print()
        table = Table(title="Education", title_justify="left")
        for column in ("from", "to", "institution", "degree", "level", "field", "read from"):
            table.add_column(column, overflow="fold")
        for entry in career.education:
            start, end = _span(entry.start, entry.end)
            table.add_row(
                start if entry.start else "",
                str(entry.end) if entry.end else "",
                escape(entry.institution),
                escape(entry.degree),
                entry.level.value if entry.level else "",
                escape(entry.field or ""),
                escape(_source_line(entry.evidence)),
            )
        console.print(table)
    lists = (
        ("Skills", [s.name for s in career.skills]),
        (
            "Certifications",
            [f"{c.name} ({c.date})" if c.date else c.name for c in career.certifications],
        ),
        ("Languages", [f"{x.name} ({x.level})" if x.level else x.name for x in career.languages]),
        ("Public work", [w.title for w in career.work]),
    )
    for title, names in lists:
        if names:
            console.print(f"[bold]{title}:[/] {escape(', '.join(names))}")


def show(result: Career | Role, console: Console) -> None:
    from research.model import Role

    if isinstance(result, Role):
        show_role(result, console)
    else:
        show_career(result, console)


def explain_file(path: str, career: Career) -> list[Any]:
    """Per line of a resume file: its section, and whether and why it was taken (empty
    for a LinkedIn PDF or a JSON Resume, which have readers of their own)."""
    from research.read.explain import explain_blocks
    from research.read.files import load_document
    from research.read.resume import document_blocks

    blocks = document_blocks(load_document(path))
    return [] if blocks is None else explain_blocks(blocks, career)


def show_explanation(notes: list[Any], console: Console) -> None:
    from rich.markup import escape
    from rich.table import Table

    console.print()
    if not notes:
        console.print(
            "No line-by-line explanation: this document was read by a reader of its own "
            "(LinkedIn PDF or JSON Resume)."
        )
        return
    sections = [n.section for n in notes if not n.text]
    console.print(f"[bold]Sections found:[/] {escape(', '.join(sections) or 'none')}")
    table = Table(title="Line by line", title_justify="left")
    table.add_column("section", no_wrap=True)
    table.add_column("line", ratio=3, overflow="fold")
    table.add_column("taken", no_wrap=True)
    table.add_column("why", ratio=2, overflow="fold")
    for note in notes:
        if not note.text:
            continue
        table.add_row(
            escape(note.section),
            escape(note.text),
            "yes" if note.taken else "no",
            escape(note.why),
        )
    console.print(table)


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
    from research.model import Career

    if settings is None:
        from research.settings import Settings

        settings = Settings()
    result = read_target(target, read_as, settings)
    if json_output:
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")
        return
    if console is None:
        from rich.console import Console

        console = Console(highlight=False)
    show(result, console)
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

    FILE_OR_URL is a file (PDF, DOCX, HTML, Markdown, text, JSON Resume) or an http(s) URL;
    the format is detected from the content. Without --as, a web page is read as a posting
    when it carries JobPosting data (schema.org), else as a profile; a file (or a document
    at a URL) is read as a resume unless it looks like a posting (JobPosting data, or a
    'Requirements' or 'Qualifications' heading and no experience section). A URL is fetched
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

__all__ = [
    "AS_HELP",
    "EXPLAIN_HELP",
    "HELP",
    "JSON_HELP",
    "READ_AS",
    "command",
    "is_url",
    "read_file",
    "read_target",
    "read_url",
    "run",
    "salary_text",
    "show",
    "show_career",
    "show_role",
    "understood",
]
