"""The hire date as the user gives it (``--hire-date``, the web form's field): the one
parser every front end uses."""

from __future__ import annotations

import re
from datetime import date

from research.dates import refuse_after_today
from research.errors import UsageError
from research.model import PartialDate

_SHAPE = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


def parse_hire_date(
    text: str | None, *, today: date | None = None, option: str = "--hire-date"
) -> PartialDate | None:
    """``YYYY-MM`` or ``YYYY`` (a trailing ``-DD`` is allowed) as a :class:`PartialDate`;
    None when not given.

    A date that is not a date, or one after ``today`` (:func:`research.dates.after_today`:
    to the day when a day is given), is a :class:`UsageError` (exit 2) naming the option
    and the value."""
    if text is None or not text.strip():
        return None
    value = text.strip()
    today = today or date.today()
    shown = repr(text)
    shape = _SHAPE.match(value)
    if shape:  # before parsing: the year 2999 is a future year, not a non-date
        refuse_after_today(int(shape[1]), what=option, shown=shown, today=today)
    try:
        when = PartialDate.parse(value)
    except ValueError:
        raise UsageError(
            f"{option} {text!r} is not a date",
            hint="Use YYYY-MM or YYYY, for example: "
            + (f"{option} 2024-03" if option.startswith("-") else "2024-03"),
        ) from None
    refuse_after_today(_day(shape) or when, what=option, shown=shown, today=today)
    return when


def _day(shape: re.Match[str] | None) -> date | None:
    """The day a ``YYYY-MM-DD`` names (None for a month, a year or no such day)."""
    if shape is None or shape[3] is None:
        return None
    try:
        return date(int(shape[1]), int(shape[2]), int(shape[3]))
    except ValueError:
        return None


__all__ = ["parse_hire_date"]
