"""Find a posting's requirement lists in plain text: pure functions, no I/O.

A posting's text is read line by line. A line that names a known heading opens a section:

* **required**: "Requirements", "What you'll need", "Qualifications", "Must have", "You have",
  "About you", "What we're looking for", ...
* **preferred**: "Nice to have", "Preferred qualifications", "Bonus points", "Pluses", ...
* **ignored**: "Responsibilities", "What you'll do", "About us", "Benefits", ... (what the
  job involves is not what it requires).

Each bullet (or line, or sentence of a paragraph) inside a required or preferred section is
an :class:`Item`. Outside those sections only sentences with a requirement cue count
("must", "required", "you will need" make an item required; "nice to have", "preferred",
"bonus", "a plus", "ideally" make it preferred). An item inside a required section that
carries a preferred cue ("Kubernetes is a plus") is preferred. Sentences that describe the
work ("You will design...") are never items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum


class Section(Enum):
    REQUIRED = "required"
    PREFERRED = "preferred"
    IGNORED = "ignored"
    NONE = "none"


@dataclass(frozen=True)
class Item:
    """One candidate requirement: a bullet, line or sentence, and whether it is required."""

    text: str
    required: bool


_REQUIRED_HEADINGS = (
    "requirements",
    "job requirements",
    "minimum requirements",
    "key requirements",
    "the requirements",
    "what you'll need",
    "what you will need",
    "what you need",
    "what you need to succeed",
    "what you bring",
    "what you'll bring",
    "what you will bring",
    "what we're looking for",
    "what we are looking for",
    "who we're looking for",
    "who we are looking for",
    "we're looking for",
    "we are looking for",
    "qualifications",
    "minimum qualifications",
    "basic qualifications",
    "required qualifications",
    "required skills",
    "required experience",
    "must have",
    "must haves",
    "must-have",
    "must-haves",
    "essential",
    "essentials",
    "essential skills",
    "essential criteria",
    "you have",
    "you bring",
    "you are",
    "you'll have",
    "you will have",
    "about you",
    "who you are",
    "your profile",
    "your skills",
    "your experience",
    "skills",
    "skills and experience",
    "skills & experience",
    "experience and skills",
    "key skills",
    "requirements and qualifications",
    "skills and qualifications",
    "what it takes",
    "to be successful",
    "you will need",
    "you'll need",
    "you need",
    "you should have",
    "we'd love you to have",
)
_PREFERRED_HEADINGS = (
    "nice to have",
    "nice to haves",
    "nice-to-have",
    "nice-to-haves",
    "preferred",
    "preferred qualifications",
    "preferred skills",
    "preferred experience",
    "desirable",
    "desired",
    "desired qualifications",
    "desired skills",
    "bonus",
    "bonus points",
    "bonus points if you have",
    "pluses",
    "plus",
    "plusses",
    "good to have",
    "great to have",
    "even better",
    "extra credit",
    "it would be great if",
    "it would be great if you have",
    "ideally",
    "ideally you have",
    "optional",
    "bonus if you have",
    "we'd love it if you have",
    "it's a plus if you have",
    "additional qualifications",
)
_IGNORED_HEADINGS = (
    "responsibilities",
    "key responsibilities",
    "your responsibilities",
    "the role",
    "about the role",
    "role",
    "what you'll do",
    "what you will do",
    "what you'll be doing",
    "what you will be doing",
    "what you'll work on",
    "in this role",
    "in this role you will",
    "day to day",
    "the job",
    "your impact",
    "your mission",
    "the opportunity",
    "about us",
    "about the company",
    "about the team",
    "the team",
    "who we are",
    "company",
    "benefits",
    "perks",
    "perks and benefits",
    "benefits and perks",
    "what we offer",
    "we offer",
    "why join us",
    "why us",
    "compensation",
    "salary",
    "pay",
    "how to apply",
    "to apply",
    "application process",
    "interview process",
    "our process",
    "equal opportunity",
    "equal opportunity employer",
    "diversity",
    "location",
    "summary",
    "overview",
    "job description",
    "description",
    "details",
    "our stack",
    "tech stack",
)

_HEADINGS: dict[str, Section] = {
    **{h: Section.IGNORED for h in _IGNORED_HEADINGS},
    **{h: Section.REQUIRED for h in _REQUIRED_HEADINGS},
    **{h: Section.PREFERRED for h in _PREFERRED_HEADINGS},
}

# Headings runnerup does not know word for word, recognised by a telling word; the first
# that matches decides ("Preferred Requirements" is preferred).
_HEADING_WORDS: tuple[tuple[re.Pattern[str], Section], ...] = (
    (
        re.compile(
            r"\b(?:nice[- ]to[- ]haves?|preferred|bonus|desirable|desired|pluses|"
            r"good[- ]to[- ]haves?|extra credit|even better)\b"
        ),
        Section.PREFERRED,
    ),
    (
        re.compile(
            r"\b(?:responsibilit\w*|what you(?:'ll| will)? (?:do|be doing|work on)|benefits?|"
            r"perks|about (?:us|the (?:role|team|company|job))|we offer|how to apply)\b"
        ),
        Section.IGNORED,
    ),
    (
        re.compile(
            r"\b(?:requirements?|qualifications?|must[- ]haves?|what you(?:'ll| will)? "
            r"(?:need|bring)|(?:who|what) we(?:'re| are) looking for|about you|who you are|"
            r"your profile)\b"
        ),
        Section.REQUIRED,
    ),
)

_POSTING_WORD = re.compile(r"requirement|qualification|must|nice|preferred|bonus|need")
_BULLET = re.compile(
    r"^\s*(?:[-*+–—]\s+|[•·◦▪▸►‣⁃✓✔●■□○➢➤\x7f\uf0b7\uf0a7\uf076\uf0d8]\s*(?=\S)|"
    r"\(?\d{1,2}[.)]\s+|\(?[a-z][.)]\s+)"
)
_MARKUP = re.compile(r"^[#>\s]+|[*_`]+|\s*[:：]\s*$")
_SPACE = re.compile(r"\s+")
_ABBREVIATION = re.compile(
    r"(?:\b(?:e\.\s?g|i\.\s?e|etc|incl|approx|vs|min|max|cf|esp|ca|no|nr|dept|inc|ltd|"
    r"co|corp|jr|sr|dr|mr|mrs|ms|st)\.|\b[A-Z]\.)$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z(\"'])")

_PREFERRED_CUE = re.compile(
    r"\b(?:nice[- ]to[- ]have|preferred|preferably|bonus|a plus|is a plus|are a plus|"
    r"plus\s*$|ideally|desirable|desired|would be great|great if|advantageous|an advantage|"
    r"good to have|not required|optional)\b",
    re.IGNORECASE,
)
_REQUIRED_CUE = re.compile(
    r"\b(?:must|required|requires|you will need|you'll need|you need|we require|mandatory|"
    r"essential|at least|minimum of)\b",
    re.IGNORECASE,
)
# Describes the work, not the candidate: "You will design...", "You'll own...".
_DUTY = re.compile(
    r"^(?:you will|you'll|you’ll|in this role,? you|your role|your day|as (?:a|an|the) [\w -]+,"
    r" you will)\b(?!\s+(?:need|have|bring|ideally|also need|also have|already have))",
    re.IGNORECASE,
)


def normalise_heading(line: str) -> str:
    """The heading words of a line: lower case, no Markdown, no trailing colon."""
    text = line.replace("’", "'").replace("‘", "'")
    text = _MARKUP.sub("", text.strip())
    text = text.strip(" :*_#-–—.!").lower()
    text = re.sub(r"[?!]+$", "", text)
    return _SPACE.sub(" ", text)


def heading_of(line: str) -> tuple[Section, str] | None:
    """The section a heading line opens, and any text after ``Heading:`` on the same line.

    ``None`` when the line is not a heading runnerup knows.
    """
    stripped = line.strip()
    if not stripped or len(stripped) > 120 or _BULLET.match(stripped):
        return None
    whole = normalise_heading(stripped)
    if whole in _HEADINGS:
        return _HEADINGS[whole], ""
    head, sep, rest = stripped.partition(":")
    if sep and rest.strip():
        name = normalise_heading(head)
        if name in _HEADINGS and len(name) <= 40:
            return _HEADINGS[name], rest.strip()
    if _heading_form(stripped) and len(whole.split()) <= 6:
        for pattern, section in _HEADING_WORDS:
            if pattern.search(whole):
                return section, ""
    return None


def _heading_form(line: str) -> bool:
    """Set apart like a heading: Markdown, bold, a trailing colon, capitals or Title Case."""
    bare = line.strip("*_# :").strip()
    if not bare or bare.endswith((".", "!", ";", ",")):
        return False
    if line.lstrip().startswith(("#", "**", "__")) or line.rstrip().endswith(":"):
        return True
    words = [w for w in re.findall(r"[^\W\d_]+", bare) if len(w) > 3]
    return bare.isupper() or (bool(words) and all(w[0].isupper() for w in words))


def looks_like_heading(line: str) -> bool:
    """A short line that reads as a heading of some section (known or not)."""
    stripped = line.strip()
    if not stripped or len(stripped) > 60 or _BULLET.match(stripped):
        return False
    if stripped.startswith("#") or heading_of(stripped) is not None:
        return True
    if stripped.endswith(":") and len(stripped.split()) <= 8:
        return True
    bare = stripped.strip("*_ ")
    if stripped.startswith(("**", "__")) and stripped.endswith(("**", "__")) and bare:
        return True
    return bare.isupper() and len(bare) > 3 and len(bare.split()) <= 6


def clean_item(text: str) -> str:
    """Bullet marker, Markdown emphasis and extra spaces removed."""
    text = _BULLET.sub("", text.strip())
    text = re.sub(r"[*_`]{1,3}(?=\S)|(?<=\S)[*_`]{1,3}", "", text)
    return _SPACE.sub(" ", text).strip(" \t;")


def is_duty(text: str) -> bool:
    """A sentence that describes the work ("You will design ...") rather than a requirement."""
    return bool(_DUTY.match(text.strip()))


def cue_of(text: str) -> Section:
    """REQUIRED or PREFERRED when the text carries a cue word, else NONE."""
    if _PREFERRED_CUE.search(text):
        return Section.PREFERRED
    if _REQUIRED_CUE.search(text):
        return Section.REQUIRED
    return Section.NONE


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph; "e.g. AWS" and "i.e. Go" do not end one."""
    found: list[str] = []
    for piece in (s.strip() for s in _SENTENCE_END.split(text)):
        if not piece:
            continue
        if found and _ABBREVIATION.search(found[-1]):
            found[-1] = f"{found[-1]} {piece}"
        else:
            found.append(piece)
    return found


def _blocks(lines: list[str]) -> list[str]:
    """Bullets of a section, with wrapped continuation lines joined to their bullet.

    With bullet markers, a line without one continues the bullet above. Without them, each
    line is an entry, except that a line starting in lower case continues the previous one
    (a PDF's hard wrap). A blank line always ends an entry.
    """
    has_bullets = any(_BULLET.match(line) for line in lines)
    blocks: list[str] = []
    open_block = False
    for raw in lines:
        line = raw.strip()
        if not line:
            open_block = False
            continue
        starts_bullet = bool(_BULLET.match(line))
        if has_bullets:
            continues = open_block and not starts_bullet
        else:
            continues = open_block and line[:1].islower()
        if continues:
            blocks[-1] = f"{blocks[-1]} {line}"
        else:
            blocks.append(line)
        open_block = True
    return blocks


def _items_of(block: str, section: Section) -> list[Item]:
    text = clean_item(block)
    if not text:
        return []
    parts = [text] if _BULLET.match(block) else sentences(text)
    items: list[Item] = []
    for part in parts:
        part = part.strip()
        if len(part) < 2 or is_duty(part):
            continue
        cue = cue_of(part)
        if section is Section.NONE and cue is Section.NONE:
            continue
        required = cue is not Section.PREFERRED if section is not Section.PREFERRED else False
        if section is Section.NONE:
            required = cue is Section.REQUIRED
        items.append(Item(part, required))
    return items


def _lead_in(line: str, section: Section) -> bool:
    """A line ending in a colon inside a requirements list that introduces the next bullets
    rather than a new section: written in sentence case, not as a title."""
    stripped = line.strip()
    if section not in (Section.REQUIRED, Section.PREFERRED) or not stripped.endswith(":"):
        return False
    if stripped.startswith(("#", "**", "__")) or stripped.isupper():
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", stripped) if len(w) > 3]
    return any(w[0].islower() for w in words)


def requirement_items(text: str) -> list[Item]:
    """Every requirement item of a posting's text, in order of appearance."""
    section = Section.NONE
    pending: list[str] = []
    items: list[Item] = []

    def flush() -> None:
        if section is Section.IGNORED:
            pending.clear()
            return
        for block in _blocks(pending):
            if section is Section.NONE:
                for sentence in sentences(clean_item(block)):
                    items.extend(_items_of(sentence, Section.NONE))
            else:
                items.extend(_items_of(block, section))
        pending.clear()

    for line in text.splitlines():
        found = heading_of(line)
        if found is not None:
            flush()
            section, rest = found
            if rest:
                pending.append(rest)
            continue
        if looks_like_heading(line):
            if _lead_in(line, section):
                continue  # "Experience with one of the following:" introduces bullets
            flush()
            section = Section.IGNORED if section is not Section.NONE else Section.NONE
            continue
        pending.append(line)
    flush()
    return items


def has_requirement_heading(text: str, *, posting_only: bool = False) -> bool:
    """Whether the text has a "Requirements"/"Qualifications"-like heading; with
    ``posting_only``, headings a resume may have too ("Skills", "Your experience") do not
    count."""
    for line in text.splitlines():
        found = heading_of(line)
        if found is None or found[1] or found[0] not in (Section.REQUIRED, Section.PREFERRED):
            continue
        name = normalise_heading(line)
        resume_like = "skill" in name or "experience" in name or name == "essential"
        if posting_only and resume_like and not _POSTING_WORD.search(name):
            continue
        return True
    return False


__all__ = [
    "Item",
    "Section",
    "clean_item",
    "cue_of",
    "has_requirement_heading",
    "heading_of",
    "is_duty",
    "looks_like_heading",
    "normalise_heading",
    "requirement_items",
    "sentences",
]
