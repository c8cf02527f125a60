"""One test per posting failure class of issue 13, on small texts and on the corpus's
third-party layouts (``fixtures/corpus/postings/``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from research.cli import app
from research.model import DegreeLevel, Evidence, Requirement, RequirementKind, Role
from research.read.furniture import drop_furniture
from research.read.posting import missing_header_note, parse_posting_text, read_posting_file
from research.read.posting_layout import posting_pdf_text
from research.read.posting_sections import Item, split_preferred
from research.read.requirements import extract_requirements, parse_years, requirements_of

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "fixtures" / "corpus" / "postings"
EVIDENCE = Evidence(source="posting", file="posting.txt")


def read(text: str) -> list[Requirement]:
    return extract_requirements(text, evidence=EVIDENCE)


def test_years_in_a_paragraph_about_the_role() -> None:
    text = (
        "The role\n"
        "You will set the technical direction. We expect you to have at least\n"
        "10 years of experience in software development. You will report to the CTO.\n\n"
        "About us\nWe have 20 years of experience serving hospitals.\n"
    )
    found = read(text)
    assert [(r.kind, r.years, r.required) for r in found] == [
        (RequirementKind.EXPERIENCE, 10, True)
    ]


def test_a_bullet_wrapped_after_a_connective_is_one_requirement() -> None:
    text = (
        "Requirements\n"
        "Building CI/CD pipelines with GitHub Actions, GitLab CI or\n"
        "Jenkins\n"
        "Containerisation with Docker\n"
    )
    found = read(text)
    assert {r.text for r in found} == {
        "Building CI/CD pipelines with GitHub Actions, GitLab CI or Jenkins",
        "Containerisation with Docker",
    }
    listed = [[r.skill, *r.alternatives] for r in found if "Jenkins" in r.text]
    assert ["github-actions", "gitlab-ci", "jenkins"] in listed


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("Experience with a component-based web framework: JSF, Wicket or GWT",
         ["jsf", "wicket", "gwt"]),
        ("Programming skills in Python, Go or similar", ["python", "go"]),
        ("Experience with automated testing (Jest, Playwright or Cypress)",
         ["jest", "playwright", "cypress"]),
        ("A project management qualification such as PMP or PRINCE2 Practitioner",
         ["pmp", "prince2-practitioner"]),
    ],
)  # fmt: skip
def test_alternatives_stay_in_one_requirement(text: str, ids: list[str]) -> None:
    found = requirements_of(Item(text, True), technical=True)
    assert any([r.skill, *r.alternatives] == ids for r in found), found


def test_a_language_named_before_its_libraries_is_kept() -> None:
    found = requirements_of(
        Item("Working knowledge of JavaScript and common libraries like jQuery", True)
    )
    assert {r.skill for r in found} == {"javascript", "jquery"}
    broad = requirements_of(Item("Strong programming skills in Python", True), technical=True)
    assert [r.skill for r in broad] == ["python"]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Bachelor's degree in Business or Economics (MBA preferred)",
         ["Bachelor's degree in Business or Economics", "MBA preferred"]),
        ("High school diploma required; a bachelor's degree is a plus",
         ["High school diploma required", "a bachelor's degree is a plus"]),
        ("Two years of acute care nursing experience, ICU experience preferred",
         ["Two years of acute care nursing experience", "ICU experience preferred"]),
        ("Strong SQL skills, ideally with Oracle or PostgreSQL",
         ["Strong SQL skills, ideally with Oracle or PostgreSQL"]),
        ("One year of nursing experience, preferably in home health",
         ["One year of nursing experience, preferably in home health"]),
    ],
)  # fmt: skip
def test_a_preferred_clause_is_split_from_its_required_statement(
    text: str, pieces: list[str]
) -> None:
    assert split_preferred(text) == pieces


def test_mba_preferred_leaves_the_bachelors_required() -> None:
    found = read("Requirements\n- Bachelor's degree in Finance (MBA preferred)\n")
    assert [(r.degree_level, r.required) for r in found] == [
        (DegreeLevel.BACHELOR, True),
        (DegreeLevel.MASTER, False),
    ]
    qualifier = read("Requirements\n- Strong SQL skills, ideally with Oracle or PostgreSQL\n")
    assert all(r.required for r in qualifier)


def test_degree_level_from_plain_text() -> None:
    found = read(
        "Qualifications\n"
        "A degree in Mathematics or a closely related subject\n"
        "Associate degree in nursing required\n"
        "Experience teaching A level Mathematics\n"
    )
    assert [(r.kind, r.degree_level) for r in found[:2]] == [
        (RequirementKind.EDUCATION, DegreeLevel.BACHELOR),
        (RequirementKind.EDUCATION, DegreeLevel.ASSOCIATE),
    ]
    teaching = [r for r in found if "A level" in r.text]
    assert teaching and all(r.kind is not RequirementKind.EDUCATION for r in teaching)


@dataclass(frozen=True)
class _Line:
    text: str
    page: int
    y: float
    size: float = 10.0
    bold: bool = False


A4 = {1: 842.0, 2: 842.0, 3: 842.0}


def test_page_furniture_is_dropped_and_headings_marked() -> None:
    lines = [
        _Line("12/6/26, 3:05 AM | DevOps Engineer", 1, 20, 8),
        _Line("DevOps Engineer", 1, 100, 24, True),
        _Line("Requirements", 1, 150, 14, True),
        _Line("• A degree in Computer Science or a related field.", 1, 162),
        _Line("1", 1, 800),
        _Line("file:///tmp/posting.html | 1 / 2", 1, 810, 8),
        _Line("12/6/26, 3:05 AM | DevOps Engineer", 2, 20, 8),
        _Line("• Experience mentoring engineers", 2, 100),
        _Line("Page 2 of 2", 2, 800),
        _Line("file:///tmp/posting.html | 2 / 2", 2, 810, 8),
    ]
    assert posting_pdf_text(drop_furniture(lines, A4)).splitlines() == [
        "## DevOps Engineer",
        "",
        "## Requirements",
        "• A degree in Computer Science or a related field.",
        "• Experience mentoring engineers",
    ]


def test_other_engines_page_numbers_and_addresses_are_furniture_too() -> None:
    lines = [
        _Line("Requirements", 1, 100, 14, True),
        _Line("• Five years of Go", 1, 114),
        _Line("— 1 —", 1, 810),
        _Line("https://jobs.example.test/42 1/3", 1, 825, 8),
        _Line("• Kubernetes in production", 2, 100),
        _Line("— 2 —", 2, 810),
        _Line("https://jobs.example.test/42 2/3", 2, 825, 8),
        _Line("• On call one week in six", 3, 100),
    ]
    assert posting_pdf_text(drop_furniture(lines, A4)).splitlines() == [
        "## Requirements",
        "• Five years of Go",
        "• Kubernetes in production",
        "• On call one week in six",
    ]


def test_content_away_from_the_margins_is_kept_however_often_it_repeats() -> None:
    # a list that ends one page and a list that starts the next may say the same thing
    lines = [
        _Line("Requirements", 1, 100, 14, True),
        _Line("• Python", 1, 700),
        _Line("Nice to have", 2, 100, 14, True),
        _Line("• Python", 2, 120),
        _Line("3", 2, 820),
    ]
    text = posting_pdf_text(drop_furniture(lines, A4)).splitlines()
    assert text == ["## Requirements", "", "• Python", "## Nice to have", "• Python"]


def test_a_page_number_is_not_glued_to_a_requirement_in_a_real_pdf() -> None:
    role = read_posting_file(CORPUS / "pdf-principal-engineer.pdf")
    degree = next(r for r in role.requirements if r.kind is RequirementKind.EDUCATION)
    assert degree.text == "A degree in Computer Science, Software Engineering or a related field."
    assert degree.degree_level is DegreeLevel.BACHELOR
    assert any(r.years == 10 for r in role.requirements)


def test_ros_is_ros_not_robotics() -> None:
    role = read_posting_file(CORPUS / "pdf-robotics-engineer.pdf")
    ros = next(r for r in role.requirements if r.text.startswith("Experience with ROS"))
    assert ros.skill == "ros"
    assert "robotics" not in [ros.skill, *ros.alternatives]


def test_benefits_and_equal_opportunity_text_are_not_requirements() -> None:
    text = (
        "Requirements\n\n- 5+ years of Java\n- Experience with Spring\n\n"
        "We offer a salary of £65,000 and a pension with 8% employer contribution. "
        "Acme is an equal opportunity employer.\n\nApply for this job\n"
    )
    assert [r.text for r in read(text)] == ["5+ years of Java", "Experience with Spring"]


def test_zero_to_n_years_asks_for_none() -> None:
    assert parse_years("0-2 years of experience in sales") is None
    assert parse_years("1-3 years of experience") == 1


@pytest.mark.parametrize(
    ("head", "title", "employer"),
    [
        ("Thornbury Robotics\nRobotics Software Engineer — Autonomy Team\n"
         "Cambridge, UK · Full-time", "Robotics Software Engineer — Autonomy Team",
         "Thornbury Robotics"),
        ("Project Manager – Rail Infrastructure\nCalderway Infrastructure Ltd, York",
         "Project Manager – Rail Infrastructure", "Calderway Infrastructure Ltd"),
        ("Principal Software Engineer\nAmberline Systems — Edinburgh, Scotland (hybrid)",
         "Principal Software Engineer", "Amberline Systems"),
        ("Accounts Payable Specialist\nTarnhollow Foods Ltd - Preston",
         "Accounts Payable Specialist", "Tarnhollow Foods Ltd"),
        ("Wrenfield Retail Group\nJob description: Data Engineer (Mid-level)",
         "Data Engineer (Mid-level)", "Wrenfield Retail Group"),
    ],
)  # fmt: skip
def test_title_and_employer_only_in_the_text(head: str, title: str, employer: str) -> None:
    body = f"{head}\n\n{employer.split()[0]} {employer.split()[1]} builds things.\n"
    role = parse_posting_text(body + "Requirements\n- Python\n", evidence=EVIDENCE)
    assert (role.title, role.employer) == (title, employer)


def test_a_posting_without_title_or_employer_asks_for_them() -> None:
    assert missing_header_note(Role(title="Nurse", employer="Acme")) is None
    note = missing_header_note(Role())
    assert note is not None and "--role TITLE" in note and "--employer NAME" in note


def test_compare_takes_role_for_a_posting_that_does_not_say_it(tmp_path: Path) -> None:
    posting = tmp_path / "posting.txt"
    posting.write_text("Requirements\n- 5+ years of Python\n- Experience with PostgreSQL\n")
    case = ROOT / "fixtures" / "documents" / "compare" / "stronger-hire"
    base = ["compare", "--posting", str(posting), "--profile", str(case / "hire.json")]
    asked = CliRunner().invoke(app, [*base, "--resume", str(case / "you.json")])
    assert asked.exit_code == 0, asked.output
    assert "--role TITLE" in " ".join(asked.output.split())
    given = CliRunner().invoke(
        app,
        [*base, "--resume", str(case / "you.json"), "--role", "Data Engineer",
         "--employer", "Acme", "--format", "json"],
    )  # fmt: skip
    assert given.exit_code == 0, given.output
    assert '"Data Engineer"' in given.output
    assert "--role TITLE" not in given.output


def test_a_word_paragraph_after_the_last_bullet_is_not_part_of_it(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("Data Engineer")
    document.add_paragraph("Requirements")
    document.add_paragraph("3+ years of experience with Python", style="List Bullet")
    document.add_paragraph("Some JavaScript, ideally TypeScript", style="List Bullet")
    document.add_paragraph("Acme Ltd is an equal opportunity employer.")
    path = tmp_path / "posting.docx"
    document.save(str(path))
    role = read_posting_file(path)
    assert list(dict.fromkeys(r.text for r in role.requirements)) == [
        "3+ years of experience with Python",
        "Some JavaScript, ideally TypeScript",
    ]


def test_every_corpus_posting_reads_as_a_posting_and_a_resume_does_not() -> None:
    from research.read.files import load_document
    from research.read.posting import document_looks_like_posting, looks_like_posting

    postings = [p for p in CORPUS.iterdir() if p.suffix in {".pdf", ".docx", ".txt", ".html"}]
    assert len(postings) >= 30
    assert [p.name for p in postings if not document_looks_like_posting(load_document(p))] == []
    resume = (
        "Sam Okoro\nAccounts Payable Specialist\n\nExperience\n"
        "Finance assistant, Tarn Foods, 2019 - 2023\n"
        "Worked where we offer suppliers a portal; you must have seen it.\n"
    )
    assert not looks_like_posting(resume)


@pytest.mark.parametrize(
    ("text", "kind", "skill"),
    [
        ("Portuguese is a plus", RequirementKind.LANGUAGE, "portuguese"),
        ("Experience in healthcare or another regulated industry", RequirementKind.EXPERIENCE,
         None),
        ("Experience with Docker", RequirementKind.SKILL, "docker"),
    ],
)  # fmt: skip
def test_kind_of_short_language_and_sector_statements(
    text: str, kind: RequirementKind, skill: str | None
) -> None:
    (found, *_) = requirements_of(Item(text, False), technical=True)
    assert found.kind is kind
    if skill:
        assert found.skill == skill


@pytest.mark.parametrize(
    ("head", "title", "employer", "location", "posted"),
    [
        ("Teacher of Mathematics\nHolloway Vale School, Derby", "Teacher of Mathematics",
         "Holloway Vale School", "Derby", None),
        ("Frontend Developer\nPennon Tickets Co, Remote (Portugal)\nPosted 2025-10-20",
         "Frontend Developer", "Pennon Tickets Co", "Remote (Portugal)", date(2025, 10, 20)),
        ("Data Scientist – Pricing\nVellum Insurance\nUtrecht, Netherlands\nPosted: 2025-03-10",
         "Data Scientist – Pricing", "Vellum Insurance", "Utrecht, Netherlands",
         date(2025, 3, 10)),
        ("# Backend Engineer (Go)\n\nGullet Parcels · Bristol · Posted 2025-09-15",
         "Backend Engineer (Go)", "Gullet Parcels", "Bristol", date(2025, 9, 15)),
        ("Data Analyst\nTernwood Analytics — Remote (EU) — posted 2025-06-02", "Data Analyst",
         "Ternwood Analytics", "Remote (EU)", date(2025, 6, 2)),
        # a town and its county, or a city and its country, are no employer
        ("Staff Nurse\nMilton Keynes, Buckinghamshire", "Staff Nurse", "",
         "Milton Keynes, Buckinghamshire", None),
        ("Staff Nurse\nRotterdam, Netherlands", "Staff Nurse", "", "Rotterdam, Netherlands",
         None),
    ],
)  # fmt: skip
def test_an_employer_line_with_its_place_and_a_posted_date(
    head: str, title: str, employer: str, location: str, posted: date | None
) -> None:
    role = parse_posting_text(head + "\n\nRequirements\n- Python\n", evidence=EVIDENCE)
    assert (role.title, role.employer, role.location, role.date_posted) == (
        title,
        employer,
        location,
        posted,
    )


@pytest.mark.parametrize(
    "heading",
    ["## Required", "## The person we are looking for", "You will bring:", "What we need",
     "The candidate we are seeking:"],
)  # fmt: skip
def test_requirement_headings_said_other_ways(heading: str) -> None:
    text = f"Security Manager\n\n{heading}\n- CISSP or CISM\n- Incident response\n"
    role = parse_posting_text(text, evidence=EVIDENCE)
    assert [r.text for r in role.requirements if r.required][:2] == [
        "CISSP or CISM",
        "Incident response",
    ]


@pytest.mark.parametrize(
    "text",
    ["Able to teach A-level Further Maths", "2+ years teaching GCSE Computer Science",
     "Confident delivering KS4 Computing"],
)  # fmt: skip
def test_a_school_level_that_is_taught_is_no_degree_asked(text: str) -> None:
    (first, *_) = requirements_of(Item(text=text, required=True))
    assert first.kind is not RequirementKind.EDUCATION
    assert first.degree_level is None


def test_a_levels_held_are_still_a_qualification() -> None:
    (first,) = requirements_of(Item(text="A-levels or equivalent", required=True))
    assert first.kind is RequirementKind.EDUCATION
    assert first.degree_level is DegreeLevel.SECONDARY
