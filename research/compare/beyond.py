"""Question 4: something beyond the stated qualifications?

For each side: skills shown that no requirement asks for (neither the same, a narrower nor a
related skill) and the posting does not mention; languages not asked for; public work
(publications, talks, patents, open-source repositories with their stars, projects); a
publication, talk or other work dated after the as-of date is named as later and not
counted (a repository's date is its last push, so it always counts). The
user's list doubles as strengths to put forward. The answer lists the extras, counted and
named. Leaning: public work weighs double (others can see and judge it): a side leads when
its extra skills and languages plus twice its pieces of public work exceed the other's by
at least :data:`LEAD`; nothing shown for the hire is unknown.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from research.compare.asks import requirement_skill
from research.compare.skillmatch import display_name, find_in, language_id_of, relation, skill_id_of
from research.compare.text import blocks, quote_around, with_quote
from research.model import (
    Answer,
    Career,
    Evidence,
    PartialDate,
    Point,
    RequirementKind,
    Role,
    Work,
)

MAX_SKILLS = 12
WORK_POINTS = 2.0
"""Public work (a talk, a paper, a repository) counts double: others can see and judge it."""
LEAD = 2.0
"""A score lead below this is even."""
MAX_WORK = 8
_WORK_WORDS = {
    "repository": "open-source repository",
    "publication": "publication",
    "talk": "talk",
    "patent": "patent",
    "project": "project",
    "post": "article",
    "other": "public work",
}


@dataclass(frozen=True)
class Extra:
    """What one side shows beyond the posting."""

    skills: list[tuple[str, list[Evidence]]] = field(default_factory=list)
    """(display name, evidence) of each skill not asked for."""
    languages: list[tuple[str, list[Evidence]]] = field(default_factory=list)
    work: list[Work] = field(default_factory=list)
    later: list[Work] = field(default_factory=list)
    """Public work dated after the as-of date: shown as later, not counted."""

    def count(self) -> int:
        return len(self.skills) + len(self.languages) + len(self.work)

    def score(self) -> float:
        """Named parts: 1 per extra skill or language, :data:`WORK_POINTS` per public work."""
        return float(len(self.skills) + len(self.languages)) + WORK_POINTS * len(self.work)


def _asked(role: Role) -> tuple[list[str], set[str]]:
    ids = [
        requirement_skill(r)
        for r in role.requirements
        if r.kind
        in (RequirementKind.SKILL, RequirementKind.EXPERIENCE, RequirementKind.CERTIFICATION)
        and (r.skill or r.kind.value == "skill")
    ]
    mentioned = {f.id for f in find_in(role.description)}
    mentioned.update(f.id for r in role.requirements for f in find_in(r.text))
    return ids, mentioned


def _is_asked(skill_id: str, asked: list[str], mentioned: set[str]) -> bool:
    if skill_id in mentioned:
        return True
    return any(
        relation(a, skill_id) is not None or relation(skill_id, a) is not None for a in asked
    )


def _later(w: Work, as_of: PartialDate | None) -> bool:
    """Dated after the as-of date. A repository's date is its last push, not its start,
    so a repository is never later: it may well have existed before."""
    if w.kind == "repository":
        return False
    return as_of is not None and w.date is not None and as_of < w.date


def extra(
    career: Career | None,
    role: Role,
    fallback: str = "profile",
    as_of: PartialDate | None = None,
) -> Extra:
    if career is None:
        return Extra()
    asked, mentioned = _asked(role)
    seen: dict[str, tuple[str, list[Evidence]]] = {}
    for block in blocks(career):
        if block.derived:
            continue  # extras are what the person wrote, not what a title implies
        if block.place == "skills":
            sid = skill_id_of(block.text)
            if sid not in seen and not _is_asked(sid, asked, mentioned):
                ev = with_quote(block.evidence, block.text, fallback)[:1]
                seen[sid] = (display_name(sid, block.text), ev)
            continue
        for found in find_in(block.text):
            if found.id in seen or _is_asked(found.id, asked, mentioned):
                continue
            quote = quote_around(block.text, found.start, found.end)
            ev = with_quote(block.evidence, quote, fallback)[:1]
            seen[found.id] = (display_name(found.id, found.text), ev)
    skills = list(seen.values())[:MAX_SKILLS]
    asked_languages = {
        language_id_of(r.skill or r.text)
        for r in role.requirements
        if r.kind is RequirementKind.LANGUAGE
    }
    languages = [
        (
            lang.name + (f" ({lang.level})" if lang.level else ""),
            with_quote(lang.evidence, lang.name, fallback)[:1],
        )
        for lang in career.languages
        if language_id_of(lang.name) not in asked_languages
    ]
    dated_in = [w for w in career.work if not _later(w, as_of)]
    later = [w for w in career.work if _later(w, as_of)]
    work = sorted(dated_in, key=lambda w: (-(w.stars or 0), w.kind, w.title))[:MAX_WORK]
    return Extra(skills=skills, languages=languages, work=work, later=later)


MAX_LISTED = 3


def _some(names: list[str], one: str, many: str) -> str:
    if not names:
        return ""
    shown = ", ".join(names[:MAX_LISTED]) + (" and more" if len(names) > MAX_LISTED else "")
    return f"{len(names)} {one if len(names) == 1 else many} ({shown})"


def listing(ext: Extra) -> str:
    """The concrete extras, counted and named: "2 public works (a talk: ..., ...), 1
    language (Yoruba), 6 skills (C, C++, ...)"."""
    parts = [
        _some(
            [f"{_WORK_WORDS.get(w.kind, 'work')} {w.title}" for w in ext.work],
            "piece of public work",
            "pieces of public work",
        ),
        _some([n for n, _ in ext.languages], "language", "languages"),
        _some([n for n, _ in ext.skills], "skill not asked for", "skills not asked for"),
    ]
    return ", ".join(p for p in parts if p) or "nothing"


def work_text(w: Work) -> str:
    kind = _WORK_WORDS.get(w.kind, "public work")
    stars = f", {w.stars} stars" if w.stars else ""
    date = f", {w.date}" if w.date else ""
    return f"{kind}: {w.title}{stars}{date}"


def points_of(who: str, ext: Extra) -> list[Point]:
    points: list[Point] = []
    if ext.skills:
        names = ", ".join(s for s, _ in ext.skills)
        evidence = [e for _, ev in ext.skills for e in ev][:3]
        points.append(
            Point(text=f"{who}: skills the posting did not ask for: {names}", evidence=evidence)
        )
    for name, ev in ext.languages:
        points.append(Point(text=f"{who}: speaks {name}", evidence=ev))
    for w in ext.work:
        ev = with_quote(w.evidence, w.title, "work")[:1]
        if w.url and not any(e.url for e in ev):
            ev = [e.model_copy(update={"url": w.url}) for e in ev]
        points.append(Point(text=f"{who}: {work_text(w)}", evidence=ev))
    for w in ext.later:
        ev = with_quote(w.evidence, w.title, "work")[:1]
        points.append(
            Point(
                text=f"{who}, later than the as-of date (not counted): {work_text(w)}", evidence=ev
            )
        )
    return points


def answer(
    role: Role, you: Career | None, hire: Career, as_of: PartialDate | None = None
) -> tuple[Answer, Extra]:
    mine = extra(you, role, "your resume", as_of)
    theirs = extra(hire, role, "hire profile", as_of)
    points = points_of("The hire", theirs) + points_of("You", mine)
    you_score, hire_score = mine.score(), theirs.score()
    both = f"the hire: {listing(theirs)}; you: {listing(mine)}"
    if theirs.count() == 0:
        leans = "unknown"
        summary = (
            "Nothing beyond the posting shows in the hire's public record (unknown, not absent)."
        )
    elif hire_score - you_score >= LEAD:
        leans = "hire"
        summary = f"The hire shows more that the posting did not ask for: {both}."
    elif you_score - hire_score >= LEAD:
        leans = "you"
        summary = f"You show more beyond the posting: {both}. Put it forward."
    else:
        leans = "even"
        summary = f"Both show about as much beyond the posting: {both}."
    figures: dict[str, float | str | None] = {
        "hire_extra_skills": float(len(theirs.skills)),
        "hire_languages": float(len(theirs.languages)),
        "hire_public_work": float(len(theirs.work)),
        "hire_score": hire_score,
        "you_extra_skills": float(len(mine.skills)),
        "you_languages": float(len(mine.languages)),
        "you_public_work": float(len(mine.work)),
        "you_score": you_score,
    }
    return (
        Answer(
            question="Something beyond the stated qualifications?",
            summary=summary,
            leans=leans,
            points=points,
            figures=figures,
        ),
        mine,
    )


__all__ = ["Extra", "answer", "extra", "points_of", "work_text"]
