"""The one set of patterns for contact details: emails (plain, obfuscated, ``mailto:``),
phone numbers (``tel:`` links too) and street addresses, and the labels that introduce them.

Finding is context-free; what a hit means in a given text (a date in a resume, "at least 3"
in a posting) is decided in :mod:`research.privacy.text`. Pure.
"""

from __future__ import annotations

import re

# obfuscated forms: "ada [at] example [dot] com", "ada at example dot com"
EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]+\s*(?:\[at\]|\(at\)|\s+at\s+)\s*[\w-]+"
    r"(?:\s*(?:\[dot\]|\(dot\)|\s+dot\s+)\s*[\w-]+)+",
    re.IGNORECASE,
)
STRICT_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
MAILTO = re.compile(r"mailto:[^\s\"'<>)]+", re.IGNORECASE)
TEL = re.compile(r"tel:[^\s\"'<>)]+", re.IGNORECASE)
# +44 20 7946 0958, (555) 010-4477, 555.010.4477, +1-555-010-4477, 030 1234567
PHONE = re.compile(
    r"(?<![\w/.-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\w/-])"
)
_STREET_WORDS = (
    r"street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|lane|ln\.?|drive|dr\.?|court|ct\.?|"
    r"way|place|pl\.?|square|sq\.?|terrace|parkway|pkwy\.?|highway|hwy\.?|straße|strasse|"
    r"rue|calle|via|weg|gasse|allee|platz"
)
STREET = re.compile(
    rf"\b\d{{1,5}}[a-z]?\s+(?:(?-i:[A-Z])[\w'.-]*\s+){{1,4}}(?:{_STREET_WORDS})(?!\w)"
    r"(?:,?\s*(?:apt|suite|unit|#)\s*\w+)?",
    re.IGNORECASE,
)
# German-style compounds: "Musterstraße 12", "Lindenallee 3a"
STREET_AFTER = re.compile(
    r"\b[A-ZÄÖÜ][a-zäöüß-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|damm|ring)"
    r"\s+\d{1,4}[a-z]?\b"
)
LABELLED = re.compile(
    r"\b(?:e-?mail|phone|tel|telephone|mobile|cell|fax|address|whatsapp|contact(?: me)?)"
    r"\s*[:\-]\s*[^\n|•·]*",
    re.IGNORECASE,
)
"""A labelled contact line, up to the next separator: "Phone: ...", "Address - ..."."""

_DATE_LIKE = re.compile(r"^(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})$")


def is_phone(candidate: str) -> bool:
    """Whether a :data:`PHONE` match is a phone number: 7 to 15 digits, and not a full date,
    a year range ("2019 - 2021") or two four-digit groups."""
    if _DATE_LIKE.match(candidate.strip()):
        return False
    digits = re.sub(r"\D", "", candidate)
    if not 7 <= len(digits) <= 15:
        return False
    parts = re.split(r"[\s.-]+", candidate.strip("+() "))
    if all(len(p) == 4 and p[:2] in {"19", "20"} for p in parts if p):
        return False
    return not (len(parts) == 2 and all(len(p) == 4 for p in parts))


def find_contact_details(text: str) -> list[str]:
    """Every email, phone number or street address found in the text."""
    found: list[str] = []
    for pattern in (MAILTO, TEL, STRICT_EMAIL, EMAIL, STREET, STREET_AFTER):
        found.extend(m.group(0) for m in pattern.finditer(text))
    found.extend(m.group(0) for m in PHONE.finditer(text) if is_phone(m.group(0)))
    return found


def has_contact_details(text: str) -> bool:
    return bool(find_contact_details(text))


__all__ = [
    "EMAIL",
    "LABELLED",
    "MAILTO",
    "PHONE",
    "STREET",
    "STREET_AFTER",
    "STRICT_EMAIL",
    "TEL",
    "find_contact_details",
    "has_contact_details",
    "is_phone",
]
