"""The matrix's experience rows: months in the requirement's domain, and leadership.

An experience requirement has up to two parts, each checked on its own:

- **years**: months of the roles that count toward the requirement (see
  :mod:`research.compare.roles`: by title family within the requirement's domain, else by
  the skill shown) up to the as-of date; >= the years asked -> met, >= half -> partial.
  With no domain and no skill named, the relevant months of :mod:`experience` decide.
- **leadership**, when the text asks for leading people ("including at least 3 years
  leading engineering teams"): months of roles that show leadership (title or text) >= the
  years asked (or any, when no years are asked) -> met; some but fewer -> partial.

Roles that start after the as-of date are named as later and not counted.
"""

from __future__ import annotations

import re

from research.compare.asks import RoleSkills, requirement_skill
from research.compare.experience import describe, label, measure, skills_shown
from research.compare.matrix_base import Side, absent, complete
from research.compare.roles import (
    is_later,
    leadership_asked,
    leadership_of,
    months_of,
    requirement_domain,
    why_counts,
)
from research.compare.skillmatch import display_name
from research.compare.text import squash, with_quote
from research.model import (
    Evidence,
    Experience,
    PartVerdict,
    Requirement,
    Role,
    SideVerdict,
    Verdict,
)

MAX_EVIDENCE = 3


def _as_written(text: str, words: str) -> str:
    """The words as the posting writes them ("SRE", not "sre")."""
    found = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text, re.IGNORECASE)
    return found.group(0) if found else words


def _quote(e: Experience, why: str) -> str:
    return squash(f"{e.title}, {e.employer} ({e.start}–{e.end or 'open'}): {why}")


def _years_verdict(
    side: Side, months: int, asked: float | None, what: str, is_complete: bool
) -> tuple[Verdict, str]:
    shown = f"{describe(months)} of {what} shown" if months else f"no {what} shown"
    if asked is None or asked <= 0:
        if months > 0:
            return Verdict.MET, shown
        gone = absent(side, is_complete, shown)
        return gone.verdict, gone.note
    note = f"{shown} (asked {asked:g} years)"
    if months >= asked * 12:
        return Verdict.MET, note
    if months >= asked * 6:
        if side.name == "hire" and not is_complete:
            return Verdict.PARTIAL, note + "; may be more"
        return Verdict.PARTIAL, note
    gone = absent(side, is_complete, note)
    return gone.verdict, gone.note


def experience_row(req: Requirement, side: Side, role: Role, skills: RoleSkills) -> SideVerdict:
    """One side's verdict on an experience requirement, with its parts."""
    skill_id = requirement_skill(req) if req.skill else None
    domain = requirement_domain(req, skill_id)
    now = [e for e in side.experiences if not is_later(e, side.as_of)]
    later = [e for e in side.experiences if is_later(e, side.as_of)]
    counted: list[tuple[Experience, str]] = []
    if domain is None and skill_id is None:
        facts = measure(now, role, skills, side.as_of)
        counted = list(facts.relevant)
        what = "relevant experience"
    else:
        name = display_name(skill_id, req.skill or "") if skill_id else ""
        what = f"{_as_written(req.text, domain.words) if domain else name} experience"
        for e in now:
            shows = bool(skill_id) and bool(skills_shown(e, [skill_id] if skill_id else []))
            why = why_counts(e, domain, shows, name)
            if why is not None:
                counted.append((e, why))
    months = months_of([e for e, _ in counted], side.as_of)
    is_complete = complete(side.experiences, dated=True)
    verdict, note = _years_verdict(side, months, req.years, what, is_complete)
    ev: list[Evidence] = []
    for e, why in counted[:MAX_EVIDENCE]:
        ev.extend(with_quote(e.evidence, _quote(e, why), side.fallback_source)[:1])
    parts = [PartVerdict(name="years", verdict=verdict, note=note)]
    asks_lead, lead_years = leadership_asked(req.text)
    if asks_lead and req.years is None and domain is None and skill_id is None:
        parts, ev = [], []  # "Experience leading a team": the leading is the whole ask
    if asks_lead:
        led = [(e, why) for e in now if (why := leadership_of(e)) is not None]
        lead_months = months_of([e for e, _ in led], side.as_of)
        lead_note = (
            f"{describe(lead_months)} leading people shown ("
            + "; ".join(f"{label(e)}: {why}" for e, why in led[:2])
            + ")"
            if led
            else "no leading of people shown (a lead, manager or head title, or a team led)"
        )
        if lead_years:
            lead_note += f" (asked {lead_years:g} years)"
        lead_verdict, _ = _years_verdict(side, lead_months, lead_years, "leading", is_complete)
        if led and lead_verdict is not Verdict.MET and lead_months == 0:
            lead_verdict = Verdict.PARTIAL  # an undated lead role: shown, not measured
        parts.append(PartVerdict(name="leading people", verdict=lead_verdict, note=lead_note))
        for e, why in led[:1]:
            ev.extend(
                with_quote(e.evidence, _quote(e, f"leadership: {why}"), side.fallback_source)[:1]
            )
    if later and parts:
        names = ", ".join(label(e) for e in later[:2])
        parts[0] = parts[0].model_copy(
            update={"note": parts[0].note + f"; later than the as-of date, not counted: {names}"}
        )
    return combine(parts, ev)


RANK = {Verdict.NOT_SHOWN: 0, Verdict.UNKNOWN: 1, Verdict.PARTIAL: 2, Verdict.MET: 3}


def combine(
    parts: list[PartVerdict], evidence: list[Evidence], any_one: bool = False
) -> SideVerdict:
    """A side's verdict from its parts: the weakest part decides (the best one when any one
    part is enough: "nursing, pharmacy or similar"). A part that is unknown does not sink
    what the other parts show: one part met and one unknown is partial."""
    seen: set[tuple[str, str]] = set()
    ev: list[Evidence] = []
    for e in evidence:
        if (e.where(), e.quote) not in seen:
            seen.add((e.where(), e.quote))
            ev.append(e)
    if len(parts) == 1:
        return SideVerdict(verdict=parts[0].verdict, note=parts[0].note, evidence=ev[:MAX_EVIDENCE])
    known = [p for p in parts if p.verdict is not Verdict.UNKNOWN]
    if any_one:
        verdict = max(parts, key=lambda p: RANK[p.verdict]).verdict
    elif not known:
        verdict = Verdict.UNKNOWN
    else:
        verdict = min(known, key=lambda p: RANK[p.verdict]).verdict
        if verdict is Verdict.MET and len(known) < len(parts):
            verdict = Verdict.PARTIAL
    note = "; ".join(f"{p.name}: {p.verdict.value.replace('_', ' ')}, {p.note}" for p in parts)
    return SideVerdict(verdict=verdict, note=note, evidence=ev[:MAX_EVIDENCE], parts=parts)


__all__ = ["RANK", "combine", "experience_row"]
