"""The ``jsonresume`` parsers on the JSON Resume project's own sample (issue 15, problem 7).
Input and origin: ``real/jsonresume/``."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from research.model import PartialDate
from research.testing import check_golden, load_json
from sources.jsonresume import parse_resume, parse_resume_lead

REAL = Path(__file__).parent / "real" / "jsonresume"
URL = "https://registry.jsonresume.org/rhendriks.json"
AT = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
CONTACTS = ("richard.hendriks@mail.com", "555-4321", "2712 Broadway", "94115")


def test_an_ended_job_is_not_the_current_role() -> None:
    lead = parse_resume_lead(load_json(REAL / "sample-resume.input.json"), URL, "registry")
    assert lead.employer is None
    assert lead.headline == "Programmer"
    assert lead.extra["previous_employer"] == "Pied Piper"


def test_volunteer_and_awards_are_read() -> None:
    career = parse_resume(load_json(REAL / "sample-resume.input.json"), URL, AT)
    volunteer = [e for e in career.experiences if e.employer == "CoderDojo"]
    assert [(e.title, e.start, e.end) for e in volunteer] == [
        ("Teacher (volunteer)", PartialDate(year=2012, month=1), PartialDate(year=2013, month=1))
    ]
    awards = [w for w in career.work if w.title == "Digital Compression Pioneer Award"]
    assert [(w.kind, w.date, w.description) for w in awards] == [
        ("other", PartialDate(year=2014, month=11), "Award from Techcrunch. There is no spoon.")
    ]


def test_golden_and_no_contact_details() -> None:
    data = load_json(REAL / "sample-resume.input.json")
    lead = parse_resume_lead(data, URL, "registry")
    career = parse_resume(data, URL, AT)
    check_golden(REAL / "sample-resume.lead.expected.json", lead)
    check_golden(REAL / "sample-resume.career.expected.json", career)
    text = lead.model_dump_json() + career.model_dump_json()
    assert not [c for c in CONTACTS if c in text]
