"""The timeline draws the job the hire got as the comparison recorded it: rendering never
decides again, so a stored report looks the same whatever the code that shows it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pydantic import ValidationError

from research.model import Comparison, PartialDate
from research.report import render
from research.report.timeline import svg

REPORTS = Path(__file__).resolve().parents[2] / "fixtures" / "documents" / "reports"
OLD_REPORT = REPORTS / "before-new-role.json"
"""A stronger-hire report as runnerup wrote it before ``new_role`` existed (schema 1.0)."""


def _hatched(markup: str) -> list[str]:
    """The titles of the bars drawn apart (the new job)."""
    soup = BeautifulSoup(markup, "html.parser")
    return [
        rect.title.get_text()
        for rect in soup.find_all("rect")
        if rect.get("stroke-dasharray") and rect.title is not None
    ]


def test_the_recorded_new_job_is_drawn_apart(comparisons: dict[str, Comparison]) -> None:
    comparison = comparisons["stronger-hire"]
    assert comparison.new_role == 0
    assert _hatched(svg(comparison)) == ["Senior Backend Engineer, Northwind Robotics"]


def test_rendering_follows_the_record_not_the_subject(comparisons: dict[str, Comparison]) -> None:
    comparison = comparisons["stronger-hire"]
    drawn = svg(comparison)
    # what a re-decision would read changes; the drawing does not
    moved = comparison.model_copy(
        update={
            "subject": comparison.subject.model_copy(update={"employer": "Lumen Payments"}),
            "as_of": PartialDate.parse("2019-01"),
        }
    )
    assert _hatched(svg(moved)) == _hatched(drawn)
    # and the record alone says which job is the new one
    other = comparison.model_copy(update={"new_role": 1})
    assert _hatched(svg(other)) == ["Backend Engineer, Lumen Payments"]
    none = comparison.model_copy(update={"new_role": None})
    assert _hatched(svg(none)) == []


def test_a_report_from_before_new_role_loads_and_renders() -> None:
    data = json.loads(OLD_REPORT.read_text(encoding="utf-8"))
    assert "new_role" not in data
    old = Comparison.model_validate(data)
    assert old.new_role is None and old.new_role_experience() is None
    for fmt in ("text", "html", "md", "json"):
        assert render(old, fmt)
    html = str(render(old, "html"))
    soup = BeautifulSoup(html, "html.parser")
    timeline = soup.find(id="timeline")
    assert timeline is not None and timeline.find("svg") is not None
    assert "Senior Backend Engineer, Northwind Robotics" in timeline.get_text()
    assert _hatched(str(timeline)) == []  # no job drawn apart: none was recorded
    assert json.loads(str(render(old, "json")))["new_role"] is None
    # it says which schema it was made under; a new report says 1.1 (new_role added)
    assert old.schema_version == "1.0"
    assert (
        Comparison.model_validate(
            {k: v for k, v in data.items() if k != "schema_version"}
        ).schema_version
        == "1.1"
    )


@pytest.mark.parametrize("index", [4, 99, -1])
def test_a_new_role_that_names_no_job_is_refused(index: int) -> None:
    data = json.loads(OLD_REPORT.read_text(encoding="utf-8"))
    assert len(data["hire"]["experiences"]) == 4
    data["new_role"] = index
    with pytest.raises(ValidationError, match="new_role"):
        Comparison.model_validate(data)
