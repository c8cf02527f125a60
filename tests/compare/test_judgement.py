"""The judgement cases (``fixtures/judgement/``): well-formed, varied, and their figures held.

The figures ``bench/judgement.py`` prints are pinned in ``fixtures/judgement/floors.json``:
lower-is-better figures (wrong leans, contradictions, ...) may not rise, higher-is-better ones
(row accuracy, years within tolerance, ...) may not fall. The goals of issue 14 are 0 wrong
leans, 0 contradictions between matrix and actions and 0 counts disagreeing with the rows;
the floors move toward them as the comparison improves. The scorer's own checks are tested
here on small hand-made reports, so a scorer that finds nothing cannot pass.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import judgement_score as js

CASES = js.case_dirs()


# ---------------------------------------------------------------- the cases


@pytest.mark.parametrize("folder", CASES, ids=[c.name for c in CASES])
def test_every_case_is_well_formed(folder: Path) -> None:
    assert js.problems(folder) == []


def test_there_are_enough_cases_and_they_vary_in_field_and_format() -> None:
    assert len(CASES) >= 40
    expected = [js.load_expected(c) for c in CASES]
    fields = {e["field"] for e in expected}
    assert {"software", "data", "nursing", "finance", "teaching", "security"} <= fields
    resume_kinds = {Path(e["inputs"]["resume"]).suffix for e in expected}
    assert {".txt", ".md", ".json", ".docx", ".pdf", ".html"} <= resume_kinds
    posting_kinds = {Path(e["inputs"]["posting"]).suffix for e in expected}
    assert {".txt", ".md", ".html"} <= posting_kinds
    # every question's lean is asked somewhere, with more than one answer
    for question in js.QUESTIONS:
        answers = {e["leans"][question] for e in expected if question in e.get("leans", {})}
        assert answers, question
    assert sum(1 for e in expected if "error_exit" in e.get("expect", {})) >= 2


def test_the_figures_hold_their_floors() -> None:
    got = js.figures(js.run_all())
    floors = json.loads(js.FLOORS.read_text("utf-8"))
    worse = [
        f"{key}: {got[key]} (floor {floors[key]})"
        for key in js.LOWER_IS_BETTER
        if key in floors and got[key] > floors[key]
    ]
    worse += [
        f"{key}: {got[key]} (floor {floors[key]})"
        for key in js.HIGHER_IS_BETTER
        if key in floors and got[key] < floors[key]
    ]
    assert got["cases"] == len(CASES)
    assert not worse, "judgement got worse (run bench/judgement.py for details): " + "; ".join(
        worse
    )


def test_the_floors_name_every_goal() -> None:
    floors = json.loads(js.FLOORS.read_text("utf-8"))
    for key in (*js.LOWER_IS_BETTER, *js.HIGHER_IS_BETTER):
        assert key in floors, key


# ---------------------------------------------------------------- the scorer itself


def _row(rid: str, text: str, you: str, hire: str, required: bool = True) -> dict[str, Any]:
    return {
        "requirement": {"id": rid, "text": text, "required": required},
        "you": {"verdict": you},
        "hire": {"verdict": hire},
    }


def _report(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "as_of": "2025-03",
        "you": {
            "name": "Test Person",
            "experiences": [{"title": "Developer", "employer": "X", "summary": "Spring MVC"}],
            "education": [],
            "certifications": [{"name": "Certified Kubernetes Administrator (CKA)"}],
            "skills": [{"name": "Hibernate"}],
        },
        "requirements": [
            _row("r1", "Hibernate", "met", "met"),
            _row("r2", "CKA", "not_shown", "met"),
            _row("r3", "Go", "met", "not_shown"),
        ],
        "questions": {
            q: {"leans": "unknown", "summary": "", "points": [], "figures": {}}
            for q in js.QUESTIONS
        },
        "actions": [],
        "feedback_request": "Dear team,\n\nThank you.\n\nKind regards,\nTest Person",
    }
    base.update(changes)
    return base


def test_a_clean_report_has_no_contradictions() -> None:
    report = _report(
        actions=[
            {"kind": "highlight", "text": "Go: yours", "requirement_ids": ["r3"]},
        ]
    )
    assert js.contradictions(report) == []
    assert js.count_errors(report) == []


def test_a_gap_on_a_met_row_is_a_contradiction() -> None:
    report = _report(
        actions=[{"kind": "close_gap", "text": "Hibernate", "requirement_ids": ["r1"]}]
    )
    assert any("row you meet" in c for c in js.contradictions(report))


def test_a_gap_for_a_held_certificate_is_a_contradiction() -> None:
    action = {
        "kind": "close_gap",
        "text": "Certified Kubernetes Administrator (required). Now: none listed.",
        "requirement_ids": ["r2"],
    }
    assert any("certification" in c for c in js.contradictions(_report(actions=[action])))


def test_a_reword_to_a_term_the_resume_has_is_a_contradiction() -> None:
    action = {
        "kind": "wording",
        "text": "The posting says 'Hibernate'; your resume says 'and Hibernate'.",
        "requirement_ids": ["r1"],
    }
    assert any("already says" in c for c in js.contradictions(_report(actions=[action])))


def test_a_highlight_the_rows_do_not_show_is_a_contradiction() -> None:
    action = {"kind": "highlight", "text": "Hibernate: yours", "requirement_ids": ["r1"]}
    assert any("highlight" in c for c in js.contradictions(_report(actions=[action])))


def test_the_same_gap_twice_is_a_contradiction() -> None:
    actions = [
        {"kind": "close_gap", "text": "PMP", "requirement_ids": ["r2"]},
        {"kind": "close_gap", "text": "PRINCE2", "requirement_ids": ["r2"]},
    ]
    assert any("2 times" in c for c in js.contradictions(_report(actions=actions)))


def test_counts_that_disagree_with_the_rows_are_found() -> None:
    report = _report()
    report["questions"]["specific_experience"]["figures"] = {"you_met": 1.0, "hire_met": 2.0}
    report["questions"]["specific_experience"]["summary"] = "You meet 2 of 3 required."
    assert js.count_errors(report) == ["Q2 figure you_met = 1, the rows say 2"]
    report["questions"]["specific_experience"]["summary"] = "You meet 2 of 4 required."
    assert len(js.count_errors(report)) == 2


def test_a_lean_against_its_own_figures_is_found() -> None:
    report = _report()
    report["questions"]["experience"] = {
        "leans": "you",
        "summary": "",
        "figures": {
            "you_total_months": 9.0,
            "you_relevant_months": 9.0,
            "hire_total_months": 30.0,
            "hire_relevant_months": 20.0,
        },
    }
    assert len(js.count_errors(report)) == 1


def test_letter_checks_catch_doubled_words_and_a_placeholder_name() -> None:
    report = _report(
        feedback_request="Thank you for considering me for the the position.\n\n[Your name]"
    )
    checks = js._letter_checks(report, {"letter": {"signs": "Test Person"}})
    failed = {c.label for c in checks if not c.ok}
    assert failed == {"no doubled word", "no '[Your name]'", "signs with"}


def test_years_since_a_month_are_measured_to_the_as_of_date() -> None:
    assert js.months("2015-01", "2026-12") == 144
    assert js.expected_years("since 2015-01", "2026-12") == 12.0
    assert js.expected_years(4.5, None) == 4.5


def test_a_row_that_is_missing_is_not_a_wrong_verdict() -> None:
    checks = js._row_checks(_report(), {"rows": [{"match": "Terraform", "you": "met"}]})
    assert [c.group for c in checks] == ["row_missing"]
    checks = js._row_checks(_report(), {"rows": [{"match": "CKA", "you": ["met"], "count": 1}]})
    assert [(c.group, c.ok) for c in checks] == [("row_count", True), ("row", False)]
