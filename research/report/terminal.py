"""The terminal report (rich): the six answers first, then the matrix, actions, coverage and
the feedback draft. Every string from outside is a :class:`rich.text.Text`, never markup,
so brackets in the input print as they are. Fits 80 columns."""

from __future__ import annotations

import io

from rich import box
from rich.console import Console, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from research.model import Comparison, SideVerdict, Verdict
from research.report.view import (
    ACTION_LABEL,
    LEANS_LABEL,
    VERDICT_LABEL,
    answers,
    as_of_text,
    shorten,
    title,
)

WIDTH = 80
NOTE_LIMIT = 160
TEXT_LIMIT = 400
_STYLE = {
    Verdict.MET: "green",
    Verdict.PARTIAL: "yellow",
    Verdict.NOT_SHOWN: "red",
    Verdict.UNKNOWN: "dim",
}


def _cell(side: SideVerdict) -> Text:
    text = Text(VERDICT_LABEL[side.verdict], style=_STYLE[side.verdict] + " bold")
    if side.note:
        text.append("\n" + shorten(side.note, NOTE_LIMIT))
    return text


def _heading(text: str) -> Text:
    return Text("\n" + text, style="bold underline")


def renderables(comparison: Comparison) -> list[RenderableType]:
    """The report as rich renderables, top to bottom."""
    out: list[RenderableType] = []
    head = Text(f"runnerup: {shorten(title(comparison), 200)}", style="bold")
    if comparison.as_of is not None:
        head.append(f"\nMeasured as of {as_of_text(comparison)}.")
    out.append(Panel(head, box=box.ROUNDED))
    if comparison.coverage.reading:
        problems = Text("\n".join(comparison.coverage.reading))
        out.append(Panel(problems, title="Reading problems", box=box.ROUNDED, style="yellow"))

    summary = Table(box=box.SIMPLE, show_header=True, expand=True, title="The six questions")
    summary.add_column("#", width=1, no_wrap=True)
    summary.add_column("Question", ratio=2)
    summary.add_column("Leans", width=8, no_wrap=True)
    summary.add_column("Answer", ratio=5)
    for number, label, answer in answers(comparison):
        summary.add_row(
            number,
            Text(label),
            Text(LEANS_LABEL[answer.leans], style="bold"),
            Text(shorten(answer.summary, TEXT_LIMIT)),
        )
    out.append(summary)

    matrix = Table(box=box.SIMPLE_HEAD, expand=True, title="Requirements", show_lines=True)
    matrix.add_column("Requirement", ratio=3)
    matrix.add_column("You", ratio=3)
    matrix.add_column("The hire", ratio=3)
    for row in comparison.requirements:
        req = row.requirement
        req_text = Text(shorten(req.text, NOTE_LIMIT))
        req_text.append("\n" + ("required" if req.required else "preferred"), style="dim")
        matrix.add_row(req_text, _cell(row.you), _cell(row.hire))
    if comparison.requirements:
        out.append(matrix)
    else:
        out.append(Text("\nThe posting lists no requirements runnerup could read."))

    if comparison.actions:
        out.append(_heading("What you can do"))
        for action in comparison.actions:
            line = Text(f"• {ACTION_LABEL[action.kind]}: ", style="bold")
            line.append(shorten(action.text, TEXT_LIMIT))
            out.append(line)

    out.append(_heading("Coverage"))
    for source in comparison.coverage.sources:
        out.append(Text(f"• {source.source}: {shorten(source.summary, TEXT_LIMIT)}"))
    for note in comparison.coverage.notes:
        out.append(Text(f"• {shorten(note, TEXT_LIMIT)}"))

    if comparison.feedback_request:
        out.append(_heading("A feedback request you could send (to the hiring team)"))
        out.append(Text(comparison.feedback_request))
    return out


def print_report(comparison: Comparison, console: Console) -> None:
    """Print the report on a console (colours as the console allows)."""
    for item in renderables(comparison):
        console.print(item)


def render_text(comparison: Comparison, width: int = WIDTH) -> str:
    """The report as plain text, ``width`` columns wide."""
    console = Console(
        width=width, record=True, color_system=None, file=io.StringIO(), highlight=False
    )
    print_report(comparison, console)
    return console.export_text()


__all__ = ["WIDTH", "print_report", "render_text", "renderables"]
