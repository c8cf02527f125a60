"""Reading classes found by the labelled comparison cases (``bench/judgement.py``): small
invented resumes and profiles in the forms those cases use, one class per test."""

from __future__ import annotations

import io

import docx
import pytest

from research.model import Career, Evidence
from research.read.blocks import text_blocks
from research.read.entries import degree_field
from research.read.explain import explain_blocks
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


def test_a_short_indented_description_is_not_read_as_the_employer() -> None:
    career = read(
        "Experience\n"
        "Site Reliability Engineer, Polderwijk Data, Jan 2022 – Aug 2025\n"
        "  Prometheus, Grafana, incident commander rota.\n"
        "Backend Developer, Polderwijk Data, Jul 2019 – Dec 2021\n"
        "  Go services.\n"
        "Junior Web Developer, Breakwater Digital (Jan 2018 - Jun 2019)\n"
        "  HTML, CSS and JavaScript.\n"
    )
    assert [(e.title, e.employer, e.location) for e in career.experiences] == [
        ("Site Reliability Engineer", "Polderwijk Data", None),
        ("Backend Developer", "Polderwijk Data", None),
        ("Junior Web Developer", "Breakwater Digital", None),
    ]
    assert career.experiences[1].summary == "Go services."


def test_a_promotion_at_the_same_employer_after_a_dash_keeps_the_employer() -> None:
    career = read(
        "Experience\n"
        "Engineering Manager - Quernstone\n"
        "Feb 2020 - Jun 2025\n"
        "Led a team of nine engineers building payment APIs in Java.\n\n"
        "Senior Software Engineer - Quernstone\n"
        "Jun 2016 - Jan 2020\n"
        "Java services for merchant onboarding.\n"
    )
    assert jobs(career) == [
        ("Engineering Manager", "Quernstone", "2020-02", "2025-06"),
        ("Senior Software Engineer", "Quernstone", "2016-06", "2020-01"),
    ]


def test_a_qualification_outside_the_degree_vocabulary_is_kept_before_its_school() -> None:
    career = read(
        "Experience\n"
        "District Nurse, Teifi Community Trust — May 2021 – Present\n\n"
        "Education\n"
        "Specialist Practitioner Qualification (District Nursing), Cardiff University, 2021\n"
        "PGCE Secondary Mathematics with QTS, University of Exeter, 2015 – 2016\n"
        "BSc Mathematics, University of Leicester, 2011 – 2014\n"
    )
    assert [(e.degree, e.institution) for e in career.education] == [
        ("Specialist Practitioner Qualification (District Nursing)", "Cardiff University"),
        ("PGCE Secondary Mathematics with QTS", "University of Exeter"),
        ("BSc Mathematics", "University of Leicester"),
    ]


def test_a_sentence_with_a_dated_aside_stays_a_description() -> None:
    career = read(
        "Employment\n"
        "Teacher of Mathematics, Ashgrove Academy, Nottingham — September 2016 to July 2023\n"
        "Taught KS3–KS5 mathematics including A-level Further Maths; Head of Year 9 (2020–2023).\n"
        "Teaching Assistant, Ashgrove Academy — September 2014 to July 2016\n"
    )
    assert jobs(career) == [
        ("Teacher of Mathematics", "Ashgrove Academy", "2016-09", "2023-07"),
        ("Teaching Assistant", "Ashgrove Academy", "2014-09", "2016-07"),
    ]
    assert "Head of Year 9" in career.experiences[0].summary


def test_a_subject_or_team_after_the_title_is_not_the_place() -> None:
    career = read(
        "# Ifan Marchbank\n\n"
        "## Experience\n"
        "**Early Career Teacher, Computer Science** — Earlsdon High School, Coventry — "
        "September 2024 – Present\n"
        "**Data Scientist – Pricing**, Vireo Mutual — April 2020 – August 2024\n"
    )
    assert [(e.title, e.employer, e.location) for e in career.experiences] == [
        ("Early Career Teacher, Computer Science", "Earlsdon High School", "Coventry"),
        ("Data Scientist, Pricing", "Vireo Mutual", None),
    ]


@pytest.mark.parametrize(
    ("degree", "field"),
    [
        ("BSc (Tech) Information Technology", "Information Technology"),
        ("B.E. Electronic Engineering", "Electronic Engineering"),
        ("BBA Accounting", "Accounting"),
        ("MPhys Physics", "Physics"),
        ("Licenciatura em Engenharia Informática", "Engenharia Informática"),
        ("Mathematics", None),  # a subject alone: no degree word to cut off
    ],
)
def test_the_field_of_a_degree_written_in_other_forms(degree: str, field: str | None) -> None:
    assert degree_field(degree) == field


def test_explain_says_a_whole_job_list_item_was_taken() -> None:
    text = (
        "# Imogen Tarrant\n\n"
        "## Experience\n"
        "- **Payroll Manager**, Heronsgate Foods — Feb 2024 – present\n"
        "- **Senior Accountant**, Lowther Mills — Mar 2019 – Jan 2024 — VAT returns in Sage.\n"
    )
    career = read(text)
    notes = explain_blocks(text_blocks(text, markdown=True), career)
    whys = {n.text: n.why for n in notes if n.section == "Experience" and n.text}
    assert whys[
        "Senior Accountant, Lowther Mills — Mar 2019 – Jan 2024 — VAT returns in Sage."
    ] == ("job 2: Senior Accountant at Lowther Mills")
