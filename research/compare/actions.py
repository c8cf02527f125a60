"""What you can do: real gaps, wording gaps and highlights.

Every action agrees with the matrix: a gap only for a row you do not meet, a highlight only
for a row you meet, one action per gap.

- **close_gap**: each part of a row you do not meet (``not_shown`` or ``partial``): a skill,
  a certificate (never one you hold: the row would be met), a degree, an experience
  requirement (its years or its leadership). Parts that need the same thing (the same
  skill id, degree, certificate) are one gap; ``flips`` is how many *required* rows closing
  it would turn to ``met``. Ordered by flips, then posting order.
- **wording**, for rows you meet: the skill is only in running text (list it among your
  skills), or your resume names it by a known alias or abbreviation of the posting's term
  and never by the posting's term itself (use the posting's word); and for a free-text
  requirement you meet in part with similar wording: say it plainly, in the posting's words.
- **highlight**: rows you meet where the hire's record does not show it, and strengths
  beyond the posting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from research.compare.asks import requirement_name, requirement_skill
from research.compare.beyond import Extra, work_text
from research.compare.cert_rows import display, wanted_ids
from research.compare.matrix import Finding
from research.compare.roles import leadership_asked
from research.compare.skillmatch import find_in, skill_id_of
from research.compare.text import blocks
from research.model import Action, Career, Requirement, RequirementKind, RequirementRow, Verdict

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
    if req.kind is RequirementKind.SKILL:
        sid = requirement_skill(req)
        return f"skill:{sid}", requirement_name(req)
    if req.kind is RequirementKind.EDUCATION:
        return "education", "the degree asked for" + (f" ({req.text})" if req.text else "")
    if req.kind is RequirementKind.CERTIFICATION:
        wanted = wanted_ids(req)
        return "certification:" + "|".join(wanted), " or ".join(display(w) for w in wanted)
    if req.kind is RequirementKind.LANGUAGE:
        sid = requirement_skill(req)
        return f"language:{sid}", _named(req)
    return f"{req.kind.value}:{req.text.casefold()}", req.text


def _flips(rows: list[RequirementRow]) -> int:
    return sum(1 for r in rows if r.requirement.required and r.you.verdict is not Verdict.MET)


def _posting_term(req: Requirement, sid: str) -> str:
    """The words the posting uses for the skill ("Kubernetes", "k8s")."""
    for found in find_in(req.text, [sid]):
        if found.id == sid:
            return found.text
    return ""


def _contains(longer: str, shorter: str) -> bool:
    """``shorter`` is ``longer`` or whole words of it ("Linux" in "Linux administration";
    "REST API" in "REST APIs"): then the two are one term, and rewording changes nothing."""
    pattern = rf"(?<!\w){re.escape(shorter.strip().rstrip('s'))}(?:s|es)?(?!\w)"
    return re.search(pattern, longer, re.IGNORECASE) is not None


def _says(you: Career | None, term: str) -> bool:
    if you is None or not term:
        return False
    pattern = rf"(?<![\w.+#-]){re.escape(term)}(?![\w+#])"
    return any(re.search(pattern, b.text, re.IGNORECASE) for b in blocks(you))


def _only_in_text(req: Requirement, finding: Finding) -> bool:
    """The skill is met, but only in running text (not in the skills list)."""
    return (
        req.kind is RequirementKind.SKILL
        and finding.verdict is Verdict.MET
        and not finding.listed
        and finding.place in ("summary", "experience", "work")
    )


def _reword(
    row: RequirementRow, req: Requirement, finding: Finding, you: Career | None
) -> Action | None:
    """A reword action, only when it is true: the resume names the skill by a known alias or
    abbreviation of the posting's term and never by the posting's term itself."""
    if req.kind is not RequirementKind.SKILL or finding.verdict is not Verdict.MET:
        return None
    sid = requirement_skill(req)
    term = _posting_term(req, sid)
    words = finding.words.strip()
    if (
        term
        and words
        and finding.relation == "same"
        and skill_id_of(words) == sid
        and not _contains(term, words)
        and not _contains(words, term)
        and not _contains(req.text, words)
        and not _says(you, term)
    ):
        text = f"The posting says '{term}'; your resume says '{words}'. Use the posting's word."
        return Action(kind="wording", text=text, requirement_ids=row.ids, flips=0)
    return None


def _listing(row: RequirementRow, findings: dict[str, Finding]) -> Action | None:
    """One action for the skills of a row you show only in running text: list them."""
    shown = [
        (requirement_name(req), findings[req.id])
        for req in _row_reqs(row)
        if req.id in findings and _only_in_text(req, findings[req.id])
    ]
    if not shown:
        return None
    names = " and ".join(dict.fromkeys(name for name, _ in shown))
    where = " and ".join(dict.fromkeys(str(f.place) for _, f in shown))
    said = ", ".join(dict.fromkeys(f"'{f.words}'" for _, f in shown))
    verb = "is" if len(shown) == 1 else "are"
    them = "it" if len(shown) == 1 else "them"
    text = (
        f"{names} {verb} only mentioned in your {where} text ({said}); list {them} among "
        "your skills so a quick reader sees it."
    )
    return Action(kind="wording", text=text, requirement_ids=row.ids, flips=0)


def _part_gap(req: Requirement) -> tuple[str, str]:
    """What closing one part of a row needs, as a key (parts that need the same thing are
    one gap) and a label."""
    if req.kind is RequirementKind.EXPERIENCE and (not req.skill or leadership_asked(req.text)[0]):
        return f"experience:{req.text.casefold()}", req.text
    if req.kind is RequirementKind.EXPERIENCE:
        return f"skill:{requirement_skill(req)}", requirement_name(req)
    return _gap_key(req)


def _row_reqs(row: RequirementRow) -> list[Requirement]:
    return [row.requirement, *row.also]


def plan(
    rows: list[RequirementRow],
    findings: dict[str, Finding],
    strengths: Extra,
    you: Career | None = None,
) -> list[Action]:
    """The action plan (see the module docstring); every action agrees with its row."""
    gaps: dict[str, _Gap] = {}
    wording: list[tuple[int, Action]] = []
    highlights: list[Action] = []
    for index, row in enumerate(rows):
        if row.you.verdict is Verdict.UNKNOWN:
            continue
        if row.you.verdict is Verdict.MET:
            reworded: set[str] = set()
            for req in _row_reqs(row):
                finding = findings.get(req.id, Finding(Verdict.MET))
                action = _reword(row, req, finding, you)
                if action is not None and all(a.text != action.text for _, a in wording):
                    wording.append((index, action))
                    reworded.add(req.id)
            rest = {k: v for k, v in findings.items() if k not in reworded}
            listing = _listing(row, rest)
            if listing is not None:
                wording.append((index, listing))
            if row.hire.verdict is not Verdict.MET:
                highlights.append(
                    Action(
                        kind="highlight",
                        text=(
                            f"{row.requirement.text}: your resume shows it; the hire's public "
                            f"record does not ({row.hire.verdict.value.replace('_', ' ')})."
                        ),
                        requirement_ids=row.ids,
                    )
                )
            continue
        if row.requirement.kind is RequirementKind.OTHER and row.you.verdict is Verdict.PARTIAL:
            text = (
                f"Your resume comes close ({row.you.note}); say it plainly, with an example, "
                "in the posting's own words."
            )
            flips = int(row.requirement.required)
            wording.append(
                (index, Action(kind="wording", text=text, requirement_ids=row.ids, flips=flips))
            )
            continue
        missing = [
            _part_gap(req)
            for req in _row_reqs(row)
            if req.id in findings and findings[req.id].verdict is not Verdict.MET
        ]
        missing = list(dict.fromkeys(missing)) or [_part_gap(row.requirement)]
        if len(missing) == 1:
            key, label = missing[0]
        else:
            key = "row:" + row.requirement.text.casefold()
            label = " and ".join(label for _, label in missing)
        gap = gaps.setdefault(key, _Gap(key, label, first=index))
        if row not in gap.rows:
            gap.rows.append(row)
    actions: list[Action] = []
    for gap in sorted(gaps.values(), key=lambda g: (-_flips(g.rows), g.first)):
        ids = [i for r in gap.rows for i in r.ids]
        notes = "; ".join(dict.fromkeys(r.you.note for r in gap.rows if r.you.note))
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
