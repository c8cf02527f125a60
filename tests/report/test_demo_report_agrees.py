"""The demo's JSON report agrees with itself: every action with the matrix, every count
with the rows, and the hire's Staff Engineer years count toward software engineering."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from research.compare.consistency import contradictions
from research.demo import demo_data, run_demo_lookup
from research.model import Comparison, Verdict
from research.report import render
from research.settings import ConnectTo, Settings
from research.testing import FixtureWeb


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    home = tmp_path_factory.mktemp("demo")
    data = demo_data()
    with FixtureWeb(data.web) as web:
        settings = Settings(home=home, connect_to=(ConnectTo("*", "127.0.0.1", web.port),))
        result, _ = asyncio.run(run_demo_lookup(settings, data, spacing=0.0))
    # read back the JSON report, as a user's script would
    text = render(result.comparison, "json")
    return Comparison.model_validate(json.loads(text))


def test_no_section_contradicts_another(report: Comparison) -> None:
    assert contradictions(report) == []


def test_every_count_agrees_with_the_rows(report: Comparison) -> None:
    required = [r for r in report.requirements if r.requirement.required]
    figures = report.questions.specific_experience.figures
    met = sum(1 for r in required if r.you.verdict is Verdict.MET)
    assert figures["you_met"] == met
    assert (
        f"you meet {met} of {len(required)} required"
        in report.questions.specific_experience.summary
    )
    assert "partial 0.5" not in report.questions.specific_experience.summary


def test_the_hires_staff_engineer_years_count(report: Comparison) -> None:
    row = next(r for r in report.requirements if "software engineering" in r.requirement.text)
    years = next(p for p in row.hire.parts if p.name == "years")
    assert years.verdict is Verdict.MET and "8.4 years" in years.note
    assert any("staff engineer" in e.quote for e in row.hire.evidence)
    assert report.questions.experience.figures["hire_relevant_years"] == 8.4


def test_nothing_is_put_forward_that_the_user_lacks(report: Comparison) -> None:
    row = next(r for r in report.requirements if "leading engineering teams" in r.requirement.text)
    # the resume shows years, not leading teams ("mentored four engineers" is not leading)
    assert row.you.verdict is not Verdict.MET
    lead = next(p for p in row.you.parts if p.name == "leading people")
    assert lead.verdict is Verdict.NOT_SHOWN
    highlighted = {i for a in report.actions if a.kind == "highlight" for i in a.requirement_ids}
    assert not set(row.ids) & highlighted
    assert any(
        set(row.ids) & set(a.requirement_ids) for a in report.actions if a.kind == "close_gap"
    )


def test_kubernetes_and_terraform_is_one_row(report: Comparison) -> None:
    rows = [r for r in report.requirements if "Kubernetes and Terraform" in r.requirement.text]
    assert len(rows) == 1
    assert [p.name for p in rows[0].you.parts] == ["Kubernetes", "Terraform"]


def test_the_letter_is_signed_and_names_the_role(report: Comparison, tmp_path: Path) -> None:
    letter = report.feedback_request
    assert letter.rstrip().endswith("Sam Rivera")
    assert "the Head of Platform role" in letter and "the the" not in letter
    assert "[Your name]" not in letter
