"""Role matching and timing."""

from __future__ import annotations

import pytest

from research.identity.roles import (
    TIMING_POINTS,
    career_start,
    lead_timing,
    parse_title,
    role_part,
    role_similarity,
    timing_part,
)
from research.model import Career, Experience, Lead, PartialDate, Subject


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        ("Software Engineer", "Developer", 1.0, 1.0),
        ("Software Engineer", "Programmer", 1.0, 1.0),
        ("RN", "Registered Nurse", 1.0, 1.0),
        ("Accountant", "CPA", 1.0, 1.0),
        ("VP Engineering", "Vice President of Engineering", 1.0, 1.0),
        ("Senior Software Engineer", "Junior Developer", 0.7, 0.8),
        ("Staff Engineer", "Principal Engineer", 0.7, 0.8),
        ("Head of Platform", "Head of Platform Engineering", 0.75, 0.9),
        ("Software Engineer", "Registered Nurse", 0.0, 0.0),
        ("Sales Director", "Head of Platform", 0.0, 0.0),
    ],
)
def test_role_similarity(a: str, b: str, low: float, high: float) -> None:
    score = role_similarity(a, b).score
    assert low <= score <= high, role_similarity(a, b)


def test_seniority_lowers_but_does_not_zero() -> None:
    same = role_similarity("Senior Data Scientist", "Senior Data Scientist").score
    other = role_similarity("Senior Data Scientist", "Junior Data Scientist").score
    assert 0 < other < same


def test_parse_title() -> None:
    title = parse_title("Sr. Software Developer")
    assert title.function == "software engineer"
    assert title.seniority == {"senior"}
    assert parse_title("Head of Platform").seniority == {"head"}
    assert parse_title("Summer Intern").seniority == {"intern"}


def test_role_part_from_text_ignores_handle() -> None:
    subject = Subject(name="Tomasz Nowak", role="Registered Nurse")
    plain = Lead(
        url="https://github.com/tnowak-rn", source="github", title="tnowak-rn", handle="tnowak-rn"
    )
    assert role_part(subject, plain) is None
    press = Lead(
        url="https://x.test/n", source="company", title="Harbor Point welcomes Tomasz Nowak, RN"
    )
    part = role_part(subject, press)
    assert part is not None and part.points > 0


HIRE = Subject(
    name="Ada Okafor", employer="Northwind Robotics", hire_date=PartialDate.parse("2024-03")
)


@pytest.mark.parametrize(
    ("start", "points"),
    [
        ("2024-03", TIMING_POINTS),
        ("2024-07", TIMING_POINTS),
        ("2023-11", TIMING_POINTS),
        ("2024", TIMING_POINTS),
        ("2024-08", 0.05),
        ("2023-06", 0.05),
        ("2019-02", -0.05),
        ("2026-01", None),
        ("not a date", None),
    ],
)
def test_timing(start: str, points: float | None) -> None:
    part = timing_part(HIRE, start)
    assert (part.points if part else None) == points


def test_timing_uses_reference_without_hire_date() -> None:
    subject = HIRE.model_copy(update={"hire_date": None})
    assert timing_part(subject, "2024-03") is None
    part = timing_part(subject, "2024-03", reference=PartialDate.parse("2024-01"))
    assert part is not None and "posting date" in part.detail


def test_timing_from_career() -> None:
    career = Career(
        experiences=[
            Experience(title="Engineer", employer="Fabrikam", start=PartialDate.parse("2019-01")),
            Experience(
                title="Head of Platform",
                employer="Northwind Robotics GmbH",
                start=PartialDate.parse("2024-02"),
            ),
        ]
    )
    assert career_start(HIRE, career) == PartialDate.parse("2024-02")
    lead = Lead(url="https://ada-okafor.test/", source="webpage")
    part = lead_timing(HIRE, lead, career=career)
    assert part is not None and part.points == TIMING_POINTS
    dated = Lead(url="https://n.test/", source="company", extra={"start": "2024-04"})
    assert lead_timing(HIRE, dated) is not None
