"""Compare two careers against one role: the matrix, the six answers, coverage, actions.

:func:`compare` is pure: same inputs, same :class:`~research.model.Comparison`; no I/O and no
model calls. Every text field of the result is scrubbed of contact details.

``as_of`` (the date both sides' experience is measured at) defaults, in order, to: the
subject's hire date; the posting's date; the latest start of the hire's experiences at the
employer; the latest start or end date anywhere in the hire's career; else None (then no
months are counted). Submodules document their rules: ``matrix`` (verdicts and when the hire's
absence is ``not_shown`` rather than ``unknown``), ``experience`` (relevant, the job they
got), ``credentials``, ``beyond``, ``pay``, ``insider``, ``coverage``, ``actions``,
``feedback``.
"""

from __future__ import annotations

from research.compare import beyond, credentials, insider, pay
from research.compare.actions import plan
from research.compare.asks import RoleSkills
from research.compare.coverage import evidence_of, fill, source_refs
from research.compare.experience import measure, split_new_role
from research.compare.feedback import draft
from research.compare.matrix import Side, build
from research.compare.questions import experience_answer, specific_answer
from research.compare.scrubbing import scrub_model
from research.compare.text import same_employer
from research.model import (
    Career,
    Comparison,
    Coverage,
    IdentityDecision,
    PartialDate,
    Questions,
    Role,
    Subject,
)


def default_as_of(subject: Subject, role: Role, hire: Career) -> PartialDate | None:
    """The measuring date when none is given (see the module docstring)."""
    if subject.hire_date is not None:
        return subject.hire_date
    if role.date_posted is not None:
        return PartialDate.of(role.date_posted)
    employer = subject.employer or role.employer
    starts = [
        e.start
        for e in hire.experiences
        if e.start is not None and employer and same_employer(e.employer, employer)
    ]
    if starts:
        return max(starts, key=lambda d: d.first_month())
    dates = [d for e in hire.experiences for d in (e.start, e.end) if d is not None]
    return max(dates, key=lambda d: d.last_month()) if dates else None


def compare(
    role: Role,
    you: Career | None,
    hire: Career,
    subject: Subject,
    *,
    identity: IdentityDecision | None = None,
    coverage: Coverage | None = None,
    as_of: PartialDate | None = None,
) -> Comparison:
    """The whole comparison of ``you`` and ``hire`` for ``role``."""
    role = scrub_model(role)
    hire = scrub_model(hire)
    you = scrub_model(you) if you is not None else None
    as_of = as_of or default_as_of(subject, role, hire)
    employer = subject.employer or role.employer
    hire_experiences, new_role = split_new_role(hire, employer, as_of)
    hire_side = Side("hire", hire, hire_experiences, as_of, "hire profile")
    you_side = Side("you", you, list(you.experiences), as_of, "your resume") if you else None
    rows, findings = build(role, you_side, hire_side)
    skills = RoleSkills.of(role)
    hire_facts = measure(hire_experiences, role, skills, as_of)
    you_facts = measure(list(you.experiences), role, skills, as_of) if you else None
    hire_dated = any(e.start is not None for e in hire_experiences)
    beyond_answer, strengths = beyond.answer(role, you, hire)
    questions = Questions(
        experience=experience_answer(you_facts, hire_facts, new_role, hire_dated),
        specific_experience=specific_answer(rows, you is not None),
        credentials=credentials.answer(role, you, hire),
        beyond=beyond_answer,
        pay=pay.answer(role),
        insider=insider.answer(hire, you, employer, new_role, role, as_of),
    )
    comparison = Comparison(
        subject=subject,
        role=role,
        you=you,
        hire=hire,
        identity=identity or IdentityDecision(),
        requirements=rows,
        questions=questions,
        coverage=fill(coverage, you, hire, hire_experiences, as_of, rows),
        actions=plan(rows, findings, strengths) if you is not None else [],
        feedback_request=draft(role, you, rows),
        sources=source_refs(role.evidence, evidence_of(you), evidence_of(hire)),
        as_of=as_of,
    )
    return scrub_model(comparison)


__all__ = ["compare", "default_as_of"]
