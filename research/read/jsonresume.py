"""JSON Resume (https://jsonresume.org/schema) -> Career, field by field.

``basics.email``, ``basics.phone``, ``basics.location.address`` and ``postalCode`` are
dropped; free text is scrubbed of contact details. Pure.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from research.model import (
    Career,
    Certification,
    Education,
    Evidence,
    Experience,
    Language,
    PartialDate,
    Skill,
    Work,
    WorkKind,
)
from research.privacy import scrubber
from research.read import vocab
from research.read.dates import parse_date
from research.read.entries import degree_field

scrub = scrubber("resume line")
"""Contact details out of a resume's text; its dates kept."""

_SECTIONS = (
    "basics",
    "work",
    "education",
    "skills",
    "certificates",
    "projects",
    "publications",
    "languages",
    "volunteer",
    "awards",
    "interests",
    "references",
)


def is_json_resume(data: Any) -> bool:
    """Whether parsed JSON looks like a JSON Resume (a ``basics`` object or ``work`` /
    ``education`` lists of objects)."""
    if not isinstance(data, Mapping):
        return False
    if isinstance(data.get("basics"), Mapping):
        return True
    lists = [data.get(k) for k in ("work", "education", "skills")]
    return (
        any(isinstance(v, list) and v and all(isinstance(i, Mapping) for i in v) for v in lists)
        and sum(k in data for k in _SECTIONS) >= 2
    )


def _text(value: Any) -> str:
    return scrub(value).strip() if isinstance(value, str) else ""


def _date(value: Any) -> PartialDate | None:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        return None
    try:
        return PartialDate.parse(text)
    except ValueError:
        return parse_date(text)


def _items(data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = data.get(key)
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, Mapping)]


def _span(start: PartialDate | None, end: PartialDate | None) -> str:
    if start is None and end is None:
        return ""
    return f" ({start or '?'} – {end or 'present'})"


def career_from_json_resume(data: Mapping[str, Any], *, evidence: Evidence) -> Career:
    """Every JSON Resume section runnerup uses, each item with evidence quoting it."""

    def ev(quote: str) -> Evidence:
        return evidence.model_copy(update={"quote": scrub(quote)[:600]})

    career = Career()
    basics = data.get("basics")
    if isinstance(basics, Mapping):
        career.name = _text(basics.get("name")) or None
        career.headline = _text(basics.get("label")) or None
        career.summary = _text(basics.get("summary"))
        location = basics.get("location")
        if isinstance(location, Mapping):
            parts = [_text(location.get(k)) for k in ("city", "region", "countryCode")]
            career.location = ", ".join(p for p in parts if p) or None

    for item in _items(data, "work"):
        title = _text(item.get("position"))
        employer = _text(item.get("name")) or _text(item.get("company"))
        if not (title or employer):
            continue
        start, end = _date(item.get("startDate")), _date(item.get("endDate"))
        highlights = [_text(h) for h in item.get("highlights") or [] if _text(h)]
        summary = "\n".join([s for s in [_text(item.get("summary"))] if s] + highlights)
        career.experiences.append(
            Experience(
                title=title,
                employer=employer,
                start=start,
                end=end,
                location=_text(item.get("location")) or None,
                summary=summary,
                evidence=[ev(f"{title} at {employer}{_span(start, end)}")],
            )
        )

    for item in _items(data, "education"):
        institution = _text(item.get("institution"))
        study = _text(item.get("studyType"))
        area = _text(item.get("area"))
        if not (institution or study):
            continue
        start, end = _date(item.get("startDate")), _date(item.get("endDate"))
        degree = " ".join(p for p in (study, area) if p)
        career.education.append(
            Education(
                institution=institution,
                degree=degree,
                level=vocab.degree_level(study) if study else None,
                field=area or (degree_field(study) if study else None),
                start=start,
                end=end,
                evidence=[ev(f"{degree}, {institution}{_span(start, end)}")],
            )
        )

    for item in _items(data, "certificates"):
        name = _text(item.get("name"))
        if name:
            issuer = _text(item.get("issuer")) or None
            career.certifications.append(
                Certification(
                    name=name,
                    issuer=issuer,
                    date=_date(item.get("date")),
                    evidence=[ev(f"{name}" + (f" ({issuer})" if issuer else ""))],
                )
            )

    seen: set[str] = set()
    for item in _items(data, "skills"):
        name = _text(item.get("name"))
        keywords = [_text(k) for k in item.get("keywords") or [] if _text(k)]
        quote = name + (": " + ", ".join(keywords) if keywords else "")
        # with keywords, the name is the group's label ("Backend"), not a skill
        candidates = keywords or ([name] if name else [])
        for candidate in candidates:
            entry = vocab.lookup_skill(candidate)
            key = entry.id if entry else candidate.lower()
            if key in seen:
                continue
            seen.add(key)
            career.skills.append(
                Skill(name=candidate, id=entry.id if entry else None, evidence=[ev(quote)])
            )

    for item in _items(data, "languages"):
        name = _text(item.get("language"))
        if name:
            level = _text(item.get("fluency")) or None
            career.languages.append(
                Language(
                    name=name, level=level, evidence=[ev(name + (f" ({level})" if level else ""))]
                )
            )

    for key, kind, date_key, text_key in (
        ("publications", "publication", "releaseDate", "summary"),
        ("projects", "project", "startDate", "description"),
    ):
        for item in _items(data, key):
            title = _text(item.get("name"))
            if not title:
                continue
            url = item.get("url")
            work_kind: WorkKind = "publication" if kind == "publication" else "project"
            career.work.append(
                Work(
                    kind=work_kind,
                    title=title,
                    url=url if isinstance(url, str) and url.startswith("http") else None,
                    date=_date(item.get(date_key)),
                    description=_text(item.get(text_key)),
                    evidence=[ev(title)],
                )
            )
    return career


__all__ = ["career_from_json_resume", "is_json_resume"]
