"""Employer names, compared: the legal suffixes, an employer's key, its words, its web domain,
and whether two names mean the same organisation.

The one home of these: identity scores leads with them, compare matches jobs with them, the
readers tell organisations from titles and places with the suffix lists, and sources key the
employers they read with them.

Pure functions; no I/O (domains are split with tldextract's bundled suffix list). Imports
nothing of runnerup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import tldextract
from anyascii import anyascii
from rapidfuzz import fuzz


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


LEGAL_SUFFIXES = _words(
    "inc incorporated ltd limited llc llp lp gmbh ag sa sas sarl spa srl bv nv plc corp "
    "corporation co company kg ohg ug oy ab as asa pty pvt sl kk se"
)
"""Every legal form an employer's name may end with ("Ltd", "GmbH", "S.A.", "Oy")."""

COMMON_WORD_SUFFIXES = _words("as co company lp sl spa ab oy")
"""Legal forms that are also ordinary words ("as", "spa", "company"): a sign of an
organisation only at the end of a name, never anywhere in a line."""

DISTINCT_LEGAL_SUFFIXES = LEGAL_SUFFIXES - COMMON_WORD_SUFFIXES
"""Legal forms that mark an organisation wherever they stand in a line ("GmbH", "Ltd")."""

UNMISTAKABLE_LEGAL_SUFFIXES = DISTINCT_LEGAL_SUFFIXES - _words("ag asa bv kk nv sa se ug")
"""Legal forms no person's name contains ("Inc", "GmbH", but not "Sa" or "Se", which are
also syllables of names): a name with one is an organisation's."""

GROUP_WORDS = _words("group holdings holding")
"""Words after an employer's name that name its group, not another employer."""

WEAK_WORDS = GROUP_WORDS | _words(
    "international global labs lab technologies technology tech systems solutions services partners"
)
"""Generic words: an employer's name that starts with one is not shortened to it."""

_NOISE = _words("the and &")
_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _ascii(text: str) -> str:
    """Transliterated to ASCII, each CJK character a word of its own."""
    return anyascii(_CJK.sub(lambda m: f" {m.group(0)} ", text))


def suffix_pattern(words: Iterable[str], *, at_end: bool = False) -> re.Pattern[str]:
    """A case-insensitive pattern for any of ``words`` as a whole word, with an optional
    full stop ("Ltd."); ``at_end`` anchors it to the end of the text."""
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=lambda w: (-len(w), w)))
    return re.compile(rf"\b(?:{alternatives})\.?" + (r"$" if at_end else r"(?!\w)"), re.IGNORECASE)


_KEY_NOISE = suffix_pattern(LEGAL_SUFFIXES | GROUP_WORDS | {"the"})


def employer_key(name: str) -> str:
    """An employer name without case, punctuation, "the", legal suffixes or group words,
    wherever they stand: "The Marram Robotics Ltd." -> "marram robotics"."""
    text = _KEY_NOISE.sub(" ", name.casefold())
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def _same_key(ka: str, kb: str) -> bool:
    if not ka or not kb:
        return False
    if ka == kb or fuzz.ratio(ka, kb) >= 90:
        return True
    short, long = sorted((ka.split(), kb.split()), key=len)
    # "Marram Robotics" and "Marram Robotics Swansea": one name with a place after it
    return len(" ".join(short)) >= 6 and len(short) >= 2 and long[: len(short)] == short


def same_employer(a: str, b: str) -> bool:
    """Two employer names mean the same organisation: equal keys, a fuzzy ratio >= 90, or
    one name of two or more words that starts the other ("Marram Robotics" and "Marram
    Robotics, Swansea"); the part before a comma counts as the name."""
    names_a = {employer_key(a), employer_key(a.split(",")[0])}
    names_b = {employer_key(b), employer_key(b.split(",")[0])}
    return any(_same_key(x, y) for x in names_a for y in names_b)


def employer_tokens(name: str) -> tuple[str, ...]:
    """Normalised words of an employer name without trailing legal suffixes and noise:
    "The Northwind Robotics Co., Ltd." -> ("northwind", "robotics")."""
    text = _ascii(name).lower().strip()
    text = text.lstrip("@")
    text = re.sub(r"&\s*co\b\.?", " ", text)
    text = re.sub(r"\bs\.\s?a\.|\bs\.\s?l\.|\bn\.\s?v\.|\bb\.\s?v\.", " ", text)
    if "." in text and " " not in text.strip():  # "northwind-robotics.test"
        text = text.split(".")[0]
    words = [w for w in re.split(r"[^a-z0-9]+", text) if w]
    words = [w for w in words if w not in _NOISE]
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return tuple(words)


def normalise_employer(name: str) -> str:
    return " ".join(employer_tokens(name))


def acronym(tokens: tuple[str, ...]) -> str:
    """The initials of an employer's words ("northwind robotics" -> "nr")."""
    return "".join(t[0] for t in tokens if t not in {"of", "for", "und", "de"})


@dataclass(frozen=True)
class EmployerSimilarity:
    score: float
    detail: str


def employer_similarity(a: str, b: str) -> EmployerSimilarity:
    """How well two employer names match, in [0, 1]."""
    ta, tb = employer_tokens(a), employer_tokens(b)
    if not ta or not tb:
        return EmployerSimilarity(0.0, "no employer name")
    if ta == tb:
        return EmployerSimilarity(1.0, "same name")
    if "".join(ta) == "".join(tb):
        return EmployerSimilarity(0.95, "same name, spaced differently")
    short, long_ = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    if len(short) == 1 and len(long_) >= 2 and short[0] == acronym(long_) and len(short[0]) >= 2:
        return EmployerSimilarity(0.85, f"{short[0].upper()} is the acronym")
    # "Northwind" ~ "Northwind Robotics": the distinctive first word, the rest generic
    if short == long_[: len(short)] and short[0] not in WEAK_WORDS and len(short[0]) >= 4:
        return EmployerSimilarity(0.85, "a shorter form of the name")
    ratio = fuzz.token_sort_ratio(" ".join(ta), " ".join(tb)) / 100
    if ratio >= 0.9:
        return EmployerSimilarity(round(0.8 * ratio, 3), f"close spelling ({ratio:.0%})")
    return EmployerSimilarity(0.0, "different employers")


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    return tldextract.TLDExtract(
        suffix_list_urls=(),
        cache_dir=None,
        extra_suffixes=("test", "example", "invalid", "localhost"),
        include_psl_private_domains=True,
    )


@lru_cache(maxsize=4096)
def registered_domain(url_or_host: str) -> str:
    """``"https://www.northwind-robotics.test/team/"`` -> ``"northwind-robotics.test"``;
    ``""`` when there is none. Never touches the network."""
    text = url_or_host.strip().lower()
    if "@" in text and "//" not in text:
        text = text.rsplit("@", 1)[1]  # a domain is all we ever read of an address
    parts = _extractor()(text)
    if not parts.domain:
        return ""
    return f"{parts.domain}.{parts.suffix}" if parts.suffix else parts.domain


__all__ = [
    "COMMON_WORD_SUFFIXES",
    "DISTINCT_LEGAL_SUFFIXES",
    "GROUP_WORDS",
    "LEGAL_SUFFIXES",
    "UNMISTAKABLE_LEGAL_SUFFIXES",
    "WEAK_WORDS",
    "EmployerSimilarity",
    "acronym",
    "employer_key",
    "employer_similarity",
    "employer_tokens",
    "normalise_employer",
    "registered_domain",
    "same_employer",
    "suffix_pattern",
]
