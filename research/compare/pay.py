"""Question 5: willing to work for less? Not knowable from public profiles; said plainly."""

from __future__ import annotations

from research.model import Answer, Point, Role
from research.money import salary_text

PLAIN = (
    "Public profiles cannot show what someone asked for or accepted, so runnerup cannot "
    "tell whether pay played a part."
)


def answer(role: Role) -> Answer:
    points = [Point(text=PLAIN)]
    figures: dict[str, float | str | None] = {}
    summary = PLAIN
    if role.salary is not None and salary_text(role.salary) != "not stated":
        posted = salary_text(role.salary)
        summary = f"{PLAIN} The posting's range: {posted}."
        points.append(
            Point(text=f"The posting states a range of {posted}.", evidence=role.evidence[:1])
        )
        figures = {
            "salary_min": role.salary.minimum,
            "salary_max": role.salary.maximum,
            "currency": role.salary.currency,
            "period": role.salary.period,
        }
    return Answer(
        question="Willing to work for less?",
        summary=summary,
        leans="unknown",
        points=points,
        figures=figures,
    )


__all__ = ["PLAIN", "answer"]
