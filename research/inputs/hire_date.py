"""The hire date as the user gives it (``--hire-date``, the web form's field): the one
parser every front end uses."""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import date

from research.errors import UsageError
from research.model import PartialDate

_YEAR = re.compile(r"(\d{4})(?:-\d{1,2}){0,2}$")


def parse_hire_date(
    text: str | None, *, today: date | None = None, option: str = "--hire-date"
) -> PartialDate | None:
    """``YYYY-MM`` or ``YYYY`` (a trailing ``-DD`` is allowed) as a :class:`PartialDate`;
    None when not given.

    A date that is not a date, or one after ``today`` (a hire that has not happened yet,
    usually a typo such as 2034 for 2024), is a :class:`UsageError` (exit 2) naming the
    option and the value."""
    if text is None or not text.strip():
        return None
    value = text.strip()
    today = today or date.today()
    future = UsageError(
        f"{option} {text!r} is in the future (today is {today.isoformat()})",
        hint="Give the month the hire started; a hire date cannot be later than today.",
    )
    year = _YEAR.match(value)
    if year and int(year.group(1)) > today.year:
        raise future  # before parsing: the year 2999 is a future year, not a non-date
    try:
        when = PartialDate.parse(value)
    except ValueError:
        raise UsageError(
            f"{option} {text!r} is not a date",
            hint=f"Use YYYY-MM or YYYY, for example: {option} 2024-03",
        ) from None
    later = when.first_month() > PartialDate.of(today).first_month()
    if not later and len(value) >= 10:  # a full day: compare the day too
        with suppress(ValueError):
            later = date.fromisoformat(value[:10]) > today
    if later:
        raise future
    return when


__all__ = ["parse_hire_date"]
