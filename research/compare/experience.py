"""Question 1: more experience? Total and relevant months for both sides, as of a date.

Definitions (all months inclusive, overlapping roles merged, via :mod:`research.dates`):

- **Total**: every dated experience up to ``as_of``.
- **Relevant**: experiences whose title is like the role's (rapidfuzz ``token_set_ratio`` of
  the titles without seniority words, developer/engineer folded, >= :data:`TITLE_BAR`), or
  whose title and summary show (the same skill or a narrower one) at least
  :data:`SKILL_OVERLAP` of the skills the posting names (fewer when it names fewer; umbrella
  skills such as "Programming" left out), or at least one skill a *required* row asks for,
  or the skill an experience row asks for ("8+ years of software engineering").
- **The job they got**: an experience of the hire at the hiring employer starting no more
  than :data:`NEW_ROLE_WINDOW` months before ``as_of`` (or after it). It is excluded from
  both figures and shown apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from research.compare.asks import RoleSkills
from research.compare.skillmatch import find_in, relation
from research.compare.text import (
    experience_label,
    squash,
    title_activity,
    title_similarity,
)
from research.dates import merge_spans, months_in, span_of, years
from research.employers import same_employer
from research.model import Career, Experience, PartialDate, RequirementKind, Role
from research.skills.occupations import (
    domain_of,
    family_name,
    occupation_of,
    relevant_to_title,
)

TITLE_BAR = 75.0
SKILL_OVERLAP = 2
NEW_ROLE_WINDOW = 6


@dataclass(frozen=True)
class Facts:
    """What one side's experience adds up to."""

    total_months: int
    relevant_months: int
    relevant: list[tuple[Experience, str]] = field(default_factory=list)
    """Relevant experiences and why (``title`` or ``skills: a, b``)."""
    undated: int = 0
    later: list[Experience] = field(default_factory=list)
    """Experiences that start after the as-of date: named, not counted."""


def split_new_role(
    hire: Career, employer: str, as_of: PartialDate | None
) -> tuple[list[Experience], Experience | None]:
    """The hire's experiences without the job they got, and that job (or None)."""
    if not employer:
        return list(hire.experiences), None
    at_employer = [e for e in hire.experiences if same_employer(e.employer, employer)]
    chosen: Experience | None = None
    for e in at_employer:
        if e.start is None or as_of is None:
            continue
        if e.start.first_month() >= as_of.first_month() - NEW_ROLE_WINDOW and (
            chosen is None or chosen.start is None or chosen.start < e.start
        ):
            chosen = e
    if chosen is None and as_of is None and at_employer:
        dated = [e for e in at_employer if e.start is not None and e.end is None]
        chosen = dated[-1] if dated else None
    rest = [e for e in hire.experiences if e is not chosen]
    return rest, chosen


# a title that names the trade: "Senior Software Engineer" is software development
_SOFTWARE_TITLE = re.compile(
    r"\b(?:(?:software|backend|back-end|frontend|front-end|full[- ]?stack|web|mobile|"
    r"platform|devops|site reliability|data|ml|machine learning|embedded|systems?)\s+"
    r"(?:engineer|developer)|developer|programmer)\b",
    re.IGNORECASE,
)


def experience_text(e: Experience) -> str:
    """The text an experience shows skills in: its title (with the trade a title names)
    and its summary."""
    title = e.title
    if _SOFTWARE_TITLE.search(title):
        title = f"{title} (software engineering)"
    activity = title_activity(e.title)
    if activity and activity not in title.casefold():
        title = f"{title} ({activity})"
    return squash(f"{title}. {e.summary}") if e.summary else title


def skills_shown(e: Experience, wanted: list[str]) -> list[str]:
    """Which of the wanted skill ids an experience's text shows (same or narrower)."""
    found = find_in(experience_text(e), wanted)
    return [w for w in wanted if any(relation(w, f.id) in ("same", "narrower") for f in found)]


def role_families(role: Role) -> dict[str, str]:
    """The occupation families whose roles are relevant to the role, each with what
    names it: the families relevant to the role's title (a "Head of Platform" posting finds a
    "Staff Engineer" relevant, not IT support), and the families the domains of its
    experience requirements accept ("8+ years of software engineering")."""
    found: dict[str, str] = {}
    for req in role.requirements:
        if req.kind is RequirementKind.EXPERIENCE:
            domain = domain_of(req.text)
            if domain is not None:
                for fam in domain.families:
                    found.setdefault(fam, f"the posting asks for {domain.words}")
    own = occupation_of(role.title).family if role.title else None
    if own is not None:
        for fam in relevant_to_title(own):
            found.setdefault(fam, f"the posting's title is {family_name(own)}")
    return found


def why_relevant(
    e: Experience, role: Role, skills: RoleSkills, by_family: dict[str, str] | None = None
) -> str | None:
    """Why an experience counts as relevant to the role, or None. A title of a known family
    outside the role's families is never relevant through words in its summary alone."""
    if role.title and title_similarity(e.title, role.title) >= TITLE_BAR:
        return "title"
    by_family = role_families(role) if by_family is None else by_family
    family = occupation_of(e.title).family if e.title else None
    if family is not None and family in by_family:
        return f"{family_name(family)} title; {by_family[family]}"
    if family is not None and by_family:
        return None
    if skills.named:
        shown = skills_shown(e, list(skills.named))
        if len(shown) >= min(SKILL_OVERLAP, len(skills.named)):
            return "skills: " + ", ".join(shown)
        required = [s for s in shown if s in skills.required]
        if required:
            return "required skill: " + ", ".join(required)
    if skills.experience:
        asked = skills_shown(e, list(skills.experience))
        if asked:
            return "the experience asked for: " + ", ".join(asked)
    return None


def measure(
    experiences: list[Experience], role: Role, skills: RoleSkills, as_of: PartialDate | None
) -> Facts:
    """Total and relevant months of a list of experiences as of a date."""
    if as_of is None:
        return Facts(0, 0, undated=len(experiences))
    spans = []
    relevant_spans = []
    relevant: list[tuple[Experience, str]] = []
    undated = 0
    by_family = role_families(role)
    later: list[Experience] = []
    for e in experiences:
        span = span_of(e.start, e.end, as_of)
        if e.start is None:
            undated += 1
        elif span is None:
            later.append(e)
            continue
        reason = why_relevant(e, role, skills, by_family)
        if reason is not None:
            relevant.append((e, reason))
        if span is None:
            continue
        spans.append(span)
        if reason is not None:
            relevant_spans.append(span)
    total = sum(months_in(s) for s in merge_spans(spans))
    rel = sum(months_in(s) for s in merge_spans(relevant_spans))
    return Facts(total, rel, relevant, undated, later)


def months_with_skill(
    experiences: list[Experience], skill_id: str, as_of: PartialDate | None
) -> tuple[int, list[Experience]]:
    """Months of experiences whose text shows the skill (same or narrower), merged."""
    if as_of is None:
        return 0, []
    chosen = [e for e in experiences if skills_shown(e, [skill_id])]
    spans = [s for s in (span_of(e.start, e.end, as_of) for e in chosen) if s is not None]
    return sum(months_in(s) for s in merge_spans(spans)), chosen


def describe(months: int) -> str:
    """``"4.5 years (54 months)"``."""
    if months < 12:
        return f"{months} month{'s' if months != 1 else ''}"
    return f"{years(months)} years ({months} months)"


def label(e: Experience) -> str:
    dates = ""
    if e.start is not None:
        dates = f" ({e.start}–{e.end if e.end is not None else 'open'})"
    return experience_label(e) + dates


__all__ = [
    "NEW_ROLE_WINDOW",
    "SKILL_OVERLAP",
    "TITLE_BAR",
    "Facts",
    "describe",
    "experience_text",
    "label",
    "measure",
    "months_with_skill",
    "skills_shown",
    "split_new_role",
    "why_relevant",
]
