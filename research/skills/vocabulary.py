"""The vocabulary data (``data/*.json``), loaded lazily on first use.

Each data file is a JSON array of objects, one per line. Entries may carry two optional
lists that only the matcher uses: ``cs`` (aliases matched case-sensitively although longer
than three characters, e.g. ``Excel``) and ``ctx`` (aliases that are also English words or
initials and count only in a technical context, e.g. ``Go``, ``Swift``, ``R``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from research.skills.matcher import PhraseMatcher, Term

TECHNICAL_CATEGORIES = frozenset(
    {
        "programming-languages",
        "web-development",
        "mobile-development",
        "databases",
        "cloud",
        "devops",
        "data-engineering",
        "data-science",
        "machine-learning",
        "software-engineering",
        "testing",
        "security",
        "networking",
        "it-operations",
        "enterprise-software",
        "game-development",
        "embedded-systems",
    }
)
"""Categories whose matches give a contextual alias (``Go``, ``R``) its context."""


@dataclass(frozen=True)
class SkillEntry:
    id: str
    name: str
    aliases: tuple[str, ...]
    category: str
    broader: str | None


@dataclass(frozen=True)
class CertEntry:
    id: str
    name: str
    aliases: tuple[str, ...]
    issuer: str
    category: str
    skill: str | None


@dataclass(frozen=True)
class LanguageEntry:
    id: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class DegreeEntry:
    """Names of one degree level; ``level`` is ``None`` for phrases that only look like
    degrees ("MS Office", "Scrum Master") and block them."""

    level: str | None
    aliases: tuple[str, ...]


def _read(name: str) -> list[dict[str, Any]]:
    text = resources.files("research.skills").joinpath("data", name).read_text("utf-8")
    data = json.loads(text)
    if not isinstance(data, list):
        raise ValueError(f"research/skills/data/{name}: expected a JSON array")
    return data


def _terms(raw: dict[str, Any], key: str) -> Iterator[Term]:
    cs = set(raw.get("cs", ()))
    ctx = set(raw.get("ctx", ()))
    for alias in [raw["name"], *raw.get("aliases", ())]:
        yield Term(raw[key], alias, alias in cs, alias in ctx)


@cache
def skills() -> dict[str, SkillEntry]:
    return {
        raw["id"]: SkillEntry(
            raw["id"], raw["name"], tuple(raw["aliases"]), raw["category"], raw.get("broader")
        )
        for raw in _read("skills.json")
    }


@cache
def certifications() -> dict[str, CertEntry]:
    return {
        raw["id"]: CertEntry(
            raw["id"],
            raw["name"],
            tuple(raw["aliases"]),
            raw.get("issuer", ""),
            raw["category"],
            raw.get("skill"),
        )
        for raw in _read("certifications.json")
    }


@cache
def languages() -> dict[str, LanguageEntry]:
    return {
        raw["id"]: LanguageEntry(raw["id"], raw["name"], tuple(raw["aliases"]))
        for raw in _read("languages.json")
    }


@cache
def degrees() -> tuple[DegreeEntry, ...]:
    return tuple(DegreeEntry(raw["level"], tuple(raw["aliases"])) for raw in _read("degrees.json"))


@cache
def raw_entries(name: str) -> tuple[dict[str, Any], ...]:
    """The data file as stored (for the matchers and the integrity tests)."""
    return tuple(_read(name))


@cache
def blockers() -> dict[str, tuple[str, ...]]:
    """Per kind, phrases that look like a name but are not one ("EMT conduit" is no
    Emergency Medical Technician): the matcher takes them and reports nothing."""
    text = resources.files("research.skills").joinpath("data", "blockers.json")
    data: dict[str, list[str]] = json.loads(text.read_text("utf-8"))
    return {kind: tuple(phrases) for kind, phrases in data.items()}


def _matcher(name: str, kind: str) -> PhraseMatcher:
    terms = [t for raw in raw_entries(name) for t in _terms(raw, "id")]
    terms += [Term("", phrase, case_sensitive=True) for phrase in blockers().get(kind, ())]
    return PhraseMatcher.build(terms, acronyms_exact=kind == "certification")


@cache
def skill_matcher() -> PhraseMatcher:
    return _matcher("skills.json", "skill")


@cache
def certification_matcher() -> PhraseMatcher:
    return _matcher("certifications.json", "certification")


@cache
def language_matcher() -> PhraseMatcher:
    return _matcher("languages.json", "language")


@cache
def degree_matcher() -> PhraseMatcher:
    terms: list[Term] = []
    for raw in raw_entries("degrees.json"):
        level = raw["level"] or ""
        cs = set(raw.get("cs", ()))
        terms.extend(Term(level, alias, alias in cs) for alias in raw["aliases"])
    return PhraseMatcher.build(terms, fuzzy_matching=False)


def is_technical(skill_id: str) -> bool:
    entry = skills().get(skill_id)
    return entry is not None and entry.category in TECHNICAL_CATEGORIES


__all__ = [
    "TECHNICAL_CATEGORIES",
    "CertEntry",
    "DegreeEntry",
    "LanguageEntry",
    "SkillEntry",
    "blockers",
    "certification_matcher",
    "certifications",
    "degree_matcher",
    "degrees",
    "is_technical",
    "language_matcher",
    "languages",
    "raw_entries",
    "skill_matcher",
    "skills",
]
