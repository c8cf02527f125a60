"""A token-indexed phrase matcher over a vocabulary of names and aliases.

Built once per vocabulary. Matching walks the tokens once, tries the patterns that start
with each token (longest first) and takes the longest that fits, so "React Native" is one
mention and "machine learning engineer" is ``machine-learning``. Tokens that match nothing
exactly and are long enough are compared, with rapidfuzz, against the few aliases of the
same first letter and a similar length: "Kubernets" finds Kubernetes.

Rules (see the package docs):

* whole tokens only: a name never matches inside a word;
* aliases of three characters or fewer (``C``, ``R``, ``Go``, ``SQL``) and aliases marked
  case-sensitive in the data match only with the case as written (longer ones also in
  capitals: "EXCEL");
* aliases marked *contextual* (``Go``, ``Swift``, ``Rust``, ``C``, ``R``...) are English
  words or initials too: they count only near another technical skill, or next to a word
  such as "programming" or "language";
* fuzzy matching only for tokens of at least :data:`FUZZY_MIN_LENGTH` characters, at a
  score of at least :data:`FUZZY_MIN_SCORE`, never for case-sensitive aliases.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz, process

from research.skills._text import GAP_OTHER, GAP_PLAIN, Token, is_word_char, tokenize

FUZZY_MIN_LENGTH = 6
FUZZY_MIN_SCORE = 92.0
CONTEXT_WINDOW = 25
"""Tokens either side in which a contextual alias needs a technical match."""

Kind = Literal["skill", "certification", "language", "degree"]

TECHNICAL_CONTEXT_WORDS = frozenset(
    {
        "programming",
        "language",
        "languages",
        "developer",
        "developers",
        "engineer",
        "engineering",
        "framework",
        "frameworks",
        "code",
        "coding",
        "software",
        "stack",
        "backend",
        "frontend",
        "library",
        "libraries",
        "scripting",
        "tech",
        "tools",
        "skills",
        "compiler",
    }
)


CREDENTIAL_CONTEXT_WORDS = frozenset(
    {
        "certified",
        "certification",
        "certifications",
        "certificate",
        "certificates",
        "license",
        "licenses",
        "licence",
        "licences",
        "licensed",
        "licensure",
        "credential",
        "credentials",
        "exam",
        "accredited",
        "registered",
    }
)


@dataclass(frozen=True)
class Match:
    """One mention of a vocabulary entry in a text; ``start``/``end`` index the text."""

    id: str
    name: str
    kind: Literal["skill", "certification", "language"]
    start: int
    end: int
    text: str
    score: float
    """1.0 for an exact (normalised) match, below for a fuzzy one (0-1)."""


@dataclass(frozen=True, slots=True)
class Term:
    """One alias of one entry, as the data gives it."""

    entry: str
    alias: str
    case_sensitive: bool = False
    contextual: bool = False


@dataclass(frozen=True, slots=True)
class _Pattern:
    norm: tuple[str, ...]
    exact: tuple[str, ...] | None
    gaps: tuple[int, ...]
    entry: str
    contextual: bool
    single_letter: bool


@dataclass(frozen=True, slots=True)
class Hit:
    """A raw match: entry id, token range, character range, score, contextual flag."""

    entry: str
    first: int
    last: int
    start: int
    end: int
    score: float
    contextual: bool
    single_letter: bool


class PhraseMatcher:
    """Finds the entries of one vocabulary in texts. Build with :meth:`build`."""

    def __init__(
        self,
        index: dict[str, list[_Pattern]],
        fuzzy: dict[tuple[str, int], list[tuple[str, str]]],
        vocabulary: frozenset[str],
        keys: dict[str, str],
    ) -> None:
        self._index = index
        self._fuzzy = fuzzy
        self._fuzzy_choices: dict[tuple[str, int], tuple[list[str], list[str]]] = {}
        self._fuzzy_cache: dict[str, tuple[str, float] | None] = {}
        self._vocabulary = vocabulary
        self.keys = keys
        """Normalised alias -> entry id (the first entry wins where aliases are shared)."""

    def clear_cache(self) -> None:
        """Forget remembered fuzzy look-ups (for timing a cold run)."""
        self._fuzzy_cache.clear()

    @classmethod
    def build(
        cls,
        terms: Iterable[Term],
        *,
        fuzzy_matching: bool = True,
        acronyms_exact: bool = False,
    ) -> PhraseMatcher:
        """Index ``terms``. With ``acronyms_exact``, aliases written in capitals of up to five
        letters ("PACE", "CHES") match only in capitals."""
        index: dict[str, list[_Pattern]] = defaultdict(list)
        fuzzy: dict[tuple[str, int], list[tuple[str, str]]] = defaultdict(list)
        vocabulary: set[str] = set()
        keys: dict[str, str] = {}
        seen: set[tuple[tuple[str, ...], tuple[str, ...] | None]] = set()
        for term in terms:
            tokens = tokenize(term.alias)
            if not tokens:
                continue
            norm = tuple(t.norm for t in tokens)
            exact: tuple[str, ...] | None = tuple(t.exact for t in tokens)
            case_sensitive = (
                term.case_sensitive
                or term.contextual
                or len(term.alias.strip()) <= 3
                or len(" ".join(t.exact for t in tokens)) <= 3  # "APIs" is "API"
                or (acronyms_exact and _is_acronym(term.alias))
            )
            if not case_sensitive:
                exact = None
            if (norm, exact) in seen:
                continue
            seen.add((norm, exact))
            gaps = tuple(t.gap for t in tokens[1:])
            single = len(tokens) == 1 and len(tokens[0].raw) == 1
            index[norm[0]].append(_Pattern(norm, exact, gaps, term.entry, term.contextual, single))
            vocabulary.update(norm)
            keys.setdefault(" ".join(norm), term.entry)
            plain = " ".join(t.plain for t in tokens)
            if (
                fuzzy_matching
                and not case_sensitive
                and len(plain) >= FUZZY_MIN_LENGTH
                and len(norm) <= 2
                and plain.replace(" ", "").isalpha()
                # one word: only names ("Kubernetes"), never plain English ("filing")
                and (len(norm) == 2 or any(c.isupper() for c in term.alias))
            ):
                fuzzy[(plain[0], len(plain))].append((plain, term.entry))
        for patterns in index.values():
            # longest first; among equals, names written in capitals ("SWIFT" before "Swift")
            patterns.sort(
                key=lambda p: (-len(p.norm), not (p.exact and "".join(p.exact).isupper()))
            )
        return cls(dict(index), dict(fuzzy), frozenset(vocabulary), keys)

    def scan(self, text: str, tokens: Sequence[Token] | None = None) -> list[Hit]:
        """Raw, non-overlapping hits in text order (contextual ones not yet checked)."""
        tokens = tokenize(text) if tokens is None else tokens
        hits: list[Hit] = []
        count = len(tokens)
        i = 0
        while i < count:
            hit = self._exact_at(text, tokens, i)
            if hit is None:
                hit = self._fuzzy_at(text, tokens, i)
            if hit is None:
                i += 1
                continue
            hits.append(hit)
            i = hit.last + 1
        return hits

    def _exact_at(self, text: str, tokens: Sequence[Token], i: int) -> Hit | None:
        patterns = self._index.get(tokens[i].norm)
        if not patterns:
            return None
        count = len(tokens)
        for pattern in patterns:
            size = len(pattern.norm)
            if i + size > count:
                continue
            ok = True
            for k in range(size):
                token = tokens[i + k]
                if token.norm != pattern.norm[k]:
                    ok = False
                    break
                if pattern.exact is not None and not _same_case(token.exact, pattern.exact[k]):
                    ok = False
                    break
                if k and token.gap > pattern.gaps[k - 1]:
                    ok = False
                    break
            if not ok:
                continue
            start, end = tokens[i].start, tokens[i + size - 1].end
            if not _whole(text, start, end):
                continue
            if pattern.single_letter and not _plain_letter(text, start, end):
                continue
            return Hit(
                pattern.entry,
                i,
                i + size - 1,
                start,
                end,
                1.0,
                pattern.contextual,
                pattern.single_letter,
            )
        return None

    def _fuzzy_at(self, text: str, tokens: Sequence[Token], i: int) -> Hit | None:
        if not self._fuzzy:
            return None
        first = tokens[i]
        if not first.norm.isalpha():
            return None
        known = first.norm in self._vocabulary
        candidates: list[tuple[int, str]] = []
        if i + 1 < len(tokens) and tokens[i + 1].gap != GAP_OTHER:
            second = tokens[i + 1]
            if second.norm.isalpha() and not (known and second.norm in self._vocabulary):
                candidates.append((2, f"{first.plain} {second.plain}"))
        if not known:
            candidates.append((1, first.plain))
        for size, query in candidates:
            found = self.best_fuzzy(query)
            if found is None:
                continue
            entry, score = found
            last = i + size - 1
            start, end = tokens[i].start, tokens[last].end
            if not _whole(text, start, end):
                continue
            return Hit(entry, i, last, start, end, score / 100.0, False, False)
        return None

    def find(
        self,
        text: str,
        *,
        is_technical: Callable[[str], bool] | None = None,
        context_words: frozenset[str] = TECHNICAL_CONTEXT_WORDS,
    ) -> list[Hit]:
        """Hits in text order, with contextual ones kept only where the context allows: a
        non-contextual hit (for which ``is_technical`` holds) within
        :data:`CONTEXT_WINDOW` tokens, or one of ``context_words`` right beside it."""
        tokens = tokenize(text)
        # Blockers (entry "") take their tokens ("EMT conduit", "MS Office") and vanish.
        hits = [h for h in self.scan(text, tokens) if h.entry]
        if not any(h.contextual for h in hits):
            return hits
        anchors = [
            h.first
            for h in hits
            if not h.contextual and (is_technical is None or is_technical(h.entry))
        ]
        contextual = [h for h in hits if h.contextual]
        covered = {k for h in hits for k in range(h.first, h.last + 1)}
        kept: list[Hit] = []
        for hit in hits:
            if not hit.contextual or (
                not _in_a_name(hit, tokens, covered)
                and _has_context(hit, tokens, anchors, contextual, context_words)
            ):
                kept.append(hit)
        return kept

    def best_fuzzy(self, query: str) -> tuple[str, float] | None:
        """(entry, score 0-100) of the alias closest to ``query`` (lower-case words) among
        those of about the same length and the same first letter, if it passes the fuzzy
        bars and looks like a typo of it."""
        if len(query) < FUZZY_MIN_LENGTH:
            return None
        if query in self._fuzzy_cache:
            return self._fuzzy_cache[query]
        key = (query[0], len(query))
        choices = self._fuzzy_choices.get(key)
        if choices is None:
            pairs = [
                pair
                for length in _comparable_lengths(len(query))
                for pair in self._fuzzy.get((query[0], length), ())
            ]
            choices = ([p[0] for p in pairs], [p[1] for p in pairs])
            self._fuzzy_choices[key] = choices
        result: tuple[str, float] | None = None
        if choices[0]:
            found = process.extract(
                query, choices[0], scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE, limit=3
            )
            for alias, score, position in found:
                if plausible_typo(query, alias):
                    result = (choices[1][position], float(score))
                    break
        if len(self._fuzzy_cache) > 100_000:
            self._fuzzy_cache.clear()
        self._fuzzy_cache[query] = result
        return result


def plausible_typo(query: str, alias: str) -> bool:
    """True if ``query`` looks like a misspelt ``alias``, not another word: every word
    close enough on its own, and no word merely a prefix of the other ("backed" is no
    "backend", "Consult" no "Consul"), except for a doubled last letter ("Postgress")."""
    words, alias_words = query.split(" "), alias.split(" ")
    if len(words) != len(alias_words):
        return False
    for word, alias_word in zip(words, alias_words, strict=True):
        if word == alias_word:
            continue
        if fuzz.ratio(word, alias_word) < FUZZY_MIN_SCORE:
            return False
        short, long = sorted((word, alias_word), key=len)
        if long.startswith(short) and long != short + short[-1:]:
            return False
    return True


def _comparable_lengths(length: int) -> range:
    """Lengths an alias can have and still reach the fuzzy score against ``length``."""
    spread = 0
    while 200 * length / (2 * length + spread + 1) >= FUZZY_MIN_SCORE:
        spread += 1
    return range(max(1, length - spread), length + spread + 1)


def _same_case(written: str, alias: str) -> bool:
    """Case-sensitive equality, except that a word of four letters or more may also be in
    capitals ("REACT, EXCEL" in a heading); "GO" is never "Go"."""
    if written == alias:
        return True
    return len(written) >= 4 and written.isupper() and written == alias.upper()


def _is_acronym(alias: str) -> bool:
    letters = alias.strip().rstrip("+")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


def _whole(text: str, start: int, end: int) -> bool:
    before = start > 0 and is_word_char(text[start - 1])
    after = end < len(text) and is_word_char(text[end])
    return not before and not after


def _plain_letter(text: str, start: int, end: int) -> bool:
    """A one-letter name (C, R) must not be glued to a hyphen (C-suite, USB-C) or be an
    initial with a dot (John R. Smith)."""
    if start > 0 and text[start - 1] in "-‐‑–":
        return False
    if end < len(text) and text[end] in "-‐‑–'’":
        return False
    return not (end < len(text) and text[end] == "." and text[end + 1 : end + 2].isspace())


def _in_a_name(hit: Hit, tokens: Sequence[Token], covered: set[int]) -> bool:
    """True if a capitalised word that names nothing else sits right next to the hit:
    "Ada Okafor", "Ruby Tuesday", "Rust Belt", "Mary Julia" are names, not languages."""
    after = hit.last + 1
    if after < len(tokens) and after not in covered:
        token = tokens[after]
        if token.gap == GAP_PLAIN and token.raw.istitle() and token.raw.isalpha():
            return True
    before = hit.first - 1
    if before >= 0 and before not in covered and tokens[hit.first].gap == GAP_PLAIN:
        token = tokens[before]
        if (
            token.raw.istitle()
            and token.raw.isalpha()
            and token.raw.lower() not in TECHNICAL_CONTEXT_WORDS
        ):
            return before > 0 and tokens[before].gap == GAP_PLAIN
    return False


def _has_context(
    hit: Hit,
    tokens: Sequence[Token],
    anchors: list[int],
    contextual: list[Hit],
    context_words: frozenset[str],
) -> bool:
    if any(abs(a - hit.first) <= CONTEXT_WINDOW for a in anchors):
        return True
    low, high = max(0, hit.first - 3), min(len(tokens), hit.last + 4)
    if any(tokens[k].raw.lower() in context_words for k in range(low, high)):
        return True
    # Two different contextual names side by side ("Go, Rust") support each other.
    return any(
        other.entry != hit.entry and abs(other.first - hit.first) <= 4 for other in contextual
    )


__all__ = [
    "CREDENTIAL_CONTEXT_WORDS",
    "FUZZY_MIN_LENGTH",
    "FUZZY_MIN_SCORE",
    "TECHNICAL_CONTEXT_WORDS",
    "Hit",
    "Match",
    "PhraseMatcher",
    "Term",
    "plausible_typo",
]
