"""JSON-LD readers of a profile page (see :mod:`sources.webpage_parse`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bs4 import BeautifulSoup

from research.identity.names import same_name
from research.model import Career, Certification, Education, Experience, Language, Method, Skill
from research.privacy import scrub
from sources._html import (
    absolute,
    as_list,
    clean,
    first_text,
    fold,
    id_index,
    json_ld_nodes,
    partial_date,
    resolve,
    scrub_sentences,
    soup,
    types_of,
)
from sources.webpage_common import (
    _DEGREE_WORDS,
    SOURCE_ID,
    _edu_span,
    _Ev,
    _field,
    _level,
    _span,
    merge_careers,
)

_ROLE_TYPES = {"Role", "EmployeeRole", "OrganizationRole", "PerformanceRole"}
_ROLE_KEYS = {"roleName", "namedPosition", "startDate", "endDate"}


# -- JSON-LD ----------------------------------------------------------------------------------


_PAGE_PERSON_KEYS = ("mainEntity", "about")
_OWN = "@runnerup-own"
"""Marks (in a shallow copy) a person that is the page's own, not nested in another node."""
"""Properties of a ProfilePage (or any WebPage) that name the page's subject."""


def _nested(node: Any, depth: int = 0) -> list[dict[str, Any]]:
    """Every JSON-LD node inside ``node`` (itself excluded), depth first, document order."""
    out: list[dict[str, Any]] = []
    if depth > 12:
        return out
    values = node.values() if isinstance(node, dict) else node if isinstance(node, list) else []
    for value in values:
        for item in as_list(value):
            if isinstance(item, dict):
                out.append(item)
                out.extend(_nested(item, depth + 1))
            elif isinstance(item, list):
                out.extend(_nested(item, depth + 1))
    return out


def _person_nodes(doc: BeautifulSoup) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The page's Person nodes, most likely subject first: a page's ``mainEntity`` or
    ``about``, then top-level persons, then persons nested anywhere (a Course's
    instructor, an Article's author, an Organization's member). The index maps every
    ``@id`` on the page, nested ones included, to its fullest node."""
    nodes = list(json_ld_nodes(doc))
    every = nodes + [n for node in nodes for n in _nested(node)]
    index = id_index(every)
    for node in every:  # the fullest node for an @id wins
        key = node.get("@id")
        if isinstance(key, str) and len(node) > len(index.get(key, {})):
            index[key] = node
    main: list[dict[str, Any]] = []
    for node in nodes:
        if types_of(node) & {"ProfilePage", "AboutPage", "WebPage"}:
            for key in _PAGE_PERSON_KEYS:
                for entity in as_list(node.get(key)):
                    entity = resolve(entity, index)
                    if isinstance(entity, dict) and "Person" in types_of(entity):
                        main.append(entity)
    top = [n for n in nodes if "Person" in types_of(n)]
    nested = [resolve(n, index) for node in nodes for n in _nested(node)]
    nested = [n for n in nested if isinstance(n, dict) and "Person" in types_of(n)]
    ordered: list[tuple[dict[str, Any], bool]] = []
    for rank, group in enumerate((main, top, nested)):
        for person in group:
            if all(person is not p for p, _ in ordered):
                ordered.append((person, rank < 2))
    return [{**p, _OWN: own} for p, own in ordered], index


def pick_person(people: list[dict[str, Any]], name: str | None) -> dict[str, Any] | None:
    """The page's person: the one named ``name`` when given (None when nobody matches),
    else the ProfilePage's main entity or the first Person."""
    if not people:
        return None
    if name:
        for person in people:
            if same_name(_person_name(person), name):
                return person
        return None
    return people[0]


def _person_name(person: dict[str, Any]) -> str:
    name = first_text(person.get("name"))
    if not name:
        parts = [first_text(person.get(k)) for k in ("givenName", "additionalName", "familyName")]
        name = " ".join(p for p in parts if p)
    return name


def _org_name(value: Any, index: dict[str, dict[str, Any]]) -> str:
    value = resolve(value, index)
    if isinstance(value, dict):
        return first_text(value.get("name")) or first_text(value.get("legalName"))
    return first_text(value)


def _locality(person: dict[str, Any], index: dict[str, dict[str, Any]]) -> str | None:
    for key in ("address", "homeLocation", "workLocation"):
        for value in as_list(person.get(key)):
            value = resolve(value, index)
            if isinstance(value, dict) and "address" in value and key != "address":
                value = resolve(value.get("address"), index)
            if isinstance(value, dict):
                locality = clean(value.get("addressLocality"))
                if locality:
                    return scrub(locality) or None
    return None


def _is_role(value: Any, inner: str) -> bool:
    """A schema.org Role wrapping the real value under ``inner`` (``worksFor``,
    ``alumniOf``): typed as a Role, or untyped with the inner value and role properties."""
    if not isinstance(value, dict):
        return False
    if types_of(value) & _ROLE_TYPES:
        return True
    return inner in value and bool(_ROLE_KEYS & set(value)) and not value.get("name")


def _titles(value: Any) -> list[str]:
    out = []
    for item in as_list(value):
        text = first_text(item)
        if text:
            out.append(scrub(text))
    return out


def career_from_json_ld(
    html: str | BeautifulSoup,
    url: str,
    fetched_at: datetime | None = None,
    *,
    name: str | None = None,
    source: str = SOURCE_ID,
) -> Career:
    """The JSON-LD Person of a page (see the module docstring) as a Career."""
    doc = soup(html) if isinstance(html, str) else html
    people, index = _person_nodes(doc)
    person = pick_person(people, name)
    if person is None:
        return Career()
    ev = _Ev(url, fetched_at, source)
    # the same person described again in another block of the page adds to the first
    who = _person_name(person)
    same = [p for p in people if p is not person and who and same_name(_person_name(p), who)]
    careers = [_person_career(p, index, ev) for p in [person, *same]]
    return merge_careers(*careers) if len(careers) > 1 else careers[0]


def _person_career(person: dict[str, Any], index: dict[str, dict[str, Any]], ev: _Ev) -> Career:
    """One JSON-LD Person node as a Career."""
    career = Career()
    method = Method.JSON_LD
    career.name = _person_name(person) or None
    titles = _titles(person.get("jobTitle"))
    career.headline = titles[0] if titles else None
    career.summary = scrub_sentences(first_text(person.get("description")))
    career.location = _locality(person, index)

    title_pool = list(titles)
    for value in as_list(person.get("worksFor")):
        value = resolve(value, index)
        if _is_role(value, "worksFor"):
            employer = _org_name(value.get("worksFor") or value.get("memberOf"), index)
            title = scrub(
                first_text(value.get("roleName"))
                or first_text(value.get("namedPosition"))
                or first_text(value.get("jobTitle"))
            )
            start, end = partial_date(value.get("startDate")), partial_date(value.get("endDate"))
        else:
            employer = _org_name(value, index)
            title = title_pool.pop(0) if title_pool else ""
            start = end = None
        employer = scrub(employer)
        if not (employer or title):
            continue
        text = f"{title or 'works'} at {employer}{_span(start, end)}"
        career.experiences.append(
            Experience(
                title=title, employer=employer, start=start, end=end, evidence=[ev(method, text)]
            )
        )
    for value in as_list(person.get("hasOccupation")):
        value = resolve(value, index)
        if not isinstance(value, dict):
            text = first_text(value)
            if text and not career.headline:
                career.headline = scrub(text)
            continue
        occupation = (
            resolve(value.get("hasOccupation"), index) if "hasOccupation" in value else value
        )
        title = scrub(first_text(value.get("roleName")) or first_text(occupation))
        employer = scrub(
            _org_name(
                value.get("worksFor") or value.get("employer") or value.get("hiringOrganization"),
                index,
            )
        )
        start, end = partial_date(value.get("startDate")), partial_date(value.get("endDate"))
        if not career.headline and title and end is None:
            career.headline = title
        dated = start is not None or end is not None
        if title and (employer or dated):  # a Role with dates is a job, employer or not
            career.experiences.append(
                Experience(
                    title=title,
                    employer=employer,
                    start=start,
                    end=end,
                    evidence=[
                        ev(
                            method,
                            f"{title}{f' at {employer}' if employer else ''}" + _span(start, end),
                        )
                    ],
                )
            )
    for value in as_list(person.get("alumniOf")):
        value = resolve(value, index)
        degree = ""
        start = end = None
        if _is_role(value, "alumniOf"):
            degree = scrub(first_text(value.get("roleName")))
            start, end = partial_date(value.get("startDate")), partial_date(value.get("endDate"))
            value = value.get("alumniOf") or value.get("memberOf")
        institution = scrub(_org_name(value, index))
        if not institution:
            continue
        text = ", ".join(p for p in (degree, institution) if p) + _edu_span(start, end)
        career.education.append(
            Education(
                institution=institution,
                degree=degree,
                level=_level(degree),
                field=_field(degree),
                start=start,
                end=end,
                evidence=[ev(method, text)],
            )
        )
    for value in as_list(person.get("hasCredential")):
        value = resolve(value, index)
        if not isinstance(value, dict):
            continue
        title = scrub(first_text(value.get("name")))
        category = first_text(value.get("credentialCategory"))
        issuer = scrub(_org_name(value.get("recognizedBy"), index))
        when = partial_date(value.get("dateCreated") or value.get("validFrom"))
        if not title:
            continue
        if "degree" in category.lower() or _DEGREE_WORDS.search(title):
            text = ", ".join(p for p in (title, issuer) if p)
            match = next(
                (e for e in career.education if issuer and fold(e.institution) == fold(issuer)),
                None,
            )
            if match is not None and not match.degree:
                match.degree, match.level, match.field = title, _level(title), _field(title)
                match.end = match.end or when
                match.evidence.append(ev(method, text))
            elif match is None:
                career.education.append(
                    Education(
                        institution=issuer,
                        degree=title,
                        level=_level(title),
                        field=_field(title),
                        end=when,
                        evidence=[ev(method, text)],
                    )
                )
        else:
            text = title + (f" ({issuer})" if issuer else "")
            career.certifications.append(
                Certification(
                    name=title, issuer=issuer or None, date=when, evidence=[ev(method, text)]
                )
            )
    for value in as_list(person.get("knowsAbout")):
        skill = scrub(first_text(resolve(value, index)))
        if skill and len(skill) <= 60:
            career.skills.append(Skill(name=skill, evidence=[ev(method, f"knowsAbout: {skill}")]))
    for value in as_list(person.get("knowsLanguage")):
        language = scrub(first_text(resolve(value, index)))
        if language:
            career.languages.append(
                Language(name=language, evidence=[ev(method, f"knowsLanguage: {language}")])
            )
    return career


def person_links(doc: BeautifulSoup, base_url: str) -> list[str]:
    """``sameAs`` and ``url`` of the page's own JSON-LD persons (a page's main entity and
    top-level persons; a person nested in another node, such as an article's author,
    only when the page has no other person, and then only the first)."""
    people, _ = _person_nodes(doc)
    own = [p for p in people if p.get(_OWN)]
    people = own or people[:1]
    out: list[str] = []
    for person in people:
        for key in ("sameAs", "url"):
            for value in as_list(person.get(key)):
                link = absolute(value if isinstance(value, str) else None, base_url)
                if link:
                    out.append(link)
    return out
