"""Question 6: an inside champion? Signals only, each worded as a possibility, never a claim.

Insider signals only: an earlier job, internship or contract at the employer (an experience
there that ended before the job they got, a return when they came back), or an internal
move (they were at the employer until the job they got started). Never a place, a school,
an industry, or a name the posting happens to mention: those say nothing about who could
vouch for someone. The same signal for the user (a stint of their own) is listed as theirs.
"""

from __future__ import annotations

import re

from research.compare.experience import label
from research.compare.text import with_quote
from research.employers import same_employer
from research.model import Answer, Career, Experience, PartialDate, Point, Role


def _continuous(before: Experience, new_role: Experience) -> bool:
    if new_role.start is None:
        return False
    if before.end is None:
        return True
    return before.end.last_month() >= new_role.start.first_month() - 1


_INTERN = re.compile(r"\b(?:intern|internship|trainee|placement|apprentice|co-op)\b", re.I)
_CONTRACT = re.compile(r"\b(?:contract(?:or)?|freelance|consultant|temp|locum|agency)\b", re.I)


def _stint(e: Experience) -> str:
    """How an earlier stint reads: an internship, a contract, or a job."""
    words = f"{e.title} {e.summary}"
    if _INTERN.search(e.title):
        return "interned"
    if _CONTRACT.search(words):
        return "worked on contract"
    return "worked"


def hire_signals(
    hire: Career,
    employer: str,
    new_role: Experience | None,
    role: Role,
    as_of: PartialDate | None,
) -> list[Point]:
    points: list[Point] = []
    for e in hire.experiences:
        if e is new_role or not same_employer(e.employer, employer):
            continue
        quote = label(e)
        ev = with_quote(e.evidence, quote, "hire profile")[:1]
        if new_role is not None and _continuous(e, new_role):
            points.append(
                Point(
                    text=(
                        f"The hire may have moved internally: they were already at "
                        f"{e.employer} as {e.title or 'staff'}. Colleagues there "
                        "could have spoken for them."
                    ),
                    evidence=ev,
                )
            )
        elif as_of is None or e.start is None or e.start < as_of:
            kind = _stint(e)
            again = " and come back" if new_role is not None else ""
            points.append(
                Point(
                    text=(
                        f"The hire may have {kind} at {e.employer} before{again} "
                        f"({quote}); people there could know their work."
                    ),
                    evidence=ev,
                )
            )
    return points


def you_signals(you: Career | None, employer: str) -> list[Point]:
    if you is None:
        return []
    points = []
    for e in you.experiences:
        if same_employer(e.employer, employer):
            quote = label(e)
            points.append(
                Point(
                    text=(
                        f"You worked at {e.employer} yourself ({quote}); former "
                        "colleagues could speak for you."
                    ),
                    evidence=with_quote(e.evidence, quote, "your resume")[:1],
                )
            )
    return points


def answer(
    hire: Career,
    you: Career | None,
    employer: str,
    new_role: Experience | None,
    role: Role,
    as_of: PartialDate | None,
) -> Answer:
    theirs = hire_signals(hire, employer, new_role, role, as_of)
    mine = you_signals(you, employer)
    if theirs:
        leans = "hire"
        summary = (
            "Possibly: the public record shows signals that someone inside could have "
            "vouched for the hire. These are possibilities, not findings."
        )
    elif mine:
        leans = "you"
        summary = "No signals for the hire; you may have contacts of your own at the employer."
    else:
        leans = "unknown"
        summary = (
            "No signal either way in the public record. An inside champion could exist "
            "without leaving any public trace."
        )
    figures: dict[str, float | str | None] = {
        "hire_signals": float(len(theirs)),
        "you_signals": float(len(mine)),
    }
    return Answer(
        question="An inside champion?",
        summary=summary,
        leans=leans,
        points=theirs + mine,
        figures=figures,
    )


__all__ = ["answer", "hire_signals", "you_signals"]
