"""What the posting asks, as skill ids: per requirement, and for the whole role."""

from __future__ import annotations

import re
from dataclasses import dataclass

from research.compare.skillmatch import display_name, find_in, is_broad, relation, skill_id_of
from research.model import Requirement, RequirementKind, Role


def requirement_skill(req: Requirement) -> str:
    """The skill id a requirement asks for: its ``skill`` (normalised through the taxonomy,
    so a name or alias works too), else the id of its text."""
    if req.skill:
        return skill_id_of(req.skill)
    found = {f.id for f in find_in(req.text)}
    return found.pop() if len(found) == 1 else skill_id_of(req.text)


_ALTERNATIVES = re.compile(r"\s+or\s+|\s*/\s*|,\s*", re.IGNORECASE)


def alternatives(req: Requirement) -> list[str]:
    """The skill ids a skill row accepts: its own, its ``alternatives``, and each
    alternative its text names ("Tableau or Power BI" accepts either)."""
    main = requirement_skill(req)
    ids = [main] + [skill_id_of(a) for a in req.alternatives]
    if not req.alternatives and _ALTERNATIVES.search(req.text):
        named = [skill_id_of(part) for part in _ALTERNATIVES.split(req.text) if part.strip()]
        named += [f.id for f in find_in(req.text)]
        # never an umbrella of the main skill: "Python or Go" must not accept any language
        ids += [i for i in named if relation(i, main) != "narrower" and not is_broad(i)]
    return list(dict.fromkeys(ids))


def requirement_name(req: Requirement) -> str:
    """The display name of what a requirement asks for."""
    return display_name(requirement_skill(req), req.skill or req.text)


def role_skill_ids(role: Role) -> list[str]:
    """Every skill the posting names: its skill rows (with their alternatives), then the
    skills its title and description mention, without umbrella skills ("Programming") unless
    nothing else is left. Used to judge which experience is relevant."""
    ids = [i for r in role.requirements if r.kind is RequirementKind.SKILL for i in alternatives(r)]
    ids += [f.id for f in find_in(f"{role.title}. {role.description}")]
    unique = list(dict.fromkeys(ids))
    specific = [i for i in unique if not is_broad(i)]
    return specific or unique


def required_skill_ids(role: Role) -> list[str]:
    """The skills (with alternatives) of the role's *required* skill rows."""
    ids = [
        i
        for r in role.requirements
        if r.kind is RequirementKind.SKILL and r.required
        for i in alternatives(r)
    ]
    return list(dict.fromkeys(ids))


@dataclass(frozen=True)
class RoleSkills:
    """The skills a role names, for judging relevance: all of them, and the required ones."""

    named: tuple[str, ...] = ()
    required: tuple[str, ...] = ()
    experience: tuple[str, ...] = ()
    """The skills of the role's experience rows ("8+ years of software engineering")."""

    @classmethod
    def of(cls, role: Role) -> RoleSkills:
        asked = [
            requirement_skill(r)
            for r in role.requirements
            if r.kind is RequirementKind.EXPERIENCE and r.skill
        ]
        return cls(
            tuple(role_skill_ids(role)),
            tuple(required_skill_ids(role)),
            tuple(dict.fromkeys(asked)),
        )


__all__ = [
    "RoleSkills",
    "alternatives",
    "required_skill_ids",
    "requirement_name",
    "requirement_skill",
    "role_skill_ids",
]
