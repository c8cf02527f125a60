"""Careers and roles for the terminal: what ``runnerup read`` shows (the readable view of a
resume, a profile or a posting; a posting's salary written by :mod:`research.money`).

Pure rendering: each function takes the model and a :class:`rich.console.Console`; nothing
here reads a file or knows how the model was made (notes the readers add, such as a missing
job title, are passed in).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from research.model import Career, Evidence, PartialDate, Requirement, Role
from research.money import salary_text

if TYPE_CHECKING:
    from rich.console import Console


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


def show_role(role: Role, console: Console, *, note: str | None = None) -> None:
    """The posting: title, employer and place, ``note`` (e.g. what to give when the title
    was not found), date, salary, where it was read from, and the requirements table."""
    from rich.markup import escape
    from rich.table import Table

    console.print(f"[bold]{escape(role.title or '(no title found)')}[/]")
    where = " · ".join(p for p in (role.employer, role.location) if p)
    if where:
        console.print(escape(where))
    if note:
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


def _source_line(evidence: Sequence[Evidence]) -> str:
    """The line an entry was read from (the first of its quote)."""
    for e in evidence:
        if e.quote:
            first = e.quote.split("\n", 1)[0]
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
    """A career: name, headline, the reader's warnings, experience and education tables
    (each row with the line it was read from), then skills, certifications, languages and
    public work."""
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
            start, _ = _span(entry.start, entry.end)
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


def show(result: Career | Role, console: Console, *, note: str | None = None) -> None:
    """A career or a role, whichever it is (``note`` goes with a role)."""
    if isinstance(result, Role):
        show_role(result, console, note=note)
    else:
        show_career(result, console)


class LineNote(Protocol):
    """One line of a document as the reader took it (``research.read.explain``)."""

    @property
    def section(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def taken(self) -> bool: ...
    @property
    def why(self) -> str: ...


def show_explanation(notes: Sequence[LineNote], console: Console) -> None:
    """The sections found, then each line: its section, whether it was taken, and why."""
    from rich.markup import escape
    from rich.table import Table

    console.print()
    if not notes:
        console.print(
            "No line-by-line explanation: this document was read by a reader of its own "
            "(LinkedIn PDF, JSON Resume or runnerup's own JSON)."
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


__all__ = [
    "LineNote",
    "salary_text",
    "show",
    "show_career",
    "show_explanation",
    "show_reading",
    "show_role",
    "understood",
]
