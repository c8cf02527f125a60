"""Person-name matching: a score with its kind and a reason, never a bare boolean.

Handles case, diacritics and transliteration (anyascii; CJK characters become separate
syllables), honorifics and suffixes ("Dr.", "Jr.", "PhD"), "Family, Given" comma order,
initials ("J. Miller"), middle names, hyphenated and double family names, family-name-first
order ("Shah Priya", "Wang Wei"), nicknames (the ``nicknames`` dataset) and typos
(rapidfuzz). A different given name with the same family name is ``"different"``.

Pure functions; no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from anyascii import anyascii
from nicknames import NickNamer
from rapidfuzz import fuzz


def _words(text: str) -> list[str]:
    return text.split()


NameKind = Literal["exact", "variant", "initials", "nickname", "reordered", "fuzzy", "different"]

KIND_SCORES: dict[str, float] = {
    "exact": 1.0,
    "variant": 0.95,
    "reordered": 0.9,
    "nickname": 0.85,
    "initials": 0.7,
}
"""The score of each kind of match (``fuzzy`` and ``different`` are computed)."""

FUZZY_WEIGHT = 0.6
"""A fuzzy match (a typo, or another person) scores at most this."""

SAME_NAME = 0.9
"""Scores at or above this mean "the same name" (exact, variant, reordered)."""

HONORIFICS = frozenset(
    _words("mr mrs ms miss mx dr prof professor sir dame madam mme mlle herr frau rev fr")
)
SUFFIXES = frozenset(
    _words(
        "jr sr ii iii iv v phd md mba cpa msc ma ba bsc meng pe rn esq dds cfa pmp jd llm dphil "
        "frcs obe mbe cbe"
    )
)
_PARTICLES = frozenset(_words("van von der den de del della di da dos das du la le bin ibn al el"))


@dataclass(frozen=True)
class NameMatch:
    score: float
    kind: NameKind
    detail: str
    reason: str = ""
    """The detail without the names: "an initial stands for the given name"."""
    other: str = ""
    """The second name compared (the one found)."""


@dataclass(frozen=True)
class ParsedName:
    """A name as lowercase ASCII tokens: ``given``, ``middles`` and ``family`` (the last
    token, or a hyphenated or particle-led family name, split into its parts)."""

    given: str
    middles: tuple[str, ...]
    family: tuple[str, ...]
    generation: str | None = None
    """"jr", "sr", "ii", "iii", "iv" when given."""
    words: tuple[str, ...] = ()
    """The words as written (hyphens kept), honorifics and suffixes dropped."""

    @property
    def tokens(self) -> tuple[str, ...]:
        return (self.given, *self.middles, *self.family)

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


def _is_cjk(char: str) -> bool:
    return "CJK" in unicodedata.name(char, "") or "HANGUL" in unicodedata.name(char, "")


def to_ascii(text: str) -> str:
    """Transliterate to ASCII; CJK characters become space-separated syllables."""
    out = []
    for char in text:
        if ord(char) > 0x2E80 and _is_cjk(char):
            out.append(f" {anyascii(char)} ")
        else:
            out.append(char)
    return anyascii("".join(out))


def _tokens(text: str) -> list[str]:
    text = to_ascii(text).lower().replace("'", "").replace("’", "")
    text = re.sub(r"\([^)]*\)", " ", text)  # "(she/her)", "(Bob)"
    return [t for t in re.split(r"[^a-z0-9-]+", text) if t and t != "-"]


@lru_cache(maxsize=4096)
def parse_name(text: str) -> ParsedName | None:
    """Parse a display name; None when nothing name-like is left."""
    raw = text.strip()
    if raw.count(",") == 1:
        head, tail = (p.strip() for p in raw.split(","))
        tail_tokens = [t.replace(".", "") for t in _tokens(tail)]
        # "Okafor, Ada" (family first) versus "Ada Okafor, PhD" (a suffix after the comma)
        if tail_tokens and not all(t in SUFFIXES for t in tail_tokens):
            raw = f"{tail} {head}"
        else:
            raw = head
    elif "," in raw:
        raw = raw.split(",")[0]
    tokens = [t.strip("-") for t in _tokens(raw)]
    tokens = [t for t in tokens if t]
    while tokens and tokens[0] in HONORIFICS:
        tokens.pop(0)
    generation = _generation(text)
    while len(tokens) > 1 and tokens[-1] in SUFFIXES:
        tokens.pop()
    tokens = [t for t in tokens if not t.isdigit()]
    if not tokens:
        return None
    if len(tokens) == 1:
        return ParsedName(
            given=tokens[0], middles=(), family=(), generation=generation, words=tuple(tokens)
        )
    # a family name starts at the last token, or earlier at a particle ("van der Berg")
    start = len(tokens) - 1
    while start > 1 and tokens[start - 1] in _PARTICLES:
        start -= 1
    family: list[str] = []
    for token in tokens[start:]:
        family.extend(p for p in token.split("-") if p)
    return ParsedName(
        given=tokens[0].replace("-", ""),  # "Jean-Luc" stays one given name
        middles=tuple(tokens[1:start]),
        family=tuple(f for f in family if f not in _PARTICLES) or tuple(family),
        generation=generation,
        words=tuple(tokens),
    )


_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _generation(text: str) -> str | None:
    found = [t for t in _tokens(text.replace(".", " ")) if t in _GENERATIONS]
    return found[-1] if found else None


@lru_cache(maxsize=1)
def _namer() -> NickNamer:
    return NickNamer()


@lru_cache(maxsize=8192)
def _name_family(given: str) -> frozenset[str]:
    """A given name, its nicknames and canonical forms, and their siblings."""
    namer = _namer()
    canon = namer.canonicals_of(given) | {given}
    related = set(canon)
    for name in canon:
        related |= namer.nicknames_of(name)
    return frozenset(related)


def are_nicknames(a: str, b: str) -> bool:
    """True when two given names are a name and its nickname ("Bob"/"Robert",
    "Liz"/"Elizabeth"), or two short nicknames of one name ("Bob"/"Rob"; but not
    "John"/"Nathan", both listed under "Jonathan")."""
    if a == b:
        return True
    namer = _namer()
    if b in namer.nicknames_of(a) or a in namer.nicknames_of(b):
        return True
    if b in namer.canonicals_of(a) or a in namer.canonicals_of(b):
        return True
    return max(len(a), len(b)) <= 4 and b in _name_family(a)


def _initial_of(short: str, full: str) -> bool:
    return len(short) == 1 and full.startswith(short)


def _given_relation(a: str, b: str) -> str | None:
    """How two given names relate: exact, initials, nickname, fuzzy or None."""
    if a == b:
        return "exact"
    if _initial_of(a, b) or _initial_of(b, a):
        return "initials"
    if len(a) > 1 and len(b) > 1 and are_nicknames(a, b):
        return "nickname"
    if min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= 80:
        return "fuzzy"
    return None


def _middles_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Middle names agree where both are given ("Q." fits "Quentin")."""
    return all(x == y or _initial_of(x, y) or _initial_of(y, x) for x, y in zip(a, b, strict=False))


def _family_relation(a: ParsedName, b: ParsedName) -> str | None:
    """exact, variant (a double or hyphenated name in part), fuzzy or None."""
    if a.family == b.family:
        return "exact"
    fa, fb = set(a.family), set(b.family)
    # "Garcia Marquez" ~ "Garcia"; "Smith-Jones" ~ "Jones"; a middle name read as family
    if fa & fb and (fa <= fb or fb <= fa):
        return "variant"
    if fa & set(b.middles) or fb & set(a.middles):
        return "variant"
    ja, jb = "".join(a.family), "".join(b.family)
    if min(len(ja), len(jb)) >= 4 and fuzz.ratio(ja, jb) >= 85:
        return "fuzzy"
    return None


_WORSE = ["exact", "variant", "reordered", "nickname", "initials", "fuzzy", "different"]


def _compare(a: ParsedName, b: ParsedName) -> tuple[float, str, str]:
    if not a.family or not b.family:
        one = a if not a.family else b
        other = b if one is a else a
        if one.given in other.tokens:
            return 0.4, "fuzzy", f"only one name given: {one.given!r}"
        return 0.0, "different", "only one name given, and it does not match"
    family = _family_relation(a, b)
    given = _given_relation(a.given, b.given)
    if family is None:
        return 0.0, "different", "family names differ"
    if given is None:
        return 0.0, "different", "given names differ"
    if not _middles_compatible(a.middles, b.middles):
        return 0.2, "different", "middle names differ"
    if a.generation and b.generation and a.generation != b.generation:
        return 0.2, "different", f"{a.generation!r} and {b.generation!r} are different people"
    if given == "fuzzy" and family == "fuzzy":
        return 0.0, "different", "given and family names both differ"
    if given == "fuzzy" or family == "fuzzy":
        ratio = fuzz.ratio(a.text, b.text) / 100
        return round(FUZZY_WEIGHT * ratio, 3), "fuzzy", f"names are close spellings ({ratio:.0%})"
    if given == "initials":
        return KIND_SCORES["initials"], "initials", "an initial stands for the given name"
    if given == "nickname":
        return KIND_SCORES["nickname"], "nickname", f"{a.given!r} and {b.given!r} are nicknames"
    if family == "variant" or a.middles != b.middles:
        return KIND_SCORES["variant"], "variant", "same name with or without a middle/double name"
    return KIND_SCORES["exact"], "exact", "same name"


def _orders(name: ParsedName) -> list[ParsedName]:
    """The name read family-name-first: its first token is the family name."""
    words = name.words
    if len(words) < 2 or len(words) > 3:
        return []
    family = tuple(p for p in words[0].split("-") if p)
    given = words[1].replace("-", "")
    return [ParsedName(given=given, middles=words[2:], family=family, words=words)]


def _raw_key(text: str) -> tuple[str, ...]:
    """The name's words with their diacritics, honorifics and suffixes dropped, sorted."""
    words = re.findall(r"\w+", text.casefold())
    return tuple(sorted(w for w in words if to_ascii(w) not in HONORIFICS | SUFFIXES))


def name_similarity(a: str, b: str) -> NameMatch:
    """How well two display names match; see :data:`KIND_SCORES`."""
    pa, pb = parse_name(a), parse_name(b)
    if pa is None or pb is None:
        return NameMatch(0.0, "different", "no name to compare")
    score, kind, why = _compare(pa, pb)
    if kind == "exact" and _raw_key(a) != _raw_key(b):
        kind, score, why = "variant", KIND_SCORES["variant"], "same name, written differently"
    if score < KIND_SCORES["reordered"]:
        for flipped in _orders(pb):
            f_score, f_kind, _ = _compare(pa, flipped)
            if f_kind in ("exact", "variant") and KIND_SCORES["reordered"] > score:
                score, kind = KIND_SCORES["reordered"], "reordered"
                why = "same name, family name first"
            elif f_kind not in ("different", "fuzzy") and f_score * 0.95 > score:
                score, kind, why = (
                    round(f_score * 0.95, 3),
                    f_kind,
                    f"{_describe(f_kind)}, reordered",
                )
    detail = f"{why}: {a!r} ~ {b!r}"
    return NameMatch(round(score, 3), kind, detail, why, b)  # type: ignore[arg-type]


def _describe(kind: str) -> str:
    return {"nickname": "a nickname", "initials": "an initial"}.get(kind, kind)


def same_name(a: str, b: str) -> bool:
    """True when two names are the same name (exact, variant or reordered)."""
    return name_similarity(a, b).score >= SAME_NAME


def may_be_name(a: str, b: str) -> bool:
    """True when ``b`` may be ``a``'s name: the same name, or a nickname of it ("Bill" for
    "William"). What a fuzzy search's results are kept by; identity weighs a nickname lower
    later. An initial alone ("Ada O.") is too little to keep a stranger's account."""
    match = name_similarity(a, b)
    return match.score >= SAME_NAME or match.kind == "nickname"


def spelled_in_handle(name: str, handle: str) -> bool:
    """True when a handle's first label spells the whole name, given name first or family
    name first: "adaokafor.bsky.social", "ada_okafor42" or "okaforada" for "Ada Okafor";
    not "okaforcanada" (a word that only contains the given name)."""
    words = [compact(w) for w in to_ascii(name).split()]
    words = [w for w in words if w]
    label = compact(handle.lstrip("@").split(".", 1)[0])
    if len(words) < 2 or not label:
        return False
    return any(form in label for form in ("".join(words), "".join(reversed(words))))


def given_names_conflict(a: str, b: str) -> bool:
    """True when two names clearly belong to different people."""
    return name_similarity(a, b).kind == "different"


def compact(text: str) -> str:
    """Lowercase ASCII letters and digits only: "Ada Okafor" -> "adaokafor"."""
    return re.sub(r"[^a-z0-9]", "", to_ascii(text).lower())


_CAP_WORD = re.compile(r"[A-Z\u00C0-\u024F][\w'’.-]*|[\u2E80-\u9FFF\uAC00-\uD7AF]+")


def find_name_in_text(name: str, text: str) -> NameMatch | None:
    """The best match for ``name`` among runs of 2-4 capitalised words in ``text``
    (a press release: "Northwind Robotics welcomes Ada Okafor as Head of Platform")."""
    if not text:
        return None
    best: NameMatch | None = None
    for run in re.split(r"[|•·–—:;,()\[\]]|\s-\s|\.\s", text):
        words = run.split()
        for i in range(len(words)):
            for n in (2, 3, 4):
                window = words[i : i + n]
                if len(window) < n or not all(_CAP_WORD.fullmatch(w) for w in window):
                    continue
                match = name_similarity(name, " ".join(window))
                if match.kind != "different" and (best is None or match.score > best.score):
                    best = match
    return best


__all__ = [
    "KIND_SCORES",
    "SAME_NAME",
    "NameKind",
    "NameMatch",
    "ParsedName",
    "are_nicknames",
    "compact",
    "find_name_in_text",
    "given_names_conflict",
    "may_be_name",
    "name_similarity",
    "parse_name",
    "same_name",
    "spelled_in_handle",
    "to_ascii",
]
