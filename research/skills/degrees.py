"""Degree levels named in a text, on the scale of :class:`research.model.DegreeLevel`.

Decisions (documented here because postings and resumes rely on them):

* professional doctorates (JD, MD, DDS, DMD, DVM, PharmD, PsyD, DNP) map to ``doctorate``;
* the German *Diplom*, *Magister* and the Latin-American *Maestría* map to ``master``;
  *Licenciatura* to ``bachelor``; A-levels, Abitur, Baccalauréat and GED to ``secondary``;
* "postgraduate" maps to ``master``, "undergraduate" and "college degree" to ``bachelor``;
* "MS Office", "Scrum Master", "master electrician", "Sales Associate"... are not degrees;
  a bare "LLM" is a language model, not a Master of Laws ("LL.M." is);
* "MA", "MS" and "MD" right after "City," and before a ZIP code, "USA" or a line end are US
  states;
* "Dr." before a capitalised name ("Dr. Anna Schmidt") names a doctorate, like *Doktor*.

:func:`degree_level` gives the highest level named; :func:`lowest_degree_level` the lowest,
which is what a requirement such as "BSc or MSc" demands at minimum.
"""

from __future__ import annotations

import re

from research.model import DegreeLevel
from research.skills.matcher import Hit
from research.skills.vocabulary import degree_matcher

_STATES = frozenset({"MA", "MS", "MD", "BA"})
_COUNTRY = re.compile(r",\s*(?:USA|US|U\.S\.|United States)\b")
_DOCTOR_TITLE = re.compile(r"(?<![\w.])Dr\.?\s+(?=[A-Z][a-z]+\b)")
""""Dr. Anna Schmidt": the title of a doctorate holder (not "Oak Dr. Springfield")."""


def _doctor_titles(text: str) -> list[int]:
    starts = []
    for found in _DOCTOR_TITLE.finditer(text):
        before = text[: found.start()].rstrip(" ")
        last_word = before.split()[-1] if before.split() else ""
        if last_word[:1].isupper() and last_word.isalpha():
            continue  # "Oak Dr. Springfield", a street
        if last_word[-1:].isdigit():
            continue
        starts.append(found.start())
    return starts


def _is_state(text: str, hit: Hit, hits: list[Hit]) -> bool:
    if text[hit.start : hit.end] not in _STATES:
        return False
    before = text[max(0, hit.start - 2) : hit.start]
    if before != ", ":
        return False
    previous_degree = any(h.end <= hit.start and hit.start - h.end <= 3 for h in hits)
    if previous_degree:
        return False
    rest = text[hit.end : hit.end + 20].lstrip(" ")
    return not rest or rest[0] in "\n\r)" or rest[:1].isdigit() or bool(_COUNTRY.match(rest))


def degree_levels(text: str) -> list[DegreeLevel]:
    """Every degree level named in ``text``, in order of first mention, without repeats."""
    hits = degree_matcher().find(text)
    mentions: list[tuple[int, DegreeLevel]] = [
        (hit.start, DegreeLevel(hit.entry)) for hit in hits if not _is_state(text, hit, hits)
    ]
    mentions += [(start, DegreeLevel.DOCTORATE) for start in _doctor_titles(text)]
    found: list[DegreeLevel] = []
    for _, level in sorted(mentions, key=lambda mention: mention[0]):
        if level not in found:
            found.append(level)
    return found


def degree_level(text: str) -> DegreeLevel | None:
    """The highest degree level named in ``text`` ("BSc or MSc" -> master)."""
    levels = degree_levels(text)
    return max(levels, key=lambda level: level.rank) if levels else None


def lowest_degree_level(text: str) -> DegreeLevel | None:
    """The lowest degree level named in ``text`` ("BSc or MSc" -> bachelor): the minimum a
    requirement accepts."""
    levels = degree_levels(text)
    return min(levels, key=lambda level: level.rank) if levels else None


__all__ = ["degree_level", "degree_levels", "lowest_degree_level"]
