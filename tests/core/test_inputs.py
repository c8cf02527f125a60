"""``research.inputs``: what a document is, and the one way a career or a posting is read
from it (runnerup's own JSON taken as it is, the other model refused by name)."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from research.errors import DocumentNotFound, FetchError, UnsupportedDocument, UsageError
from research.fetch.outcome import Fetched, Outcome, Provenance
from research.inputs import (
    classify_document,
    load_career,
    load_posting,
    load_posting_file,
    posting_note,
)
from research.model import Career, Experience, PartialDate, Role
from research.read import read_resume

DOCS = Path(__file__).resolve().parents[2] / "fixtures" / "documents"
POSTINGS = DOCS / "postings"
RESUMES = DOCS / "resumes"


def test_runnerup_json_is_recognised_whatever_the_file_is_named(tmp_path: Path) -> None:
    career = Career(
        name="Noor Haddad",
        experiences=[
            Experience(title="Data Analyst", employer="Saltmarsh", start=PartialDate(year=2021))
        ],
    )
    saved = tmp_path / "noor.txt"  # not .json: the content decides
    saved.write_text(career.model_dump_json(indent=2), encoding="utf-8")
    found = classify_document(saved)
    assert (found.holds, found.format, found.what) == (
        "career",
        "json",
        "runnerup's JSON of a career",
    )
    assert found.model == career
    assert load_career(saved) == career

    role = Role(title="QA Lead", employer="Acme Widgets")
    posting = tmp_path / "qa-lead.json"
    posting.write_text(role.model_dump_json(), encoding="utf-8")
    assert classify_document(posting).holds == "posting"
    assert load_posting_file(posting) == role


def test_the_wrong_model_is_refused_naming_the_file_and_the_option(tmp_path: Path) -> None:
    posting = tmp_path / "qa-lead.json"
    posting.write_text(Role(title="QA Lead").model_dump_json(), encoding="utf-8")
    with pytest.raises(UnsupportedDocument) as caught:
        load_career(posting)
    assert caught.value.exit_code == 4
    assert caught.value.message == (
        "qa-lead.json: this is runnerup's JSON of a job posting, not a resume or profile"
    )
    assert caught.value.hint == "Give it as the posting (--posting)."

    career = tmp_path / "me.json"
    career.write_text(Career(name="Noor Haddad").model_dump_json(), encoding="utf-8")
    with pytest.raises(UnsupportedDocument, match="JSON of a career, not a job posting"):
        load_posting_file(career)


def test_an_empty_json_object_is_whichever_model_is_asked_for(tmp_path: Path) -> None:
    empty = tmp_path / "empty.json"
    empty.write_text("{}", encoding="utf-8")
    assert load_career(empty) == Career()
    assert load_posting_file(empty) == Role()


@pytest.mark.parametrize(
    ("path", "holds", "what"),
    [
        (POSTINGS / "fernhill-charge-nurse.txt", "posting", "a job posting (text file)"),
        (POSTINGS / "orchard-bi-analyst.docx", "posting", "a job posting (Word document)"),
        (RESUMES / "caroline-oneill-midwife.txt", "career", "a resume or profile (text file)"),
        (RESUMES / "ada-okafor-linkedin.pdf", "career", "a resume or profile (PDF)"),
        (DOCS / "profiles" / "ada-okafor-nurse.resume.json", "career", "a JSON Resume"),
    ],
    ids=lambda value: value.name if isinstance(value, Path) else str(value),
)  # fmt: skip
def test_documents_are_classified_by_content(path: Path, holds: str, what: str) -> None:
    found = classify_document(path)
    assert (found.holds, found.what, found.model) == (holds, what, None)


def test_job_posting_json_is_a_posting(tmp_path: Path) -> None:
    data = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Welder"}
    posting = tmp_path / "welder.json"
    posting.write_text(json.dumps(data), encoding="utf-8")
    assert classify_document(posting).what == "a job posting (JobPosting JSON)"
    assert load_posting_file(posting).title == "Welder"


def test_other_files_read_as_the_readers_read_them() -> None:
    resume = DOCS / "resumes" / "ada-okafor-linkedin.pdf"
    assert load_career(resume) == read_resume(resume)
    from research.read.posting import read_posting_file

    posting = POSTINGS / "harbor-health-project-manager.txt"
    assert asyncio.run(load_posting(str(posting))) == read_posting_file(posting)


def test_missing_files_are_input_errors(tmp_path: Path) -> None:
    for load in (load_career, load_posting_file, classify_document):
        with pytest.raises(DocumentNotFound, match=r"no-such\.pdf: there is no such file"):
            load(tmp_path / "no-such.pdf")


class _OnePage:
    """A Fetcher that answers one URL (and records what was asked)."""

    def __init__(self, url: str, outcome: Outcome, body: bytes, content_type: str) -> None:
        self.url, self.outcome, self.body, self.content_type = url, outcome, body, content_type
        self.asked: list[str] = []

    async def get(self, url: str, *, source: str | None = None, **_: object) -> Fetched:
        self.asked.append(url)
        when = datetime(2026, 3, 1, tzinfo=UTC)
        return Fetched(
            url=url,
            outcome=self.outcome,
            provenance=Provenance(url, url, when, self.outcome, status=200, source=source),
            status=200 if self.outcome is Outcome.OK else 403,
            final_url=url,
            body=self.body if self.outcome is Outcome.OK else b"",
            content_type=self.content_type,
        )

    async def render(self, url: str, *, source: str | None = None, purpose: str = "") -> Fetched:
        raise AssertionError("a posting is not rendered")


def test_a_posting_url_goes_through_the_fetcher_given() -> None:
    url = "https://jobs.example.test/welder"
    page = (POSTINGS / "northwind-head-of-platform.html").read_bytes()
    fetcher = _OnePage(url, Outcome.OK, page, "text/html")
    role = asyncio.run(load_posting(url, fetcher))
    assert fetcher.asked == [url]
    assert (role.title, role.url) == ("Head of Platform", url)

    refused = _OnePage(url, Outcome.BLOCKED, b"", "text/html")
    with pytest.raises(FetchError, match="behind a login") as caught:
        asyncio.run(load_posting(url, refused))
    assert caught.value.exit_code == 5


def test_a_posting_url_without_a_fetcher_says_to_save_the_page() -> None:
    with pytest.raises(UsageError, match="needs the fetch door") as caught:
        asyncio.run(load_posting("https://jobs.example.test/welder"))
    assert "Save the posting's page to a file" in (caught.value.hint or "")


def test_posting_note_names_the_options_to_give() -> None:
    assert posting_note(Role(title="Welder", employer="Acme")) is None
    note = posting_note(Role())
    assert note is not None and "--role TITLE and --employer NAME" in note
