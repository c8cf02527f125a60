"""How much of each side runnerup saw, so a thin profile reads as thin.

``compare`` keeps the lookup's ``sources`` (the pipeline's one record per source, also shown
by the progress lines and the outcome table) or, from files, lists each evidence source as
``manual`` with the number of places read; and fills the rest: the hire's months of dated
experience as of ``as_of`` (the job they got excluded), the first known date, evidence
counts, and plain notes.
"""

from __future__ import annotations

from research.dates import experience_months
from research.model import (
    Career,
    Coverage,
    Evidence,
    Experience,
    PartialDate,
    RequirementRow,
    SourceOutcome,
    SourceRef,
    Verdict,
)

THIN_MONTHS = 24
THIN_EVIDENCE = 5


def first_known(career: Career) -> PartialDate | None:
    dates = [e.start for e in career.experiences if e.start is not None]
    if not dates:
        dates = [d for e in career.education for d in (e.start, e.end) if d is not None]
    return min(dates, key=lambda d: d.first_month()) if dates else None


def outcomes_from_files(evidence: list[Evidence]) -> list[SourceOutcome]:
    """Without a lookup (``compare`` from files): one record per evidence source, counting
    the places (files or pages) it was read from, never the facts; the same record the
    outcome table would show."""
    places: dict[str, set[str]] = {}
    for e in evidence:
        places.setdefault(e.source, set()).add(e.file or e.url or "")
    return [
        SourceOutcome(
            source=name,
            status="manual",
            read=len(where),
            detail="read from a file given by the user",
        )
        for name, where in sorted(places.items())
    ]


def fill(
    given: Coverage | None,
    you: Career | None,
    hire: Career,
    hire_experiences: list[Experience],
    as_of: PartialDate | None,
    rows: list[RequirementRow],
) -> Coverage:
    given = given or Coverage()
    months = experience_months(hire_experiences, as_of) if as_of is not None else 0
    hire_evidence = hire.all_evidence()
    sources = list(given.sources) or outcomes_from_files(hire_evidence)
    notes = list(given.notes)
    start = first_known(hire)
    if months:
        since = f" since {start}" if start is not None else ""
        notes.append(
            f"The hire's public record covers {months} months of dated experience"
            f"{since}, as of {as_of}."
        )
    else:
        notes.append("The hire's public record shows no dated experience before the new job.")
    undated = sum(1 for e in hire_experiences if e.start is None)
    if undated:
        notes.append(
            f"{undated} of the hire's experiences have no dates and count for nothing "
            "in the totals."
        )
    if not hire.education:
        notes.append("No education in the hire's public record: their credentials are unknown.")
    reading = unread_notes(you, hire)
    if hire.unread:
        notes.append(
            "The hire's profile was not read (see above): their gaps are unknown, not thin."
        )
    elif months < THIN_MONTHS or len(hire_evidence) < THIN_EVIDENCE:
        notes.append(
            "The hire's public record is thin: read 'unknown' as 'not found', never as 'lacks'."
        )
    unknown = sum(1 for r in rows if r.hire.verdict is Verdict.UNKNOWN)
    if rows:
        notes.append(f"{unknown} of {len(rows)} requirements are unknown for the hire.")
    if you is None:
        notes.append("No resume given: your side is unknown throughout.")
    return Coverage(
        sources=sources,
        hire_months_known=months,
        hire_first_known=start,
        hire_evidence_count=len(hire_evidence),
        you_evidence_count=len(you.all_evidence()) if you is not None else 0,
        notes=notes,
        reading=[*given.reading, *(r for r in reading if r not in given.reading)],
        you_unread=you is not None and you.unread,
        hire_unread=hire.unread,
    )


def unread_notes(you: Career | None, hire: Career) -> list[str]:
    """The readers' warnings about each side's documents, said plainly."""
    out: list[str] = []
    for label, career in (("your resume", you), ("the hire's profile", hire)):
        if career is None or career.reading is None:
            continue
        for warning in career.reading.warnings:
            out.append(warning)
        if career.reading.unread:
            out.append(f"Treat {label} as unread: what it does not show is unknown, not missing.")
    return out


def source_refs(*groups: list[Evidence]) -> list[SourceRef]:
    """Each place read, once, sorted by source, URL and file."""
    seen: dict[tuple[str, str, str], SourceRef] = {}
    for group in groups:
        for e in group:
            key = (e.source, e.url or "", e.file or "")
            if key not in seen:
                seen[key] = SourceRef(
                    source=e.source,
                    url=e.url,
                    file=e.file,
                    fetched_at=e.fetched_at,
                    method=e.method,
                )
    return [seen[k] for k in sorted(seen)]


__all__ = [
    "THIN_EVIDENCE",
    "THIN_MONTHS",
    "fill",
    "first_known",
    "outcomes_from_files",
    "source_refs",
    "unread_notes",
]
