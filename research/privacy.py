"""Contact details never enter runnerup's data: this module finds and removes them.

Principle 5 of the design: only career facts about a third party. Emails, phone numbers
and street addresses are dropped at extraction (every reader and source passes free text
through :func:`scrub`), not hidden at display. Pure functions.
"""

from __future__ import annotations

import re

# obfuscated forms: "ada [at] example [dot] com", "ada at example dot com"
_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]+\s*(?:\[at\]|\(at\)|\s+at\s+)\s*[\w-]+"
    r"(?:\s*(?:\[dot\]|\(dot\)|\s+dot\s+)\s*[\w-]+)+",
    re.IGNORECASE,
)
_STRICT_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_MAILTO = re.compile(r"mailto:[^\s\"'<>)]+", re.IGNORECASE)
_TEL = re.compile(r"tel:[^\s\"'<>)]+", re.IGNORECASE)
# +44 20 7946 0958, (555) 010-4477, 555.010.4477, +1-555-010-4477, 030 1234567
_PHONE = re.compile(
    r"(?<![\w/.-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\w/-])"
)
_STREET_WORDS = (
    r"street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|lane|ln\.?|drive|dr\.?|court|ct\.?|"
    r"way|place|pl\.?|square|sq\.?|terrace|parkway|pkwy\.?|highway|hwy\.?|straße|strasse|"
    r"rue|calle|via|weg|gasse|allee|platz"
)
_STREET = re.compile(
    rf"\b\d{{1,5}}[a-z]?\s+(?:(?-i:[A-Z])[\w'.-]*\s+){{1,4}}(?:{_STREET_WORDS})(?!\w)"
    r"(?:,?\s*(?:apt|suite|unit|#)\s*\w+)?",
    re.IGNORECASE,
)
# German-style compounds: "Musterstraße 12", "Lindenallee 3a"
_STREET_AFTER = re.compile(
    r"\b[A-ZÄÖÜ][a-zäöüß-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|damm|ring)"
    r"\s+\d{1,4}[a-z]?\b"
)
_DATE_LIKE = re.compile(r"^(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})$")
_LABELLED = re.compile(
    r"\b(?:e-?mail|phone|tel|telephone|mobile|cell|fax|address|whatsapp|contact(?: me)?)"
    r"\s*[:\-]\s*[^\n|•·]*",
    re.IGNORECASE,
)


# a label whose detail was removed: "Mail , phone ." -> ""
_DANGLING = re.compile(
    r"\b(?:e-?mail|mail|phone|tel|telephone|mobile|cell|fax|whatsapp|call(?: me)?|text|"
    r"reach me|write to(?: me)?|contact(?: me)?)\b(?:\s*(?:at|on|or|and|via))?"
    r"[\s:—–-]*(?=\s*(?:[,.;|)]|$|(?:or|and)\b))",
    re.IGNORECASE | re.MULTILINE,
)


_LEFTOVER = re.compile(r"[\s\W]*(?:(?:or|and|at|on|via|to|me)\b[\s\W]*)*", re.IGNORECASE)


def _is_phone(candidate: str) -> bool:
    if _DATE_LIKE.match(candidate.strip()):
        return False
    digits = re.sub(r"\D", "", candidate)
    if not 7 <= len(digits) <= 15:
        return False
    # year ranges such as "2019 - 2021" or "2019-2021" are dates, not phone numbers
    parts = re.split(r"[\s.-]+", candidate.strip("+() "))
    if all(len(p) == 4 and p[:2] in {"19", "20"} for p in parts if p):
        return False
    return not (len(parts) == 2 and all(len(p) == 4 for p in parts))


def find_contact_details(text: str) -> list[str]:
    """Every email, phone number or street address found in the text."""
    found: list[str] = []
    for pattern in (_MAILTO, _TEL, _STRICT_EMAIL, _EMAIL, _STREET, _STREET_AFTER):
        found.extend(m.group(0) for m in pattern.finditer(text))
    found.extend(m.group(0) for m in _PHONE.finditer(text) if _is_phone(m.group(0)))
    return found


def scrub(text: str) -> str:
    """The text with labelled contact lines, emails, phone numbers and street addresses
    removed; whitespace left tidy."""
    if not text:
        return text
    out = _LABELLED.sub("", text)
    out = _MAILTO.sub("", out)
    out = _TEL.sub("", out)
    out = _STRICT_EMAIL.sub("", out)
    out = _EMAIL.sub("", out)
    out = _STREET.sub("", out)
    out = _STREET_AFTER.sub("", out)
    out = _PHONE.sub(lambda m: "" if _is_phone(m.group(0)) else m.group(0), out)
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


def has_contact_details(text: str) -> bool:
    return bool(find_contact_details(text))


__all__ = ["find_contact_details", "has_contact_details", "scrub"]
