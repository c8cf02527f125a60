"""A short, polite feedback request to the hiring manager or recruiter.

Addressed to the hiring team, never to the hire, and never naming the hire; it asks what
tipped the decision, naming the role and the employer and at most two of the posting's
requirements where the user's resume fell short.

The role and the employer come from the posting, else from what the user said (``--role``,
``--employer``), else neutral wording ("the position", "your team"). A posting "title" that
reads as a sentence is not used. It is signed with the
name on the user's resume when it reads as a person's name (never a place or a heading);
else it ends at "Kind regards," for the user to sign.
"""

from __future__ import annotations

import re

from research.employers import UNMISTAKABLE_LEGAL_SUFFIXES, suffix_pattern
from research.model import Career, RequirementRow, Role, Verdict

MAX_TOPICS = 2
_NAME = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,4}$")
_NOT_A_NAME = re.compile(
    r"\b(?:resume|résumé|curriculum|vitae|cv|profile|street|road|avenue|city|county|state|"
    r"province|united|kingdom|states|republic|engineer|developer|manager|nurse|teacher|"
    r"university|college|school)\b",
    re.IGNORECASE,
)
_AN_ORGANISATION = suffix_pattern(UNMISTAKABLE_LEGAL_SUFFIXES)
"""A legal form no person's name holds ("Ltd", "GmbH", "Plc"): an employer's name."""


def signature(you: Career | None) -> str:
    """The user's name when the resume gives one that reads as a person's name, else ""."""
    name = (you.name or "").strip() if you is not None else ""
    if not name or not _NAME.match(name):
        return ""
    if _NOT_A_NAME.search(name) or _AN_ORGANISATION.search(name):
        return ""
    if you is not None and you.location and name.casefold() in you.location.casefold():
        return ""  # the reader took a place for a name
    return name


_SENTENCE = re.compile(r"(?i)^(?:join|we|we're|our|about|come|are|do|help|you|this|as)\b")


def a_title(text: str) -> bool:
    """The text reads as a job title, not a sentence a reader took for one ("Join our
    digital health team in Truro, ..."): at most eight words, no full stop at the end, not
    opening like a sentence."""
    text = text.strip()
    return (
        bool(text)
        and len(text.split()) <= 8
        and not text.endswith(".")
        and not (_SENTENCE.match(text))
    )


def _the(title: str) -> str:
    """ "the Head of Platform role"; a title that is already a phrase stays as it is."""
    title = title.strip()
    if not title:
        return "the position"
    if re.match(r"(?i)^(?:the|a|an)\s", title):
        return title
    if re.search(r"(?i)\b(?:role|position|job|post|vacancy|opening)$", title):
        return f"the {title}"
    return f"the {title} role"


def draft(
    role: Role,
    you: Career | None,
    rows: list[RequirementRow],
    role_title: str = "",
    employer: str = "",
) -> str:
    """The letter (see the module docstring)."""
    title = next((t.strip() for t in (role.title, role_title) if a_title(t)), "")
    company = (role.employer or employer).strip()
    team = f"hiring team at {company}" if company else "hiring team"
    topics = [
        r.requirement.text
        for r in rows
        if r.requirement.required and r.you.verdict is not Verdict.MET
    ][:MAX_TOPICS]
    where = f"roles at {company}" if company else "roles with your team"
    ask = (
        "If you are able to share it, I would value a few words on what made the difference "
        f"in the final decision, and on what would make my application stronger for similar "
        f"{where}."
    )
    if topics:
        ask += (
            " In particular, I would like to know how you weighed "
            + " and ".join(f"“{t}”" for t in topics)
            + "."
        )
    subject = (
        f"Subject: Feedback on my application for {title}"
        if title
        else ("Subject: Feedback on my application")
    )
    lines = [
        subject,
        "",
        f"Dear {team},",
        "",
        f"Thank you for considering me for {_the(title)}. I understand the position has "
        "been filled, and I appreciate the time you spent on my application.",
        "",
        ask,
        "",
        "Thank you again. I would be glad to be considered for future openings.",
        "",
        "Kind regards,",
    ]
    name = signature(you)
    if name:
        lines.append(name)
    return "\n".join(lines)


__all__ = ["a_title", "draft", "signature"]
