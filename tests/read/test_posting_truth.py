"""The posting reader against the hand-labelled corpus (``fixtures/corpus/postings/``):
every figure of ``bench/truth_postings.py`` must stay at or above its pinned floor
(``posting_truth_floors.json``), for the development postings and for the held-out ones.
Also the scorer's own rules, on small cases."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from research.model import DegreeLevel, Requirement, RequirementKind, Role
from research.read.posting import read_posting_file
from research.read.posting_truth import (
    FIGURES,
    LabelledRequirement,
    PostingTruth,
    Tally,
    load_corpus,
    pooled,
    score_posting,
    similarity,
)

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "fixtures" / "corpus" / "postings"
FLOORS = json.loads((Path(__file__).parent / "posting_truth_floors.json").read_text())


@cache
def tallies() -> dict[str, Tally]:
    groups: dict[str, list[Tally]] = {"development": [], "held_out": []}
    for truth in load_corpus(CORPUS):
        role = read_posting_file(CORPUS / truth.file)
        groups["held_out" if truth.held_out else "development"].append(score_posting(truth, role))
    return {name: pooled(found) for name, found in groups.items()}


def test_the_corpus_is_whole() -> None:
    truths = load_corpus(CORPUS)
    assert len(truths) >= 30
    assert {t.form.split("-")[0] for t in truths} >= {"jsonld", "html", "pdf", "docx", "text"}
    assert 3 <= sum(t.held_out for t in truths) <= 8
    for truth in truths:
        assert (CORPUS / truth.file).is_file(), truth.file
        assert truth.requirements, truth.name


@pytest.mark.parametrize("group", ["development", "held_out"])
@pytest.mark.parametrize("figure", FIGURES)
def test_figure_stays_above_its_floor(group: str, figure: str) -> None:
    tally = tallies()[group]
    value = tally.figure(figure)
    assert value is not None
    misses = [m for m in tally.misses if m.startswith(figure)][:8]
    assert value >= FLOORS[group][figure], (value, misses)


# -- the scorer's rules ------------------------------------------------------------------------


def _truth(*labels: LabelledRequirement) -> PostingTruth:
    return PostingTruth("case", "case.txt", "text", "Data Engineer", "Acme", False, labels)


def _role(*requirements: Requirement, title: str = "Data Engineer") -> Role:
    return Role(title=title, employer="Acme Ltd", requirements=list(requirements))


def test_a_benefit_read_as_a_requirement_costs_precision() -> None:
    label = LabelledRequirement("5+ years of Python", "experience", True, years=5.0)
    tally = score_posting(
        _truth(label),
        _role(
            Requirement(text="5+ years of Python", kind=RequirementKind.EXPERIENCE, years=5),
            Requirement(text="25 days of holiday and a pension"),
        ),
    )
    assert tally.figure("requirement_recall") == 1.0
    assert tally.figure("requirement_precision") == 0.5
    assert tally.figure("years_accuracy") == 1.0


def test_a_page_number_glued_on_or_two_bullets_run_together_do_not_match() -> None:
    assert similarity("A degree in Computer Science.", "A degree in Computer Science. 1") >= 0.85
    long = "Experience with Docker and Kubernetes in production"
    assert similarity(long, f"{long} Desirable criteria Knowledge of Terraform") < 0.85


def test_alternatives_must_stay_in_one_requirement() -> None:
    label = LabelledRequirement(
        "JSF, Wicket or GWT", "skill", True, skills=("jsf", "wicket", "gwt"), any_of=True
    )
    split = _role(
        Requirement(text="JSF, Wicket or GWT", kind=RequirementKind.SKILL, skill="jsf"),
        Requirement(text="JSF, Wicket or GWT", kind=RequirementKind.SKILL, skill="wicket"),
    )
    kept = _role(
        Requirement(
            text="JSF, Wicket or GWT",
            kind=RequirementKind.SKILL,
            skill="jsf",
            alternatives=["wicket", "gwt"],
        )
    )
    assert score_posting(_truth(label), split).figure("alternatives_kept") == 0.0
    assert score_posting(_truth(label), split).figure("skills_recall") == pytest.approx(2 / 3)
    assert score_posting(_truth(label), kept).figure("alternatives_kept") == 1.0


def test_each_label_of_one_statement_pairs_with_its_own_requirement() -> None:
    text = "Bachelor's degree in Finance and 3+ years of experience"
    labels = (
        LabelledRequirement(text, "education", True, degree_level="bachelor"),
        LabelledRequirement(text, "experience", True, years=3.0),
    )
    read = _role(
        Requirement(text=text, kind=RequirementKind.EDUCATION, degree_level=DegreeLevel.BACHELOR),
        Requirement(text=text, kind=RequirementKind.EXPERIENCE, years=3),
    )
    tally = score_posting(_truth(*labels), read)
    assert tally.figure("kind_accuracy") == 1.0
    assert tally.figure("degree_accuracy") == 1.0
    assert tally.figure("years_accuracy") == 1.0


def test_title_with_a_qualifier_counts_but_another_title_does_not() -> None:
    assert (
        score_posting(_truth(), _role(title="Data Engineer (Mid-level)")).figure("title_found")
        == 1.0
    )
    assert (
        score_posting(_truth(), _role(title="Wrenfield Retail Group")).figure("title_found") == 0.0
    )
