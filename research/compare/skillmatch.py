"""The one place compare talks to the skills taxonomy (:mod:`research.skills`).

Everything else in :mod:`research.compare` asks this module: which skills a text mentions,
what a name's skill id is, and how two skill ids relate. When the taxonomy cannot be
imported, a plain fallback keeps compare working: whole-word, case-insensitive matches of
the wanted ids' names, no relations. Pure functions; results are cached per text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from research.model import DegreeLevel

Relation = Literal["same", "narrower", "related"]


@dataclass(frozen=True, slots=True)
class Found:
    """A skill mentioned in a text: its id and the words used."""

    id: str
    text: str
    start: int
    end: int


def _taxonomy() -> Any | None:
    """The skills package when it imports and its data loads, else None."""
    try:
        from research import skills

        skills.find_skills("Python")
    except Exception:  # pragma: no cover - depends on the install
        return None
    needed = ("find_skills", "lookup_skill", "related", "skill")
    return skills if all(hasattr(skills, name) for name in needed) else None


_SKILLS = _taxonomy()


def _lookup_named(kind: str, name: str) -> str | None:
    lookup = getattr(_SKILLS, f"lookup_{kind}", None) if _SKILLS is not None else None
    entry = lookup(name) if lookup is not None else None
    return str(entry.id) if entry is not None else None


@lru_cache(maxsize=1024)
def entry_name(kind: str, name: str) -> str:
    """The taxonomy's name of a certification or language (``kind``), else ``name``."""
    lookup = getattr(_SKILLS, f"lookup_{kind}", None) if _SKILLS is not None else None
    entry = lookup(name) if lookup is not None else None
    return str(entry.name) if entry is not None else name


@lru_cache(maxsize=1024)
def certification_id_of(name: str) -> str:
    """The taxonomy id of a certification name, else the name's slug."""
    return _lookup_named("certification", name) or slug(name)


@lru_cache(maxsize=1024)
def language_id_of(name: str) -> str:
    """The taxonomy id of a human language's name, else the name's slug."""
    return _lookup_named("language", name) or slug(name)


def slug(name: str) -> str:
    """A fallback id for a name the taxonomy does not know: lower case, single spaces."""
    return re.sub(r"\s+", " ", name.strip().casefold())


@lru_cache(maxsize=4096)
def skill_id_of(name: str) -> str:
    """The taxonomy id of a skill name (or alias), else the name's slug."""
    if _SKILLS is not None:
        entry = _SKILLS.lookup_skill(name)
        if entry is not None:
            return str(entry.id)
        found = _SKILLS.find_skills(name)
        if len(found) == 1 and found[0].end - found[0].start >= len(name.strip()) * 0.6:
            return str(found[0].id)
    return slug(name)


@lru_cache(maxsize=4096)
def skill_name(skill_id: str) -> str:
    """The display name of a skill id."""
    if _SKILLS is not None:
        try:
            entry = _SKILLS.skill(skill_id)
        except (KeyError, LookupError):
            entry = None
        if entry is not None:
            return str(entry.name)
    return skill_id


def display_name(skill_id: str, fallback: str) -> str:
    """The taxonomy's name for a skill id, else ``fallback`` (the words used)."""
    name = skill_name(skill_id)
    return name if name != skill_id else fallback


@lru_cache(maxsize=4096)
def _names_of(skill_id: str) -> tuple[str, ...]:
    names = {skill_id.casefold(), skill_name(skill_id).casefold()}
    if _SKILLS is not None:
        try:
            entry = _SKILLS.skill(skill_id)
        except (KeyError, LookupError):
            entry = None
        if entry is not None:
            names.update(str(a).casefold() for a in getattr(entry, "aliases", ()) or ())
    return tuple(sorted(n for n in names if n))


@lru_cache(maxsize=8192)
def _found_in(text: str) -> tuple[Found, ...]:
    if _SKILLS is None or not text:
        return ()
    return tuple(
        Found(id=str(m.id), text=str(m.text), start=int(m.start), end=int(m.end))
        for m in _SKILLS.find_skills(text)
    )


def _word_matches(text: str, skill_id: str) -> list[Found]:
    found: list[Found] = []
    for name in _names_of(skill_id):
        pattern = rf"(?<![\w.+#-]){re.escape(name)}(?![\w+#]|-\w)"
        for match in re.finditer(pattern, text, re.IGNORECASE):
            found.append(Found(skill_id, match.group(0), match.start(), match.end()))
    return found


def find_in(text: str, wanted: Iterable[str] = ()) -> list[Found]:
    """Skills the text mentions: every taxonomy match, plus whole-word matches of the
    ``wanted`` ids' names (so ids the taxonomy lacks are still found); an abbreviation
    inside another skill's name ("GL" in "Mapbox GL JS") is not one. Sorted by offset."""
    found = {(f.id, f.start): f for f in _found_in(text)}
    spans = [(f.start, f.end, f.id) for f in found.values()]
    for skill_id in wanted:
        for f in _word_matches(text, skill_id):
            abbreviation = len(f.text) <= 4 and f.text.isupper()
            if abbreviation and any(s <= f.start and f.end <= e and i != f.id for s, e, i in spans):
                continue  # "GL" inside "Mapbox GL JS" is part of another skill's name
            found.setdefault((f.id, f.start), f)
    return sorted(found.values(), key=lambda f: (f.start, f.id))


def _broader_chain(skill_id: str) -> set[str]:
    seen: set[str] = set()
    todo = [skill_id]
    while todo and _SKILLS is not None:
        current = todo.pop()
        try:
            entry = _SKILLS.skill(current)
        except (KeyError, LookupError):
            entry = None
        broader = getattr(entry, "broader", None) if entry is not None else None
        if broader is None:
            continue
        parents: Sequence[Any] = [broader] if isinstance(broader, str) else list(broader)
        for parent in parents:
            parent_id = str(getattr(parent, "id", parent))
            if parent_id not in seen:
                seen.add(parent_id)
                todo.append(parent_id)
    return seen


@lru_cache(maxsize=8192)
def relation(wanted: str, have: str) -> Relation | None:
    """How a skill someone has (``have``) stands to the one asked for (``wanted``):
    the same, narrower (a kind of it: met), related (broader or a sibling: partial)."""
    if wanted == have:
        return "same"
    if _SKILLS is None:
        return None
    if wanted in _broader_chain(have):
        return "narrower"
    try:
        return "related" if _SKILLS.related(wanted, have) else None
    except (KeyError, LookupError):
        return None


_LEVEL_WORDS: tuple[tuple[str, DegreeLevel], ...] = (
    (r"ph\.?\s?d|doctor|doctorate|dphil", DegreeLevel.DOCTORATE),
    (r"master|m\.?sc|m\.?s\.|mba|m\.?eng|m\.?a\.", DegreeLevel.MASTER),
    (r"bachelor|b\.?sc|b\.?s\.|b\.?a\.|b\.?eng|undergraduate", DegreeLevel.BACHELOR),
    (r"associate", DegreeLevel.ASSOCIATE),
    (r"high school|secondary|a-levels|abitur|diploma", DegreeLevel.SECONDARY),
)


@lru_cache(maxsize=1024)
def degree_level_of(text: str) -> DegreeLevel | None:
    """The degree level a text names, from the taxonomy when it has a reader for it."""
    if not text:
        return None
    if _SKILLS is not None and hasattr(_SKILLS, "degree_level"):
        level = _SKILLS.degree_level(text)
        if level is not None:
            return DegreeLevel(str(getattr(level, "value", level)))
    lowered = text.casefold()
    for pattern, level in _LEVEL_WORDS:
        if re.search(rf"(?<!\w)(?:{pattern})", lowered):
            return level
    return None


BROAD_CHILDREN = 5
"""A top-level skill with at least this many narrower skills is broad ("Programming")."""


@lru_cache(maxsize=1)
def _broad() -> frozenset[str]:
    table = getattr(_SKILLS, "skills", None) if _SKILLS is not None else None
    if table is None:
        return frozenset()
    counts: dict[str, int] = {}
    for entry in table().values():
        parent = getattr(entry, "broader", None)
        if isinstance(parent, str):
            counts[parent] = counts.get(parent, 0) + 1
    roots = {k for k, e in table().items() if getattr(e, "broader", None) is None}
    return frozenset(k for k, n in counts.items() if n >= BROAD_CHILDREN and k in roots)


def is_broad(skill_id: str) -> bool:
    """True for umbrella skills (many narrower ones): too general to make a job relevant."""
    return skill_id in _broad()


def is_technical(skill_id: str) -> bool:
    """The skill belongs to a technical category (a programming language, a database...);
    soft skills and trades are not."""
    check = getattr(_SKILLS, "is_technical", None) if _SKILLS is not None else None
    return bool(check(skill_id)) if check is not None else True


def have_taxonomy() -> bool:
    return _SKILLS is not None


__all__ = [
    "Found",
    "certification_id_of",
    "degree_level_of",
    "display_name",
    "entry_name",
    "find_in",
    "have_taxonomy",
    "is_broad",
    "is_technical",
    "language_id_of",
    "relation",
    "skill_id_of",
    "skill_name",
    "slug",
]
