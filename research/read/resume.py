"""Resumes -> :class:`~research.model.Career`, from any format.

Every format is first reduced to blocks (:mod:`research.read.blocks`); contact details are
scrubbed from each block before anything else reads it; then the blocks are cut into
sections at their headings and each section's entries are read by
:mod:`research.read.entries`. Every item keeps evidence quoting the lines it came from.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from research.errors import BrokenDocument, UnsupportedDocument
from research.model import Career, Evidence, Language, Method, Skill
from research.read import diagnose, entries, lists, vocab
from research.read.blocks import (
    Block,
    docx_blocks,
    html_blocks,
    pdf_blocks,
    strip_bullet,
    text_blocks,
)
from research.read.contact import scrub_line as scrub
from research.read.dates import DATE_PATTERN, MONTHS, parse_range
from research.read.files import Document, DocumentKind, decode_text, load_document, sniff
from research.read.jsonresume import career_from_json_resume, is_json_resume
from research.read.linkedin import career_from_linkedin_lines, is_linkedin_pdf
from research.read.names import read_header, take_name
from research.read.pdf import pdf_lines
from research.read.sections import (
    SectionKind,
    heading_kind,
    inline_heading,
    role_score,
)

_METHODS: dict[DocumentKind, Method] = {
    "pdf": Method.PDF,
    "docx": Method.DOCX,
    "html": Method.HTML,
    "text": Method.TEXT,
    "markdown": Method.TEXT,
    "json": Method.JSON_RESUME,
}
_WEAK_HEADINGS = {
    "work",
    "career",
    "tools",
    "expertise",
    "training",
    "leadership",
    "courses",
    "profile",
    "about",
    "objective",
    "positions",
    "technologies",
    "qualifications",
    "credentials",
    "activities",
    "papers",
    "talks",
    "patents",
    "formation",
    "profil",
    "résumé",
}


def _quote(blocks: list[Block]) -> str:
    text = "\n".join(b.text for b in blocks)
    return text if len(text) <= 600 else text[:597] + "..."


def _evidence_maker(template: Evidence) -> Callable[[list[Block]], Evidence]:
    def make(blocks: list[Block]) -> Evidence:
        page = next((b.page for b in blocks if b.page is not None), template.page)
        return template.model_copy(update={"quote": _quote(blocks), "page": page})

    return make


def _section_of(block: Block, current: SectionKind | None) -> SectionKind | None:
    if block.bullet:
        return None
    kind = heading_kind(block.text)
    if kind is None:
        return None
    plain = block.text.strip().strip(":").lower()
    strong = block.heading > 0 or block.bold or block.text.isupper() or block.text.endswith(":")
    # "Tools" or "Training" inside a skills list is a label, not a new section
    if (
        plain in _WEAK_HEADINGS
        and not strong
        and (current == "skills" or not block.text[:1].isupper())
    ):
        return None
    return kind


def _is_unknown_heading(block: Block, section_level: int) -> bool:
    if block.bullet or re.search(r"\d", block.text) or len(block.text.split()) > 4:
        return False
    if block.heading and section_level and block.heading <= section_level:
        return True
    letters = re.sub(r"[^A-Za-zÀ-ÿ]", "", block.text)
    has_word = any(len(word) >= 5 for word in re.findall(r"[A-Za-zÀ-ÿ]+", block.text))
    return (
        has_word
        and letters.isupper()
        and not block.heading
        and not re.search(r"[,|;]", block.text)
        and role_score(block.text) == 0
    )


def _dated_role(block: Block) -> bool:
    """A heading or short list item that names a dated role ("Engineer, Acme (2019 - now)")."""
    if not (block.heading or block.bullet or block.bold) or len(block.text.split()) > 16:
        return False
    found = parse_range(block.text)
    if found is None or found.start is None:
        return False
    return role_score(block.text) > 0


def _dated_soon(blocks: list[Block], index: int) -> bool:
    """A date range in the next few lines: the heading-like line heads an entry (an employer
    or a title set large), not a new section."""
    for block in blocks[index + 1 : index + 4]:
        if heading_kind(block.text) is not None:
            return False
        found = parse_range(block.text)
        if found is not None and found.start is not None and len(block.text.split()) <= 12:
            return True
    return False


def _sections(blocks: list[Block]) -> tuple[list[Block], list[tuple[SectionKind, list[Block]]]]:
    header: list[Block] = []
    sections: list[tuple[SectionKind, list[Block]]] = []
    section_level = 0
    for index, block in enumerate(blocks):
        kind = _section_of(block, sections[-1][0] if sections else None)
        if kind is not None:
            sections.append((kind, []))
            if block.heading:
                section_level = max(section_level, block.heading)
            continue
        current = sections[-1][0] if sections else None
        if current in {None, "summary", "other", "contact"} and _dated_role(block):
            # "## Staff Engineer, Globex (2020 – present)" with no Experience heading above
            sections.append(("experience", [block]))
            continue
        # "Languages: Python, Go" inside a skills section is a label of the list
        inline = None if block.bullet or current == "skills" else inline_heading(block.text)
        if inline is not None and inline[0] in {
            "skills",
            "languages",
            "certifications",
            "summary",
            "contact",
        }:
            sections.append((inline[0], [replace(block, text=inline[1])]))
            continue
        if (
            sections
            and _is_unknown_heading(block, section_level)
            and not _dated_soon(blocks, index)
        ):
            sections.append(("other", []))
            continue
        if sections:
            sections[-1][1].append(block)
        else:
            header.append(block)
    return header, sections


_OPEN_END = re.compile(rf"(?:{DATE_PATTERN})\s*(?:[-–—‒―]+|\bto\b|\buntil\b)\s*$", re.IGNORECASE)
_END_FIRST = re.compile(
    rf"^\s*(?:[-–—‒―]+\s*|\bto\s+)?(?:{DATE_PATTERN}|present|current|now|today|ongoing)\b",
    re.IGNORECASE,
)
_OPEN_START = re.compile(
    rf"^\s*(?:{DATE_PATTERN})\s*[-–—]\s+(?=[A-Za-zÀ-ÿ])(?!(?:present|current|now|today)\b)",
    re.IGNORECASE,
)
_END_AHEAD = re.compile(
    rf"^\s*({DATE_PATTERN}|present|current|now|today|ongoing)\b\s*(?=\S)", re.IGNORECASE
)
_MONTH_NAME = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_OPEN_CELL = re.compile(
    rf"^\s*((?:{DATE_PATTERN})\s*[-–—]\s*(?:{_MONTH_NAME})?)\s*\|\s*(\S.*)$", re.IGNORECASE
)
_ENDS_DATE = re.compile(rf"(?:^|[\s·|,(])(?:{DATE_PATTERN})\s*$", re.IGNORECASE)
_END_ONLY = re.compile(
    rf"^\s*(?:{DATE_PATTERN}|present|current|now|today|ongoing)\s*$", re.IGNORECASE
)
_DASH_THEN = re.compile(
    rf"^\s*[-–—‒―]+\s*(?:{DATE_PATTERN}|present|current|now|today|ongoing)\b", re.IGNORECASE
)


def join_split_dates(blocks: list[Block]) -> list[Block]:
    """A range broken over two lines ("2015 –" then "2017"; "Mar 2021 –" then "Present";
    "Jan 2019" then "– Present") is put back on one line."""
    out: list[Block] = []
    for block in blocks:
        cell = _OPEN_CELL.match(out[-1].text) if out else None
        end, _, more = block.text.partition(" | ")
        if cell is not None and _END_ONLY.match(end):
            # a date cell wrapped in a table: "Jun 2023 – Sep | Intern" then "2023" (and
            # perhaps the rest of the next cell: "2010 | Engineering")
            tail = f" {more.strip()}" if more.strip() else ""
            out[-1] = replace(
                out[-1],
                text=f"{cell.group(1).rstrip()} {end.strip()} | {cell.group(2)}{tail}",
            )
            continue
        moved = _END_AHEAD.match(block.text) if out and _OPEN_START.match(out[-1].text) else None
        if moved is not None:
            # a date column wrapped beside the entry: "Sep 2021 – Head of Year 9, Acme" then
            # "Present • Pastoral lead": the end date goes back to its range
            prev = out[-1]
            start = _OPEN_START.match(prev.text)
            assert start is not None
            head = f"{start.group(0).rstrip()} {moved.group(1)} | {prev.text[start.end() :]}"
            out[-1] = replace(prev, text=head)
            rest, marked = strip_bullet(block.text[moved.end() :].strip())
            if rest:
                out.append(replace(block, text=rest, bullet=marked or block.bullet))
            continue
        if out and block.bullet and _ENDS_DATE.search(out[-1].text) and _END_ONLY.match(block.text):
            # "– Present" read as a list item under "Jan 2019"
            out[-1] = replace(out[-1], text=f"{out[-1].text.rstrip()} – {block.text.strip()}")
            continue
        if out and not block.bullet and not block.heading:
            prev = out[-1]
            text = block.text.strip()
            if (_OPEN_END.search(prev.text) and _END_FIRST.match(text)) or (
                _ENDS_DATE.search(prev.text) and _DASH_THEN.match(text)
            ):
                out[-1] = replace(prev, text=f"{prev.text.rstrip()} {text}")
                continue
        out.append(block)
    return out


def _spoken_or_coded(
    body: list[Block], make: Callable[[list[Block]], Evidence]
) -> tuple[list[Language], list[Skill]]:
    """A "Languages" list: human languages, and programming languages read as skills
    ("Languages: Python, C++" is a skills label)."""
    spoken = lists.languages(body, make)
    coded_names = [x.name for x in spoken if vocab.is_spoken_language(x.name) is False]
    if not coded_names:
        return spoken, []
    kept = [x for x in spoken if x.name not in coded_names]
    coded_blocks = [b for b in body if any(n in b.text for n in coded_names)]
    coded = [
        s for s in lists.skills(coded_blocks, make) if vocab.is_spoken_language(s.name) is not True
    ]
    return kept, coded


def clean_blocks(blocks: list[Block]) -> list[Block]:
    """Blocks without contact details, wrapped date ranges joined."""
    cleaned: list[Block] = []
    for block in blocks:
        text = scrub(block.text)
        if text:
            cleaned.append(replace(block, text=text))
    return join_split_dates(cleaned)


def split_sections(
    cleaned: list[Block], career: Career
) -> tuple[list[Block], list[tuple[SectionKind, list[Block]]]]:
    """The header (name taken into ``career``) and the sections, in order."""
    return _sections(take_name(cleaned, career))


def document_blocks(doc: Document) -> list[Block] | None:
    """The blocks the section parser reads, or None for a LinkedIn PDF or a JSON Resume
    (read by their own readers)."""
    if doc.kind == "pdf":
        lines = pdf_lines(doc.data, doc.name)
        return None if is_linkedin_pdf(lines) else pdf_blocks(lines)
    if doc.kind == "docx":
        return docx_blocks(doc.data, doc.name)
    if doc.kind == "json":
        return None
    text = _decoded(doc.data, doc.name)
    if doc.kind == "html":
        return html_blocks(text)
    markdown = re.search(r"^#{1,6}\s+\S|^\s*[-*]\s+\*\*|\*\*[^*\n]+\*\*", text, re.M) is not None
    return text_blocks(text, markdown=markdown)


def career_from_blocks(blocks: list[Block], *, evidence: Evidence) -> Career:
    """The section and entry parser over blocks of any format."""
    cleaned = clean_blocks(blocks)
    career = Career()
    header, sections = split_sections(cleaned, career)
    make = _evidence_maker(evidence)
    read_header(header, career)
    summary: list[str] = []
    for kind, body in sections:
        if not body:
            continue
        if kind == "experience":
            career.experiences.extend(entries.experiences(body, make))
        elif kind == "education":
            # "Qualifications" holds degrees and certificates alike
            credentials = [b for b in body if lists.is_credential(b)]
            schooling = [b for b in body if not lists.is_credential(b)]
            career.education.extend(entries.education(schooling, make))
            career.certifications.extend(lists.certifications(credentials, make))
        elif kind == "skills":
            career.skills.extend(lists.skills(body, make))
        elif kind == "languages":
            spoken, coded = _spoken_or_coded(body, make)
            career.languages.extend(spoken)
            career.skills.extend(s for s in coded if s.id not in {k.id for k in career.skills})
        elif kind == "certifications":
            career.certifications.extend(lists.certifications(body, make))
        elif kind == "projects":
            career.work.extend(lists.works(body, "project", make))
        elif kind == "publications":
            career.work.extend(lists.works(body, "publication", make))
        elif kind == "talks":
            career.work.extend(lists.works(body, "talk", make))
        elif kind == "patents":
            career.work.extend(lists.works(body, "patent", make))
        elif kind == "summary":
            summary.extend(b.text for b in body)
    career.summary = " ".join(summary)
    career.reading = diagnose.reading(career, (b.text for b in cleaned), _document(evidence))
    return career


def _document(evidence: Evidence) -> str:
    return evidence.file or evidence.url or "the document"


def career_from_text(text: str, *, evidence: Evidence) -> Career:
    """Plain text or Markdown resume -> Career."""
    markdown = re.search(r"^#{1,6}\s+\S|^\s*[-*]\s+\*\*|\*\*[^*\n]+\*\*", text, re.M) is not None
    return career_from_blocks(text_blocks(text, markdown=markdown), evidence=evidence)


def _decoded(data: bytes, name: str) -> str:
    text = decode_text(data)
    if text is None:
        raise BrokenDocument(
            name,
            "the text of this file cannot be decoded",
            "Save it again as UTF-8 text, PDF or DOCX and try again.",
        )
    return text


def career_from_document(doc: Document, *, evidence: Evidence) -> Career:
    """A loaded document -> Career (LinkedIn PDFs and JSON Resumes recognised)."""
    if doc.kind == "pdf":
        lines = pdf_lines(doc.data, doc.name)
        if is_linkedin_pdf(lines):
            return career_from_linkedin_lines(lines, evidence=evidence)
        return career_from_blocks(pdf_blocks(lines), evidence=evidence)
    if doc.kind == "docx":
        return career_from_blocks(docx_blocks(doc.data, doc.name), evidence=evidence)
    text = _decoded(doc.data, doc.name)
    if doc.kind == "html":
        return career_from_blocks(html_blocks(text), evidence=evidence)
    if doc.kind == "json":
        data: Any = json.loads(text)
        if not is_json_resume(data):
            raise UnsupportedDocument(
                doc.name,
                "this JSON file is not a JSON Resume (https://jsonresume.org)",
                "Give a JSON Resume file, or the resume as PDF, DOCX or text.",
            )
        career = career_from_json_resume(data, evidence=evidence)
        career.reading = diagnose.reading(career, [], _document(evidence))
        return career
    return career_from_text(text, evidence=evidence)


def career_from_bytes(
    data: bytes,
    *,
    name: str,
    source: str = "resume",
    url: str | None = None,
    fetched_at: datetime | None = None,
    method: Method | None = None,
) -> Career:
    """A CV fetched or read as bytes (PDF, DOCX, HTML, text, Markdown, JSON Resume) ->
    Career; evidence points at ``url`` when given, else at the file ``name``."""
    kind = sniff(data, name)
    evidence = Evidence(
        source=source,
        url=url,
        file=None if url else Path(name).name,
        fetched_at=fetched_at,
        method=method or _METHODS[kind],
    )
    return career_from_document(Document(name=name, kind=kind, data=data), evidence=evidence)


def read_resume(path: Path | str) -> Career:
    """Read a resume file of any supported format; raises InputError subclasses."""
    doc = load_document(path)
    evidence = Evidence(source="resume", file=doc.name, method=_METHODS[doc.kind])
    return career_from_document(doc, evidence=evidence)


__all__ = [
    "career_from_blocks",
    "career_from_bytes",
    "career_from_document",
    "career_from_text",
    "clean_blocks",
    "document_blocks",
    "read_resume",
    "split_sections",
]
