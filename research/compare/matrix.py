"""Question 2: the requirements matrix, one row per requirement as the posting states it
(:mod:`research.compare.grouping`), a verdict for each side. A row with several parts
(each named skill, the years, the leadership) has each part checked apart; the row is its
weakest part, except that an unknown part turns "met" into "partial" and parts joined by
"or" are alternatives (the best one counts).

Verdicts: ``met``, ``partial``, ``not_shown``, ``unknown``. What is found is the same for
both sides; what is *not* found differs:

- For the user's own resume, absence is ``not_shown`` (they can add it).
- For the hire, absence is ``unknown`` unless the area is **complete**: the hire's list for
  that area (education, certifications, languages, experiences) is non-empty and every item
  in it comes from a whole, structured record (:data:`COMPLETE_METHODS`: an API, JSON-LD,
  JSON Resume, microformats, a whole PDF or DOCX document, or the user's manual entry), or
  a whole document the user gave as a file; and for experience every item is dated. Then
  absence is ``not_shown``. Skills are complete only in a document the user gave as a file
  (the hire's resume in hand) whose every job is dated, at least half described
  (:func:`~research.compare.matrix_base.whole_record`): a skill none of the descriptions
  names, or a certificate it does not list, is then not shown, as on the user's own
  resume. Public pages and bare job titles never list every skill, so there a skill not
  found stays unknown.

Rules per kind (the requirement's skill id, else the id of its text):

- skill: the same skill or a narrower one in skills, experience titles and summaries, the
  summary/headline, public work or certifications -> met; a broader or sibling skill -> partial.
  Soft skills are never shown by a title of public work. When the taxonomy finds nothing,
  the requirement's key words decide as for ``other`` rows (by stem: "mentored eight
  engineers" meets "mentoring engineers").
- experience: months of experience showing the skill (or relevant months when the row names
  no skill) >= the years asked -> met; >= half -> partial.
- education: highest degree rank >= asked -> met (partial when a field is asked and differs);
  one rank below -> partial.
- certification: a certification whose name matches (token_set_ratio >= 85, or same id)
  -> met; only mentioned in text -> partial.
- language: a listed language -> met (partial when its level is below the level asked, the
  requirement's ``field``, on the CEFR scale); mentioned in text -> partial.
- other: every key word of the requirement appears in one block (not a title of public
  work) -> met; at least 60% of them (or close spellings) -> partial. A requirement that
  asks for a background in a field ("Clinical background") is checked by the roles held,
  like an experience requirement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from research.compare.asks import (
    RoleSkills,
    alternatives,
    requirement_name,
    requirement_skill,
    role_skill_ids,
)
from research.compare.cert_rows import certification_row
from research.compare.education_rows import education_row
from research.compare.experience import label
from research.compare.experience_rows import combine, experience_row
from research.compare.grouping import any_one, asked_parts, grouped, ordered, part_name
from research.compare.levels import education_level, language_rank
from research.compare.matrix_base import COMPLETE_METHODS, Side, absent, complete, whole_record
from research.compare.skillmatch import (
    Relation,
    certification_id_of,
    entry_name,
    find_in,
    is_broad,
    is_technical,
    language_id_of,
    relation,
    skill_id_of,
)
from research.compare.text import Block, Place, quote_around, squash, with_quote
from research.model import (
    Evidence,
    PartVerdict,
    Requirement,
    RequirementKind,
    RequirementRow,
    Role,
    SideVerdict,
    Verdict,
)
from research.skills.occupations import domain_of

MAX_EVIDENCE = 3
CERT_BAR = 85
FIELD_BAR = 70
OTHER_SHARE = 0.6
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "have",
        "has",
        "in",
        "into",
        "is",
        "it",
        "of",
        "on",
        "or",
        "our",
        "the",
        "to",
        "with",
        "you",
        "your",
        "we",
        "will",
        "able",
        "ability",
        "strong",
        "good",
        "excellent",
        "experience",
        "experienced",
        "working",
        "work",
        "knowledge",
        "understanding",
        "skills",
        "skill",
        "plus",
        "years",
        "year",
        "etc",
        "who",
        "can",
        "must",
        "should",
    ]
)


@dataclass(frozen=True)
class Finding:
    """How the user's side of a row was decided, for the action plan."""

    verdict: Verdict
    place: Place | None = None
    words: str = ""
    relation: Relation | None = None
    listed: bool = False
    """The skill appears in the skills list itself."""


@dataclass
class _Hit:
    rank: int  # 2 met, 1 partial
    block: Block
    start: int
    end: int
    words: str
    relation: Relation | None = None
    evidence: list[Evidence] = field(default_factory=list)


def _evidence(hits: list[_Hit], side: Side) -> list[Evidence]:
    out: list[Evidence] = []
    seen: set[tuple[str, str]] = set()
    for hit in hits:
        quote = quote_around(hit.block.text, hit.start, hit.end)
        job = hit.block.experience
        if job is not None:
            # a job's evidence often quotes only its header: quote what shows the skill
            in_title = quote.strip() == job.title.strip()
            if job.title and quote.startswith(f"{job.title}. "):
                quote = quote[len(job.title) + 2 :]
            quote = f"{label(job)}: " + (f"the title names {hit.words}" if in_title else quote)
            bare = {job.title.casefold(), f"{job.title}, {job.employer}".casefold()}
            stored = [
                e
                for e in hit.block.evidence
                if hit.words.casefold() in e.quote.casefold()
                and e.quote.strip().casefold() not in bare
            ]
            evidence = stored or [e.model_copy(update={"quote": quote}) for e in hit.block.evidence]
        else:
            evidence = hit.block.evidence
            if hit.block.place == "summary":
                quote = f"Headline and summary: {quote}"
        for e in with_quote(evidence, quote, side.fallback_source)[:1]:
            if (e.where(), e.quote) not in seen:
                seen.add((e.where(), e.quote))
                out.append(e)
        if len(out) == MAX_EVIDENCE:
            break
    return out


# Communication shown in practice, not named: presenting or explaining to an audience,
# writing reports ("presented weekly findings to the executive team", "present forecasts to
# store managers", "wrote the monthly trading report").
_COMMUNICATION_DONE = re.compile(
    r"\b(?:present(?:ed|s|ing|ations?)?|explain(?:ed|s|ing)?|communicat(?:ed|es|ing)|"
    r"brief(?:ed|ings?)|talks?)"
    r"\b[^.;]{0,60}?\bto\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:managers?|executives?|"
    r"team|board|leadership|stakeholders?|clients?|customers?|colleagues|directors?|"
    r"staff|partners|students|parents|patients|families|audiences?)\b"
    r"|\b(?:wrote|write|writes|writing|authored|prepared|produced)\b[^.;]{0,40}?"
    r"\b(?:reports?|briefings?|papers?|documentation)\b",
    re.IGNORECASE,
)


def _communication_done(side: Side) -> list[_Hit]:
    hits: list[_Hit] = []
    for block in side.blocks:
        if block.place not in ("experience", "summary") or block.derived:
            continue
        if found := _COMMUNICATION_DONE.search(block.text):
            words = found.group(0)
            hits.append(_Hit(2, block, found.start(), found.end(), words, "same"))
    return hits


def _skill_hits(side: Side, skill_id: str) -> list[_Hit]:
    hits: list[_Hit] = []
    technical = is_technical(skill_id)
    if skill_id == "communication":
        hits.extend(_communication_done(side))
    for block in side.blocks:
        if block.place == "work" and not technical:
            continue  # a paper titled "Communication-efficient ..." shows no communication
        if block.place == "skills":
            have = skill_id_of(block.text)
            rel = relation(skill_id, have)
            if rel is not None:
                rank = 2 if rel in ("same", "narrower") else 1
                hits.append(_Hit(rank, block, 0, len(block.text), block.text, rel))
            continue
        for found in find_in(block.text, [skill_id]):
            rel = relation(skill_id, found.id)
            if rel is None or (block.derived and rel == "related"):
                continue  # a title's trade shows the trade, never a narrower skill
            if block.place == "certification" and rel == "related":
                continue  # "AAT Level 2 Certificate in Accounting" shows no ledger work
            rank = 2 if rel in ("same", "narrower") else 1
            hits.append(_Hit(rank, block, found.start, found.end, found.text, rel))
    order = {"skills": 0, "experience": 1, "certification": 2, "work": 3, "summary": 4}
    hits.sort(key=lambda h: (-h.rank, order.get(h.block.place, 5)))
    return hits


def _skill_row(req: Requirement, side: Side) -> tuple[SideVerdict, Finding]:
    accepted = alternatives(req)
    name = requirement_name(req) if len(accepted) == 1 else req.text
    hits = [h for skill_id in accepted for h in _skill_hits(side, skill_id)]
    hits.sort(key=lambda h: -h.rank)
    if not hits:
        said = _other_row(req, side, skip_work=not is_technical(accepted[0]))
        if said.verdict in (Verdict.MET, Verdict.PARTIAL):
            return said, Finding(said.verdict)
        return absent(side, whole_record(side), f"{name}: not found"), Finding(Verdict.NOT_SHOWN)
    best = hits[0]
    listed = any(h.block.place == "skills" and h.rank == best.rank for h in hits)
    places = sorted({h.block.place for h in hits if h.rank == best.rank})
    if best.rank == 2:
        verdict, note = Verdict.MET, f"{name}: shown in {', '.join(places)}"
    else:
        verdict = Verdict.PARTIAL
        note = f"{name}: a related skill shown ({best.words}, in {', '.join(places)})"
    same_rank = [h for h in hits if h.rank == best.rank]
    finding = Finding(verdict, best.block.place, best.words, best.relation, listed)
    return SideVerdict(verdict=verdict, note=note, evidence=_evidence(same_rank, side)), finding


def _named_row(req: Requirement, side: Side, kind: RequirementKind) -> SideVerdict:
    is_cert = kind is RequirementKind.CERTIFICATION
    id_of = certification_id_of if is_cert else language_id_of
    wanted_text = req.skill or req.text
    wanted_id = id_of(wanted_text)
    shown_name = entry_name("certification" if is_cert else "language", wanted_text)
    items = side.career.certifications if is_cert else side.career.languages
    for item in items:
        same = id_of(item.name) == wanted_id
        close = fuzz.token_set_ratio(item.name.casefold(), wanted_text.casefold()) >= CERT_BAR
        if same or close:
            ev = with_quote(item.evidence, item.name, side.fallback_source)[:1]
            level = getattr(item, "level", None)
            have, want = language_rank(level), language_rank(req.field)
            if not is_cert and have and want and have < want:
                note = f"{item.name} listed at {level} (asked {req.field})"
                return SideVerdict(verdict=Verdict.PARTIAL, note=note, evidence=ev)
            shown = f" ({level})" if level and not is_cert else ""
            return SideVerdict(verdict=Verdict.MET, note=f"{item.name}{shown} listed", evidence=ev)
    hits: list[_Hit] = []
    for block in side.blocks:
        if block.place == ("certification" if is_cert else "skills"):
            continue
        for found in _word_hits(block, wanted_text):
            hits.append(found)
    if hits:
        note = f"{shown_name} mentioned, not listed as a {kind.value}"
        return SideVerdict(verdict=Verdict.PARTIAL, note=note, evidence=_evidence(hits, side))
    return absent(side, complete(list(items)), f"no {shown_name} listed")


def _word_hits(block: Block, words: str) -> list[_Hit]:
    pattern = rf"(?<!\w){re.escape(squash(words))}(?!\w)"
    return [
        _Hit(2, block, m.start(), m.end(), m.group(0))
        for m in re.finditer(pattern, block.text, re.IGNORECASE)
    ]


def key_words(text: str) -> list[str]:
    words = re.findall(r"[\w+#.]+", text.casefold())
    return sorted({w.strip(".") for w in words if len(w) >= 3 and w not in _STOP})


_SUFFIX = re.compile(r"(?:ing|ed|es|s|er|ers|ment|ments|ation|ations)$")


# Words a job description uses for what a posting asks, as one stem: a product is grown or
# scaled, a platform is a product; irregular past tenses join their verb.
_EQUIVALENT = {
    "grew": "scal",
    "grow": "scal",
    "grown": "scal",
    "growing": "scal",
    "product": "platform",
    "products": "platform",
    "built": "build",
    "led": "lead",
    "ran": "run",
    "taught": "teach",
    "wrote": "writ",
    "written": "writ",
    "writing": "writ",
}


def stem(word: str) -> str:
    """A crude stem for matching words of one family: mentoring, mentored -> mentor."""
    if word in _EQUIVALENT:
        return _EQUIVALENT[word]
    return _SUFFIX.sub("", word) if len(word) > 5 else word


def _other_row(req: Requirement, side: Side, skip_work: bool = False) -> SideVerdict:
    wanted = key_words(req.text)
    if not wanted:
        return absent(side, False, "nothing to look for")
    best: tuple[float, Block] | None = None
    for block in side.blocks:
        if skip_work and block.place == "work":
            continue
        have = key_words(block.text)
        if not have:
            continue
        stems = {stem(h) for h in have}
        share = sum(
            1 for w in wanted if stem(w) in stems or any(fuzz.ratio(w, h) >= 85 for h in have)
        ) / len(wanted)
        if best is None or share > best[0]:
            best = (share, block)
    if best is not None and best[0] >= OTHER_SHARE:
        block = best[1]
        lowered = block.text.casefold()
        spots = [lowered.find(w) for w in wanted if lowered.find(w) >= 0]
        start = min(spots) if spots else 0
        quote = quote_around(block.text, start, min(len(block.text), start + 80))
        ev = with_quote(block.evidence, quote, side.fallback_source)[:1]
        exact = {stem(w) for w in wanted} <= {stem(h) for h in key_words(block.text)}
        if exact and block.place != "work":
            note = f"said in {block.label} (every key word of the posting's text)"
            return SideVerdict(verdict=Verdict.MET, note=note, evidence=ev)
        note = f"similar wording in {block.label} ({round(best[0] * 100)}% of key words)"
        return SideVerdict(verdict=Verdict.PARTIAL, note=note, evidence=ev)
    return absent(side, False, "no similar wording found")


def verdict_for(
    req: Requirement, side: Side, role: Role, skills: RoleSkills
) -> tuple[SideVerdict, Finding]:
    """One side's verdict on one requirement."""
    kind = req.kind
    if kind is RequirementKind.SKILL and _names_a_field_of_work(req):
        result = experience_row(req.model_copy(update={"skill": None}), side, role, skills)
        return result, Finding(result.verdict)
    if kind is RequirementKind.SKILL:
        return _skill_row(req, side)
    if kind is RequirementKind.EXPERIENCE:
        result = experience_row(req, side, role, skills)
        if req.years is None and not result.parts and result.verdict is not Verdict.MET:
            # "Experience scaling a SaaS platform": no years, no trade of its own; the
            # posting's own words in a job's description show it ("scaled our SaaS platform")
            said = _other_row(req, side, skip_work=True)
            if said.verdict is Verdict.MET or (
                said.verdict is Verdict.PARTIAL and result.verdict is not Verdict.PARTIAL
            ):
                result = said
    elif kind is RequirementKind.EDUCATION:
        result = education_row(req, side, role, skills)
    elif kind is RequirementKind.CERTIFICATION:
        result = certification_row(req, side)
    elif kind is RequirementKind.LANGUAGE:
        result = _named_row(req, side, kind)
    elif _names_a_field_of_work(req):
        result = experience_row(req, side, role, skills)
    elif (named := _named_skills(req)) is not None:
        return _skill_row(named, side)
    else:
        result = _other_row(req, side)
    return result, Finding(result.verdict)


def _named_skills(req: Requirement) -> Requirement | None:
    """A free-text requirement that names skills as alternatives ("CSS (Sass or Tailwind)")
    is a skill requirement that any of them meets."""
    ids = list(dict.fromkeys(f.id for f in find_in(req.text) if not is_broad(f.id)))
    if not ids or not any_one(req.text):
        return None
    return req.model_copy(
        update={"kind": RequirementKind.SKILL, "skill": ids[0], "alternatives": ids[1:]}
    )


_BACKGROUND = r"(?:background|experience|track record)"


def _names_a_field_of_work(req: Requirement) -> bool:
    """A requirement that asks for a background in a field ("Clinical background", "Sales
    experience", "a background in accounting") is checked like an experience requirement:
    by the roles held. "Experience with A/B testing" asks for a skill, not a field."""
    domain = domain_of(req.text)
    if domain is None:
        return False
    words = re.escape(domain.words)
    pattern = (
        rf"(?<!\w){words}(?:\s+\w+)?\s+{_BACKGROUND}\b"
        rf"|\b{_BACKGROUND}\s+in\s+(?:an?\s+|the\s+)?(?:\w+\s+)?{words}(?!\w)"
    )
    return re.search(pattern, req.text, re.IGNORECASE) is not None


def _group_verdict(
    group: list[Requirement], side: Side, role: Role, skills: RoleSkills
) -> tuple[SideVerdict, dict[str, Finding]]:
    group = asked_parts(group)
    found = [(req, *verdict_for(req, side, role, skills)) for req in group]
    findings = {req.id: finding for req, _, finding in found}
    if len(found) == 1:
        return found[0][1], findings
    parts: list[PartVerdict] = []
    evidence: list[Evidence] = []
    for req, verdict, _ in found:
        if verdict.parts:
            parts.extend(verdict.parts)
        else:
            note = (
                verdict.note.split(": ", 1)[-1]
                if req.kind is RequirementKind.SKILL
                else verdict.note
            )
            parts.append(PartVerdict(name=part_name(req), verdict=verdict.verdict, note=note))
        evidence.extend(verdict.evidence)
    return combine(parts, evidence, any_one=any_one(group[0].text)), findings


def build(
    role: Role, you: Side | None, hire: Side
) -> tuple[list[RequirementRow], dict[str, Finding]]:
    """The matrix, one row per requirement as the posting states it, and how each of the
    user's verdicts was found (keyed by requirement id)."""
    skills = RoleSkills.of(role)
    rows: list[RequirementRow] = []
    findings: dict[str, Finding] = {}
    for group in grouped(role):
        if you is None:
            mine = SideVerdict(verdict=Verdict.UNKNOWN, note="no resume given")
            findings.update({r.id: Finding(Verdict.UNKNOWN) for r in group})
        else:
            mine, found = _group_verdict(group, you, role, skills)
            findings.update(found)
        theirs, _ = _group_verdict(group, hire, role, skills)
        rows.append(RequirementRow(requirement=group[0], you=mine, hire=theirs, also=group[1:]))
    return rows, findings


__all__ = [
    "COMPLETE_METHODS",
    "Finding",
    "Side",
    "alternatives",
    "build",
    "complete",
    "education_level",
    "key_words",
    "language_rank",
    "ordered",
    "requirement_skill",
    "role_skill_ids",
    "verdict_for",
]
