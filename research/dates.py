"""Month arithmetic on :class:`~research.model.PartialDate` spans, and the one "not after
today" rule: pure, no I/O.

A span is a pair of month indexes (``year * 12 + month - 1``), both inclusive, so
Oct 2022 - Jan 2023 is four months. A year-only start means January of that year and a
year-only end December; an open end means "as of" the measuring date.

A date is after today when the earliest day it can mean is: a year from the next 1 January
on, a month from the first of the next month on, a day from tomorrow on
(:func:`after_today`). ``--hire-date`` (any front end) and :func:`research.compare.compare`
refuse such a date with the same words (:func:`refuse_after_today`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from research.errors import UsageError
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


When = date | PartialDate | int
"""A day, a month or a year (an ``int``: a bare year, even one the model does not hold)."""

FUTURE_HINT = (
    "Give the month the hire started as YYYY-MM (or the year as YYYY); it cannot be later "
    "than today. Or leave it out to measure at the posting's date."
)
"""What to do about a date after today, wherever it is refused."""


def _first_day(when: When) -> tuple[int, int, int]:
    if isinstance(when, date):
        return (when.year, when.month, when.day)
    if isinstance(when, PartialDate):
        return (when.year, when.month or 1, 1)
    return (when, 1, 1)


def after_today(when: When, today: date) -> bool:
    """True when the earliest day ``when`` can mean is after ``today``: 2026 is not after
    15 June 2026, 2026-06 is not either, 2026-06-16 and 2026-07 are."""
    return _first_day(when) > (today.year, today.month, today.day)


def refuse_after_today(when: When, *, what: str, shown: str, today: date) -> None:
    """A :class:`~research.errors.UsageError` (exit 2) when ``when`` is after ``today``
    (a hire that has not happened yet, usually a typo such as 2034 for 2024). ``what``
    names the value (``--hire-date``, ``the hire date``), ``shown`` is it as the user
    gave it."""
    if after_today(when, today):
        raise UsageError(
            f"{what} {shown} is in the future (today is {today.isoformat()})",
            hint=FUTURE_HINT,
        )


__all__ = [
    "FUTURE_HINT",
    "Span",
    "When",
    "after_today",
    "experience_months",
    "from_index",
    "merge_spans",
    "month_index",
    "months_in",
    "refuse_after_today",
    "span_of",
    "total_months",
    "years",
]
