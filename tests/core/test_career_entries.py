"""A career's entries and their evidence, walked one way (:meth:`Career.all_evidence`)."""

from __future__ import annotations

from research.model import Career


def ev(*quotes: str) -> list[dict[str, str]]:
    return [{"source": "s", "quote": quote} for quote in quotes]


def test_all_evidence_walks_every_kind_of_entry() -> None:
    career = Career.model_validate(
        {
            "experiences": [{"title": "Engineer", "evidence": ev("job")}],
            "education": [{"institution": "Lakeside", "evidence": ev("school")}],
            "certifications": [{"name": "CKA", "evidence": ev("cert")}],
            "skills": [{"name": "Rust", "evidence": ev("skill", "skill again")}],
            "languages": [{"name": "Welsh", "evidence": ev("language")}],
            "work": [{"title": "A talk", "evidence": ev("talk")}],
        }
    )
    assert [e.quote for e in career.all_evidence()] == [
        "job",
        "school",
        "cert",
        "skill",
        "skill again",
        "language",
        "talk",
    ]
    assert len(career.entries()) == 6 and not career.is_empty()


def test_an_empty_career_has_no_evidence() -> None:
    assert Career(name="Nobody").all_evidence() == [] and Career().is_empty()
    only = Career.model_validate({"languages": [{"name": "Welsh"}]})
    assert not only.is_empty() and only.all_evidence() == []
