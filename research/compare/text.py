"""Small text helpers for compare: normalising names, quoting, the text blocks of a career."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz

from research.model import Career, Evidence, Experience, Method

Place = Literal["skills", "experience", "summary", "work", "certification", "education"]

_SENIORITY = re.compile(
    r"\b(?:senior|sr|junior|jr|lead|principal|staff|head|chief|ii|iii|iv|i|associate|"
    r"intern|trainee|mid|level)\b\.?",
    re.IGNORECASE,
)
QUOTE_CONTEXT = 80
"""Characters quoted either side of a match."""


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


_TITLE_SYNONYMS = {
    "developer": "engineer",
    "programmer": "engineer",
    "dev": "engineer",
    "swe": "software engineer",
    "sre": "site reliability engineer",
    "analytics": "analyst",
}


def title_key(title: str) -> str:
    """A job title without seniority words or punctuation, lower case, with common
    synonyms folded (developer/programmer -> engineer)."""
    text = _SENIORITY.sub(" ", title.casefold())
    words = re.sub(r"[^\w\s+#]", " ", text).split()
    return " ".join(_TITLE_SYNONYMS.get(w, w) for w in words)


def title_similarity(a: str, b: str) -> float:
    """0..100: rapidfuzz token_set_ratio of the two titles' keys."""
    ka, kb = title_key(a), title_key(b)
    if not ka or not kb:
        return 0.0
    return float(fuzz.token_set_ratio(ka, kb))


def quote_around(text: str, start: int, end: int, context: int = QUOTE_CONTEXT) -> str:
    """The words around ``text[start:end]``, with an ellipsis where cut."""
    left = max(0, start - context)
    right = min(len(text), end + context)
    while left > 0 and not text[left - 1].isspace() and start - left < context + 20:
        left -= 1
    while right < len(text) and not text[right].isspace() and right - end < context + 20:
        right += 1
    body = squash(text[left:right])
    return ("…" if left > 0 else "") + body + ("…" if right < len(text) else "")


def with_quote(evidence: list[Evidence], quote: str, fallback_source: str) -> list[Evidence]:
    """The item's evidence with the quote filled in where empty (one line if none)."""
    if not evidence:
        return [Evidence(source=fallback_source, method=Method.TEXT, quote=quote)]
    return [e if e.quote else e.model_copy(update={"quote": quote}) for e in evidence]


@dataclass(frozen=True)
class Block:
    """One piece of a career's text, with where it sits and its evidence."""

    place: Place
    label: str
    text: str
    evidence: list[Evidence] = field(default_factory=list)
    experience: Experience | None = None
    derived: bool = False
    """The work a job's title names, not words the person wrote ("data analysis")."""


def experience_label(e: Experience) -> str:
    return ", ".join(p for p in (e.title, e.employer) if p) or "an experience"


_TRADES = {
    "analyst": "analysis",
    "engineer": "engineering",
    "developer": "development",
    "designer": "design",
    "architect": "architecture",
    "scientist": "science",
    "administrator": "administration",
    "tester": "testing",
    "accountant": "accounting",
    "teacher": "teaching",
    "writer": "writing",
    "recruiter": "recruiting",
    "nurse": "nursing",
}
_TITLE_WORDS = re.compile(r"[A-Za-z][\w+#./-]*")


def title_activity(title: str) -> str:
    """The work a title names, as a phrase ("Data Analyst" -> "data analysis", "Frontend
    Developer" -> "frontend development"), when the title ends in a trade word; else ""."""
    words = _TITLE_WORDS.findall(_SENIORITY.sub(" ", title.split(",")[0].split("(")[0]))
    if len(words) < 2 or words[-1].casefold() not in _TRADES:
        return ""
    return " ".join([*(w.casefold() for w in words[:-1]), _TRADES[words[-1].casefold()]])


def blocks(career: Career) -> list[Block]:
    """Every text block of a career that may show a skill, in a fixed order. A job's title
    also shows the work it names ("Data Analyst" shows data analysis), as a block of its
    own after the job's."""
    out: list[Block] = []
    for s in career.skills:
        out.append(Block("skills", "skills", s.name, s.evidence))
    for e in career.experiences:
        text = squash(f"{e.title}. {e.summary}") if e.summary else e.title
        out.append(Block("experience", experience_label(e), text, e.evidence, e))
        activity = title_activity(e.title)
        if activity and activity not in text.casefold():
            out.append(Block("experience", experience_label(e), activity, e.evidence, e, True))
    headline = " ".join(p for p in (career.headline or "", career.summary) if p)
    if headline:
        out.append(Block("summary", "summary", headline, []))
    for w in career.work:
        text = squash(f"{w.title}. {w.description}") if w.description else w.title
        out.append(Block("work", w.title, text, w.evidence))
    for c in career.certifications:
        out.append(Block("certification", c.name, c.name, c.evidence))
    return out


__all__ = [
    "Block",
    "Place",
    "blocks",
    "experience_label",
    "quote_around",
    "squash",
    "title_activity",
    "title_key",
    "title_similarity",
    "with_quote",
]
