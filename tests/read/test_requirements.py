"""Requirement extraction from posting text: sections, cues, kinds, years, alternatives."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from research.model import DegreeLevel, Evidence, Requirement, RequirementKind
from research.read.posting_sections import (
    Item,
    Section,
    cue_of,
    has_requirement_heading,
    heading_of,
    is_duty,
    requirement_items,
)
from research.read.requirements import (
    degree_field,
    extract_requirements,
    level_of_category,
    merge_requirements,
    parse_years,
    requirements_of,
)

EVIDENCE = Evidence(source="posting", file="posting.txt")


def one(text: str, required: bool = True) -> list[Requirement]:
    return requirements_of(Item(text, required))


# -- years -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("5+ years of Python", 5),
        ("at least three years of experience", 3),
        ("3-5 years in a similar role", 3),
        ("3 – 5 years in a similar role", 3),
        ("five or more years of backend work", 5),
        ("10 yrs building web apps", 10),
        ("A minimum of 4 years' experience", 4),
        ("Two years of experience writing documentation", 2),
        ("18 months of experience with Go", 1.5),
        ("a year of hands-on work with Rust", 1),
        ("Experience with 7-year-old codebases", 7),
        ("(6+ years)", 6),
        ("Experience leading teams of 10+ engineers", None),
        ("Strong Python", None),
        ("Founded in 2019", None),
    ],
)
def test_parse_years(text: str, years: float | None) -> None:
    assert parse_years(text) == years


@given(st.text(max_size=300))
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
def test_parse_years_never_fails(text: str) -> None:
    value = parse_years(text)
    assert value is None or 0 < value <= 40


# -- degrees ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("BSc in Computer Science or equivalent experience", "Computer Science"),
        ("Bachelor's degree in Economics, Statistics or similar", "Economics, Statistics"),
        ("MSc or PhD in Machine Learning, Statistics or a related field",
         "Machine Learning, Statistics"),
        ("A degree in Mathematics (or a related field)", "Mathematics"),
        ("Master of Science in Robotics", "Robotics"),
        ("A university degree", None),
    ],
)  # fmt: skip
def test_degree_field(text: str, field: str | None) -> None:
    assert degree_field(text) == field


@pytest.mark.parametrize(
    ("category", "level"),
    [
        ("bachelor degree", DegreeLevel.BACHELOR),
        ("postgraduate degree", DegreeLevel.MASTER),
        ("high school", DegreeLevel.SECONDARY),
        ("associate degree", DegreeLevel.ASSOCIATE),
        ("doctoral degree", DegreeLevel.DOCTORATE),
    ],
)
def test_level_of_credential_category(category: str, level: DegreeLevel) -> None:
    assert level_of_category(category) is level


# -- headings, cues, duties ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Requirements", Section.REQUIRED),
        ("## What you'll need", Section.REQUIRED),
        ("What you’ll need:", Section.REQUIRED),
        ("**Qualifications**", Section.REQUIRED),
        ("MUST HAVE", Section.REQUIRED),
        ("You have", Section.REQUIRED),
        ("Nice to have", Section.PREFERRED),
        ("Preferred qualifications", Section.PREFERRED),
        ("Bonus points:", Section.PREFERRED),
        ("Pluses", Section.PREFERRED),
        ("Responsibilities", Section.IGNORED),
        ("What you'll do", Section.IGNORED),
        ("Benefits", Section.IGNORED),
    ],
)
def test_headings(line: str, section: Section) -> None:
    found = heading_of(line)
    assert found is not None and found[0] is section


def test_heading_with_inline_text() -> None:
    assert heading_of("Must have: 5+ years of Python") == (Section.REQUIRED, "5+ years of Python")
    assert heading_of("- Requirements") is None
    assert heading_of("We have requirements") is None


def test_cues_and_duties() -> None:
    assert cue_of("Kubernetes experience is a plus") is Section.PREFERRED
    assert cue_of("Ideally you know Rust") is Section.PREFERRED
    assert cue_of("You must speak Dutch") is Section.REQUIRED
    assert cue_of("Python is required") is Section.REQUIRED
    assert cue_of("We build robots") is Section.NONE
    assert is_duty("You will design our fleet platform")
    assert is_duty("You'll own the roadmap")
    assert not is_duty("You will need 3 years of Go")
    assert not is_duty("You'll have shipped production code")


POSTING = """Senior Backend Engineer — Northwind Robotics

About us
We build robots. You must love robots.

What you'll do
- Design services that must scale
- You will own the API

Requirements
- 5+ years of Python
- Experience with Kubernetes and Terraform
- BSc in Computer Science or equivalent experience
- Kafka is a plus

Nice to have:
- Rust
- PMP certification

Benefits
- Free lunch, must be nice
"""


def test_requirement_items_follow_sections() -> None:
    assert requirement_items(POSTING) == [
        Item("5+ years of Python", True),
        Item("Experience with Kubernetes and Terraform", True),
        Item("BSc in Computer Science or equivalent experience", True),
        Item("Kafka is a plus", False),
        Item("Rust", False),
        Item("PMP certification", False),
    ]


def test_cue_sentences_outside_sections() -> None:
    text = (
        "Acme Widgets is hiring a Backend Engineer. You will build our billing system. "
        "You must have 3 years of Go. Experience with Rust is a nice to have. "
        "We are a friendly team."
    )
    assert requirement_items(text) == [
        Item("You must have 3 years of Go.", True),
        Item("Experience with Rust is a nice to have.", False),
    ]


def test_wrapped_bullets_are_joined() -> None:
    text = (
        "Requirements\n• Proficiency in Python and PyTorch, including writing tested\n"
        "code that others build on\n• Docker\n"
    )
    assert [i.text for i in requirement_items(text)] == [
        "Proficiency in Python and PyTorch, including writing tested code that others build on",
        "Docker",
    ]


def test_lines_without_bullets_are_items_and_lowercase_lines_continue() -> None:
    text = "Qualifications\n3+ years of Go\nExperience with Postgres and\nbasic Linux\n"
    assert [i.text for i in requirement_items(text)] == [
        "3+ years of Go",
        "Experience with Postgres and basic Linux",
    ]


def test_posting_heading_detection() -> None:
    assert has_requirement_heading(POSTING, posting_only=True)
    assert not has_requirement_heading("Skills\nPython, Go\n", posting_only=True)
    assert has_requirement_heading("Skills\nPython, Go\n")


# -- classification (uses the shipped skills vocabulary) -------------------------------------


def test_experience_with_years_names_the_skill() -> None:
    [req] = one("5+ years of Python")
    assert (req.kind, req.years, req.skill) == (RequirementKind.EXPERIENCE, 5, "python")


def test_alternatives_are_one_requirement() -> None:
    [req] = one("Strong programming skills in Python, Go or Rust")
    assert req.kind is RequirementKind.SKILL
    assert [req.skill, *req.alternatives] == ["python", "go", "rust"]


def test_skills_joined_by_and_are_separate_requirements() -> None:
    found = one("Deep experience running Kubernetes and Terraform in production")
    assert [(r.kind, r.skill, r.alternatives) for r in found] == [
        (RequirementKind.SKILL, "kubernetes", []),
        (RequirementKind.SKILL, "terraform", []),
    ]
    assert all(r.text.startswith("Deep experience") for r in found)


def test_examples_introduced_by_such_as_are_alternatives() -> None:
    [req] = one("A cloud provider such as AWS, GCP and Azure")
    assert [req.skill, *req.alternatives] == ["aws", "gcp", "azure"]


def test_education_requirement() -> None:
    [req] = one("BSc in Computer Science or equivalent experience")
    assert req.kind is RequirementKind.EDUCATION
    assert req.degree_level is DegreeLevel.BACHELOR
    assert req.field == "Computer Science"


def test_education_takes_the_lowest_level_named() -> None:
    [req] = one("MSc or PhD in Statistics")
    assert req.degree_level is DegreeLevel.MASTER


def test_certification_requirement() -> None:
    [req] = one("PMP certification required")
    assert (req.kind, req.skill) == (RequirementKind.CERTIFICATION, "pmp")


def test_unknown_certification_is_still_a_certification() -> None:
    [req] = one("A Zorblax Guild certification")
    assert (req.kind, req.skill) == (RequirementKind.CERTIFICATION, None)


def test_language_requirements_with_levels() -> None:
    found = one("Fluent German and English (C1)")
    assert [(r.kind, r.skill, r.field) for r in found] == [
        (RequirementKind.LANGUAGE, "german", "fluent"),
        (RequirementKind.LANGUAGE, "english", "C1"),
    ]


def test_other_and_experience_without_years() -> None:
    [other] = one("A calm head under pressure")
    assert other.kind is RequirementKind.OTHER
    [experience] = one("Proven track record of turning ideas into products")
    assert (experience.kind, experience.years) == (RequirementKind.EXPERIENCE, None)


def test_contact_details_never_enter_a_requirement() -> None:
    [req] = one("At least 3 years of Go; questions to jobs@acme-widgets.test")
    assert "@" not in req.text
    assert "At least 3 years of Go" in req.text


def test_extract_requirements_numbers_required_first() -> None:
    found = extract_requirements(POSTING, evidence=EVIDENCE)
    assert [r.id for r in found] == [f"r{i}" for i in range(1, len(found) + 1)]
    flags = [r.required for r in found]
    assert flags == sorted(flags, reverse=True)
    summary = [(r.kind.value, r.required, r.skill) for r in found]
    assert summary == [
        ("experience", True, "python"),
        ("skill", True, "kubernetes"),
        ("skill", True, "terraform"),
        ("education", True, None),
        ("skill", False, "kafka"),
        ("skill", False, "rust"),
        ("certification", False, "pmp"),
    ]


def test_merge_drops_duplicates_and_skills_covered_by_experience() -> None:
    a = Requirement(text="5+ years of Python", kind=RequirementKind.EXPERIENCE, skill="python")
    b = Requirement(text="Python", kind=RequirementKind.SKILL, skill="python")
    c = Requirement(text="Go", kind=RequirementKind.SKILL, skill="go", required=False)
    d = Requirement(text="Go", kind=RequirementKind.SKILL, skill="go")
    merged = merge_requirements([c, a], [b, d])
    assert [(r.id, r.skill, r.required) for r in merged] == [("r1", "python", True),
                                                            ("r2", "go", False)]  # fmt: skip


def test_responsibilities_are_not_requirements() -> None:
    text = "Responsibilities\n- Lead a team of five\n- Must own on-call\n"
    assert extract_requirements(text, evidence=EVIDENCE) == []


@given(st.text(max_size=600))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_extract_requirements_never_fails(text: str) -> None:
    found = extract_requirements("Requirements\n" + text, evidence=EVIDENCE)
    assert [r.id for r in found] == [f"r{i}" for i in range(1, len(found) + 1)]


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Requirements & Skills", Section.REQUIRED),
        ("**Key Requirements**", Section.REQUIRED),
        ("Technical Qualifications", Section.REQUIRED),
        ("Preferred Skills & Experience", Section.PREFERRED),
        ("Bonus Points If You Have", Section.PREFERRED),
        ("What You Will Do", Section.IGNORED),
        ("Your Responsibilities", Section.IGNORED),
        ("Nice to have Kafka experience", None),
        ("Strong communication skills", None),
        ("Kubernetes And Terraform", None),
    ],
)
def test_headings_known_by_a_telling_word(line: str, section: Section | None) -> None:
    found = heading_of(line)
    assert (found[0] if found else None) is section
    if section is not None:
        assert has_requirement_heading(line, posting_only=True) is (section is not Section.IGNORED)


def test_lead_in_lines_keep_the_section_and_titles_end_it() -> None:
    text = (
        "Requirements\n- 3+ years of Go\nExperience with one of the following:\n- Postgres\n"
        "- MySQL\nOur Office:\n- Free lunch\n"
    )
    assert [i.text for i in requirement_items(text)] == ["3+ years of Go", "Postgres", "MySQL"]


def test_abbreviations_do_not_end_sentences() -> None:
    from research.read.posting_sections import sentences

    assert sentences("A cloud provider (e.g. AWS or GCP). Kubernetes is a plus.") == [
        "A cloud provider (e.g. AWS or GCP).",
        "Kubernetes is a plus.",
    ]
