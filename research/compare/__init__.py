"""Compare two careers against one role: the matrix, the six answers, coverage, actions.

:func:`compare` is pure: same inputs, same :class:`~research.model.Comparison`; no I/O and no
model calls. Every text field of the result is scrubbed of contact details.

``as_of`` (the date both sides' experience is measured at) defaults, in order, to: the
subject's hire date; the posting's date; ``today`` (the day the comparison runs, passed in
so the function stays pure; :func:`datetime.date.today` when not given). The report says
which (``as_of_basis``). Closed jobs always count; open (current) jobs count up to the
as-of date; jobs starting after it are named as later and not counted.

Submodules document their rules: ``grouping`` (rows as the posting states them),
``matrix`` (verdicts and when the hire's absence is ``not_shown`` rather than ``unknown``),
``experience_rows`` and ``roles`` (years by occupation family, leadership),
``cert_rows``, ``education_rows``, ``experience`` (relevant, the job they got),
``questions``, ``credentials``, ``beyond``, ``pay``, ``insider``, ``coverage``,
``actions``, ``feedback``, and ``consistency`` (the check that no section contradicts
another).
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from research.compare import beyond, credentials, insider, pay
from research.compare.actions import plan
from research.compare.asks import RoleSkills
from research.compare.coverage import fill, source_refs
from research.compare.experience import measure, new_role_index
from research.compare.feedback import draft
from research.compare.matrix import Side, build
from research.compare.questions import experience_answer, specific_answer
from research.dates import refuse_after_today
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
from research.privacy import scrub_model

AsOfBasis = Literal["given", "hire date", "posting date", "today"]


def default_as_of(
    subject: Subject, role: Role, today: date | None = None
) -> tuple[PartialDate, AsOfBasis]:
    """The measuring date when none is given, and where it came from."""
    if subject.hire_date is not None:
        return subject.hire_date, "hire date"
    if role.date_posted is not None:
        return PartialDate.of(role.date_posted), "posting date"
    return PartialDate.of(today or date.today()), "today"


def refuse_future(as_of: PartialDate, basis: str, today: date) -> None:
    """A hire date (or a given date) after today cannot be right: refused by the rule and
    the words ``--hire-date`` is refused with (:func:`research.dates.refuse_after_today`)."""
    if basis in ("hire date", "given"):
        what = "the hire date" if basis == "hire date" else "the as-of date"
        refuse_after_today(as_of, what=what, shown=str(as_of), today=today)


def compare(
    role: Role,
    you: Career | None,
    hire: Career,
    subject: Subject,
    *,
    identity: IdentityDecision | None = None,
    coverage: Coverage | None = None,
    as_of: PartialDate | None = None,
    today: date | None = None,
    role_title: str = "",
    employer: str = "",
) -> Comparison:
    """The whole comparison of ``you`` and ``hire`` for ``role``.

    ``role_title`` and ``employer`` are what the user said (``--role``, ``--employer``):
    used where the posting does not say."""
    role = scrub_model(role)
    hire = scrub_model(hire)
    you = scrub_model(you) if you is not None else None
    basis: AsOfBasis = "given"
    if as_of is None:
        as_of, basis = default_as_of(subject, role, today)
    refuse_future(as_of, basis, today or date.today())
    given_employer = employer or subject.employer
    employer = subject.employer or role.employer or employer
    new_index = new_role_index(hire, employer, as_of)
    new_role = hire.experiences[new_index] if new_index is not None else None
    hire_experiences = [e for i, e in enumerate(hire.experiences) if i != new_index]
    hire_side = Side("hire", hire, hire_experiences, as_of, "hire profile")
    you_side = Side("you", you, list(you.experiences), as_of, "your resume") if you else None
    rows, findings = build(role, you_side, hire_side)
    skills = RoleSkills.of(role)
    hire_facts = measure(hire_experiences, role, skills, as_of)
    you_facts = measure(list(you.experiences), role, skills, as_of) if you else None
    hire_dated = any(e.start is not None for e in hire_experiences)
    beyond_answer, strengths = beyond.answer(role, you, hire, as_of)
    questions = Questions(
        experience=experience_answer(you_facts, hire_facts, new_role, hire_dated),
        specific_experience=specific_answer(rows, you is not None),
        credentials=credentials.answer(role, you, hire, as_of, rows),
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
        actions=plan(rows, findings, strengths, you) if you is not None else [],
        feedback_request=draft(role, you, rows, role_title or subject.role, given_employer),
        sources=source_refs(
            role.evidence, you.all_evidence() if you is not None else [], hire.all_evidence()
        ),
        as_of=as_of,
        as_of_basis=basis,
        new_role=new_index,
    )
    return scrub_model(comparison)


__all__ = ["compare", "default_as_of", "refuse_future"]
