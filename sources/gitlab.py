"""GitLab: public user profiles and projects through the REST API v4.

``search`` asks ``/users?search=<name>`` (public users whose name or username matches),
then reads the user record (``/users/{id}``) of the first few active hits to fill each
lead with the organisation, job title, bio, location and website the user entered, so the
identity check can tell namesakes apart. Unauthenticated answers may leave fields out;
every field is optional here.

``collect`` reads the user record and ``/users/{id}/projects?order_by=last_activity_at``:
public non-fork projects become :class:`Work` (kind ``repository``), their topics
:class:`Skill` evidence (named by :func:`research.skills.lookup_skill` when known). A lead
found elsewhere (``https://gitlab.com/<username>``) is resolved with the documented exact
lookup ``/users?username=<username>``.

Never stored: ``public_email`` and the messenger handles of the user record (skype,
linkedin, twitter, discord) are never read; contact details in bios and descriptions are
scrubbed (:func:`research.privacy.scrub`).

Refusals: GitLab refusing a request this source needs (rate limit, 401/403, robots.txt, a
server that fails) raises :class:`research.errors.SourceError`; an unknown user (404) gives
no lead / an empty career. Note that gitlab.com's robots.txt disallows ``/api`` for every
agent and the fetch door obeys robots.txt, so against gitlab.com itself this source reports
"disallowed" until that policy is settled; self-hosted instances whose robots.txt allows
the API work.

Settings: ``GITLAB_TOKEN`` (optional, sent as ``PRIVATE-TOKEN``), ``[sources.gitlab]
base_url`` for a self-hosted instance (``https://gitlab.example.com/api/v4``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from research.fetch.outcome import Outcome
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
from research.source import ApiEndpoint, Canary, Example, Expect, JsonAnswer, Source, SourceInfo
from sources._api import (
    account_name,
    api_evidence,
    profile_as_career,
    profile_links,
    skill_named,
)

SOURCE_ID = "gitlab"
PER_PAGE_USERS = 20
PER_PAGE_PROJECTS = 50
MAX_USERS = 5
"""User records read per search (one request each)."""
MAX_SKILL_EVIDENCE = 3
MAX_SUMMARY_CHARS = 2000

_USERNAME = re.compile(r"^[A-Za-z0-9_.][A-Za-z0-9_.-]{0,254}$")
_RESERVED = frozenset(
    {
        "explore",
        "users",
        "groups",
        "projects",
        "dashboard",
        "help",
        "search",
        "admin",
        "api",
        "-",
        "public",
        "snippets",
        "s",
    }
)


# -- pure parsing -----------------------------------------------------------------------------


def _clean(value: Any) -> str:
    return scrub(_text(value))


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def parse_search(data: Any) -> list[tuple[int, str]]:
    """``(id, username)`` of the active users in a ``/users?search=`` answer, in order."""
    if not isinstance(data, list):
        return []
    found: list[tuple[int, str]] = []
    for item in data:
        if not isinstance(item, dict):
            continue
        user_id, username = _int(item.get("id")), _text(item.get("username"))
        if user_id is None or not username or item.get("state", "active") != "active":
            continue
        if item.get("bot") is True or any(u == username for _, u in found):
            continue
        found.append((user_id, username))
    return found


def headline_of(data: Mapping[str, Any]) -> str | None:
    """ "Job title at Organization", else the work information, else the bio's first line."""
    title, org = _clean(data.get("job_title")), _clean(data.get("organization"))
    if title and org:
        return f"{title} at {org}"
    work = _clean(data.get("work_information"))
    if work:
        return work
    bio = _clean(data.get("bio")).split("\n", 1)[0].strip()
    return title or bio or None


def parse_user(data: Mapping[str, Any]) -> Lead | None:
    """A lead from a ``/users/{id}`` record (or a ``/users`` search item, which has fewer
    fields); ``public_email`` and messenger handles are never read."""
    user_id, username = _int(data.get("id")), _text(data.get("username"))
    if user_id is None or not username or data.get("state", "active") != "active":
        return None
    url = _http_url(data.get("web_url")) or f"https://gitlab.com/{username}"
    name = _clean(data.get("name")) or None
    bio = _clean(data.get("bio"))
    links = profile_links(_http_url(data.get("website_url")), url)
    extra: dict[str, str] = {"user_id": str(user_id)}
    title = _clean(data.get("job_title"))
    if title:
        extra["jobTitle"] = title
    created = _text(data.get("created_at"))
    if created:
        extra["created_at"] = created[:10]
    return Lead(
        url=url,
        source=SOURCE_ID,
        title=f"{name} ({username})" if name else username,
        snippet=bio[:300],
        handle=username,
        name=name,
        employer=_clean(data.get("organization")) or None,
        headline=headline_of(data),
        location=_clean(data.get("location")) or None,
        links=links,
        extra=extra,
    )


def parse_profile(data: Mapping[str, Any], fetched_at: datetime | None) -> Career:
    """Name, headline, location, bio and the current organisation of a user record."""
    lead = parse_user(data)
    if lead is None:
        return Career()
    title = lead.extra.get("jobTitle", "")
    bio_lines = [scrub(line).strip() for line in _text(data.get("bio")).splitlines()]
    return profile_as_career(
        lead,
        fetched_at,
        quote=f"organization: {lead.employer}" + (f"; job title: {title}" if title else ""),
        why="Organization named on the GitLab profile.",
        title=title,
        summary="\n".join(line for line in bio_lines if line)[:MAX_SUMMARY_CHARS],
    )


def parse_projects(data: Any, fetched_at: datetime | None) -> tuple[list[Work], list[Skill]]:
    """Public non-fork projects as works, their topics as skills (evidence: the projects,
    most recently active first)."""
    works: list[Work] = []
    skills: dict[str, Skill] = {}
    if not isinstance(data, list):
        return works, []
    for project in data:
        if not isinstance(project, dict) or project.get("forked_from_project"):
            continue
        if project.get("visibility", "public") != "public":
            continue
        name = _text(project.get("name")) or _text(project.get("path"))
        url = _http_url(project.get("web_url"))
        if not name or not url:
            continue
        description = _clean(project.get("description"))
        stars = _int(project.get("star_count"))
        quote_text = f"{name}: {description}" if description else name
        works.append(
            Work(
                kind="repository",
                title=name,
                url=url,
                date=_partial_date(project.get("last_activity_at")),
                description=description,
                stars=stars,
                evidence=[api_evidence(SOURCE_ID, url, fetched_at, quote_text)],
            )
        )
        topics = project.get("topics")
        if not isinstance(topics, list):
            topics = project.get("tag_list")  # deprecated name of the same list
        for topic in topics if isinstance(topics, list) else []:
            label = _text(topic)
            if not label:
                continue
            skill = skill_named(skills, label)
            if len(skill.evidence) < MAX_SKILL_EVIDENCE and all(
                e.url != url for e in skill.evidence
            ):
                skill.evidence.append(
                    api_evidence(SOURCE_ID, url, fetched_at, f"{name}: topic {label}")
                )
    return works, list(skills.values())


HINTS: Mapping[Outcome | int, str] = {
    Outcome.DISALLOWED: (
        "A self-hosted instance that allows its API can be set with [sources.gitlab] base_url."
    ),
}
"""GitLab's own advice after the contract's refusal messages."""


# -- the source -------------------------------------------------------------------------------


class GitLabSource(Source):
    info = SourceInfo(
        id=SOURCE_ID,
        name="GitLab",
        site="gitlab.com",
        kind="api",
        base_url="https://gitlab.com/api/v4",
        terms_url="https://handbook.gitlab.com/handbook/legal/policies/website-terms-of-use/",
        terms_reviewed=date(2026, 11, 25),
        terms_summary=(
            "GitLab's Website Terms of Use allow reading public content through the "
            "documented API within its rate limits; runnerup reads one person's public "
            "profile and public projects, never public_email, under those terms and limits "
            "(gitlab.com's robots.txt keeps crawlers out of /api; it governs everything else)."
        ),
        rate=2.0,
        fields=("name", "employer", "headline", "location", "links", "repositories", "skills"),
        key_env="GITLAB_TOKEN",
        key_required=False,
        api_endpoints=(
            ApiEndpoint(
                "gitlab.com",
                ("/api/v4/",),
                "https://handbook.gitlab.com/handbook/legal/policies/website-terms-of-use/",
            ),
        ),
        canary=Canary(
            "https://gitlab.com/api/v4/users?username=gitlab-bot",
            "gitlab-bot, GitLab's own bot account on gitlab.com",
            needs=("[].id", "[].username", "[].name", "[].web_url"),
        ),
    )

    examples = (
        Example(
            name="finds the hire and tells the namesake apart",
            sites=("gitlab.com",),
            subject=Subject(name="Ada Okafor", employer="Northwind Robotics"),
            expect=Expect(
                lead_urls=("https://gitlab.com/adaokafor",),
                min_leads=2,
                names=("Ada Okafor",),
                employers=("Northwind Robotics", "Lakeside Health"),
                headline="Head of Platform at Northwind Robotics",
                not_requested=("gitlab.com/api/v4/users/7310042/projects",),
            ),
        ),
        Example(
            name="collects the hire's projects and topics",
            sites=("gitlab.com",),
            lead=Lead(
                url="https://gitlab.com/adaokafor",
                source=SOURCE_ID,
                handle="adaokafor",
                extra={"user_id": "7310042"},
            ),
            expect=Expect(
                names=("Ada Okafor",),
                employers=("Northwind Robotics",),
                titles=("Head of Platform",),
                works=("fleet-scheduler", "ci-templates"),
                skills=("Rust", "Robotics"),
            ),
        ),
        Example(
            name="a profile link found elsewhere is the namesake's",
            sites=("gitlab.com",),
            lead=Lead(url="https://gitlab.com/ada.okafor", source="websearch"),
            expect=Expect(
                names=("Ada Okafor",),
                employers=("Lakeside Health",),
                works=("ward-rota",),
                not_requested=("gitlab.com/api/v4/users/7310042",),
            ),
        ),
        Example(
            name="nobody by that name",
            sites=("gitlab.com",),
            subject=Subject(name="Zora Quillfeather", employer="Northwind Robotics"),
            expect=Expect(max_leads=0, not_requested=("gitlab.com/api/v4/users/",)),
        ),
    )

    def _headers(self) -> dict[str, str]:
        headers = {"Accept": "application/json"}
        if self.ctx.settings.key:
            headers["PRIVATE-TOKEN"] = self.ctx.settings.key
        return headers

    async def _api(
        self, path: str, what: str, *, params: Mapping[str, str] | None = None
    ) -> JsonAnswer:
        return await self.get_json(
            self.base_url + path, what, params=params, headers=self._headers(), hints=HINTS
        )

    async def _user(self, user_id: int) -> JsonAnswer:
        return await self._api(f"/users/{user_id}", f"the profile of user {user_id}")

    async def search(self, subject: Subject) -> list[Lead]:
        name = " ".join(subject.name.split())
        if not name:
            return []
        answer = await self._api(
            "/users", "the user search", params={"search": name, "per_page": str(PER_PAGE_USERS)}
        )
        leads: list[Lead] = []
        for user_id, _username in parse_search(answer.data)[:MAX_USERS]:
            data = (await self._user(user_id)).data
            lead = parse_user(data) if isinstance(data, dict) else None
            if lead is not None:
                leads.append(lead)
        return leads

    def _instance_hosts(self) -> set[str]:
        hosts = {"gitlab.com", "www.gitlab.com"}
        base = urlsplit(self.base_url).hostname
        if base:
            hosts.add(base.lower())
        return hosts

    def username_of(self, lead: Lead) -> str | None:
        """The username of a lead: its handle when it came from this source, else the one
        path segment of a profile URL on this instance."""
        return account_name(lead, SOURCE_ID, _USERNAME, self._instance_hosts(), _RESERVED)

    def accepts(self, lead: Lead) -> bool:
        return self.username_of(lead) is not None

    async def _resolve(self, lead: Lead, username: str) -> int | None:
        known = lead.extra.get("user_id", "") if lead.source == SOURCE_ID else ""
        if known.isdigit():
            return int(known)
        answer = await self._api("/users", f"the user {username}", params={"username": username})
        hits = parse_search(answer.data)
        return next((uid for uid, name in hits if name.lower() == username.lower()), None)

    async def collect(self, lead: Lead) -> Career:
        username = self.username_of(lead)
        if username is None:
            return Career()
        user_id = await self._resolve(lead, username)
        if user_id is None:
            return Career()
        user = await self._user(user_id)
        if not isinstance(user.data, dict):
            return Career()
        career = parse_profile(user.data, user.fetched_at)
        projects = await self._api(
            f"/users/{user_id}/projects",
            f"the projects of {username}",
            params={"order_by": "last_activity_at", "per_page": str(PER_PAGE_PROJECTS)},
        )
        works, skills = parse_projects(projects.data, projects.fetched_at)
        return career.model_copy(update={"work": works, "skills": skills})


__all__ = [
    "GitLabSource",
    "headline_of",
    "parse_profile",
    "parse_projects",
    "parse_search",
    "parse_user",
]
