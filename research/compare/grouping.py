"""The posting's requirements as rows: in order, grouped as the posting states them.

The reader may give one requirement per skill of one sentence ("Kubernetes and Terraform"
becomes two); they share their text, so they are one row here, whose parts are checked
apart. Parts joined by "or" are alternatives; a skill named after "of" or "for" behind
another says what that one is applied to and is no part of its own.
"""

from __future__ import annotations

import re

from research.compare.asks import requirement_name, requirement_skill
from research.compare.skillmatch import find_in
from research.compare.text import squash
from research.model import Requirement, RequirementKind, Role


def ordered(role: Role) -> list[Requirement]:
    """The role's requirements with ids filled in (``r1``... by posting order), required
    before preferred, otherwise in posting order."""
    reqs = [
        r if r.id else r.model_copy(update={"id": f"r{i + 1}"})
        for i, r in enumerate(role.requirements)
    ]
    return sorted(reqs, key=lambda r: not r.required)


def _same_text(a: Requirement, b: Requirement) -> bool:
    return squash(a.text).casefold() == squash(b.text).casefold() and a.required == b.required


def grouped(role: Role) -> list[list[Requirement]]:
    """The role's requirements as the posting states them: requirements read from the same
    text ("Kubernetes and Terraform", split by the reader into one per skill) are one
    group, in :func:`ordered` order."""
    groups: list[list[Requirement]] = []
    for req in ordered(role):
        for group in groups:
            if _same_text(group[0], req):
                group.append(req)
                break
        else:
            groups.append([req])
    return groups


def part_name(req: Requirement) -> str:
    """A short name for a requirement checked as a part of a row."""
    if req.kind is RequirementKind.SKILL:
        return requirement_name(req)
    if req.kind is RequirementKind.EXPERIENCE:
        return f"{req.years:g} years" if req.years else "experience"
    return req.kind.value


_OBJECT = re.compile(r"\b(?:of|for|on|across|within)\b", re.IGNORECASE)


def asked_parts(group: list[Requirement]) -> list[Requirement]:
    """The requirements of a group that the posting asks for: a skill named after "of" or
    "for" behind another one describes what it is applied to ("Threat modelling of web and
    mobile applications" asks for threat modelling), and is not a part of its own."""
    if len(group) < 2:
        return group
    text = group[0].text
    spots: dict[str, tuple[int, int]] = {}
    for req in group:
        if req.kind is RequirementKind.SKILL and req.skill:
            sid = requirement_skill(req)
            for f in find_in(text, [sid]):
                if f.id == sid:
                    spots[req.id] = (f.start, f.end)
                    break
    kept = []
    for req in group:
        spot = spots.get(req.id)
        before = [
            end for rid, (_, end) in spots.items() if rid != req.id and spot and end <= spot[0]
        ]
        if spot and before and _OBJECT.search(text[max(before) : spot[0]]):
            continue
        kept.append(req)
    return kept or group


_OR = re.compile(r"\bor\b|/", re.IGNORECASE)
_AND = re.compile(r"\band\b|&|\bas well as\b|\bplus\b", re.IGNORECASE)


def any_one(text: str) -> bool:
    """The parts are alternatives: "A, B or C", "A or similar" (and no "and")."""
    return bool(_OR.search(text)) and not _AND.search(text)


__all__ = ["any_one", "asked_parts", "grouped", "ordered", "part_name"]
