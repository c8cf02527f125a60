"""The resume reader on the corpus of third-party layouts (``fixtures/corpus/resumes``):
per-layout floors pinned in ``floors.json`` so that a regression fails, and the corpus itself
kept well-formed (every truth file complete, every document present).

The figures and the matching rules come from ``corpus_truth.py``, the scorer
``bench/truth.py`` prints; raise the floors with ``python bench/truth.py --raise-floors``.
"""

from __future__ import annotations

import json
import re

import pytest

from research.model import Career, DegreeLevel, Experience, PartialDate
from research.read import read_resume

from .corpus_truth import (
    CORPUS,
    FLOOR_METRICS,
    TRUTH_KEYS,
    Case,
    Report,
    current_figures,
    load_cases,
    load_floors,
    norm,
    score_corpus,
    score_document,
)

FORMATS = {".pdf", ".html", ".docx", ".txt", ".md"}
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2]))?$")


@pytest.fixture(scope="module")
def report() -> Report:
    return score_corpus(read_resume)


def test_every_truth_file_is_complete_and_names_documents_that_exist() -> None:
    truths = sorted(CORPUS.glob("*/*.truth.json"))
    assert len(truths) >= 30
    for path in truths:
        truth = json.loads(path.read_text(encoding="utf-8"))
        assert set(truth) == TRUTH_KEYS, path.name
        assert truth["layout"] == path.parent.name, path
        assert truth["name"].strip()
        assert truth["documents"], path
        for name in truth["documents"]:
            assert (path.parent / name).is_file(), (path, name)
            assert (path.parent / name).suffix in FORMATS, name
        assert truth["experiences"], path
        for exp in truth["experiences"]:
            assert exp["employer"].strip() and exp["title"].strip(), (path, exp)
            assert DATE.match(exp["start"]), (path, exp)
            assert exp["end"] is None or DATE.match(exp["end"]), (path, exp)
            assert exp["end"] is None or exp["end"][:7] >= exp["start"][:7], (path, exp)
        for edu in truth["education"]:
            assert edu["institution"].strip(), path
            assert edu["level"] is None or edu["level"] in set(DegreeLevel), (path, edu)
            assert edu["end"] is None or DATE.match(edu["end"]), (path, edu)
        assert all(s.strip() for s in truth["skills"]), path


def test_every_document_of_the_corpus_has_a_truth_file() -> None:
    named = {case.path for case in load_cases()}
    on_disk = {p for p in CORPUS.glob("*/*") if p.suffix in FORMATS and p.is_file()}
    assert on_disk == named


def test_the_corpus_has_the_engines_and_careers_it_promises() -> None:
    cases = load_cases()
    layouts = {case.truth["layout"] for case in cases}
    themes = {layout for layout in layouts if layout.startswith("jsonresume-")}
    assert len(themes) >= 8
    assert len({case.truth["person"] for case in cases}) >= 12
    assert any(case.held_out for case in cases)
    assert any(not case.held_out for case in cases)


def test_the_scorer_counts_an_entry_only_when_all_four_fields_are_right() -> None:
    case = next(
        c
        for c in load_cases()
        if len(c.truth["experiences"]) >= 2 and c.truth["experiences"][0]["end"] is None
    )

    def exp(truth: dict[str, str | None], **changes: object) -> Experience:
        fields: dict[str, object] = {
            "employer": truth["employer"],
            "title": truth["title"],
            "start": PartialDate.model_validate(truth["start"]),
            "end": None if truth["end"] is None else PartialDate.model_validate(truth["end"]),
        }
        fields.update(changes)
        return Experience.model_validate(fields)

    first, second = case.truth["experiences"][:2]
    perfect = Career(name=case.truth["name"].upper(), experiences=[exp(first), exp(second)])
    score = score_document(case, perfect)
    assert score.name_ok and score.exp_matched == 2 and score.exp_read == 2
    with_place = Career(experiences=[exp(first, employer=first["employer"] + ", Remote")])
    assert score_document(case, with_place).exp_matched == 0
    closed_at_start = Career(experiences=[exp(first, end=PartialDate(year=2100, month=1))])
    assert score_document(case, closed_at_start).exp_matched == 0
    year, month = int(second["start"][:4]), int(second["start"][5:7] or 0)
    wrong_month = Career(
        experiences=[exp(second, start=PartialDate(year=year, month=month % 12 + 1))]
    )
    assert score_document(case, wrong_month).exp_matched == (0 if month else 1)
    assert norm("Tomás Ó Briain") == norm("tomas o briain")
    assert score_document(case, None).exp_matched == 0


def test_the_whole_corpus_is_read_without_a_refusal(report: Report) -> None:
    refused = [d.case.path.name for d in report.documents if d.error]
    assert not refused


def test_every_layout_has_floors(report: Report) -> None:
    floors = load_floors()
    assert set(floors) == set(report.layouts)
    for layout, floor in floors.items():
        assert set(floor) == set(FLOOR_METRICS), layout


@pytest.mark.parametrize("layout", sorted(load_floors()))
def test_the_reader_stays_above_the_floors_of_each_layout(report: Report, layout: str) -> None:
    assert layout in report.layouts, f"{layout} has floors but no documents"
    now = current_figures(report.layouts[layout])
    floors = load_floors()[layout]
    below = {
        metric: (round(now[metric], 4), floor)
        for metric, floor in floors.items()
        if now[metric] + 1e-9 < floor
    }
    docs = [
        f"{d.case.path.name}: name {'ok' if d.name_ok else repr(d.read_name)}, "
        f"jobs {d.exp_matched}/{d.exp_truth} (read {d.exp_read}), "
        f"schools {d.edu_found}/{d.edu_truth}"
        for d in report.documents
        if d.case.layout == layout
    ]
    assert not below, f"{layout} fell below its floors (now, floor): {below}; {docs}"


def test_a_document_read_as_nothing_scores_zero() -> None:
    case: Case = load_cases()[0]
    score = score_document(case, None, "InputError: unreadable")
    assert not score.name_ok
    assert (score.exp_matched, score.edu_found, score.skills_found) == (0, 0, 0)
    assert score.exp_truth == len(case.truth["experiences"])
