"""The readers' door to the skills vocabulary (:mod:`research.skills`).

Calls are guarded: when the vocabulary cannot be loaded, skills keep their names without
ids and degree levels come from a small built-in table, so a resume still reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from research.model import DegreeLevel


@dataclass(frozen=True)
class Found:
    id: str
    name: str
    text: str


@cache
def _skills() -> ModuleType | None:
    try:
        import research.skills as module

        module.find_skills("Python")
    except Exception:
        return None
    return module


def lookup_skill(name: str) -> Found | None:
    module = _skills()
    if module is None:
        return None
    entry = module.lookup_skill(name)
    return Found(entry.id, entry.name, name) if entry is not None else None


def find_skills(text: str) -> list[Found]:
    module = _skills()
    if module is None:
        return []
    return [Found(m.id, m.name, m.text) for m in module.find_skills(text)]


def find_certifications(text: str) -> list[Found]:
    module = _skills()
    if module is None:
        return []
    return [Found(m.id, m.name, m.text) for m in module.find_certifications(text)]


def find_languages(text: str) -> list[Found]:
    module = _skills()
    if module is None:
        return []
    return [Found(m.id, m.name, m.text) for m in module.find_languages(text)]


def is_spoken_language(name: str) -> bool | None:
    """Whether ``name`` is a human language ("Spanish"); False for a known skill such as a
    programming language ("Python", "C++"); None when neither list knows it."""
    module = _skills()
    if module is None:
        return None
    if module.lookup_language(name) is not None:
        return True
    return False if module.lookup_skill(name) is not None else None


_FALLBACK_DEGREES: list[tuple[DegreeLevel, re.Pattern[str]]] = [
    (
        DegreeLevel.DOCTORATE,
        re.compile(r"\b(?:ph\.?\s?d|doctor(?:ate)? of|d\.?phil|ed\.?d)\b", re.I),
    ),
    (
        DegreeLevel.MASTER,
        re.compile(
            r"\b(?:M\.?Sc|M\.S\.?|MS|M\.A\.?|MA|MBA|M\.?Eng|M\.?Ed|MRes|LL\.M\.?|"
            r"(?i:masters?(?:'s)?|diplom))\b"
        ),
    ),
    (
        DegreeLevel.BACHELOR,
        re.compile(
            r"\b(?:B\.?Sc|B\.S\.?|BS|B\.A\.?|BA|B\.?Eng|B\.?Ed|BSN|B\.?Com|BPharm|LL\.B\.?|"
            r"(?i:bachelor(?:'s)?|licence|licenciatura))\b"
        ),
    ),
    (DegreeLevel.ASSOCIATE, re.compile(r"\bassociate(?:'s)? (?:degree|of)\b|\bA\.?A\.?S\b", re.I)),
    (DegreeLevel.SECONDARY, re.compile(r"\b(?:high school|abitur|a-levels?|baccalaur)", re.I)),
]


def degree_level(text: str) -> DegreeLevel | None:
    module = _skills()
    if module is not None:
        level: DegreeLevel | None = module.degree_level(text)
        return level
    for level_, pattern in _FALLBACK_DEGREES:
        if pattern.search(text):
            return level_
    return None


__all__ = [
    "Found",
    "degree_level",
    "find_certifications",
    "find_languages",
    "find_skills",
    "is_spoken_language",
    "lookup_skill",
]
