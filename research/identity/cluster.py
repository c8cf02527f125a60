"""Leads clustered into candidate persons, each with a score made of named parts.

Joins, strongest first: the same page (URL), a cross-link (one lead links to another's
URL, or to its personal domain), a shared handle, and strong agreement (the same name, both
currently at the subject's employer, no different city). Nothing joins across a conflict:
names of different people, two different current employers, locations in different
countries, or two different handles on one source. Namesakes therefore stay apart.

A candidate's score is the clamped sum of its parts: the best ``name``, ``employer``,
``role``, ``timing`` and ``location`` found among its leads, plus ``crosslinks``,
``sources`` (independent sites agreeing) and ``conflicts``; candidates found only on sites
runnerup may not read (``fetchable=False``) are capped by an ``unread`` part.

Pure and deterministic: leads are put in a canonical order first, so the same leads in any
order give the same candidates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from research.employers import employer_similarity, registered_domain
from research.identity.employers import EmployerMatch, employer_domain, employer_match
from research.identity.names import NameMatch, name_similarity, same_name
from research.identity.roles import role_similarity
from research.identity.signals import (
    family_names,
    lead_name,
    links_to,
    location_relation,
    score_lead,
    shared_handle,
    url_key,
)
from research.model import Candidate, Career, Lead, PartialDate, ScorePart, Subject

LINK_POINTS = 0.05
LINK_MAX = 0.1
SOURCE_POINTS = 0.05
SOURCE_MAX = 0.1
CITY_CONFLICT_POINTS = -0.05
UNREAD_CAP = 0.5
"""The most a candidate made only of unread leads (e.g. LinkedIn search results) can score."""


@dataclass
class _Item:
    lead: Lead
    name: str | None
    match: NameMatch | None
    employer: EmployerMatch
    parts: list[ScorePart]
    total: float = 0.0


def _lead_key(lead: Lead) -> tuple[str, str, str, str]:
    return (url_key(lead.url), lead.source, lead.name or "", lead.title)


def _conflict(a: _Item, b: _Item) -> bool:
    """True when two leads cannot be the same person."""
    if a.name and b.name and name_similarity(a.name, b.name).kind == "different":
        return True
    if {a.employer.status, b.employer.status} == {"current", "other"}:
        return True
    if (
        a.employer.status == b.employer.status == "other"
        and a.lead.employer
        and b.lead.employer
        and employer_similarity(a.lead.employer, b.lead.employer).score < 0.8
    ):
        return True
    if location_relation(a.lead.location, b.lead.location) == "conflict":
        return True
    return bool(
        a.lead.source == b.lead.source
        and a.lead.handle
        and b.lead.handle
        and not shared_handle(a.lead, b.lead)
    )


_APART = ("conflict", "different_city")
_TITLE_SPLIT = re.compile(r"\s[-–—|·]\s")


def stated_title(lead: Lead) -> str:
    """The job title a lead states: its headline or JSON-LD jobTitle, else the middle of a
    "Name - Title - Employer" search-result title."""
    for text in (lead.headline, lead.extra.get("jobTitle"), lead.extra.get("title")):
        if text:
            return text
    pieces = [p.strip() for p in _TITLE_SPLIT.split(lead.title) if p.strip()]
    return pieces[1] if len(pieces) >= 3 else ""


def _roles_differ(left: Iterable[Lead], right: Iterable[Lead]) -> bool:
    """Both groups state titles and none of one side's fits any of the other's ("Sales
    Director" against "Head of Platform"): maybe two people, so agreement alone does not
    join them. One fitting pair is enough: people describe their work in many ways."""
    ta = [t for t in (stated_title(lead) for lead in left) if t]
    tb = [t for t in (stated_title(lead) for lead in right) if t]
    if not ta or not tb:
        return False
    return all(role_similarity(x, y).score == 0.0 for x in ta for y in tb)


def _agree(subject: Subject, a: _Item, b: _Item) -> bool:
    """Strong agreement: the same name, at the same employer (the subject's, or both at
    one other), neither placed in another city than the other or than the subject."""
    if not (a.name and b.name and same_name(a.name, b.name)):
        return False
    if a.employer.status == b.employer.status == "other":
        if not (a.lead.employer and b.lead.employer):
            return False
        if employer_similarity(a.lead.employer, b.lead.employer).score < 0.8:
            return False
    elif not (a.employer.status == b.employer.status == "current"):
        return False
    places = [a.lead.location, b.lead.location]
    if a.employer.status == "current":
        places.append(subject.location)
    return not any(
        location_relation(x, y) in _APART for i, x in enumerate(places) for y in places[i + 1 :]
    )


class _Clusters:
    def __init__(self, items: Sequence[_Item]) -> None:
        self.items = items
        self.parent = list(range(len(items)))
        self.links = [0] * len(items)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def members(self, root: int) -> list[int]:
        return [i for i in range(len(self.items)) if self.find(i) == root]

    def join(self, i: int, j: int, *, link: bool) -> bool:
        """Join the clusters of ``i`` and ``j`` unless they conflict; a join by agreement
        (not ``link``) also needs every pair to agree on the city and the kind of work,
        where stated."""
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            self.links[ri] += int(link)
            return True
        left, right = self.members(ri), self.members(rj)
        for x in left:
            for y in right:
                a, b = self.items[x], self.items[y]
                if _conflict(a, b):
                    return False
                if not link and location_relation(a.lead.location, b.lead.location) in _APART:
                    return False
        if not link and _roles_differ(
            (self.items[x].lead for x in left), (self.items[y].lead for y in right)
        ):
            return False
        root, other = min(ri, rj), max(ri, rj)
        self.parent[other] = root
        self.links[root] += self.links[other] + int(link)
        return True


def _items(
    subject: Subject,
    leads: Iterable[Lead],
    careers: Mapping[str, Career],
    reference: PartialDate | None,
) -> list[_Item]:
    items = []
    for lead in sorted(leads, key=_lead_key):
        name, match = lead_name(subject, lead)
        parts = score_lead(subject, lead, career=careers.get(lead.url), reference=reference)
        items.append(
            _Item(
                lead=lead,
                name=name,
                match=match,
                employer=employer_match(subject, lead),
                parts=parts,
                total=sum(p.points for p in parts),
            )
        )
    return items


def _best(parts: Iterable[ScorePart]) -> ScorePart | None:
    ordered = sorted(parts, key=lambda p: (-p.points, p.detail))
    positive = [p for p in ordered if p.points > 0]
    if positive:
        return positive[0]
    return ordered[-1] if ordered else None


def _score(subject: Subject, items: Sequence[_Item], links: int) -> list[ScorePart]:
    parts: list[ScorePart] = []
    by_name: dict[str, list[ScorePart]] = {}
    for item in items:
        for part in item.parts:
            by_name.setdefault(part.name, []).append(part)
    for name in ("name", "employer", "role", "timing", "given"):
        best = _best(by_name.get(name, []))
        if best is not None:
            parts.append(best)
    locations = by_name.get("location", [])
    against = [p for p in locations if p.points < 0]
    best_location = against[0] if against else _best(locations)
    if best_location is not None:
        parts.append(best_location)
    if links:
        points = min(LINK_MAX, LINK_POINTS * links)
        parts.append(
            ScorePart(
                name="crosslinks", points=points, detail=f"{links} cross-link(s) between pages"
            )
        )
    read = [it for it in items if it.lead.fetchable]
    domains = sorted({registered_domain(it.lead.url) or url_key(it.lead.url) for it in read})
    if len(domains) > 1:
        points = min(SOURCE_MAX, SOURCE_POINTS * (len(domains) - 1))
        parts.append(
            ScorePart(
                name="sources",
                points=points,
                detail=f"{len(domains)} independent sites agree: {', '.join(domains)}",
            )
        )
    places = [it.lead.location for it in items if it.lead.location]
    if any(
        location_relation(a, b) == "different_city"
        for i, a in enumerate(places)
        for b in places[i + 1 :]
    ):
        parts.append(
            ScorePart(
                name="conflicts", points=CITY_CONFLICT_POINTS, detail="pages give different cities"
            )
        )
    total = sum(p.points for p in parts)
    if not read and total > UNREAD_CAP:
        parts.append(
            ScorePart(
                name="unread",
                points=round(UNREAD_CAP - total, 3),
                detail="found only on sites runnerup may not read: capped",
            )
        )
    return parts


def _candidate(subject: Subject, items: Sequence[_Item], links: int) -> Candidate:
    ranked = sorted(
        items,
        key=lambda it: (not it.lead.fetchable, -it.total, _lead_key(it.lead)),
    )
    parts = _score(subject, ranked, links)
    score = min(1.0, max(0.0, sum(p.points for p in parts)))
    named = sorted(
        (it for it in ranked if it.name and it.match),
        key=lambda it: (-(it.match.score if it.match else 0), not it.lead.fetchable),
    )
    name = named[0].name if named and named[0].name else subject.name
    headline = next((it.lead.headline for it in ranked if it.lead.headline), None)
    stated = sorted(
        (it for it in ranked if it.lead.employer),
        key=lambda it: (
            -it.employer.points,
            (it.lead.employer or "").islower(),  # prefer a display form to a slug
            -len(it.lead.employer or ""),
        ),
    )
    employer = stated[0].lead.employer if stated else None
    if any(it.employer.status == "current" for it in ranked) and (
        employer is None or not any(it.employer.status == "current" for it in stated)
    ):
        employer = subject.employer
    location = next((it.lead.location for it in ranked if it.lead.location), None)
    return Candidate(
        name=name,
        headline=headline,
        employer=employer,
        location=location,
        score=round(score, 4),
        parts=parts,
        leads=[it.lead for it in ranked],
    )


def cluster(
    subject: Subject,
    leads: Iterable[Lead],
    *,
    careers: Mapping[str, Career] | None = None,
    reference: PartialDate | None = None,
) -> list[Candidate]:
    """Leads clustered into candidate persons, best first, ids 1..n.

    ``careers`` maps a lead's URL to the career collected from it (for timing);
    ``reference`` is the date to time against when the hire date is unknown (the posting
    date). Groups whose leads name nobody like the subject are dropped: they are other
    people, not candidates.
    """
    items = _items(subject, leads, careers or {}, reference)
    clusters = _Clusters(items)
    pairs = [(i, j) for i in range(len(items)) for j in range(i + 1, len(items))]
    exclude = frozenset({employer_domain(subject)} - {""})
    family = family_names(subject.name, *(it.name for it in items))
    for i, j in pairs:
        if url_key(items[i].lead.url) == url_key(items[j].lead.url):
            clusters.join(i, j, link=False)
    for i, j in pairs:
        a, b = items[i].lead, items[j].lead
        names = [*family, *(h for h in (a.handle, b.handle) if h)]
        if links_to(a, b, exclude_domains=exclude, names=names) or links_to(
            b, a, exclude_domains=exclude, names=names
        ):
            clusters.join(i, j, link=True)
    for i, j in pairs:
        if shared_handle(items[i].lead, items[j].lead):
            clusters.join(i, j, link=True)
    for i, j in pairs:
        if _agree(subject, items[i], items[j]):
            clusters.join(i, j, link=False)
    roots = sorted({clusters.find(i) for i in range(len(items))})
    candidates = []
    for root in roots:
        members = [items[i] for i in clusters.members(root)]
        if not any(it.match is not None and it.match.kind != "different" for it in members):
            continue
        candidates.append(_candidate(subject, members, clusters.links[root]))
    candidates.sort(
        key=lambda c: (-c.score, -len(c.leads), c.name, [_lead_key(lead) for lead in c.leads])
    )
    return [c.model_copy(update={"id": n}) for n, c in enumerate(candidates, start=1)]


__all__ = ["UNREAD_CAP", "cluster", "stated_title"]
