"""Pure parsing for the ``webpage`` source: one HTML page -> :class:`Career`, links, leads.

:func:`parse_profile_page` reads, in order of trust, and merges (the first reader's entry
wins; later readers fill its gaps and add their evidence):

1. JSON-LD ``Person`` (also ``ProfilePage.mainEntity`` and ``@graph`` members): ``name``,
   ``jobTitle``, ``worksFor`` (an Organization, or an ``EmployeeRole`` with dates),
   ``alumniOf`` (an EducationalOrganization or an ``OrganizationRole`` with dates),
   ``hasOccupation``, ``hasCredential`` (degrees -> education, others -> certifications),
   ``knowsAbout`` (skills), ``knowsLanguage``, ``address.addressLocality`` (never the
   street), ``description``;
2. microformats2 (mf2py): ``h-card`` (``p-name``, ``p-job-title``, ``p-org``,
   ``p-locality``; ``u-email``, ``p-tel``, ``p-street-address`` are never read) and
   ``h-resume`` (``p-experience``/``p-education`` as ``h-event`` or ``h-card`` with
   ``dt-start``/``dt-end``, ``p-skill``, ``p-summary``);
3. OpenGraph (``og:title``, ``og:description``, ``profile:first_name``/``last_name``): the
   name and headline only;
4. a text fallback (``research.read``: the resume reader over the visible page) that finds
   experience/education sections, used only when 1-2 found neither.

Every item carries :class:`Evidence` (the method and a short scrubbed quote). Free text
is passed through :func:`research.privacy.scrub`.

Links: :func:`page_links` (profile cross-links: ``sameAs``, ``rel=me``, code hosts, ORCID),
:func:`json_resume_links` and :func:`document_links` (CV/resume PDFs and DOCX), which the
source fetches and reads with ``research.read``.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

from research.identity.names import same_name
from research.model import (
    Career,
    Certification,
    DegreeLevel,
    Education,
    Evidence,
    Experience,
    Language,
    Lead,
    Method,
    PartialDate,
    Skill,
)
from research.privacy import scrub
from sources._html import (
    absolute,
    as_list,
    clean,
    first_text,
    fold,
    id_index,
    json_ld_nodes,
    meta_content,
    partial_date,
    quote,
    resolve,
    scrub_sentences,
    soup,
    types_of,
    visible_text,
)

SOURCE_ID = "webpage"
_ROLE_TYPES = {"Role", "EmployeeRole", "OrganizationRole", "PerformanceRole"}
_ROLE_KEYS = {"roleName", "namedPosition", "startDate", "endDate"}
_DEGREE_WORDS = re.compile(
    r"\b(?:degree|bachelor|master|doctor|ph\.?d|msc|m\.sc|bsc|b\.sc|mba|ma|ba|meng|beng|"
    r"diploma|licen[cs]e?iate)\b",
    re.IGNORECASE,
)
_CV_WORDS = re.compile(
    r"(?:\b|_)(?:resume|résumé|cv|curriculum|vitae|lebenslauf)(?:\b|_)", re.IGNORECASE
)
_DOCUMENT_EXT = re.compile(r"\.(?:pdf|docx)$", re.IGNORECASE)
_PROFILE_HOSTS = (
    ("github.com", re.compile(r"^/[A-Za-z0-9-]{1,39}/?$")),
    ("gitlab.com", re.compile(r"^/[\w.-]+/?$")),
    ("codeberg.org", re.compile(r"^/[\w.-]+/?$")),
    ("bitbucket.org", re.compile(r"^/[\w.-]+/?$")),
    ("orcid.org", re.compile(r"^/\d{4}-\d{4}-\d{4}-\d{3}[\dX]/?$")),
    ("linkedin.com", re.compile(r"^/in/[^/]+/?$")),
    ("stackoverflow.com", re.compile(r"^/users/\d+")),
    ("twitter.com", re.compile(r"^/\w{1,15}/?$")),
    ("x.com", re.compile(r"^/\w{1,15}/?$")),
    ("bsky.app", re.compile(r"^/profile/[^/]+/?$")),
    ("huggingface.co", re.compile(r"^/[\w.-]+/?$")),
    ("scholar.google.com", re.compile(r"^/citations")),
    ("keybase.io", re.compile(r"^/\w+/?$")),
    ("medium.com", re.compile(r"^/@[\w.-]+/?$")),
    ("dev.to", re.compile(r"^/[\w-]+/?$")),
    ("gitee.com", re.compile(r"^/[\w-]+/?$")),
)
_SHELL_TEXT = 120
"""Below this many characters of visible text, a page with scripts is a JavaScript shell."""


# -- evidence ---------------------------------------------------------------------------------


class _Ev:
    """Makes evidence for one page and method."""

    def __init__(self, url: str, fetched_at: datetime | None, source: str) -> None:
        self.url, self.fetched_at, self.source = url, fetched_at, source

    def __call__(self, method: Method, text: str) -> Evidence:
        return Evidence(
            source=self.source,
            url=self.url,
            fetched_at=self.fetched_at,
            method=method,
            quote=quote(text),
        )


def _span(start: PartialDate | None, end: PartialDate | None) -> str:
    if start is None and end is None:
        return ""
    return f" ({start or '?'} – {end or 'present'})"


def _level(degree: str) -> DegreeLevel | None:
    try:
        from research.read.vocab import degree_level
    except ImportError:  # the reader is optional here
        return None
    try:
        return degree_level(degree) if degree else None
    except Exception:
        return None


def _field(degree: str) -> str | None:
    try:
        from research.read.entries import degree_field
    except ImportError:
        match = re.search(r"\b(?:in|of)\s+(.+)$", degree)
        return match.group(1).strip() if match else None
    try:
        return degree_field(degree) if degree else None
    except Exception:
        return None


def same_person_name(a: str, b: str) -> bool:
    """The same person's name, as :func:`research.identity.names.same_name` decides it
    (honorifics and degrees, "Family, Given" order, middle names, diacritics)."""
    return bool(a and b) and same_name(a, b)


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
            if same_person_name(_person_name(person), name):
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


def _edu_span(start: PartialDate | None, end: PartialDate | None) -> str:
    """The span of a study: an alumnus without an end date is not still studying."""
    if start is None and end is None:
        return ""
    if end is None:
        return f" (from {start})"
    return f" ({start or '?'} – {end})"


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
    same = [p for p in people if p is not person and who and same_person_name(_person_name(p), who)]
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


# -- microformats -----------------------------------------------------------------------------


def _mf_text(value: Any) -> str:
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        props = value.get("properties")
        if isinstance(props, dict) and props.get("name"):
            return _mf_text(props["name"][0])
        return clean(value.get("value"))
    return ""


def _prop(item: dict[str, Any], *names: str) -> str:
    props = item.get("properties") or {}
    for name in names:
        for value in props.get(name) or []:
            text = _mf_text(value)
            if text:
                return text
    return ""


def _prop_item_name(item: dict[str, Any], name: str) -> str:
    """The name of a nested microformat in property ``name`` (or the plain text)."""
    return _prop(item, name)


def _walk(items: list[Any]) -> list[dict[str, Any]]:
    """Every microformat item, nested children and property values included."""
    out: list[dict[str, Any]] = []
    for item in items:
        if not isinstance(item, dict) or "type" not in item:
            continue
        out.append(item)
        out.extend(_walk(item.get("children") or []))
        for values in (item.get("properties") or {}).values():
            out.extend(_walk([v for v in values if isinstance(v, dict)]))
    return out


def _mf_items(html: str, url: str) -> list[dict[str, Any]]:
    try:
        import mf2py
    except ImportError:  # pragma: no cover - a declared dependency
        return []
    try:
        parsed = mf2py.parse(doc=html, url=url)
    except Exception:
        return []
    items = parsed.get("items") if isinstance(parsed, dict) else None
    return items if isinstance(items, list) else []


def _experience_from_mf(item: Any, ev: _Ev) -> Experience | None:
    if isinstance(item, str):
        match = re.match(r"^(?P<title>.+?)\s+at\s+(?P<org>[^,(]+)", clean(item))
        if not match:
            return None
        title, employer = scrub(match.group("title")), scrub(match.group("org").strip())
        return Experience(
            title=title, employer=employer, evidence=[ev(Method.MICROFORMAT, clean(item))]
        )
    if not isinstance(item, dict):
        return None
    kinds = set(item.get("type") or [])
    if "h-card" in kinds:
        title = _prop(item, "job-title", "title", "role")
        employer = _prop(item, "org") or (_prop(item, "name") if title else "")
    else:  # h-event and anything else
        title = _prop(item, "job-title", "name")
        employer = _prop(item, "org") or _prop_item_name(item, "location")
    start, end = partial_date(_prop(item, "start")), partial_date(_prop(item, "end"))
    title, employer = scrub(title), scrub(employer)
    if not (title or employer):
        return None
    summary = scrub(_prop(item, "summary", "description"))
    text = f"{title} at {employer}{_span(start, end)}"
    return Experience(
        title=title,
        employer=employer,
        start=start,
        end=end,
        summary=summary,
        evidence=[ev(Method.MICROFORMAT, text)],
    )


def _education_from_mf(item: Any, ev: _Ev) -> Education | None:
    if isinstance(item, str):
        text = scrub(clean(item))
        if not text:
            return None
        match = re.match(r"^(?P<deg>.+?),\s*(?P<inst>[^,(]+)", text)
        degree, institution = (match.group("deg"), match.group("inst")) if match else ("", text)
        return Education(
            institution=institution.strip(),
            degree=degree,
            level=_level(degree),
            field=_field(degree),
            evidence=[ev(Method.MICROFORMAT, text)],
        )
    if not isinstance(item, dict):
        return None
    kinds = set(item.get("type") or [])
    if "h-card" in kinds:
        institution = _prop(item, "org") or _prop(item, "name")
        degree = _prop(item, "job-title", "title", "role", "degree")
    else:
        degree = _prop(item, "name")
        institution = _prop(item, "org") or _prop_item_name(item, "location")
    if not degree:  # "BA Hons (I) Physics" written as the entry's p-description
        described = _prop(item, "description", "summary")
        if described and len(described) <= 120 and _DEGREE_WORDS.search(described):
            degree = described
    start, end = partial_date(_prop(item, "start")), partial_date(_prop(item, "end"))
    institution, degree = scrub(institution), scrub(degree)
    if not (institution or degree):
        return None
    text = ", ".join(p for p in (degree, institution) if p) + _span(start, end)
    return Education(
        institution=institution,
        degree=degree,
        level=_level(degree),
        field=_field(degree),
        start=start,
        end=end,
        evidence=[ev(Method.MICROFORMAT, text)],
    )


def _card_into(card: dict[str, Any], career: Career, ev: _Ev, *, with_name: bool = True) -> None:
    """Name (unless ``with_name`` is False), job title, organisation and locality of an
    h-card (nothing else is read)."""
    if with_name:
        career.name = career.name or _card_person_name(card) or None
    title = scrub(_prop(card, "job-title", "title", "role"))
    org = scrub(_prop(card, "org"))
    locality = scrub(_prop(card, "locality"))
    if not locality:
        for adr in (card.get("properties") or {}).get("adr") or []:
            if isinstance(adr, dict):
                locality = scrub(_prop(adr, "locality"))
                if locality:
                    break
    career.headline = career.headline or title or None
    career.location = career.location or locality or None
    if org and title:
        career.experiences.append(
            Experience(
                title=title, employer=org, evidence=[ev(Method.MICROFORMAT, f"{title} at {org}")]
            )
        )


_ORG_WORDS = re.compile(
    r"\b(?:university|universit[äéy]|institute|institut|college|school|academy|foundation|"
    r"company|inc|ltd|llc|gmbh|corp|corporation|group|labs?|laborator(?:y|ies)|cent(?:er|re)|"
    r"department|hospital|bank|association|society|agency|ministry|council|trust|"
    r"organi[sz]ation|press|studio|team)\b",
    re.IGNORECASE,
)


def _card_person_name(card: dict[str, Any]) -> str:
    """The name of an h-card when the card is a person's: not an organisation's card
    (``p-name`` equal to ``p-org``, or a name with words such as "Institute"), and not an
    implied name that is only the card's job title."""
    name = _prop(card, "name")
    if not name:
        return ""
    folded = fold(name)
    for other in ("org", "job-title", "title", "role"):
        if folded == fold(_prop(card, other)):
            return ""
    if _prop(card, "given-name", "family-name"):
        return name
    words = name.split()
    if not 2 <= len(words) <= 5 or _ORG_WORDS.search(name) or re.search(r"\d", name):
        return ""
    return name


def _subtree_ids(item: dict[str, Any]) -> set[int]:
    return {id(i) for i in _walk([item])}


def career_from_mf_items(
    items: list[Any],
    url: str,
    fetched_at: datetime | None = None,
    *,
    name: str | None = None,
    source: str = SOURCE_ID,
) -> Career:
    """h-resume (preferred) or h-card from parsed microformats2 items (the JSON that mf2
    parsers publish: ``{"items": [...]}``'s list).

    The person of an h-resume is named by its own ``p-name``, else by a ``p-contact`` h-card
    that is a person's card (an organisation's card never names the person). When ``name``
    is given, an h-resume naming someone else is skipped; one that names nobody is read."""
    ev = _Ev(url, fetched_at, source)
    career = Career()
    items = _walk(items)
    resumes = [i for i in items if "h-resume" in (i.get("type") or [])]
    in_resumes: set[int] = set()
    for resume in resumes:
        in_resumes |= _subtree_ids(resume) - {id(resume)}

    for resume in resumes:
        props = resume.get("properties") or {}
        contacts = [c for c in props.get("contact") or [] if isinstance(c, dict)]
        own_name = _prop(resume, "name")
        people = [n for n in (_card_person_name(c) for c in contacts) if n]
        person = own_name or next(iter(people), "")
        if name:
            if own_name and not same_person_name(own_name, name):
                continue
            if not own_name and people and not any(same_person_name(n, name) for n in people):
                continue
            person = own_name or next((n for n in people if same_person_name(n, name)), "")
        career.name = career.name or person or None
        for contact in contacts:
            _card_into(contact, career, ev, with_name=False)
        career.summary = career.summary or scrub_sentences(_prop(resume, "summary"))
        for value in props.get("experience") or []:
            experience = _experience_from_mf(value, ev)
            if experience is not None:
                career.experiences.append(experience)
        for value in props.get("education") or []:
            education = _education_from_mf(value, ev)
            if education is not None:
                career.education.append(education)
        for value in props.get("skill") or []:
            skill = scrub(_mf_text(value))
            if skill and len(skill) <= 60:
                career.skills.append(
                    Skill(name=skill, evidence=[ev(Method.MICROFORMAT, f"skill: {skill}")])
                )
        break
    if career.name is None:
        cards = [i for i in items if "h-card" in (i.get("type") or []) and id(i) not in in_resumes]
        for card in cards:
            person = _card_person_name(card)
            if not person or (name and not same_person_name(person, name)):
                continue
            # a person's card states a job title or an organisation, or is the one named
            if not (_prop(card, "job-title", "role", "org") or name):
                continue
            _card_into(card, career, ev)
            break
    return career


def career_from_microformats(
    html: str,
    url: str,
    fetched_at: datetime | None = None,
    *,
    name: str | None = None,
    source: str = SOURCE_ID,
) -> Career:
    """h-resume (preferred) or h-card of the page (see :func:`career_from_mf_items`)."""
    return career_from_mf_items(_mf_items(html, url), url, fetched_at, name=name, source=source)


# -- OpenGraph --------------------------------------------------------------------------------


def opengraph(doc: BeautifulSoup | str, name: str | None = None) -> tuple[str | None, str | None]:
    """``(name, headline)`` from OpenGraph: ``profile:first_name``/``last_name`` and the
    part of ``og:title`` after the name ("Ada Okafor – Head of Platform"), else
    ``og:description``."""
    doc = soup(doc) if isinstance(doc, str) else doc
    first = meta_content(doc, "profile:first_name")
    last = meta_content(doc, "profile:last_name")
    og_name = " ".join(p for p in (first, last) if p) or None
    title = meta_content(doc, "og:title")
    description = meta_content(doc, "og:description")
    headline = None
    who = og_name or name
    if title and who:
        parts = re.split(r"\s+[-–—|:·]\s+", title, maxsplit=1)
        if len(parts) == 2 and same_person_name(parts[0], who):
            headline = parts[1]
            og_name = og_name or parts[0]
    if headline is None and description and len(description) <= 200:
        headline = description
    return og_name, (scrub(headline) if headline else None)


# -- text fallback ----------------------------------------------------------------------------


_NAV_TEXT = frozenset(
    {
        "home",
        "back",
        "back home",
        "back to top",
        "top",
        "next",
        "previous",
        "menu",
        "more",
        "read more",
        "skip to content",
        "all posts",
        "contact",
        "about",
        "blog",
    }
)


def _without_navigation(html: str) -> str:
    """The page without navigation: nav/header/footer/aside/form elements and lines that are
    only a "Home"/"Back"-style link."""
    doc = soup(html)
    for tag in doc.find_all(["nav", "header", "footer", "aside", "form", "script", "style"]):
        tag.decompose()
    for tag in doc.find_all(["p", "li", "div"]):
        if isinstance(tag, Tag) and clean(tag.get_text(" ")).casefold() in _NAV_TEXT:
            tag.decompose()
    return str(doc)


def career_from_visible_text(
    html: str, url: str, fetched_at: datetime | None = None, *, source: str = SOURCE_ID
) -> Career:
    """Experience/education sections found in the page by the resume reader
    (``research.read``); an empty Career when the reader is missing or fails."""
    try:
        from research.read import career_from_bytes
    except ImportError:
        return Career()
    try:
        return career_from_bytes(
            _without_navigation(html).encode("utf-8"),
            name="page.html",
            source=source,
            url=url,
            fetched_at=fetched_at,
            method=Method.TEXT,
        )
    except Exception:  # a page the reader cannot cut into sections says nothing
        return Career()


# -- merging ----------------------------------------------------------------------------------


def _employer_key(name: str) -> str:
    words = fold(name).split()
    noise = {"the", "inc", "ltd", "llc", "gmbh", "plc", "co", "corp", "limited", "ag", "sa"}
    return " ".join(w for w in words if w not in noise)


def merge_careers(*careers: Career) -> Career:
    """One career from several readings of the same person: the first reading's entries win,
    later ones fill their gaps (dates, titles) and add their evidence."""
    out = Career()
    for career in careers:
        out.name = out.name or career.name
        out.headline = out.headline or career.headline
        out.location = out.location or career.location
        out.summary = out.summary or career.summary
        for exp in career.experiences:
            same = next((e for e in out.experiences if _same_job(e, exp)), None)
            if same is None:
                out.experiences.append(exp.model_copy(deep=True))
                continue
            same.title = same.title or exp.title
            same.employer = same.employer or exp.employer
            same.start = same.start or exp.start
            same.end = same.end or exp.end
            same.location = same.location or exp.location
            same.summary = same.summary or exp.summary
            same.evidence.extend(exp.evidence)
        for edu in career.education:
            match = next(
                (
                    e
                    for e in out.education
                    if _employer_key(e.institution) == _employer_key(edu.institution)
                    and (
                        not e.degree
                        or not edu.degree
                        or e.level == edu.level
                        or fold(e.degree) == fold(edu.degree)
                    )
                ),
                None,
            )
            if match is None:
                out.education.append(edu.model_copy(deep=True))
                continue
            match.degree = match.degree or edu.degree
            match.level = match.level or edu.level
            match.field = match.field or edu.field
            match.start = match.start or edu.start
            match.end = match.end or edu.end
            match.evidence.extend(edu.evidence)
        _merge_named(out.certifications, career.certifications)
        _merge_named(out.skills, career.skills)
        _merge_named(out.languages, career.languages)
        for work in career.work:
            if not any(
                (w.url and w.url == work.url) or fold(w.title) == fold(work.title) for w in out.work
            ):
                out.work.append(work.model_copy(deep=True))
    return out


def _same_job(a: Experience, b: Experience) -> bool:
    if _employer_key(a.employer) != _employer_key(b.employer):
        return False
    if not a.title or not b.title or fold(a.title) == fold(b.title):
        # same employer, one title missing or equal; different stated starts are two jobs
        return not (a.start and b.start and a.start != b.start)
    return False


def _merge_named(into: list[Any], new: list[Any]) -> None:
    for item in new:
        match = next((i for i in into if fold(i.name) == fold(item.name)), None)
        if match is None:
            into.append(item.model_copy(deep=True))
        else:
            match.evidence.extend(item.evidence)


# -- the page as a whole ----------------------------------------------------------------------


def parse_profile_page(
    html: str,
    url: str,
    fetched_at: datetime | None = None,
    *,
    name: str | None = None,
    source: str = SOURCE_ID,
    text_fallback: bool = True,
) -> Career:
    """Everything a profile page says about its person (see the module docstring).

    ``name``: the person the page is read for; when given, JSON-LD persons and h-cards
    with another name are ignored (a team page lists many people)."""
    doc = soup(html)
    from_ld = career_from_json_ld(doc, url, fetched_at, name=name, source=source)
    from_mf = career_from_microformats(html, url, fetched_at, name=name, source=source)
    career = merge_careers(from_ld, from_mf)
    og_name, og_headline = opengraph(doc, name or career.name)
    if not (name and og_name and not same_person_name(og_name, name)):  # not someone else's
        career.name = career.name or og_name
        career.headline = career.headline or og_headline
    if text_fallback and not (career.experiences or career.education):
        from_text = career_from_visible_text(html, url, fetched_at, source=source)
        named = not name or not from_text.name or same_person_name(from_text.name, name)
        if named:
            keep_name = career.name
            career = merge_careers(career, from_text)
            career.name = keep_name or from_text.name
    if career.name:
        career.name = scrub(career.name) or None
    return career


def looks_like_js_shell(html: str) -> bool:
    """An empty JavaScript application page: scripts, and almost no visible text or data."""
    doc = soup(html)
    scripts = [
        s
        for s in doc.find_all("script")
        if not re.search(r"ld\+json", str(s.get("type") or ""), re.I)
    ]
    if not scripts:
        return False
    if any(True for _ in json_ld_nodes(doc)):
        return False
    body = doc.body or doc
    text = visible_text(body)
    return len(text) < _SHELL_TEXT


def _link_tags(doc: BeautifulSoup) -> list[Tag]:
    return [t for t in doc.find_all(["a", "link"], href=True) if isinstance(t, Tag)]


def _is_profile_url(url: str) -> bool:
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    for domain, path in _PROFILE_HOSTS:
        if host == domain or (domain == "linkedin.com" and host.endswith(".linkedin.com")):
            return bool(path.match(parts.path or "/"))
    return host.endswith(".github.io") and parts.path in ("", "/")


def page_links(html: str, base_url: str) -> list[str]:
    """Absolute http(s) links that look like the person's other profiles: JSON-LD
    ``sameAs``/``url``, ``rel=me`` links, and links to code hosts, ORCID, LinkedIn and the
    like. The page itself is left out; order kept, duplicates dropped."""
    doc = soup(html)
    found = person_links(doc, base_url)
    for tag in _link_tags(doc):
        link = absolute(tag.get("href"), base_url)
        if not link:
            continue
        rels = {str(r).lower() for r in as_list(tag.get("rel"))}
        if "me" in rels or _is_profile_url(link):
            found.append(link)
    own = absolute(base_url, base_url)
    out: list[str] = []
    for link in found:
        if link != own and link not in out:
            out.append(link)
    return out


def json_resume_links(html: str, base_url: str) -> list[str]:
    """Links to JSON Resume files (``resume.json``, or JSON links called a resume)."""
    doc = soup(html)
    out: list[str] = []
    for tag in _link_tags(doc):
        link = absolute(tag.get("href"), base_url)
        if not link:
            continue
        path = urlsplit(link).path.lower()
        text = (
            clean(tag.get_text(" ")) + " " + clean(tag.get("title")) + " " + clean(tag.get("type"))
        )
        named = path.endswith("resume.json") or (
            (path.endswith(".json") or "json" in text.lower())
            and _CV_WORDS.search(path + " " + text) is not None
        )
        if named and link not in out:
            out.append(link)
    return out


def document_links(html: str, base_url: str) -> list[str]:
    """Links to CV/resume documents: a PDF or DOCX link whose text or address says resume,
    CV, curriculum vitae or Lebenslauf."""
    doc = soup(html)
    out: list[str] = []
    for tag in doc.find_all("a", href=True):
        if not isinstance(tag, Tag):
            continue
        link = absolute(tag.get("href"), base_url)
        if not link:
            continue
        path = urlsplit(link).path
        if not _DOCUMENT_EXT.search(path):
            continue
        text = clean(tag.get_text(" ")) + " " + clean(tag.get("title"))
        if (_CV_WORDS.search(path.rsplit("/", 1)[-1]) or _CV_WORDS.search(text)) and (
            link not in out
        ):
            out.append(link)
    return out


def page_title(doc: BeautifulSoup) -> str:
    title = doc.find("title")
    return clean(title.get_text(" ")) if isinstance(title, Tag) else ""


def profile_lead(
    html: str,
    url: str,
    *,
    name: str | None = None,
    source: str = SOURCE_ID,
) -> Lead:
    """A lead describing a profile page: who it names, their headline, employer and
    location, and the profiles it links to."""
    doc = soup(html)
    career = parse_profile_page(html, url, name=name, source=source, text_fallback=False)
    current = next((e for e in career.experiences if e.end is None and e.employer), None)
    description = meta_content(doc, "description", "og:description")
    return Lead(
        url=url,
        source=source,
        title=scrub(page_title(doc)),
        snippet=quote(description) if description else "",
        name=career.name,
        employer=current.employer if current else None,
        headline=career.headline,
        location=career.location,
        links=page_links(html, url),
    )


__all__ = [
    "career_from_json_ld",
    "career_from_mf_items",
    "career_from_microformats",
    "career_from_visible_text",
    "document_links",
    "json_resume_links",
    "looks_like_js_shell",
    "merge_careers",
    "opengraph",
    "page_links",
    "parse_profile_page",
    "pick_person",
    "profile_lead",
    "same_person_name",
]
