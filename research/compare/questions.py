"""Answers 1 and 2: more experience, more specific experience.

Question 1 compares relevant months (see :mod:`research.compare.experience`), or total
months when neither side has any relevant. The two are about even only within a stated
tolerance: a difference of at most :data:`EVEN_MONTHS` months that is also at most
:data:`EVEN_SHARE` of the larger figure (9 months against none is not even). The hire's
figure is a lower bound (their public record may be incomplete), so the user "leads" only
on what is public; with no dated experience for the hire the answer is unknown.

Question 2 counts the required rows each side meets, meets in part, does not show, and
that are unknown ("you meet 4 of 7 required, 1 in part, 2 not shown"). It leans to the hire
when the hire meets more required rows (or as many, and more in part); to the user only when
the user would still lead if every row unknown for the hire were met. On level counts, the
side that meets more of the rows asking for years of experience leads (the user only when
no row is unknown for the hire); else it is even.
When more than half of the hire's required rows are unknown, there is not enough to
compare.
"""

from __future__ import annotations

from research.compare.experience import Facts, describe, label
from research.compare.text import with_quote
from research.dates import years
from research.model import Answer, Experience, Point, RequirementRow, Verdict

EVEN_MONTHS = 12
EVEN_SHARE = 0.15


def about_even(a: int, b: int) -> bool:
    """Within the stated tolerance (see the module docstring)."""
    diff = abs(a - b)
    return diff <= EVEN_MONTHS and diff <= EVEN_SHARE * max(a, b)


TOLERANCE = f"within {EVEN_MONTHS} months and {round(EVEN_SHARE * 100)}%"


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
        for e in facts.later:
            quote = label(e)
            points.append(
                Point(
                    text=f"{who}, later than the as-of date (not counted): {quote}",
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
    a, b = hire.relevant_months, you.relevant_months
    if hire.relevant_months == 0 and you.relevant_months == 0:
        a, b = hire.total_months, you.total_months
        diff = hire.total_months - you.total_months
        both = (
            f"neither side shows experience that matches the role by title or skills, so "
            f"totals decide: you {describe(you.total_months)}, the hire "
            f"{describe(hire.total_months)}"
        )
    if not hire_dated:
        leans = "unknown"
        summary = f"Unknown: the hire's public record has no dated experience; {both}."
    elif about_even(a, b):
        leans, summary = "even", f"About even ({TOLERANCE}): {both}."
    elif diff > 0:
        leans, summary = "hire", f"Yes, on the public record. {both[0].upper()}{both[1:]}."
    else:
        leans = "you"
        summary = f"Not on what is public: {both}; the hire's record may be incomplete."
    return Answer(
        question="More experience?", summary=summary, leans=leans, points=points, figures=figures
    )


def _count(rows: list[RequirementRow], side: str, verdict: Verdict) -> int:
    return sum(1 for r in rows if getattr(r, side).verdict is verdict)


def counts_text(rows: list[RequirementRow], side: str, who: str) -> str:
    """ "you meet 4 of 7 required, 1 in part, 2 not shown" (counts, never weights)."""
    met = _count(rows, side, Verdict.MET)
    parts = [f"{who} {'meets' if who != 'you' else 'meet'} {met} of {len(rows)} required"]
    for verdict, words in (
        (Verdict.PARTIAL, "in part"),
        (Verdict.NOT_SHOWN, "not shown"),
        (Verdict.UNKNOWN, "unknown"),
    ):
        n = _count(rows, side, verdict)
        if n:
            parts.append(f"{n} {words}")
    return ", ".join(parts)


def _years_lead(required: list[RequirementRow]) -> str | None:
    """On level counts, who meets more of the rows that ask for years of experience (a
    recruiter's first filter), else ``None``."""
    asked = [r for r in required if r.requirement.years]
    you = _count(asked, "you", Verdict.MET)
    hire = _count(asked, "hire", Verdict.MET)
    if you == hire:
        return None
    return "you" if you > hire else "hire"


def specific_answer(rows: list[RequirementRow], have_resume: bool) -> Answer:
    required = [r for r in rows if r.requirement.required]
    figures: dict[str, float | str | None] = {"required_rows": float(len(required))}
    for side in ("you", "hire"):
        for verdict in Verdict:
            figures[f"{side}_{verdict.value}"] = float(_count(required, side, verdict))
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
    you_met, hire_met = _count(required, "you", Verdict.MET), _count(required, "hire", Verdict.MET)
    you_any = you_met + _count(required, "you", Verdict.PARTIAL)
    hire_any = hire_met + _count(required, "hire", Verdict.PARTIAL)
    unknown = _count(required, "hire", Verdict.UNKNOWN)
    counts = f"{counts_text(required, 'you', 'you')}; {counts_text(required, 'hire', 'the hire')}"
    if not required or not have_resume or unknown * 2 > len(required):
        leans, summary = "unknown", f"Not enough to compare: {counts}."
    elif (hire_met > you_met and hire_any >= you_any) or (
        hire_met == you_met and hire_any > you_any
    ):
        leans, summary = "hire", f"The hire matches more of the posting: {counts}."
    elif (you_met > hire_met and you_any >= hire_any) or (
        you_met == hire_met and you_any > hire_any
    ):
        best_met, best_any = hire_met + unknown, hire_any + unknown
        if you_met > best_met or (you_met == best_met and you_any > best_any):
            leans, summary = "you", f"You match more of the posting: {counts}."
        else:
            leans = "even"
            summary = (
                f"About even: you match more on the record, but the hire's unknown rows could "
                f"close the difference: {counts}."
            )
    elif (lead := _years_lead(required)) is not None and (lead == "hire" or unknown == 0):
        who = "the hire meets" if lead == "hire" else "you meet"
        leans = lead
        summary = (
            f"{'The hire' if lead == 'hire' else 'You'} match{'es' if lead == 'hire' else ''} "
            f"the posting a little better: the counts are level ({counts}), and {who} more of "
            f"the years of experience it asks for."
        )
    else:
        leans, summary = "even", f"About even on the posting's requirements: {counts}."
    return Answer(
        question="More specific experience?",
        summary=summary,
        leans=leans,
        points=points,
        figures=figures,
    )


__all__ = [
    "EVEN_MONTHS",
    "EVEN_SHARE",
    "about_even",
    "counts_text",
    "experience_answer",
    "specific_answer",
]
