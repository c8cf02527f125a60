"""The matrix's education rows.

A degree meets the requirement when its level (:attr:`DegreeLevel.rank`, any spelling:
M.Sc., MS, Master's) is at least the level asked and its field fits: the same field under
any spelling, a close name, or, when the posting accepts a related field ("or related",
"or similar"), a field of the same family (:mod:`research.skills.fields`: MSc Statistics
meets "Master's in Statistics, Data Science or related"). The right level in another field,
or one level below in a fitting field, is partial.

When the posting accepts experience instead ("or equivalent experience"), at least
:data:`EQUIVALENT_YEARS` years of relevant experience meet it.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from research.compare.asks import RoleSkills
from research.compare.experience import describe, measure
from research.compare.levels import education_level
from research.compare.matrix_base import Side, absent, complete
from research.compare.skillmatch import degree_level_of
from research.compare.text import with_quote
from research.model import Education, Requirement, Role, SideVerdict, Verdict
from research.skills.fields import related as related_field
from research.skills.fields import same_field

FIELD_BAR = 70
EQUIVALENT_YEARS = 4
"""Years of relevant experience that stand for a degree when the posting allows it."""
_EQUIVALENT = re.compile(
    r"\bor\s+(?:an?\s+)?(?:equivalent|comparable|relevant|related)\s+(?:practical\s+|work\s+|"
    r"professional\s+|industry\s+)?experience\b|\bequivalent experience\b",
    re.IGNORECASE,
)


def _equivalent_experience(
    req: Requirement, side: Side, role: Role, skills: RoleSkills
) -> SideVerdict | None:
    if not _EQUIVALENT.search(req.text):
        return None
    facts = measure(side.experiences, role, skills, side.as_of)
    if facts.relevant_months < EQUIVALENT_YEARS * 12:
        return None
    note = (
        f"equivalent experience: {describe(facts.relevant_months)} of relevant experience "
        f"(the posting accepts experience instead of the degree; {EQUIVALENT_YEARS} years count)"
    )
    ev = [
        e
        for exp, _ in facts.relevant[:2]
        for e in with_quote(exp.evidence, f"{exp.title}, {exp.employer}", side.fallback_source)[:1]
    ]
    return SideVerdict(verdict=Verdict.MET, note=note, evidence=ev)


_RELATED = re.compile(
    r"\b(?:related|similar|equivalent|relevant|comparable|quantitative|technical|such as|"
    r"e\.g\.|or other)\b",
    re.IGNORECASE,
)


def _field_matches(have: str | None, asked: str | None, text: str = "") -> bool:
    """The field fits: the same field under any spelling, a close name, or, when the
    posting accepts a related field ("or related", "or similar"), a field of the same
    family (:mod:`research.skills.fields`)."""
    if not asked:
        return True
    if not have:
        return False
    if same_field(have, asked) or fuzz.token_set_ratio(have.casefold(), asked.casefold()) >= (
        FIELD_BAR
    ):
        return True
    return bool(_RELATED.search(text)) and related_field(have, asked)


def education_row(req: Requirement, side: Side, role: Role, skills: RoleSkills) -> SideVerdict:
    """One side's verdict on an education requirement (see the module docstring)."""
    asked = req.degree_level or degree_level_of(req.text)
    best: tuple[int, Education] | None = None
    for ed in side.career.education:
        level = education_level(ed)
        rank = level.rank if level else 0
        fits = _field_matches(ed.field or ed.degree, req.field, req.text)
        key = rank * 2 + int(fits)
        if best is None or key > best[0]:
            best = (key, ed)
    is_complete = complete(side.career.education)
    if best is None:
        instead = _equivalent_experience(req, side, role, skills)
        return instead or absent(side, is_complete, "no education listed")
    ed = best[1]
    level = education_level(ed)
    degree = ed.degree or (level.value if level else "")
    field = ed.field if ed.field and ed.field.casefold() not in degree.casefold() else ""
    desc = ", ".join(p for p in (degree, field, ed.institution) if p)
    ev = with_quote(ed.evidence, desc, side.fallback_source)[:1]
    have_rank = level.rank if level else 0
    want_rank = asked.rank if asked else 1
    fits = _field_matches(ed.field or ed.degree, req.field, req.text)
    asked_text = (asked.value if asked else "a degree") + (f" in {req.field}" if req.field else "")
    if have_rank >= want_rank and fits:
        return SideVerdict(verdict=Verdict.MET, note=f"{desc} (asked {asked_text})", evidence=ev)
    instead = _equivalent_experience(req, side, role, skills)
    if instead is not None:
        return instead
    if (have_rank >= want_rank) or (have_rank == want_rank - 1 and have_rank > 0 and fits):
        return SideVerdict(
            verdict=Verdict.PARTIAL, note=f"{desc} (asked {asked_text})", evidence=ev
        )
    gone = absent(side, is_complete, f"highest shown: {desc} (asked {asked_text})")
    return gone.model_copy(update={"evidence": ev})


__all__ = ["EQUIVALENT_YEARS", "education_row"]
