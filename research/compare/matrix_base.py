"""What the matrix's row checkers share: one side of the comparison, and when a side's
record is complete enough that absence means ``not_shown`` (see :mod:`matrix`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from research.compare.text import Block, blocks
from research.model import Career, Evidence, Experience, Method, PartialDate, SideVerdict, Verdict

SideName = Literal["you", "hire"]
COMPLETE_METHODS = frozenset(
    {
        Method.API,
        Method.JSON_LD,
        Method.JSON_RESUME,
        Method.MICROFORMAT,
        Method.PDF,
        Method.DOCX,
        Method.MANUAL,
    }
)


@dataclass(frozen=True)
class Side:
    """One side of the comparison as the matrix sees it."""

    name: SideName
    career: Career
    experiences: list[Experience]
    """The experiences that count (the hire's without the job they got)."""
    as_of: PartialDate | None
    fallback_source: str

    @property
    def blocks(self) -> list[Block]:
        return blocks(self.career.model_copy(update={"experiences": self.experiences}))


def whole(e: Evidence) -> bool:
    """The evidence comes from a whole record: a structured one (:data:`COMPLETE_METHODS`),
    or a whole document the user gave as a file (a text or Markdown resume of the hire)."""
    return e.method in COMPLETE_METHODS or (e.file is not None and e.url is None)


def complete(items: Sequence[object], dated: bool = False) -> bool:
    """The area is complete (see the module docstring)."""
    if not items:
        return False
    for item in items:
        evidence: list[Evidence] = getattr(item, "evidence", [])
        if not evidence or not all(whole(e) for e in evidence):
            return False
        if dated and getattr(item, "start", None) is None:
            return False
    return True


def whole_record(side: Side) -> bool:
    """The side's jobs all come from a document the user gave as a file (the hire's resume
    in hand, not a public page), every one dated and at least half of them described: what
    none of it names (a skill, a certificate) is not shown, rather than unknown. Public
    pages and bare job titles (an export without descriptions) never list everything, so
    there it stays unknown."""
    jobs = side.experiences
    described = sum(1 for job in jobs if job.summary.strip())
    return (
        complete(jobs, dated=True)
        and all(e.file is not None and e.url is None for job in jobs for e in job.evidence)
        and described * 2 >= len(jobs)
    )


def absent(side: Side, is_complete: bool, note: str) -> SideVerdict:
    """What a side's record lacks: ``not_shown`` for the user's resume and a complete hire
    record, ``unknown`` for an incomplete one, and ``unknown`` whenever the document could
    not be read (a career the reader marks ``unread``)."""
    if bool(getattr(side.career, "unread", False)):
        # the document was not read: what it lacks is unknown, not missing
        return SideVerdict(verdict=Verdict.UNKNOWN, note=note + " (the document was not read)")
    if side.name == "you" or is_complete:
        return SideVerdict(verdict=Verdict.NOT_SHOWN, note=note)
    return SideVerdict(
        verdict=Verdict.UNKNOWN, note=note + " (the public record may be incomplete)"
    )


__all__ = ["COMPLETE_METHODS", "Side", "SideName", "absent", "complete", "whole", "whole_record"]
