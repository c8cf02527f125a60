"""The header lines of one job (dates already taken out) -> title, employer, place.

A job's header is one to three short lines in any order: "Senior Software Engineer -
Payments" / "Birchmoor Foods — Columbus, OH (on-site) — Full-time", or "Software Engineer,
Acme, Porto, Portugal", or "Acme | Engineer | Berlin". Each line is cut into pieces at
dashes, bars, " at ", "@" and commas (not inside brackets); the place at the end of a line
("Porto, Portugal", "Columbus, OH") and arrangement or contract words ("on-site",
"Full-time") are taken off first (:mod:`research.read.places`); then role words tell the
title and organisation words the employer. A short suffix after a dash on the title line
("- Payments") stays with the title when another line names the employer. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from research.read import places
from research.read.sections import looks_like_location, org_score, role_score

_STRONG = re.compile(
    r"(\s+[|·•—–]\s+|\s+-\s+|\t+|\s+@\s+|\s*\|\s*|\s{3,}|\s+(?:at|bei|chez)\s+(?=[A-Z0-9]))"
)
_PRESENT = re.compile(
    r"^(?:present|current(?:ly)?|now|today|ongoing|heute|aktuell|présent|actualidad)$", re.I
)
_DURATION = re.compile(
    r"^\(?\s*(?:\d+\s*(?:years?|yrs?|y|months?|mos?|m)\b\s*)+\)?$|^less than a year$", re.I
)
_STRIP = " ,;:|·•—–-[]"


@dataclass
class Piece:
    text: str
    sep: str
    """The separator before it: "", "dash", "bar", "at" or "comma"."""
    line: int


@dataclass
class HeaderFields:
    title: str = ""
    employer: str = ""
    location: str | None = None
    extras: list[str] = field(default_factory=list)
    """Arrangement and contract words ("hybrid", "Full-time") taken off the employer."""
    team_title: str | None = None
    """ "Senior Engineer - Payments" when the employer was read from a dash suffix of the
    title's line: the caller may decide it names a team (see ``is_team``)."""


def _kind(sep: str) -> str:
    value = sep.strip()
    if value in {"-", "–", "—"}:
        return "dash"
    if value in {"at", "bei", "chez", "@"}:
        return "at"
    return "bar"


def _commas(text: str) -> list[str]:
    """Split at ", " outside brackets."""
    out: list[str] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0 and text[i + 1 : i + 2] in {" ", ""}:
            out.append(text[start:i])
            start = i + 1
    out.append(text[start:])
    return out


def _clean(text: str) -> str:
    value = text.strip().strip(_STRIP).strip()
    if value.count("(") > value.count(")"):
        value += ")"  # "Registered Nurse (ICU)" keeps its closing bracket
    if value.count(")") > value.count("(") and value.endswith(")"):
        value = value[:-1].strip()
    if value.startswith("(") and value.endswith(")"):
        value = value[1:-1].strip()
    return value


def line_pieces(text: str, line: int) -> list[Piece]:
    parts = _STRONG.split(text)
    out: list[Piece] = []
    sep = ""
    for i, part in enumerate(parts):
        if i % 2 == 1:
            sep = _kind(part)
            continue
        for k, chunk in enumerate(_commas(part)):
            value = _clean(chunk)
            if (
                value
                and re.search(r"[A-Za-zÀ-ÿ]", value)
                and not _PRESENT.match(value)
                and not _DURATION.match(value)
            ):
                out.append(Piece(value, sep if k == 0 else "comma", line))
            if k == 0:
                sep = "comma"
        sep = ""
    return out


def _town(text: str) -> bool:
    return places.city_shape(text) and not role_score(text) and not org_score(text)


TEAM_WORDS = frozenset(
    """payments billing platform infrastructure infra data analytics growth security mobile
    web backend frontend front-end back-end search ads checkout identity risk fraud trust
    safety payroll tax audit treasury operations ops devops sre reliability tooling
    developer experience ml ai research core api apis integrations logistics fulfilment
    fulfillment supply chain marketing sales support finance hr people recruiting design
    product ux ui content editorial emea apac americas uk eu us north south east west
    cardiology oncology icu paediatrics pediatrics surgery maternity emergency radiology
    pricing forecasting perception clinical systems""".split()  # noqa: SIM905
)


def is_team(text: str) -> bool:
    """ "Payments", "Data Platform", "ICU": a team or department name."""
    words = text.lower().split()
    return bool(words) and all(w in TEAM_WORDS for w in words)


_UNIT_WORDS = frozenset(
    """care unit ward wards department dept team theatres theatre clinic division desk
    placement internship secondment rotation co-op""".split()  # noqa: SIM905
)


def is_unit(text: str) -> bool:
    """ "Intensive Care", "Cardiac Care Unit", "Payments", "Industrial Placement": a ward,
    team or kind of placement beside a title, not a place."""
    words = text.lower().split()
    if places.is_place(text) or places.is_country(text) or looks_like_location(text):
        return False  # "UK", "US": a region, not a team
    return 0 < len(words) <= 4 and (is_team(text) or words[-1] in _UNIT_WORDS)


def header_fields(lines: list[str]) -> HeaderFields:
    """Title, employer, place and extras from a job's header lines (dates removed)."""
    result = HeaderFields()
    place: list[str] = []
    by_line: list[list[Piece]] = []
    counts = [len(line_pieces(text, number)) for number, text in enumerate(lines)]
    for number, text in enumerate(lines):
        pieces: list[Piece] = []
        for piece in line_pieces(text, number):
            value, extras = places.take_extras(piece.text)
            if extras and role_score(value):
                pieces.append(piece)  # "Bookkeeper (part-time)": the title keeps its note
                continue
            result.extras.extend(extras)
            if value and not (places.is_arrangement(value) or places.is_contract(value)):
                pieces.append(Piece(value, piece.sep, piece.line))
            elif value:
                result.extras.append(value)
        kept, found, _ = places.split_place([p.text for p in pieces])
        keep = pieces[: len(kept)]
        if keep and found and keep[-1].text == f"{kept[-1]} {found[0]}":
            # the town at the end of the employer's piece went to the place
            keep[-1] = Piece(kept[-1], keep[-1].sep, keep[-1].line)
        elsewhere = sum(counts) - counts[number]
        if len(found) == 1 and len(keep) == 1 and _town(keep[0].text) and elsewhere >= 2:
            # "Davis, CA" on a line of its own, under the title and employer lines
            found, keep = [keep[0].text, *found], []
        # the place pieces of the first line that names one
        if found and not place:
            place = [p.rstrip(".") if len(p) > 3 else p for p in found]
        if keep:
            by_line.append(keep)
    others = [p for line in by_line for p in line]
    merged: list[Piece] = []
    for line in by_line:
        if (
            len(line) == 2
            and line[1].sep in {"dash", "comma"}
            and role_score(line[0].text)
            and not role_score(line[1].text)
            and not org_score(line[1].text)
            and len(line[1].text.split()) <= 3
            and any(p.line != line[0].line and not role_score(p.text) for p in others)
        ):
            # "Senior Software Engineer - Payments" above the employer's own line
            joiner = " - " if line[1].sep == "dash" else ", "
            merged.append(Piece(line[0].text + joiner + line[1].text, "", line[0].line))
        else:
            merged.extend(line)
    rest = [p.text for p in merged]
    location = ", ".join(place) if place else None
    if location is None:
        for text in rest:
            if looks_like_location(text) or places.is_place(text):
                location = text
                rest.remove(text)
                break
    if location is None:
        # "Remote" is the only place some jobs have
        location = next((x for x in result.extras if places.is_arrangement(x)), None)
    title = employer = ""
    # the title is the piece most like a role, the employer the piece most like an
    # organisation; ties go to the earlier piece
    roles = [p for p in rest if role_score(p) and role_score(p) >= org_score(p)]
    if roles:
        title = max(roles, key=lambda p: role_score(p) - org_score(p))
    orgs = [p for p in rest if p != title and org_score(p) > role_score(p)]
    if orgs:
        employer = max(orgs, key=lambda p: org_score(p) - role_score(p))
    remaining = [p for p in rest if p not in (title, employer)]
    if not title and remaining:
        title = remaining.pop(0)
    if not employer and remaining:
        # "Data Scientist – Pricing, Vireo Mutual": a team name is not the employer
        named = [p for p in remaining if not (title and is_unit(p))]
        employer = named[0] if len(named) < len(remaining) and named else remaining[0]
        remaining.remove(employer)
    units = [p for p in remaining if title and is_unit(p)]
    if (
        not units
        and len(remaining) >= 2
        and location is None
        and title
        and employer
        and all(p[:1].isupper() for p in remaining)
    ):
        # "Early Career Teacher, Computer Science — Earlsdon High School, Coventry": of two
        # leftovers, the one right after the title is its subject, the later one the place
        at = rest.index(title) + 1
        if at < len(rest) and rest[at] == remaining[0]:
            units = [remaining[0]]
    if units:
        # "Staff Nurse, Intensive Care, St Brannoc's": the ward or team stays with the title
        unit = units[0]
        remaining.remove(unit)
        before = rest.index(unit) < rest.index(title)
        title = f"{unit}, {title}" if before else f"{title}, {unit}"
    if location is None and remaining and len(remaining[0].split()) <= 4:
        location = remaining.pop(0)
    result.title, result.employer, result.location = title, employer, location
    for line in by_line:
        if (
            len(line) == 2
            and line[0].text == title
            and line[1].text == employer
            and line[1].sep == "dash"
            and not org_score(employer)
            and len(employer.split()) <= 2
        ):
            result.team_title = f"{title} - {employer}"
    return result


__all__ = ["TEAM_WORDS", "HeaderFields", "Piece", "header_fields", "is_team", "line_pieces"]
