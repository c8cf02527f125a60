"""Ordered scales: degree levels (by :attr:`DegreeLevel.rank`) and spoken-language levels."""

from __future__ import annotations

import re

from research.compare.skillmatch import degree_level_of
from research.model import DegreeLevel, Education


def education_level(ed: Education) -> DegreeLevel | None:
    return ed.level or degree_level_of(ed.degree)


_LANGUAGE_LEVELS = (
    ("native", 7),
    ("bilingual", 7),
    ("mother tongue", 7),
    ("c2", 6),
    ("full professional", 6),
    ("c1", 5),
    ("fluent", 5),
    ("advanced", 5),
    ("professional working", 5),
    ("b2", 4),
    ("upper intermediate", 4),
    ("b1", 3),
    ("intermediate", 3),
    ("limited working", 3),
    ("a2", 2),
    ("elementary", 2),
    ("basic", 2),
    ("a1", 1),
    ("beginner", 1),
)


def language_rank(level: str | None) -> int:
    """A spoken-language level on one scale: CEFR A1 (1) to C2 (6), native 7; LinkedIn's and
    common words mapped onto it; 0 when unknown."""
    if not level:
        return 0
    text = level.casefold()
    for word, rank in _LANGUAGE_LEVELS:
        if re.search(rf"(?<!\w){word}(?!\w)", text):
            return rank
    return 0


__all__ = ["education_level", "language_rank"]
