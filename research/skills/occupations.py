"""Job titles read as an occupation family and a seniority; requirement domains as the
families that count.

The vocabulary is ``data/occupations.json`` (its ``about`` field gives its source: the
occupation families of O*NET-SOC and ESCO/ISCO-08, title words written by hand). Rules:

* a title's **family** is the family of its longest title phrase, matched as whole words
  ("Senior Site Reliability Engineer" -> ``devops``; "Registered Nurse" -> ``nursing``);
  a title naming a technical skill next to "developer" or "engineer" ("React developer")
  takes the family of the skill's category (``frontend``); a bare "Engineer", "Staff
  Engineer" or "Principal Engineer" is ``engineering`` (field not named), which counts
  for software postings;
* a title's **seniority** is its highest seniority word (intern < junior < senior < lead
  < staff < principal < architect < manager < head < director < vp < chief; founder
  apart); titles at lead, manager, head, director, VP or chief level lead people;
* a requirement's **domain** is the longest domain phrase its text names ("8+ years of
  software engineering" -> the families of software engineering); a role outside those
  families never counts toward it, whatever words its summary uses.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

SENIORITY_ORDER = (
    "intern",
    "junior",
    "senior",
    "lead",
    "staff",
    "principal",
    "architect",
    "manager",
    "head",
    "director",
    "vp",
    "chief",
    "founder",
)


@dataclass(frozen=True)
class Occupation:
    """What a job title says: the family (id and name), the seniority, whether the title
    leads people, and the words of the title that decided each."""

    family: str | None
    family_name: str
    seniority: str | None
    leads_people: bool
    family_words: str = ""
    seniority_words: str = ""


@dataclass(frozen=True)
class Domain:
    """The field a requirement names and the families whose roles count toward it."""

    words: str
    families: frozenset[str]


@cache
def _data() -> dict[str, Any]:
    text = resources.files("research.skills").joinpath("data", "occupations.json")
    data: dict[str, Any] = json.loads(text.read_text("utf-8"))
    return data


def _key(text: str) -> str:
    text = text.casefold().replace("&", " & ")
    text = re.sub(r"[^\w&+/#.-]+", " ", text)
    return " " + re.sub(r"\s+", " ", text).strip() + " "


def _has(key: str, phrase: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", key) is not None


@cache
def _phrases() -> tuple[tuple[str, str], ...]:
    """(phrase, family) pairs, longest phrase first."""
    pairs = [
        (phrase.casefold(), family)
        for family, entry in _data()["families"].items()
        for phrase in entry["titles"]
    ]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def family_name(family: str) -> str:
    """The display name of a family id ("devops" -> "DevOps, SRE, infrastructure and
    platform"); the id itself when unknown."""
    entry = _data()["families"].get(family)
    return str(entry["name"]) if entry else family


def families() -> tuple[str, ...]:
    return tuple(_data()["families"])


def relevant_to_title(family: str) -> tuple[str, ...]:
    """The families whose roles are relevant to a posting whose title is of ``family``
    (the data's ``title_relevance``; the family itself when it is not listed)."""
    table: dict[str, list[str]] = _data()["title_relevance"]
    return tuple(table.get(family, [family]))


def licence_shown_by(cert_id: str, title: str) -> str:
    """The title words that show a licence, because the job can only be done with it
    ("Staff Nurse" shows a nursing registration); "" when the title does not."""
    titles: list[str] = _data().get("licences", {}).get(cert_id, [])
    key = _key(title)
    for words in sorted(titles, key=len, reverse=True):
        if _has(key, words):
            return words
    return ""


def family_group(family: str) -> str | None:
    entry = _data()["families"].get(family)
    return str(entry["group"]) if entry else None


_TIERS = {"engineering": 0, "software": 1}
"""A named field beats "software" beats a bare "engineer": "Senior Backend Engineer" is
backend, "Frontend Developer" frontend; but when the title names a trade (developer,
engineer, programmer), a technology family beats any other ("Clinical Software Engineer"
is software)."""

_TRADE_WORD = re.compile(r"(?<!\w)(?:developer|engineer|programmer|dev)(?!\w)", re.IGNORECASE)


def _skill_family(title: str) -> tuple[str, str] | None:
    if not _TRADE_WORD.search(title):
        return None
    from research.skills import find_skills
    from research.skills.vocabulary import skills

    categories: dict[str, str] = _data()["skill_categories"]
    table = skills()
    for match in find_skills(title):
        family = categories.get(table[match.id].category)
        if family is not None:
            return family, match.text
    return None


def _levels(key: str) -> dict[str, str]:
    """Every seniority level a title names, with the words that name it."""
    found: dict[str, str] = {}
    for level, words in _data()["seniority"].items():
        for word in words:
            if level not in found and _has(key, word.casefold()):
                found[level] = word
    return found


@cache
def occupation_of(title: str) -> Occupation:
    """The family and seniority a job title names (see the module docstring)."""
    key = _key(title)
    family: str | None = None
    words = ""
    best = (-1, -1, -1)
    trade = _TRADE_WORD.search(title) is not None
    for phrase, fam in _phrases():
        # in "Clinical Software Engineer" the trade decides: a technology family wins
        tech = int(trade and fam != "engineering" and family_group(fam) in ("technology", "it"))
        rank = (tech, _TIERS.get(fam, 2), len(phrase))
        if rank > best and _has(key, phrase):
            family, words, best = fam, phrase, rank
    if family in (None, "engineering", "software"):
        by_skill = _skill_family(title)
        if by_skill is not None and (family is None or by_skill[0] != "software"):
            family, words = by_skill
    levels = _levels(key)
    # "Staff Nurse" is a registered nurse, not a staff-level role
    if family not in (None, "engineering", "software", "ml", "data"):
        levels.pop("staff", None)
    ranked = sorted(levels, key=lambda level: SENIORITY_ORDER.index(level))
    named = [level for level in ranked if level != "founder"] or ranked
    seniority = named[-1] if named else None
    seniority_words = levels[seniority] if seniority else ""
    leads = bool(set(levels) & set(_data()["leads_people"]))
    return Occupation(
        family=family,
        family_name=family_name(family) if family else "",
        seniority=seniority,
        leads_people=leads,
        family_words=words,
        seniority_words=seniority_words,
    )


@cache
def _domain_phrases() -> tuple[tuple[str, frozenset[str]], ...]:
    pairs = [(phrase, frozenset(fams)) for phrase, fams in _data()["domains"].items()]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


GENERIC_DOMAINS = frozenset(
    {"engineering", "development", "programming", "data", "platform", "operations", "product"}
)
"""Domain words that give way to a more specific one in the same text: "backend
engineering" is backend."""


def domain_of(text: str) -> Domain | None:
    """The domain a requirement names: its longest specific phrase, else its longest generic
    one; None when it names none."""
    key = _key(text)
    found = [(phrase, fams) for phrase, fams in _domain_phrases() if _has(key, phrase)]
    specific = [f for f in found if f[0] not in GENERIC_DOMAINS]
    for phrase, fams in specific or found:
        return Domain(phrase, fams)
    return None


def domain_of_skill(skill_id: str) -> Domain | None:
    """The families whose titles show a skill's category (``react`` -> frontend and
    software): used when a requirement names a skill and no domain."""
    from research.skills.vocabulary import skills

    entry = skills().get(skill_id)
    if entry is None:
        return None
    family = _data()["skill_categories"].get(entry.category)
    if family is None:
        return None
    return Domain(entry.name, frozenset({family}))


__all__ = [
    "GENERIC_DOMAINS",
    "SENIORITY_ORDER",
    "Domain",
    "Occupation",
    "domain_of",
    "domain_of_skill",
    "families",
    "family_group",
    "family_name",
    "licence_shown_by",
    "occupation_of",
    "relevant_to_title",
]
