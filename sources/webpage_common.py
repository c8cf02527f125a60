"""What the readers of a profile page share: evidence, date spans, degree levels and merging
several readings of the same person (see :mod:`sources.webpage_parse`)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from research.employers import employer_key
from research.model import Career, DegreeLevel, Evidence, Experience, Method, PartialDate
from sources._html import fold, quote

SOURCE_ID = "webpage"
_DEGREE_WORDS = re.compile(
    r"\b(?:degree|bachelor|master|doctor|ph\.?d|msc|m\.sc|bsc|b\.sc|mba|ma|ba|meng|beng|"
    r"diploma|licen[cs]e?iate)\b",
    re.IGNORECASE,
)


# -- evidence ---------------------------------------------------------------------------------


class _Ev:
    """Makes evidence for one page and method."""

    def __init__(self, url: str, fetched_at: datetime | None, source: str) -> None:
        self.url, self.fetched_at, self.source = url, fetched_at, source

    def __call__(self, method: Method, text: str) -> Evidence:
        return Evidence(
            source=self.source,
            url=self.url,
            fetched_at=self.fetched_at,
            method=method,
            quote=quote(text),
        )


def _span(start: PartialDate | None, end: PartialDate | None) -> str:
    if start is None and end is None:
        return ""
    return f" ({start or '?'} – {end or 'present'})"


def _level(degree: str) -> DegreeLevel | None:
    try:
        from research.read.vocab import degree_level
    except ImportError:  # the reader is optional here
        return None
    try:
        return degree_level(degree) if degree else None
    except Exception:
        return None


def _field(degree: str) -> str | None:
    try:
        from research.read.entries import degree_field
    except ImportError:
        match = re.search(r"\b(?:in|of)\s+(.+)$", degree)
        return match.group(1).strip() if match else None
    try:
        return degree_field(degree) if degree else None
    except Exception:
        return None


def _edu_span(start: PartialDate | None, end: PartialDate | None) -> str:
    """The span of a study: an alumnus without an end date is not still studying."""
    if start is None and end is None:
        return ""
    if end is None:
        return f" (from {start})"
    return f" ({start or '?'} – {end})"


# -- merging ----------------------------------------------------------------------------------


def _employer_key(name: str) -> str:
    return employer_key(fold(name))


def merge_careers(*careers: Career) -> Career:
    """One career from several readings of the same person: the first reading's entries win,
    later ones fill their gaps (dates, titles) and add their evidence."""
    out = Career()
    for career in careers:
        out.name = out.name or career.name
        out.headline = out.headline or career.headline
        out.location = out.location or career.location
        out.summary = out.summary or career.summary
        for exp in career.experiences:
            same = next((e for e in out.experiences if _same_job(e, exp)), None)
            if same is None:
                out.experiences.append(exp.model_copy(deep=True))
                continue
            same.title = same.title or exp.title
            same.employer = same.employer or exp.employer
            same.start = same.start or exp.start
            same.end = same.end or exp.end
            same.location = same.location or exp.location
            same.summary = same.summary or exp.summary
            same.evidence.extend(exp.evidence)
        for edu in career.education:
            match = next(
                (
                    e
                    for e in out.education
                    if _employer_key(e.institution) == _employer_key(edu.institution)
                    and (
                        not e.degree
                        or not edu.degree
                        or e.level == edu.level
                        or fold(e.degree) == fold(edu.degree)
                    )
                ),
                None,
            )
            if match is None:
                out.education.append(edu.model_copy(deep=True))
                continue
            match.degree = match.degree or edu.degree
            match.level = match.level or edu.level
            match.field = match.field or edu.field
            match.start = match.start or edu.start
            match.end = match.end or edu.end
            match.evidence.extend(edu.evidence)
        _merge_named(out.certifications, career.certifications)
        _merge_named(out.skills, career.skills)
        _merge_named(out.languages, career.languages)
        for work in career.work:
            if not any(
                (w.url and w.url == work.url) or fold(w.title) == fold(work.title) for w in out.work
            ):
                out.work.append(work.model_copy(deep=True))
    return out


def _same_job(a: Experience, b: Experience) -> bool:
    if _employer_key(a.employer) != _employer_key(b.employer):
        return False
    if not a.title or not b.title or fold(a.title) == fold(b.title):
        # same employer, one title missing or equal; different stated starts are two jobs
        return not (a.start and b.start and a.start != b.start)
    return False


def _merge_named(into: list[Any], new: list[Any]) -> None:
    for item in new:
        match = next((i for i in into if fold(i.name) == fold(item.name)), None)
        if match is None:
            into.append(item.model_copy(deep=True))
        else:
            match.evidence.extend(item.evidence)
