"""Which roles count toward an experience requirement, and which roles show leadership.

A role counts toward "8+ years of software engineering" when its title's occupation
family (:mod:`research.skills.occupations`) is one the requirement's domain accepts
("Staff Engineer", "Head of Platform", "Engineering Manager" count for software; a
"Registered Nurse" does not), or, when its title names no known family, when its title
and summary show the skill the requirement names. A title of a known family outside the
domain never counts, whatever its summary mentions.

Leadership shows in a title at lead, manager, head, director, VP or chief level ("Team
Lead", "Engineering Manager", "Charge Nurse") or in a sentence that has someone leading,
managing or supervising people ("led a team of six", "managed five engineers", "three
direct reports"). Leading a project or a migration is not leading people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from research.compare.skillmatch import is_broad
from research.dates import merge_spans, months_in, span_of
from research.model import Experience, PartialDate, Requirement
from research.read.posting_measures import WORD_NUMBERS
from research.skills.occupations import (
    GENERIC_DOMAINS,
    Domain,
    domain_of,
    domain_of_skill,
    occupation_of,
)

_NUMBER = (
    r"(?:\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"several|multiple)"
)
_PEOPLE = (
    r"(?:teams?|squads?|groups?|departments?|engineers|developers|nurses|staff|people|"
    r"reports|direct reports|analysts|designers|scientists|teachers|accountants|"
    r"specialists|technicians|consultants|employees|members|volunteers|interns)"
)
LEAD_TEXT = re.compile(
    rf"\b(?:led|lead|leading|leads|managed|manage|manages|managing|supervised|supervise|"
    rf"supervising|oversaw|oversee|overseeing|directed|headed|mentored and led|built and led|"
    rf"hired and led|grew and led)\s+(?:(?:a|an|the|my|our|two|both|all)\s+)?"
    rf"(?:[\w/&+-]+\s+){{0,4}}?{_PEOPLE}\b"
    rf"|\bteam of\s+{_NUMBER}\b(?=[^.;]{{0,40}}\b(?:led|managed|supervised)\b)"
    rf"|\b{_NUMBER}\s+direct reports\b|\bline manag(?:er|ed|ing|ement)\b|\bpeople manag\w+",
    re.IGNORECASE,
)
LEADERSHIP_ASK = re.compile(
    r"\b(?:lead(?:ing)?|manag(?:e|ing)|supervis(?:e|ing)|head(?:ing)?)\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w/&+-]+\s+){0,3}?(?:teams?|people|engineers|developers|staff|nurses|groups?)\b"
    r"|\b(?:people|team|line|engineering|technical)\s+(?:leadership|management)\b"
    r"|\bleadership experience\b|\bmanagement experience\b|\bexperience (?:in |of )?leading\b",
    re.IGNORECASE,
)
_LEAD_YEARS = re.compile(
    rf"(?P<n>{_NUMBER}|\d+(?:\.\d)?)\s*\+?\s*(?:years?|yrs?)\s+(?:of\s+)?(?:experience\s+)?"
    r"(?:in\s+)?(?:leading|managing|supervising|leadership|people management|team leadership|"
    r"management)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Counted:
    """A role that counts toward a requirement, and why."""

    experience: Experience
    why: str


def requirement_domain(req: Requirement, skill_id: str | None) -> Domain | None:
    """The domain a requirement names. A specific skill beats a generic domain word:
    "2 years of React development" asks for React, not any development."""
    domain = domain_of(req.text)
    specific = (
        skill_id is not None and not is_broad(skill_id) and skill_id != "software-development"
    )
    if domain is not None and domain.words in GENERIC_DOMAINS and specific:
        return None
    if domain is None and skill_id is not None:
        return domain_of_skill(skill_id) if specific else None
    return domain


_FIELD_TECH = re.compile(r"(?:\b(?:it|informatics|technology)$|^digital\b)")


def why_counts(
    e: Experience, domain: Domain | None, shows_skill: bool, skill_name: str
) -> str | None:
    """Why a role counts toward a requirement of this domain (None: it does not)."""
    occupation = occupation_of(e.title) if e.title else None
    family = occupation.family if occupation else None
    if domain is not None and _FIELD_TECH.search(domain.words):
        # "3+ years in healthcare IT": technical work in the field, shown by the field's
        # systems or words ("HL7 and FHIR interface analysis"), not any data or nursing job
        if (family is None or family in domain.families) and shows_skill:
            return f"shows {skill_name or domain.words}"
        return None
    if domain is not None and family is not None:
        if family in domain.families:
            return (
                f"title '{e.title}' is {occupation.family_name if occupation else family}, "
                f"which counts for {domain.words}"
            )
        return None
    if shows_skill:
        return f"shows {skill_name}"
    return None


def leadership_of(e: Experience) -> str | None:
    """Why a role shows leading people (None: it does not)."""
    if e.title and occupation_of(e.title).leads_people:
        return f"title '{e.title}'"
    found = LEAD_TEXT.search(e.summary or "")
    if found:
        return f"'{found.group(0)}'"
    return None


def leadership_asked(text: str) -> tuple[bool, float | None]:
    """Whether a requirement asks for leading people, and for how many years."""
    if not LEADERSHIP_ASK.search(text):
        return False, None
    found = _LEAD_YEARS.search(text)
    if found is None:
        return True, None
    n = found.group("n").casefold()
    return True, float(WORD_NUMBERS.get(n, 0) or (float(n) if n.replace(".", "").isdigit() else 0))


def months_of(chosen: list[Experience], as_of: PartialDate | None) -> int:
    """Months the roles cover up to ``as_of``, overlaps counted once."""
    if as_of is None:
        return 0
    spans = [s for s in (span_of(e.start, e.end, as_of) for e in chosen) if s is not None]
    return sum(months_in(s) for s in merge_spans(spans))


def is_later(e: Experience, as_of: PartialDate | None) -> bool:
    """The role starts after the as-of date: shown as later, not counted."""
    return as_of is not None and e.start is not None and e.start.first_month() > as_of.last_month()


__all__ = [
    "LEADERSHIP_ASK",
    "LEAD_TEXT",
    "Counted",
    "is_later",
    "leadership_asked",
    "leadership_of",
    "months_of",
    "requirement_domain",
    "why_counts",
]
