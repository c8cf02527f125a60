"""Role matching (title words, seniority, synonyms) and timing (a role at the employer
that starts near the hire date).

Titles are reduced to a *function* ("software engineer") and a *seniority* ("senior"):
the function decides the match; a different seniority lowers it (by a quarter) but does
not zero it. Pure functions; no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from research.identity.employers import best_employer_similarity, mentions_employer
from research.identity.names import to_ascii
from research.model import Career, Lead, PartialDate, ScorePart, Subject

ROLE_POINTS = 0.1
TIMING_POINTS = 0.15
TIMING_NEAR_MONTHS = 4
TIMING_WEAK_MONTHS = 12
TIMING_WEAK_POINTS = 0.05
TIMING_LONG_BEFORE_POINTS = -0.05
"""A role at the employer that began years before the hire date: probably someone else."""

SENIORITY: dict[str, str] = {
    "intern": "intern",
    "trainee": "intern",
    "apprentice": "intern",
    "junior": "junior",
    "jr": "junior",
    "associate": "junior",
    "graduate": "junior",
    "senior": "senior",
    "sr": "senior",
    "snr": "senior",
    "staff": "staff",
    "principal": "principal",
    "distinguished": "principal",
    "lead": "lead",
    "head": "head",
    "manager": "manager",
    "director": "director",
    "vp": "vp",
    "svp": "vp",
    "evp": "vp",
    "chief": "chief",
    "cto": "chief",
    "ceo": "chief",
    "cfo": "chief",
    "coo": "chief",
}
_SENIORITY_PHRASES = [("vice president", "vp"), ("head of", "head")]

# abbreviation -> words; applied before synonyms
_ABBREVIATIONS: dict[str, str] = {
    "eng": "engineer",
    "engr": "engineer",
    "swe": "software engineer",
    "sde": "software engineer",
    "dev": "developer",
    "devops": "devops engineer",
    "sre": "site reliability engineer",
    "pm": "product manager",
    "rn": "registered nurse",
    "cpa": "accountant",
    "ml": "machine learning",
    "qa": "quality assurance",
    "ux": "user experience",
    "ui": "user interface",
    "hr": "human resources",
    "mgr": "manager",
    "cto": "chief technology officer",
    "cfo": "chief financial officer",
}

# synonym phrase -> canonical function words (longest phrases first)
_SYNONYMS: list[tuple[str, str]] = sorted(
    [
        ("software engineer", "software engineer"),
        ("software developer", "software engineer"),
        ("software development engineer", "software engineer"),
        ("developer", "software engineer"),
        ("programmer", "software engineer"),
        ("coder", "software engineer"),
        ("backend engineer", "backend software engineer"),
        ("frontend engineer", "frontend software engineer"),
        ("full stack engineer", "fullstack software engineer"),
        ("registered nurse", "nurse"),
        ("staff nurse", "nurse"),
        ("certified public accountant", "accountant"),
        ("chartered accountant", "accountant"),
        ("bookkeeper", "accountant"),
        ("data scientist", "data scientist"),
        ("machine learning engineer", "machine learning engineer"),
        ("attorney", "lawyer"),
        ("solicitor", "lawyer"),
        ("counsel", "lawyer"),
        ("physician", "doctor"),
        ("teacher", "teacher"),
        ("educator", "teacher"),
        ("recruiter", "recruiter"),
        ("talent acquisition", "recruiter"),
    ],
    key=lambda pair: -len(pair[0]),
)
_FILLER = frozenset(["of", "the", "and", "for", "at", "in", "a", "an", "to", "&", "-", ",", "with"])


@dataclass(frozen=True)
class Title:
    function: str
    seniority: frozenset[str]


def parse_title(title: str) -> Title:
    """A job title as its function words and seniority words."""
    text = " " + " ".join(re.split(r"[^a-z0-9]+", to_ascii(title).lower())) + " "
    seniority: set[str] = set()
    for phrase, level in _SENIORITY_PHRASES:
        if f" {phrase} " in text:
            seniority.add(level)
            text = text.replace(f" {phrase} ", " ")
    words = []
    for word in text.split():
        if word in SENIORITY and word not in {"manager", "lead"}:
            seniority.add(SENIORITY[word])
            if word not in _ABBREVIATIONS:
                continue
        elif word in {"manager", "lead"}:
            seniority.add(word)
        words.append(_ABBREVIATIONS.get(word, word))
    text = " " + " ".join(words) + " "
    for phrase, canonical in _SYNONYMS:
        text = text.replace(f" {phrase} ", f" {canonical} ")
    function = " ".join(w for w in text.split() if w not in _FILLER and w not in SENIORITY)
    return Title(function=function, seniority=frozenset(seniority))


@dataclass(frozen=True)
class RoleMatch:
    score: float
    detail: str


def role_similarity(a: str, b: str) -> RoleMatch:
    """Title similarity in [0, 1]: synonyms count as the same function; a seniority
    mismatch multiplies the score by 0.75."""
    ta, tb = parse_title(a), parse_title(b)
    if not ta.function or not tb.function:
        if ta.seniority & tb.seniority:
            return RoleMatch(0.5, "same seniority, function not stated")
        return RoleMatch(0.0, "no title to compare")
    if ta.function == tb.function:
        base, why = 1.0, "same role"
    else:
        wa, wb = set(ta.function.split()), set(tb.function.split())
        ratio = fuzz.token_sort_ratio(ta.function, tb.function) / 100
        contained = len(wa & wb) / min(len(wa), len(wb))
        base = max(ratio if ratio >= 0.8 else 0.0, 0.8 * contained if contained >= 0.5 else 0.0)
        why = "similar role" if base else "different roles"
    if base and ta.seniority and tb.seniority and not ta.seniority & tb.seniority:
        base *= 0.75
        why += f", different seniority ({', '.join(sorted(tb.seniority))})"
    return RoleMatch(round(base, 3), f"{why}: {a!r} ~ {b!r}")


def role_in_text(role: str, text: str) -> RoleMatch:
    """The subject's role in free text: every function word present."""
    want, have = parse_title(role), parse_title(text)
    if not want.function or not have.function:
        return RoleMatch(0.0, "no title to compare")
    words = set(want.function.split())
    present = words <= set(have.function.split())
    if not present:
        return RoleMatch(0.0, "role not mentioned")
    score = 1.0
    if want.seniority and have.seniority and not want.seniority & have.seniority:
        score = 0.75
    return RoleMatch(score * 0.9, f"mentions the role {role!r}")


def role_part(subject: Subject, lead: Lead) -> ScorePart | None:
    """Points for the lead's title against the subject's role."""
    if not subject.role:
        return None
    best = RoleMatch(0.0, "")
    titles = [lead.headline or "", lead.extra.get("title", ""), lead.extra.get("jobTitle", "")]
    for title in titles:
        if title:
            found = role_similarity(subject.role, title)
            best = found if found.score > best.score else best
    for text in (lead.title, lead.snippet, lead.headline or ""):
        if lead.handle:  # "tnowak-rn" is a handle, not a registered nurse
            text = re.sub(re.escape(lead.handle), " ", text, flags=re.IGNORECASE)
        if text and best.score < 0.9:
            found = role_in_text(subject.role, text)
            best = found if found.score > best.score else best
    if best.score <= 0:
        return None
    return ScorePart(name="role", points=round(ROLE_POINTS * best.score, 3), detail=best.detail)


def _parse_date(text: str) -> PartialDate | None:
    try:
        return PartialDate.parse(text)
    except ValueError:
        return None


def timing_part(
    subject: Subject,
    start: PartialDate | str | None,
    *,
    reference: PartialDate | None = None,
    where: str = "",
) -> ScorePart | None:
    """Points for a start date at the employer against the hire date (or ``reference``,
    e.g. the posting date): within 4 months is strong, within 12 weak, more than 12
    months before is against."""
    when = subject.hire_date or reference
    if start is None or when is None:
        return None
    began = start if isinstance(start, PartialDate) else _parse_date(start)
    if began is None:
        return None
    # the gap between the two (partial) dates: 0 when their possible months overlap
    gap = max(began.first_month() - when.last_month(), when.first_month() - began.last_month(), 0)
    label = "hire date" if subject.hire_date else "posting date"
    source = f" ({where})" if where else ""
    if gap <= TIMING_NEAR_MONTHS:
        return ScorePart(
            name="timing",
            points=TIMING_POINTS,
            detail=f"started at the employer {began}, near the {label} {when}{source}",
        )
    if gap <= TIMING_WEAK_MONTHS:
        return ScorePart(
            name="timing",
            points=TIMING_WEAK_POINTS,
            detail=f"started at the employer {began}, within a year of the {label} {when}",
        )
    if began.last_month() < when.first_month():
        return ScorePart(
            name="timing",
            points=TIMING_LONG_BEFORE_POINTS,
            detail=f"at the employer since {began}, long before the {label} {when}",
        )
    return None


def career_start(subject: Subject, career: Career) -> PartialDate | None:
    """The start of the career's latest role at the subject's employer."""
    starts = [
        exp.start
        for exp in career.experiences
        if exp.start and exp.employer and best_employer_similarity(subject, exp.employer)[0] >= 0.8
    ]
    return max(starts, key=lambda d: d.first_month()) if starts else None


def lead_timing(
    subject: Subject,
    lead: Lead,
    *,
    career: Career | None = None,
    reference: PartialDate | None = None,
) -> ScorePart | None:
    """Timing from ``lead.extra["start"]`` or from a collected career."""
    if lead.extra.get("start"):
        return timing_part(subject, lead.extra["start"], reference=reference, where=lead.source)
    if career is not None:
        start = career_start(subject, career)
        if start is not None:
            return timing_part(subject, start, reference=reference, where="collected career")
    for text in (lead.snippet, lead.headline or "", lead.title):
        start = text_start(subject, text)
        if start is not None:
            return timing_part(subject, start, reference=reference, where=lead.source)
    return None


_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
_MONTH = r"(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?"
_STARTS = (
    re.compile(rf"\bjoined\s[^.;()]{{0,60}}?\bin\s+{_MONTH}((?:19|20)\d\d)\b"),
    re.compile(
        rf"\b(?:since|joined(?:\s+in)?|starting|started(?:\s+in)?)\s+{_MONTH}((?:19|20)\d\d)\b"
    ),
    re.compile(rf"\(\s*{_MONTH}((?:19|20)\d\d)\s*[-–—]\s*(?:present|now|today)?\s*\)"),
)


def text_start(subject: Subject, text: str) -> PartialDate | None:
    """A start date at the employer stated in text that names the employer: "Head of
    Platform, Northwind Robotics (2024–)", "at Northwind since March 2024"."""
    if not text or not mentions_employer(subject, text)[0] or mentions_employer(subject, text)[1]:
        return None
    low = to_ascii(text).lower()
    for pattern in _STARTS:
        match = pattern.search(low)
        if match:
            month = _MONTHS.get(match.group(1)[:3]) if match.group(1) else None
            return PartialDate(year=int(match.group(2)), month=month)
    return None


__all__ = [
    "ROLE_POINTS",
    "SENIORITY",
    "TIMING_NEAR_MONTHS",
    "TIMING_POINTS",
    "RoleMatch",
    "Title",
    "career_start",
    "lead_timing",
    "parse_title",
    "role_in_text",
    "role_part",
    "role_similarity",
    "text_start",
    "timing_part",
]
