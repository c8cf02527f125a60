"""Answers 1 and 2: more experience, more specific experience.

Question 1 compares relevant months (see :mod:`research.compare.experience`), or total
months when neither side has any relevant; a lead of less than :data:`EVEN_MONTHS` is even.
The hire's figure is a lower bound (their public record may be incomplete), so the user
"leads" only on what is public; with no dated experience for the hire the answer is unknown.

Question 2 scores the required rows: met = 1 point, partial = 0.5 (a sum of named parts,
given in ``figures``); a difference below 1 point is even.
"""

from __future__ import annotations

from research.compare.experience import Facts, describe, label
from research.compare.text import with_quote
from research.dates import years
from research.model import Answer, Experience, Point, RequirementRow, Verdict

EVEN_MONTHS = 12
_POINTS = {Verdict.MET: 1.0, Verdict.PARTIAL: 0.5}


def experience_answer(
    you: Facts | None, hire: Facts, new_role: Experience | None, hire_dated: bool
) -> Answer:
    points: list[Point] = []
    if new_role is not None:
        quote = label(new_role)
        points.append(
            Point(
                text=f"The job they got (not counted): {quote}",
                evidence=with_quote(new_role.evidence, quote, "hire profile")[:1],
            )
        )
    for who, facts in (("You", you), ("The hire", hire)):
        if facts is None:
            continue
        for e, why in facts.relevant:
            quote = label(e)
            points.append(
                Point(
                    text=f"{who}, relevant ({why}): {quote}",
                    evidence=with_quote(e.evidence, quote, "experience")[:1],
                )
            )
    figures: dict[str, float | str | None] = {
        "hire_total_months": float(hire.total_months),
        "hire_relevant_months": float(hire.relevant_months),
        "hire_total_years": years(hire.total_months),
        "hire_relevant_years": years(hire.relevant_months),
    }
    if you is None:
        return Answer(
            question="More experience?",
            leans="unknown",
            points=points,
            figures=figures,
            summary=(f"No resume given; the hire shows {describe(hire.relevant_months)} relevant."),
        )
    figures |= {
        "you_total_months": float(you.total_months),
        "you_relevant_months": float(you.relevant_months),
        "you_total_years": years(you.total_months),
        "you_relevant_years": years(you.relevant_months),
    }
    diff = hire.relevant_months - you.relevant_months
    both = (
        f"relevant experience: you {describe(you.relevant_months)}, the hire "
        f"{describe(hire.relevant_months)} (total {years(you.total_months)} vs "
        f"{years(hire.total_months)} years)"
    )
    if hire.relevant_months == 0 and you.relevant_months == 0:
        diff = hire.total_months - you.total_months
        both = (
            f"neither side shows experience that matches the role by title or skills, so "
            f"totals decide: you {describe(you.total_months)}, the hire "
            f"{describe(hire.total_months)}"
        )
    if not hire_dated:
        leans = "unknown"
        summary = f"Unknown: the hire's public record has no dated experience; {both}."
    elif diff >= EVEN_MONTHS:
        leans, summary = "hire", f"Yes, on the public record. {both.capitalize()}."
    elif diff <= -EVEN_MONTHS:
        leans = "you"
        summary = f"Not on what is public: {both}; the hire's record may be incomplete."
    else:
        leans, summary = "even", f"About even: {both}."
    return Answer(
        question="More experience?", summary=summary, leans=leans, points=points, figures=figures
    )


def _score(rows: list[RequirementRow], side: str) -> float:
    return sum(_POINTS.get(getattr(r, side).verdict, 0.0) for r in rows if r.requirement.required)


def specific_answer(rows: list[RequirementRow], have_resume: bool) -> Answer:
    required = [r for r in rows if r.requirement.required]
    you_score, hire_score = _score(rows, "you"), _score(rows, "hire")
    unknown = sum(1 for r in required if r.hire.verdict is Verdict.UNKNOWN)
    figures: dict[str, float | str | None] = {
        "required_rows": float(len(required)),
        "you_score": you_score,
        "hire_score": hire_score,
        "hire_unknown_rows": float(unknown),
        "you_met": float(sum(1 for r in required if r.you.verdict is Verdict.MET)),
        "hire_met": float(sum(1 for r in required if r.hire.verdict is Verdict.MET)),
    }
    points: list[Point] = []
    for r in rows:
        you_v, hire_v = r.you.verdict, r.hire.verdict
        if hire_v is Verdict.MET and you_v is not Verdict.MET:
            points.append(
                Point(
                    text=f"The hire shows, you do not: {r.requirement.text}",
                    evidence=r.hire.evidence[:1],
                )
            )
        elif you_v is Verdict.MET and hire_v is not Verdict.MET:
            points.append(
                Point(
                    text=(
                        f"You show, the hire's record does not "
                        f"({hire_v.value.replace('_', ' ')}): {r.requirement.text}"
                    ),
                    evidence=r.you.evidence[:1],
                )
            )
    score_text = (
        f"of {len(required)} required: you {you_score:g}, the hire {hire_score:g} "
        f"(met 1, partial 0.5; {unknown} unknown for the hire)"
    )
    if not required or not have_resume:
        leans, summary = "unknown", f"Not enough to compare: {score_text}."
    elif hire_score - you_score >= 1:
        leans, summary = "hire", f"The hire matches more of the posting: {score_text}."
    elif you_score - hire_score >= 1:
        if unknown:
            leans = "unknown"
            summary = (
                f"You match more on the record, but much of the hire's is unknown: {score_text}."
            )
        else:
            leans, summary = "you", f"You match more of the posting: {score_text}."
    else:
        leans, summary = "even", f"About even on the posting's requirements: {score_text}."
    return Answer(
        question="More specific experience?",
        summary=summary,
        leans=leans,
        points=points,
        figures=figures,
    )


__all__ = ["EVEN_MONTHS", "experience_answer", "specific_answer"]
