"""Contact details out of posting text, without eating requirement wording.

:func:`research.privacy.scrub` also takes "least 3" (in "at least 3 years") for a street
("...st 3") and an ISO date ("2026-10-20") for a phone number. Postings are full of both,
so here only real contact details are cut out of a line: an email, a phone number, a
``mailto:``/``tel:`` link, or a capitalised street address. Pure.
"""

from __future__ import annotations

import re

from research.privacy import find_contact_details

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WORD_NUMBER = re.compile(r"(?P<word>[A-Za-z][\w'-]*)\s+\d{1,4}[a-z]?")
_COMMON = frozenset({"least", "past", "last", "first", "most", "best", "almost", "just"})
_DANGLING_LABEL = re.compile(
    r"\b(?:e-?mail|phone|tel|telephone|mobile|cell|fax|call|write to)\s*[:\-]?\s*(?=$|[,;|.])",
    re.IGNORECASE,
)
_OBFUSCATED = re.compile(r"\[at\]|\(at\)|\s+at\s+\S+\s+dot\s+", re.IGNORECASE)


def is_contact_detail(found: str) -> bool:
    """Whether a :func:`~research.privacy.find_contact_details` hit is really one."""
    text = found.strip()
    if not text or _ISO_DATE.fullmatch(text):
        return False
    if "@" in text or ":" in text or _OBFUSCATED.search(text):
        return True
    match = _WORD_NUMBER.fullmatch(text)
    if match and match.group("word").lower() in _COMMON:
        return False
    letters = [c for c in text if c.isalpha()]
    return not letters or any(c.isupper() for c in letters)


def _tidy(line: str) -> str:
    line = _DANGLING_LABEL.sub("", line)
    line = re.sub(r"[ \t]{2,}", " ", line)
    line = re.sub(r"\s*([,;|])(?:\s*[,;|])+", r"\1", line)
    line = re.sub(r"\s+([,;.!?])", r"\1", line)
    return line.strip(" \t,;|")


def scrub_posting(text: str) -> str:
    """The text without emails, phone numbers, contact links or street addresses; the
    rest of each line (and every line without one) kept as it is."""
    if not text:
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        found = [f for f in find_contact_details(line) if is_contact_detail(f)]
        if not found:
            continue
        for detail in sorted(found, key=len, reverse=True):
            line = line.replace(detail, " ")
        lines[index] = _tidy(line)
    return "\n".join(lines)


__all__ = ["is_contact_detail", "scrub_posting"]
