"""The failure classes of issue 13, one realistic input each (text and Markdown here; PDF
layouts in ``test_resume_layout.py`` and the third-party corpus in
``test_corpus_truth.py``)."""

from __future__ import annotations

import pytest

from research.model import Career, Evidence
from research.read.headers import header_fields
from research.read.places import is_place, split_place
from research.read.resume import career_from_text

EVIDENCE = Evidence(source="resume", file="cv.txt")


def read(text: str) -> Career:
    return career_from_text(text, evidence=EVIDENCE)


def jobs(career: Career) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (e.title, e.employer, str(e.start) if e.start else None, str(e.end) if e.end else None)
        for e in career.experiences
    ]


@pytest.mark.parametrize(
    ("lines", "title", "employer", "location"),
    [
        # class 1: title, employer, city, state, country on one line
        (["Data Analyst, Northwind Traders, Seattle, WA, USA"], "Data Analyst",
         "Northwind Traders", "Seattle, WA, USA"),
        (["Software Engineer, Acme, Porto, Portugal"], "Software Engineer", "Acme",
         "Porto, Portugal"),
        (["Nurse", "Mercy Hospital — Davis, CA"], "Nurse", "Mercy Hospital", "Davis, CA"),
        # class 10: place, arrangement and contract after the employer
        (["Operations Lead", "Birchmoor Foods — Columbus, OH (on-site) — Full-time"],
         "Operations Lead", "Birchmoor Foods", "Columbus, OH"),
        (["Intern", "Acme - Bristol, UK (hybrid)"], "Intern", "Acme", "Bristol, UK"),
        (["Accountant", "Acme, Porto, Portugal"], "Accountant", "Acme", "Porto, Portugal"),
        (["Teacher | Hillside School | Part-time"], "Teacher", "Hillside School", None),
        # class 11: a team after the title is not the employer
        (["Senior Software Engineer - Payments", "Birchmoor Foods"],
         "Senior Software Engineer - Payments", "Birchmoor Foods", None),
        (["Senior Software Engineer - Payments", "Birchmoor Foods, Columbus, OH"],
         "Senior Software Engineer - Payments", "Birchmoor Foods", "Columbus, OH"),
        # ... but with no other line, what follows the dash is the employer
        (["Software Engineer - Initech"], "Software Engineer", "Initech", None),
        (["Engineer", "Globex", "Davis, CA"], "Engineer", "Globex", "Davis, CA"),
        (["Bookkeeper (part-time)", "Mesa Family Dental"], "Bookkeeper (part-time)",
         "Mesa Family Dental", None),
    ],
)  # fmt: skip
def test_header_fields(lines: list[str], title: str, employer: str, location: str | None) -> None:
    found = header_fields(lines)
    assert (found.title, found.employer, found.location) == (title, employer, location)


def test_places_are_known_by_shape_and_vocabulary() -> None:
    for place in ("Columbus, OH", "Porto, Portugal", "Seattle, WA, USA", "Bristol, UK (hybrid)",
                  "Germany", "London", "Remote", "Seattle WA"):  # fmt: skip
        assert is_place(place), place
    for other in ("Acme Corp", "Payments", "Senior Engineer", "Mercy Hospital"):
        assert not is_place(other), other
    assert split_place(["Acme", "Columbus", "OH (on-site)", "Full-time"]) == (
        ["Acme"],
        ["Columbus", "OH"],
        ["on-site", "Full-time"],
    )


RESUME = """Jordan Hale
Backend engineer

Experience

Senior Software Engineer - Payments
Birchmoor Foods — Columbus, OH (on-site) — Full-time
Mar 2021 –
Present
- Built the payments ledger in Go.

Data Analyst, Northwind Traders, Seattle, WA, USA
2015 –
2017
◆ Built dashboards for the sales team.
▪ Cut the monthly close from five days to two.

Intern
Acme - Bristol, UK (hybrid)
Jun 2014 – Aug 2014
➤ Tested the warehouse scanners.
– Wrote the test plan.

Skills
Languages: Python, C++, Go
Tools: Docker, Terraform

Languages
English (native), Spanish (B2)
"""


def test_a_resume_with_every_header_shape() -> None:
    career = read(RESUME)
    assert jobs(career) == [
        ("Senior Software Engineer - Payments", "Birchmoor Foods", "2021-03", None),
        ("Data Analyst", "Northwind Traders", "2015", "2017"),
        ("Intern", "Acme", "2014-06", "2014-08"),
    ]
    assert [e.location for e in career.experiences] == [
        "Columbus, OH",
        "Seattle, WA, USA",
        "Bristol, UK",
    ]
    # class 4: other bullet glyphs stay details of their job
    assert "Cut the monthly close" in career.experiences[1].summary
    assert "Wrote the test plan" in career.experiences[2].summary
    # class 5: labelled skill lines are skills, not spoken languages
    assert {s.name for s in career.skills} >= {"Python", "C++", "Go", "Docker", "Terraform"}
    assert [x.name for x in career.languages] == ["English", "Spanish"]


def test_programming_languages_under_a_languages_heading_are_skills() -> None:
    career = read(
        "Ana Souza\n\nLanguages: Python, C++, SQL\n\nExperience\n"
        "Data Engineer, Globex Corporation, 2020 – 2023\n\nLanguages\n"
        "Portuguese (native), English (C1), Java\n"
    )
    assert [x.name for x in career.languages] == ["Portuguese", "English"]
    assert {"Python", "C++", "SQL", "Java"} <= {s.name for s in career.skills}


def test_an_end_date_alone_on_the_next_line_closes_the_job() -> None:
    # class 12: the job is not left open (current) when its end date wrapped
    career = read("Sam Lee\n\nExperience\nAnalyst, Initech\nJan 2016 –\nMar 2019\n")
    assert jobs(career) == [("Analyst", "Initech", "2016-01", "2019-03")]
    career = read("Sam Lee\n\nExperience\nAnalyst, Initech\nJan 2016\n– Present\n")
    assert jobs(career) == [("Analyst", "Initech", "2016-01", None)]
    assert career.experiences[0].end is None


def test_roles_written_as_headings_without_an_experience_heading() -> None:
    # class 12: setext headings and "## Title, Employer (dates)"
    text = (
        "Mia Chen\n========\n\nStaff engineer in Lisbon.\n\n"
        "## Staff Engineer, Globex Corporation (2020 – present)\n\n- Runs the platform group.\n\n"
        "## Software Engineer, Initech (2016 – 2020)\n\n- Built the billing system.\n\n"
        "Education\n---------\n\n- MSc Computer Science, Technical University of Munich, 2016\n"
    )
    career = read(text)
    assert career.name == "Mia Chen"
    assert jobs(career) == [
        ("Staff Engineer", "Globex Corporation", "2020", None),
        ("Software Engineer", "Initech", "2016", "2020"),
    ]
    assert [e.institution for e in career.education] == ["Technical University of Munich"]


def test_jobs_as_list_items() -> None:
    text = (
        "# Priya Raman\n\n## Experience\n\n"
        "- **Product Manager**, Hooli, London (Jan 2019 – Mar 2022)\n"
        "- **Associate Product Manager**, Pied Piper, Palo Alto, CA (Jun 2016 – Dec 2018)\n"
    )
    career = read(text)
    assert jobs(career) == [
        ("Product Manager", "Hooli", "2019-01", "2022-03"),
        ("Associate Product Manager", "Pied Piper", "2016-06", "2018-12"),
    ]
    assert [e.location for e in career.experiences] == ["London", "Palo Alto, CA"]


@pytest.mark.parametrize(
    ("top", "name", "headline"),
    [
        ("Grace Adeyemi, Secondary School Mathematics Teacher", "Grace Adeyemi",
         "Secondary School Mathematics Teacher"),
        ("Daniel Okoro Junior Software Developer", "Daniel Okoro", "Junior Software Developer"),
        ("Watanabe Kenji Mechanical Design Engineer", "Watanabe Kenji",
         "Mechanical Design Engineer"),
    ],
)  # fmt: skip
def test_the_name_and_headline_on_one_line(top: str, name: str, headline: str) -> None:
    # class 7: the name at the top shares its line with the headline
    career = read(f"{top}\nLagos, Nigeria\n\nExperience\nDeveloper, Acme Corp, 2020 – 2022\n")
    assert (career.name, career.headline) == (name, headline)


def test_a_place_or_a_title_in_capitals_is_not_the_name() -> None:
    # class 7: "Silicon Valley" above the name, a title in capitals
    career = read("Silicon Valley\nRobin Achebe\n\nExperience\nDeveloper, Acme Corp, 2020 – 2022\n")
    assert career.name == "Robin Achebe"
    career = read("OPERATIONS PROJECT MANAGER\n\nExperience\nManager, Acme Corp, 2020 – 2022\n")
    assert career.name is None
    assert career.reading is not None
    assert any("found no name" in w for w in career.reading.warnings)


def test_a_town_printed_after_the_employer_without_a_comma() -> None:
    # class 10: "Tidewater Fintech Lagos, Nigeria" (a right-aligned place run into the name)
    found = header_fields(["Tidewater Fintech Lagos, Nigeria", "Junior Software Developer"])
    assert (found.title, found.employer, found.location) == (
        "Junior Software Developer",
        "Tidewater Fintech",
        "Lagos, Nigeria",
    )
    # ... but "Bank of Lagos" names the bank
    found = header_fields(["Central Bank of Lagos, Nigeria", "Analyst"])
    assert found.employer == "Central Bank of Lagos"


def test_a_team_after_the_title_under_an_employer_printed_once() -> None:
    # class 11: the employer is printed once above two roles; the second role's team is
    # not its employer
    career = read(
        "Maya Lindqvist\n\nWork\nKestrel Payments\nStaff Software Engineer\n"
        "Apr 2022 – Present\nStockholm, Sweden\n- Led the ledger rewrite in Go.\n"
        "Senior Software Engineer - Payments\nFeb 2019 – Mar 2022\nStockholm, Sweden\n"
        "- Built the card authorisation service.\n"
    )
    assert jobs(career) == [
        ("Staff Software Engineer", "Kestrel Payments", "2022-04", None),
        ("Senior Software Engineer - Payments", "Kestrel Payments", "2019-02", "2022-03"),
    ]


def test_a_column_of_dates_read_as_one_line_still_counts_as_dated() -> None:
    # "say when reading failed": four ranges on one line and no job read -> unread
    career = read(
        "Maya Lindqvist\n\nExperience\n"
        "August 2016 – January 2019 February 2019 – March 2022 April 2022 – Present\n"
    )
    assert career.reading is not None
    assert career.reading.dated_lines == 3
    assert career.reading.unread
    # the one "job" read from that line does not make the document read
    assert len(career.experiences) <= 1
    assert career.reading.warnings == [
        "runnerup read only 1 job from 3 date ranges in cv.txt; "
        "check it with `runnerup read cv.txt`."
    ]


def test_spoken_languages_with_levels_in_any_layout() -> None:
    career = read(
        "Ana Souza\n\nLanguages\nEnglish Native\nIrish Fluent\nSwedish | German\n"
        "Fluent | B1\nSpanish (B2), French – basic\n"
    )
    assert [(x.name, x.level) for x in career.languages] == [
        ("English", "Native"),
        ("Irish", "Fluent"),
        ("Swedish", "Fluent"),
        ("German", "B1"),
        ("Spanish", "B2"),
        ("French", "basic"),
    ]


def test_the_header_keeps_the_role_as_headline_and_the_town_with_its_country() -> None:
    # class 7: the lines beside the name: a town above its country, contact letters
    career = read(
        "Tomás Ó Briain\nCork\nIreland\nM\nChartered Accountant | E\n\n"
        "Experience\nAudit Senior, Harrow & Vance Accountants, 2012 – 2016\n"
    )
    assert (career.name, career.headline, career.location) == (
        "Tomás Ó Briain",
        "Chartered Accountant",
        "Cork, Ireland",
    )
