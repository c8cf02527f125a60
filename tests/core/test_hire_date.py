"""One parser for the hire date, used by ``lookup`` and ``compare``: a date in the future
is refused with a clear message (exit 2), everywhere a hire date is accepted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from research.cli import app
from research.dates import after_today
from research.errors import UsageError
from research.inputs import parse_hire_date
from research.model import PartialDate

TODAY = date(2026, 6, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03", PartialDate(year=2024, month=3)),
        ("2024", PartialDate(year=2024)),
        (" 2026-06 ", PartialDate(year=2026, month=6)),  # this month: fine
        ("2026-06-15", PartialDate(year=2026, month=6)),  # today: fine
        ("2026", PartialDate(year=2026)),  # this year: fine
        (None, None),
        ("", None),
    ],
)
def test_dates_up_to_today_are_accepted(text: str | None, expected: PartialDate | None) -> None:
    assert parse_hire_date(text, today=TODAY) == expected


@pytest.mark.parametrize("text", ["2026-07", "2027", "2026-06-16", "2036-03", "2999-01"])
def test_dates_after_today_are_refused(text: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_hire_date(text, today=TODAY)
    assert caught.value.exit_code == 2
    assert "in the future" in caught.value.message and text in caught.value.message
    assert "2026-06-15" in caught.value.message


@pytest.mark.parametrize("text", ["last spring", "2024-13", "03/2024", "20244"])
def test_non_dates_are_refused_naming_the_option(text: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_hire_date(text, today=TODAY)
    assert "--hire-date" in caught.value.message and "not a date" in caught.value.message


def test_lookup_refuses_a_future_hire_date_before_any_network(tmp_path: Path) -> None:
    future = str(date.today().year + 10)
    result = CliRunner().invoke(
        app,
        [
            "--home",
            str(tmp_path),
            "--connect-to",
            "*=127.0.0.1:9",  # nothing listens there: a request would fail differently
            "lookup",
            "Ada Okafor",
            "-e",
            "Northwind Robotics",
            "-r",
            "Head of Platform",
            "--hire-date",
            future,
        ],
    )
    assert result.exit_code == 2
    assert f"--hire-date '{future}' is in the future" in result.output


@pytest.mark.parametrize(
    ("given", "after"),
    [
        (PartialDate(year=2026), False),  # this year: its first day is past
        (PartialDate(year=2026, month=6), False),
        (date(2026, 6, 15), False),
        (date(2026, 6, 16), True),
        (PartialDate(year=2026, month=7), True),
        (PartialDate(year=2027), True),
        (2999, True),  # a year the model does not hold is still a year
    ],
)
def test_one_rule_says_what_is_after_today(given: date | PartialDate | int, after: bool) -> None:
    assert after_today(given, TODAY) is after


@pytest.mark.parametrize("text", ["2026-07", "2027", "2034-05"])
def test_compare_and_the_option_refuse_a_future_date_in_the_same_words(text: str) -> None:
    from research.compare import compare
    from research.model import Career, Role, Subject

    with pytest.raises(UsageError) as option:
        parse_hire_date(text, today=TODAY)
    subject = Subject(name="Pat Example", hire_date=PartialDate.parse(text))
    with pytest.raises(UsageError) as library:
        compare(Role(title="Analyst"), Career(), Career(), subject, today=TODAY)
    assert option.value.message == f"--hire-date '{text}' is in the future (today is 2026-06-15)"
    assert library.value.message == f"the hire date {text} is in the future (today is 2026-06-15)"
    assert option.value.hint == library.value.hint
    assert option.value.exit_code == library.value.exit_code == 2


@pytest.mark.parametrize("text", ["2026", "2026-06", "2026-06-15"])
def test_compare_and_the_option_accept_the_same_dates(text: str) -> None:
    from research.compare import compare
    from research.model import Career, Role, Subject

    when = parse_hire_date(text, today=TODAY)
    subject = Subject(name="Pat Example", hire_date=when)
    result = compare(Role(title="Analyst"), Career(), Career(), subject, today=TODAY)
    assert result.as_of == when and result.as_of_basis == "hire date"
