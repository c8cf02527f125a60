"""Profile files the user gave (``--profile``), grouped into persons like leads are.

A saved profile has no URL to cross-link and no handle, but it has a history: two files
are one person when their names do not differ and they share a job (the same employer,
starts within :data:`START_SLACK_MONTHS`) or a degree (the same institution, the same end
year). Two people of the same name share no history, so they stay apart and the user
chooses (``--pick``); the files are never merged silently.

Each group becomes a :class:`~research.model.Candidate` scored like a cluster of leads
(:func:`~research.identity.signals.score_lead` against the subject: name, employer, role,
timing, location) plus a ``files`` part naming what the files share. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from research.employers import employer_similarity
from research.identity.employers import best_employer_similarity
from research.identity.names import name_similarity
from research.identity.signals import score_lead
from research.model import Candidate, Career, Education, Experience, Lead, ScorePart, Subject

START_SLACK_MONTHS = 12
"""Two files' starts of one job may differ this much (a month rounded, a year only)."""
FILES_POINTS = 0.05
FILES_MAX = 0.1


def _same_job(a: Experience, b: Experience) -> bool:
    if not (a.employer and b.employer and a.start and b.start):
        return False
    if employer_similarity(a.employer, b.employer).score < 0.8:
        return False
    return abs(a.start.first_month() - b.start.first_month()) <= START_SLACK_MONTHS


def _same_degree(a: Education, b: Education) -> bool:
    if not (a.institution and b.institution and a.end and b.end):
        return False
    return (
        employer_similarity(a.institution, b.institution).score >= 0.8 and a.end.year == b.end.year
    )


def shared_history(a: Career, b: Career) -> list[str]:
    """What two careers share: jobs (employer and start) and degrees (institution, year)."""
    shared: list[str] = []
    for x in a.experiences:
        if any(_same_job(x, y) for y in b.experiences):
            label = f"{x.employer} from {x.start}"
            if label not in shared:
                shared.append(label)
    for e in a.education:
        if any(_same_degree(e, f) for f in b.education):
            label = f"{e.institution} ({e.end})"
            if label not in shared:
                shared.append(label)
    return shared


def one_person(a: Career, b: Career) -> bool:
    """Names that do not differ, and at least one shared job or degree."""
    if a.name and b.name and name_similarity(a.name, b.name).kind == "different":
        return False
    return bool(shared_history(a, b))


def profile_lead(label: str, career: Career, subject: Subject) -> Lead:
    """A lead for one file: its person's name, headline and place, and the job it shows
    at the subject's employer (else the current one)."""
    dated = sorted(
        (e for e in career.experiences if e.employer),
        key=lambda e: e.start.first_month() if e.start else -1,
        reverse=True,
    )
    at_employer = [
        e
        for e in dated
        if subject.employer and best_employer_similarity(subject, e.employer)[0] >= 0.8
    ]
    job = at_employer[0] if at_employer else next((e for e in dated if e.end is None), None)
    extra: dict[str, str] = {"file": label}
    if job is not None and job.title:
        extra["jobTitle"] = job.title
    if job is not None and job.start is not None and at_employer:
        extra["start"] = str(job.start)
    if job is not None and job.end is not None and at_employer:
        extra["end"] = str(job.end)
    return Lead(
        url=Path(label).resolve().as_uri() if not label.startswith("file:") else label,
        source="file",
        title=Path(label).name,
        name=career.name,
        employer=job.employer if job is not None else None,
        headline=career.headline or (job.title if job is not None else None),
        location=career.location,
        extra=extra,
    )


def _groups(careers: Sequence[Career]) -> list[list[int]]:
    parent = list(range(len(careers)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(careers)):
        for j in range(i + 1, len(careers)):
            if find(i) == find(j):
                continue
            members_i = [k for k in range(len(careers)) if find(k) == find(i)]
            members_j = [k for k in range(len(careers)) if find(k) == find(j)]
            # a join needs one shared history and no two names that differ
            if not one_person(careers[i], careers[j]):
                continue
            names = [n for k in (*members_i, *members_j) if (n := careers[k].name)]
            if any(
                name_similarity(x, y).kind == "different"
                for n, x in enumerate(names)
                for y in names[n + 1 :]
            ):
                continue
            parent[max(find(i), find(j))] = min(find(i), find(j))
    roots = sorted({find(i) for i in range(len(careers))})
    return [[k for k in range(len(careers)) if find(k) == root] for root in roots]


def _best(parts: Sequence[ScorePart]) -> ScorePart | None:
    if not parts:
        return None
    return sorted(parts, key=lambda p: (-p.points, p.detail))[0]


def _candidate(
    subject: Subject, labels: Sequence[str], careers: Sequence[Career], members: Sequence[int]
) -> Candidate:
    leads = [profile_lead(labels[k], careers[k], subject) for k in members]
    by_name: dict[str, list[ScorePart]] = {}
    for k, lead in zip(members, leads, strict=True):
        for part in score_lead(subject, lead, career=careers[k]):
            by_name.setdefault(part.name, []).append(part)
    parts = [
        best
        for name in ("name", "employer", "role", "timing", "location")
        if (best := _best(by_name.get(name, []))) is not None
    ]
    if len(members) > 1:
        shared = sorted(
            {
                item
                for i, x in enumerate(members)
                for y in members[i + 1 :]
                for item in shared_history(careers[x], careers[y])
            }
        )
        parts.append(
            ScorePart(
                name="files",
                points=min(FILES_MAX, FILES_POINTS * (len(members) - 1)),
                detail=f"{len(members)} files share {', '.join(shared[:3])}",
            )
        )
    score = min(1.0, max(0.0, sum(p.points for p in parts)))
    named = next((careers[k].name for k in members if careers[k].name), None)
    first = leads[0]
    return Candidate(
        name=named or subject.name,
        headline=next((lead.headline for lead in leads if lead.headline), None),
        employer=first.employer,
        location=next((lead.location for lead in leads if lead.location), None),
        score=round(score, 4),
        parts=parts,
        leads=leads,
    )


def profile_candidates(subject: Subject, profiles: Sequence[tuple[str, Career]]) -> list[Candidate]:
    """The persons among the files (``(label, career)`` pairs, label a path), best first,
    ids 1..n; one candidate when every file is the same person."""
    labels = [label for label, _ in profiles]
    careers = [career for _, career in profiles]
    candidates = [_candidate(subject, labels, careers, g) for g in _groups(careers)]
    candidates.sort(key=lambda c: (-c.score, [lead.url for lead in c.leads]))
    return [c.model_copy(update={"id": n}) for n, c in enumerate(candidates, start=1)]


def files_of(candidate: Candidate) -> list[str]:
    """The file labels a candidate is made of, in the order given."""
    return [lead.extra["file"] for lead in candidate.leads if "file" in lead.extra]


__all__ = [
    "START_SLACK_MONTHS",
    "files_of",
    "one_person",
    "profile_candidates",
    "profile_lead",
    "shared_history",
]
