"""Reading the entries of one resume section: experiences, education, skills, languages,
certifications and public work. Pure functions over :class:`~research.read.blocks.Block`.

An experience is a group of short header lines (title, employer, place, dates, in any
order and on one or several lines) followed by bullets or sentences. Title and employer
on one line are split at " - ", " | ", " — ", ", ", " at " or "@"; role words ("Engineer",
"Nurse", "Teacher") tell the title, organisation words ("Corp", "Labs", "Hospital") and
position tell the employer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from research.model import (
    Education,
    Evidence,
    Experience,
)
from research.read import vocab
from research.read.blocks import Block
from research.read.dates import DateRange, parse_range
from research.read.headers import header_fields, is_team
from research.read.sections import (
    INSTITUTION_WORDS,
    looks_like_location,
    org_score,
    role_score,
)

MakeEvidence = Callable[[list[Block]], Evidence]

_STRONG_SPLIT = re.compile(r"\s+[|·•—–]\s+|\s+-\s+|\t+|\s+@\s+|\s*\|\s*|\s{3,}")
_AT_SPLIT = re.compile(r"\s+(?:at|bei|chez)\s+(?=[A-Z0-9])")
_EMPTY_BRACKETS = re.compile(r"\(\s*[,;|–—-]?\s*\)|\[\s*\]")


@dataclass
class _Entry:
    header: list[Block] = field(default_factory=list)
    details: list[Block] = field(default_factory=list)


def is_detail(block: Block) -> bool:
    """Bullets and sentences describe an entry; short lines head it (a short dated bullet
    such as "* Operations Manager at Blue Harbor — 03/2018 – present" heads one too)."""
    text = block.text
    count = len(text.split())
    if block.bullet:
        found = parse_range(text) if count <= 16 and not text.endswith(".") else None
        return found is None or found.start is None
    if parse_range(text) is not None and count <= 12 and ";" not in text:
        return False
    if block.indented and (
        (count >= 5 and (count > 8 or not (role_score(text) or org_score(text))))
        or (text.endswith((".", ";")) and not _ABBREVIATION_END.search(text))
    ):
        return True  # "  Train and deploy detection models; model serving with Triton; drift"
    found = parse_range(text) if count <= 22 and not text.endswith(".") else None
    if (
        found is not None
        and found.start is not None
        and (found.span[0] <= 2 or found.span[1] >= len(text.rstrip()) - 2)
        and ";" not in text  # "Taught KS3–KS5 maths; Head of Year 9 (2020–2023)."
    ):
        return False  # "Feb 2018 – Present | Financial Controller, Glenmore Dairy — Cork, …"
    return count > 14 or (text.endswith(".") and (count > 5 or _short_sentence(text)))


_ABBREVIATION_END = re.compile(
    r"\b(?:[A-Z][a-z]{0,2}|Corp|Bros|Assn|[A-Z]\.[A-Z]|inc|ltd|co|corp|jr|sr)\.$"
)


def _short_sentence(text: str) -> bool:
    """ "Laid out book covers." is a sentence; "Acme Inc." and "Sr. Engineer, Acme Co." are
    not."""
    words = text.split()
    if len(words) < 3 or _ABBREVIATION_END.search(text) or "," in text:
        return False
    lower = [w for w in words[1:] if w[:1].islower() and w not in _TITLE_LINKS]
    return bool(lower) or (not role_score(text) and not org_score(text))


_TITLE_LINKS = frozenset(["of", "and", "the", "at", "for", "in", "&", "de", "du", "la", "und"])


def _heads_dated_line(block: Block, after: Block | None) -> bool:
    """A short list item right above a date line ("• Engineer, Acme" then "Jul 2024 -
    Present") heads an entry."""
    if after is None or after.bullet or not block.bullet:
        return False
    text = block.text.strip()
    if len(text.split()) > 10 or text.endswith(".") or parse_range(text) is not None:
        return False
    found = parse_range(after.text)
    return found is not None and found.start is not None and len(after.text.split()) <= 10


_SUMMARY_SEPARATOR = re.compile(r"^\s*(?:[—–|:;]|-(?=\s)|\.(?=\s))\s*")
_HEAD_END = re.compile(r"(?:[,(|—–]|\s-)\s*$")


def split_dated_bullet(block: Block) -> tuple[Block, Block] | None:
    """A list item or line that holds a whole job ("- Senior Accountant, Acme — Mar 2019 –
    Jan 2025 — US GAAP close in NetSuite.", "Cloud Architect, Acme, Apr 2019 - Jun 2025:
    AWS design."): the head up to the date range, and the summary after it. None when the
    item is not laid out so."""
    text = block.text
    if not block.bullet and not re.search(r",|\s(?:at|@)\s", text[: len(text) // 2 + 1]):
        return None  # outside a list, the head must hold a title and an employer
    found = parse_range(text)
    if found is None or found.start is None:
        return None
    a, b = found.span
    head = text[:a].strip()
    rest = text[b:]
    sep = _SUMMARY_SEPARATOR.match(rest)
    summary = rest[sep.end() :].strip() if sep else ""
    if (
        not head
        or not _HEAD_END.search(text[:a])
        or len(head.split()) > 12
        or head.endswith(".")
        or not (role_score(head) or org_score(head))
        or sep is None
        or not summary
    ):
        return None
    return (
        Block(text[:b].strip(), block.page, 0, block.bullet, block.bold),
        Block(summary, block.page, 0, True),
    )


def _cells(block: Block) -> list[str]:
    return [c.strip() for c in block.text.split(" | ")]


def _all_dates(cells: list[str]) -> bool:
    return all((f := parse_range(c)) is not None and f.span[1] - f.span[0] >= len(c) - 2
               for c in cells)  # fmt: skip


def transpose_cards(blocks: list[Block]) -> list[Block]:
    """Entries set side by side as cards ("Nagoya University | Nagoya University", then
    "Apr 2010 - Mar 2012 | Apr 2006 - Mar 2010"): consecutive lines with the same number of
    cells, one of them all dates, are read card by card."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        width = len(_cells(blocks[i])) if not blocks[i].bullet else 1
        j = i
        while (
            j < len(blocks)
            and not blocks[j].bullet
            and width > 1
            and len(_cells(blocks[j])) == width
        ):
            j += 1
        group = blocks[i:j]
        if len(group) >= 2 and any(_all_dates(_cells(b)) for b in group):
            for column in range(width):
                for block in group:
                    out.append(Block(_cells(block)[column], block.page, 0, False, block.bold))
            i = j
            continue
        # no row of dates here, nor in any part of this run: keep the run as it is
        out.extend(group or blocks[i : i + 1])
        i = max(j, i + 1)
    return out


def _bullet_end(text: str) -> bool:
    """One or two words closing a sentence ("PostgreSQL.", "the Web."), not an
    abbreviated name ("Acme Inc.")."""
    words = text.split()
    return (
        len(words) <= 2
        and text.endswith(".")
        and not _ABBREVIATION_END.search(text)
        and parse_range(text) is None
    )


def _starts_with_range(text: str) -> bool:
    """ "septembre 2016–janvier 2020 ...": a range that opens a line (month names are
    lower case in French, Spanish and other languages) heads an entry."""
    found = parse_range(text)
    return found is not None and found.start is not None and found.span[0] <= 2


def _group(blocks: list[Block]) -> list[_Entry]:
    entries: list[_Entry] = []
    blocks = transpose_cards(blocks)
    for index, block in enumerate(blocks):
        last = entries[-1] if entries else None
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        if (whole := split_dated_bullet(block)) is not None:
            entries.append(_Entry([whole[0]], [whole[1]]))
            continue
        if _heads_dated_line(block, after):
            if not entries or entries[-1].details or entries[-1].header:
                entries.append(_Entry())
            entries[-1].header.append(block)
            continue
        if (
            last is not None
            and last.details
            and not block.bullet
            and block.text[:1].islower()
            and not _starts_with_range(block.text)
            and not (
                last.details[-1].text.endswith((".", "!", "?"))
                and (found := parse_range(block.text)) is not None
                and found.start is not None
                and not is_detail(block)
            )
        ):
            # a wrapped line continues the previous bullet or sentence ("iOS Developer,
            # Acme — 2016 – 2023" after a finished sentence heads a new entry)
            prev = last.details[-1]
            last.details[-1] = Block(f"{prev.text} {block.text}", prev.page, 0, prev.bullet)
        elif (
            last is not None
            and last.details
            and last.details[-1].bullet
            and not block.bullet
            and _bullet_end(block.text)
        ):
            # "• Leitung der Migration auf" then "PostgreSQL.": the bullet's last word
            prev = last.details[-1]
            last.details[-1] = Block(f"{prev.text} {block.text}", prev.page, 0, True)
        elif is_detail(block):
            if last is None:
                last = _Entry()
                entries.append(last)
            last.details.append(block)
        else:
            if not entries or entries[-1].details:
                entries.append(_Entry())
            entries[-1].header.append(block)
    return _split_multi_dates(entries)


def _split_multi_dates(entries: list[_Entry]) -> list[_Entry]:
    """A header group with several date ranges holds several entries."""
    out: list[_Entry] = []
    for entry in entries:
        dated = [i for i, b in enumerate(entry.header) if parse_range(b.text) is not None]
        if len(dated) <= 1:
            out.append(entry)
            continue
        cuts: list[int] = []
        if dated[0] == 0:
            cuts = dated
        else:
            cuts = [0]
            for i in dated[:-1]:
                j = i + 1
                while j < len(entry.header) and looks_like_location(entry.header[j].text):
                    j += 1
                cuts.append(j)
        pieces = [
            entry.header[a:b] for a, b in zip(cuts, [*cuts[1:], len(entry.header)], strict=True)
        ]
        for k, piece in enumerate(pieces):
            out.append(_Entry(piece, entry.details if k == len(pieces) - 1 else []))
    return out


def _pieces(text: str, *, education: bool = False) -> list[str]:
    parts: list[str] = []
    for chunk in _STRONG_SPLIT.split(text):
        split = (
            [x for part in _AT_SPLIT.split(chunk) for x in re.split(r",\s+", part)]
            if education
            else _AT_SPLIT.split(chunk)
        )
        for part in split:
            part = part.strip(" ,;:|·•—–-()[]")
            if part.count("(") > part.count(")"):
                part += ")"  # "Registered Nurse (ICU)" keeps its closing bracket
            if part:
                parts.append(part)
    if education:
        return parts
    out: list[str] = []
    todo = parts[::-1]
    while todo:
        part = todo.pop()
        # "Sunrise Care Home, Davis, CA": the place at the end is split off
        place = re.match(r"^(.+?),\s+([^,]+,\s*[^,]+)$", part)
        if place and looks_like_location(place.group(2)) and not looks_like_location(part):
            out.extend([place.group(1).strip(), place.group(2).strip()])
            continue
        head, sep, tail = part.partition(", ")
        title_first = role_score(head) and not role_score(tail) and not looks_like_location(part)
        place_last = (
            org_score(head)
            and not org_score(tail)
            and not role_score(tail)
            and len(tail.split()) <= 3
            and tail[:1].isupper()
        )
        if sep and (title_first or place_last):
            # "Head of History, Kingsbridge Academy, Plymouth": the rest is split again
            out.append(head.strip())
            todo.append(tail.strip())
        else:
            out.append(part)
    return out


def _without_range(text: str, found: DateRange | None) -> str:
    if found is None:
        return text
    a, b = found.span
    rest = text[:a] + " | " + text[b:]
    rest = re.sub(r"\(\s*\d+\s+(?:years?|yrs?|months?|mos?)\b[^)]*\)", "", rest, flags=re.I)
    return _EMPTY_BRACKETS.sub("", rest)


def _header_fields(lines: list[str], above: str = "") -> tuple[str, str, str | None]:
    found = header_fields(lines)
    if found.team_title is not None and (
        is_team(found.employer)
        or (
            above
            and found.employer.casefold() in above.casefold().split()
            and found.employer.casefold() != above.casefold()
        )
    ):
        # "Senior Software Engineer - Payments" under a role at "Kestrel Payments": a team
        return found.team_title, "", found.location
    return found.title, found.employer, found.location


_DETAIL_LABELS = frozenset(
    [
        "highlights",
        "achievements",
        "key achievements",
        "accomplishments",
        "responsibilities",
        "key responsibilities",
        "duties",
        "tasks",
        "main tasks",
        "aufgaben",
        "erfolge",
        "réalisations",
        "missions",
        "logros",
        "responsabilidades",
    ]
)


def _detail_label(header: list[Block]) -> bool:
    """A lone "Highlights" or "Key achievements:" line heads the details of a job, not a
    job."""
    return len(header) == 1 and header[0].text.strip(" :").casefold() in _DETAIL_LABELS


def experiences(blocks: list[Block], evidence: MakeEvidence) -> list[Experience]:
    out: list[Experience] = []
    for entry in _group(blocks):
        if not entry.header or (out and _detail_label(entry.header)):
            # "Highlights", "Key achievements": a label over the details of the job above
            if out and entry.details:
                out[-1].summary = _join(out[-1].summary, entry.details)
            continue
        found: DateRange | None = None
        lines: list[str] = []
        for block in entry.header:
            here = parse_range(block.text) if found is None else None
            if here is not None and here.start is None and here.end is None:
                here = None
            if here is not None:
                found = here
            lines.append(_without_range(block.text, here))
        title, employer, location = _header_fields(lines, out[-1].employer if out else "")
        if not title and not employer:
            if found is not None and found.start is not None and out and out[-1].start is None:
                # a date set apart from its job (a date column lower than the title)
                out[-1].start, out[-1].end = found.start, found.end
                out[-1].summary = _join(out[-1].summary, entry.details)
            continue
        if found is not None and found.start is None:
            start, end = found.end, found.end
        else:
            start = found.start if found else None
            end = found.end if found else None
        out.append(
            Experience(
                title=title,
                employer=employer,
                start=start,
                end=end,
                location=location,
                summary=_join("", entry.details),
                evidence=[evidence(entry.header + entry.details[:3])],
            )
        )
    _inherit_employers(out)
    return out


def _inherit_employers(items: list[Experience]) -> None:
    """Company line, then several roles: roles without an employer take the company's."""
    for i, item in enumerate(items):
        if item.employer or i == 0:
            continue
        item.employer = items[i - 1].employer


def _join(summary: str, details: list[Block]) -> str:
    text = "\n".join(b.text for b in details)
    return f"{summary}\n{text}".strip() if summary else text


# --- education --------------------------------------------------------------------------

_GENERIC_OF = re.compile(
    r"^of\s+(?:(?:applied|fine|liberal)\s+)?(?:science|sciences|arts|philosophy|studies)\b",
    re.IGNORECASE,
)
_DEGREE_TOKEN = re.compile(
    r"^\s*(?:(?:bachelor|master|doctor|associate)(?:'s)?(?:\s+degree)?"
    r"|ph\.?\s?d\.?|d\.?phil\.?|mba|m\.?\s?sc\.?|b\.?\s?sc\.?|m\.?\s?a\.?|b\.?\s?a\.?|m\.?\s?s\.?|"
    r"b\.?\s?s\.?|m\.?\s?eng\.?|b\.?\s?eng\.?|m\.?\s?ed\.?|b\.?\s?ed\.?|bsn|msn|b\.?\s?com\.?|"
    r"ll\.?\s?[bm]\.?|diplom[a-z-]*|a-levels?|abitur|high school diploma|licence|master|"
    r"licenciatura|associate degree|"
    r"(?:bba|bfa|mfa|mphys|mchem|mmath|mpharm|[bm]\.?\s?tech\.?|[bm]\.e\.|grado|hbo|bn)"
    r")(?![A-Za-z])(?:\s*\((?:hons?|honours)\.?\)|\s+\(hons?\)|\s+with honou?rs)?",
    re.IGNORECASE,
)
_FIELD_AFTER = re.compile(r"\b(?:in|of)\s+(.+)$", re.IGNORECASE)


def degree_field(degree: str) -> str | None:
    """ "MSc Computer Science" -> "Computer Science"; "Bachelor of Science in Nursing" ->
    "Nursing"; "B.A., Mathematics" -> "Mathematics"."""
    text = re.sub(r"\s*\([^)]*\)\s*$", "", degree).strip()
    # LinkedIn writes "Master of Science - MS": the abbreviation repeats the degree
    text = re.sub(r"\s+[-–]\s+[A-Z][A-Za-z.]{1,7}$", "", text)
    match = _DEGREE_TOKEN.match(text)
    rest = text[match.end() :] if match else text
    if match:
        rest = rest.strip()
        generic = _GENERIC_OF.match(rest)
        if generic:
            rest = rest[generic.end() :]
    inner = re.search(r"\bin\s+(.+)$", rest, re.IGNORECASE)
    if inner:
        rest = inner.group(1)
    elif match is None:
        after = _FIELD_AFTER.search(text)
        rest = after.group(1) if after else ""
    rest = re.sub(r"^\s*\([^)]*\)", "", rest)  # "BSc (Tech) Information Technology"
    rest = rest.strip(" ,;:-–—()")
    rest = re.sub(r"^(?:in|of|em|en)\s+", "", rest, flags=re.IGNORECASE)
    rest = re.sub(
        r",?\s*(?:with\s+)?(?:first[- ]class|distinction|honou?rs|cum laude|gpa.*)$",
        "",
        rest,
        flags=re.IGNORECASE,
    ).strip(" ,;:-–—")
    return rest or None


def education(blocks: list[Block], evidence: MakeEvidence) -> list[Education]:
    out: list[Education] = []
    current: dict[str, str] = {}
    dates: DateRange | None = None
    used: list[Block] = []

    def close() -> None:
        nonlocal dates, used
        if current.get("institution") or current.get("degree"):
            degree = current.get("degree", "")
            out.append(
                Education(
                    institution=current.get("institution", ""),
                    degree=degree,
                    level=vocab.degree_level(degree) if degree else None,
                    field=current.get("field")
                    or (degree_field(degree) if degree and "unknown" not in current else None),
                    start=dates.start if dates else None,
                    end=dates.end if dates else None,
                    evidence=[evidence(used)],
                )
            )
        current.clear()
        dates = None
        used = []

    rows = transpose_cards(blocks)
    for index, block in enumerate(rows):
        if block.bullet and is_detail(block) and not vocab.degree_level(block.text):
            continue
        found = parse_range(block.text)
        text = _without_range(block.text, found)
        pieces = [p for p in _pieces(text, education=True) if re.search(r"[A-Za-zÀ-ÿ]", p)]
        inst = next((p for p in pieces if INSTITUTION_WORDS.search(p)), None)
        if inst is not None:
            # "Academy of Arts, Architecture and Design in Prague": a comma inside the name
            at = pieces.index(inst) + 1
            while (
                at < len(pieces)
                and re.search(r"\s(?:and|of|for|in|&)\s", pieces[at])
                and not vocab.degree_level(pieces[at])
                and not INSTITUTION_WORDS.search(pieces[at])
            ):
                inst = f"{inst}, {pieces[at]}"
                pieces[at - 1 : at + 1] = [inst]
        degree = next((p for p in pieces if p != inst and vocab.degree_level(p)), None)
        if degree is None and inst and vocab.degree_level(inst) and len(pieces) == 1:
            degree, inst = inst, None
        if (
            degree is None
            and inst is not None
            and pieces.index(inst) > 0
            and (not current.get("degree") or current.get("institution"))
            and not looks_like_location(pieces[0])
        ):
            # "PGCE Secondary Mathematics with QTS, University of Nottingham": a qualification
            # the level vocabulary does not know, named before the school (its field is
            # left unread: the name's shape is unknown)
            degree = pieces[0]
            current["unknown"] = degree
        if (
            (inst and current.get("institution"))
            or (degree and current.get("degree"))
            or (found and dates)
        ):
            close()
        if inst:
            current["institution"] = inst
        if degree:
            current["degree"] = degree
            # "PhD, Computer Science, University of Edinburgh": the field is its own piece
            after = pieces[pieces.index(degree) + 1 :]
            if degree_field(degree) is None and after and after[0] != inst:
                current["field"] = after[0]
        if found:
            dates = found
        nxt = rows[index + 1].text if index + 1 < len(rows) else ""
        if (
            inst is None
            and degree is None
            and not found
            and len(pieces) == 1
            and len(pieces[0].split()) <= 2
            and "institution" not in current
            and current.get("degree")
            and INSTITUTION_WORDS.search(nxt)
            and not vocab.degree_level(nxt)
        ):
            # "Master of Engineering, Mechanical" / "Engineering" / "Nagoya University":
            # the degree line wrapped, the school follows
            key = "field" if current.get("field") else "degree"
            current[key] = f"{current[key]} {pieces[0]}"
        elif (
            inst is None
            and degree is None
            and not found
            and pieces
            and not is_detail(block)
            and "institution" not in current
            and current.get("degree")
        ):
            current["institution"] = pieces[0]
        used.append(block)
    close()
    return out


__all__ = [
    "MakeEvidence",
    "degree_field",
    "education",
    "experiences",
    "is_detail",
    "transpose_cards",
]
