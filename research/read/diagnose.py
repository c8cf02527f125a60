"""Saying when reading failed: a document with dated lines but no (or few) jobs read, or no
name, gets a :class:`~research.model.Reading` that says so plainly. Pure.

A side whose document is ``unread`` is shown as unread in every report (its gaps are
unknown), never as a thin record.
"""

from __future__ import annotations

from collections.abc import Iterable

from research.model import Career, Reading
from research.read.dates import parse_range

MAX_WORDS = 16
"""Longer lines are sentences: a year in a sentence is not a job's date line."""


def dated_lines(texts: Iterable[str]) -> int:
    """Date ranges with a start ("Jan 2019 – Present") in lines that are not sentences; a
    line holding several ranges (a column of dates read as one line) counts each."""
    count = 0
    for text in texts:
        rest = text
        while rest:
            found = parse_range(rest)
            if found is None or found.start is None or found.span[1] <= 0:
                break
            before = rest[: found.span[0]]
            if len(before.split()) <= MAX_WORDS:
                count += 1
            rest = rest[found.span[1] :]
    return count


def _dated_other(career: Career) -> int:
    """Dated items that are not jobs (their lines are not missed jobs)."""
    return (
        sum(1 for e in career.education if e.start is not None or e.end is not None)
        + sum(1 for c in career.certifications if c.date is not None)
        + sum(1 for w in career.work if w.date is not None)
    )


def reading(career: Career, texts: Iterable[str], document: str) -> Reading:
    """The diagnostics of one read document (``texts``: its lines, in order)."""
    dated = max(0, dated_lines(texts) - _dated_other(career))
    jobs = len(career.experiences)
    check = f"check it with `runnerup read {document}`"
    warnings: list[str] = []
    unread = False
    if jobs == 0 and dated:
        unread = True
        lines = "a date range" if dated == 1 else f"{dated} date ranges"
        warnings.append(f"runnerup found no jobs in {document}, which has {lines}; {check}.")
    elif career.is_empty():
        unread = True
        warnings.append(f"runnerup found nothing it could read in {document}; {check}.")
    elif dated >= 3 and jobs * 2 < dated:
        unread = True
        warnings.append(
            f"runnerup read only {jobs} {'job' if jobs == 1 else 'jobs'} from {dated} date "
            f"ranges in {document}; {check}."
        )
    if not career.name:
        warnings.append(f"runnerup found no name in {document}; {check}.")
    return Reading(document=document, unread=unread, warnings=warnings, dated_lines=dated)


__all__ = ["MAX_WORDS", "dated_lines", "reading"]
