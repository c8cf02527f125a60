"""Stack Exchange: Stack Overflow user profiles and their top tags through the API 2.3.

``search`` asks ``/users?inname=<name>&site=stackoverflow&order=desc&sort=reputation``
(one request) and turns each user into a lead: display name, location, the profile link
and the website the user entered (a lead link, often a homepage that confirms identity).
Stack Overflow profiles name no employer, so identity rests on the location and links.

``collect`` reads ``/users/{id}`` (the profile) and ``/users/{id}/top-tags`` (the tags the
user answers and asks most about); tags become :class:`Skill` evidence, named by
:func:`research.skills.lookup_skill` when the vocabulary knows them.

The ``about_me`` text is not part of the API's default filter. The API's documented way to
get it is a filter (https://api.stackexchange.com/docs/filters): the source asks
``/filters/create?include=user.about_me&base=default&unsafe=false`` once per run
(https://api.stackexchange.com/docs/create-filter; one request per run, from the same quota)
and passes the filter
string it gets back as ``filter=`` to ``/users`` and ``/users/{ids}``. The string is used
only when the answer lists ``user.about_me`` among its ``included_fields``; when creating
it fails, the calls go without a filter and the headline is simply missing. Filters are
immutable and never expire, so a string made once can be baked in: ``[sources.stackexchange]
about_me_filter = "!..."`` is used as it is and saves that request. The
``about_me`` HTML is read as text, scrubbed of contact details and used as headline (its
first line) and summary.

The API's rules are kept: every answer's ``backoff`` (seconds to wait before calling the
same method again) is stored and obeyed with a sleep before the next call of that method,
and ``quota_remaining`` is watched: when it reaches 0 no further request is sent. The API
answers errors (bad parameters, a used-up quota, ``throttle_violation``) with HTTP 400 and
a JSON body ``{error_id, error_message, error_name}``; the fetch door passes on the status
only, so a 400 raises :class:`research.errors.SourceError` naming those causes, and an
error body that does arrive is reported by name. Answers are gzip-compressed; the door
decodes them.

Settings: ``STACKEXCHANGE_KEY`` (optional, an app key sent as ``key=``; raises the daily
quota from 300 to 10,000 requests).
"""

from __future__ import annotations

import asyncio
import html
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlsplit

from research.errors import SourceError
from research.fetch.outcome import Outcome
from research.fields import text as _text
from research.model import Career, Lead, Skill, Subject
from research.privacy import scrub
from research.source import ApiEndpoint, Canary, Example, Expect, Source, SourceInfo
from sources._api import api_evidence, skill_named

SOURCE_ID = "stackexchange"
SITE = "stackoverflow"
SITE_HOST = "stackoverflow.com"
PAGE_SIZE = 10
TOP_TAGS = 30
MAX_LEADS = 5
MAX_BACKOFF = 120.0
"""A backoff longer than this is not slept through: the source gives up with a message."""
MAX_SUMMARY_CHARS = 2000

_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"</?(?:p|br|div|li|ul|ol|h\d|blockquote|pre)\b[^>]*>", re.IGNORECASE)
_PROFILE_PATH = re.compile(r"^/users/(\d+)(?:/[^/]*)?/?$")

HIRE_ID = 4242001
NAMESAKE_ID = 9170033


# -- pure parsing -----------------------------------------------------------------------------


def _plain(value: Any) -> str:
    """The API's HTML-encoded strings (display names, locations) as plain text."""
    return " ".join(html.unescape(_text(value)).split())


def html_to_text(value: Any) -> str:
    """``about_me`` (HTML) as scrubbed plain text, one paragraph a line."""
    raw = _BLOCK.sub("\n", _text(value))
    text = html.unescape(_TAG.sub("", raw))
    lines = [scrub(" ".join(line.split())) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)[:MAX_SUMMARY_CHARS]


def _http_url(value: Any) -> str | None:
    text = _text(value)
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or "@" in parts.netloc:
        return None
    return text


def parse_wrapper(data: Any) -> tuple[list[Any], dict[str, Any]]:
    """The ``items`` of a common wrapper object and its metadata (``backoff``,
    ``quota_remaining``, ``quota_max``, ``has_more``, ``error_id``, ``error_name``,
    ``error_message``), each present only when the answer had it."""
    if not isinstance(data, dict):
        return [], {}
    items = data.get("items")
    meta: dict[str, Any] = {}
    for key in ("backoff", "quota_remaining", "quota_max", "error_id"):
        value = data.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            meta[key] = value
    for key in ("error_name", "error_message"):
        if _text(data.get(key)):
            meta[key] = _text(data.get(key))
    if isinstance(data.get("has_more"), bool):
        meta["has_more"] = data["has_more"]
    return (items if isinstance(items, list) else []), meta


def _first_line(text: str, limit: int = 160) -> str | None:
    line = text.split("\n", 1)[0].strip()
    if not line:
        return None
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def parse_user(item: Any) -> Lead | None:
    """A lead from one user object (``/users`` or ``/users/{ids}``)."""
    if not isinstance(item, dict):
        return None
    user_id = item.get("user_id")
    if not isinstance(user_id, int) or isinstance(user_id, bool) or user_id <= 0:
        return None
    if _text(item.get("user_type")) not in ("", "registered", "moderator"):
        return None  # unregistered or deleted accounts
    name = scrub(_plain(item.get("display_name"))) or None
    url = _http_url(item.get("link")) or f"https://{SITE_HOST}/users/{user_id}"
    about = html_to_text(item.get("about_me"))
    links = [url]
    website = _http_url(item.get("website_url"))
    if website and website not in links:
        links.insert(0, website)
    extra: dict[str, str] = {"user_id": str(user_id), "site": SITE}
    reputation = item.get("reputation")
    if isinstance(reputation, int) and not isinstance(reputation, bool):
        extra["reputation"] = str(reputation)
    created = item.get("creation_date")
    if isinstance(created, int) and not isinstance(created, bool):
        extra["member_since"] = datetime.fromtimestamp(created, tz=UTC).strftime("%Y-%m")
    return Lead(
        url=url,
        source=SOURCE_ID,
        title=f"{name} on Stack Overflow" if name else f"Stack Overflow user {user_id}",
        snippet=about[:300],
        handle=str(user_id),
        name=name,
        headline=_first_line(about),
        location=scrub(_plain(item.get("location"))) or None,
        links=links,
        extra=extra,
    )


def parse_users(data: Any) -> list[Lead]:
    """Leads from a ``/users`` answer, in the API's order (reputation, highest first)."""
    items, _meta = parse_wrapper(data)
    leads: list[Lead] = []
    for item in items:
        lead = parse_user(item)
        if lead is not None and all(lead.url != other.url for other in leads):
            leads.append(lead)
    return leads


ABOUT_ME_FIELD = "user.about_me"
FILTER_PARAMS: Mapping[str, str] = {"include": ABOUT_ME_FIELD, "base": "default", "unsafe": "false"}
"""``/filters/create`` parameters: the default fields plus ``user.about_me``, a safe filter
(HTML-encoded text, as the default filter gives)."""


def parse_filter(data: Any) -> str | None:
    """The filter string of a ``/filters/create`` answer when it includes ``about_me``."""
    items, _meta = parse_wrapper(data)
    for item in items:
        if not isinstance(item, dict):
            continue
        included = item.get("included_fields")
        string = _text(item.get("filter"))
        if string and isinstance(included, list) and ABOUT_ME_FIELD in included:
            return string
    return None


def parse_profile(data: Any) -> Career:
    """Name, location, headline and summary from a ``/users/{id}`` answer."""
    items, _meta = parse_wrapper(data)
    lead = parse_user(items[0]) if items else None
    if lead is None:
        return Career()
    return Career(
        name=lead.name,
        headline=lead.headline,
        location=lead.location,
        summary=html_to_text(items[0].get("about_me")),
    )


def _count(item: Mapping[str, Any], key: str) -> int:
    value = item.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def parse_top_tags(data: Any, profile_url: str, fetched_at: datetime | None) -> list[Skill]:
    """Skills from a ``/users/{id}/top-tags`` answer; a tag the skills vocabulary knows is
    named and identified by it, others keep the tag's name. Tags that map to the same
    skill are merged (their evidence kept)."""
    items, _meta = parse_wrapper(data)
    skills: dict[str, Skill] = {}
    url = profile_url.split("?", 1)[0] + "?tab=tags"
    for item in items:
        if not isinstance(item, dict):
            continue
        tag = _text(item.get("tag_name"))
        if not tag:
            continue
        answers, questions = _count(item, "answer_count"), _count(item, "question_count")
        if answers + questions == 0:
            continue
        skill = skill_named(skills, tag)
        quote = (
            f"[{tag}] {answers} answers (score {_count(item, 'answer_score')}), "
            f"{questions} questions (score {_count(item, 'question_score')})"
        )
        skill.evidence.append(api_evidence(SOURCE_ID, url, fetched_at, quote))
    return list(skills.values())


HINTS: Mapping[Outcome | int, str] = {
    400: (
        "The API answers 400 for a bad parameter, a used-up daily quota or a throttle "
        "violation; set STACKEXCHANGE_KEY for a larger quota, or try again later."
    ),
}
"""Stack Exchange's own advice after the contract's refusal messages (by HTTP status)."""


def error_message(meta: Mapping[str, Any]) -> str | None:
    """A user-facing message for an error wrapper (``error_id`` / ``error_name``)."""
    if "error_id" not in meta and "error_name" not in meta:
        return None
    name = meta.get("error_name", "error")
    text = meta.get("error_message", "")
    hint = ""
    if name == "throttle_violation":
        hint = " Stack Exchange asks runnerup to stop for now; try again later."
    elif name == "key_required" or meta.get("error_id") == 405:
        hint = " Set STACKEXCHANGE_KEY."
    return f"Stack Exchange API error {meta.get('error_id', '?')} {name}: {text}.{hint}".replace(
        ": .", "."
    )


def user_id_of(lead: Lead) -> int | None:
    """The Stack Overflow user id of a lead: its handle when it came from this source, else
    the id in a ``https://stackoverflow.com/users/{id}/{slug}`` URL."""
    if lead.source == SOURCE_ID and lead.handle and lead.handle.isdigit():
        return int(lead.handle)
    parts = urlsplit(lead.url)
    if (parts.hostname or "").lower() not in (SITE_HOST, "www." + SITE_HOST):
        return None
    match = _PROFILE_PATH.match(parts.path)
    return int(match.group(1)) if match else None


# -- the source -------------------------------------------------------------------------------


class StackExchangeSource(Source):
    info = SourceInfo(
        id=SOURCE_ID,
        name="Stack Overflow (Stack Exchange API)",
        site="stackoverflow.com",
        kind="api",
        base_url="https://api.stackexchange.com/2.3",
        terms_url="https://stackoverflow.com/legal/api-terms-of-use",
        terms_reviewed=date(2026, 11, 25),
        terms_summary=(
            "The Stack Exchange API terms allow reading public profile data through the API "
            "within its quota and throttles; runnerup reads one person's public profile and "
            "top tags, obeys every backoff, stops at the quota, and links each fact to its profile."
        ),
        rate=1.0,
        fields=("name", "location", "links", "headline", "skills"),
        key_env="STACKEXCHANGE_KEY",
        key_required=False,
        api_endpoints=(
            ApiEndpoint(
                "api.stackexchange.com",
                ("/2.3/",),
                "https://stackoverflow.com/legal/api-terms-of-use",
                backoff_field="backoff",
            ),
        ),
        canary=Canary(
            "https://api.stackexchange.com/2.3/users/-1?site=stackoverflow",
            "Community (user -1), the bot account every Stack Exchange site has",
            needs=("items[].user_id", "items[].display_name", "items[].link", "quota_remaining"),
        ),
    )

    examples = (
        Example(
            name="finds the hire and her namesake by name",
            sites=("api.stackexchange.com",),
            subject=Subject(name="Ada Okafor", employer="Northwind Robotics"),
            expect=Expect(
                lead_urls=(f"https://stackoverflow.com/users/{HIRE_ID}/ada-okafor",),
                min_leads=2,
                names=("Ada Okafor",),
                not_requested=("api.stackexchange.com/2.3/users/",),
            ),
        ),
        Example(
            name="collects the hire's top tags as skills",
            sites=("api.stackexchange.com",),
            lead=Lead(
                url=f"https://stackoverflow.com/users/{HIRE_ID}/ada-okafor",
                source=SOURCE_ID,
                handle=str(HIRE_ID),
            ),
            expect=Expect(names=("Ada Okafor",), skills=("Rust", "Python", "Robotics")),
        ),
        Example(
            name="the namesake's tags are spreadsheets, not robots",
            sites=("api.stackexchange.com",),
            lead=Lead(
                url=f"https://stackoverflow.com/users/{NAMESAKE_ID}/ada-okafor",
                source="websearch",
            ),
            expect=Expect(
                names=("Ada Okafor",),
                skills=("excel",),
                not_requested=(f"api.stackexchange.com/2.3/users/{HIRE_ID}",),
            ),
        ),
        Example(
            name="nobody by that name",
            sites=("api.stackexchange.com",),
            subject=Subject(name="Zora Quillfeather"),
            expect=Expect(max_leads=0),
        ),
    )

    _sleep: Callable[[float], Awaitable[None]] = staticmethod(asyncio.sleep)
    _clock: Callable[[], float] = staticmethod(time.monotonic)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._backoff_until: dict[str, float] = {}
        self._quota_remaining: int | None = None
        self._about_me_filter: str | None = None
        self._filter_asked = False

    def _params(self, **params: str) -> dict[str, str]:
        params["site"] = SITE
        if self.ctx.settings.key:
            params["key"] = self.ctx.settings.key
        return params

    async def _with_about_me(self, params: dict[str, str]) -> dict[str, str]:
        """``params`` with the filter that adds ``about_me`` (created once per run; see the
        module docstring); unchanged when the filter could not be made."""
        configured = self.ctx.settings.extra.get("about_me_filter")
        if isinstance(configured, str) and configured.strip() and not self._filter_asked:
            self._filter_asked = True
            self._about_me_filter = configured.strip()
        if not self._filter_asked:
            self._filter_asked = True
            params_create = dict(FILTER_PARAMS)
            if self.ctx.settings.key:
                params_create["key"] = self.ctx.settings.key
            try:
                data, _at = await self._api(
                    "/filters/create",
                    "/filters/create",
                    "the response filter that adds about_me",
                    params_create,
                )
            except SourceError:
                if self._quota_remaining == 0:
                    raise
                data = None
            self._about_me_filter = parse_filter(data)
        if self._about_me_filter:
            return {**params, "filter": self._about_me_filter}
        return params

    async def _api(
        self, method: str, path: str, what: str, params: dict[str, str]
    ) -> tuple[Any, datetime | None]:
        """One call of an API ``method`` (e.g. ``/users/{ids}``): waits out its backoff,
        refuses when the quota is used up, and returns the parsed JSON (None for 404) and
        when it was fetched."""
        if self._quota_remaining == 0:
            raise SourceError(
                "The Stack Exchange API quota for today is used up, so "
                f"{what} was not requested. Set STACKEXCHANGE_KEY for a larger quota, or try "
                "again tomorrow."
            )
        wait = self._backoff_until.get(method, 0.0) - self._clock()
        if wait > 0:
            await self._sleep(wait)
        answer = await self.get_json(
            self.base_url + path,
            what,
            params=params,
            headers={"Accept": "application/json"},
            site="Stack Exchange",
            hints=HINTS,
        )
        data = answer.data
        _items, meta = parse_wrapper(data)
        backoff = meta.get("backoff")
        if isinstance(backoff, int) and backoff > 0:
            if backoff > MAX_BACKOFF:
                raise SourceError(
                    f"Stack Exchange asks runnerup to wait {backoff} s before asking for "
                    f"{what} again; try again later."
                )
            self._backoff_until[method] = self._clock() + backoff
        if "quota_remaining" in meta:
            self._quota_remaining = meta["quota_remaining"]
        message = error_message(meta)
        if message:
            raise SourceError(message)
        return data, answer.fetched_at

    async def search(self, subject: Subject) -> list[Lead]:
        name = " ".join(subject.name.split())
        if not name:
            return []
        params = self._params(inname=name, order="desc", sort="reputation", pagesize=str(PAGE_SIZE))
        params = await self._with_about_me(params)
        data, _at = await self._api("/users", "/users", "the user search", params)
        return parse_users(data)[:MAX_LEADS]

    def accepts(self, lead: Lead) -> bool:
        return user_id_of(lead) is not None

    async def collect(self, lead: Lead) -> Career:
        user_id = user_id_of(lead)
        if user_id is None:
            return Career()
        profile, _at = await self._api(
            "/users/{ids}",
            f"/users/{user_id}",
            f"the profile of user {user_id}",
            await self._with_about_me(self._params()),
        )
        career = parse_profile(profile)
        if career.name is None:
            return Career()
        items, _meta = parse_wrapper(profile)
        profile_url = _http_url(items[0].get("link")) or f"https://{SITE_HOST}/users/{user_id}"
        tags, fetched_at = await self._api(
            "/users/{ids}/top-tags",
            f"/users/{user_id}/top-tags",
            f"the top tags of user {user_id}",
            self._params(pagesize=str(TOP_TAGS)),
        )
        skills = parse_top_tags(tags, profile_url, fetched_at)
        return career.model_copy(update={"skills": skills})


__all__ = [
    "StackExchangeSource",
    "error_message",
    "html_to_text",
    "parse_filter",
    "parse_profile",
    "parse_top_tags",
    "parse_user",
    "parse_users",
    "parse_wrapper",
    "user_id_of",
]
