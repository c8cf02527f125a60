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

from research.read.posting_headings import (
    HEADING_WORDS,
    HEADINGS,
    Section,
    only_heading_words,
)
from research.read.posting_measures import NUMBER


@dataclass(frozen=True)
class Item:
    """One candidate requirement: a bullet, line or sentence, and whether it is required."""

    text: str
    required: bool


_POSTING_WORD = re.compile(
    r"requirement|qualification|must|nice|preferred|bonus|need|essential|desirable|criteria"
)
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
    if whole in HEADINGS:
        return HEADINGS[whole], ""
    head, sep, rest = stripped.partition(":")
    if sep and rest.strip():
        name = normalise_heading(head)
        if name in HEADINGS and len(name) <= 40:
            return HEADINGS[name], rest.strip()
    if _heading_form(stripped) and len(whole.split()) <= 6:
        for pattern, section in HEADING_WORDS:
            if pattern.search(whole):
                return section, ""
    if _short_line(stripped) and len(whole.split()) <= 8 and only_heading_words(whole):
        # "Desirable criteria", "Compensation and benefits": a heading in sentence case,
        # told from a short requirement ("Kubernetes experience preferred", "Desired
        # experience with Go") by its first word and by naming nothing but the section
        for pattern, section in HEADING_WORDS:
            match = pattern.search(whole)
            if match and match.start() == 0:
                return section, ""
    return None


def _short_line(line: str) -> bool:
    bare = line.strip("*_# :").strip()
    return bool(bare) and bare[0].isupper() and not bare.endswith((".", "!", ";", ",", ")"))


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


_CONNECTIVE_END = re.compile(
    r"(?:,|\b(?:or|and|and/or|with|of|in|to|the|a|an|for|including|such as|like|e\.g\.|"
    r"least|than|as|at|by|from|on|into|within|across|our|your|their|its|is|are|be|have|has|"
    r"who|which|that|plus|per|via|using|about|over|under|between|both|either))$"
)


def _blocks(lines: list[str]) -> list[str]:
    """Bullets of a section, with wrapped continuation lines joined to their bullet.

    With bullet markers, a line without one continues the bullet above. Without them, each
    line is an entry, except that a line starting in lower case, or after a line ending in a
    comma or a connective ("... GitLab CI or" / "Jenkins"), continues the previous one (a
    PDF's hard wrap). A blank line always ends an entry.
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
            continues = open_block and (
                line[:1].islower() or bool(_CONNECTIVE_END.search(blocks[-1]))
            )
        if continues:
            blocks[-1] = f"{blocks[-1]} {line}"
        else:
            blocks.append(line)
        open_block = True
    return blocks


# Benefits, pay, equal-opportunity and application text: never a requirement when it is a
# paragraph's sentence (a bullet such as "Experience with benefits administration" is
# judged as a bullet).
_BOILERPLATE = re.compile(
    r"\b(?:equal (?:opportunit\w*|employment)|affirmative action|disability confident|"
    r"regardless of|without regard|(?:do|does) not discriminate|we (?:celebrate|value|welcome) "
    r"(?:diversity|applications)|values diversity|(?:is|are) (?:committed|proud) to|"
    r"we offer|we provide|offers? (?:comprehensive|competitive)|salary|compensation|commission|"
    r"pension|holiday|vacation|paid time off|\bpto\b|401\(k\)|403\(b\)|medical, dental|"
    r"health (?:insurance|benefits)|parental leave|relocation|apply (?:for|through|now|by)|"
    r"how to apply|send us your|applications? (?:close|will)|hybrid working)",
    re.IGNORECASE,
)
# "5+ years of experience", "a minimum of seven years of experience" said of the candidate:
# a requirement even in a paragraph about the role.
_YEARS_OF = re.compile(
    rf"\b{NUMBER}\s*\+?\s*(?:(?:-|–|to)\s*{NUMBER}\s*)?(?:years?|yrs)\b'?",
    re.IGNORECASE,
)
_CANDIDATE = re.compile(
    r"\b(?:you|your|candidate|applicant|person|someone|anyone|we expect|must|should|"
    r"at least|minimum|ideally|require[sd]?|looking for|we need)\b",
    re.IGNORECASE,
)
_EXPERIENCE = re.compile(r"\bexperience\b", re.IGNORECASE)
# "..., ideally with Oracle", "(preferably in Go)": a qualifier that leaves the item as it is.
_QUALIFIER = re.compile(
    r"(?:[,;(]|\s[-–—])\s*(?:ideally|preferably|preferred)\s+(?:in|with|on|using|from|at|"
    r"for|a|an|the)\b[^,;()]*\)?",
    re.IGNORECASE,
)
_QUALIFIER_START = re.compile(r"\s*(?:ideally|preferably)\b", re.IGNORECASE)
_PREFERRED_PAREN = re.compile(r"\s*\((?P<inner>[^()]+)\)")
_PREFERRED_TAIL = re.compile(r",\s*(?P<tail>[^,;()]+)$")


def is_boilerplate(text: str) -> bool:
    """Benefits, pay, equal-opportunity or how-to-apply text."""
    return bool(_BOILERPLATE.search(text))


def _experience_sentence(text: str) -> bool:
    return bool(_YEARS_OF.search(text) and _EXPERIENCE.search(text) and _CANDIDATE.search(text))


def item_cue(text: str) -> Section:
    """:func:`cue_of` with qualifier clauses ("ideally with Oracle") set aside."""
    return cue_of(_QUALIFIER.sub("", text))


def split_preferred(text: str) -> list[str]:
    """A statement that holds a preferred requirement beside a required one, split:
    "Bachelor's degree (MBA preferred)", "High school diploma required; a bachelor's degree
    is a plus", "Two years of nursing experience, ICU experience preferred". A qualifier
    ("SQL, ideally with Oracle") is not split."""
    bare = _QUALIFIER.sub("", text)
    if item_cue(bare) is not Section.PREFERRED:
        return [text]
    pieces = [p.strip() for p in text.split(";") if p.strip()]
    if len(pieces) > 1 and any(item_cue(p) is not Section.PREFERRED for p in pieces):
        return [q for p in pieces for q in split_preferred(p)]
    for match in _PREFERRED_PAREN.finditer(text):
        inner = match.group("inner").strip()
        rest = (text[: match.start()] + text[match.end() :]).strip()
        if item_cue(inner) is Section.PREFERRED and item_cue(rest) is not Section.PREFERRED:
            return [rest, inner]
    tail = _PREFERRED_TAIL.search(text)
    if tail and len(tail.group("tail").split()) >= 2 and not _QUALIFIER_START.match(tail["tail"]):
        head = text[: tail.start()].strip()
        if item_cue(tail.group("tail")) is Section.PREFERRED and item_cue(head) is not (
            Section.PREFERRED
        ):
            return [head, tail.group("tail").strip()]
    return [text]


def _items_of(block: str, section: Section, *, listed: bool = False) -> list[Item]:
    """The items of one block. ``listed``: the section has bullets, so a paragraph in it
    (a closing remark, the pay) counts only with a requirement cue."""
    text = clean_item(block)
    if not text:
        return []
    bullet = bool(_BULLET.match(block))
    parts = [text] if bullet else sentences(text)
    items: list[Item] = []
    for part in parts:
        part = part.strip()
        if len(part) < 2 or is_duty(part) or (not bullet and is_boilerplate(part)):
            continue
        for piece in split_preferred(part) if section is not Section.PREFERRED else [part]:
            cue = item_cue(piece)
            stated = cue is not Section.NONE or _experience_sentence(piece)
            if section is Section.IGNORED and not _experience_sentence(piece):
                continue
            if (section is Section.NONE or (listed and not bullet)) and not stated:
                continue
            required = section is not Section.PREFERRED and cue is not Section.PREFERRED
            items.append(Item(piece, required))
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


def _closing_lead_in(line: str) -> bool:
    """A paragraph whose last sentence introduces the requirement bullets below it."""
    stripped = line.strip()
    if not stripped.endswith(":") or _BULLET.match(stripped):
        return False
    last = sentences(stripped)[-1]
    found = heading_of(last)
    return last != stripped and found is not None and found[0] is Section.REQUIRED


def requirement_items(text: str) -> list[Item]:
    """Every requirement item of a posting's text, in order of appearance.

    Outside the requirement sections only cued sentences count; in a section about the
    role (not in one about benefits or the company) a sentence asking the candidate for a
    number of years of experience counts too.
    """
    section = Section.NONE
    pending: list[str] = []
    items: list[Item] = []

    def flush() -> None:
        listed = any(_BULLET.match(line.strip()) for line in pending)
        for block in _blocks(pending):
            if section is Section.NONE or section is Section.IGNORED:
                for sentence in sentences(clean_item(block)):
                    items.extend(_items_of(sentence, section))
            else:
                items.extend(_items_of(block, section, listed=listed))
        pending.clear()

    for line in text.splitlines():
        found = heading_of(line)
        if found is not None:
            flush()
            section, rest = found
            if rest:
                pending.append(rest)
            continue
        if _closing_lead_in(line) and section in (Section.NONE, Section.IGNORED):
            # "... a minimum of 2 years' experience. You should also have:" opens a list
            pending.append(line)
            flush()
            section = Section.REQUIRED
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
    "is_boilerplate",
    "is_duty",
    "item_cue",
    "looks_like_heading",
    "normalise_heading",
    "requirement_items",
    "sentences",
    "split_preferred",
]
