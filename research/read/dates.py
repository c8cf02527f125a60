"""Parsing dates and date ranges as resumes write them. Pure functions.

Understood: month names and abbreviations in English, German, French and Spanish ("Jan",
"Sept.", "März", "févr.", "enero de 2019"), numeric months ("03/2019", "3/19", "2019-03",
"2019.03", "01.03.2019"), years alone ("2019" stays a year), two-digit years after an
apostrophe ("Jan '19") or, in a range only, after a month name ("Jan 19 - Mar 21"), and
seasons. Seasons map to their first month: Spring -> 03, Summer -> 06, Fall/Autumn -> 09,
Winter -> 01 (the academic "Winter 2019" term starts in January 2019).

Range separators: hyphens and dashes, "to", "until", "till", "bis", "au", "à", "hasta";
open ends: "Present", "current", "now", "today", "to date", "ongoing", "heute", "aktuell",
"présent", "aujourd'hui", "actualidad", "presente" and a trailing dash; "since 2019".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from research.model import PartialDate

MONTHS: dict[str, int] = {}
_MONTH_NAMES = {
    1: "january jan januar jänner jaenner janvier janv enero ene",
    2: "february feb februar février fevrier févr fevr febrero",
    3: "march mar märz maerz mrz mär mars marzo",
    4: "april apr avril avr abril abr",
    5: "may mai mayo",
    6: "june jun juni juin junio",
    7: "july jul juli juillet juil julio",
    8: "august aug août aout agosto ago",
    9: "september sep sept septembre septiembre setiembre set",
    10: "october oct oktober okt octobre octubre",
    11: "november nov novembre noviembre",
    12: "december dec dezember dez décembre decembre déc diciembre dic",
}
for _number, _names in _MONTH_NAMES.items():
    for _name in _names.split():
        MONTHS[_name] = _number

SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 1}

_MONTH = "(?:" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?"
_SEASON = "(?:spring|summer|fall|autumn|winter)"
_Y4 = r"(?:19[4-9]\d|20[0-9]\d|21\d\d)"
_PRESENT = (
    r"(?:present|current(?:ly)?|now|today|(?:to\s+|till\s+)?date|ongoing|heute|aktuell|jetzt|"
    r"pr[ée]sent|aujourd[’']hui|actuel(?:lement)?|actualidad|presente|hoy|la\s+fecha)"
)
_SEP = r"\s*(?:[-–—‒―~]+|\bto\b|\buntil\b|\btill\b|\bbis\b|\bau\b|\bà\b|\ba\b|\bhasta\b)\s*"

# one date, without groups (for finding ranges); strong forms first
_DATE = (
    rf"(?:\d{{1,2}}[./]\d{{1,2}}[./]{_Y4}"
    rf"|{_MONTH}\s*(?:de\s+|,\s*)?(?:{_Y4}|[’']\d{{2}})"
    rf"|{_SEASON}\s*,?\s*{_Y4}"
    rf"|(?:0?[1-9]|1[0-2])\s*[/.]\s*{_Y4}"
    rf"|{_Y4}\s*[-/.]\s*(?:0[1-9]|1[0-2]|[1-9])(?![\d])"
    rf"|(?:0?[1-9]|1[0-2])/\d{{2}}(?![\d/])"
    rf"|{_Y4})"
)
_WEAK_DATE = rf"(?:{_MONTH}\s+\d{{2}}(?![\d:]))"

_RANGE = re.compile(
    rf"(?<![\w/.])(?P<a>{_DATE}|{_WEAK_DATE}){_SEP}(?P<b>{_DATE}|{_WEAK_DATE}|{_PRESENT})(?![\w])",
    re.IGNORECASE,
)
_SHORT_RANGE = re.compile(
    rf"(?<![\w/.])(?P<a>{_MONTH}){_SEP}(?P<b>{_MONTH}\s*,?\s*{_Y4})(?!\w)", re.IGNORECASE
)
_SINCE = re.compile(
    rf"(?:\bsince\b|\bseit\b|\bdepuis\b|\bdesde\b)\s*(?P<a>{_DATE})(?!\w)"
    rf"|(?<![\w/.])(?P<b>{_DATE})\s*[-–—]\s*(?=$|[)\]|,;])",
    re.IGNORECASE,
)
_SINGLE = re.compile(rf"(?<![\w/.])(?:{_DATE})(?![\w])", re.IGNORECASE)

_FULL_DMY = re.compile(rf"^(\d{{1,2}})([./])(\d{{1,2}})[./]({_Y4})$")
_MONTH_YEAR = re.compile(rf"^({_MONTH})\s*(?:de\s+|,\s*)?({_Y4}|[’']\d{{2}}|\d{{2}})$", re.I)
_SEASON_YEAR = re.compile(rf"^({_SEASON})\s*,?\s*({_Y4})$", re.I)
_NUM_MONTH_YEAR = re.compile(rf"^(0?[1-9]|1[0-2])\s*[/.]\s*({_Y4})$")
_YEAR_MONTH = re.compile(rf"^({_Y4})\s*[-/.]\s*(0[1-9]|1[0-2]|[1-9])$")
_SHORT_NUMERIC = re.compile(r"^(0?[1-9]|1[0-2])/(\d{2})$")
_YEAR = re.compile(rf"^({_Y4})$")


@dataclass(frozen=True)
class DateRange:
    """A range found in a line. ``end`` is None when open (``current``) or not stated;
    ``start`` is None for a lone date (then ``end`` holds it)."""

    start: PartialDate | None
    end: PartialDate | None
    current: bool
    text: str
    span: tuple[int, int] = (0, 0)
    """Where the range is in the line that was searched."""


def _two_digit(value: str) -> int:
    number = int(value)
    return 2000 + number if number < 50 else 1900 + number


def _month(name: str) -> int | None:
    return MONTHS.get(name.lower().rstrip("."))


def _make(year: int, month: int | None) -> PartialDate | None:
    if not 1900 <= year <= 2200:
        return None
    return PartialDate(year=year, month=month)


def _parse(text: str, *, weak: bool) -> PartialDate | None:
    value = re.sub(r"\s+", " ", text.strip().strip(",;()[]")).strip()
    if not value:
        return None
    if m := _YEAR.match(value):
        return _make(int(m.group(1)), None)
    if m := _MONTH_YEAR.match(value):
        month = _month(m.group(1))
        year_text = m.group(2)
        if month is None:
            return None
        if year_text[0] in "’'":
            return _make(_two_digit(year_text[1:]), month)
        if len(year_text) == 2:
            return _make(_two_digit(year_text), month) if weak else None
        return _make(int(year_text), month)
    if m := _SEASON_YEAR.match(value):
        return _make(int(m.group(2)), SEASONS[m.group(1).lower()])
    if m := _YEAR_MONTH.match(value):
        return _make(int(m.group(1)), int(m.group(2)))
    if m := _NUM_MONTH_YEAR.match(value):
        return _make(int(m.group(2)), int(m.group(1)))
    if m := _FULL_DMY.match(value):
        first, second = int(m.group(1)), int(m.group(3))
        # 01.03.2019 is day.month; 03/15/2019 is month/day; 15/03/2019 is day/month
        month = first if m.group(2) == "/" and first <= 12 and second > 12 else second
        return _make(int(m.group(4)), month) if 1 <= month <= 12 else None
    if m := _SHORT_NUMERIC.match(value):
        return _make(_two_digit(m.group(2)), int(m.group(1)))
    return None


def parse_date(text: str) -> PartialDate | None:
    """One date written alone ("Jan 2019", "03/2019", "2019", "Spring 2019", "März 2019");
    None when the text is not a date."""
    return _parse(text, weak=False)


def _is_present(text: str) -> bool:
    return re.fullmatch(_PRESENT, text.strip(), re.IGNORECASE) is not None


def parse_range(text: str) -> DateRange | None:
    """The first date range in a line ("Jan 2019 – Present", "2019 - 2021", "since 2020");
    a lone date gives a range with only ``end`` set. None when the line has no date."""
    for match in _RANGE.finditer(text):
        start = _parse(match.group("a"), weak=True)
        end_text = match.group("b")
        if start is None:
            continue
        if _is_present(end_text):
            return DateRange(start, None, True, match.group(0).strip(), match.span())
        end = _parse(end_text, weak=True)
        if end is None or (end < start and not (end.year == start.year and end.month is None)):
            continue
        return DateRange(start, end, False, match.group(0).strip(), match.span())
    if short := _SHORT_RANGE.search(text):
        end = _parse(short.group("b"), weak=False)
        month = _month(short.group("a"))
        if end is not None and month is not None and (end.month or 12) >= month:
            start = PartialDate(year=end.year, month=month)
            return DateRange(start, end, False, short.group(0).strip(), short.span())
    if since := _SINCE.search(text):
        start = _parse(since.group("a") or since.group("b"), weak=False)
        if start is not None:
            return DateRange(start, None, True, since.group(0).strip(), since.span())
    for match in _SINGLE.finditer(text):
        single = _parse(match.group(0), weak=False)
        if single is not None:
            return DateRange(None, single, False, match.group(0).strip(), match.span())
    return None


DATE_PATTERN = _DATE
"""One date as a regular expression without groups (for other modules' patterns)."""

__all__ = ["DATE_PATTERN", "MONTHS", "SEASONS", "DateRange", "parse_date", "parse_range"]
