"""LinkedIn's saved profile PDF, and the ``linkedin`` source that reads it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from research.errors import DocumentNotFound
from research.model import DegreeLevel, Lead, Subject
from research.read import career_from_linkedin_pdf, is_linkedin_pdf, pdf_lines, read_resume
from research.source import SourceContext
from research.testing import FakeFetcher
from sources.linkedin import LinkedInSource, lead_path

RESUMES = Path(__file__).resolve().parents[2] / "fixtures" / "documents" / "resumes"
ADA = RESUMES / "ada-okafor-linkedin.pdf"


def test_detects_linkedin_pdfs_only() -> None:
    assert is_linkedin_pdf(pdf_lines(ADA.read_bytes(), ADA.name))
    for other in ("sam-rivera.pdf", "priya-nair-two-column.pdf", "tomas-lindqvist-tables.pdf"):
        path = RESUMES / other
        assert not is_linkedin_pdf(pdf_lines(path.read_bytes(), other)), other


def test_the_hire() -> None:
    career = career_from_linkedin_pdf(ADA.read_bytes(), name=ADA.name)
    assert career.name == "Ada Okafor"
    assert career.headline == "Head of Platform at Northwind Robotics"
    assert career.location == "Bristol, England, United Kingdom"
    assert career.summary.startswith("Platform engineering leader.")
    roles = [
        (e.title, e.employer, str(e.start), str(e.end) if e.end else None)
        for e in career.experiences
    ]
    assert roles == [
        ("Head of Platform", "Northwind Robotics", "2024-03", None),
        ("Staff Engineer", "Tessellate Labs", "2022-01", "2024-02"),
        ("Senior Software Engineer", "Tessellate Labs", "2019-05", "2021-12"),
        ("Software Engineer", "Brightwave", "2015-09", "2019-04"),
    ]
    assert career.experiences[1].location == "London, England, United Kingdom"
    assert "Kubernetes platform" in career.experiences[1].summary
    msc = career.education[0]
    assert (msc.institution, msc.level, msc.field) == (
        "University of Lakeside",
        DegreeLevel.MASTER,
        "Computer Science",
    )
    assert (str(msc.start), str(msc.end)) == ("2013", "2014")
    assert [s.name for s in career.skills] == ["Kubernetes", "Platform Engineering", "Go"]
    assert [c.name for c in career.certifications] == ["Certified Kubernetes Administrator (CKA)"]
    assert [lang.name for lang in career.languages] == ["English", "Yoruba"]


def test_contact_and_footers_are_dropped() -> None:
    dumped = career_from_linkedin_pdf(ADA.read_bytes(), name=ADA.name).model_dump_json()
    for text in ("ada.okafor@example.com", "555 0101", "Page 1 of", "(Mobile)"):
        assert text not in dumped


def test_evidence_cites_file_and_page() -> None:
    career = career_from_linkedin_pdf(ADA.read_bytes(), name=ADA.name)
    pages = {e.evidence[0].page for e in career.experiences}
    assert pages <= {1, 2} and all(e.evidence[0].file == ADA.name for e in career.experiences)
    assert career.experiences[0].evidence[0].source == "linkedin"
    assert "March 2024 - Present" in career.experiences[0].evidence[0].quote


def test_read_resume_recognises_a_linkedin_pdf() -> None:
    career = read_resume(ADA)
    assert len(career.experiences) == 4
    assert career.experiences[0].evidence[0].source == "resume"


def _source() -> LinkedInSource:
    # strict: any request fails the test (the linkedin source must never fetch)
    return LinkedInSource(SourceContext(fetcher=FakeFetcher(strict=True)))


def test_source_info() -> None:
    info = LinkedInSource.info
    assert info.id == "linkedin" and info.kind == "manual" and info.rate == 0
    assert "never fetches" in info.terms_summary


def test_search_never_fetches() -> None:
    leads = asyncio.run(_source().search(Subject(name="Ada Okafor")))
    assert leads == []


def test_collect_from_a_file_url_and_a_path() -> None:
    by_url = Lead(url=ADA.as_uri(), source="linkedin")
    by_path = Lead(
        url="https://www.linkedin.com/in/ada-okafor", source="linkedin", extra={"path": str(ADA)}
    )
    for lead in (by_url, by_path):
        assert lead_path(lead) == ADA
        career = asyncio.run(_source().collect(lead))
        assert career.name == "Ada Okafor" and len(career.experiences) == 4


def test_collect_of_a_resume_that_is_not_linkedin_is_empty() -> None:
    lead = Lead(url=(RESUMES / "sam-rivera.pdf").as_uri(), source="linkedin")
    assert asyncio.run(_source().collect(lead)).is_empty()


def test_collect_of_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    lead = Lead(url=(tmp_path / "gone.pdf").as_uri(), source="linkedin")
    with pytest.raises(DocumentNotFound):
        asyncio.run(_source().collect(lead))


def test_examples_run() -> None:
    for example in LinkedInSource.examples:
        if example.lead is None:
            continue
        career = asyncio.run(_source().collect(example.lead))
        if example.expect.empty:
            assert career.is_empty(), example.name
        else:
            assert career.name == "Ada Okafor", example.name
            employers = " ".join(e.employer for e in career.experiences)
            for employer in example.expect.employers:
                assert employer in employers, example.name
