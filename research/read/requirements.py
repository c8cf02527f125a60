"""Turn a posting's text into :class:`~research.model.Requirement` rows: pure, no I/O.

:func:`extract_requirements` finds the requirement items (bullets under "Requirements",
"Nice to have", ... and cue sentences; see :mod:`research.read.posting_sections`) and
classifies each one, first rule that applies:

1. **education**: a degree level ("BSc", "Master's", "PhD", "high school") or a degree
   phrase; ``degree_level`` and ``field`` ("Computer Science") are filled; "a degree in X"
   with no level named is a bachelor's. A level named in an "Experience teaching A level
   ..." bullet is not a degree. A stated number of years in the same statement adds an
   experience requirement (with the skills named after the years).
2. **certification**: a known certification ("PMP") or the word certified/certification.
3. **language**: a human language ("fluent German", "English C1"); ``field`` holds the
   level asked for ("fluent", "C1").
4. **experience**: a number of years ("5+ years of Python", "at least three years",
   "3-5 years" (the minimum, 3), "five or more years", "18 months"); ``skill`` is the first
   skill named. Further skills joined by "and" become their own skill requirements.
5. **skill**: skills named by the taxonomy. Skills joined by "or" or "/" (or introduced by
   "e.g.", "such as", "one of") are ONE requirement: ``skill`` is the first,
   ``alternatives`` the others ("Python, Go or Rust"). Skills joined by "and" or commas are
   one requirement each, every one keeping the bullet's text. A list followed by "or ..."
   ("Python, Go or similar") is alternatives too; a list in parentheses after a skill
   ("automated testing (Jest, Playwright or Cypress)") is its own group. A top-level skill
   named beside a kind of it ("programming skills in Python") is not a requirement of its
   own; a skill that is itself a kind of something stays ("JavaScript ... libraries like
   jQuery" keeps JavaScript). In a technical posting, names that are also English words
   ("Go", "Rust") count. "Experience in the retail sector" (a sector, industry or domain)
   is an experience requirement.
6. **experience** without years for "Experience ..."/"Track record ..." bullets naming no
   skill, else **other**.

Duplicates (same kind and id, or same text) are dropped, keeping the first. Ids are "r1",
"r2", ... in order: required first, then preferred.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from research.model import Evidence, Requirement, RequirementKind
from research.privacy import scrub
from research.read.posting_measures import (
    DEGREE_PHRASE,
    DEGREE_WORD,
    RANGE_YEARS,
    YEARS,
    degree_field,
    generic_degree_level,
    level_of_category,
    parse_years,
)
from research.read.posting_sections import Item, requirement_items
from research.skills import (
    broader_chain,
    find_certifications,
    find_languages,
    find_skills,
    lowest_degree_level,
)
from research.skills.vocabulary import is_technical


class _Match(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_CERT_WORDS = re.compile(r"\b(?:certified|certification|certificate|accreditation)\b", re.I)
_LANGUAGE_CUE = re.compile(
    r"\b(?:fluent|fluency|native|bilingual|speak|speaking|spoken|written|verbal|language|"
    r"proficien\w*|business[- ]level|conversational|working knowledge|level|[ABC][12])\b",
    re.IGNORECASE,
)
_LANGUAGE_LEVEL = re.compile(
    r"\b(?P<level>[ABC][12]|native|fluent|fluency|bilingual|business[- ]level|professional|"
    r"conversational|working|proficient|proficiency|advanced|intermediate|basic)\b",
    re.IGNORECASE,
)
_EXPERIENCE_START = re.compile(
    r"^(?:proven\s+|demonstrated\s+|solid\s+|strong\s+|extensive\s+|significant\s+|"
    r"hands-on\s+|prior\s+|previous\s+|relevant\s+|deep\s+)*"
    r"(?:experience|track record|history|background|years)\b",
    re.IGNORECASE,
)
# A school level as what is taught, not a qualification held ("Able to teach A-level
# Further Maths", "2+ years teaching GCSE Computer Science")
_TAUGHT = re.compile(
    r"\b(?:teach|teaching|taught|tutor|tutoring|lecture|lecturing|deliver|delivering)\s+"
    r"(?:\S+\s+){0,2}?(?:A[- ]?levels?|AS[- ]levels?|GCSEs?|IGCSE|KS[1-5]|key stage|IB|AP)\b",
    re.IGNORECASE,
)
_LIST_SEPARATOR = re.compile(
    r"[\s,/&|()]*(?:\b(?:and|or|and/or|nor|plus)\b[\s,/&()]*)?(?:\b(?:either|also)\b\s*)?",
    re.IGNORECASE,
)
_ALTERNATIVES_INTRO = re.compile(
    r"\b(?:e\.?\s?g\.?|such as|like|for example|for instance|one of|any of|either|"
    r"at least one)\W*$",
    re.IGNORECASE,
)
_OR = re.compile(r"\bor\b|/", re.IGNORECASE)
_CUE_WORDS = re.compile(
    r"\b(?:is|are|would be)\s+(?:a\s+)?(?:plus|bonus|an advantage|desirable|preferred|"
    r"required|essential)\b|\b(?:preferred|required|desirable|essential|nice to have)\b",
    re.IGNORECASE,
)
_SECTOR_EXPERIENCE = re.compile(
    r"^(?:\w+\s+){0,2}(?:experience|background)\s+(?:in|within|selling to|working in|"
    r"working with|on)\b.*\b(?:sectors?|industry|industries|companies|domains?|"
    r"environments?|settings?|organi[sz]ations?|businesses|markets?|travel)\b",
    re.IGNORECASE,
)
_TRAILING_OR = re.compile(r"\s*,?\s*(?:or|and/or)\b", re.IGNORECASE)
_AND = re.compile(r"\band\b(?!/)|&", re.IGNORECASE)


def _match_groups(text: str, matches: Sequence[_Match]) -> list[list[_Match]]:
    """Matches grouped into alternatives, in order (see the module docstring)."""
    ordered = sorted(matches, key=lambda m: (m.start, -m.end))
    runs: list[tuple[list[_Match], list[str]]] = []
    for match in ordered:
        if runs and match.start < runs[-1][0][-1].end:
            continue  # overlapping match
        if runs:
            separator = text[runs[-1][0][-1].end : match.start]
            opens_aside = "(" in separator and not _OR.search(separator)
            if _LIST_SEPARATOR.fullmatch(separator) and not opens_aside:
                runs[-1][0].append(match)
                runs[-1][1].append(separator)
                continue
        runs.append(([match], []))
    groups: list[list[_Match]] = []
    for run, separators in runs:
        intro = _ALTERNATIVES_INTRO.search(text[max(0, run[0].start - 25) : run[0].start])
        if not intro and separators and not any(_AND.search(s) for s in separators):
            # "Python, Go or similar", "security operations, incident response or ..."
            intro = _TRAILING_OR.match(text[run[-1].end :])
        if not any(_OR.search(s) for s in separators) and not intro:
            groups.extend([m] for m in run)
            continue
        current = [run[0]]
        for match, separator in zip(run[1:], separators, strict=True):
            if _AND.search(separator) and not _OR.search(separator) and not intro:
                groups.append(current)
                current = [match]
            else:
                current.append(match)
        groups.append(current)
    # an id named twice ("time-series databases such as InfluxDB") stays in its largest group
    home: dict[str, int] = {}
    for index, group in enumerate(groups):
        for match in group:
            if match.id not in home or len(group) > len(groups[home[match.id]]):
                home[match.id] = index
    unique: list[list[_Match]] = []
    for index, group in enumerate(groups):
        kept: list[_Match] = []
        for match in group:
            if home.get(match.id) == index and all(k.id != match.id for k in kept):
                kept.append(match)
        if kept:
            unique.append(kept)
    return unique


def _groups(text: str, matches: Sequence[_Match]) -> list[list[str]]:
    """Ids grouped into alternatives: ``[["python", "go", "rust"], ["kubernetes"]]``."""
    return [[m.id for m in group] for group in _match_groups(text, matches)]


def _broader_than_another(skill_id: str, matches: Sequence[_Match]) -> bool:
    """Whether a top-level skill (one with nothing broader: "programming", "cloud
    computing") is named beside a kind of it ("programming skills in Python"): it is then not
    a requirement of its own. A skill that is itself a kind of something ("JavaScript ...
    libraries like jQuery", "AWS (ECS, RDS)") stays."""
    try:
        if len(broader_chain(skill_id)) > 1:
            return False
    except KeyError:
        return False
    for match in matches:
        if match.id == skill_id:
            continue
        try:
            if skill_id in broader_chain(match.id)[1:]:
                return True
        except KeyError:
            continue
    return False


def _outside(matches: Iterable[_Match], taken: Sequence[_Match]) -> list[_Match]:
    return [m for m in matches if not any(m.start < t.end and t.start < m.end for t in taken)]


def _language_level(text: str) -> str | None:
    match = _LANGUAGE_LEVEL.search(text)
    if not match:
        return None
    level = match.group("level")
    if re.fullmatch(r"[ABC][12]", level, re.IGNORECASE):
        return level.upper()
    level = level.lower()
    return {"fluency": "fluent", "proficiency": "proficient"}.get(level, level)


def _language_groups(
    text: str, languages: Sequence[_Match]
) -> list[tuple[list[_Match], str | None]]:
    """Language groups, each with the level said next to it: "Fluent German and English
    (C1)" gives German "fluent" and English "C1"."""
    groups = _match_groups(text, languages)
    found: list[tuple[list[_Match], str | None]] = []
    for index, group in enumerate(groups):
        previous_end = groups[index - 1][-1].end if index else 0
        next_start = groups[index + 1][0].start if index + 1 < len(groups) else len(text)
        after = _language_level(text[group[-1].end : next_start])
        before = _language_level(text[previous_end : group[0].start])
        found.append((group, after or before or _language_level(text)))
    return found


_CONTEXT = "programming: "
_CONTEXT_END = " | programming"


def skills_in(text: str, *, technical: bool = False) -> list[_Match]:
    """Skills named in the text. In a technical posting a bullet such as "Rust" or "4+
    years of Go" is read with a technical context, so the skills matcher accepts names
    that are also English words; hits are only ever inside the text itself."""
    if not technical:
        return list(find_skills(text))
    framed = f"{_CONTEXT}{text}{_CONTEXT_END}"
    offset = len(_CONTEXT)
    return [
        _Shifted(m.id, m.start - offset, m.end - offset)
        for m in find_skills(framed)
        if m.start >= offset and m.end <= offset + len(text)
    ]


@dataclass(frozen=True)
class _Shifted:
    id: str
    start: int
    end: int


def is_technical_posting(texts: Iterable[str]) -> bool:
    """Whether the requirements name a technical skill (so that "Go" is the language)."""
    return any(is_technical(m.id) for t in texts for m in find_skills(t))


def requirements_of(item: Item, *, technical: bool = False) -> list[Requirement]:
    """The requirement(s) one bullet or sentence states (ids not yet set); ``technical``
    when the posting names technical skills elsewhere (see :func:`skills_in`)."""
    text = scrub(item.text, "posting").strip()
    if not text:
        return []
    required = item.required

    def make(kind: RequirementKind, **values: object) -> Requirement:
        return Requirement.model_validate(
            {"text": text, "kind": kind, "required": required, **values}
        )

    years = parse_years(text)
    level = lowest_degree_level(text)
    phrase = DEGREE_PHRASE.search(text)
    if level is not None and not phrase and (_EXPERIENCE_START.match(text) or _TAUGHT.search(text)):
        level = None  # "Experience teaching A level Mathematics" asks for no degree
    elif level is None and DEGREE_WORD.search(text):
        level = generic_degree_level(text)
    if level is not None or phrase:
        found = [make(RequirementKind.EDUCATION, degree_level=level, field=degree_field(text))]
        if years is not None and re.search(r"\bexperience\b", text, re.IGNORECASE):
            found.append(_experience_beside_degree(text, make, technical=technical))
        return found
    certifications = list(find_certifications(text))
    if certifications or _CERT_WORDS.search(text):
        groups = _groups(text, certifications)
        if not groups:
            return [make(RequirementKind.CERTIFICATION)]
        found = [
            make(RequirementKind.CERTIFICATION, skill=g[0], alternatives=g[1:]) for g in groups
        ]
        # "Experience with Scrum; a Scrum Master certification": the skill counts too
        others = _outside(skills_in(text, technical=technical), certifications)
        found.extend(
            make(RequirementKind.SKILL, skill=g[0], alternatives=g[1:])
            for g in _groups(text, others)
            if not _broader_than_another(g[0], others)
        )
        return found
    languages = list(find_languages(text))
    if languages and (_LANGUAGE_CUE.search(text) or len(_CUE_WORDS.sub(" ", text).split()) <= 3):
        return [
            make(
                RequirementKind.LANGUAGE,
                skill=group[0].id,
                alternatives=[m.id for m in group[1:]],
                field=level,
            )
            for group, level in _language_groups(text, languages)
        ]
    skills = _outside(skills_in(text, technical=technical), [*certifications, *languages])
    groups = _groups(text, skills)
    narrow = [g for g in groups if not _broader_than_another(g[0], skills)]
    if years is not None:
        first = groups[0] if groups else []
        found = [
            make(
                RequirementKind.EXPERIENCE,
                years=years,
                skill=first[0] if first else None,
                alternatives=first[1:],
            )
        ]
        found.extend(
            make(RequirementKind.SKILL, skill=g[0], alternatives=g[1:])
            for g in groups[1:]
            if g in narrow and is_technical(g[0])
        )
        return found
    if narrow and _SECTOR_EXPERIENCE.search(text):
        # "Experience in the retail or construction sector": time in a field, not a skill
        first = narrow[0]
        return [make(RequirementKind.EXPERIENCE, skill=first[0], alternatives=first[1:])]
    if narrow:
        return [make(RequirementKind.SKILL, skill=g[0], alternatives=g[1:]) for g in narrow]
    if _EXPERIENCE_START.match(text):
        return [make(RequirementKind.EXPERIENCE)]
    return [make(RequirementKind.OTHER)]


def _experience_beside_degree(
    text: str, make: Callable[..., Requirement], *, technical: bool
) -> Requirement:
    """The experience a degree statement also asks for ("a Master's in statistics, and 5+
    years applying machine learning or econometrics"): the years, and the skills named
    after them."""
    years_at = RANGE_YEARS.search(text) or YEARS.search(text)
    after = text[years_at.end() :] if years_at else ""
    groups = _groups(after, skills_in(after, technical=technical)) if after else []
    first = groups[0] if groups else []
    return make(
        RequirementKind.EXPERIENCE,
        years=parse_years(text),
        skill=first[0] if first else None,
        alternatives=first[1:],
    )


def _key(requirement: Requirement) -> tuple[str, ...]:
    kind = requirement.kind.value
    if requirement.kind is RequirementKind.EXPERIENCE and requirement.skill:
        return (kind, requirement.skill, str(requirement.years))
    if requirement.kind is RequirementKind.EDUCATION and requirement.degree_level:
        return (kind, requirement.degree_level.value)
    if requirement.skill:
        return (kind, requirement.skill)
    return (kind, re.sub(r"\W+", " ", requirement.text.lower()).strip())


def merge_requirements(*lists: Iterable[Requirement]) -> list[Requirement]:
    """The lists joined without duplicates (the first kept), renumbered "r1", "r2", ...:
    required first, then preferred, each in order of appearance. A skill already covered
    by an experience requirement of the same skill is not repeated."""
    kept: list[Requirement] = []
    seen: set[tuple[str, ...]] = set()
    experience_skills: set[str] = set()
    for requirement in (r for group in lists for r in group):
        key = _key(requirement)
        if key in seen:
            continue
        if requirement.kind is RequirementKind.SKILL and requirement.skill in experience_skills:
            continue
        seen.add(key)
        if requirement.kind is RequirementKind.EXPERIENCE and requirement.skill:
            experience_skills.add(requirement.skill)
        kept.append(requirement)
    ordered = [r for r in kept if r.required] + [r for r in kept if not r.required]
    return [r.model_copy(update={"id": f"r{i}"}) for i, r in enumerate(ordered, 1)]


def requirements_from_items(
    items: Iterable[Item], *, technical: bool | None = None
) -> list[Requirement]:
    """Classified requirements of the items, in order, not yet numbered. ``technical``
    is decided from the items themselves unless given."""
    listed = list(items)
    if technical is None:
        technical = is_technical_posting(i.text for i in listed)
    return [r for item in listed for r in requirements_of(item, technical=technical)]


def extract_requirements(text: str, *, evidence: Evidence) -> list[Requirement]:
    """The requirements a posting's text states, numbered "r1", "r2", ... (required first).

    ``evidence`` says where the text came from; requirements keep their own text, and the
    :class:`~research.model.Role` that holds them carries the evidence.
    """
    del evidence  # the Role carries it; kept in the signature for callers and future use
    return merge_requirements(requirements_from_items(requirement_items(text)))


__all__ = [
    "degree_field",
    "extract_requirements",
    "level_of_category",
    "merge_requirements",
    "parse_years",
    "requirements_from_items",
    "requirements_of",
]
