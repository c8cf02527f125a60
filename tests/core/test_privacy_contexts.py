"""research.privacy: one set of patterns, read in the context a text comes from.

Each old scrubber's false positives are a case here: a resume's dates read as phone numbers
or streets (was read/contact.py), a posting's requirement wording, dates and company address
(was read/posting_privacy.py), a model's links and identifiers (was compare/scrubbing.py).
Whatever the context, the hire's email, phone and street address never survive.
"""

from __future__ import annotations

import pytest

from research.model import Career, Evidence, Experience, Lead, Method
from research.privacy import (
    CONTEXTS,
    find_contact_details,
    is_clean,
    scrub,
    scrub_model,
    scrubber,
)

DETAILS = [
    "ada.okafor@example.com",
    "ada [at] example [dot] org",
    "mailto:ada@example.com",
    "tel:+442079460958",
    "+44 20 7946 0958",
    "(555) 010-4477",
    "12 Baker Street",
    "2020 Kings Road",
    "Musterstraße 12",
]


@pytest.mark.parametrize("context", CONTEXTS)
@pytest.mark.parametrize("detail", DETAILS)
def test_no_context_lets_a_contact_detail_through(context: str, detail: str) -> None:
    line = f"Head of Platform | Jan 2019 – Mar 2021 | {detail} | Northwind Robotics"
    out = scrub(line, context)  # type: ignore[arg-type]
    assert detail not in out
    assert not find_contact_details(out)
    assert "Head of Platform" in out


@pytest.mark.parametrize(
    ("line", "text_reads"),
    [
        # a season before a year looks like a street ("Ostring 12") to the patterns
        ("Spring 2020 – Summer 2021, Research Assistant", "– Summer 2021, Research Assistant"),
        ("Spring 2019 Internship, Acme", "Internship, Acme"),
        # a month-year range written without spaces looks like a phone number
        ("Engineer | 03.2019-04.2021 | Acme", "Engineer | Acme"),
    ],
)
def test_a_resume_line_keeps_its_dates(line: str, text_reads: str) -> None:
    assert scrub(line) == text_reads  # what the context-free reading would lose
    assert scrub(line, "resume line") == line


def test_a_resume_line_drops_the_phone_and_keeps_the_dates() -> None:
    line = "Engineer | 01.03.2019 – 31.12.2020 | +44 20 7946 0958"
    assert scrub(line, "resume line") == "Engineer | 01.03.2019 – 31.12.2020"


def test_a_year_that_starts_a_street_address_is_a_house_number() -> None:
    line = "Team lead 03/2019 - 04/2021 Acme 2020 Kings Road"
    assert scrub(line, "resume line") == "Team lead 03/2019 - 04/2021 Acme"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a label with no detail is wording in a posting, a dangling label elsewhere
        ("Contact: the hiring team", "Contact: the hiring team"),
        # the company's address is cut, the company and the town kept
        ("Acme Widgets Ltd, 12 Harbour Street, Rotterdam", "Acme Widgets Ltd, Rotterdam"),
        ("Posted: 2026-10-20", "Posted: 2026-10-20"),
        ("Salary: 45 000 - 55 000 EUR", "Salary: 45 000 - 55 000 EUR"),
        ("3 years of Go; questions to jobs@acme.test", "3 years of Go; questions to"),
    ],
)  # fmt: skip
def test_a_posting_keeps_its_wording(text: str, kept: str) -> None:
    assert scrub(text, "posting") == kept


def test_a_posting_is_scrubbed_line_by_line() -> None:
    text = "Contact: the hiring team\nCall 0117 496 0123 today\nPosted 2026-10-20"
    assert scrub(text, "posting") == "Contact: the hiring team\nCall today\nPosted 2026-10-20"
    assert scrub(text) == "Call today\nPosted 2026-10-20"  # the plain reading loses the wording


def test_a_model_keeps_identifiers_and_drops_contact_links() -> None:
    lead = Lead(
        url="https://ada.example.org/",
        source="webpage",
        snippet="Robots. Mail ada@example.com.",
        links=["mailto:ada@example.com", "https://ada.example.org/cv"],
        extra={"id": "ada-0117-496-0123", "bio": "Call 0117 496 0123"},
    )
    clean = scrub_model(lead)
    assert clean.snippet == "Robots."
    assert clean.links == ["https://ada.example.org/cv"]
    assert clean.extra["id"] == "ada-0117-496-0123"  # an identifier, not a phone number
    assert clean.extra["bio"] == ""
    career = Career(
        experiences=[
            Experience(
                title="Head of Platform",
                evidence=[
                    Evidence(source="webpage", method=Method.TEXT, quote="Call 0117 496 0123")
                ],
            )
        ]
    )
    assert not find_contact_details(scrub_model(career).model_dump_json())


def test_a_bound_scrubber_and_is_clean() -> None:
    resume = scrubber("resume line")
    assert resume("Spring 2020, ada@example.com") == "Spring 2020"
    assert is_clean("Spring 2020", "resume line") and not is_clean("Spring 2020")


def test_an_unknown_context_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown privacy context 'resume'"):
        scrub("text", "resume")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="one of text, resume line, posting"):
        scrubber("page")  # type: ignore[arg-type]


def test_a_resume_line_of_a_phone_and_dates_keeps_the_dates() -> None:
    # the shielded dates once looked like bare punctuation, and the whole line went
    out = scrub("+44 20 7946 0958 | 01.2019 – 03.2021", "resume line")
    assert out == "01.2019 – 03.2021"
