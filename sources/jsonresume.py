"""JSON Resume: a ``resume.json`` the person published (https://jsonresume.org/schema).

Where ``search`` looks, only from what the user gave in ``subject.hints`` (nothing is
guessed from the name):

* a homepage URL (platform URLs such as github.com are skipped): ``<homepage>/resume.json``
  (``https://ada.test/`` -> ``https://ada.test/resume.json``, ``https://uni.test/~ada/``
  -> ``https://uni.test/~ada/resume.json``);
* a GitHub username (a hint ``github:<login>`` or ``https://github.com/<login>``):

  - the public gists of that user (``GET https://api.github.com/users/<login>/gists``,
    documented at https://docs.github.com/en/rest/gists/gists#list-gists-for-a-user); the
    gist with a file named ``resume.json`` is read from its ``raw_url`` (only a
    ``https://gist.githubusercontent.com/`` URL is followed);
  - the JSON Resume registry, which publishes that gist at
    ``https://registry.jsonresume.org/<login>`` (HTML) and ``/<login>.json`` (the raw JSON,
    the form read here; the registry's pages link it as the JSON export).

Each resume found is one lead (its URL is the JSON file), filled from ``basics`` and the
current job so the identity check can compare it. ``collect`` reads a lead's JSON and maps
it onto :class:`Career` field by field with :func:`research.read.career_from_json_resume`:
``basics.email``, ``basics.phone``, ``basics.location.address`` and the postal code are
dropped, free text is scrubbed of contact details.

Refusals: a GitHub rate limit or refusal raises :class:`research.errors.SourceError` (as in
the ``github`` source; ``GITHUB_TOKEN`` is sent when set); a 404 anywhere means "no
resume there". Settings: ``[sources.jsonresume] base_url`` replaces the registry's URL.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any
from urllib.parse import quote, urlsplit

from research.fetch.outcome import Fetched, Outcome
from research.model import (
    Career,
    Evidence,
    Experience,
    Lead,
    Method,
    PartialDate,
    Subject,
    Work,
)
from research.privacy import scrub
from research.source import ApiEndpoint, Canary, Example, Expect, Source, SourceInfo
from sources._html import partial_date
from sources.github import api_headers
from sources.wayback import homepage_folder

SOURCE_ID = "jsonresume"
GITHUB_API = "https://api.github.com"
GIST_RAW_HOST = "gist.githubusercontent.com"
RESUME_FILE = "resume.json"
MAX_USERS = 2
MAX_HOMEPAGES = 3

_LOGIN = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$")
_GITHUB_HINT = re.compile(r"^github:\s*@?([A-Za-z0-9-]+)$", re.IGNORECASE)


# -- pure parsing -----------------------------------------------------------------------------


def _text(value: Any) -> str:
    return scrub(value.strip()) if isinstance(value, str) else ""


def github_login(hint: str) -> str | None:
    """The GitHub login in a hint ``github:<login>`` or ``https://github.com/<login>``."""
    hint = hint.strip()
    match = _GITHUB_HINT.match(hint)
    if match:
        login = match.group(1)
    else:
        parts = urlsplit(hint)
        host = (parts.hostname or "").lower()
        if parts.scheme not in ("http", "https") or host not in ("github.com", "www.github.com"):
            return None
        segments = [s for s in parts.path.split("/") if s]
        if len(segments) != 1:
            return None
        login = segments[0]
    return login if _LOGIN.match(login) else None


def github_logins(hints: Iterable[str]) -> list[str]:
    logins: list[str] = []
    for hint in hints:
        login = github_login(hint)
        if login and login.lower() not in (x.lower() for x in logins):
            logins.append(login)
    return logins


def homepage_resume_url(url: str) -> str | None:
    """``<homepage folder>/resume.json`` for a homepage hint; None for platform URLs."""
    found = homepage_folder(url)
    if found is None:
        return None
    parts, _host, folder = found
    return f"{parts.scheme}://{parts.netloc}{folder}{RESUME_FILE}"


def homepage_resume_urls(hints: Iterable[str]) -> list[str]:
    """:func:`homepage_resume_url` of each hint, once each: ``http://`` and ``https://`` of
    one site and folder are one place, asked over ``https://`` when a hint names it so."""
    urls: dict[str, str] = {}
    for hint in hints:
        url = homepage_resume_url(hint)
        if url is None:
            continue
        place = url.split("://", 1)[1]
        if place not in urls or url.startswith("https://"):
            urls[place] = url
    return list(urls.values())


def parse_gists(data: Any) -> str | None:
    """The ``raw_url`` of the first gist file named ``resume.json`` in a list-gists answer,
    when it is on gist.githubusercontent.com over https."""
    if not isinstance(data, list):
        return None
    for gist in data:
        if not isinstance(gist, Mapping) or gist.get("public") is False:
            continue
        files = gist.get("files")
        if not isinstance(files, Mapping):
            continue
        for name, entry in files.items():
            if not isinstance(entry, Mapping):
                continue
            filename = entry.get("filename", name)
            if not isinstance(filename, str) or filename.lower() != RESUME_FILE:
                continue
            raw = entry.get("raw_url")
            if isinstance(raw, str):
                parts = urlsplit(raw)
                if parts.scheme == "https" and (parts.hostname or "").lower() == GIST_RAW_HOST:
                    return raw
    return None


def _http(value: Any) -> str | None:
    if isinstance(value, str) and value.strip().startswith(("http://", "https://")):
        return value.strip()
    return None


def parse_resume_lead(data: Mapping[str, Any], url: str, via: str) -> Lead:
    """A lead from a JSON Resume: name, label, current employer, city and profile links
    (no email, phone or street address)."""
    basics = data.get("basics")
    basics = basics if isinstance(basics, Mapping) else {}
    name = _text(basics.get("name")) or None
    label = _text(basics.get("label")) or None
    employer = None
    previous = None
    work = data.get("work")
    if isinstance(work, list):
        jobs = [w for w in work if isinstance(w, Mapping)]
        # the current employer is a job without an end date; an ended job is a former one
        current = [w for w in jobs if not _text(w.get("endDate"))]
        ended = sorted(
            (w for w in jobs if _text(w.get("endDate"))),
            key=lambda w: _text(w.get("endDate")),
            reverse=True,
        )
        if current:
            employer = _company(current[0])
        if ended:
            previous = _company(ended[0])
    location = None
    place = basics.get("location")
    if isinstance(place, Mapping):
        parts = [_text(place.get(k)) for k in ("city", "region", "countryCode")]
        location = ", ".join(p for p in parts if p) or None
    links: list[str] = []
    for candidate in [basics.get("url"), basics.get("website")] + [
        p.get("url") for p in basics.get("profiles") or [] if isinstance(p, Mapping)
    ]:
        link = _http(candidate)
        if link and link not in links:
            links.append(link)
    headline = label
    if label and employer and employer.casefold() not in label.casefold():
        headline = f"{label} at {employer}"
    title = f"JSON Resume of {name}" if name else "JSON Resume"
    extra = {"via": via}
    if previous and not employer:
        extra["previous_employer"] = previous
    return Lead(
        url=url,
        source=SOURCE_ID,
        title=f"{title} ({via})",
        snippet=_text(basics.get("summary"))[:300],
        name=name,
        employer=employer,
        headline=headline,
        location=location,
        links=links,
        extra=extra,
    )


def _company(job: Mapping[str, Any]) -> str | None:
    return _text(job.get("name")) or _text(job.get("company")) or None


def _items(data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = data.get(key)
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def parse_resume(data: Any, url: str, fetched_at: Any) -> Career:
    """A :class:`Career` from JSON Resume data (empty when it is not a JSON Resume).

    The sections :func:`research.read.career_from_json_resume` maps, plus two it leaves
    out (see :func:`volunteer_and_awards`): ``volunteer`` entries become experiences whose
    title says "(volunteer)", ``awards`` become works of kind ``other``."""
    from research.read import career_from_json_resume, is_json_resume

    if not is_json_resume(data):
        return Career()
    evidence = Evidence(source=SOURCE_ID, url=url, fetched_at=fetched_at, method=Method.JSON_RESUME)
    career = career_from_json_resume(data, evidence=evidence)
    volunteering, awards = volunteer_and_awards(data, evidence)
    for experience in volunteering:
        if not any(
            e.employer == experience.employer and e.title == experience.title
            for e in career.experiences
        ):
            career.experiences.append(experience)
    for award in awards:
        if not any(w.title == award.title for w in career.work):
            career.work.append(award)
    return career


def volunteer_and_awards(
    data: Mapping[str, Any], evidence: Evidence
) -> tuple[list[Experience], list[Work]]:
    """JSON Resume ``volunteer`` and ``awards`` in runnerup's model.

    * a volunteer role is experience (a position at an organisation, with dates), and is
      marked so: its title ends with "(volunteer)", so the comparison and the report never
      present it as paid work;
    * an award is public recognition, neither a job nor a certification (the model's
      :class:`Certification` is a credential one earns by examination): a :class:`Work` of
      kind ``other`` whose description names the awarder.
    Free text is scrubbed of contact details."""

    def when(value: Any) -> PartialDate | None:
        return partial_date(_text(value))  # ISO 8601 dates, as the schema writes them

    def ev(quote: str) -> Evidence:
        return evidence.model_copy(update={"quote": quote[:200]})

    volunteering: list[Experience] = []
    for item in _items(data, "volunteer"):
        position = scrub(_text(item.get("position")))
        organization = scrub(_text(item.get("organization")))
        if not (position or organization):
            continue
        title = f"{position or 'Volunteer'} (volunteer)"
        start, end = when(item.get("startDate")), when(item.get("endDate"))
        span = f" ({start or '?'} – {end or 'present'})" if start or end else ""
        volunteering.append(
            Experience(
                title=title,
                employer=organization,
                start=start,
                end=end,
                summary=scrub(_text(item.get("summary"))),
                evidence=[ev(f"{title} at {organization}{span}")],
            )
        )
    awards: list[Work] = []
    for item in _items(data, "awards"):
        name = scrub(_text(item.get("title")))
        if not name:
            continue
        awarder = scrub(_text(item.get("awarder")))
        summary = scrub(_text(item.get("summary")))
        description = " ".join(
            p for p in (f"Award from {awarder}." if awarder else "", summary) if p
        )
        awards.append(
            Work(
                kind="other",
                title=name,
                date=when(item.get("date")),
                description=description,
                evidence=[ev(f"{name}" + (f" ({awarder})" if awarder else ""))],
            )
        )
    return volunteering, awards


def is_resume_url(url: str) -> bool:
    """Whether a URL is a ``resume.json`` or a registry resume this source can read."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https"):
        return False
    if host == "registry.jsonresume.org":
        return bool(re.match(r"^/[A-Za-z0-9-]+\.json$", parts.path))
    return parts.path.lower().endswith("/" + RESUME_FILE)


# -- the source -------------------------------------------------------------------------------


class JsonResumeSource(Source):
    follows_links = True
    info = SourceInfo(
        id=SOURCE_ID,
        name="JSON Resume",
        site="jsonresume.org",
        kind="api",
        base_url="https://registry.jsonresume.org",
        terms_url="https://jsonresume.org/",
        terms_reviewed=date(2026, 11, 25),
        terms_summary=(
            "JSON Resume is an open standard its authors publish for machines to read; the "
            "registry and public gists are public (gists through the GitHub API, under "
            "GitHub's Acceptable Use Policies, within its rate limits); read only for a "
            "homepage or GitHub username the user gave, contact details dropped."
        ),
        rate=2.0,
        fields=("name", "headline", "experiences", "education", "skills", "languages"),
        key_env="GITHUB_TOKEN",
        key_required=False,
        api_endpoints=(
            ApiEndpoint(
                "api.github.com",
                ("/users/",),
                "https://docs.github.com/en/site-policy/github-terms/github-terms-of-service#h-api-terms",
            ),
        ),
        canary=Canary(
            "https://registry.jsonresume.org/thomasdavis.json",
            "thomasdavis, the JSON Resume project's founder, whose resume is its showcase",
            needs=("basics.name", "work[].name", "work[].position", "education[].institution"),
        ),
    )

    examples = (
        Example(
            name="finds the hire's resume from her GitHub username",
            sites=("registry.jsonresume.org", "api.github.com"),
            subject=Subject(name="Ada Okafor", hints=["github:adaokafor"]),
            expect=Expect(
                lead_urls=("https://registry.jsonresume.org/adaokafor.json",),
                names=("Ada Okafor",),
                employers=("Northwind Robotics",),
                headline="Head of Platform",
            ),
        ),
        Example(
            name="reads the hire's gist resume.json",
            sites=("gist.githubusercontent.com",),
            lead=Lead(
                url="https://gist.githubusercontent.com/adaokafor/5f2d8c1e9a7b4c3d2e1f0a9b8c7d6e5f"
                "/raw/3b1e8d2c7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d/resume.json",
                source=SOURCE_ID,
            ),
            expect=Expect(
                names=("Ada Okafor",),
                employers=("Northwind Robotics", "Tessellate Labs", "Brightwave"),
                titles=("Head of Platform",),
                institutions=("University of Lakeside",),
                skills=("Kubernetes", "Rust"),
                works=("motion-planner",),
            ),
        ),
        Example(
            name="a username with no resume gives no leads",
            sites=("registry.jsonresume.org", "api.github.com"),
            subject=Subject(name="Ada Okafor", hints=["https://github.com/ada-okafor-lh"]),
            expect=Expect(max_leads=0, not_requested=("gist.githubusercontent.com/",)),
        ),
        Example(
            name="nothing to look at without a homepage or username",
            sites=("registry.jsonresume.org",),
            subject=Subject(name="Ada Okafor", employer="Northwind Robotics"),
            expect=Expect(
                max_leads=0, not_requested=("registry.jsonresume.org/", "api.github.com/")
            ),
        ),
    )

    def _resume_json(self, fetched: Fetched, what: str) -> Any:
        """The JSON of a resume.json where one is expected: a refusal raises; a missing file
        or one that is not JSON is no resume (None). The GitHub key is named only for
        GitHub's own calls."""
        host = urlsplit(fetched.url).hostname or fetched.url
        keyed = host == "api.github.com"
        return self.read_json(fetched, what, site=host, keyed=keyed, strict=False).data

    async def _resume(self, url: str, via: str, what: str) -> Lead | None:
        fetched = await self.get(url, headers={"Accept": "application/json"}, purpose=what)
        if via == "homepage" and fetched.outcome is not Outcome.OK:
            return None  # a homepage without resume.json (or one that refuses) is normal
        data = self._resume_json(fetched, what)
        from research.read import is_json_resume

        if not is_json_resume(data):
            return None
        return parse_resume_lead(data, url, via)

    async def _gist_resume(self, login: str) -> Lead | None:
        answer = await self.get_json(
            f"{GITHUB_API}/users/{quote(login)}/gists",
            f"the public gists of {login}",
            params={"per_page": "100"},
            headers=api_headers(self.ctx.settings.key),
            site="GitHub",
        )
        raw_url = parse_gists(answer.data)
        if raw_url is None:
            return None
        return await self._resume(raw_url, "gist", f"the resume.json gist of {login}")

    async def search(self, subject: Subject) -> list[Lead]:
        """The resume.json of each homepage the hints name (one URL per site: ``https://``
        when the hints name both schemes), and each GitHub login's gist and registry entry.
        The probes run at once (the door still paces each host); the leads keep this
        order."""
        logins = github_logins(subject.hints)[:MAX_USERS]
        probes = [
            self._resume(url, "homepage", f"the resume.json at {url}")
            for url in homepage_resume_urls(subject.hints)[:MAX_HOMEPAGES]
        ]
        for login in logins:
            probes.append(self._gist_resume(login))
            probes.append(
                self._resume(
                    f"{self.base_url}/{quote(login)}.json",
                    "registry",
                    f"the JSON Resume registry entry of {login}",
                )
            )
        found = await asyncio.gather(*probes)
        homepages = len(probes) - 2 * len(logins)
        leads = [lead for lead in found[:homepages] if lead is not None]
        for i, lead in enumerate(found[homepages:]):
            if lead is not None:
                leads.append(lead.model_copy(update={"handle": logins[i // 2]}))
        return leads

    def accepts(self, lead: Lead) -> bool:
        return lead.source == SOURCE_ID or is_resume_url(lead.url)

    async def collect(self, lead: Lead) -> Career:
        if not is_resume_url(lead.url) and lead.source != SOURCE_ID:
            return Career()
        what = f"the JSON Resume at {lead.url}"
        fetched = await self.get(lead.url, headers={"Accept": "application/json"}, purpose=what)
        data = self._resume_json(fetched, what)
        if data is None:
            return Career()
        return parse_resume(data, lead.url, fetched.provenance.fetched_at)


__all__ = [
    "JsonResumeSource",
    "github_login",
    "github_logins",
    "homepage_resume_url",
    "homepage_resume_urls",
    "is_resume_url",
    "parse_gists",
    "parse_resume",
    "parse_resume_lead",
    "volunteer_and_awards",
]
