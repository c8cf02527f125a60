"""Golden comparison cases: ``fixtures/documents/compare/<case>/`` holds role.json,
you.json, hire.json, subject.json (model JSON, invented people) and expected.json."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from research.model import (
    Career,
    Certification,
    Comparison,
    Education,
    Evidence,
    Experience,
    Language,
    PartialDate,
    Requirement,
    RequirementKind,
    Role,
    Skill,
    Subject,
    Work,
)

CASES_DIR = Path(__file__).resolve().parents[2] / "fixtures" / "documents" / "compare"

Case = tuple[Role, Career, Career, Subject]


def _load(name: str) -> Case:
    folder = CASES_DIR / name
    return (
        Role.model_validate_json((folder / "role.json").read_bytes()),
        Career.model_validate_json((folder / "you.json").read_bytes()),
        Career.model_validate_json((folder / "hire.json").read_bytes()),
        Subject.model_validate_json((folder / "subject.json").read_bytes()),
    )


@pytest.fixture
def load_case() -> Callable[[str], Case]:
    return _load


@pytest.fixture
def cases_dir() -> Path:
    return CASES_DIR


@pytest.fixture(scope="session")
def comparisons() -> dict[str, Comparison]:
    """The compared golden cases, by name."""
    from research.compare import compare

    names = sorted(p.name for p in CASES_DIR.iterdir() if (p / "role.json").exists())
    return {name: compare(*_load(name)) for name in names}


HOSTILE = (
    '<script>alert("x")</script><img src=x onerror="alert(1)">'
    '<a href="javascript:alert(2)">click</a>'
)
LONG = "Ünïcödé & <b>bold</b> " + "lorem <i>ipsum</i> " * 530
"""A 10,000-character field of words (and one of a single 10,000-letter word, RUN)."""
RUN = "A" * 10_000


def _hostile_comparison() -> Comparison:
    from research.compare import compare

    ev = [
        Evidence(source=f"src{HOSTILE}", url="javascript:alert(3)", quote=HOSTILE),
        Evidence(source="web", url=f"https://x.example/?q=<script>{LONG[:50]}", quote=LONG),
    ]
    hire = Career(
        name=f"Evil {HOSTILE}",
        headline=HOSTILE,
        summary=LONG,
        experiences=[
            Experience(
                title=f"Engineer {HOSTILE}",
                employer="Acme <svg onload=alert(4)>",
                start=PartialDate.parse("2019-01"),
                end=PartialDate.parse("2023-12"),
                summary=LONG + " Python",
                evidence=ev,
            ),
            Experience(
                title=HOSTILE,
                employer="Acme Widgets",
                start=PartialDate.parse("2024-02"),
                summary=HOSTILE,
                evidence=ev,
            ),
        ],
        education=[
            Education(institution=HOSTILE, degree=f"MSc {HOSTILE}", field=LONG, evidence=ev)
        ],
        certifications=[Certification(name=HOSTILE, evidence=ev)],
        skills=[Skill(name=f"Python{HOSTILE}", evidence=ev), Skill(name=LONG, evidence=ev)],
        languages=[Language(name=HOSTILE, level=HOSTILE, evidence=ev)],
        work=[
            Work(
                kind="repository",
                title=HOSTILE,
                url="javascript:alert(5)",
                description=LONG,
                stars=7,
                evidence=ev,
            ),
            Work(
                kind="talk", title=LONG, url="data:text/html,<script>alert(6)</script>", evidence=ev
            ),
        ],
    )
    role = Role(
        title=f"Backend {HOSTILE}",
        employer="Acme Widgets",
        url="javascript:alert(7)",
        description=LONG,
        requirements=[
            Requirement(text=f"Python {HOSTILE}", kind=RequirementKind.SKILL, skill="Python"),
            Requirement(text=HOSTILE, kind=RequirementKind.OTHER),
            Requirement(text=RUN, kind=RequirementKind.EXPERIENCE, years=3),
        ],
        evidence=ev,
    )
    you = Career(name=HOSTILE, summary=HOSTILE, skills=[Skill(name=HOSTILE, evidence=ev)])
    subject = Subject(
        name=f"Evil {HOSTILE}", employer="Acme Widgets", hire_date=PartialDate.parse("2024-02")
    )
    return compare(role, you, hire, subject)


@pytest.fixture(scope="session")
def hostile_comparison() -> Comparison:
    return _hostile_comparison()
