"""The data model: what runnerup knows, and where each piece came from.

Both people in a comparison are a :class:`Career`; every item in a career carries
:class:`Evidence`. The JSON form of :class:`Comparison` is runnerup's public output
(``schema_version`` below); its field names are part of the interface.

This module does no I/O.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_serializer, model_validator

SCHEMA_VERSION = "1.1"
"""1.1 adds ``Comparison.new_role`` and the closed list of ``SourceOutcome.status`` values;
a 1.0 report still loads (``new_role`` is then None: no job is drawn apart)."""

_PARTIAL_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-\d{1,2})?\s*$")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class PartialDate(BaseModel):
    """A year, or a year and month: "2019" stays a year.

    Serialises as ``"YYYY"`` or ``"YYYY-MM"`` and accepts either form (or a date).
    """

    model_config = ConfigDict(frozen=True)

    year: int = Field(ge=1900, le=2200)
    month: int | None = Field(default=None, ge=1, le=12)

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        if isinstance(value, PartialDate):
            return {"year": value.year, "month": value.month}
        if isinstance(value, datetime | date):
            return {"year": value.year, "month": value.month}
        if isinstance(value, int):
            return {"year": value}
        if isinstance(value, str):
            match = _PARTIAL_DATE.match(value)
            if not match:
                raise ValueError(f"expected YYYY or YYYY-MM, got {value!r}")
            month = int(match.group(2)) if match.group(2) else None
            return {"year": int(match.group(1)), "month": month}
        return value

    @model_serializer
    def _to_text(self) -> str:
        return str(self)

    def __str__(self) -> str:
        return f"{self.year:04d}" if self.month is None else f"{self.year:04d}-{self.month:02d}"

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """``"2019"`` or ``"2019-03"`` (a trailing day is ignored)."""
        return cls.model_validate(text)

    @classmethod
    def of(cls, day: date) -> PartialDate:
        return cls(year=day.year, month=day.month)

    def first_month(self) -> int:
        """Month index (year * 12 + month - 1) of the earliest month this date can mean."""
        return self.year * 12 + ((self.month or 1) - 1)

    def last_month(self) -> int:
        """Month index of the latest month this date can mean."""
        return self.year * 12 + ((self.month or 12) - 1)

    def __lt__(self, other: PartialDate) -> bool:
        return (self.year, self.month or 0) < (other.year, other.month or 0)

    def __le__(self, other: PartialDate) -> bool:
        return (self.year, self.month or 0) <= (other.year, other.month or 0)


class Method(StrEnum):
    """How a fact was obtained."""

    API = "api"
    JSON_LD = "json-ld"
    MICROFORMAT = "microformat"
    JSON_RESUME = "json-resume"
    OPENGRAPH = "opengraph"
    PDF = "pdf"
    DOCX = "docx"
    HTML = "html"
    TEXT = "text"
    MANUAL = "manual"
    ARCHIVE = "archive"


class Evidence(_Model):
    """Where a fact came from: a source and URL (or the user's own file), when, how, and the
    text quoted from it."""

    source: str
    url: str | None = None
    file: str | None = None
    page: int | None = None
    fetched_at: datetime | None = None
    archived_at: datetime | None = None
    method: Method = Method.TEXT
    quote: str = ""

    def where(self) -> str:
        """A short human label: the URL, or the file and page."""
        if self.url:
            return self.url
        if self.file:
            return f"{self.file}, page {self.page}" if self.page else self.file
        return self.source


class DegreeLevel(StrEnum):
    """Degree levels on an ordered scale: compare them by :attr:`rank`."""

    SECONDARY = "secondary"
    ASSOCIATE = "associate"
    BACHELOR = "bachelor"
    MASTER = "master"
    DOCTORATE = "doctorate"

    @property
    def rank(self) -> int:
        return _DEGREE_RANKS[self.value]


_DEGREE_RANKS = {"secondary": 1, "associate": 2, "bachelor": 3, "master": 4, "doctorate": 5}


class Subject(_Model):
    """The hire as the user knows them."""

    name: str = Field(min_length=1)
    employer: str = ""
    role: str = ""
    location: str | None = None
    hints: list[str] = Field(default_factory=list)
    hire_date: PartialDate | None = None
    employer_site: str | None = None


class Lead(_Model):
    """Something a source's search found that may be the subject."""

    url: str
    source: str
    title: str = ""
    snippet: str = ""
    handle: str | None = None
    name: str | None = None
    employer: str | None = None
    headline: str | None = None
    location: str | None = None
    links: list[str] = Field(default_factory=list)
    fetchable: bool = True
    """False for links on hosts whose terms forbid automated access: shown, never fetched."""
    extra: dict[str, str] = Field(default_factory=dict)


class ScorePart(_Model):
    """One named part of a score: its points and why."""

    name: str
    points: float
    detail: str = ""


class Candidate(_Model):
    """Leads believed to be one person, with an identity score made of named parts."""

    id: int = 0
    name: str
    headline: str | None = None
    employer: str | None = None
    location: str | None = None
    score: float = Field(ge=0.0, le=1.0)
    parts: list[ScorePart] = Field(default_factory=list)
    leads: list[Lead] = Field(default_factory=list)

    @property
    def reasons(self) -> list[str]:
        return [p.detail for p in self.parts if p.detail]


class Experience(_Model):
    title: str = ""
    employer: str = ""
    start: PartialDate | None = None
    end: PartialDate | None = None
    """``None`` means open (present, or not stated)."""
    location: str | None = None
    summary: str = ""
    evidence: list[Evidence] = Field(default_factory=list)


class Education(_Model):
    institution: str = ""
    degree: str = ""
    level: DegreeLevel | None = None
    field: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Certification(_Model):
    name: str
    issuer: str | None = None
    date: PartialDate | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Skill(_Model):
    name: str
    id: str | None = None
    """Normalised skill id from the taxonomy, when known."""
    evidence: list[Evidence] = Field(default_factory=list)


class Language(_Model):
    name: str
    level: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


WorkKind = Literal["repository", "publication", "talk", "patent", "project", "post", "other"]


class Work(_Model):
    """Public work: talks, papers, repositories, projects."""

    kind: WorkKind = "other"
    title: str
    url: str | None = None
    date: PartialDate | None = None
    description: str = ""
    stars: int | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Reading(_Model):
    """How reading one document went, as the reader judged it (set by the readers).

    ``unread`` means the document has dated lines but no job (or far fewer jobs than dated
    lines) could be read from it: what is missing is unknown, never absent, and reports
    say so instead of calling the record thin."""

    document: str = ""
    """The file name or URL that was read."""
    unread: bool = False
    warnings: list[str] = Field(default_factory=list)
    """Plain sentences for the user ("runnerup found no jobs in cv.pdf; ...")."""
    dated_lines: int = 0
    """Lines with a date range that are not education, certification or public work."""


CareerEntry = Experience | Education | Certification | Skill | Language | Work
"""One entry of a :class:`Career`: each kind carries its own evidence."""


class Career(_Model):
    """One person's career as runnerup understood it."""

    name: str | None = None
    headline: str | None = None
    location: str | None = None
    summary: str = ""
    experiences: list[Experience] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    certifications: list[Certification] = Field(default_factory=list)
    skills: list[Skill] = Field(default_factory=list)
    languages: list[Language] = Field(default_factory=list)
    work: list[Work] = Field(default_factory=list)
    reading: Reading | None = None
    """The reader's diagnostics when this career was read from a document."""

    @property
    def unread(self) -> bool:
        return self.reading is not None and self.reading.unread

    def entries(self) -> list[CareerEntry]:
        """Every entry of the career, kind by kind: experiences, education, certifications,
        skills, languages, public work."""
        return [
            *self.experiences,
            *self.education,
            *self.certifications,
            *self.skills,
            *self.languages,
            *self.work,
        ]

    def all_evidence(self) -> list[Evidence]:
        """Every piece of evidence of every entry (:meth:`entries`), in that order."""
        return [e for entry in self.entries() for e in entry.evidence]

    def is_empty(self) -> bool:
        return not self.entries()


class RequirementKind(StrEnum):
    SKILL = "skill"
    EXPERIENCE = "experience"
    EDUCATION = "education"
    CERTIFICATION = "certification"
    LANGUAGE = "language"
    OTHER = "other"


class Requirement(_Model):
    id: str = ""
    text: str
    kind: RequirementKind = RequirementKind.OTHER
    required: bool = True
    skill: str | None = None
    """Normalised skill (or certification / language) id."""
    alternatives: list[str] = Field(default_factory=list)
    """Other ids that meet the requirement as well as :attr:`skill` does: "Python, Go or
    Rust" is one requirement with skill "python" and alternatives ["go", "rust"]; "JSF,
    Wicket or GWT" one with skill "jsf" and alternatives ["wicket", "gwt"]. Any ONE of
    :attr:`skill` and the alternatives meets it; a candidate need not show them all."""
    years: float | None = None
    degree_level: DegreeLevel | None = None
    field: str | None = None
    """Education: the field of study ("Computer Science"); language: the level asked for
    ("C1", "fluent")."""


class SalaryRange(_Model):
    minimum: float | None = None
    maximum: float | None = None
    currency: str | None = None
    period: str | None = None
    """year, month, week, day or hour."""


class Role(_Model):
    title: str = ""
    employer: str = ""
    url: str | None = None
    employer_url: str | None = None
    location: str | None = None
    date_posted: date | None = None
    description: str = ""
    requirements: list[Requirement] = Field(default_factory=list)
    salary: SalaryRange | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Verdict(StrEnum):
    MET = "met"
    PARTIAL = "partial"
    NOT_SHOWN = "not_shown"
    UNKNOWN = "unknown"


class PartVerdict(_Model):
    """One part of a requirement, checked on its own: the years, the leadership, each
    named skill. The side's verdict on the row is its weakest part."""

    name: str
    verdict: Verdict
    note: str = ""


class SideVerdict(_Model):
    verdict: Verdict
    note: str = ""
    evidence: list[Evidence] = Field(default_factory=list)
    parts: list[PartVerdict] = Field(default_factory=list)
    """The parts, when the requirement has more than one."""


class RequirementRow(_Model):
    requirement: Requirement
    you: SideVerdict
    hire: SideVerdict
    also: list[Requirement] = Field(default_factory=list)
    """Further requirements read from the same posting text ("Kubernetes and Terraform"
    is one row; the reader may give one requirement per skill): checked as parts, except a
    skill that only says what another is applied to ("threat modelling of mobile apps")."""

    @property
    def ids(self) -> list[str]:
        return [self.requirement.id, *(r.id for r in self.also)]


Leaning = Literal["you", "hire", "even", "unknown"]


class Point(_Model):
    text: str
    evidence: list[Evidence] = Field(default_factory=list)


class Answer(_Model):
    """The answer to one of the six questions."""

    question: str
    summary: str
    leans: Leaning = "unknown"
    points: list[Point] = Field(default_factory=list)
    figures: dict[str, float | str | None] = Field(default_factory=dict)


class Questions(_Model):
    experience: Answer
    specific_experience: Answer
    credentials: Answer
    beyond: Answer
    pay: Answer
    insider: Answer


OutcomeStatus = Literal[
    "found",
    "read",
    "nothing",
    "manual",
    "needs_key",
    "disabled",
    "failed",
    "blocked",
    "disallowed",
    "rate_limited",
    "unreachable",
]
"""What one source did in a lookup. ``found``: its search found leads; ``read``: its search
found nothing itself, but it read pages that other sources or the hire's own links pointed
to; ``nothing``: searched, found nothing, nothing refused; ``manual``: reads files the user
gives; ``needs_key`` / ``disabled``: not run (a key is missing, the user turned it off);
``failed``: it broke (a plugin error or a source error); ``blocked``, ``disallowed``
(robots.txt or the terms deny list), ``rate_limited``, ``unreachable``: it found nothing
because a site refused it or could not be reached (:attr:`Outcome.user_status`)."""

STATUS_WORDS: dict[OutcomeStatus, str] = {
    "found": "found",
    "read": "read",
    "nothing": "nothing found",
    "manual": "manual",
    "needs_key": "needs a key",
    "disabled": "turned off",
    "failed": "failed",
    "blocked": "blocked",
    "disallowed": "disallowed",
    "rate_limited": "asked to slow down",
    "unreachable": "unreachable",
}
"""Each status in the words a user reads (:attr:`SourceOutcome.summary`)."""


class SourceOutcome(_Model):
    """What one source did in a lookup: the one record that the progress lines, the
    outcome table and the report's coverage section all show (through :attr:`summary`)."""

    source: str
    status: OutcomeStatus
    """See :data:`OutcomeStatus`."""
    found: int = 0
    """Leads its search found (or files given, for ``manual``)."""
    read: int = 0
    """Pages or files it read career facts from, for the chosen person."""
    detail: str = ""

    @property
    def summary(self) -> str:
        """The record in words (:data:`STATUS_WORDS`): ``found 2, read 1 page``; ``read 4
        pages``; ``nothing found``; ``manual, read 1 file: <detail>``; ``needs a key:
        <detail>``; ``asked to slow down: <detail>``."""
        unit = "file" if self.status == "manual" else "page"
        read = f"read {self.read} {unit}{'s' if self.read != 1 else ''}"
        if self.status == "found":
            words = [f"found {self.found}"] if self.found else ["found"]
        elif self.status == "read":
            words = []
        else:
            words = [STATUS_WORDS[self.status]] + ([f"{self.found} found"] if self.found else [])
        if self.read or self.status == "read":
            words.append(read)
        text = ", ".join(words)
        return f"{text}: {self.detail}" if self.detail else text


class Coverage(_Model):
    sources: list[SourceOutcome] = Field(default_factory=list)
    hire_months_known: int = 0
    hire_first_known: PartialDate | None = None
    hire_evidence_count: int = 0
    you_evidence_count: int = 0
    notes: list[str] = Field(default_factory=list)
    reading: list[str] = Field(default_factory=list)
    """Documents runnerup could not read well, said plainly; every report shows these first."""
    you_unread: bool = False
    hire_unread: bool = False
    """That side's document was not read (see ``reading``): its gaps are unknown, not thin."""


class Action(_Model):
    kind: Literal["close_gap", "wording", "highlight"]
    text: str
    requirement_ids: list[str] = Field(default_factory=list)
    flips: int = 0


class IdentityDecision(_Model):
    chosen: Candidate | None = None
    others: list[Candidate] = Field(default_factory=list)
    decided_by: Literal["auto", "pick", "prompt", "files"] = "files"
    note: str = ""


class SourceRef(_Model):
    """One place runnerup read, for the report's list of sources."""

    source: str
    url: str | None = None
    file: str | None = None
    fetched_at: datetime | None = None
    method: Method = Method.TEXT
    rule: str = Field(default="", exclude_if=lambda value: not value)
    """What let runnerup read it: ``robots.txt``, or ``api-terms <terms URL>`` for a
    documented API read under its own terms; left out for the user's own files (and
    reports made before runnerup recorded it)."""


class Comparison(_Model):
    """The whole result: the JSON report is this model."""

    schema_version: str = SCHEMA_VERSION
    subject: Subject
    role: Role
    you: Career | None = None
    hire: Career
    identity: IdentityDecision = Field(default_factory=IdentityDecision)
    requirements: list[RequirementRow] = Field(default_factory=list)
    questions: Questions
    coverage: Coverage = Field(default_factory=Coverage)
    actions: list[Action] = Field(default_factory=list)
    feedback_request: str = ""
    sources: list[SourceRef] = Field(default_factory=list)
    as_of: PartialDate | None = None
    """The date both sides' experience is measured at (hire date, else posting date, else
    the day the comparison ran)."""
    as_of_basis: Literal["given", "hire date", "posting date", "today", ""] = ""
    """Where :attr:`as_of` came from."""
    new_role: int | None = Field(default=None, ge=0)
    """The job the hire got, as an index into ``hire.experiences``: decided once by the
    comparison (an experience at the hiring employer starting near :attr:`as_of`), left out
    of both sides' figures and drawn apart by every report. ``None`` when the hire's record
    shows no such job, and in reports made before runnerup recorded it (they draw no job
    apart)."""

    @model_validator(mode="after")
    def _new_role_is_a_hire_job(self) -> Comparison:
        if self.new_role is not None and self.new_role >= len(self.hire.experiences):
            raise ValueError(
                f"new_role {self.new_role} names no job: the hire has "
                f"{len(self.hire.experiences)} experience(s)"
            )
        return self

    def new_role_experience(self) -> Experience | None:
        """The job the hire got (see :attr:`new_role`), or None."""
        jobs, index = self.hire.experiences, self.new_role
        return jobs[index] if index is not None and index < len(jobs) else None


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the report (:class:`Comparison`)."""
    schema = Comparison.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"runnerup report, schema {SCHEMA_VERSION}"
    return schema


__all__ = [
    "SCHEMA_VERSION",
    "Action",
    "Answer",
    "Candidate",
    "Career",
    "CareerEntry",
    "Certification",
    "Comparison",
    "Coverage",
    "DegreeLevel",
    "Education",
    "Evidence",
    "Experience",
    "IdentityDecision",
    "Language",
    "Lead",
    "Method",
    "PartVerdict",
    "PartialDate",
    "Point",
    "Questions",
    "Reading",
    "Requirement",
    "RequirementKind",
    "RequirementRow",
    "Role",
    "SalaryRange",
    "ScorePart",
    "SideVerdict",
    "Skill",
    "SourceOutcome",
    "SourceRef",
    "Subject",
    "Verdict",
    "Work",
    "json_schema",
]
