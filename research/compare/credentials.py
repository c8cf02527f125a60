"""Question 3: more academic credentials or certifications?

Degrees are compared by :attr:`DegreeLevel.rank`. A side with no education listed has an
unknown level (the hire) or none shown (the user). On equal degrees, the certificates the
posting asks for that each side holds decide, then the number of certificates; one dated
after the as-of date is named as later and not counted.
"""

from __future__ import annotations

from research.compare.levels import education_level
from research.compare.matrix import complete
from research.compare.text import with_quote
from research.model import (
    Answer,
    Career,
    Certification,
    Education,
    PartialDate,
    Point,
    RequirementKind,
    RequirementRow,
    Role,
    Verdict,
)


def highest(career: Career | None) -> Education | None:
    """The education with the highest known level (the first of equals)."""
    if career is None:
        return None
    best: Education | None = None
    for ed in career.education:
        level = education_level(ed)
        rank = level.rank if level else 0
        best_level = education_level(best) if best is not None else None
        if best is None or rank > (best_level.rank if best_level else 0):
            best = ed
    return best


def describe(ed: Education | None) -> str:
    if ed is None:
        return "none listed"
    level = education_level(ed)
    parts = [ed.degree or (level.value if level else "a degree")]
    if ed.field and ed.field.casefold() not in parts[0].casefold():
        parts.append(f"in {ed.field}")
    if ed.institution:
        parts.append(f"({ed.institution})")
    return " ".join(parts)


def _rank(ed: Education | None) -> int:
    level = education_level(ed) if ed is not None else None
    return level.rank if level else 0


def _held(career: Career | None, as_of: PartialDate | None) -> list[Certification]:
    """The certificates held by the as-of date (an undated one counts)."""
    if career is None:
        return []
    return [c for c in career.certifications if not (as_of and c.date and as_of < c.date)]


def _asked_met(rows: list[RequirementRow], side: str) -> int:
    return sum(
        1
        for r in rows
        if r.requirement.kind is RequirementKind.CERTIFICATION
        and getattr(r, side).verdict is Verdict.MET
    )


def answer(
    role: Role,
    you: Career | None,
    hire: Career,
    as_of: PartialDate | None = None,
    rows: list[RequirementRow] | None = None,
) -> Answer:
    mine, theirs = highest(you), highest(hire)
    asks = [
        r.text
        for r in role.requirements
        if r.kind in (RequirementKind.EDUCATION, RequirementKind.CERTIFICATION)
    ]
    points: list[Point] = []
    for who, ed, career in (("You", mine, you), ("The hire", theirs, hire)):
        if ed is not None:
            quote = describe(ed)
            points.append(
                Point(
                    text=f"{who}: {quote}", evidence=with_quote(ed.evidence, quote, "education")[:1]
                )
            )
        if career is not None:
            held = _held(career, as_of)
            for cert in career.certifications:
                later = "" if cert in held else " (later than the as-of date, not counted)"
                points.append(
                    Point(
                        text=f"{who}: certification {cert.name}{later}",
                        evidence=with_quote(cert.evidence, cert.name, "certifications")[:1],
                    )
                )
    if asks:
        points.append(Point(text="The posting asks: " + "; ".join(asks)))
    you_rank, hire_rank = _rank(mine), _rank(theirs)
    you_certs = len(_held(you, as_of))
    hire_certs = len(_held(hire, as_of))
    hire_known = bool(hire.education)
    you_asked, hire_asked = _asked_met(rows or [], "you"), _asked_met(rows or [], "hire")
    you_certs_key, hire_certs_key = (you_asked, you_certs), (hire_asked, hire_certs)
    certs_text = (
        f"certificates the posting asks for: you {you_asked}, the hire {hire_asked}; "
        f"certificates in all: you {you_certs}, the hire {hire_certs}"
    )
    if you is None:
        leans, summary = "unknown", "No resume given; the hire shows " + describe(theirs) + "."
    elif not hire_known and not hire_certs:
        leans = "unknown"
        summary = (
            f"You show {describe(mine)}; the hire's education is not in the public "
            "record (unknown, not absent)."
        )
    elif (hire_rank, *hire_certs_key) > (you_rank, *you_certs_key):
        leans = "hire"
        summary = f"The hire shows more: {describe(theirs)} against your {describe(mine)}"
        summary += "." if hire_rank > you_rank else f"; {certs_text}."
    elif (you_rank, *you_certs_key) > (hire_rank, *hire_certs_key):
        leans = "you" if complete(hire.education) or hire_known else "unknown"
        summary = (
            f"On paper you show more: {describe(mine)} against the hire's "
            f"{describe(theirs)}"
            + ("" if you_rank > hire_rank else f"; {certs_text}")
            + ("" if complete(hire.education) else " (their public record may be incomplete)")
            + "."
        )
    else:
        leans = "even"
        summary = f"Level with each other: {describe(mine)} and {describe(theirs)}."
    level_mine, level_theirs = (
        education_level(mine) if mine else None,
        education_level(theirs) if theirs else None,
    )
    figures: dict[str, float | str | None] = {
        "you_degree": level_mine.value if level_mine else None,
        "hire_degree": level_theirs.value if level_theirs else None,
        "you_degree_rank": float(you_rank),
        "hire_degree_rank": float(hire_rank),
        "you_certifications": float(you_certs),
        "hire_certifications": float(hire_certs),
    }
    return Answer(
        question="More academic credentials or certifications?",
        summary=summary,
        leans=leans,
        points=points,
        figures=figures,
    )


__all__ = ["answer", "describe", "highest"]
