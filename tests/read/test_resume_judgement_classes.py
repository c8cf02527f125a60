"""Reading classes the judgement cases (``bench/judgement.py``) showed, one realistic input
each: a job line that carries its summary after the dates, a title that starts in lower case,
certificates under a "Qualifications" or "Registrations" heading, and letters after a name."""

from __future__ import annotations

import pytest

from research.model import Career, Evidence
from research.read.names import person_name
from research.read.resume import career_from_text

EVIDENCE = Evidence(source="resume", file="cv.md")


def read(text: str) -> Career:
    return career_from_text(text, evidence=EVIDENCE)


def jobs(career: Career) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (e.title, e.employer, str(e.start) if e.start else None, str(e.end) if e.end else None)
        for e in career.experiences
    ]


def test_markdown_bullet_jobs_with_a_summary_after_the_dates_are_all_read() -> None:
    career = read(
        "# Callan Ashby\n\nCloud Engineer\n\n## Experience\n\n"
        "- **Cloud Engineer**, Pembury Insurance, May 2025 – present\n"
        "- **DevOps Engineer**, Tolworth Retail, Oct 2020 – Apr 2025 — AWS (ECS, RDS), "
        "Terraform, Python.\n"
        "- **Junior Developer**, Tolworth Retail, Sep 2018 – Sep 2020 — Bash and Python "
        "scripts.\n\n## Education\n\n- BSc Software Engineering, Cardiff University, 2015–2018\n"
    )
    assert jobs(career) == [
        ("Cloud Engineer", "Pembury Insurance", "2025-05", None),
        ("DevOps Engineer", "Tolworth Retail", "2020-10", "2025-04"),
        ("Junior Developer", "Tolworth Retail", "2018-09", "2020-09"),
    ]
    assert "Terraform" in career.experiences[1].summary
    assert "Bash" in career.experiences[2].summary


@pytest.mark.parametrize("separator", [":", " —", " -", " |"])
def test_a_plain_job_line_with_its_summary_after_the_dates(separator: str) -> None:
    career = read(
        "Joost Verbeek\n\nExperience\n"
        "Senior Cloud Architect, Orrin Freight, Jul 2025 - present\n"
        f"Cloud Architect, Dockside Energy, Apr 2019 - Jun 2025{separator} multi-account AWS "
        "design, Terraform.\n"
        f"Cloud Engineer, Dockside Energy, Jan 2017 - Mar 2019{separator} CloudFormation, AWS "
        "networking.\n"
    )
    assert jobs(career) == [
        ("Senior Cloud Architect", "Orrin Freight", "2025-07", None),
        ("Cloud Architect", "Dockside Energy", "2019-04", "2025-06"),
        ("Cloud Engineer", "Dockside Energy", "2017-01", "2019-03"),
    ]
    assert "Terraform" in career.experiences[1].summary


def test_a_sentence_that_holds_a_date_is_still_a_detail() -> None:
    career = read(
        "Ada Brennan\n\nExperience\nData Analyst, Fenwick Foods — March 2019 – Present\n"
        "- Rebuilt the sales dashboards in March 2021 – June 2021 for the buying team.\n"
    )
    assert len(career.experiences) == 1
    assert "dashboards" in career.experiences[0].summary


def test_a_title_that_starts_in_lower_case_heads_its_job() -> None:
    career = read(
        "Desmond Achter\nJunior Accountant\n\nExperience\n"
        "Junior Accountant, Solent Marine Supplies — September 2023 – Present\n"
        "  Accounts payable, supplier reconciliations and general ledger journals in Xero.\n"
        "iOS App Developer, Bluefin Studios — March 2016 – August 2023\n"
        "  Swift and Objective-C apps for banks and retailers.\n"
    )
    assert jobs(career) == [
        ("Junior Accountant", "Solent Marine Supplies", "2023-09", None),
        ("iOS App Developer", "Bluefin Studios", "2016-03", "2023-08"),
    ]


def test_certificates_under_a_qualifications_heading_are_certifications() -> None:
    career = read(
        "# Declan Rourke\n\nAccountant\n\n## Experience\n\n"
        "**Accountant** — Mourne Leisure — June 2017 – Present\n\n"
        "## Education\n\nBSc Accounting and Finance, Ulster University, 2013 – 2017\n\n"
        "## Qualifications\n\nACCA (Association of Chartered Certified Accountants), 2020\n"
        "Qualified Teacher Status (QTS), 2021\n"
    )
    assert [e.degree for e in career.education] == ["BSc Accounting and Finance"]
    assert [(c.name, str(c.date)) for c in career.certifications] == [
        ("ACCA", "2020"),
        ("Qualified Teacher Status (QTS)", "2021"),
    ]


@pytest.mark.parametrize("heading", ["Registrations", "Professional registration", "Licensure"])
def test_registrations_are_certifications(heading: str) -> None:
    career = read(
        "Rhian Attwell\nDistrict Nurse\n\nExperience\n"
        "District Nurse, Severnside Community Trust\nMay 2021 – Present\n\n"
        f"{heading}\nNMC Registered Nurse (Adult), 2014\nNon-medical prescriber (V150), 2021\n"
    )
    assert [c.name for c in career.certifications] == [
        "NMC Registered Nurse (Adult)",
        "Non-medical prescriber (V150)",
    ]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Morwen Trevask RN", "Morwen Trevask"),
        ("Jane Doe PhD MBA", "Jane Doe"),
        ("Jane Doe, RN, BSN", "Jane Doe"),
        ("Jane Doe R.N.", "Jane Doe"),
        ("Sam Lee Ph.D.", "Sam Lee"),
        ("Jane Doe B.Sc., M.B.A.", "Jane Doe"),
        ("Anne McKay", "Anne McKay"),
        ("Ana Maria SILVA", "Ana Maria SILVA"),  # a family name in capitals stays
        ("JANE DOE", "Jane Doe"),
        ("Senior Engineer RN", None),
    ],
)
def test_letters_after_a_name_are_not_part_of_it(line: str, name: str | None) -> None:
    assert person_name(line) == name


def test_a_name_with_letters_after_it_is_read_from_a_resume() -> None:
    career = read(
        "Morwen Trevask RN\nClinical Informatics Nurse\n\nExperience\n"
        "Clinical Informatics Nurse, Royal Kernow Hospitals — September 2021 – Present\n"
    )
    assert career.name == "Morwen Trevask"


def test_a_short_sentence_under_a_whole_job_line_is_its_summary() -> None:
    career = read(
        "Rutger Stamm\nSRE\n\nExperience\n"
        "Site Reliability Engineer, Corvane Streaming, Sep 2025 – present\n"
        "Site Reliability Engineer, Polderbyte, Jan 2022 – Aug 2025\n"
        "  Prometheus, Grafana, incident commander rota.\n"
        "Backend Developer, Polderbyte, Jul 2019 – Dec 2021\n  Go services.\n"
    )
    assert jobs(career) == [
        ("Site Reliability Engineer", "Corvane Streaming", "2025-09", None),
        ("Site Reliability Engineer", "Polderbyte", "2022-01", "2025-08"),
        ("Backend Developer", "Polderbyte", "2019-07", "2021-12"),
    ]
    assert career.experiences[1].summary.startswith("Prometheus")
    assert career.experiences[2].summary == "Go services."


def test_a_sentence_with_a_dated_aside_is_a_detail_not_a_job() -> None:
    career = read(
        "Gwen Asquill\nMathematics Teacher\n\nEmployment\n"
        "Teacher of Mathematics, Ashdown Academy, Nottingham — September 2016 to July 2023\n"
        "Taught KS3–KS5 mathematics including A-level Further Maths; Head of Year 9 (2020–2023).\n"
        "Teaching Assistant, Ashdown Academy — September 2014 to July 2016\n"
    )
    assert jobs(career) == [
        ("Teacher of Mathematics", "Ashdown Academy", "2016-09", "2023-07"),
        ("Teaching Assistant", "Ashdown Academy", "2014-09", "2016-07"),
    ]
    assert "Head of Year 9" in career.experiences[0].summary
