"""Employer matching: suffixes, acronyms, domains, aliases, former employers."""

from __future__ import annotations

import pytest

from research.employers import employer_similarity, normalise_employer, registered_domain
from research.identity.employers import employer_aliases, employer_match
from research.model import Lead, Subject

SUBJECT = Subject(
    name="Ada Okafor",
    employer="Northwind Robotics",
    employer_site="https://northwind-robotics.test",
    hints=["aka:NWX Group", "remote-friendly"],
)


def lead(**fields: object) -> Lead:
    base: dict[str, object] = {"url": "https://github.com/adaokafor", "source": "github"}
    base.update(fields)
    return Lead.model_validate(base)


@pytest.mark.parametrize(
    ("name", "normal"),
    [
        ("Northwind Robotics, Inc.", "northwind robotics"),
        ("The Contoso Group plc", "contoso group"),
        ("Tailspin Toys GmbH", "tailspin toys"),
        ("Banco Ejemplo S.A.", "banco ejemplo"),
        ("Alder & Finch LLP", "alder finch"),
        ("Fabrikam & Co.", "fabrikam"),
        ("Kestrel Energy AG", "kestrel energy"),
        ("@northwind-robotics", "northwind robotics"),
        ("Lakeside Bank Ltd", "lakeside bank"),
        ("Meridian Corp", "meridian"),
    ],
)
def test_normalise(name: str, normal: str) -> None:
    assert normalise_employer(name) == normal


@pytest.mark.parametrize(
    ("a", "b", "matches"),
    [
        ("Northwind Robotics", "Northwind Robotics, Inc.", True),
        ("International Business Machines", "IBM", True),
        ("International Business Machines Corp.", "IBM", True),
        ("Northwind Robotics", "@northwind", True),
        ("Northwind Robotics", "NorthwindRobotics", True),
        ("Northwind Robotics", "Northwind Traders", False),
        ("Northwind Robotics", "Fabrikam Instruments", False),
        ("Global Tech", "Global Systems", False),
        ("Global Tech", "GT", True),
        ("Northwind Robotics", "NW", False),
        ("Contoso Health", "", False),
    ],
)
def test_similarity(a: str, b: str, matches: bool) -> None:
    assert (employer_similarity(a, b).score >= 0.8) is matches


def test_acronym_needs_all_letters() -> None:
    assert employer_similarity("International Business Machines", "IBX").score == 0.0
    assert employer_similarity("International Business", "IBM").score == 0.0


def test_registered_domain_offline() -> None:
    assert (
        registered_domain("https://www.northwind-robotics.test/team/") == "northwind-robotics.test"
    )
    assert registered_domain("https://blog.ada-okafor.test") == "ada-okafor.test"
    assert registered_domain("https://ada.github.io/x") == "ada.github.io"
    assert registered_domain("northwind-robotics.test") == "northwind-robotics.test"
    assert registered_domain("someone@northwind-robotics.test") == "northwind-robotics.test"


def test_aliases_from_hints() -> None:
    assert employer_aliases(SUBJECT) == ["Northwind Robotics", "NWX Group"]


def test_structured_current() -> None:
    found = employer_match(SUBJECT, lead(employer="@northwind"))
    assert found.status == "current" and found.points > 0.2
    assert found.part.name == "employer"


def test_alias_current() -> None:
    assert employer_match(SUBJECT, lead(employer="NWX Group")).status == "current"


def test_other_employer_is_negative() -> None:
    found = employer_match(SUBJECT, lead(employer="Fabrikam Instruments"))
    assert found.status == "other" and found.points < 0


@pytest.mark.parametrize(
    "text",
    [
        "ex-Northwind Robotics, now at Fabrikam",
        "Formerly at Northwind; now freelance",
        "Previously at Northwind Robotics",
        "Northwind Robotics alumni",
    ],
)
def test_former_employer(text: str) -> None:
    assert employer_match(SUBJECT, text).status == "previous"


def test_former_then_current_is_current() -> None:
    text = "Formerly at Fabrikam, now at Northwind Robotics"
    assert employer_match(SUBJECT, text).status == "current"


def test_previous_employer_field_and_end_date() -> None:
    found = employer_match(SUBJECT, lead(extra={"previous_employer": "Northwind Robotics"}))
    assert found.status == "previous" and found.points < 0
    ended = employer_match(SUBJECT, lead(employer="Northwind Robotics", extra={"end": "2021-05"}))
    assert ended.status == "previous"


def test_text_mention_in_title_and_snippet() -> None:
    found = employer_match(
        SUBJECT, lead(title="Northwind Robotics welcomes Ada Okafor as Head of Platform")
    )
    assert found.status == "current"


def test_domain_of_links_and_email() -> None:
    linked = employer_match(SUBJECT, lead(links=["https://www.northwind-robotics.test/"]))
    assert linked.status == "current" and linked.via == "links"
    mailed = employer_match(SUBJECT, lead(extra={"email_domain": "northwind-robotics.test"}))
    assert mailed.status == "current" and mailed.via == "email_domain"


def test_email_address_is_never_printed() -> None:
    found = employer_match(SUBJECT, lead(extra={"email_domain": "ada.o@northwind-robotics.test"}))
    assert found.status == "current"
    assert "@" not in found.detail and "ada.o" not in found.detail


def test_shared_hosts_are_not_employers() -> None:
    subject = SUBJECT.model_copy(update={"employer_site": "https://github.com/northwind"})
    assert employer_match(subject, lead(links=["https://github.com/other"])).status == "unknown"


def test_string_subject_and_unknown() -> None:
    assert employer_match("Northwind Robotics", "works at Northwind Robotics").status == "current"
    assert employer_match("", "anything").status == "unknown"
    assert employer_match(SUBJECT, lead()).status == "unknown"


def test_a_shared_first_word_is_not_the_employer() -> None:
    assert employer_match(SUBJECT, "Logistics at Northwind Traders").status == "unknown"
    assert employer_match(SUBJECT, "Engineer at Northwind, Berlin").status == "current"
    assert employer_match("Northwind Robotics", "joined NR in 2024").status == "unknown"
