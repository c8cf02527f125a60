"""Scrubbing text of contact details, aware of where the text comes from.

One set of patterns (:mod:`research.privacy.patterns`) finds the candidates; the context
decides which of them are not contact details there, and how a line is tidied after a cut:

``"text"`` (the default; a page, a bio, an API's free text)
    Labelled contact lines ("Phone: ..."), emails, phone numbers and street addresses are
    removed, and a label left without its detail ("Mail , phone .") goes too.
``"resume line"``
    As ``"text"``, but the dates a resume is full of are kept as written: "Spring 2020" is
    not a street ("Ostring 12"), nor "01.03.2019 - 2021" a phone number. A year that starts
    a street address ("2020 Kings Road") is still a house number.
``"posting"``
    Only real details are cut, line by line; a posting's requirement wording stays ("at
    least 3 years", "in the past 5 years") and so do its dates ("2026-10-20") and figures.
    A street address is cut only when it is capitalised, as an address is.

Never weaker than needed: whatever the context, an email, a ``mailto:``/``tel:`` link and a
phone number that is not a date are removed. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from research.privacy.patterns import (
    EMAIL,
    LABELLED,
    MAILTO,
    PHONE,
    STREET,
    STREET_AFTER,
    STRICT_EMAIL,
    TEL,
    find_contact_details,
    is_phone,
)

Context = Literal["text", "resume line", "posting"]
CONTEXTS: tuple[Context, ...] = ("text", "resume line", "posting")

# a label whose detail was removed: "Mail , phone ." -> ""
_DANGLING = re.compile(
    r"\b(?:e-?mail|mail|phone|tel|telephone|mobile|cell|fax|whatsapp|call(?: me)?|text|"
    r"reach me|write to(?: me)?|contact(?: me)?)\b(?:\s*(?:at|on|or|and|via))?"
    r"[\s:—–-]*(?=\s*(?:[,.;|)]|$|(?:or|and)\b))",
    re.IGNORECASE | re.MULTILINE,
)
_LEFTOVER = re.compile(
    r"[^\w\ue000\ue100-\ue1ff]*(?:(?:or|and|at|on|via|to|me)\b[^\w\ue000\ue100-\ue1ff]*)*",
    re.IGNORECASE,
)
"""A line with nothing but punctuation and joining words; a date shielded in a resume line
(:data:`_MARK` and its number) is content."""


def _scrub_text(text: str) -> str:
    out = LABELLED.sub("", text)
    out = MAILTO.sub("", out)
    out = TEL.sub("", out)
    out = STRICT_EMAIL.sub("", out)
    out = EMAIL.sub("", out)
    out = STREET.sub("", out)
    out = STREET_AFTER.sub("", out)
    out = PHONE.sub(lambda m: "" if is_phone(m.group(0)) else m.group(0), out)
    if out != text:
        out = _DANGLING.sub("", out)
        out = re.sub(r"(?m)(^|[.!?])\s*(?:or|and)\s*(?=[.,;]|$)", r"\1", out)
        out = re.sub(r"\s+([,.;:])", r"\1", out)
        out = re.sub(r"(?:[,;:]\s*)+([.])", r"\1", out)
        out = re.sub(r"([.!?])(?:\s*[,.;:])+", r"\1", out)
        # lines left with nothing but punctuation and joining words
        out = "\n".join(line for line in out.split("\n") if not _LEFTOVER.fullmatch(line))
    out = re.sub(r"[ \t]{2,}", " ", out)
    out = re.sub(r"(?:\s*[|•·,;]\s*){2,}", " | ", out)
    return out.strip(" \t|•·,;")


# -- a resume line: its dates are kept -----------------------------------------------------

_YEAR = r"(?:19[4-9]\d|20\d\d|21\d\d)"
_RESUME_DATE = re.compile(
    rf"(?<![\w/.])(?:(?:19|20)\d\d-\d{{1,2}}-\d{{1,2}}"
    rf"|\d{{1,2}}[./]\d{{1,2}}[./]{_YEAR}"
    rf"|(?:0?[1-9]|1[0-2])\s*[/.]\s*{_YEAR}"
    rf"|{_YEAR}\s*[-/.]\s*(?:0[1-9]|1[0-2]|[1-9])(?!\d)"
    rf"|(?:0?[1-9]|1[0-2])/\d{{2}}(?![\d/])"
    rf"|{_YEAR})(?!\w)"
)
"""The numeric dates of a resume (the only dates the patterns can mistake): ISO dates,
"01.03.2019", "03/2019", "2019-03", "03/19" and years."""
_NUMBER_BEFORE = re.compile(r"\d[\s.-]?$")
_MARK = "\ue000"


def _scrub_resume_line(text: str) -> str:
    kept: list[str] = []

    def shield(match: re.Match[str]) -> str:
        value = match.group(0)
        # a bare year right after digits may be the end of a phone number, and one before
        # capitalised words and a street word is a house number ("2020 Kings Road"): let
        # the patterns judge
        if value.isdigit() and (
            _NUMBER_BEFORE.search(text[: match.start()]) or STREET.match(text, match.start())
        ):
            return value
        kept.append(value)
        return f"{_MARK}{chr(0xE100 + len(kept) - 1)}{_MARK}"

    shielded = _RESUME_DATE.sub(shield, text)
    if not kept:
        return _scrub_text(text)
    cleaned = _scrub_text(shielded)
    return re.sub(f"{_MARK}(.){_MARK}", lambda m: kept[ord(m.group(1)) - 0xE100], cleaned)


# -- a posting: only real details, its wording kept ----------------------------------------

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WORD_NUMBER = re.compile(r"(?P<word>[A-Za-z][\w'-]*)\s+\d{1,4}[a-z]?")
_COMMON = frozenset({"least", "past", "last", "first", "most", "best", "almost", "just"})
_POSTING_LABEL = re.compile(
    r"\b(?:e-?mail|phone|tel|telephone|mobile|cell|fax|call|write to)\s*[:\-]?\s*(?=$|[,;|.])",
    re.IGNORECASE,
)
_OBFUSCATED = re.compile(r"\[at\]|\(at\)|\s+at\s+\S+\s+dot\s+", re.IGNORECASE)


def is_contact_detail(found: str) -> bool:
    """Whether a :func:`~research.privacy.find_contact_details` hit in a posting is really
    one: not an ISO date, not "least 3" read as a street, and a street only when capitalised."""
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


def _tidy_posting_line(line: str) -> str:
    line = _POSTING_LABEL.sub("", line)
    line = re.sub(r"[ \t]{2,}", " ", line)
    line = re.sub(r"\s*([,;|])(?:\s*[,;|])+", r"\1", line)
    line = re.sub(r"\s+([,;.!?])", r"\1", line)
    return line.strip(" \t,;|")


def _scrub_posting(text: str) -> str:
    lines = text.split("\n")
    for index, line in enumerate(lines):
        found = [f for f in find_contact_details(line) if is_contact_detail(f)]
        if not found:
            continue
        for detail in sorted(found, key=len, reverse=True):
            line = line.replace(detail, " ")
        lines[index] = _tidy_posting_line(line)
    return "\n".join(lines)


_SCRUBBERS: dict[str, Callable[[str], str]] = {
    "text": _scrub_text,
    "resume line": _scrub_resume_line,
    "posting": _scrub_posting,
}


def scrub(text: str, context: Context = "text") -> str:
    """The text without contact details, as ``context`` reads them (see the module's
    docstring): ``"text"``, ``"resume line"`` or ``"posting"``."""
    if context not in _SCRUBBERS:
        raise ValueError(f"unknown privacy context {context!r}; one of {', '.join(CONTEXTS)}")
    if not text:
        return text
    return _SCRUBBERS[context](text)


def scrubber(context: Context) -> Callable[[str], str]:
    """``scrub`` bound to one context, for a module that scrubs only one kind of text."""
    if context not in _SCRUBBERS:
        raise ValueError(f"unknown privacy context {context!r}; one of {', '.join(CONTEXTS)}")

    def bound(text: str) -> str:
        return scrub(text, context)

    bound.__doc__ = f"The text without contact details, read as a {context}."
    return bound


def is_clean(text: str, context: Context = "text") -> bool:
    """Whether :func:`scrub` would leave the text exactly as it is."""
    return scrub(text, context) == text


__all__ = ["CONTEXTS", "Context", "is_clean", "is_contact_detail", "scrub", "scrubber"]
