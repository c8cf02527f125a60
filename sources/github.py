"""GitHub: public profiles and repositories through the REST API.

``search`` asks the user-search endpoint for the full name (``"Ada Okafor" in:name``, plus
``location:"..."`` when the subject's location is known; when that finds nobody, once more
without it, because many profiles leave the location empty), then reads the user record of
the first few hits to fill each lead. GitHub's user search has no company qualifier and
free words match logins and names only, so the employer is not put in the query: it is
reported on each lead (``employer``) for the identity check to use.

``collect`` reads the user record, the public repositories (non-fork repositories become
:class:`Work`; their languages and topics become :class:`Skill` evidence) and the profile
README (``{login}/{login}``), scrubbed of contact details.

Never stored: the ``email`` field of the user record (dropped at parse time), and any
contact detail in bios, descriptions or READMEs (:func:`research.privacy.scrub`).

Refusals: when GitHub refuses a request this source needs (rate limit, 401/403, network
failure), ``search`` and ``collect`` raise :class:`research.errors.SourceError` with a
message that says why and what to do (the contract's one ladder,
:meth:`research.source.Source.get_json`), so the lookup reports the source as failed instead
of "nothing found". A missing README (404) is normal and not an error; a user that no longer
exists (404) gives no lead / an empty career.

Settings: ``GITHUB_TOKEN`` (optional, sent as ``Authorization: Bearer``; raises GitHub's
limit from 60 to 5,000 requests an hour), ``[sources.github] base_url`` for GitHub
Enterprise (``https://github.example.com/api/v3``).
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any
from urllib.parse import quote

from research.fields import http_url as _http_url
from research.fields import partial_date as _partial_date
from research.fields import text as _text
from research.model import (
    Career,
    Lead,
    Skill,
    Subject,
    Work,
)
from research.privacy import scrub
from research.source import (
    ApiEndpoint,
    Canary,
    Example,
    Expect,
    JsonAnswer,
    Source,
    SourceInfo,
)
from sources._api import account_name, api_evidence, profile_as_career, profile_links

SOURCE_ID = "github"
API_VERSION = "2022-11-28"
MAX_USERS = 5
"""User records read per search (one request each)."""
MAX_README_CHARS = 4000
MAX_SKILL_EVIDENCE = 3

_LOGIN = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$")


# -- pure parsing -----------------------------------------------------------------------------


def _clean(value: Any) -> str:
    """Free text from GitHub with contact details removed."""
    return scrub(_text(value))


def employer_of(company: Any) -> str | None:
    """GitHub's ``company`` field without the leading ``@`` of an organisation handle."""
    text = _text(company)
    if not text:
        return None
    text = scrub(text.lstrip("@").strip())
    return text or None


def parse_search(data: Mapping[str, Any]) -> list[str]:
    """Logins of the users (not organisations) in a ``/search/users`` answer, best first."""
    items = data.get("items")
    if not isinstance(items, list):
        return []
    logins: list[str] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        login = _text(item.get("login"))
        if not login or item.get("type", "User") != "User" or login in logins:
            continue
        logins.append(login)
    return logins


def _profile_url(data: Mapping[str, Any], login: str) -> str:
    url = _text(data.get("html_url"))
    return url or f"https://github.com/{login}"


def parse_user(data: Mapping[str, Any]) -> Lead | None:
    """A lead from a ``/users/{login}`` record; ``email`` is never read."""
    login = _text(data.get("login"))
    if not login or data.get("type", "User") != "User":
        return None
    url = _profile_url(data, login)
    name = _clean(data.get("name")) or None
    bio = _clean(data.get("bio")) or None
    blog = _http_url(data.get("blog"), bare_host_port=True)  # GitHub allows no scheme
    links = profile_links(blog, url)
    extra: dict[str, str] = {}
    if isinstance(data.get("public_repos"), int):
        extra["public_repos"] = str(data["public_repos"])
    created = _text(data.get("created_at"))
    if created:
        extra["created_at"] = created
    if isinstance(data.get("hireable"), bool):
        extra["hireable"] = "yes" if data["hireable"] else "no"
    title = f"{name} ({login})" if name else login
    return Lead(
        url=url,
        source=SOURCE_ID,
        title=title,
        snippet=bio or "",
        handle=login,
        name=name,
        employer=employer_of(data.get("company")),
        headline=bio,
        location=_clean(data.get("location")) or None,
        links=links,
        extra=extra,
    )


def parse_profile(data: Mapping[str, Any], fetched_at: datetime | None) -> Career:
    """Name, headline, location and current employer from a ``/users/{login}`` record."""
    lead = parse_user(data)
    if lead is None:
        return Career()
    return profile_as_career(
        lead,
        fetched_at,
        quote=f"company: {scrub(_text(data.get('company')))}",
        why="Company named on the GitHub profile.",
    )


def parse_repos(data: Any, fetched_at: datetime | None) -> tuple[list[Work], list[Skill]]:
    """Non-fork repositories as works, and their languages and topics as skills (with the
    repositories that show them as evidence, most recently pushed first)."""
    works: list[Work] = []
    skills: dict[str, Skill] = {}
    if not isinstance(data, list):
        return works, []
    for repo in data:
        if not isinstance(repo, dict) or repo.get("fork") or repo.get("private"):
            continue
        name = _text(repo.get("name"))
        url = _text(repo.get("html_url"))
        if not name or not url:
            continue
        owner = repo.get("owner")
        if isinstance(owner, dict) and _text(owner.get("login")).lower() == name.lower():
            continue  # the profile README repository is read separately
        description = _clean(repo.get("description"))
        stars = repo.get("stargazers_count")
        pushed = _partial_date(repo.get("pushed_at"))
        quote = f"{name}: {description}" if description else name
        if repo.get("archived"):
            quote += " (archived)"
        works.append(
            Work(
                kind="repository",
                title=name,
                url=url,
                date=pushed,
                description=description,
                stars=stars if isinstance(stars, int) and not isinstance(stars, bool) else None,
                evidence=[api_evidence(SOURCE_ID, url, fetched_at, quote)],
            )
        )
        labels: list[tuple[str, str]] = []
        language = _text(repo.get("language"))
        if language:
            labels.append((language, f"{name}: language {language}"))
        topics = repo.get("topics")
        if isinstance(topics, list):
            labels += [(t, f"{name}: topic {t}") for t in topics if isinstance(t, str) and t]
        for label, skill_quote in labels:
            key = label.casefold()
            skill = skills.get(key)
            if skill is None:
                skill = skills[key] = Skill(name=label)
            seen = any(e.url == url for e in skill.evidence)
            if not seen and len(skill.evidence) < MAX_SKILL_EVIDENCE:
                skill.evidence.append(api_evidence(SOURCE_ID, url, fetched_at, skill_quote))
    return works, list(skills.values())


def decode_readme(data: Mapping[str, Any]) -> str:
    """The text of a ``/readme`` answer (base64 JSON form), scrubbed and shortened."""
    content = data.get("content")
    if not isinstance(content, str) or data.get("encoding", "base64") != "base64":
        return ""
    try:
        raw = base64.b64decode(content.encode("ascii"), validate=False)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return ""
    text = raw.decode("utf-8", errors="replace")
    lines = [scrub(line) for line in text.splitlines()]
    cleaned = "\n".join(lines)
    cleaned = re.sub(r"\n{3,}", "\n\n", cleaned).strip()
    return cleaned[:MAX_README_CHARS]


def api_headers(key: str | None) -> dict[str, str]:
    """The headers of a REST API call: GitHub's media type and API version, and the token
    (``Authorization: Bearer``) when there is one."""
    headers = {"Accept": "application/vnd.github+json", "X-GitHub-Api-Version": API_VERSION}
    if key:
        headers["Authorization"] = f"Bearer {key}"
    return headers


def build_query(subject: Subject, *, with_location: bool = True) -> str:
    """The ``q`` of a user search in GitHub's documented syntax."""
    name = " ".join(subject.name.replace('"', " ").split())
    query = f'"{name}" in:name'
    location = " ".join((subject.location or "").replace('"', " ").split())
    if with_location and location:
        query += f' location:"{location}"' if " " in location else f" location:{location}"
    return query


# -- the source -------------------------------------------------------------------------------


class GitHubSource(Source):
    info = SourceInfo(
        id=SOURCE_ID,
        name="GitHub",
        site="github.com",
        kind="api",
        base_url="https://api.github.com",
        terms_url=(
            "https://docs.github.com/en/site-policy/acceptable-use-policies/"
            "github-acceptable-use-policies"
        ),
        terms_reviewed=date(2026, 11, 25),
        terms_summary=(
            "GitHub's Acceptable Use Policies allow this narrow, personal, non-commercial "
            "lookup of one person's public profile through the API; runnerup never collects "
            "emails and keeps to the API rate limits."
        ),
        rate=2.0,
        fields=("name", "employer", "headline", "location", "links", "repositories", "skills"),
        key_env="GITHUB_TOKEN",
        key_required=False,
        api_endpoints=(
            ApiEndpoint(
                "api.github.com",
                ("/",),
                "https://docs.github.com/en/site-policy/github-terms/github-terms-of-service#h-api-terms",
            ),
        ),
        canary=Canary(
            "https://api.github.com/users/octocat",
            "octocat, GitHub's own test account used throughout its API documentation",
            needs=("login", "name", "html_url", "company", "blog", "location", "type"),
            headers={"Accept": "application/vnd.github+json"},
            key_header=("Authorization", "Bearer {key}"),
        ),
    )

    examples = (
        Example(
            name="finds the hire by name",
            sites=("api.github.com",),
            subject=Subject(
                name="Ada Okafor", employer="Northwind Robotics", role="Head of Platform"
            ),
            expect=Expect(
                lead_urls=("https://github.com/adaokafor",),
                min_leads=1,
                names=("Ada Okafor",),
                employers=("northwind-robotics",),
                headline="Head of Platform",
                not_requested=("api.github.com/users/adaokafor/repos",),
            ),
        ),
        Example(
            name="the location keeps the namesake out",
            sites=("api.github.com",),
            subject=Subject(name="Ada Okafor", employer="Northwind Robotics", location="Lagos"),
            expect=Expect(
                lead_urls=("https://github.com/adaokafor",),
                no_lead_urls=("https://github.com/ada-okafor-lh",),
                max_leads=1,
                not_requested=("api.github.com/users/ada-okafor-lh",),
            ),
        ),
        Example(
            name="collects the hire's repositories and README",
            sites=("api.github.com",),
            lead=Lead(url="https://github.com/adaokafor", source=SOURCE_ID, handle="adaokafor"),
            expect=Expect(
                names=("Ada Okafor",),
                employers=("northwind-robotics",),
                skills=("Rust", "Python", "motion-planning"),
                works=("motion-planner", "fleet-ci"),
                headline="Head of Platform",
            ),
        ),
        Example(
            name="the namesake's profile says Lakeside Health",
            sites=("api.github.com",),
            lead=Lead(
                url="https://github.com/ada-okafor-lh", source=SOURCE_ID, handle="ada-okafor-lh"
            ),
            expect=Expect(
                names=("Ada Okafor",),
                employers=("Lakeside Health",),
                works=("ward-rota",),
                headline="nurse",
                not_requested=("api.github.com/users/adaokafor",),
            ),
        ),
        Example(
            name="nobody by that name",
            sites=("api.github.com",),
            subject=Subject(name="Zora Quillfeather", employer="Northwind Robotics"),
            expect=Expect(max_leads=0, not_requested=("api.github.com/users/",)),
        ),
    )

    async def _api(
        self, path: str, what: str, *, params: Mapping[str, str] | None = None
    ) -> JsonAnswer:
        return await self.get_json(
            self.base_url + path, what, params=params, headers=api_headers(self.ctx.settings.key)
        )

    async def search(self, subject: Subject) -> list[Lead]:
        queries = [build_query(subject)]
        if subject.location:
            queries.append(build_query(subject, with_location=False))
        logins: list[str] = []
        for query in queries:
            answer = await self._api(
                "/search/users", "the user search", params={"q": query, "per_page": "10"}
            )
            data = answer.data
            logins = parse_search(data) if isinstance(data, dict) else []
            if logins:
                break
        leads: list[Lead] = []
        for login in logins[:MAX_USERS]:
            if not _LOGIN.match(login):
                continue
            data = (await self._api(f"/users/{quote(login)}", f"the profile of {login}")).data
            lead = parse_user(data) if isinstance(data, dict) else None
            if lead is not None:
                leads.append(lead)
        return leads

    def accepts(self, lead: Lead) -> bool:
        return lead.source == SOURCE_ID or login_of(lead) is not None

    async def collect(self, lead: Lead) -> Career:
        login = login_of(lead)
        if login is None:
            return Career()
        user = await self._api(f"/users/{quote(login)}", f"the profile of {login}")
        if not isinstance(user.data, dict):
            return Career()
        career = parse_profile(user.data, user.fetched_at)
        repos = await self._api(
            f"/users/{quote(login)}/repos",
            f"the repositories of {login}",
            params={"sort": "pushed", "per_page": "100", "type": "owner"},
        )
        works, skills = parse_repos(repos.data, repos.fetched_at)
        readme = await self._api(
            f"/repos/{quote(login)}/{quote(login)}/readme", f"the profile README of {login}"
        )
        summary = decode_readme(readme.data) if isinstance(readme.data, dict) else ""
        return career.model_copy(update={"work": works, "skills": skills, "summary": summary})


def login_of(lead: Lead) -> str | None:
    """The GitHub login of a lead: its handle when it came from this source, else the
    one path segment of a ``https://github.com/{login}`` URL."""
    return account_name(lead, SOURCE_ID, _LOGIN, ("github.com", "www.github.com"), _RESERVED)


_RESERVED = frozenset(
    {
        "about",
        "features",
        "orgs",
        "organizations",
        "search",
        "settings",
        "marketplace",
        "explore",
        "topics",
        "trending",
        "sponsors",
        "login",
        "join",
        "pricing",
        "enterprise",
        "collections",
        "events",
        "site",
    }
)

__all__ = [
    "GitHubSource",
    "api_headers",
    "build_query",
    "decode_readme",
    "employer_of",
    "login_of",
    "parse_profile",
    "parse_repos",
    "parse_search",
    "parse_user",
]
