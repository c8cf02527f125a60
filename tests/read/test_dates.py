"""The date and date-range parser: a golden table."""

from __future__ import annotations

import pytest

from research.dates import experience_months
from research.model import Experience, PartialDate
from research.read.dates import parse_date, parse_range


def d(text: str) -> PartialDate:
    return PartialDate.parse(text)


DATES: list[tuple[str, str | None]] = [
    ("2019", "2019"),
    ("Jan 2019", "2019-01"),
    ("January 2019", "2019-01"),
    ("Sept. 2018", "2018-09"),
    ("Sep 2018", "2018-09"),
    ("sept 2018", "2018-09"),
    ("Dec, 2020", "2020-12"),
    ("03/2019", "2019-03"),
    ("3/2019", "2019-03"),
    ("3/19", "2019-03"),
    ("2019-03", "2019-03"),
    ("2019.03", "2019-03"),
    ("2019/3", "2019-03"),
    ("03.2019", "2019-03"),
    ("01.03.2019", "2019-03"),
    ("15/03/2019", "2019-03"),
    ("03/15/2019", "2019-03"),
    ("Jan '19", "2019-01"),
    ("Mar ’98", "1998-03"),
    ("Spring 2019", "2019-03"),
    ("Summer 2019", "2019-06"),
    ("Fall 2019", "2019-09"),
    ("Autumn 2019", "2019-09"),
    ("Winter 2019", "2019-01"),
    ("März 2019", "2019-03"),
    ("Mai 2019", "2019-05"),
    ("Okt. 2019", "2019-10"),
    ("Dez. 2019", "2019-12"),
    ("Januar 2020", "2020-01"),
    ("janvier 2015", "2015-01"),
    ("février 2015", "2015-02"),
    ("août 2018", "2018-08"),
    ("décembre 2018", "2018-12"),
    ("juillet 2018", "2018-07"),
    ("enero de 2019", "2019-01"),
    ("septiembre 2019", "2019-09"),
    ("diciembre 2019", "2019-12"),
    # not dates
    ("Jan 19", None),  # a day, unless inside a range
    ("19", None),
    ("Python", None),
    ("555-0142", None),
    ("", None),
    ("13/2019", None),
]


@pytest.mark.parametrize(("text", "want"), DATES)
def test_parse_date(text: str, want: str | None) -> None:
    got = parse_date(text)
    assert (str(got) if got else None) == want


RANGES: list[tuple[str, str | None, str | None, bool]] = [
    # text, start, end, current
    ("Jan 2019 – Present", "2019-01", None, True),
    ("Jan 2019 — present", "2019-01", None, True),
    ("Jan 2019 - Current", "2019-01", None, True),
    ("Jan 2019 to now", "2019-01", None, True),
    ("Jan 2019 to date", "2019-01", None, True),
    ("Jan 2019 – today", "2019-01", None, True),
    ("2019 - ongoing", "2019", None, True),
    ("2019 –", "2019", None, True),
    ("since 2020", "2020", None, True),
    ("2019 - 2021", "2019", "2021", False),
    ("2019-2021", "2019", "2021", False),
    ("2019–2021", "2019", "2021", False),
    ("2019 to 2021", "2019", "2021", False),
    ("Oct 2022 - Jan 2023", "2022-10", "2023-01", False),
    ("03/2019 - 3/21", "2019-03", "2021-03", False),
    ("08/2020 – Present", "2020-08", None, True),
    ("2019-03 to 2020-12", "2019-03", "2020-12", False),
    ("2019.03 - 2019.10", "2019-03", "2019-10", False),
    ("01.03.2019 - 31.12.2020", "2019-03", "2020-12", False),
    ("Jan '19 - Mar '21", "2019-01", "2021-03", False),
    ("Jan 19 - Mar 21", "2019-01", "2021-03", False),
    ("Jan – Mar 2019", "2019-01", "2019-03", False),
    ("Spring 2019 - Fall 2020", "2019-03", "2020-09", False),
    ("Sept. 2018 - Okt. 2020", "2018-09", "2020-10", False),
    ("März 2020 – heute", "2020-03", None, True),
    ("Okt. 2016 – Feb. 2020", "2016-10", "2020-02", False),
    ("Mai 2015 bis Sept. 2016", "2015-05", "2016-09", False),
    ("janvier 2015 à août 2018", "2015-01", "2018-08", False),
    ("septembre 2019 – aujourd'hui", "2019-09", None, True),
    ("mai 2016 - présent", "2016-05", None, True),
    ("enero de 2019 - actualidad", "2019-01", None, True),
    ("marzo 2018 - presente", "2018-03", None, True),
    ("January 2020 - Present (2 years 3 months)", "2020-01", None, True),
    # inside a line
    ("Senior Engineer, Acme Corp — Berlin | Jan 2019 – Present", "2019-01", None, True),
    ("Senior Engineer at Acme (2019-2021)", "2019", "2021", False),
    ("University of Lagos · (2010 - 2014)", "2010", "2014", False),
    ("York, UK | October 2017 – August 2020", "2017-10", "2020-08", False),
]


@pytest.mark.parametrize(("text", "start", "end", "current"), RANGES)
def test_parse_range(text: str, start: str | None, end: str | None, current: bool) -> None:
    got = parse_range(text)
    assert got is not None
    assert (str(got.start) if got.start else None) == start
    assert (str(got.end) if got.end else None) == end
    assert got.current is current
    a, b = got.span
    assert text[a:b].strip() == got.text


def test_a_lone_date_is_an_end() -> None:
    got = parse_range("Graduated May 2014")
    assert got is not None
    assert got.start is None and got.end == d("2014-05") and not got.current


@pytest.mark.parametrize(
    "text", ["Led a team of 5 engineers", "Phone 555-0142", "", "Python, Go", "2021 - 2019"]
)
def test_no_range(text: str) -> None:
    got = parse_range(text)
    assert got is None or got.start is None


def test_months_are_counted_inclusively_and_overlaps_merged() -> None:
    as_of = d("2024-12")
    oct_jan = parse_range("Oct 2022 - Jan 2023")
    assert oct_jan is not None
    one = Experience(start=oct_jan.start, end=oct_jan.end)
    assert experience_months([one], as_of) == 4
    overlap = parse_range("Dec 2022 – Mar 2023")
    assert overlap is not None
    two = Experience(start=overlap.start, end=overlap.end)
    assert experience_months([one, two], as_of) == 6


def test_year_only_ranges_stay_years() -> None:
    got = parse_range("2019 - 2021")
    assert got is not None and got.start is not None and got.end is not None
    assert got.start.month is None and got.end.month is None
