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
    pdf_blocks,
    text_blocks,
)
from research.read.cleanup import clean_blocks
from research.read.dates import parse_range
from research.read.files import Document, DocumentKind, decode_text, load_document, sniff
from research.read.html_blocks import html_blocks
from research.read.jsonresume import career_from_json_resume, is_json_resume
from research.read.linkedin import career_from_linkedin_lines, is_linkedin_pdf
from research.read.names import labelled_name, read_header, take_name
from research.read.pdf import pdf_lines
from research.read.sections import (
    INSTITUTION_WORDS,
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
        # "BACHELOR OF COMMERCE", "UNIVERSITY COLLEGE CORK" in a layout set in capitals
        and not vocab.degree_level(block.text)
        and not INSTITUTION_WORDS.search(block.text)
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


def _group_label(block: Block) -> bool:
    """A short line set a little larger inside a skills list ("Web", "Teaching"): the name
    of a group of skills, not a new section (capitals and bold still make one)."""
    letters = re.sub(r"[^A-Za-zÀ-ÿ]", "", block.text)
    return len(block.text.split()) <= 3 and not letters.isupper() and not block.bold


def _acronym_item(block: Block) -> bool:
    """ "ANSYS" or "MATLAB" in a skills list, set like the items around it: a skill."""
    return len(block.text.split()) == 1 and not block.bold and not block.heading


def _spoken_below(blocks: list[Block], index: int) -> bool:
    """A human language in the first lines under a heading ("English, Fluent")."""
    for block in blocks[index + 1 : index + 4]:
        if block.heading:
            break
        first = re.split(r"[\s,·|:(–-]+", block.text.strip())[0]
        if vocab.is_spoken_language(first):
            return True
    return False


def _sections(blocks: list[Block]) -> tuple[list[Block], list[tuple[SectionKind, list[Block]]]]:
    header: list[Block] = []
    sections: list[tuple[SectionKind, list[Block]]] = []
    section_level = 0
    opened = 0  # the heading level of the line that opened the current section
    for index, block in enumerate(blocks):
        kind = _section_of(block, sections[-1][0] if sections else None)
        if (
            sections
            and sections[-1][0] == "skills"
            and opened
            and block.heading > opened
            and kind in {None, "skills", "languages"}
            and not _spoken_below(blocks, index)
        ):
            # "Languages", "Infrastructure" set as smaller headings under Skills: groups
            sections[-1][1].append(block)
            continue
        if kind is not None:
            sections.append((kind, []))
            opened = block.heading
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
            and not (current == "skills" and (_group_label(block) or _acronym_item(block)))
        ):
            sections.append(("other", []))
            continue
        if sections:
            sections[-1][1].append(block)
        else:
            header.append(block)
    return header, sections


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
    if career.name is None:
        # "Name | Jonas Eberle" in a personal-information table under a document title
        career.name = next((n for b in cleaned[:40] if (n := labelled_name(b.text))), None)
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
