"""Why each line of a resume was or was not taken: the sections found and, per line, what
it became ("job 2: header", "skills", "not taken: before any section heading"). Pure: it
re-reads the document's blocks the way :mod:`research.read.resume` does and matches them
to the evidence of the career that was read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from research.model import Career
from research.read.blocks import Block
from research.read.entries import is_detail
from research.read.resume import clean_blocks, split_sections

_SECTION_NAMES = {
    "experience": "Experience",
    "education": "Education",
    "skills": "Skills",
    "certifications": "Certifications",
    "projects": "Projects",
    "publications": "Publications",
    "talks": "Talks",
    "patents": "Patents",
    "languages": "Languages",
    "summary": "Summary",
    "contact": "Contact",
    "other": "Other (not read)",
}


@dataclass(frozen=True)
class LineNote:
    section: str
    text: str
    taken: bool
    why: str


def _uses(career: Career) -> list[tuple[str, str]]:
    """(label, evidence quote) of every item read."""
    out: list[tuple[str, str]] = []
    for i, e in enumerate(career.experiences, 1):
        label = f"job {i}: {e.title or '?'} at {e.employer or '?'}"
        out += [(label, ev.quote) for ev in e.evidence]
    for i, d in enumerate(career.education, 1):
        out += [(f"education {i}: {d.institution or d.degree}", ev.quote) for ev in d.evidence]
    for c in career.certifications:
        out += [(f"certification: {c.name}", ev.quote) for ev in c.evidence]
    for w in career.work:
        out += [(f"{w.kind}: {w.title}", ev.quote) for ev in w.evidence]
    for s in career.skills:
        out += [(f"skill: {s.name}", ev.quote) for ev in s.evidence]
    for x in career.languages:
        out += [(f"language: {x.name}", ev.quote) for ev in x.evidence]
    return out


def _quoted(text: str, quote: str) -> bool:
    """The line is in the quote, whole or as the head of a line that held a whole job
    ("- Accountant, Acme — 2019 – 2025 — month-end close." quotes its head and summary
    apart)."""
    lines = quote.split("\n")
    return text in lines or any(
        len(q) >= 12 and text.startswith(q) and re.match(r"\s*[—–|:;.-]", text[len(q) :])
        for q in lines
    )


def _label(text: str, uses: list[tuple[str, str]]) -> str | None:
    found = [label for label, quote in uses if _quoted(text, quote)]
    if not found:
        return None
    skills = [f for f in found if f.startswith(("skill: ", "language: "))]
    if len(skills) > 1 and len(skills) == len(found):
        return f"{len(skills)} items: " + ", ".join(f.split(": ", 1)[1] for f in skills[:6])
    return found[0]


def _why_not(kind: str, block: Block) -> str:
    if kind == "other":
        return "not taken: in a section runnerup does not read"
    if kind == "summary":
        return "read into the summary"
    if kind in {"experience", "projects", "publications", "talks", "patents"} and is_detail(block):
        return "not taken: a sentence or bullet with no entry above it"
    if kind == "experience":
        return "not taken: no title or employer found in the lines around it"
    return "not taken: not recognised in this section"


def explain_blocks(blocks: list[Block], career: Career) -> list[LineNote]:
    """One note per block, in document order."""
    cleaned = clean_blocks(blocks)
    scratch = Career()
    header, sections = split_sections(cleaned, scratch)
    uses = _uses(career)
    notes: list[LineNote] = []
    if scratch.name:
        notes.append(
            LineNote("Header", scratch.name, True, "the name (largest type or first line)")
        )
    for block in header:
        if block.text == career.name or (career.name and block.text.startswith(career.name)):
            why = "the name"
        elif block.text == career.headline:
            why = "the headline"
        elif block.text == career.location:
            why = "the location"
        else:
            why = "not taken: header line before the first section"
        notes.append(LineNote("Header", block.text, not why.startswith("not"), why))
    for kind, body in sections:
        name = _SECTION_NAMES.get(kind, kind)
        notes.append(LineNote(name, "", True, f"section heading: {name}"))
        for block in body:
            label = _label(block.text, uses)
            if label is not None:
                notes.append(LineNote(name, block.text, True, label))
            else:
                why = _why_not(kind, block)
                notes.append(LineNote(name, block.text, not why.startswith("not"), why))
    return notes


__all__ = ["LineNote", "explain_blocks"]
