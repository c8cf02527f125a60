"""The gate: when a candidate may be taken without asking (the table and the prompt are the
CLI's: tests/core/test_cli_choice.py)."""

from __future__ import annotations

import pytest

from research.errors import UsageError
from research.identity import (
    HIGH_BAR,
    MARGIN,
    auto_pick,
    decide,
    why_not,
)
from research.model import Candidate, Lead, ScorePart


def cand(
    id: int,
    score: float,
    name: str = "Ada Okafor",
    *,
    at_employer: bool = True,
    fetchable: bool = True,
    name_points: float = 0.35,
) -> Candidate:
    parts = [ScorePart(name="name", points=name_points, detail=f"name matches exactly: {name!r}")]
    if at_employer:
        parts.append(ScorePart(name="employer", points=0.25, detail="works at Northwind"))
    parts.append(ScorePart(name="location", points=-0.15, detail="in Toronto"))
    lead = Lead(url=f"https://github.com/u{id}", source="github", fetchable=fetchable)
    return Candidate(
        id=id,
        name=name,
        employer="Northwind" if at_employer else None,
        headline="Head of Platform",
        score=score,
        parts=parts,
        leads=[lead],
    )


def test_constants() -> None:
    assert 0 < MARGIN < HIGH_BAR <= 1


def test_clear_winner_is_auto_picked() -> None:
    cands = [cand(1, 0.95), cand(2, 0.4, "Ada Nwosu", at_employer=False)]
    assert auto_pick(cands) == cands[0]
    result = decide(cands, pick=None, yes=True)
    assert result.chosen == cands[0] and not result.needs_confirmation
    decision = result.decision("auto")
    assert decision.chosen == cands[0] and decision.others == [cands[1]]
    assert decision.decided_by == "auto" and decision.note


def test_below_bar() -> None:
    cands = [cand(1, HIGH_BAR - 0.01)]
    assert auto_pick(cands) is None
    result = decide(cands, pick=None, yes=True)
    assert result.needs_confirmation and result.chosen is None
    assert "below the bar" in result.reason


def test_too_close() -> None:
    cands = [cand(1, 0.9), cand(2, 0.9 - MARGIN + 0.01, "Ada Okafor", at_employer=False)]
    assert auto_pick(cands) is None
    assert "margin" in (why_not(cands) or "")


def test_same_name_same_employer_is_ambiguous() -> None:
    cands = [cand(1, 1.0), cand(2, 0.3)]
    assert auto_pick(cands) is None
    assert "ambiguous" in (why_not(cands) or "")


def test_unread_only_never_auto() -> None:
    assert auto_pick([cand(1, 0.95, fetchable=False)]) is None


def test_weak_name_never_auto() -> None:
    assert auto_pick([cand(1, 0.95, name_points=0.2)]) is None


def test_without_yes_asks() -> None:
    result = decide([cand(1, 0.95)], pick=None, yes=False)
    assert result.needs_confirmation and result.chosen is None


def test_no_candidates() -> None:
    result = decide([], pick=None, yes=True)
    assert result.chosen is None and not result.needs_confirmation
    assert result.decision("auto").chosen is None
    assert auto_pick([]) is None


def test_pick() -> None:
    cands = [cand(1, 0.5), cand(2, 0.4, "Ada Nwosu")]
    result = decide(cands, pick=2, yes=False)
    assert result.chosen == cands[1] and not result.needs_confirmation
    assert result.decision("pick").others == [cands[0]]


@pytest.mark.parametrize("pick", [0, 3, -1])
def test_pick_out_of_range(pick: int) -> None:
    with pytest.raises(UsageError) as error:
        decide([cand(1, 0.5), cand(2, 0.4)], pick=pick, yes=False)
    assert "from 1 to 2" in str(error.value)
    assert error.value.exit_code == 2


def test_pick_with_no_candidates() -> None:
    with pytest.raises(UsageError, match="no candidates"):
        decide([], pick=1, yes=False)
