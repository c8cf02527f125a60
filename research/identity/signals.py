"""Other signals: location, cross-links between leads, shared handles; and
:func:`score_lead`, the named score parts of one lead against the subject.

Pure functions; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from research.employers import registered_domain
from research.identity.employers import employer_match, is_shared_host
from research.identity.names import (
    NameMatch,
    compact,
    find_name_in_text,
    name_similarity,
    parse_name,
    to_ascii,
)
from research.identity.roles import lead_timing, role_part
from research.model import Career, Lead, PartialDate, ScorePart, Subject


def _words(text: str) -> list[str]:
    return text.split()


NAME_POINTS = 0.35
CITY_POINTS = 0.08
COUNTRY_POINTS = 0.03
COUNTRY_CONFLICT_POINTS = -0.15
GIVEN_POINTS = 0.2
"""A page the user gave (``extra["given_by_user"] == "yes"``): their word counts, but
does not by itself clear the bar."""

_CITY_ALIASES = {
    "nyc": "new york",
    "new york city": "new york",
    "manhattan": "new york",
    "brooklyn": "new york",
    "sf": "san francisco",
    "san francisco bay area": "san francisco",
    "bay area": "san francisco",
    "la": "los angeles",
    "muenchen": "munich",
    "munchen": "munich",
    "koln": "cologne",
    "wien": "vienna",
    "roma": "rome",
    "milano": "milan",
    "lisboa": "lisbon",
    "bengaluru": "bangalore",
    "bombay": "mumbai",
    "greater london": "london",
    "dc": "washington",
    "washington dc": "washington",
}
_CITIES = {
    "new york": "us", "san francisco": "us", "los angeles": "us", "seattle": "us",
    "boston": "us", "chicago": "us", "austin": "us", "denver": "us", "portland": "us",
    "atlanta": "us", "washington": "us", "miami": "us", "houston": "us", "dallas": "us",
    "pittsburgh": "us", "san diego": "us", "philadelphia": "us", "toronto": "ca",
    "vancouver": "ca", "montreal": "ca", "london": "gb", "manchester": "gb",
    "edinburgh": "gb", "bristol": "gb", "dublin": "ie", "berlin": "de", "munich": "de",
    "hamburg": "de", "cologne": "de", "frankfurt": "de", "paris": "fr", "lyon": "fr",
    "amsterdam": "nl", "rotterdam": "nl", "brussels": "be", "zurich": "ch", "geneva": "ch",
    "vienna": "at", "madrid": "es", "barcelona": "es", "lisbon": "pt", "porto": "pt",
    "rome": "it", "milan": "it", "stockholm": "se", "oslo": "no", "copenhagen": "dk",
    "helsinki": "fi", "warsaw": "pl", "prague": "cz", "lagos": "ng", "abuja": "ng",
    "nairobi": "ke", "cape town": "za", "johannesburg": "za", "cairo": "eg",
    "bangalore": "in", "mumbai": "in", "delhi": "in", "new delhi": "in", "pune": "in",
    "hyderabad": "in", "chennai": "in", "singapore": "sg", "tokyo": "jp", "osaka": "jp",
    "seoul": "kr", "beijing": "cn", "shanghai": "cn", "shenzhen": "cn", "hong kong": "hk",
    "taipei": "tw", "sydney": "au", "melbourne": "au", "auckland": "nz",
    "sao paulo": "br", "rio de janeiro": "br", "mexico city": "mx", "buenos aires": "ar",
    "bogota": "co", "santiago": "cl", "lima": "pe", "tel aviv": "il", "dubai": "ae",
    "istanbul": "tr", "accra": "gh", "kigali": "rw",
}  # fmt: skip
_COUNTRIES = {
    "us": "us", "usa": "us", "united states": "us", "united states of america": "us",
    "america": "us", "canada": "ca", "uk": "gb", "united kingdom": "gb", "england": "gb",
    "scotland": "gb", "wales": "gb", "great britain": "gb", "gb": "gb", "ireland": "ie",
    "germany": "de", "deutschland": "de", "france": "fr", "netherlands": "nl",
    "the netherlands": "nl", "belgium": "be", "switzerland": "ch", "austria": "at",
    "spain": "es", "portugal": "pt", "italy": "it", "sweden": "se", "norway": "no",
    "denmark": "dk", "finland": "fi", "poland": "pl", "czechia": "cz",
    "czech republic": "cz", "nigeria": "ng", "kenya": "ke", "south africa": "za",
    "egypt": "eg", "india": "in", "singapore": "sg", "japan": "jp", "south korea": "kr",
    "korea": "kr", "china": "cn", "hong kong": "hk", "taiwan": "tw", "australia": "au",
    "new zealand": "nz", "brazil": "br", "mexico": "mx", "argentina": "ar",
    "colombia": "co", "chile": "cl", "peru": "pe", "israel": "il",
    "united arab emirates": "ae", "uae": "ae", "turkey": "tr", "ghana": "gh",
    "rwanda": "rw", "de": "de", "fr": "fr", "nl": "nl",
}  # fmt: skip
_US_STATES = frozenset(
    _words(
        "al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh "
        "nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy california texas "
        "washington oregon massachusetts colorado illinois georgia florida virginia "
        "pennsylvania"
    )
)
_AREA_WORDS = re.compile(r"\b(?:greater|area|metropolitan|metro|region|city of)\b")
_NOT_PLACES = frozenset({"remote", "anywhere", "worldwide", "earth", "internet", "online"})


@dataclass(frozen=True)
class Place:
    city: str | None
    country: str | None

    def __bool__(self) -> bool:
        return bool(self.city or self.country)


def parse_location(text: str | None) -> Place:
    """ "Berlin, Germany" -> Place("berlin", "de"); "NYC" -> Place("new york", "us")."""
    if not text:
        return Place(None, None)
    parts = [
        " ".join(re.split(r"[^a-z0-9]+", to_ascii(p).lower())).strip()
        for p in re.split(r"[,/|(]|\s-\s", text)
    ]
    parts = [_AREA_WORDS.sub(" ", p).strip() for p in parts]
    parts = [" ".join(p.split()) for p in parts]
    parts = [p for p in parts if p and p not in _NOT_PLACES]
    city: str | None = None
    country: str | None = None
    for i, part in enumerate(parts):
        name = _CITY_ALIASES.get(part, part)
        if i > 0 and country is None and (part in _COUNTRIES or part in _US_STATES):
            country = _COUNTRIES.get(part, "us")
        elif city is None and name in _CITIES:
            city = name
        elif city is None and i == 0 and part in _COUNTRIES:
            country = _COUNTRIES[part]
        elif city is None and i == 0 and part not in _COUNTRIES:
            city = name
    if city and country is None:
        country = _CITIES.get(city)
    return Place(city, country)


LocationRelation = Literal["same_city", "same_country", "different_city", "conflict", "unknown"]


def location_relation(a: str | None, b: str | None) -> LocationRelation:
    pa, pb = parse_location(a), parse_location(b)
    if not pa or not pb:
        return "unknown"
    if pa.country and pb.country and pa.country != pb.country:
        return "conflict"
    if pa.city and pb.city:
        return "same_city" if pa.city == pb.city else "different_city"
    if pa.country and pa.country == pb.country:
        return "same_country"
    return "unknown"


def location_part(subject_location: str | None, lead_location: str | None) -> ScorePart | None:
    """Points for a lead's location: the same city, the same country, or a different
    country (against)."""
    relation = location_relation(subject_location, lead_location)
    if relation == "same_city":
        return ScorePart(name="location", points=CITY_POINTS, detail=f"in {lead_location}")
    if relation == "same_country":
        return ScorePart(
            name="location", points=COUNTRY_POINTS, detail=f"in the same country ({lead_location})"
        )
    if relation == "conflict":
        return ScorePart(
            name="location",
            points=COUNTRY_CONFLICT_POINTS,
            detail=f"in {lead_location}, another country than {subject_location}",
        )
    return None


def url_key(url: str) -> str:
    """A URL without scheme, "www.", query or trailing slash, lowercased host."""
    text = url.strip() if "//" in url else "//" + url.strip()
    parts = urlsplit(text)
    host = (parts.hostname or "").lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}"


def is_personal_domain(domain: str, names: Iterable[str]) -> bool:
    """A domain named after the person ("ada-okafor.test", "okafor.dev"): pages on it are
    theirs. Other domains (conference sites, blogs with many authors) are not."""
    label = compact(domain.split(".")[0]) if domain and not is_shared_host(domain) else ""
    return bool(label) and any(len(n) >= 3 and n in label for n in map(compact, names))


def links_to(
    a: Lead,
    b: Lead,
    *,
    exclude_domains: frozenset[str] = frozenset(),
    names: Sequence[str] = (),
) -> bool:
    """True when one of ``a``'s links is ``b``'s URL or a page above it ("site.test/~ada/"
    above "site.test/~ada/cv.html"), or is on ``b``'s domain when that domain is personal
    (named after one of ``names``: family names or handles) and not excluded (the
    employer's)."""
    target = url_key(b.url)
    domain = registered_domain(b.url)
    personal = domain not in exclude_domains and is_personal_domain(domain, names)
    for link in a.links:
        key = url_key(link)
        if key == target:
            return True
        if "/" in key and target.startswith(key + "/"):
            return True
        if personal and registered_domain(link) == domain:
            return True
    return False


def shared_handle(a: Lead, b: Lead) -> bool:
    return bool(
        a.handle and b.handle and a.handle.lower().lstrip("@") == b.handle.lower().lstrip("@")
    )


def lead_name(subject: Subject, lead: Lead) -> tuple[str | None, NameMatch | None]:
    """The name a lead gives, and how it matches the subject: the ``name`` field, else the
    best run of capitalised words in its title or snippet."""
    if lead.name:
        return lead.name, name_similarity(subject.name, lead.name)
    best: NameMatch | None = None
    found: str | None = None
    for text in (lead.title, lead.headline or "", lead.snippet):
        match = find_name_in_text(subject.name, text)
        if match is not None and (best is None or match.score > best.score):
            best = match
            found = match.other
    return found, best


def name_part(match: NameMatch | None, found: str | None = None) -> ScorePart:
    """ "name matches exactly: 'Ada Okafor'", "name matches (nickname, ...): 'Bob Miller'"."""
    if match is None:
        return ScorePart(name="name", points=0.0, detail="no name found")
    shown = found or match.other
    if match.kind == "exact":
        detail = f"name matches exactly: {shown!r}"
    elif match.kind == "different":
        detail = f"name differs ({match.reason}): {shown!r}"
    else:
        detail = f"name matches ({match.kind}: {match.reason}): {shown!r}"
    return ScorePart(name="name", points=round(NAME_POINTS * match.score, 3), detail=detail)


def score_lead(
    subject: Subject,
    lead: Lead,
    *,
    career: Career | None = None,
    reference: PartialDate | None = None,
) -> list[ScorePart]:
    """The named score parts of one lead against the subject: name, employer, role,
    timing, location. ``career`` is the lead's collected career, if any; ``reference`` a
    date to time against when the hire date is unknown (the posting date)."""
    found, match = lead_name(subject, lead)
    parts = [name_part(match, found)]
    employer = employer_match(subject, lead)
    if employer.status != "unknown":
        parts.append(employer.part)
    role = role_part(subject, lead)
    if role is not None:
        parts.append(role)
    timing = lead_timing(subject, lead, career=career, reference=reference)
    if timing is not None and employer.status not in ("other", "previous"):
        parts.append(timing)
    location = location_part(subject.location, lead.location)
    if location is not None:
        parts.append(location)
    if lead.extra.get("given_by_user") == "yes":
        parts.append(
            ScorePart(name="given", points=GIVEN_POINTS, detail="you gave this page (--url)")
        )
    return parts


def family_names(*names: str | None) -> list[str]:
    """The family-name words of the given names (for :func:`is_personal_domain`)."""
    found: list[str] = []
    for name in names:
        parsed = parse_name(name) if name else None
        if parsed is not None:
            found.extend(w for w in (*parsed.family, "".join(parsed.family)) if w not in found)
    return found


__all__ = [
    "NAME_POINTS",
    "Place",
    "family_names",
    "is_personal_domain",
    "lead_name",
    "links_to",
    "location_part",
    "location_relation",
    "name_part",
    "parse_location",
    "score_lead",
    "shared_handle",
    "url_key",
]
