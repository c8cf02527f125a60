"""JSON Resume -> Career, field by field; contact details dropped."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from research.model import DegreeLevel, Evidence, Method
from research.read import career_from_bytes, career_from_json_resume, is_json_resume

RESUMES = Path(__file__).resolve().parents[2] / "fixtures" / "documents" / "resumes"
EVIDENCE = Evidence(
    source="jsonresume", url="https://noah.example/resume.json", method=Method.JSON_RESUME
)


def resume() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((RESUMES / "noah-williams.json").read_text("utf-8"))
    return data


def test_fields() -> None:
    career = career_from_json_resume(resume(), evidence=EVIDENCE)
    assert career.name == "Noah Williams"
    assert career.headline == "Product Manager"
    assert career.location == "Chicago, IL, US"
    first = career.experiences[0]
    assert (first.title, first.employer, str(first.start), first.end) == (
        "Senior Product Manager",
        "Freightly",
        "2021-04",
        None,
    )
    assert "roadmap" in first.summary
    second = career.experiences[1]
    assert str(second.end) == "2021-03"
    mba = career.education[0]
    assert mba.level is DegreeLevel.MASTER and mba.field == "Business Administration"
    assert [c.name for c in career.certifications] == ["Certified Scrum Product Owner"]
    assert career.certifications[0].issuer == "Scrum Alliance"
    assert [s.name for s in career.skills] == ["SQL", "A/B testing", "Jira"]
    assert [(lang.name, lang.level) for lang in career.languages] == [("English", "Native speaker")]
    kinds = sorted((w.kind, w.title) for w in career.work)
    assert kinds == [("project", "Carrier scorecards"), ("publication", "Routing at the last mile")]
    assert career.work[-1].url == "https://example.com/routing" or career.work[0].url


def test_contact_details_are_dropped() -> None:
    dumped = career_from_json_resume(resume(), evidence=EVIDENCE).model_dump_json()
    for detail in ("noah.williams@example.com", "555-0190", "221 Lake Shore Drive", "60611"):
        assert detail not in dumped


def test_evidence_points_at_the_url() -> None:
    career = career_from_json_resume(resume(), evidence=EVIDENCE)
    evidence = career.experiences[0].evidence[0]
    assert evidence.url == "https://noah.example/resume.json"
    assert evidence.method is Method.JSON_RESUME
    assert "Senior Product Manager at Freightly" in evidence.quote


def test_from_bytes() -> None:
    data = (RESUMES / "noah-williams.json").read_bytes()
    career = career_from_bytes(
        data, name="resume.json", url="https://noah.example/resume.json", source="jsonresume"
    )
    assert career.experiences[0].evidence[0].source == "jsonresume"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"basics": {"name": "X"}}, True),
        ({"work": [{"name": "Acme"}], "education": []}, True),
        ({"work": [{"name": "Acme"}]}, False),
        ({"title": "Engineer"}, False),
        ([{"basics": {}}], False),
        ("basics", False),
    ],
)
def test_is_json_resume(data: Any, expected: bool) -> None:
    assert is_json_resume(data) is expected


def test_odd_values_are_skipped_not_fatal() -> None:
    data = {
        "basics": {"name": "X", "location": "Berlin"},
        "work": [
            {"position": "Engineer", "company": "Acme", "startDate": "March 2019"},
            "not an object",
            {"summary": "no title or employer"},
        ],
        "education": [
            {
                "institution": "University of Leeds",
                "studyType": "Bachelor",
                "startDate": 2014,
                "endDate": "bad",
            }
        ],
        "skills": [{"name": "Python"}, {"keywords": ["Go", 3]}],
    }
    career = career_from_json_resume(data, evidence=EVIDENCE)
    assert [(e.title, e.employer, str(e.start)) for e in career.experiences] == [
        ("Engineer", "Acme", "2019-03")
    ]
    assert str(career.education[0].start) == "2014" and career.education[0].end is None
    assert [s.name for s in career.skills] == ["Python", "Go"]
