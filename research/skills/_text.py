"""Tokenising and normalising text for the vocabulary matchers.

A token is a maximal run of word characters, with the joiners technical names use kept
inside it (``node.js``, ``asp.net``, ``r&d``, ``master's``), a leading dot (``.NET``) and
trailing ``+``/``#`` (``C++``, ``C#``, ``Security+``). A ``/`` or a free-standing ``&`` is a
token of its own, so ``CI/CD`` is ``ci / cd`` and ``Python/Django`` is two names. Hyphens
and dashes separate tokens: ``machine-learning`` reads as ``machine learning``.

Offsets always refer to the text as given; normalisation happens per token.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from anyascii import anyascii

_TOKEN = re.compile(r"(?<![\w.])\.?\w+(?:[.&'’]\w+)*[+#]*|(?<!\w)\.\w+|[/&]")
_GAP_PLAIN = re.compile(r"[\s\-‐‑‒–—]*")
_GAP_DOTTED = re.compile(r"\.?[\s\-‐‑‒–—]*\.?[\s\-‐‑‒–—]*")

GAP_PLAIN = 0
"""Only spaces and hyphens between two tokens."""
GAP_DOT = 1
"""An abbreviation's dot as well (``Ph. D.``, ``Dipl.-Ing.``)."""
GAP_OTHER = 2
"""Anything else (commas, full stops, brackets): a phrase never spans it."""


class Token(NamedTuple):
    start: int
    end: int
    raw: str
    norm: str
    """Lower-case, ASCII, singular: what case-insensitive lookups compare."""
    exact: str
    """ASCII, case kept, singular: what case-sensitive lookups compare."""
    plain: str
    """ASCII, lower-case, as written (not singular): what fuzzy matching compares."""
    gap: int
    """How this token is separated from the previous one (``GAP_*``)."""


def _singular(word: str) -> str:
    """Drop a plural ending: "pipelines" -> "pipeline", "APIs" -> "API", "PIPELINES" ->
    "PIPELINE"; acronyms in capitals stay ("AWS", "HRMS", "CIPS")."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.isupper():
        if len(word) < 6:
            return word
        lowered = _singular(word.lower())
        return lowered.upper()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=65536)
def exact_form(raw: str) -> str:
    """ASCII, case kept, singular ("APIs" -> "API"; "master's" stays)."""
    text = anyascii(raw).replace("`", "'")
    if text == "&":
        return "and"
    return _singular(text)


@lru_cache(maxsize=65536)
def plain_form(raw: str) -> str:
    """ASCII, lower-case, otherwise as written."""
    return anyascii(raw).lower()


@lru_cache(maxsize=65536)
def norm_form(raw: str) -> str:
    """Lower-case, ASCII, singular."""
    return exact_form(raw).lower()


@lru_cache(maxsize=65536)
def _forms(raw: str) -> tuple[str, str, str]:
    exact = exact_form(raw)
    return exact.lower(), exact, plain_form(raw)


def _gap(text: str, start: int, end: int) -> int:
    if _GAP_PLAIN.fullmatch(text, start, end):
        return GAP_PLAIN
    if _GAP_DOTTED.fullmatch(text, start, end):
        return GAP_DOT
    return GAP_OTHER


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text`` with their offsets and normal forms."""
    tokens: list[Token] = []
    previous_end = 0
    for found in _TOKEN.finditer(text):
        raw = found.group()
        start, end = found.span()
        if not tokens:
            gap = GAP_OTHER
        elif start - previous_end == 1 and text[previous_end] == " ":
            gap = GAP_PLAIN
        else:
            gap = _gap(text, previous_end, start)
        norm, exact, plain = _forms(raw)
        tokens.append(Token(start, end, raw, norm, exact, plain, gap))
        previous_end = end
    return tokens


def normalize(text: str) -> str:
    """A phrase's lookup key: its normalised tokens joined by single spaces."""
    return " ".join(token.norm for token in tokenize(text))


def is_word_char(char: str) -> bool:
    """True for characters that continue a word (what tokens never split)."""
    return bool(re.match(r"\w", char))


__all__ = [
    "GAP_DOT",
    "GAP_OTHER",
    "GAP_PLAIN",
    "Token",
    "exact_form",
    "is_word_char",
    "norm_form",
    "normalize",
    "plain_form",
    "tokenize",
]
