"""LinkedIn profile PDFs (what LinkedIn's own "Save to PDF" produces) -> Career.

The layout: a left sidebar (Contact - dropped -, Top Skills, Languages, Certifications,
Honors-Awards) and a main column (name in large type, headline, location, Summary,
Experience, Education), footers "Page 1 of 3". Under Experience a company line may be
followed by its total time ("3 years 2 months") and several roles, each a title, a date
line "January 2020 - Present (2 years 3 months)" and a location. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from research.model import Career, Education, Evidence, Experience, Method, Work
from research.privacy import scrubber
from research.read import diagnose, lists, vocab
from research.read.blocks import Block, body_size
from research.read.dates import DateRange, parse_range
from research.read.entries import degree_field
from research.read.pdf import Line, pdf_lines
from research.read.sections import INSTITUTION_WORDS, looks_like_location

scrub = scrubber("resume line")
"""Contact details out of a resume's text; its dates kept."""

_FOOTER = re.compile(r"^\s*Page\s+\d+\s+of\s+\d+\s*$", re.IGNORECASE)
_TOTAL = re.compile(r"^\s*(?:\d+\s+years?)?\s*(?:\d+\s+months?)?\s*$", re.IGNORECASE)
_DURATION = re.compile(r"\((?:\d+\s+years?\s*)?(?:\d+\s+months?)?\)|\(less than a year\)", re.I)
_SECTIONS = {
    "contact": "contact",
    "top skills": "skills",
    "skills": "skills",
    "languages": "languages",
    "certifications": "certifications",
    "honors-awards": "other",
    "honors & awards": "other",
    "publications": "publications",
    "patents": "other",
    "summary": "summary",
    "experience": "experience",
    "education": "education",
    "projects": "projects",
    "volunteer experience": "other",
}


_AREA = re.compile(
    r"^(?:Greater\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s+(?:Area|Metropolitan Area|Metro)"
    r"(?:,\s*[A-Z][\w' -]+){0,2}$"
)


def _is_date_line(text: str) -> bool:
    """A role's date line: the range starts the line and only its length may follow
    ("January 2020 - Present (2 years 3 months)"), so a year in a description is not one."""
    found = parse_range(text)
    if found is None or found.start is None or found.span[0] > 1:
        return False
    rest = text[found.span[1] :].strip()
    return not rest or _DURATION.fullmatch(rest) is not None


def is_linkedin_pdf(lines: list[Line]) -> bool:
    """Whether PDF lines look like LinkedIn's "Save to PDF" output."""
    texts = [line.text.strip() for line in lines]
    signals = 0
    signals += any("linkedin.com/in/" in t.lower() for t in texts)
    signals += any(t == "Top Skills" for t in texts)
    signals += any(_FOOTER.match(t) for t in texts)
    signals += any(t == "Contact" for t in texts[:5])
    signals += any(_DURATION.search(t) and parse_range(t) for t in texts)
    return signals >= 3


def _split(lines: list[Line]) -> tuple[Line | None, list[Line], dict[str, list[Line]]]:
    body = body_size(lines)
    name_line = max(lines, key=lambda line: line.size, default=None)
    sections: dict[str, list[Line]] = {}
    header: list[Line] = []
    current: str | None = None
    for line in lines:
        if line is name_line:
            current = None
            continue
        key = _SECTIONS.get(line.text.strip().lower())
        if key is not None and line.size >= body * 1.15:
            current = key
            sections.setdefault(key, [])
            continue
        if current is None:
            if name_line is not None and line.page == name_line.page and line.x >= name_line.x - 2:
                header.append(line)
        else:
            sections[current].append(line)
    return name_line, header, sections


def _block(line: Line) -> Block:
    return Block(line.text, line.page, 0, False, line.bold)


def _experiences(lines: list[Line], make: Callable[[list[Block]], Evidence]) -> list[Experience]:
    body = body_size(lines) if lines else 10.0
    out: list[Experience] = []
    dated = [i for i, line in enumerate(lines) if i > 0 and _is_date_line(line.text)]
    company = ""
    for k, i in enumerate(dated):
        title_line = lines[i - 1]
        start = i - 1
        before = lines[i - 2] if i >= 2 else None
        if before is not None and _TOTAL.match(before.text) and before.text.strip():
            company = lines[i - 3].text if i >= 3 else company
            start = i - 3
        elif before is not None and (before.size > body + 0.2 or k == 0):
            company = before.text
            start = i - 2
        found = parse_range(lines[i].text)
        if found is None:
            continue
        stop = dated[k + 1] - 1 if k + 1 < len(dated) else len(lines)
        rest = lines[i + 1 : stop]
        location = None
        if rest and (looks_like_location(rest[0].text) or _AREA.match(rest[0].text)):
            location = rest[0].text
            rest = rest[1:]
        # the next role's company line (and its total) belongs to the next role
        if k + 1 < len(dated):
            nxt = dated[k + 1]
            if nxt >= 3 and _TOTAL.match(lines[nxt - 2].text) and lines[nxt - 2].text.strip():
                rest = lines[i + 1 : nxt - 3][1 if location else 0 :]
            elif lines[nxt - 2].size > body + 0.2:
                rest = lines[i + 1 : nxt - 2][1 if location else 0 :]
        start_date, end_date = (found.start, found.end) if found.start else (found.end, found.end)
        header = lines[start : i + 1] + ([lines[i + 1]] if location else [])
        out.append(
            Experience(
                title=title_line.text.strip(),
                employer=company.strip(),
                start=start_date,
                end=end_date,
                location=location,
                summary=" ".join(scrub(line.text) for line in rest).strip(),
                evidence=[make([_block(line) for line in header])],
            )
        )
    return out


def _education(lines: list[Line], make: Callable[[list[Block]], Evidence]) -> list[Education]:
    """Institution lines (perhaps with "· (2010 - 2014)") each followed by a degree line
    ("Master of Science - MS, Computer Science · (2012 - 2014)")."""
    items: list[dict[str, object]] = []
    body = body_size(lines) if lines else 10.0
    for line in lines:
        text = line.text.strip()
        found = parse_range(text)
        main = text
        if found is not None:
            a, b = found.span
            main = (text[:a] + text[b:]).replace("()", "")
        main = re.split(r"\s*·\s*", main)[0].strip(" ·()")
        level = vocab.degree_level(main)
        # a school's line is set larger than its degree line ("Le Wagon", "Coursera")
        school = line.size > body + 0.2 and "·" not in text and level is None
        if school or (INSTITUTION_WORDS.search(main) and level is None) or not items:
            if level is None:
                items.append({"institution": main, "found": found, "lines": [line]})
                continue
            items.append({"institution": "", "found": None, "lines": []})
        item = items[-1]
        if item.get("degree"):
            item = {"institution": "", "found": None, "lines": []}
            items.append(item)
        item["degree"] = main
        item["found"] = found or item["found"]
        item["lines"].append(line)  # type: ignore[attr-defined]
    out: list[Education] = []
    for item in items:
        degree = str(item.get("degree", ""))
        field = None
        if "," in degree:
            degree_part, _, field_part = degree.rpartition(",")
            degree, field = degree_part.strip(), field_part.strip() or None
        found = item["found"] if isinstance(item["found"], DateRange) else None
        used: list[Line] = item["lines"]  # type: ignore[assignment]
        out.append(
            Education(
                institution=str(item["institution"]),
                degree=degree,
                level=vocab.degree_level(degree) if degree else None,
                field=field or (degree_field(degree) if degree else None),
                start=found.start if found else None,
                end=found.end if found else None,
                evidence=[make([_block(line) for line in used])],
            )
        )
    return out


_CONNECTOR_END = re.compile(r"(?:[-–—&,:/(]|\b(?:and|of|for|in|on|the|to|with|a|an))$", re.I)


def _unwrap(lines: list[Line], right: float) -> list[Line]:
    """Sidebar items wrapped over two lines, joined. A line continues the one above when it
    starts in lower case or with a bracket, when the line above ends with a connector
    ("-", "&", "of"), or when the line above is full: it and the next line's first word
    would be longer than the longest line of the sidebar (so the word had to wrap). A
    line above that ends in a bracketed acronym ("(CKA)") ends its item."""
    sidebar = [line for line in lines if line.x < right]
    longest = max((len(line.text) for line in sidebar), default=0)
    out: list[Line] = []
    physical = ""  # the line above as printed (before joining)
    for line in lines:
        text = line.text.strip()
        if out and line.x < right and out[-1].page == line.page:
            prev = out[-1]
            first = text.split(" ", 1)[0]
            cue = text[:1].islower() or text[:1] in "([" or _CONNECTOR_END.search(physical)
            full = len(physical) + 1 + len(first) > longest and len(physical) >= 0.6 * longest
            closed = re.search(r"\([A-Z0-9][A-Za-z0-9-]{1,9}\)$", physical)
            if cue or (full and not closed):
                out[-1] = Line(
                    f"{prev.text} {text}", prev.page, prev.x, prev.y, prev.size, prev.bold
                )
                physical = text
                continue
        out.append(line)
        physical = text
    return out


def _publications(blocks: list[Block], make: Callable[[list[Block]], Evidence]) -> list[Work]:
    """One publication per (unwrapped) sidebar line; a DOI, ISBN or address line adds to
    the publication above it."""
    out: list[Work] = []
    for block in blocks:
        if out and lists.is_reference(block.text):
            out[-1].description = f"{out[-1].description}\n{block.text}".strip()
            continue
        found = parse_range(block.text)
        title = block.text
        if found is not None and found.start is None:
            title = (block.text[: found.span[0]] + block.text[found.span[1] :]).strip(" ,·()")
        out.append(
            Work(
                kind="publication",
                title=title,
                date=found.end if found is not None and found.start is None else None,
                evidence=[make([block])],
            )
        )
    return out


def career_from_linkedin_lines(lines: list[Line], *, evidence: Evidence) -> Career:
    """LinkedIn PDF lines (as :func:`~research.read.pdf.pdf_lines` gives them) -> Career."""
    kept = [line for line in lines if not _FOOTER.match(line.text)]

    def make(blocks: list[Block]) -> Evidence:
        page = next((b.page for b in blocks if b.page is not None), evidence.page)
        quote = scrub("\n".join(b.text for b in blocks))
        return evidence.model_copy(update={"quote": quote, "page": page})

    name_line, header, sections = _split(kept)
    career = Career(name=name_line.text.strip() if name_line else None)
    head = [scrub(line.text) for line in header if scrub(line.text)]
    if head:
        career.headline = head[0]
    if len(head) > 1:
        career.location = head[1]
    career.summary = " ".join(scrub(line.text) for line in sections.get("summary", []))
    career.experiences = _experiences(sections.get("experience", []), make)
    career.education = _education(sections.get("education", []), make)
    right = name_line.x if name_line is not None else 600.0
    blocks = {
        key: [
            Block(scrub(line.text), line.page)
            for line in (
                _unwrap(value, right)
                if key in {"certifications", "other", "publications"}
                else value
            )
            if scrub(line.text)
        ]
        for key, value in sections.items()
    }
    career.skills = lists.skills(blocks.get("skills", []), make)
    career.languages = lists.languages(blocks.get("languages", []), make)
    career.certifications = lists.certifications(blocks.get("certifications", []), make)
    career.work = _publications(blocks.get("publications", []), make)
    document = evidence.file or evidence.url or "the profile"
    career.reading = diagnose.reading(career, (line.text for line in kept), document)
    return career


def career_from_linkedin_pdf(data: bytes, *, name: str) -> Career:
    """A LinkedIn "Save to PDF" file -> Career (contact details dropped)."""
    evidence = Evidence(source="linkedin", file=name.rsplit("/", 1)[-1], method=Method.PDF)
    return career_from_linkedin_lines(pdf_lines(data, name), evidence=evidence)


__all__ = ["career_from_linkedin_lines", "career_from_linkedin_pdf", "is_linkedin_pdf"]
