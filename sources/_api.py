"""Pure helpers the API sources share: evidence from an API answer, skills keyed by
runnerup's skills vocabulary, a profile's account name and links. Refusals are worded by
the contract (:meth:`research.source.Source.get_json`), not here."""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import datetime
from urllib.parse import urlsplit

from research.model import Career, Evidence, Experience, Lead, Method, Skill
from research.skills import lookup_skill

QUOTE_LIMIT = 300
"""Characters of an API field quoted as evidence."""


def api_evidence(source: str, url: str, fetched_at: datetime | None, quote: str) -> Evidence:
    """Evidence that ``source`` read ``quote`` from an API answer about ``url`` (the public
    page the answer describes), dated by the answer's provenance."""
    return Evidence(
        source=source, url=url, fetched_at=fetched_at, method=Method.API, quote=quote[:QUOTE_LIMIT]
    )


def skill_named(skills: dict[str, Skill], label: str) -> Skill:
    """The skill in ``skills`` that ``label`` names, added when new: named and identified by
    the skills vocabulary when it knows the label (so tags that mean the same skill merge),
    else keyed by the label itself, case-folded."""
    entry = lookup_skill(label)
    key = entry.id if entry else label.casefold()
    skill = skills.get(key)
    if skill is None:
        skill = skills[key] = Skill(
            name=entry.name if entry else label, id=entry.id if entry else None
        )
    return skill


def account_name(
    lead: Lead,
    source: str,
    pattern: re.Pattern[str],
    hosts: Collection[str],
    reserved: Collection[str],
) -> str | None:
    """The account a lead is about: its handle when ``source`` found it, else the one path
    segment of a profile URL ``https://<host>/<name>`` on one of ``hosts`` (lower case) that
    matches ``pattern`` and is not one of the site's own pages (``reserved``, lower case)."""
    if lead.source == source and lead.handle and pattern.match(lead.handle):
        return lead.handle
    parts = urlsplit(lead.url)
    if (parts.hostname or "").lower() not in hosts:
        return None
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) != 1 or not pattern.match(segments[0]):
        return None
    if segments[0].lower() in reserved:
        return None
    return segments[0]


def profile_as_career(
    lead: Lead,
    fetched_at: datetime | None,
    *,
    quote: str,
    why: str,
    title: str = "",
    summary: str = "",
) -> Career:
    """The career a profile record shows (``lead``, parsed from it): the person's name,
    headline and location, and the employer it names as one experience (``title`` when the
    profile gives one, ``why`` as its summary), with ``quote`` from the record as evidence
    on the profile's URL; ``summary`` is the profile's about text."""
    experiences = []
    if lead.employer:
        evidence = api_evidence(lead.source, lead.url, fetched_at, quote)
        experiences.append(
            Experience(title=title, employer=lead.employer, summary=why, evidence=[evidence])
        )
    return Career(
        name=lead.name,
        headline=lead.headline,
        location=lead.location,
        summary=summary,
        experiences=experiences,
    )


def profile_links(website: str | None, profile_url: str) -> list[str]:
    """A profile's links: the website the person gave (when any), then the profile."""
    links = [website] if website else []
    if profile_url not in links:
        links.append(profile_url)
    return links


__all__ = [
    "QUOTE_LIMIT",
    "account_name",
    "api_evidence",
    "profile_as_career",
    "profile_links",
    "skill_named",
]
