"""The gate: right person or nobody.

``--yes`` proceeds only when the best candidate scores at least :data:`HIGH_BAR`, leads
the next by at least :data:`MARGIN`, was read on a site runnerup may read, and no other
candidate has the same name at the same employer. Otherwise the user must choose
(``--pick N``, or interactively), or the CLI lists the candidates and exits 3.

The gate only decides: asking the user is the front end's call (the CLI's prompt is in
``research/commands/_choice.py``, the web page asks on its own page).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from research.errors import UsageError
from research.identity.names import KIND_SCORES, same_name
from research.identity.signals import NAME_POINTS
from research.model import Candidate, IdentityDecision

HIGH_BAR = 0.75
MARGIN = 0.2
MIN_NAME_POINTS = round(NAME_POINTS * KIND_SCORES["initials"], 3)
"""An automatic pick needs a name that matches at least by initials: a close spelling
("Okafour") may be somebody else."""

DecidedBy = Literal["auto", "pick", "prompt", "files"]


@dataclass(frozen=True)
class GateResult:
    chosen: Candidate | None
    needs_confirmation: bool
    reason: str
    candidates: tuple[Candidate, ...] = field(default=())

    def decision(self, decided_by: DecidedBy) -> IdentityDecision:
        chosen_id = self.chosen.id if self.chosen else None
        others = [c for c in self.candidates if c.id != chosen_id]
        return IdentityDecision(
            chosen=self.chosen, others=others, decided_by=decided_by, note=self.reason
        )


def _at_employer(candidate: Candidate) -> bool:
    return any(p.name == "employer" and p.points > 0 for p in candidate.parts)


def namesakes(best: Candidate, others: Sequence[Candidate]) -> list[Candidate]:
    """Other candidates with the same name, also at the subject's employer."""
    if not _at_employer(best):
        return []
    return [
        c for c in others if c.id != best.id and same_name(best.name, c.name) and _at_employer(c)
    ]


def why_not(candidates: Sequence[Candidate]) -> str | None:
    """Why the best candidate may not be taken automatically; None when it may."""
    if not candidates:
        return "no candidates were found"
    ranked = sorted(candidates, key=lambda c: (-c.score, c.id))
    best = ranked[0]
    if best.score < HIGH_BAR:
        return f"the best candidate scores {best.score:.2f}, below the bar of {HIGH_BAR:.2f}"
    name_points = max((p.points for p in best.parts if p.name == "name"), default=0.0)
    if name_points < MIN_NAME_POINTS:
        return "the best candidate's name only resembles the hire's"
    if not any(lead.fetchable for lead in best.leads):
        return "the best candidate was only found on sites runnerup may not read"
    twins = namesakes(best, ranked[1:])
    if twins:
        ids = ", ".join(str(c.id) for c in twins)
        return f"candidates {best.id} and {ids} have the same name at the same employer: ambiguous"
    if len(ranked) > 1 and best.score - ranked[1].score < MARGIN:
        return (
            f"candidate {best.id} ({best.score:.2f}) is not clearly ahead of candidate "
            f"{ranked[1].id} ({ranked[1].score:.2f}); a margin of {MARGIN:.2f} is needed"
        )
    return None


def auto_pick(candidates: Sequence[Candidate]) -> Candidate | None:
    """The best candidate when the rule for ``--yes`` allows it, else None."""
    if why_not(candidates) is not None:
        return None
    return min(candidates, key=lambda c: (-c.score, c.id))


def decide(candidates: Sequence[Candidate], *, pick: int | None, yes: bool) -> GateResult:
    """``pick`` (``--pick N``) takes candidate N; ``yes`` (``--yes``) takes the best when
    :func:`auto_pick` allows; otherwise the user must confirm. With no candidates at all
    there is nothing to confirm: ``chosen`` is None and ``needs_confirmation`` False."""
    ordered = tuple(sorted(candidates, key=lambda c: c.id))
    if pick is not None:
        if not ordered:
            raise UsageError(
                f"--pick {pick}: there are no candidates to pick from",
                hint="Run without --pick to search again, or give the hire's profile yourself.",
            )
        valid = [c.id for c in ordered]
        if pick not in valid:
            raise UsageError(
                f"--pick {pick}: choose a candidate from {min(valid)} to {max(valid)}",
                hint="Run without --pick to see the list of candidates.",
            )
        chosen = next(c for c in ordered if c.id == pick)
        return GateResult(chosen, False, f"candidate {pick} picked by the user", ordered)
    if not ordered:
        return GateResult(None, False, "no candidates were found", ordered)
    problem = why_not(ordered)
    if yes and problem is None:
        best = auto_pick(ordered)
        assert best is not None
        return GateResult(
            best,
            False,
            f"candidate {best.id} scores {best.score:.2f} (bar {HIGH_BAR:.2f}) and leads by "
            f"at least {MARGIN:.2f}",
            ordered,
        )
    if problem is None:
        return GateResult(
            None, True, "confirm the candidate (or run with --yes to accept it)", ordered
        )
    return GateResult(None, True, problem, ordered)


__all__ = [
    "HIGH_BAR",
    "MARGIN",
    "GateResult",
    "auto_pick",
    "decide",
    "namesakes",
    "why_not",
]
