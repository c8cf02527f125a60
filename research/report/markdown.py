"""The Markdown report. Text from outside is kept as it is (table cells have ``|`` escaped
and line breaks folded); links are made only for plain http(s) URLs."""

from __future__ import annotations

from research.model import Comparison, Evidence, SideVerdict
from research.report.view import (
    ACTION_LABEL,
    LEANS_LABEL,
    VERDICT_LABEL,
    answers,
    as_of_text,
    safe_url,
    title,
)


def cell(text: str) -> str:
    """Text safe inside a table cell."""
    return " ".join(text.split()).replace("\\", "\\\\").replace("|", "\\|")


def line(text: str) -> str:
    return " ".join(text.split())


def link(url: str | None, label: str | None = None) -> str:
    safe = safe_url(url)
    if safe is None:
        return line(url or "")
    shown = line(label or url or "").replace("[", "\\[").replace("]", "\\]")
    return f"[{shown}](<{safe.replace('>', '%3E').replace('<', '%3C')}>)"


def evidence(e: Evidence) -> str:
    where = link(e.url) if e.url else line(e.where())
    return f"“{line(e.quote)}” — {where}" if e.quote else where


def _side(side: SideVerdict) -> str:
    text = f"**{VERDICT_LABEL[side.verdict]}**"
    if side.note:
        text += f" {side.note}"
    if side.evidence:
        text += " (" + "; ".join(evidence(e) for e in side.evidence) + ")"
    return cell(text)


def render_markdown(comparison: Comparison) -> str:
    out: list[str] = [f"# runnerup: {line(title(comparison))}", ""]
    if comparison.as_of is not None:
        out += [f"Measured as of {as_of_text(comparison)}.", ""]
    if comparison.coverage.reading:
        out += ["**Reading problems**", ""]
        out += [f"- {line(text)}" for text in comparison.coverage.reading]
        out.append("")
    chosen = comparison.identity.chosen
    if chosen is not None:
        reasons = "; ".join(line(r) for r in chosen.reasons)
        out += [
            f"The hire's profile: {line(chosen.name)}, identity score {chosen.score:.2f} "
            f"({comparison.identity.decided_by})" + (f": {reasons}" if reasons else "") + ".",
            "",
        ]
    out += ["## The six questions", "", "| # | Question | Leans | Answer |", "|---|---|---|---|"]
    for number, label, answer in answers(comparison):
        out.append(f"| {number} | {label} | {LEANS_LABEL[answer.leans]} | {cell(answer.summary)} |")
    out += ["", "## The posting's requirements", ""]
    if comparison.requirements:
        out += ["| Requirement | You | The hire |", "|---|---|---|"]
        for row in comparison.requirements:
            req = row.requirement
            kind = "required" if req.required else "preferred"
            out.append(f"| {cell(req.text)} ({kind}) | {_side(row.you)} | {_side(row.hire)} |")
    else:
        out.append("The posting lists no requirements runnerup could read.")
    out += ["", "## The answers in detail", ""]
    for number, _, answer in answers(comparison):
        out += [
            f"### {number}. {answer.question} (leans: {LEANS_LABEL[answer.leans]})",
            "",
            line(answer.summary),
            "",
        ]
        for point in answer.points:
            ev = "; ".join(evidence(e) for e in point.evidence)
            out.append(f"- {line(point.text)}" + (f" ({ev})" if ev else ""))
        if answer.points:
            out.append("")
    if comparison.actions:
        out += ["## What you can do", ""]
        for i, action in enumerate(comparison.actions, 1):
            flips = f" (would flip {action.flips} required)" if action.flips else ""
            out.append(f"{i}. **{ACTION_LABEL[action.kind]}**{flips}: {line(action.text)}")
        out.append("")
    out += ["## How much runnerup saw", ""]
    for source in comparison.coverage.sources:
        out.append(f"- {line(source.source)}: {line(source.summary)}")
    for note in comparison.coverage.notes:
        out.append(f"- {line(note)}")
    out.append("")
    if comparison.feedback_request:
        out += [
            "## A feedback request you could send",
            "",
            "To the hiring manager or recruiter, never to the person hired.",
            "",
        ]
        out += ["> " + text if text else ">" for text in comparison.feedback_request.splitlines()]
        out.append("")
    if comparison.sources:
        out += ["## Sources", ""]
        for ref in comparison.sources:
            where = link(ref.url) if ref.url else line(ref.file or "")
            rule = f" (read under {line(ref.rule)})" if ref.rule else ""
            out.append(f"- {line(ref.source)}: {where}{rule}")
        out.append("")
    return "\n".join(out)


__all__ = ["cell", "link", "render_markdown"]
