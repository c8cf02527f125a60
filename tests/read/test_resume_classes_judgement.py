"""Reading classes found by the labelled comparison cases (``bench/judgement.py``): small
invented resumes and profiles in the forms those cases use, one class per test."""

from __future__ import annotations

from research.model import Career, Evidence
from research.read.resume import career_from_text

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
