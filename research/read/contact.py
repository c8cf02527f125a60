"""Dropping contact details from extracted text without harming dates.

:func:`research.privacy.scrub` removes emails, phones and street addresses, but its
patterns also match some dates ("01.03.2019" looks like a phone number, "August 2020" like
a street and house number). :func:`scrub_line` shields the dates first, scrubs, then puts
them back. Pure.
"""

from __future__ import annotations

import re

from research.privacy import scrub
from research.read.dates import DATE_PATTERN

_PROTECT = re.compile(
    rf"(?<![\w/.])(?:(?:19|20)\d\d-\d{{1,2}}-\d{{1,2}}|{DATE_PATTERN})(?![\w])", re.IGNORECASE
)
_NUMBER_BEFORE = re.compile(r"\d[\s.-]?$")
_MARK = "\ue000"


def scrub_line(text: str) -> str:
    """The text without contact details; the dates in it are kept as written."""
    if not text:
        return text
    kept: list[str] = []

    def shield(match: re.Match[str]) -> str:
        value = match.group(0)
        # a bare year right after digits may be the end of a phone number: let scrub judge
        if value.isdigit() and _NUMBER_BEFORE.search(text[: match.start()]):
            return value
        kept.append(value)
        return f"{_MARK}{chr(0xE100 + len(kept) - 1)}{_MARK}"

    shielded = _PROTECT.sub(shield, text)
    if not kept:
        return scrub(text)
    cleaned = scrub(shielded)
    return re.sub(f"{_MARK}(.){_MARK}", lambda m: kept[ord(m.group(1)) - 0xE100], cleaned)


__all__ = ["scrub_line"]
