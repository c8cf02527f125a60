"""The matrix's certification rows.

A certification requirement accepts each certificate it names: its ``skill``, its
``alternatives`` and every certificate its text names ("PMP or PRINCE2" is met by either).
A listed certificate meets it when it is the same certificate under any of its names
("Certified Kubernetes Administrator (CKA)" is "CKA"), a higher or equal level on the same
path (CCNP for "CCNA"), or, when the text says "or higher", any certificate of the same
vendor at that level or above. A lower level on the path is ``partial``; a certificate only
mentioned in the text of a job or a summary is ``partial``. A certificate the data does not
know is matched by its name (token set ratio >= :data:`NAME_BAR`). A certificate dated after
the as-of date is named as later and not counted. A licence that a role requires (a
"Staff Nurse" is a registered nurse; ``licences`` in ``occupations.json``) is shown by
holding that role.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from research.compare.matrix_base import Side, absent, complete, whole_record
from research.compare.skillmatch import slug
from research.compare.text import quote_around, squash, with_quote
from research.model import (
    Certification,
    Education,
    Evidence,
    Requirement,
    SideVerdict,
    Verdict,
)
from research.skills import find_certifications
from research.skills.certificates import asks_or_higher, certificate_id, level_name, level_of
from research.skills.certificates import standing as cert_standing
from research.skills.occupations import licence_shown_by
from research.skills.vocabulary import certifications

NAME_BAR = 85


def wanted_ids(req: Requirement) -> list[str]:
    """Every certificate the requirement accepts, in the posting's order."""
    ids: list[str] = []
    for name in [req.skill or "", *req.alternatives]:
        if name:
            ids.append(name if name in certifications() else certificate_id(name) or slug(name))
    ids += [m.id for m in find_certifications(req.text)]
    if not ids:
        ids.append(certificate_id(req.text) or slug(req.text))
    return list(dict.fromkeys(ids))


def display(cert_id: str) -> str:
    entry = certifications().get(cert_id)
    return entry.name if entry is not None else cert_id


def _names(cert_id: str) -> list[str]:
    entry = certifications().get(cert_id)
    if entry is None:
        return [cert_id]
    return [entry.name, *entry.aliases]


def _held(cert: Certification, wanted: str, or_higher: bool) -> tuple[int, str] | None:
    held = certificate_id(cert.name)
    if held is None:
        if (
            fuzz.token_set_ratio(cert.name.casefold(), " ".join(_names(wanted)).casefold())
            >= (NAME_BAR)
            and fuzz.token_set_ratio(cert.name.casefold(), _names(wanted)[0].casefold()) >= NAME_BAR
        ):
            return 2, f"{cert.name} listed"
        return None
    how = cert_standing(held, wanted, or_higher)
    if how == "same":
        return 2, f"{cert.name} listed"
    if how in ("higher", "vendor"):
        level = level_of(held)
        what = f" ({level_name(level)} level)" if level else ""
        return 2, f"{cert.name} listed{what}, which meets {display(wanted)}"
    if how == "lower":
        return 1, f"{cert.name} listed, a lower level than {display(wanted)}"
    return None


def _mentions(side: Side, wanted: list[str]) -> list[Evidence]:
    out: list[Evidence] = []
    for block in side.blocks:
        if block.place == "certification":
            continue
        for cert_id in wanted:
            for name in _names(cert_id):
                pattern = rf"(?<![\w-]){re.escape(squash(name))}(?![\w-])"
                flags = 0 if len(name) <= 5 and name.isupper() else re.IGNORECASE
                found = re.search(pattern, block.text, flags)
                if found:
                    quote = quote_around(block.text, found.start(), found.end())
                    out.extend(with_quote(block.evidence, quote, side.fallback_source)[:1])
                    break
    return out[:3]


def _education_text(entry: Education) -> str:
    quotes = [e.quote for e in entry.evidence if e.quote]
    return squash(" ".join([entry.degree, *(q.splitlines()[0] for q in quotes[:1])]))


def _awarded(side: Side, wanted: list[str]) -> SideVerdict | None:
    """A certificate awarded with a course the education section lists ("PGCE Secondary
    Mathematics with QTS, University of Leeds"): held once the course has ended."""
    for entry in side.career.education:
        ended = entry.end or entry.start
        if ended is None or (side.as_of is not None and side.as_of < ended):
            continue
        text = _education_text(entry)
        for cert_id in wanted:
            for name in _names(cert_id):
                pattern = rf"(?<![\w-]){re.escape(squash(name))}(?![\w-])"
                flags = 0 if len(name) <= 5 and name.isupper() else re.IGNORECASE
                if re.search(pattern, text, flags):
                    note = f"{display(cert_id)} awarded with a course in education ({ended})"
                    ev = with_quote(entry.evidence, text, side.fallback_source)[:1]
                    return SideVerdict(verdict=Verdict.MET, note=note, evidence=ev)
    return None


def certification_row(req: Requirement, side: Side) -> SideVerdict:
    """One side's verdict on a certification requirement."""
    wanted = wanted_ids(req)
    or_higher = asks_or_higher(req.text)
    best: tuple[int, str, Certification] | None = None
    later: list[Certification] = []
    for cert in side.career.certifications:
        if side.as_of is not None and cert.date is not None and side.as_of < cert.date:
            later.append(cert)
            continue
        for w in wanted:
            held = _held(cert, w, or_higher)
            if held is not None and (best is None or held[0] > best[0]):
                best = (held[0], held[1], cert)
    asked = " or ".join(display(w) for w in wanted)
    if best is not None:
        rank, note, cert = best
        ev = with_quote(cert.evidence, cert.name, side.fallback_source)[:1]
        verdict = Verdict.MET if rank == 2 else Verdict.PARTIAL
        return SideVerdict(verdict=verdict, note=note, evidence=ev)
    for e in side.experiences:
        for w in wanted:
            words = licence_shown_by(w, e.title) if e.title else ""
            if words and not (side.as_of and e.start and side.as_of < e.start):
                quote = f"{e.title}, {e.employer}: a role held only with the {display(w)} licence"
                ev = with_quote(e.evidence, quote, side.fallback_source)[:1]
                note = f"{display(w)} implied by the role '{e.title}' (it requires the licence)"
                return SideVerdict(verdict=Verdict.MET, note=note, evidence=ev)
    if awarded := _awarded(side, wanted):
        return awarded
    after = ""
    if any(_held(c, w, or_higher) for c in later for w in wanted):
        names = ", ".join(f"{c.name} ({c.date})" for c in later)
        after = f"; later than the as-of date, not counted: {names}"
    mentioned = _mentions(side, wanted)
    if mentioned:
        note = f"{asked} mentioned, not listed as a certification{after}"
        return SideVerdict(verdict=Verdict.PARTIAL, note=note, evidence=mentioned)
    listed = complete(list(side.career.certifications)) or whole_record(side)
    gone = absent(side, listed, f"no {asked} listed")
    return gone.model_copy(update={"note": gone.note + after}) if after else gone


def holds(career_certs: list[Certification], req: Requirement) -> bool:
    """The career lists a certificate that meets the requirement."""
    wanted, or_higher = wanted_ids(req), asks_or_higher(req.text)
    return any(
        (h := _held(c, w, or_higher)) is not None and h[0] == 2
        for c in career_certs
        for w in wanted
    )


__all__ = ["certification_row", "display", "holds", "wanted_ids"]
