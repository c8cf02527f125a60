"""Truth files for the resume corpus, written from the careers' input structure (never from
runnerup's reader), and the check that a rendered document shows what its truth expects."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corpus.careers import Person


@dataclass(frozen=True)
class Shows:
    """What a layout displays, so that truth expects nothing the reader could not see."""

    dates: str = "month"
    """"month" when the layout prints months, "year" when only years."""
    education: bool = True
    education_dates: str | None = "month"
    """"month", "year", or None when the layout prints no education dates."""
    degree: bool = True
    """False when the layout prints the school but not the degree (so no level)."""
    skills: bool = True
    """True when the layout lists each skill (a theme that prints only the group label
    does not)."""


def _date(value: str | None, precision: str | None) -> str | None:
    if value is None or precision is None:
        return None
    return value[:4] if precision == "year" else value


def truth_of(
    person: Person,
    *,
    layout: str,
    engine: str,
    documents: list[str],
    shows: Shows,
    held_out: bool,
) -> dict[str, Any]:
    experiences = []
    for job in person.jobs:
        entry: dict[str, Any] = {
            "employer": job.employer,
            "title": job.title,
            "start": _date(job.start, shows.dates),
            "end": _date(job.end, shows.dates),
        }
        if job.title_core:
            entry["title_also"] = [job.title_core]
        experiences.append(entry)
    education = []
    if shows.education:
        for school in person.schools:
            education.append(
                {
                    "institution": school.institution,
                    "degree": school.degree if shows.degree else None,
                    "level": school.level if shows.degree else None,
                    "field": school.field,
                    "end": _date(school.end, shows.education_dates),
                }
            )
    return {
        "layout": layout,
        "engine": engine,
        "held_out": held_out,
        "person": person.slug,
        "documents": documents,
        "shows": {
            "dates": shows.dates,
            "education": shows.education,
            "education_dates": shows.education_dates,
            "degree": shows.degree,
            "skills": shows.skills,
        },
        "name": person.name,
        "experiences": experiences,
        "education": education,
        "skills": person.skill_list if shows.skills else [],
    }


def write_truth(folder: Path, slug: str, truth: dict[str, Any]) -> Path:
    path = folder / f"{slug}.truth.json"
    path.write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _flat(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^0-9a-z]+", "", text)


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _date_forms(value: str) -> list[str]:
    """The ways a layout may print a truth date ("2019-03": "Mar 2019", "03/2019", ...)."""
    year = value[:4]
    if len(value) == 4:
        return [year]
    month = int(value[5:7])
    name = MONTHS[month - 1]
    return [
        f"{name} {year}",
        f"{name[:3]} {year}",
        f"{name[:4]} {year}",
        f"{month:02d}/{year}",
        f"{year}-{month:02d}",
    ]


def missing_from(text: str, truth: dict[str, Any]) -> list[str]:
    """Truth values that the rendered text does not contain (ignoring case, spacing,
    punctuation and accents): each one is a truth the layout does not show. Dates with a
    month must appear with that month in one of the usual forms."""
    flat = _flat(text)
    wanted: list[list[str]] = [[truth["name"]]]
    for exp in truth["experiences"]:
        wanted += [[exp["employer"]], [exp["title"]], _date_forms(exp["start"])]
        if exp["end"]:
            wanted.append(_date_forms(exp["end"]))
    for edu in truth["education"]:
        wanted.append([edu["institution"]])
        if edu["degree"]:
            wanted.append([edu["degree"]])
        if edu["end"]:
            wanted.append(_date_forms(edu["end"]))
    wanted += [[skill] for skill in truth["skills"]]
    return [forms[0] for forms in wanted if not any(_flat(f) in flat for f in forms)]
