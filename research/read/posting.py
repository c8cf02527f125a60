"""Read a job posting (a page, a file or text) into a :class:`~research.model.Role`.

* :func:`parse_posting_html`: a schema.org JobPosting (JSON-LD, also in ``@graph`` or a
  list; else microdata) gives the title, employer, location, date, salary and the
  structured requirements; its HTML description is read for requirements too. Without
  one (or when the JSON-LD is broken) the page's text is read like a text posting.
* :func:`parse_posting_text`: headings, bullets and cue sentences (see
  :mod:`research.read.requirements`).
* :func:`read_posting_file`: PDF, DOCX, HTML, Markdown, text or a saved JobPosting JSON.
* :func:`posting_from_page`: a page someone fetched (its bytes, media type and text); the
  fetch itself, and its refusals in words, are :mod:`research.inputs.fetched`'s.

Everything but :func:`read_posting_file` (which reads the file) is pure. Contact details
never enter the Role.
"""

from __future__ import annotations

import json
import math
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from research.model import Evidence, Method, Requirement, RequirementKind, Role
from research.privacy import scrubber
from research.read.files import (
    Document,
    decode_text,
    document_text,
    load_document,
    pdf_lines,
    sniff,
)
from research.read.posting_html import html_to_text, page_hints
from research.read.posting_jsonld import (
    JsonObject,
    date_of,
    find_job_postings,
    has_job_posting,
    job_postings_in,
    location_of,
    organisation_of,
    salary_of,
    text_of,
    texts_of,
)
from research.read.posting_layout import posting_pdf_text
from research.read.posting_sections import (
    Item,
    has_requirement_heading,
    heading_of,
    requirement_items,
)
from research.read.posting_text import parse_header, split_page_title
from research.read.requirements import (
    degree_field,
    extract_requirements,
    is_technical_posting,
    level_of_category,
    merge_requirements,
    parse_years,
    requirements_from_items,
    skills_in,
)
from research.skills import find_certifications

scrub = scrubber("posting")
"""Contact details out of a posting's text; its wording, dates and figures kept."""

SOURCE = "posting"
"""The ``source`` of every piece of evidence a posting gives."""

MAX_DESCRIPTION = 20_000
_EXPERIENCE_SECTION = re.compile(
    r"^[#*_\s]*(?:[A-Za-z'&-]+\s+){0,2}"
    r"(?:experience|employment history|work history|career history|employment)[*_:\s]*$",
    re.IGNORECASE | re.MULTILINE,
)
_DATE_RANGE = re.compile(
    r"\b(?:19|20)\d{2}\s*(?:-|–|—|to)\s*(?:[A-Za-z]{3,9}\.?\s+)?"
    r"(?:(?:19|20)\d{2}|present|current|now|today)\b",
    re.IGNORECASE,
)
# Said to a candidate, not by one: two of these make a text a posting even without a
# "Requirements" heading.
_POSTING_CUES = re.compile(
    r"\b(?:we(?: are|'re) (?:looking for|hiring|seeking|recruiting)|is hiring|"
    r"you (?:must|should|will) (?:also )?(?:have|need)|to be considered|"
    r"the (?:successful|ideal|right) (?:candidate|applicant|person)|"
    r"apply (?:now|by|for this|through)|equal opportunit\w*|benefits include|"
    r"we offer|per annum|job description)\b",
    re.IGNORECASE,
)
_HEADING_MARK = re.compile(r"^## ", re.MULTILINE)
_BLANKS = re.compile(r"[ \t\f\v\u00a0\u2000-\u200b\u3000]{2,}")
_METHODS = {"pdf": Method.PDF, "docx": Method.DOCX, "html": Method.HTML}


# -- JobPosting ------------------------------------------------------------------------------


def _as_required_text(value: Any) -> str:
    """A qualifications-like field as text under a "Requirements" heading."""
    text = "\n".join(html_to_text(t, whole_page=False) for t in texts_of(value))
    return f"Requirements\n{text}" if text.strip() else ""


def _skill_items(value: Any) -> list[Item]:
    items: list[Item] = []
    for text in texts_of(value):
        for piece in html_to_text(text, whole_page=False).replace(";", "\n").splitlines():
            piece = piece.strip(" -•*")
            if not piece:
                continue
            parts = [piece] if " or " in piece or "/" in piece else piece.split(",")
            items.extend(Item(p.strip(), True) for p in parts if p.strip())
    return items


def _experience(value: Any, technical: bool) -> list[Requirement]:
    found: list[Requirement] = []
    for entry in value if isinstance(value, list) else [value]:
        if isinstance(entry, dict) and entry.get("monthsOfExperience") is not None:
            try:
                months = float(entry["monthsOfExperience"])
            except (TypeError, ValueError):
                continue
            if not math.isfinite(months) or not 0 < months <= 600:
                continue
            years = round(months / 12, 2)
            text = scrub(text_of(entry.get("description"))) or f"{years:g} years of experience"
            skills = skills_in(text, technical=technical)
            found.append(
                Requirement(
                    text=text,
                    kind=RequirementKind.EXPERIENCE,
                    years=years,
                    skill=skills[0].id if skills else None,
                )
            )
        elif text := _as_required_text(entry):
            found.extend(requirements_from_items(requirement_items(text), technical=technical))
    return found


def _education(value: Any, technical: bool) -> list[Requirement]:
    found: list[Requirement] = []
    for entry in value if isinstance(value, list) else [value]:
        if isinstance(entry, dict) and (entry.get("credentialCategory") or entry.get("name")):
            category = text_of(entry.get("credentialCategory")) or text_of(entry.get("name"))
            text = scrub(text_of(entry.get("description"))) or category
            if "certif" in category.lower() or "licen" in category.lower():
                named = find_certifications(text)
                found.append(
                    Requirement(
                        text=text,
                        kind=RequirementKind.CERTIFICATION,
                        skill=named[0].id if named else None,
                    )
                )
                continue
            found.append(
                Requirement(
                    text=text,
                    kind=RequirementKind.EDUCATION,
                    degree_level=level_of_category(category),
                    field=degree_field(text),
                )
            )
        elif text := _as_required_text(entry):
            found.extend(requirements_from_items(requirement_items(text), technical=technical))
    return found


def _not_stated(structured: list[Requirement], described: list[Requirement]) -> list[Requirement]:
    """The structured requirements the description does not already state: an "N years"
    with the same N, or a skill the description names (also as an alternative)."""
    stated_years = {r.years for r in described if r.kind is RequirementKind.EXPERIENCE}
    named = {i for r in described for i in ([r.skill] if r.skill else []) + r.alternatives}
    kept = []
    for requirement in structured:
        if requirement.kind is RequirementKind.EXPERIENCE and not requirement.skill:
            if requirement.years in stated_years:
                continue
        elif requirement.kind is RequirementKind.SKILL and requirement.skill in named:
            continue
        kept.append(requirement)
    return kept


def role_from_job_posting(
    posting: JsonObject, evidence: Evidence, *, hints_title: str = "", hints_employer: str = ""
) -> Role:
    """A Role from one schema.org JobPosting object."""
    title = text_of(posting.get("title")) or text_of(posting.get("name")) or hints_title
    employer, employer_url = organisation_of(posting.get("hiringOrganization"))
    description_html = text_of(posting.get("description"))
    description = html_to_text(description_html, whole_page=False)
    structured_text = html_to_text(description_html, whole_page=False, headings=True)
    qualifications = _as_required_text(posting.get("qualifications"))
    skills = _skill_items(posting.get("skills"))
    technical = is_technical_posting([description, qualifications, *(i.text for i in skills)])
    described = requirements_from_items(requirement_items(structured_text), technical=technical)
    structured = [
        *requirements_from_items(requirement_items(qualifications), technical=technical),
        *_experience(posting.get("experienceRequirements"), technical),
        *_education(posting.get("educationRequirements"), technical),
        *requirements_from_items(skills, technical=technical),
    ]
    extra: list[Requirement] = []
    for requirement in structured:
        extra.extend(_not_stated([requirement], [*described, *extra]))
    requirements = merge_requirements(described, extra)
    return Role(
        title=scrub(title),
        employer=scrub(employer or hints_employer),
        url=evidence.url,
        employer_url=employer_url,
        location=location_of(posting),
        date_posted=date_of(posting.get("datePosted")),
        description=scrub(description)[:MAX_DESCRIPTION],
        requirements=requirements,
        salary=salary_of(posting),
        evidence=[evidence.model_copy(update={"method": Method.JSON_LD, "quote": scrub(title)})],
    )


# -- pages and text --------------------------------------------------------------------------


def _parse_html(page: str, evidence: Evidence) -> Role:
    hints = page_hints(page)
    page_title, page_employer = split_page_title(hints.og_title or hints.title, hints.site_name)
    postings = find_job_postings(page)
    if postings:
        return role_from_job_posting(
            postings[0],
            evidence,
            hints_title=hints.h1 or page_title,
            hints_employer=page_employer,
        )
    role = parse_posting_text(
        html_to_text(page),
        evidence=evidence.model_copy(update={"method": Method.HTML}),
        structured=html_to_text(page, headings=True),
    )
    title = role.title if role.title and role.title == hints.h1 else hints.h1 or role.title
    updates: dict[str, Any] = {"title": scrub(title or page_title)}
    if not role.employer:
        updates["employer"] = scrub(page_employer)
    if role.evidence:
        updates["evidence"] = [role.evidence[0].model_copy(update={"quote": updates["title"]})]
    return role.model_copy(update=updates)


def parse_posting_html(
    html: str, *, url: str | None = None, fetched_at: datetime | None = None
) -> Role:
    """A Role from a posting page: its JobPosting data first, else its text."""
    evidence = Evidence(source=SOURCE, url=url, fetched_at=fetched_at, method=Method.HTML)
    return _parse_html(html, evidence)


def parse_posting_text(text: str, *, evidence: Evidence, structured: str | None = None) -> Role:
    """A Role from a posting's plain text (or Markdown). ``structured``: the same text with
    its headings marked (``## ``), read for the requirements and the header instead."""
    text = _clean_text(text)
    marked = _clean_text(structured) if structured is not None else text
    header = parse_header(marked)
    title = scrub(header.title)
    return Role(
        title=title,
        employer=scrub(header.employer),
        url=evidence.url,
        location=scrub(header.location) if header.location else None,
        date_posted=header.date_posted,
        description=scrub(text.strip())[:MAX_DESCRIPTION],
        requirements=extract_requirements(marked, evidence=evidence),
        salary=header.salary,
        evidence=[evidence.model_copy(update={"quote": title})],
    )


def _clean_text(text: str) -> str:
    return _BLANKS.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))


def _json_posting(data: bytes, evidence: Evidence) -> Role | None:
    text = decode_text(data)
    try:
        value = json.loads(text) if text else None
    except ValueError:
        return None
    postings = job_postings_in(value)
    return role_from_job_posting(postings[0], evidence) if postings else None


def _document_text(doc: Document) -> str:
    """The text of a PDF, DOCX, text or Markdown posting, one line per line or paragraph.

    Read here rather than with :func:`~research.read.files.document_text` so that dates
    and "at least 3 years" survive; contact details are scrubbed by the posting reader.
    """
    if doc.kind == "pdf":
        return posting_pdf_text(pdf_lines(doc.data, doc.name))
    if doc.kind == "docx":
        from research.read.blocks import docx_blocks

        # a Word paragraph is never a wrapped line: a blank line between them keeps a closing
        # paragraph ("Acme is an equal opportunity employer.") off the last bullet
        return "\n\n".join(
            f"- {block.text}" if block.bullet else block.text
            for block in docx_blocks(doc.data, doc.name)
        )
    if doc.kind in ("text", "markdown"):
        text = decode_text(doc.data)
        if text is not None:
            return text
    return document_text(doc)


def posting_from_document(doc: Document, evidence: Evidence) -> Role:
    """A Role from a loaded document of any kind."""
    if doc.kind == "html":
        return _parse_html(decode_text(doc.data) or "", evidence)
    if doc.kind == "json":
        role = _json_posting(doc.data, evidence)
        if role is not None:
            return role
    method = _METHODS.get(doc.kind, Method.TEXT)
    text = _document_text(doc)
    return parse_posting_text(
        _HEADING_MARK.sub("", text),
        evidence=evidence.model_copy(update={"method": method}),
        structured=text,
    )


def read_posting_file(path: Path | str) -> Role:
    """A Role from a posting file (PDF, DOCX, HTML, Markdown, text, JobPosting JSON).

    Raises :class:`~research.errors.InputError` subclasses for files that cannot be read.
    """
    doc = load_document(path)
    return posting_from_document(doc, Evidence(source=SOURCE, file=doc.name))


def looks_like_posting(text: str) -> bool:
    """A text with a requirements-like heading ("Requirements", "Qualifications", "Nice to
    have"; a "Skills" heading alone does not count) or two things said to a candidate ("we
    are looking for", "you must have", "the successful candidate"), and no experience
    section: no heading such as "Experience" or "Teaching experience" (other than a
    posting's own "Required experience"), and not the date ranges of a career ("2018 -
    Present")."""
    cues = {m.group(0).lower() for m in _POSTING_CUES.finditer(text)}
    if not has_requirement_heading(text, posting_only=True) and len(cues) < 2:
        return False
    for match in _EXPERIENCE_SECTION.finditer(text):
        if heading_of(match.group(0)) is None:
            return False
    return len(_DATE_RANGE.findall(text)) < 2


def document_looks_like_posting(doc: Document) -> bool:
    """Whether a loaded document reads as a job posting rather than a resume: JobPosting
    data (in a page or a JSON file), else :func:`looks_like_posting` on its text."""
    if doc.kind == "html":
        page = decode_text(doc.data) or ""
        return has_job_posting(page) or looks_like_posting(html_to_text(page))
    if doc.kind == "json":
        text = decode_text(doc.data)
        try:
            return bool(job_postings_in(json.loads(text))) if text else False
        except ValueError:
            return False
    return looks_like_posting(_document_text(doc))


def missing_header_note(role: Role) -> str | None:
    """What to tell the user when the posting's job title or employer was not found (a
    plain-text or PDF posting with neither on its first lines): which option gives it."""
    missing = [
        (what, option)
        for what, option, value in (
            ("job title", "--role TITLE", role.title),
            ("employer", "--employer NAME", role.employer),
        )
        if not value.strip()
    ]
    if not missing:
        return None
    names = " or ".join(what for what, _ in missing)
    options = " and ".join(option for _, option in missing)
    return (
        f"runnerup found no {names} in the posting; give "
        f"{'them' if len(missing) > 1 else 'it'} with {options}."
    )


def posting_from_page(
    url: str,
    body: bytes,
    *,
    content_type: str,
    text: str,
    fetched_at: datetime | None = None,
) -> Role:
    """A Role from a page read from ``url`` (HTML, PDF, DOCX, JSON or text): its bytes, its
    media type and, for an HTML or text page, its text decoded with the page's charset.
    Pure: the caller fetched it."""
    evidence = Evidence(source=SOURCE, url=url, fetched_at=fetched_at, method=Method.HTML)
    kind = content_type.lower()
    if "html" in kind:
        return _parse_html(text, evidence)
    if kind.startswith("text/"):
        return parse_posting_text(
            text, evidence=evidence.model_copy(update={"method": Method.TEXT})
        )
    doc = Document(name=url, kind=sniff(body, url), data=body)
    return posting_from_document(doc, evidence)


__all__ = [
    "SOURCE",
    "document_looks_like_posting",
    "extract_requirements",
    "looks_like_posting",
    "missing_header_note",
    "parse_posting_html",
    "parse_posting_text",
    "parse_years",
    "posting_from_document",
    "posting_from_page",
    "read_posting_file",
    "role_from_job_posting",
]
