"""The consistency check finds each kind of contradiction it names."""

from __future__ import annotations

from datetime import date

from research.compare import compare
from research.compare.consistency import contradictions
from research.model import (
    Action,
    Career,
    Evidence,
    Method,
    PartVerdict,
    Requirement,
    RequirementKind,
    Role,
    Skill,
    Subject,
    Verdict,
)

MINE = [Evidence(source="resume", file="resume.pdf", method=Method.PDF)]


def _comparison():  # type: ignore[no-untyped-def]
    role = Role(
        title="Backend Engineer",
        date_posted=date(2024, 1, 1),
        requirements=[
            Requirement(id="r1", text="Python", kind=RequirementKind.SKILL, skill="python"),
            Requirement(id="r2", text="Rust", kind=RequirementKind.SKILL, skill="rust"),
        ],
    )
    you = Career(skills=[Skill(name="Python", evidence=MINE)])
    return compare(role, you, Career(), Subject(name="Pat"))


def test_a_consistent_report_has_none() -> None:
    assert contradictions(_comparison()) == []


def test_a_gap_for_a_row_you_meet_is_found() -> None:
    c = _comparison()
    c.actions.append(Action(kind="close_gap", text="Python (required).", requirement_ids=["r1"]))
    assert any("gap proposed for a row you meet" in p for p in contradictions(c))


def test_putting_forward_what_you_lack_is_found() -> None:
    c = _comparison()
    c.actions.append(Action(kind="highlight", text="Rust.", requirement_ids=["r2"]))
    assert any("put forward a row you do not meet" in p for p in contradictions(c))


def test_counts_that_disagree_with_the_rows_are_found() -> None:
    c = _comparison()
    c.questions.specific_experience.figures["you_met"] = 2.0
    assert any("you_met" in p for p in contradictions(c))


def test_a_row_verdict_that_does_not_follow_from_its_parts_is_found() -> None:
    c = _comparison()
    c.requirements[0].you.parts = [
        PartVerdict(name="a", verdict=Verdict.MET),
        PartVerdict(name="b", verdict=Verdict.NOT_SHOWN),
    ]
    assert any("its parts make it not_shown" in p for p in contradictions(c))


def test_a_bare_job_header_as_evidence_is_found() -> None:
    from research.model import Experience

    c = _comparison()
    assert c.you is not None
    c.you.experiences.append(Experience(title="Engineer", employer="Acme", evidence=MINE))
    c.requirements[0].you.evidence = [Evidence(source="resume", quote="Engineer, Acme")]
    assert any("bare job header" in p for p in contradictions(c))


def test_skill_evidence_from_a_job_quotes_what_shows_the_skill() -> None:
    from research.model import Experience

    role = Role(
        title="Backend Engineer",
        date_posted=date(2024, 1, 1),
        requirements=[Requirement(text="Go", kind=RequirementKind.SKILL, skill="go")],
    )
    job = Experience(
        title="Engineer",
        employer="Acme",
        summary="Built billing services in Go.",
        evidence=[
            Evidence(source="resume", file="cv.pdf", method=Method.PDF, quote="Engineer, Acme")
        ],
    )
    c = compare(role, Career(experiences=[job]), Career(), Subject(name="Pat"))
    quote = c.requirements[0].you.evidence[0].quote
    assert "in Go" in quote and quote.startswith("Engineer, Acme")
    assert contradictions(c) == []
