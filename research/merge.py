"""Merge careers read from several places into one, facts deduplicated, evidence kept.

The hire's career is assembled from every confirmed profile (GitHub, a homepage, a saved
LinkedIn PDF, an announcement...). The same role seen twice becomes one entry carrying
both pieces of evidence. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from anyascii import anyascii

from research.employers import DISTINCT_LEGAL_SUFFIXES, suffix_pattern
from research.model import (
    Career,
    Certification,
    Education,
    Evidence,
    Experience,
    Language,
    PartialDate,
    Reading,
    Skill,
    Work,
)

_NOISE = suffix_pattern(DISTINCT_LEGAL_SUFFIXES | {"co", "company", "the"})

T = TypeVar("T", Experience, Education, Certification, Skill, Language, Work)


def _norm(text: str | None) -> str:
    folded = anyascii(text or "").casefold()
    folded = _NOISE.sub(" ", folded)
    return " ".join(re.sub(r"[^\w+#]+", " ", folded).split())


def _experience_key(e: Experience) -> tuple[str, str, str]:
    return (_norm(e.employer), _norm(e.title), str(e.start.year) if e.start else "")


def _education_key(e: Education) -> tuple[str, str]:
    return (_norm(e.institution), e.level.value if e.level else _norm(e.degree))


def _work_key(w: Work) -> str:
    return (w.url or "").rstrip("/").casefold() or _norm(w.title)


def _merge_evidence(first: Sequence[Evidence], second: Sequence[Evidence]) -> list[Evidence]:
    out = list(first)
    seen = {(e.source, e.url, e.file, e.quote) for e in out}
    for e in second:
        key = (e.source, e.url, e.file, e.quote)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def _fill(kept: T, other: T) -> T:
    """Keep the first item, fill its empty fields from the other, union the evidence."""
    updates: dict[str, object] = {"evidence": _merge_evidence(kept.evidence, other.evidence)}
    for name in type(kept).model_fields:
        if name == "evidence":
            continue
        mine, theirs = getattr(kept, name), getattr(other, name)
        empty = mine in (None, "", []) and theirs not in (None, "", [])
        if empty or (name in ("start", "end") and _more_precise(mine, theirs)):
            updates[name] = theirs
    return kept.model_copy(update=updates)


def _more_precise(mine: object, theirs: object) -> bool:
    """True when ``theirs`` is the same year as ``mine`` with a month added."""
    return (
        isinstance(mine, PartialDate)
        and isinstance(theirs, PartialDate)
        and mine.month is None
        and theirs.month is not None
        and mine.year == theirs.year
    )


def _merge_items(lists: Iterable[Sequence[T]], key: Callable[[T], object]) -> list[T]:
    merged: dict[object, T] = {}
    for items in lists:
        for item in items:
            k = key(item)
            merged[k] = _fill(merged[k], item) if k in merged else item
    return list(merged.values())


def _fold_undated(experiences: list[Experience]) -> list[Experience]:
    """An undated entry (a GitHub "company" field, a team page) joins the dated entry it
    describes: same employer and title, or, without a title, the latest role there."""
    out = [e for e in experiences if e.start is not None]
    for entry in (e for e in experiences if e.start is None):
        employer, title = _norm(entry.employer), _norm(entry.title)
        matches = [
            i
            for i, kept in enumerate(out)
            if kept.start is not None
            and employer
            and _norm(kept.employer) == employer
            and (not title or _norm(kept.title) == title)
        ]
        if matches:
            best = max(matches, key=lambda i: _start_month(out[i]))
            out[best] = _fill(out[best], entry)
        else:
            out.append(entry)
    return out


def _nested_titles(a: str, b: str) -> bool:
    """One title is the other with more said ("Staff Nurse" / "Staff Nurse, Intensive Care")."""
    first, second = _norm(a).split(), _norm(b).split()
    if not first or not second:
        return False
    short, long = sorted((first, second), key=len)
    return long[: len(short)] == short


def _same_role(a: Experience, b: Experience) -> bool:
    """Two entries of one role as two sources wrote it: the same employer and start month,
    ends that agree (or one unknown), one title a fuller form of the other."""
    if a.start is None or b.start is None or a.start != b.start or a.start.month is None:
        return False
    if a.end is not None and b.end is not None and a.end != b.end:
        return False
    employer = _norm(a.employer)
    return bool(employer) and employer == _norm(b.employer) and _nested_titles(a.title, b.title)


def _fold_fuller_titles(experiences: list[Experience]) -> list[Experience]:
    """The same role read twice with a shorter and a fuller title becomes one entry, which
    keeps the fuller title (an internal move is then never made out of one job)."""
    out: list[Experience] = []
    for entry in experiences:
        index = next((i for i, kept in enumerate(out) if _same_role(kept, entry)), None)
        if index is None:
            out.append(entry)
            continue
        kept = out[index]
        fuller, other = (entry, kept) if len(entry.title) > len(kept.title) else (kept, entry)
        out[index] = _fill(fuller, other)
    return out


def _start_month(e: Experience) -> int:
    return e.start.first_month() if e.start else -1


def merge_careers(careers: Sequence[Career]) -> Career:
    """One career from many; earlier careers win on conflicting single values."""
    if not careers:
        return Career()
    experiences = _fold_undated(_merge_items((c.experiences for c in careers), _experience_key))
    experiences = _fold_fuller_titles(experiences)
    experiences.sort(key=_start_month, reverse=True)
    return Career(
        name=next((c.name for c in careers if c.name), None),
        headline=next((c.headline for c in careers if c.headline), None),
        location=next((c.location for c in careers if c.location), None),
        summary=next((c.summary for c in careers if c.summary), ""),
        experiences=experiences,
        education=_merge_items((c.education for c in careers), _education_key),
        certifications=_merge_items((c.certifications for c in careers), lambda c: _norm(c.name)),
        skills=_merge_items((c.skills for c in careers), lambda s: s.id or _norm(s.name)),
        languages=_merge_items((c.languages for c in careers), lambda lang: _norm(lang.name)),
        work=_merge_items((c.work for c in careers), _work_key),
        reading=_merge_reading(careers, bool(experiences)),
    )


def _merge_reading(careers: Sequence[Career], has_jobs: bool) -> Reading | None:
    """The readers' warnings of every document; unread only when no document gave a job."""
    readings = [c.reading for c in careers if c.reading is not None]
    if not readings:
        return None
    if len(readings) == 1 and len(careers) == 1:
        return readings[0]
    warnings = [w for r in readings for w in r.warnings]
    unread = all(r.unread for r in readings) and not has_jobs
    return Reading(
        document=", ".join(r.document for r in readings),
        unread=unread,
        warnings=list(dict.fromkeys(warnings)),
        dated_lines=sum(r.dated_lines for r in readings),
    )


__all__ = ["merge_careers"]
