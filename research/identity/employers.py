"""Employer matching: legal suffixes, acronyms, the employer's web domain, brand names the
user gave, and "formerly at X" (a previous employer is not the current one).

Brand names: a hint in ``Subject.hints`` of the form ``"aka:Other Name"`` (or ``"also:"``)
names another name the employer is known by (a parent company, a brand, an old name),
e.g. ``["aka:Northwind", "aka:NWR Group"]``.

Email domains: a lead may carry ``extra["email_domain"]``: the domain only. Should an
address slip in, only the part after "@" is ever read, and it is never printed.

Pure functions; no I/O. Names, suffixes and domains come from :mod:`research.employers`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from research.employers import (
    LEGAL_SUFFIXES,
    WEAK_WORDS,
    acronym,
    employer_similarity,
    employer_tokens,
    registered_domain,
)
from research.identity.names import to_ascii
from research.model import Lead, ScorePart, Subject


def _words(text: str) -> list[str]:
    return text.split()


EmployerStatus = Literal["current", "previous", "other", "unknown"]

CURRENT_POINTS = 0.25
DOMAIN_POINTS = 0.2
LINK_POINTS = 0.12
PREVIOUS_POINTS = -0.1
OTHER_POINTS = -0.15

ALIAS_PREFIXES = ("aka:", "also:")
_PREVIOUS = re.compile(
    r"\b(?:formerly|previously|former(?:ly)?|ex-|ex\s|alumn(?:us|a|i)\s+of|left|"
    r"used to work|until \d{4}|prior to)\s*(?:at|with|of|@)?\s*$",
    re.IGNORECASE,
)
_COMPANY_WORDS = (
    WEAK_WORDS
    | LEGAL_SUFFIXES
    | frozenset(
        _words(
            "traders trading health healthcare bank banking capital ventures media games press "
            "logistics biotech consulting software analytics instruments insurance pharma motors "
            "airlines studios studio digital networks security foods energy robotics foundation "
            "university college hospital clinic school institute agency partners design"
        )
    )
)
_ALUMNI = frozenset({"alumni", "alumnus", "alumna", "alum"})
_SHARED_HOSTS = frozenset(
    _words(
        "github.com gitlab.com linkedin.com twitter.com x.com orcid.org medium.com "
        "stackoverflow.com google.com youtube.com facebook.com instagram.com github.io "
        "mastodon.social bsky.app wikipedia.org wikidata.org archive.org substack.com gmail.com "
        "outlook.com yahoo.com hotmail.com proton.me protonmail.com icloud.com"
    )
)


def is_shared_host(domain: str) -> bool:
    """Hosts where many people have pages (GitHub, LinkedIn, webmail): a shared domain
    there says nothing about identity."""
    return domain in _SHARED_HOSTS


def employer_aliases(subject: Subject) -> list[str]:
    """The employer's name and the names given in ``aka:``/``also:`` hints."""
    names = [subject.employer] if subject.employer else []
    for hint in subject.hints:
        low = hint.strip().lower()
        for prefix in ALIAS_PREFIXES:
            if low.startswith(prefix) and hint.strip()[len(prefix) :].strip():
                names.append(hint.strip()[len(prefix) :].strip())
    return names


def best_employer_similarity(subject: Subject, name: str) -> tuple[float, str]:
    best, why = 0.0, "different employers"
    for alias in employer_aliases(subject):
        sim = employer_similarity(alias, name)
        if sim.score > best:
            best = sim.score
            why = sim.detail if alias == subject.employer else f"{sim.detail} (aka {alias!r})"
    return best, why


def mentions_employer(subject: Subject, text: str) -> tuple[bool, bool]:
    """(mentioned, only as a former employer) for free text."""
    if not text:
        return False, False
    words = employer_tokens_text(text)
    current = previous = False
    for alias in employer_aliases(subject):
        phrase = employer_tokens(alias)
        forms = [phrase]
        if len(phrase) >= 3 and len(acronym(phrase)) >= 3:
            forms.append((acronym(phrase),))
        if len(phrase) >= 2 and phrase[0] not in WEAK_WORDS and len(phrase[0]) >= 4:
            forms.append(phrase[:1])
        for form in forms:
            for start in _find(words, form):
                following = words[start + len(form) : start + len(form) + 1]
                if form != phrase and following and following[0] in _COMPANY_WORDS:
                    continue  # "Northwind Traders" is not "Northwind Robotics"
                before = " ".join(words[max(0, start - 4) : start])
                after = set(words[start + len(form) : start + len(form) + 2])
                if _PREVIOUS.search(before + " ") or _PREVIOUS.search(before) or after & _ALUMNI:
                    previous = True
                else:
                    current = True
    return current or previous, previous and not current


def employer_tokens_text(text: str) -> list[str]:
    text = to_ascii(text).lower()
    text = re.sub(r"\bex-", "ex ", text)
    return [w for w in re.split(r"[^a-z0-9@]+", text.replace("@", " @ ")) if w]


def _find(words: list[str], phrase: tuple[str, ...]) -> list[int]:
    n = len(phrase)
    return [i for i in range(len(words) - n + 1) if tuple(words[i : i + n]) == phrase]


@dataclass(frozen=True)
class EmployerMatch:
    """Points for the employer, its status and why."""

    points: float
    status: EmployerStatus
    detail: str
    via: str = ""

    @property
    def part(self) -> ScorePart:
        return ScorePart(name="employer", points=self.points, detail=self.detail)


def _lead_texts(lead: Lead) -> list[tuple[str, str]]:
    texts = [("headline", lead.headline or ""), ("title", lead.title), ("snippet", lead.snippet)]
    for key in ("title", "jobTitle", "affiliation", "description", "bio"):
        if lead.extra.get(key):
            texts.append((key, lead.extra[key]))
    return [(k, v) for k, v in texts if v]


def employer_match(subject: Subject | str, target: Lead | str) -> EmployerMatch:
    """Does ``target`` (a lead, or text) say the person works at the subject's employer?

    ``current`` (a structured employer field, free text, or the employer's own domain),
    ``previous`` ("formerly at X", ``extra["previous_employer"]``, an ``extra["end"]``
    date), ``other`` (a different current employer) or ``unknown``.
    """
    if isinstance(subject, str):
        subject = Subject(name="-", employer=subject)
    if not subject.employer:
        return EmployerMatch(0.0, "unknown", "no employer to compare")
    if isinstance(target, str):
        return _text_match(subject, target, "text")
    lead = target
    currently = (
        bool(lead.employer) and best_employer_similarity(subject, lead.employer or "")[0] >= 0.8
    )
    for key in ("previous_employer", "former_employer"):
        before = lead.extra.get(key, "")
        if before and not currently and best_employer_similarity(subject, before)[0] >= 0.8:
            return EmployerMatch(
                PREVIOUS_POINTS, "previous", f"worked at {subject.employer!r} before", key
            )
    if lead.employer:
        score, why = best_employer_similarity(subject, lead.employer)
        _mentioned, former = mentions_employer(subject, lead.employer)
        if former:
            return EmployerMatch(
                PREVIOUS_POINTS, "previous", f"formerly at {subject.employer!r}", "employer"
            )
        if score >= 0.8:
            if lead.extra.get("end"):
                return EmployerMatch(
                    PREVIOUS_POINTS,
                    "previous",
                    f"left {subject.employer!r} in {lead.extra['end']}",
                    "end",
                )
            return EmployerMatch(
                round(CURRENT_POINTS * score, 3),
                "current",
                f"works at {lead.employer!r} ({why})",
                "employer",
            )
    for key, text in _lead_texts(lead):
        found = _text_match(subject, text, key)
        if found.status != "unknown":
            if found.status == "current" and lead.extra.get("end"):
                return EmployerMatch(
                    PREVIOUS_POINTS, "previous", f"left {subject.employer!r}", "end"
                )
            return found
    domain_match = _domain_match(subject, lead)
    if domain_match is not None:
        return domain_match
    if lead.employer:
        return EmployerMatch(
            OTHER_POINTS, "other", f"works at {lead.employer!r}, not {subject.employer!r}"
        )
    return EmployerMatch(0.0, "unknown", "employer not stated")


def _text_match(subject: Subject, text: str, via: str) -> EmployerMatch:
    mentioned, former = mentions_employer(subject, text)
    if former:
        return EmployerMatch(PREVIOUS_POINTS, "previous", f"formerly at {subject.employer!r}", via)
    if mentioned:
        return EmployerMatch(
            round(CURRENT_POINTS * 0.9, 3), "current", f"{via} names {subject.employer!r}", via
        )
    return EmployerMatch(0.0, "unknown", "employer not stated", via)


def employer_domain(subject: Subject) -> str:
    return registered_domain(subject.employer_site) if subject.employer_site else ""


def _domain_match(subject: Subject, lead: Lead) -> EmployerMatch | None:
    domain = employer_domain(subject)
    if not domain or is_shared_host(domain):
        return None
    email = lead.extra.get("email_domain", "")
    if email and registered_domain(email) == domain:
        return EmployerMatch(DOMAIN_POINTS, "current", f"email domain is {domain}", "email_domain")
    if registered_domain(lead.url) == domain and lead.name:
        return EmployerMatch(DOMAIN_POINTS, "current", f"listed on {domain}", "url")
    if any(registered_domain(link) == domain for link in lead.links):
        return EmployerMatch(
            LINK_POINTS, "current", f"links to the employer's site {domain}", "links"
        )
    return None


__all__ = [
    "ALIAS_PREFIXES",
    "CURRENT_POINTS",
    "EmployerMatch",
    "EmployerStatus",
    "best_employer_similarity",
    "employer_aliases",
    "employer_domain",
    "employer_match",
    "is_shared_host",
    "mentions_employer",
]
