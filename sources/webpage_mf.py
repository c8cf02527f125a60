"""Microformats2 readers of a profile page: h-resume and h-card (see
:mod:`sources.webpage_parse`)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from research.employers import UNMISTAKABLE_LEGAL_SUFFIXES, suffix_pattern
from research.identity.names import same_name
from research.model import Career, Education, Experience, Method, Skill
from research.privacy import scrub
from sources._html import clean, fold, partial_date, scrub_sentences
from sources.webpage_common import (
    _DEGREE_WORDS,
    SOURCE_ID,
    _Ev,
    _field,
    _level,
    _span,
)

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


_LEGAL = suffix_pattern(UNMISTAKABLE_LEGAL_SUFFIXES)
_ORG_WORDS = re.compile(
    r"\b(?:university|universit[äéy]|institute|institut|college|school|academy|foundation|"
    r"group|labs?|laborator(?:y|ies)|cent(?:er|re)|"
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
    if len(words) > 5 or _ORG_WORDS.search(name) or _LEGAL.search(name) or re.search(r"\d", name):
        return ""
    if len(words) == 1 and not _prop(card, "job-title", "title", "role", "photo", "nickname"):
        return ""  # "MIT": one word and nothing that marks a person
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
            if own_name and not same_name(own_name, name):
                continue
            if not own_name and people and not any(same_name(n, name) for n in people):
                continue
            person = own_name or next((n for n in people if same_name(n, name)), "")
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
            if not person or (name and not same_name(person, name)):
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
