"""What the readers of a profile page share: evidence, date spans and degree levels (see
:mod:`sources.webpage_parse`). Several readings of the same person are merged by
:func:`research.merge.merge_careers`, as the pipeline merges sources."""

from __future__ import annotations

import re
from datetime import datetime

from research.model import DegreeLevel, Education, Evidence, Method, PartialDate
from sources._html import quote

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


def education(
    institution: str,
    degree: str,
    evidence: Evidence,
    *,
    start: PartialDate | None = None,
    end: PartialDate | None = None,
) -> Education:
    """An education entry, its level and field read from the degree's wording."""
    return Education(
        institution=institution,
        degree=degree,
        level=_level(degree),
        field=_field(degree),
        start=start,
        end=end,
        evidence=[evidence],
    )


def _edu_span(start: PartialDate | None, end: PartialDate | None) -> str:
    """The span of a study: an alumnus without an end date is not still studying."""
    if start is None and end is None:
        return ""
    if end is None:
        return f" (from {start})"
    return f" ({start or '?'} – {end})"
