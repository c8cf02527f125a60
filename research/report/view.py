"""What every renderer shares: labels, safe links, counts. Pure functions."""

from __future__ import annotations

import re
from collections import Counter

from research.model import Answer, Comparison, Evidence, RequirementRow, Verdict

QUESTIONS: tuple[tuple[str, str], ...] = (
    ("experience", "More experience?"),
    ("specific_experience", "More specific experience?"),
    ("credentials", "More credentials or certifications?"),
    ("beyond", "Something beyond the posting?"),
    ("pay", "Willing to work for less?"),
    ("insider", "An inside champion?"),
)
VERDICTS: tuple[Verdict, ...] = (Verdict.MET, Verdict.PARTIAL, Verdict.NOT_SHOWN, Verdict.UNKNOWN)
VERDICT_LABEL = {
    Verdict.MET: "met",
    Verdict.PARTIAL: "partial",
    Verdict.NOT_SHOWN: "not shown",
    Verdict.UNKNOWN: "unknown",
}
VERDICT_COLOUR = {
    Verdict.MET: "#2e7d32",
    Verdict.PARTIAL: "#f9a825",
    Verdict.NOT_SHOWN: "#c62828",
    Verdict.UNKNOWN: "#9e9e9e",
}
LEANS_LABEL = {"you": "you", "hire": "the hire", "even": "even", "unknown": "unknown"}
ACTION_LABEL = {"close_gap": "Close a gap", "wording": "Reword", "highlight": "Put forward"}
_SAFE_URL = re.compile(r"^https?://[^\s\x00-\x1f\x7f<>\"'`]+$", re.IGNORECASE)


def safe_url(url: str | None) -> str | None:
    """The URL when it is a plain http(s) link, else None (shown as text, never a link)."""
    if not url:
        return None
    return url if _SAFE_URL.match(url) else None


def answers(comparison: Comparison) -> list[tuple[str, str, Answer]]:
    """(number, short question, answer) for the six questions, in order."""
    return [
        (str(i + 1), label, getattr(comparison.questions, key))
        for i, (key, label) in enumerate(QUESTIONS)
    ]


def counts(rows: list[RequirementRow], side: str) -> dict[Verdict, int]:
    found = Counter(getattr(r, side).verdict for r in rows)
    return {v: found.get(v, 0) for v in VERDICTS}


def where(e: Evidence) -> str:
    return e.where()


def title(comparison: Comparison) -> str:
    role = comparison.role
    at = f" at {role.employer}" if role.employer else ""
    return f"{role.title or 'The role'}{at}"


_BASIS = {
    "hire date": "the hire date",
    "posting date": "the posting's date; no hire date was given",
    "today": "today; neither a hire date nor a posting date was given",
    "given": "the date given",
}


def as_of_text(comparison: Comparison) -> str:
    """ "2024-01 (the posting's date; no hire date was given)", or "" without a date."""
    if comparison.as_of is None:
        return ""
    basis = _BASIS.get(comparison.as_of_basis, "")
    return f"{comparison.as_of}" + (f" ({basis})" if basis else "")


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


__all__ = [
    "ACTION_LABEL",
    "LEANS_LABEL",
    "QUESTIONS",
    "VERDICTS",
    "VERDICT_COLOUR",
    "VERDICT_LABEL",
    "answers",
    "as_of_text",
    "counts",
    "safe_url",
    "shorten",
    "title",
    "where",
]
