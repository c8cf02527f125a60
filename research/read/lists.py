"""Reading list-like sections: skills, spoken languages, certifications and public work
(projects, publications, talks, patents). Pure functions over
:class:`~research.read.blocks.Block`."""

from __future__ import annotations

import re
from dataclasses import replace

from research.model import Certification, Language, Skill, Work, WorkKind
from research.read import vocab
from research.read.blocks import Block
from research.read.dates import parse_range
from research.read.entries import MakeEvidence, _group, _without_range
from research.read.sections import INSTITUTION_WORDS
from research.skills import find_certifications

_LIST_SPLIT = re.compile(r"\s*(?:[,;|•·●▪]|\s-\s|\s–\s)\s*")
_LABEL = re.compile(r"^\s*([^:]{2,40}):\s*(.+)$")


def list_items(text: str) -> list[str]:
    """ "Languages: Python, Go | Cloud: AWS" -> ["Python", "Go", "AWS"]."""
    items: list[str] = []
    for chunk in re.split(r"\s+\|\s+(?=[^:|]{2,40}:)", text):
        label = _LABEL.match(chunk)
        body = label.group(2) if label else chunk
        for item in _LIST_SPLIT.split(body):
            item = re.sub(r"\s*\([^)]*\)\s*$", "", item).strip(" .:")
            if item:
                items.append(item)
    return items


def skills(blocks: list[Block], evidence: MakeEvidence) -> list[Skill]:
    out: list[Skill] = []
    seen: set[str] = set()

    def add(name: str, skill_id: str | None, block: Block) -> None:
        key = skill_id or name.lower()
        if key in seen:
            return
        seen.add(key)
        out.append(Skill(name=name, id=skill_id, evidence=[evidence([block])]))

    for block in blocks:
        for item in list_items(block.text):
            entry = vocab.lookup_skill(item) if len(item.split()) <= 5 else None
            if entry is not None:
                add(item, entry.id, block)
                continue
            matches = vocab.find_skills(item)
            short = len(item.split()) <= 4 and len(item) <= 40
            if len(matches) == 1 and short and _only_modifiers(item, matches[0].text):
                add(item, matches[0].id, block)  # "Advanced Excel"
            elif len(matches) > 1 or (matches and not short):
                for match in matches:
                    add(match.text, match.id, block)
            elif short:
                add(item, None, block)  # "Platform Engineering": not half a match
    return out


_MODIFIERS = frozenset(
    [
        "advanced",
        "basic",
        "basics",
        "expert",
        "proficient",
        "strong",
        "solid",
        "intermediate",
        "beginner",
        "fluent",
        "working",
        "knowledge",
        "of",
        "in",
        "and",
        "skills",
        "experienced",
        "senior",
        "junior",
    ]
)


def _only_modifiers(item: str, matched: str) -> bool:
    rest = item.lower().replace(matched.lower(), " ", 1)
    return all(word in _MODIFIERS for word in re.findall(r"[a-z]+", rest))


_LEVEL_SPLIT = re.compile(r"\s*(?:\(([^)]+)\)|[:–—-]\s+(.+))\s*$")


_LEVEL_WORDS = re.compile(
    r"^(?:native(?: speaker| or bilingual)?|mother tongue|bilingual|fluent|conversational|"
    r"basic|beginner|elementary|intermediate|upper intermediate|advanced|proficient|"
    r"business(?: fluent)?|professional(?: working)?|full professional|limited working|"
    r"working knowledge|[abc][12])(?: \(?[abc][12]\)?)?$",
    re.IGNORECASE,
)


def _trailing_level(item: str) -> tuple[str, str | None]:
    """ "English Native" -> ("English", "Native")."""
    words = item.split()
    for size in (3, 2, 1):
        if len(words) > size and _LEVEL_WORDS.match(" ".join(words[-size:])):
            return " ".join(words[:-size]), " ".join(words[-size:])
    return item, None


def languages(blocks: list[Block], evidence: MakeEvidence) -> list[Language]:
    """Languages with their levels: "Spanish (B2)", "German – fluent", "English Native",
    and a row of levels under a row of languages ("Swedish | English" / "Native | Fluent")."""
    out: list[Language] = []
    for block in blocks:
        items = [i.strip() for i in re.split(r"\s*[,;|•·]\s*(?![^()]*\))", block.text) if i.strip()]
        if items and all(_LEVEL_WORDS.match(i) for i in items):
            bare = [x for x in out if x.level is None]
            if len(bare) >= len(items):
                for language, level in zip(bare[-len(items) :], items, strict=True):
                    language.level = level
                continue
        for item in items:
            match = _LEVEL_SPLIT.search(item)
            name = item[: match.start()].strip() if match else item
            level = (match.group(1) or match.group(2)).strip() if match else None
            if level is None:
                name, level = _trailing_level(name)
            if not name or len(name.split()) > 3 or _LEVEL_WORDS.match(name):
                continue
            out.append(Language(name=name, level=level, evidence=[evidence([block])]))
    return out


_CREDENTIAL_WORDS = re.compile(
    r"\b(?:certified|certificate|certification|licen[cs]ed?|registered|registration|"
    r"chartered|accredited|qualified|prescriber)\b",
    re.IGNORECASE,
)


def is_credential(block: Block) -> bool:
    """A certificate, licence or registration line in a section that also holds degrees
    ("Qualifications": "ACCA (Association of Chartered Certified Accountants), 2020", "NMC
    Registered Nurse (Adult)"); degrees, schools and their details are not."""
    text = block.text
    if vocab.degree_level(text) or INSTITUTION_WORDS.search(text) or len(text.split()) > 14:
        return False
    if text.endswith(".") and len(text.split()) > 6:
        return False  # a sentence about a course
    return bool(_CREDENTIAL_WORDS.search(text) or find_certifications(text))


def certifications(blocks: list[Block], evidence: MakeEvidence) -> list[Certification]:
    out: list[Certification] = []
    for block in blocks:
        found = parse_range(block.text)
        text = _without_range(block.text, found).strip(" |,;–—-")
        issuer: str | None = None
        paren = re.search(r"\(([^)]*)\)\s*$", text)
        if paren and re.fullmatch(r"[A-Z][A-Za-z0-9&+-]{1,7}", paren.group(1).strip()):
            paren = None  # "Advanced Life Support (ALS)": an acronym, part of the name
        if paren:
            issuer = paren.group(1).strip(" ,;|–—-") or None
            text = text[: paren.start()].strip()
        parts = [p.strip() for p in re.split(r"\s+[|·—]\s+|\s*\|\s*", text) if p.strip()]
        if not parts:
            continue
        name = parts[0]
        if len(parts) > 1 and issuer is None:
            issuer = parts[1]
        acronyms = [p.strip() for p in name.split(",")]
        if len(acronyms) > 1 and all(re.fullmatch(r"[A-Z][A-Za-z0-9-]{1,6}", a) for a in acronyms):
            # "BLS, ACLS": a list of short credentials
            date = found.end or found.start if found else None
            out.extend(
                Certification(name=a, date=date, evidence=[evidence([block])]) for a in acronyms
            )
            continue
        date = found.end or found.start if found else None
        out.append(Certification(name=name, issuer=issuer, date=date, evidence=[evidence([block])]))
    return out


_REFERENCE = re.compile(
    r"^\s*(?:(?:doi|isbn(?:-1[03])?|issn|arxiv|pmid|url|available at|retrieved from)\b\s*:?\s*\S"
    r"|(?:https?://|www\.)\S+\s*$|10\.\d{4,9}/\S+\s*$)",
    re.IGNORECASE,
)


def is_reference(text: str) -> bool:
    """A DOI, ISBN, arXiv id or address line: part of the publication above it."""
    return _REFERENCE.match(text) is not None


def _citations(blocks: list[Block]) -> bool:
    """Most lines are whole citations ("Nair, P. (2021). Title. Journal.")."""
    lines = [b for b in blocks if not is_reference(b.text)]
    cited = [
        b for b in lines if len(b.text.split()) >= 6 and re.search(r"\b(?:19|20)\d{2}\b", b.text)
    ]
    return bool(lines) and len(cited) * 2 >= len(lines)


def _citation_works(blocks: list[Block], kind: WorkKind, evidence: MakeEvidence) -> list[Work]:
    out: list[Work] = []
    for block in blocks:
        if out and (is_reference(block.text) or block.text[:1].islower()):
            out[-1].description = f"{out[-1].description}\n{block.text}".strip()
            continue
        years = re.findall(r"\b((?:19|20)\d{2})\b", block.text)
        date = parse_range(years[0]) if years else None
        title, where = block.text.strip(), ""
        if kind == "talk":
            # "Scheduling robot fleets, PyCon UK, 2023": the title, then where and when
            parts = re.split(r",\s+|\s+[—–|]\s+", title, maxsplit=1)
            if len(parts) == 2 and parts[0].strip() and parts[1].strip():
                title, where = parts[0].strip(), parts[1].strip()
        out.append(
            Work(
                kind=kind,
                title=title,
                date=date.end if date is not None else None,
                description=where,
                evidence=[evidence([block])],
            )
        )
    return out


def works(blocks: list[Block], kind: WorkKind, evidence: MakeEvidence) -> list[Work]:
    """Public work of one section: citation lines one each; else a title line and its
    details. DOI, ISBN and address lines belong to the work above them."""
    if kind != "project" and _citations(blocks):
        return _citation_works(blocks, kind, evidence)
    blocks = [replace(b, bullet=True) if is_reference(b.text) else b for b in blocks]
    out: list[Work] = []
    for entry in _group(blocks):
        head = entry.header or entry.details[:1]
        rest = entry.details if entry.header else entry.details[1:]
        if not head:
            continue
        found = parse_range(head[0].text)
        title = _without_range(head[0].text, found).strip(" |,;–—-")
        title = re.split(r"\s+[|—–]\s+", title)[0].strip()
        if not title:
            continue
        date = (found.end or found.start) if found else None
        description = "\n".join(b.text for b in [*head[1:], *rest])
        out.append(
            Work(
                kind=kind,
                title=title,
                date=date,
                description=description,
                evidence=[evidence(head + rest[:2])],
            )
        )
    return out


__all__ = [
    "certifications",
    "is_credential",
    "is_reference",
    "languages",
    "list_items",
    "skills",
    "works",
]
