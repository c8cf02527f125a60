"""Pure helpers the API sources share: evidence from an API answer, and skills keyed by
runnerup's skills vocabulary. Refusals are worded by the contract
(:meth:`research.source.Source.get_json`), not here."""

from __future__ import annotations

from datetime import datetime

from research.model import Evidence, Method, Skill
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


__all__ = ["QUOTE_LIMIT", "api_evidence", "skill_named"]
