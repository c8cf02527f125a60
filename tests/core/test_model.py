"""The model's JSON is runnerup's public interface: field names, date forms, round trips."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pydantic import ValidationError

from research.model import (
    SCHEMA_VERSION,
    Answer,
    Career,
    Comparison,
    DegreeLevel,
    Education,
    Evidence,
    Experience,
    Method,
    PartialDate,
    Questions,
    Requirement,
    RequirementKind,
    Role,
    SalaryRange,
    Skill,
    Subject,
    json_schema,
)

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_COPY = ROOT / "docs" / "report.schema.json"


def _answer(name: str) -> Answer:
    return Answer(question=name, summary=f"{name} summary")


def _comparison() -> Comparison:
    ev = Evidence(
        source="github",
        url="https://github.com/adaokafor",
        fetched_at=datetime(2026, 11, 1, 12, 0, tzinfo=UTC),
        method=Method.API,
        quote="Head of Platform",
    )
    hire = Career(
        name="Ada Okafor",
        experiences=[
            Experience(
                title="Staff Engineer",
                employer="Tessellate Labs",
                start=PartialDate.parse("2019-04"),
                end=PartialDate.parse("2024"),
                evidence=[ev],
            )
        ],
        education=[Education(institution="Univ", level=DegreeLevel.MASTER, evidence=[ev])],
        skills=[Skill(name="Kubernetes", id="kubernetes", evidence=[ev])],
    )
    return Comparison(
        subject=Subject(name="Ada Okafor", employer="Northwind Robotics", role="Head of Platform"),
        role=Role(
            title="Head of Platform",
            date_posted=date(2024, 1, 10),
            requirements=[
                Requirement(
                    id="r1", text="5+ years of Kubernetes", kind=RequirementKind.EXPERIENCE, years=5
                )
            ],
            salary=SalaryRange(minimum=120000, maximum=150000, currency="EUR", period="year"),
        ),
        hire=hire,
        questions=Questions(
            experience=_answer("experience"),
            specific_experience=_answer("specific_experience"),
            credentials=_answer("credentials"),
            beyond=_answer("beyond"),
            pay=_answer("pay"),
            insider=_answer("insider"),
        ),
    )


def test_partial_date_keeps_year_precision() -> None:
    assert str(PartialDate.parse("2019")) == "2019"
    assert str(PartialDate.parse("2019-3")) == "2019-03"
    assert PartialDate.parse("2019-03-17") == PartialDate(year=2019, month=3)
    assert PartialDate.parse("2019").month is None


@pytest.mark.parametrize("bad", ["19", "March 2019", "2019-13", ""])
def test_partial_date_rejects_other_forms(bad: str) -> None:
    with pytest.raises(ValidationError):
        PartialDate.parse(bad)


def test_partial_date_month_bounds() -> None:
    assert PartialDate.parse("2019").first_month() == 2019 * 12
    assert PartialDate.parse("2019").last_month() == 2019 * 12 + 11
    assert PartialDate.parse("2019-10") < PartialDate.parse("2020")


def test_degree_levels_are_ordered() -> None:
    ranks = [lvl.rank for lvl in DegreeLevel]
    assert ranks == sorted(ranks) == [1, 2, 3, 4, 5]
    assert DegreeLevel("master").rank > DegreeLevel("bachelor").rank


def test_comparison_json_top_level_fields_are_the_public_interface() -> None:
    data = json.loads(_comparison().model_dump_json())
    assert list(data) == [
        "schema_version",
        "subject",
        "role",
        "you",
        "hire",
        "identity",
        "requirements",
        "questions",
        "coverage",
        "actions",
        "feedback_request",
        "sources",
        "as_of",
        "as_of_basis",
        "new_role",
    ]
    assert data["schema_version"] == SCHEMA_VERSION
    assert list(data["questions"]) == [
        "experience",
        "specific_experience",
        "credentials",
        "beyond",
        "pay",
        "insider",
    ]
    exp = data["hire"]["experiences"][0]
    assert list(exp) == ["title", "employer", "start", "end", "location", "summary", "evidence"]
    assert exp["start"] == "2019-04" and exp["end"] == "2024"
    assert list(data["hire"]["education"][0])[:7] == [
        "institution",
        "degree",
        "level",
        "field",
        "start",
        "end",
        "evidence",
    ]
    assert data["hire"]["education"][0]["level"] == "master"


def test_open_end_serialises_as_null() -> None:
    exp = Experience(title="Head", employer="N", start=PartialDate.parse("2024-03"))
    assert json.loads(exp.model_dump_json())["end"] is None


def test_comparison_round_trips() -> None:
    original = _comparison()
    again = Comparison.model_validate_json(original.model_dump_json())
    assert again == original


def test_unknown_fields_are_refused() -> None:
    with pytest.raises(ValidationError):
        Subject.model_validate({"name": "A", "email": "a@example.com"})


def test_schema_copy_is_in_sync() -> None:
    committed = json.loads(SCHEMA_COPY.read_text(encoding="utf-8"))
    assert committed == json_schema(), (
        "docs/report.schema.json is stale: run `runnerup schema > docs/report.schema.json`"
    )
