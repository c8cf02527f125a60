"""What a requirement measures, read from its text: years of experience and degrees. Pure.

* :func:`parse_years`: the least number of years asked ("5+ years" 5, "3-5 years" 3, "at
  least three years" 3, "18 months" 1.5, "0-2 years" none);
* :func:`degree_field`: the field of study of a degree phrase;
* :func:`level_of_category`: a schema.org ``credentialCategory`` as a degree level;
* :func:`generic_degree_level`: "a degree in X" (no level named) is a bachelor's.
"""

from __future__ import annotations

import re

from research.model import DegreeLevel
from research.skills import lowest_degree_level

WORD_NUMBERS = {  # numbers written as words, shared with the comparison
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}
NUMBER = r"(?:\d{1,2}(?:[.,]\d)?|" + "|".join(k for k in WORD_NUMBERS if len(k) > 2) + r")"
"""A count of years or months as a posting writes it: "5", "1.5", "five"."""
RANGE_YEARS = re.compile(
    rf"\b(?P<n>{NUMBER})\s*\+?\s*(?:-|–|—|to)\s*{NUMBER}\s*\+?[\s-]*(?:years?|yrs?)\b",
    re.IGNORECASE,
)
YEARS = re.compile(
    rf"(?:\b|(?<=\())(?P<n>{NUMBER}|an?)\s*(?:\+|\s+or\s+more|\s+plus)?[\s-]*(?:full\s+)?"
    r"(?:years?|yrs?)\b(?!\s+old)",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")
_MONTHS = re.compile(rf"\b(?P<n>{NUMBER})\s*\+?[\s-]*months?\b", re.IGNORECASE)

DEGREE_PHRASE = re.compile(
    r"\b(?:(?:university|college|academic|undergraduate|graduate|postgraduate)\s+degree|"
    r"degree\s+in\b|degree\s+or\s+equivalent|relevant\s+degree|technical\s+degree|"
    r"diploma\b|bachelor|master'?s\b|ph\.?\s?d\b|doctorate|b\.?\s?sc\b|m\.?\s?sc\b|mba\b|"
    r"b\.?\s?eng\b|m\.?\s?eng\b|high\s+school)",
    re.IGNORECASE,
)
_DEGREE_TOKEN = (
    r"(?:bachelor|master|doctorate|doctor|ph\.?\s?d|b\.?\s?sc|m\.?\s?sc|b\.?\s?s|m\.?\s?s|"
    r"b\.?\s?a|m\.?\s?a|b\.?\s?eng|m\.?\s?eng|degree|diploma)"
)
DEGREE_WORD = re.compile(r"\bdegree\b", re.IGNORECASE)
_FIELD = re.compile(
    rf"\b{_DEGREE_TOKEN}(?:'?s)?\.?(?:\s+(?:degree|diploma))?(?:\s*\([^)]*\))?"
    r"\s+(?:in|of)\s+(?P<field>[^;.()\n]+)",
    re.IGNORECASE,
)
_FIELD_STOP = re.compile(
    r",?\s+(?:or\s+(?:an?\s+|another\s+)?(?:closely\s+)?(?:equivalent|related|similar|"
    r"comparable|relevant)|and/or|with|from|is|are|preferred|required|plus|"
    r"(?:or|and)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)\b.*$|,\s*$",
    re.IGNORECASE,
)
_FIELD_PREFIX = re.compile(
    r"^(?:science|arts|engineering|applied science)\s+(?:in|of)\s+", re.IGNORECASE
)


def _number(word: str) -> float | None:
    word = word.lower().replace(",", ".")
    if word in WORD_NUMBERS:
        return float(WORD_NUMBERS[word])
    try:
        return float(word)
    except ValueError:
        return None


def parse_years(text: str) -> float | None:
    """The least number of years the text asks for: "5+ years" 5, "3-5 years" 3, "at least
    three years" 3, "five or more years" 5, "18 months" 1.5; ``None`` when it names none
    or asks for none ("0-2 years")."""
    text = _SPACE.sub(" ", text)
    for pattern in (RANGE_YEARS, YEARS):
        match = pattern.search(text)
        if match:
            value = _number(match.group("n"))
            if value == 0 and pattern is RANGE_YEARS:
                return None  # "0-2 years": no experience needed
            if value is not None and 0 < value <= 40:
                return value
    match = _MONTHS.search(text)
    if match:
        months = _number(match.group("n"))
        if months is not None and 0 < months <= 120:
            return round(months / 12, 2)
    return None


def degree_field(text: str) -> str | None:
    """The field of study a degree phrase names: "BSc in Computer Science or equivalent
    experience" -> "Computer Science"."""
    match = _FIELD.search(text)
    if not match:
        return None
    field = _FIELD_PREFIX.sub("", match.group("field").strip())
    field = _FIELD_STOP.sub("", field).strip(" ,;:-")
    field = re.sub(r"^(?:a|an|the)\s+", "", field, flags=re.IGNORECASE)
    if not field or len(field) > 80 or field.lower() in {"equivalent", "experience"}:
        return None
    return field


def level_of_category(category: str) -> DegreeLevel | None:
    """A schema.org ``credentialCategory`` ("bachelor degree", "postgraduate degree",
    "high school") as a degree level."""
    text = category.lower()
    if "doctor" in text or "phd" in text:
        return DegreeLevel.DOCTORATE
    if "master" in text or "postgraduate" in text or "graduate degree" in text:
        return DegreeLevel.MASTER
    if "bachelor" in text or "undergraduate" in text:
        return DegreeLevel.BACHELOR
    if "associate" in text:
        return DegreeLevel.ASSOCIATE
    if "high school" in text or "secondary" in text:
        return DegreeLevel.SECONDARY
    return lowest_degree_level(category)


def generic_degree_level(text: str) -> DegreeLevel:
    """A degree named without its level: "a degree in Mathematics" is a bachelor's, "a
    postgraduate degree" a master's."""
    if re.search(r"\b(?:post-?graduate|graduate)\s+degree\b", text, re.IGNORECASE):
        return DegreeLevel.MASTER
    return DegreeLevel.BACHELOR


__all__ = [
    "DEGREE_PHRASE",
    "DEGREE_WORD",
    "NUMBER",
    "RANGE_YEARS",
    "WORD_NUMBERS",
    "YEARS",
    "degree_field",
    "generic_degree_level",
    "level_of_category",
    "parse_years",
]
