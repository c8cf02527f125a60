"""Month arithmetic on :class:`~research.model.PartialDate` spans: pure, no I/O.

A span is a pair of month indexes (``year * 12 + month - 1``), both inclusive, so
Oct 2022 - Jan 2023 is four months. A year-only start means January of that year and a
year-only end December; an open end means "as of" the measuring date.
"""

from __future__ import annotations

from collections.abc import Iterable

from research.model import Experience, PartialDate

Span = tuple[int, int]


def month_index(day: PartialDate) -> int:
    return day.first_month()


def from_index(index: int) -> PartialDate:
    return PartialDate(year=index // 12, month=index % 12 + 1)


def span_of(start: PartialDate | None, end: PartialDate | None, as_of: PartialDate) -> Span | None:
    """The inclusive month span of a dated item, cut at ``as_of``; None when undated or
    entirely after ``as_of``."""
    if start is None:
        return None
    first = start.first_month()
    last = end.last_month() if end is not None else as_of.last_month()
    last = min(last, as_of.last_month())
    if last < first:
        return None
    return (first, last)


def months_in(span: Span) -> int:
    return span[1] - span[0] + 1


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Merge overlapping or adjacent spans, sorted by start."""
    merged: list[Span] = []
    for first, last in sorted(spans):
        if merged and first <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged


def total_months(spans: Iterable[Span]) -> int:
    """Months covered by the spans, overlaps counted once."""
    return sum(months_in(s) for s in merge_spans(spans))


def experience_months(experiences: Iterable[Experience], as_of: PartialDate) -> int:
    """Total months of experience as of a date, overlapping roles merged."""
    spans = (span_of(e.start, e.end, as_of) for e in experiences)
    return total_months(s for s in spans if s is not None)


def years(months: int) -> float:
    """Months as years, to one decimal."""
    return round(months / 12, 1)


__all__ = [
    "Span",
    "experience_months",
    "from_index",
    "merge_spans",
    "month_index",
    "months_in",
    "span_of",
    "total_months",
    "years",
]
