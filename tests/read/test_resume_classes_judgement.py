"""Reading classes found by the labelled comparison cases (``bench/judgement.py``): small
invented resumes and profiles in the forms those cases use, one class per test."""

from __future__ import annotations

import io

import docx
import pytest

from research.model import Career, Evidence
from research.read.resume import career_from_bytes, career_from_text

EVIDENCE = Evidence(source="resume", file="cv.md")


def read(text: str) -> Career:
    return career_from_text(text, evidence=EVIDENCE)


def jobs(career: Career) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (e.title, e.employer, str(e.start) if e.start else None, str(e.end) if e.end else None)
        for e in career.experiences
    ]


def test_list_item_jobs_with_a_summary_after_the_dates_are_each_a_job() -> None:
    career = read(
        "# Imogen Tarrant\n\n"
        "## Experience\n"
        "- **Payroll Manager**, Heronsgate Foods — Feb 2024 – present\n"
        "- **Senior Accountant**, Lowther Mills — Mar 2019 – Jan 2024 — month-end close in "
        "Sage; VAT returns.\n"
        "- **Audit Associate**, Penrose & Hale LLP, Sep 2015 – Feb 2019 — audits of charities.\n"
    )
    assert jobs(career) == [
        ("Payroll Manager", "Heronsgate Foods", "2024-02", None),
        ("Senior Accountant", "Lowther Mills", "2019-03", "2024-01"),
        ("Audit Associate", "Penrose & Hale LLP", "2015-09", "2019-02"),
    ]
    assert "VAT returns" in career.experiences[1].summary
    assert career.experiences[2].summary == "audits of charities."


def test_an_achievement_bullet_with_dates_stays_a_detail() -> None:
    career = read(
        "Experience\n"
        "Data Engineer, Fenwick Freight — Jan 2018 – Dec 2023\n"
        "- Migrated the warehouse (Jan 2020 – Mar 2021) — saving 30% of compute.\n"
    )
    assert jobs(career) == [("Data Engineer", "Fenwick Freight", "2018-01", "2023-12")]
    assert "Migrated the warehouse" in career.experiences[0].summary


def test_plain_lines_holding_title_employer_dates_and_a_summary_are_each_a_job() -> None:
    career = read(
        "Experience\n"
        "Principal Engineer, Gullwing Systems, Jul 2024 - present\n"
        "Platform Engineer, Marlpit Energy, Apr 2019 - Jun 2024: multi-account AWS design.\n"
        "Systems Engineer, Marlpit Energy, Jan 2016 - Mar 2019: CloudFormation, networking.\n"
    )
    assert jobs(career) == [
        ("Principal Engineer", "Gullwing Systems", "2024-07", None),
        ("Platform Engineer", "Marlpit Energy", "2019-04", "2024-06"),
        ("Systems Engineer", "Marlpit Energy", "2016-01", "2019-03"),
    ]
    assert career.experiences[2].location is None
    assert career.experiences[2].summary == "CloudFormation, networking."


def test_a_job_whose_title_starts_lowercase_after_a_finished_sentence_is_a_new_job() -> None:
    career = read(
        "Experience\n"
        "Junior Accountant, Tidewell Chandlery — September 2023 – Present\n"
        "  Supplier reconciliations and general ledger journals in Xero.\n"
        "iOS App Developer, Kittiwake Studios — March 2016 – August 2023\n"
        "  Swift apps for retailers; in-app payments.\n"
    )
    assert jobs(career) == [
        ("Junior Accountant", "Tidewell Chandlery", "2023-09", None),
        ("iOS App Developer", "Kittiwake Studios", "2016-03", "2023-08"),
    ]


def test_a_wrapped_sentence_still_continues_its_bullet() -> None:
    career = read(
        "Experience\n"
        "Analyst, Fenwick Freight — Jan 2018 – Dec 2023\n"
        "- Built the monthly freight cost model used by\n"
        "finance and operations teams.\n"
    )
    assert len(career.experiences) == 1
    assert "used by finance and operations" in career.experiences[0].summary


def certs(career: Career) -> list[str]:
    return [c.name for c in career.certifications]


@pytest.mark.parametrize(
    "heading",
    [
        "LICENSES",
        "Registrations",
        "Licences and registrations",
        "Certifications & licences",
        "Professional registration",
        "Licenses / Certifications",
    ],
)
def test_credential_headings_in_any_combination_hold_certifications(heading: str) -> None:
    career = read(
        "Idris Penhallow\n\n"
        "Experience\n"
        "Staff Nurse, Tremough Infirmary — May 2019 – Present\n\n"
        f"{heading}\n"
        "NMC Registered Nurse (Adult), 2019\n"
        "Basic Life Support (BLS), 2023\n"
    )
    assert certs(career) == ["NMC Registered Nurse (Adult)", "Basic Life Support (BLS)"]
    assert career.education == []


def test_a_qualifications_section_holds_degrees_and_certificates_apart() -> None:
    career = read(
        "# Niamh Carbery\n\n"
        "## Experience\n\n"
        "**Accountant** — Lisnaskea Leisure — June 2017 – Present\n\n"
        "## Qualifications\n\n"
        "BSc Accounting and Finance, Ulster University, 2013 – 2017\n"
        "ACCA (Association of Chartered Certified Accountants), 2020\n"
        "Chartered Tax Adviser, 2022\n"
    )
    assert [(e.degree, e.institution) for e in career.education] == [
        ("BSc Accounting and Finance", "Ulster University")
    ]
    assert certs(career) == ["ACCA", "Chartered Tax Adviser"]
    assert career.certifications[0].issuer == "Association of Chartered Certified Accountants"
    assert str(career.certifications[0].date) == "2020"


def test_a_word_resume_with_a_registrations_heading_keeps_its_registrations() -> None:
    document = docx.Document()
    document.add_paragraph("Eluned Marchetti", style="Title")
    document.add_heading("Experience", level=1)
    document.add_paragraph("District Nurse (Band 6), Teifi Community Trust")
    document.add_paragraph("May 2021 – Present")
    document.add_heading("Education", level=1)
    document.add_paragraph("BSc (Hons) Adult Nursing, Cardiff University, 2011 – 2014")
    document.add_heading("Registrations", level=1)
    document.add_paragraph("NMC Registered Nurse (Adult), 2014")
    document.add_paragraph("Non-medical prescriber (V300), 2021")
    buffer = io.BytesIO()
    document.save(buffer)
    career = career_from_bytes(buffer.getvalue(), name="cv.docx")
    assert career.name == "Eluned Marchetti"
    assert [e.institution for e in career.education] == ["Cardiff University"]
    assert certs(career) == ["NMC Registered Nurse (Adult)", "Non-medical prescriber (V300)"]


@pytest.mark.parametrize(
    ("first_line", "name"),
    [
        ("Tamsin Polwhele RN", "Tamsin Polwhele"),
        ("Ravi Anand MSc FCCA", "Ravi Anand"),
        ("Oluwaseun Adebayo, PhD", "Oluwaseun Adebayo"),
        ("Wei LI", "Wei LI"),  # a family name in capitals is not a post-nominal
        ("Anna Maria LEE", "Anna Maria LEE"),
    ],
)
def test_the_name_is_found_with_post_nominal_letters_after_it(first_line: str, name: str) -> None:
    career = read(
        f"{first_line}\n"
        "Clinical Informatics Nurse\n\n"
        "Experience\n"
        "Clinical Informatics Nurse, Pendeen Hospitals Trust — September 2021 – Present\n"
    )
    assert career.name == name
    assert career.headline == "Clinical Informatics Nurse"


def test_a_ward_or_team_between_title_and_employer_stays_with_the_title() -> None:
    career = read(
        "Experience\n"
        "Staff Nurse, Intensive Care, Trelawny Hospital — April 2025 – Present\n"
        "Staff Nurse, Cardiac Care Unit, Penwith General Hospital — Sep 2021 – Mar 2025\n"
        "Software Engineer, Payments, Gannet Bank — Jan 2019 – Aug 2021\n"
        "Staff Nurse, UK, Carrick Hospital — Jan 2015 – Dec 2018\n"
    )
    assert [(e.title, e.employer, e.location) for e in career.experiences] == [
        ("Staff Nurse, Intensive Care", "Trelawny Hospital", None),
        ("Staff Nurse, Cardiac Care Unit", "Penwith General Hospital", None),
        ("Software Engineer, Payments", "Gannet Bank", None),
        ("Staff Nurse", "Carrick Hospital", "UK"),
    ]


def test_an_indented_description_under_a_job_is_its_summary() -> None:
    career = read(
        "Experience\n"
        "Machine Learning Engineer, Flussbild GmbH — January 2019 – Present\n"
        "  Train and deploy PyTorch detection models for retail cameras; model serving with\n"
        "  Triton; drift monitoring in Prometheus.\n"
        "Systems Programmer\n"
        "  Hallstatt Software Services GmbH\n"
        "  March 2015 – December 2018\n"
    )
    assert jobs(career) == [
        ("Machine Learning Engineer", "Flussbild GmbH", "2019-01", None),
        ("Systems Programmer", "Hallstatt Software Services GmbH", "2015-03", "2018-12"),
    ]
    assert career.experiences[0].summary.startswith("Train and deploy PyTorch")
    assert "drift monitoring" in career.experiences[0].summary
