"""The ``webpage`` parsers on shapes other people published (issue 15, problems 1-4).

Inputs are in ``real/webpage/`` (see its README for where each shape comes from; the people
are invented). Each problem has a behaviour test whose expected answer was written before
the parser was run on the input, and every input has a golden output (``*.expected.json``).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from research.model import PartialDate
from research.testing import check_golden
from sources.webpage_parse import (
    career_from_json_ld,
    page_links,
    parse_profile_page,
    pick_person,
)

REAL = Path(__file__).parent / "real" / "webpage"
AT = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
URL = "https://people.example/profile"


def _html(name: str) -> str:
    return (REAL / name).read_text(encoding="utf-8")


def _mf2(name: str) -> list[Any]:
    data = json.loads((REAL / name).read_text(encoding="utf-8"))
    items = data["items"]
    assert isinstance(items, list)
    return items


def _jobs(career: Any) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (e.title, e.employer, str(e.start) if e.start else None, str(e.end) if e.end else None)
        for e in career.experiences
    ]


# -- problem 1: h-resume ----------------------------------------------------------------------


def test_h_resume_is_read_for_its_named_person() -> None:
    """The h-resume names its person with its own p-name; its contact h-card has only a
    title. Read for "Ines Marchetti", the resume must not be skipped."""
    career = parse_profile_page(
        _html("h-resume-page.html"), URL, AT, name="Ines Marchetti", text_fallback=False
    )
    assert career.name == "Ines Marchetti"
    assert ("Director", "Open Harbour Data Foundation", "2009-01", None) in _jobs(career)
    [edu] = career.education
    assert edu.institution == "Saint Brendan's College, Galway Bay University"
    assert edu.degree == "BA Hons (I) Physics"
    assert (edu.start, edu.end) == (
        PartialDate(year=1973, month=9),
        PartialDate(year=1976, month=6),
    )


def test_h_resume_without_a_name_is_its_own_persons() -> None:
    """No name given: the person is the h-resume's p-name, never the contact card's title."""
    career = parse_profile_page(_html("h-resume-page.html"), URL, AT, text_fallback=False)
    assert career.name == "Ines Marchetti"
    assert career.headline == "Director of the Open Harbour Data Foundation"


def test_published_h_resume_parses() -> None:
    """The microformats test suite's published parses, fed to the reader as they are."""
    from sources.webpage_parse import career_from_mf_items

    work = career_from_mf_items(_mf2("h-resume-work.mf2.json"), URL, AT, name="Ines Marchetti")
    assert work.name == "Ines Marchetti"
    assert _jobs(work) == [("Director", "Open Harbour Data Foundation", "2009-01", None)]
    edu = career_from_mf_items(_mf2("h-resume-education.mf2.json"), URL, AT)
    assert [(e.institution, e.degree) for e in edu.education] == [
        ("Saint Brendan's College, Galway Bay University", "BA Hons (I) Physics")
    ]
    contact = career_from_mf_items(_mf2("h-resume-contact.mf2.json"), URL, AT)
    assert contact.name == "Ines Marchetti"  # not the institute of the contact card
    assert "@" not in json.dumps(contact.model_dump(mode="json"))
    assert "Quay" not in json.dumps(contact.model_dump(mode="json"))


def test_an_organisations_card_never_becomes_the_person() -> None:
    from sources.webpage_parse import career_from_mf_items

    items = _mf2("h-resume-contact.mf2.json")
    del items[0]["properties"]["name"]  # the resume names nobody now
    career = career_from_mf_items(items, URL, AT)
    assert career.name is None


# -- problem 2: names written with degrees, titles, or family name first ----------------------


@pytest.mark.parametrize("written", ["Noor Haddad, PhD", "Dr. Noor Haddad", "Haddad, Noor"])
def test_name_forms_are_the_same_person(written: str) -> None:
    assert pick_person([{"@type": "Person", "name": written}], "Noor Haddad") is not None


def test_another_given_name_is_not_the_person() -> None:
    assert pick_person([{"@type": "Person", "name": "Nadia Haddad, PhD"}], "Noor Haddad") is None


# -- problem 3: a Person nested in another node -----------------------------------------------


def test_course_instructor_is_found() -> None:
    career = career_from_json_ld(
        _html("jsonld-course-instructor.html"), URL, AT, name="Noor Haddad"
    )
    assert career.name == "Noor Haddad, PhD"
    assert career.headline == "Associate Professor, Biostatistics"
    assert _jobs(career) == [
        ("Associate Professor, Biostatistics", "Eastbay School of Public Health", None, None)
    ]


def test_article_author_is_found_by_name_and_coauthors_are_not_the_page() -> None:
    html = _html("jsonld-article-author.html")
    assert career_from_json_ld(html, URL, AT, name="Noor Haddad").headline == (
        "Associate Professor, Biostatistics"
    )
    assert career_from_json_ld(html, URL, AT, name="Tomas Brandt").name == "Tomas Brandt"
    links = page_links(html, URL)
    assert "https://example.com/profile/noorhaddad123" in links
    assert "https://example.com/profile/tomasbrandt456" not in links


def test_profile_page_about_is_the_person() -> None:
    html = _html("jsonld-profilepage-about.html")
    career = career_from_json_ld(html, URL, AT, name="Noor Haddad")
    assert career.name == "Haddad, Noor"
    assert "https://example.com/profile/therealnoorhaddad" in page_links(html, URL)


# -- problem 4: roles ------------------------------------------------------------------------


def test_occupation_role_with_dates_and_no_employer_is_kept() -> None:
    career = career_from_json_ld(_html("jsonld-occupation-role.html"), URL, AT)
    assert _jobs(career) == [("Patent examiner", "", "1901", "1906")]
    assert career.headline == "Professor of Physics"


def test_alumni_role_dates_and_role_dates() -> None:
    career = parse_profile_page(_html("jsonld-alumni-role.html"), URL, AT, text_fallback=False)
    [edu] = career.education
    assert (edu.institution, edu.start, edu.end) == (
        "University of Tromsdal",
        PartialDate(year=1959),
        None,
    )
    assert "present" not in edu.evidence[0].quote  # an alumnus is not still studying
    assert _jobs(career) == [
        ("Chief Bottle Washer", "A N Organization", "2011-04", None),
        ("Assistant Bottle Washer", "A N Organization", "2009-04", "2011-04"),
    ]


def test_untyped_role_under_alumni_of_is_read() -> None:
    html = _html("jsonld-alumni-role.html").replace('"@type": "OrganizationRole",', "")
    career = career_from_json_ld(html, URL, AT)
    assert [(e.institution, str(e.start)) for e in career.education] == [
        ("University of Tromsdal", "1959")
    ]


# -- goldens ---------------------------------------------------------------------------------

PAGES = sorted(p.name for p in REAL.glob("*.html"))
MF2 = sorted(p.name for p in REAL.glob("*.mf2.json"))


@pytest.mark.parametrize("page", PAGES)
def test_golden_pages(page: str) -> None:
    career = parse_profile_page(_html(page), URL, AT, text_fallback=False)
    check_golden(REAL / f"{page.removesuffix('.html')}.page.expected.json", career)


@pytest.mark.parametrize("published", MF2)
def test_golden_published_mf2(published: str) -> None:
    from sources.webpage_parse import career_from_mf_items

    career = career_from_mf_items(_mf2(published), URL, AT)
    check_golden(REAL / f"{published.removesuffix('.mf2.json')}.mf2.expected.json", career)


def test_a_one_word_card_is_a_person_only_with_a_person_property() -> None:
    from sources.webpage_parse import career_from_mf_items

    def card(**props: list[str]) -> list[Any]:
        return [{"type": ["h-card"], "properties": props}]

    assert career_from_mf_items(card(name=["MIT"], locality=["Cambridge"]), URL).name is None
    named = career_from_mf_items(
        card(name=["tantek"], photo=["https://t.example/me.jpg"], org=["Example Co"]), URL
    )
    assert named.name == "tantek"
