"""The person at the top of a resume: the name (set large, or the first line that names a
person), the headline and the location from the lines beside it. Pure.

"Grace Adeyemi, Mathematics Teacher" and "Daniel Okoro Junior Software Developer" hold a
name and a headline; "Silicon Valley" or "OPERATIONS PROJECT MANAGER" are not names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from research.model import Career
from research.read import places
from research.read.blocks import Block
from research.read.sections import heading_kind, looks_like_location, org_score, role_score

_NAME = re.compile(r"^[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,3}$")
URLISH = re.compile(r"https?://|www\.|\.com\b|\.org\b|\.io\b|linkedin|github", re.IGNORECASE)

_CREDENTIALS = re.compile(r"(?:,\s*[A-Z][A-Za-z.]{1,6}){1,3}$")
# post-nominal letters after a space ("Jane Doe RN", "Sam Lee MSc FCCA"): degrees,
# licences and honours that follow names in English-speaking resumes
_POST_NOMINAL_WORDS = [
    "RN",
    "RGN",
    "RMN",
    "RSCN",
    "LPN",
    "NP",
    "APRN",
    "BSN",
    "MSN",
    "DNP",
    "CRNA",
    "CNM",
    "MD",
    "DO",
    "DDS",
    "PharmD",
    "MBChB",
    "MBBS",
    "FRCS",
    "MRCP",
    "FRCP",
    "FRCA",
    "MRCGP",
    "CPA",
    "CA",
    "ACA",
    "FCA",
    "ACCA",
    "FCCA",
    "CIMA",
    "ACMA",
    "FCMA",
    "CFA",
    "CTA",
    "PMP",
    "PE",
    "CEng",
    "IEng",
    "FIET",
    "MIET",
    "PhD",
    "DPhil",
    "MPhil",
    "MSc",
    "BSc",
    "BA",
    "MA",
    "MEng",
    "BEng",
    "MBA",
    "MPH",
    "MSW",
    "LCSW",
    "JD",
    "LLB",
    "LLM",
    "EdD",
    "PGCE",
    "QTS",
    "FHEA",
    "MCIPD",
    "CMgr",
    "MBE",
    "OBE",
    "CBE",
    "CISSP",
    "CISM",
]
# the same letters with full stops ("Jane Doe R.N.", "Sam Lee Ph.D.")
_DOTTED = [r"\.".join(re.findall(r"[A-Z][a-z]?", w)) + r"\." for w in _POST_NOMINAL_WORDS]
_POST_NOMINALS = re.compile(
    r"(?:,?\s+(?:(?:"
    + "|".join(_POST_NOMINAL_WORDS)
    + r")\b\.?|(?:"
    + "|".join(_DOTTED)
    + r"))(?:\s*\(Hons\))?){1,4}$"
)


_DOCUMENT_TITLES = frozenset(
    [
        "curriculum vitae",
        "curriculum vitæ",
        "curriculum",
        "resume",
        "résumé",
        "cv",
        "lebenslauf",
        "personal information",
        "personal details",
        "persönliche angaben",
        "persönliche daten",
        "informations personnelles",
        "état civil",
        "datos personales",
        "about me",
        "über mich",
        "à propos",
    ]
)
_NAME_LABEL = re.compile(
    r"^\s*(?:(?:full\s+)?name|nom(?:\s+et\s+prénom)?|nombre|vor-?\s*und\s+nachname|"
    r"personal\s+information|personal\s+details|persönliche\s+angaben|persönliche\s+daten|"
    r"informations\s+personnelles|datos\s+personales)\s*(?::|\|)?\s+(\S.*)$",
    re.IGNORECASE,
)


def is_document_title(text: str) -> bool:
    """ "Curriculum Vitae", "Résumé", "Personal information": what a page is, not who."""
    return " ".join(text.strip().strip(":").casefold().split()) in _DOCUMENT_TITLES


def labelled_name(text: str) -> str | None:
    """ "Name | Jonas Eberle", "Name: Jonas Eberle", "PERSONAL INFORMATION Jonas Eberle":
    the name given as the value of a label."""
    match = _NAME_LABEL.match(text)
    return person_name(match.group(1)) if match else None


def person_name(text: str) -> str | None:
    """ "Jane Doe", "JANE DOE", "Jane Doe, RN, BSN" and "Alex Kim (they/them)" name a
    person; section headings, document titles and job titles do not."""
    value = re.sub(r"\s*\([^)]*\)\s*$", "", text.strip())
    value = _CREDENTIALS.sub("", value).strip()
    if not value.isupper():  # "JANE DOE MD" would be ambiguous: nothing is taken off
        bare = _POST_NOMINALS.sub("", value).strip()
        if len(bare.split()) >= 2:
            value = bare
    if (
        not _NAME.match(value)
        or role_score(value)
        or heading_kind(value)
        or is_document_title(value)
        or _NAME_LABEL.match(value)
    ):
        return None
    if places.is_place(value) or org_score(value):
        return None  # "Silicon Valley", "San Francisco, CA", "Acme Labs"
    return value.title() if value.isupper() else value


def _name_with_headline(text: str) -> tuple[str, str] | None:
    """ "Grace Adeyemi, Mathematics Teacher" and "Daniel Okoro Junior Software Developer":
    a name and a headline on one line (the headline names a role)."""
    value = text.strip()
    match = re.match(r"^(.+?)(?:\s*[,|·•]\s*|\s+[–—-]\s+)(.+)$", value)
    if match and (name := person_name(match.group(1))) and role_score(match.group(2)):
        return name, match.group(2).strip()
    words = value.split()
    if value.isupper():
        return None  # in capitals, where a name ends and a title starts cannot be told
    # two words of name, the rest a title ("Watanabe Kenji Mechanical Design Engineer")
    if len(words) > 2 and (name := person_name(" ".join(words[:2]))):
        tail = " ".join(words[2:])
        if (
            len(words) > 3  # "Operations Project Manager" is a title, not a name and a role
            and role_score(tail)
            and not role_score(" ".join(words[:2]))
            and tail[:1].isupper()
        ):
            return name, tail
    for k in (3, 4):
        if len(words) <= k:
            break
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if (
            (name := person_name(head))
            and role_score(tail)
            and not role_score(head)
            and tail[:1].isupper()
            and role_score(words[k]) + org_score(words[k]) + _seniority(words[k]) > 0
        ):
            return name, tail
    return None


_SENIORITY = frozenset(
    [
        "senior",
        "junior",
        "lead",
        "staff",
        "principal",
        "chief",
        "head",
        "associate",
        "assistant",
        "graduate",
        "trainee",
        "registered",
        "certified",
        "licensed",
        "qualified",
    ]
)


def _seniority(word: str) -> int:
    return 1 if word.lower() in _SENIORITY else 0


def take_name(blocks: list[Block], career: Career) -> list[Block]:
    """The name set in the largest type (first heading of level 1), wherever the layout
    put it (in a two-column PDF it comes after the sidebar); the line after it is the
    headline."""
    for i, block in enumerate(blocks):
        if block.heading != 1:
            continue
        if not (name := person_name(block.text)):
            both = _name_with_headline(block.text)
            if both is not None:
                career.name, career.headline = both
                return blocks[:i] + blocks[i + 1 :]
            first, sep, beside = block.text.partition(" | ")
            if sep and (name := person_name(first)):
                # "Grace Adeyemi | Manchester": the name, then header text set beside it
                career.name = name
                return [*blocks[:i], replace(block, text=beside, heading=0), *blocks[i + 1 :]]
            return blocks
        if name:
            career.name = name
            rest = blocks[:i] + blocks[i + 1 :]
            after = blocks[i + 1] if i + 1 < len(blocks) else None
            if (
                after is not None
                and after.heading != 1
                and not after.bullet
                and heading_kind(after.text) is None
                and not URLISH.search(after.text)
                and not looks_like_location(after.text)
            ):
                # "Data Engineer · Austin, TX": the first piece; the rest stays for the header
                pieces = [p.strip() for p in re.split(r"\s*[|•·]\s*", after.text) if p.strip()]
                if pieces and len(pieces[0].split()) <= 12 and not looks_like_location(pieces[0]):
                    career.headline = pieces[0]
                    if len(pieces) == 1:
                        rest.remove(after)
            return rest
    return blocks


def _is_place(text: str) -> bool:
    return looks_like_location(text) or places.is_place(text)


def read_header(header: list[Block], career: Career) -> None:
    """The name (when not found in large type), the location and the headline from the
    lines above the first section. A town alone above its country ("Cork" / "Ireland") is
    one place; the headline is the first line naming a role, else the first other text."""
    lines = [b for b in header if b.text and not URLISH.search(b.text)]
    candidates: list[str] = []
    for index, block in enumerate(lines):
        pieces = [p.strip() for p in re.split(r"\s*[|•·]\s*|\s+[–—-]\s+", block.text) if p.strip()]
        if career.name is None and (name := labelled_name(block.text) or person_name(block.text)):
            career.name = name
            continue
        if career.name is None and (both := _name_with_headline(block.text)):
            career.name, headline = both
            career.headline = career.headline or headline
            continue
        after = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
        for piece in pieces:
            if (
                career.location is None
                and len(pieces) == 1
                and places.city_shape(piece)
                and not places.is_country(piece)
                and places.is_country(after)
            ):
                career.location = f"{piece}, {after}"  # "Cork" above "Ireland"
            elif career.location is None and _is_place(piece):
                career.location = piece
        candidates += [
            p
            for p in pieces
            if p != career.location
            and not _is_place(p)
            and not (career.location or "").endswith(p)
            and len(p) > 2
        ]
    if career.name is not None and career.headline is None and candidates:
        roles = [c for c in candidates if role_score(c)]
        career.headline = roles[0] if roles else candidates[0]


__all__ = [
    "URLISH",
    "is_document_title",
    "labelled_name",
    "person_name",
    "read_header",
    "take_name",
]
