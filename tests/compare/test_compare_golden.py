"""Golden comparisons: each case in ``fixtures/documents/compare/`` compared exactly.

To rewrite them after a deliberate change, run::

    RUNNERUP_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/compare/test_compare_golden.py

and read the diff of ``expected.json`` before committing it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from research.compare import compare
from research.model import Verdict
from research.testing import check_golden

CASES_DIR = Path(__file__).resolve().parents[2] / "fixtures" / "documents" / "compare"
CASES = sorted(p.name for p in CASES_DIR.iterdir() if (p / "role.json").exists())
Loader = Callable[[str], Any]


def test_there_are_at_least_four_cases() -> None:
    assert {"stronger-hire", "stronger-you", "thin-hire", "career-changer"} <= set(CASES)


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str, load_case: Loader) -> None:
    role, you, hire, subject = load_case(case)
    got = json.loads(compare(role, you, hire, subject).model_dump_json())
    check_golden(CASES_DIR / case / "expected.json", got, sort_keys=False)


def test_same_inputs_same_report(load_case: Loader) -> None:
    for case in CASES:
        role, you, hire, subject = load_case(case)
        first = compare(role, you, hire, subject).model_dump_json()
        assert compare(role, you, hire, subject).model_dump_json() == first


def test_stronger_hire_leans_to_the_hire(load_case: Loader) -> None:
    c = compare(*load_case("stronger-hire"))
    assert c.questions.credentials.leans == "hire"
    assert c.questions.beyond.leans == "hire"
    assert c.questions.insider.leans == "hire"
    assert "may" in c.questions.insider.points[0].text


def test_stronger_you_leans_to_you_where_known(load_case: Loader) -> None:
    c = compare(*load_case("stronger-you"))
    assert c.questions.experience.leans == "you"
    assert c.questions.credentials.leans == "you"
    assert any(a.kind == "highlight" for a in c.actions)


def test_thin_hire_is_mostly_unknown_and_says_so(load_case: Loader) -> None:
    c = compare(*load_case("thin-hire"))
    assert all(r.hire.verdict is Verdict.UNKNOWN for r in c.requirements)
    assert all(r.hire.verdict is not Verdict.NOT_SHOWN for r in c.requirements)
    assert c.coverage.hire_months_known == 0
    assert any("thin" in note for note in c.coverage.notes)
    assert c.questions.experience.leans == "unknown"


def test_career_changer_counts_only_relevant_experience(load_case: Loader) -> None:
    c = compare(*load_case("career-changer"))
    figures = c.questions.experience.figures
    assert figures["you_total_months"] is not None
    assert figures["you_relevant_months"] == 13.0
    assert float(figures["you_total_months"] or 0) > 100
    assert c.questions.experience.leans == "hire"
