"""A short, polite feedback request to the hiring manager or recruiter.

Addressed to the hiring team, never to the hire, and never naming the hire; it asks what
tipped the decision, using the role's title and employer and at most two of the posting's
requirements where the user's resume fell short.
"""

from __future__ import annotations

from research.model import Career, RequirementRow, Role, Verdict

MAX_TOPICS = 2


def draft(role: Role, you: Career | None, rows: list[RequirementRow]) -> str:
    title = role.title or "the position"
    employer = role.employer or "your company"
    team = f"hiring team at {role.employer}" if role.employer else "hiring team"
    topics = [
        r.requirement.text
        for r in rows
        if r.requirement.required and r.you.verdict is not Verdict.MET
    ][:MAX_TOPICS]
    ask = (
        "If you are able to share it, I would value a few words on what made the difference "
        "in the final decision, and on what would make my application stronger for similar "
        f"roles at {employer}."
    )
    if topics:
        ask += (
            " In particular, I would like to know how you weighed "
            + " and ".join(f"“{t}”" for t in topics)
            + "."
        )
    name = you.name if you is not None and you.name else "[Your name]"
    return "\n".join(
        [
            f"Subject: Feedback on my application for {title}",
            "",
            f"Dear {team},",
            "",
            f"Thank you for considering me for the {title} role. I understand the position has "
            "been filled, and I appreciate the time you spent on my application.",
            "",
            ask,
            "",
            "Thank you again. I would be glad to be considered for future openings.",
            "",
            "Kind regards,",
            name,
        ]
    )


__all__ = ["draft"]
