"""What you can do: real gaps, wording gaps and highlights.

- **close_gap**: rows where your resume does not show what is asked (``not_shown``, or
  ``partial`` for a reason other than a related skill). Rows that need the same thing (the
  same skill id, degree, certification) are grouped; ``flips`` is how many *required* rows
  closing it would turn to ``met``. Ordered by flips, then posting order.
- **wording**: you seem to have it but say it differently: a related skill where the exact
  one is asked (could flip the row), the skill only in a summary or experience text and not
  in your skills list, or the same skill under another word than the posting's.
- **highlight**: rows you meet where the hire's record does not show it, and strengths
  beyond the posting.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from research.compare.asks import requirement_name, requirement_skill
from research.compare.beyond import Extra, work_text
from research.compare.matrix import Finding
from research.model import Action, Requirement, RequirementKind, RequirementRow, Verdict

MAX_HIGHLIGHTS = 8


@dataclass
class _Gap:
    key: str
    label: str
    rows: list[RequirementRow] = field(default_factory=list)
    first: int = 0


def _named(req: Requirement) -> str:
    """The display name of a certification or language a requirement asks for."""
    from research.skills import certification, language

    lookup = certification if req.kind is RequirementKind.CERTIFICATION else language
    try:
        return lookup(req.skill).name if req.skill else req.text
    except KeyError:
        return req.text


def _gap_key(req: Requirement) -> tuple[str, str]:
    if req.kind is RequirementKind.SKILL or (req.kind is RequirementKind.EXPERIENCE and req.skill):
        sid = requirement_skill(req)
        return f"skill:{sid}", requirement_name(req)
    if req.kind is RequirementKind.EDUCATION:
        return "education", "the degree asked for"
    if req.kind in (RequirementKind.CERTIFICATION, RequirementKind.LANGUAGE):
        sid = requirement_skill(req)
        return f"{req.kind.value}:{sid}", _named(req)
    return f"{req.kind.value}:{req.id}", req.text


def _flips(rows: list[RequirementRow]) -> int:
    return sum(1 for r in rows if r.requirement.required and r.you.verdict is not Verdict.MET)


def _wording(row: RequirementRow, finding: Finding) -> Action | None:
    req = row.requirement
    if req.kind is RequirementKind.OTHER and finding.verdict is Verdict.PARTIAL:
        text = (
            f"Your resume comes close ({row.you.note}); say it plainly, with an example, in the "
            f"posting's words: '{req.text}'."
        )
        return Action(kind="wording", text=text, requirement_ids=[req.id], flips=int(req.required))
    if req.kind is not RequirementKind.SKILL:
        return None
    name = requirement_name(req)
    flips = int(req.required and finding.verdict is not Verdict.MET)
    if finding.verdict is Verdict.PARTIAL and finding.relation == "related":
        text = (
            f"You show {finding.words}, which is related to {name}. If you have used {name} "
            f"itself, say so in those words."
        )
        return Action(kind="wording", text=text, requirement_ids=[req.id], flips=flips)
    if finding.verdict is not Verdict.MET:
        return None
    if not finding.listed and finding.place in ("summary", "experience", "work"):
        text = (
            f"{name} is only mentioned in your {finding.place} text ('{finding.words}'); "
            "list it among your skills so a quick reader sees it."
        )
        return Action(kind="wording", text=text, requirement_ids=[req.id], flips=0)
    posting_words = req.text.casefold()
    if (
        finding.words
        and finding.words.casefold() not in posting_words
        and (name.casefold() in posting_words)
    ):
        text = (
            f"The posting says '{name}'; your resume says '{finding.words}'. Use the "
            "posting's word."
        )
        return Action(kind="wording", text=text, requirement_ids=[req.id], flips=0)
    return None


def plan(
    rows: list[RequirementRow], findings: dict[str, Finding], strengths: Extra
) -> list[Action]:
    gaps: dict[str, _Gap] = {}
    wording: list[tuple[int, Action]] = []
    highlights: list[Action] = []
    for index, row in enumerate(rows):
        req = row.requirement
        finding = findings.get(req.id, Finding(row.you.verdict))
        if row.you.verdict is Verdict.UNKNOWN:
            continue
        action = _wording(row, finding)
        if action is not None:
            wording.append((index, action))
            continue
        if row.you.verdict in (Verdict.NOT_SHOWN, Verdict.PARTIAL):
            key, label = _gap_key(req)
            gap = gaps.setdefault(key, _Gap(key, label, first=index))
            gap.rows.append(row)
        elif row.you.verdict is Verdict.MET and row.hire.verdict is not Verdict.MET:
            highlights.append(
                Action(
                    kind="highlight",
                    text=(
                        f"{req.text}: your resume shows it; the hire's public record does not "
                        f"({row.hire.verdict.value.replace('_', ' ')})."
                    ),
                    requirement_ids=[req.id],
                )
            )
    actions: list[Action] = []
    for gap in sorted(gaps.values(), key=lambda g: (-_flips(g.rows), g.first)):
        ids = [r.requirement.id for r in gap.rows]
        notes = "; ".join(r.you.note for r in gap.rows if r.you.note)
        asked = "required" if any(r.requirement.required for r in gap.rows) else "preferred"
        text = f"{gap.label} ({asked})" + (f". Now: {notes}." if notes else ".")
        actions.append(
            Action(kind="close_gap", text=text, requirement_ids=ids, flips=_flips(gap.rows))
        )
    actions += [a for _, a in sorted(wording, key=lambda p: (-p[1].flips, p[0]))]
    for name, _ in strengths.skills[:3]:
        highlights.append(Action(kind="highlight", text=f"{name}: not asked, but a strength."))
    for w in strengths.work[:3]:
        highlights.append(Action(kind="highlight", text=f"your {work_text(w)}."))
    return actions + highlights[:MAX_HIGHLIGHTS]


__all__ = ["MAX_HIGHLIGHTS", "plan"]
