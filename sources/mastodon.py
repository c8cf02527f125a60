"""Mastodon: the public profile of an account the user named, on the account's own instance.

No crawling: the fediverse has no central directory, and searching instances for a name
would mean asking many servers about a third party. So ``search`` looks up only handles
the user gave in ``subject.hints`` (``@ada@mastodon.test``, ``acct:ada@mastodon.test`` or a
profile URL ``https://mastodon.test/@ada``); without one it returns ``[]`` and asks
nothing. ``collect`` reads this source's leads and profile URLs found by other sources
(``https://<instance>/@<user>``, e.g. a homepage's ``rel="me"`` link).

Per handle, two documented public endpoints, no login:

1. WebFinger on the handle's domain (https://docs.joinmastodon.org/spec/webfinger/):
   ``GET https://<domain>/.well-known/webfinger?resource=acct:<user>@<domain>`` -> JRD
   (``subject``, ``aliases``, ``links``); the ``rel="self"`` link
   (``application/activity+json``) names the instance that hosts the account;
2. ``GET https://<instance>/api/v1/accounts/lookup?acct=<user>``
   (https://docs.joinmastodon.org/methods/accounts/#lookup) -> an Account entity
   (https://docs.joinmastodon.org/entities/Account/).

The documentation of ``accounts/lookup`` now lists it as needing a user token on some
servers. When the instance refuses it (401/403, or its robots rules keep runnerup away from
``/api``), the source takes the public path that federation itself uses: the account's
ActivityPub actor document, the ``rel="self"`` link of the WebFinger answer, fetched with
``Accept: application/activity+json`` (https://docs.joinmastodon.org/spec/activitypub/):
``name``, ``summary`` (the bio), ``url`` (the profile page), ``attachment`` items of type
``PropertyValue`` (the profile fields; their verification is not federated, so their links
count as unverified), ``published``, and the flags below. An instance in "secure mode"
answers unsigned actor requests with 401 too: then there is nothing public to read and the
source says so.

Respected opt-outs, on both paths: an account whose ``discoverable`` is not true (false, or
never set), whose ``indexable`` is false, or whose ``noindex`` is true gives no lead and an
empty career; so do suspended, limited and moved (``movedTo``) accounts.

The bio (``note``, HTML) becomes the headline, tags stripped and
scrubbed of contact details. Profile fields whose link the instance verified
(``verified_at``: the linked page links back with ``rel="me"``) become the lead's links, a
strong cross-link (a verified ``https://ada-okafor.test/`` ties the account to that site);
unverified links are kept in ``extra`` only. A field named Work/Employer/Company/Job
becomes the lead's employer and an experience with evidence.

Refusals: 429 or 401/403 from an instance raises :class:`research.errors.SourceError`; a
404 (unknown account, or an instance that does not answer WebFinger) is "no such account".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from research.fetch.outcome import Outcome
from research.model import Career, Evidence, Experience, Lead, Method, Subject
from research.privacy import scrub
from research.source import ApiEndpoint, Canary, Example, Expect, JsonAnswer, Source, SourceInfo

SOURCE_ID = "mastodon"
ACTIVITY_JSON = "application/activity+json"
MAX_HANDLES = 3
MAX_HEADLINE = 240
EMPLOYER_FIELDS = frozenset({"work", "employer", "company", "job", "works at", "workplace"})
TITLE_FIELDS = frozenset({"role", "title", "position", "job title"})

_USER = r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?"
_DOMAIN = r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
_HANDLE = re.compile(rf"^(?:acct:|mastodon:)?@?({_USER})@({_DOMAIN})$", re.IGNORECASE)
_PROFILE_PATH = re.compile(rf"^/@({_USER})/?$")
_EMOJI = re.compile(r":[A-Za-z0-9_]{2,}:")
NOT_MASTODON_HOSTS = ("medium.com", "youtube.com", "tiktok.com", "threads.net", "threads.com")
"""Hosts whose ``/@name`` URLs are not fediverse accounts."""
LOOKUP_FALLBACK = frozenset({Outcome.BLOCKED, Outcome.DISALLOWED})
HINTS: Mapping[Outcome | int, str] = {
    Outcome.BLOCKED: "The instance may require a login for its API.",
}
"""Mastodon's own advice after the contract's refusal messages."""


def _host(url: str) -> str:
    """The instance named in messages: the host of the URL asked."""
    return urlsplit(url).hostname or url


"""Outcomes of ``accounts/lookup`` after which the public actor document is read instead."""


@dataclass(frozen=True)
class Handle:
    user: str
    domain: str

    def __str__(self) -> str:
        return f"@{self.user}@{self.domain}"

    @property
    def resource(self) -> str:
        return f"acct:{self.user}@{self.domain}"


# -- pure parsing -----------------------------------------------------------------------------


class _Text(HTMLParser):
    """Text and link targets of a bit of Mastodon HTML (``<p>``/``<br>`` become breaks)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hrefs: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "p") and self.parts:
            self.parts.append("\n")
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)
        if tag == "span" and (
            self._hidden or "invisible" in (dict(attrs).get("class") or "").split()
        ):
            self._hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_text(fragment: Any) -> tuple[str, list[str]]:
    """Plain text (scrubbed of contact details) and link targets of Mastodon HTML."""
    if not isinstance(fragment, str) or not fragment:
        return "", []
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    lines = [scrub(" ".join(line.split())) for line in "".join(parser.parts).split("\n")]
    return "\n".join(line for line in lines if line), parser.hrefs


def parse_handle(hint: str) -> Handle | None:
    """A handle from ``@user@domain``, ``acct:user@domain`` or ``https://domain/@user``.
    A bare ``user@domain`` is not taken: it may be an email address."""
    hint = hint.strip()
    if hint.startswith(("http://", "https://")):
        parts = urlsplit(hint)
        host = (parts.hostname or "").lower()
        match = _PROFILE_PATH.match(parts.path)
        if (
            not match
            or not host
            or any(host == h or host.endswith("." + h) for h in NOT_MASTODON_HOSTS)
        ):
            return None
        return Handle(match.group(1), host)
    if not hint.startswith(("@", "acct:", "mastodon:")):
        return None
    match = _HANDLE.match(hint)
    return Handle(match.group(1), match.group(2).lower()) if match else None


def parse_handles(hints: Iterable[str]) -> list[Handle]:
    handles: list[Handle] = []
    for hint in hints:
        handle = parse_handle(hint)
        if handle and handle not in handles:
            handles.append(handle)
    return handles


def parse_webfinger(data: Any, handle: Handle) -> str | None:
    """The instance (``https://host``) hosting the account a JRD describes: the host of its
    ``rel="self"`` ActivityPub link; None when the JRD is not about this handle."""
    if not isinstance(data, Mapping):
        return None
    subject = data.get("subject")
    if isinstance(subject, str) and subject.lower() != handle.resource.lower():
        user = subject.removeprefix("acct:").split("@")[0].lower()
        if not subject.startswith("acct:") or user != handle.user.lower():
            return None  # a JRD for somebody else (an instance may answer for its domain)
    links = data.get("links")
    if not isinstance(links, list):
        return None
    for link in links:
        if not isinstance(link, Mapping) or link.get("rel") != "self":
            continue
        kind = str(link.get("type", ""))
        href = link.get("href")
        is_activitypub = "activity+json" in kind or "ld+json" in kind
        if is_activitypub and isinstance(href, str) and href.startswith("https://"):
            host = urlsplit(href).netloc
            return f"https://{host}" if host else None
    return None


def actor_url(data: Any, handle: Handle) -> str | None:
    """The ActivityPub actor document of the account a JRD describes (its ``rel="self"``
    link); None when the JRD is not about this handle."""
    if parse_webfinger(data, handle) is None:
        return None
    for link in data.get("links") or []:
        if isinstance(link, Mapping) and link.get("rel") == "self":
            href = link.get("href")
            kind = str(link.get("type", ""))
            if (
                isinstance(href, str)
                and href.startswith("https://")
                and ("activity+json" in kind or "ld+json" in kind)
            ):
                return href
    return None


ACTOR_TYPES = frozenset({"Person", "Service", "Application", "Group", "Organization"})


def _actor_url_value(value: Any) -> str | None:
    """An actor's ``url``: a string, a Link object, or a list of either."""
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str) and item.startswith(("http://", "https://")):
            return item
        if isinstance(item, Mapping):
            href = item.get("href")
            is_http = isinstance(href, str) and href.startswith(("http://", "https://"))
            if is_http and "html" in str(item.get("mediaType", "text/html")):
                return str(href)
    return None


def account_from_actor(actor: Any) -> dict[str, Any] | None:
    """An ActivityPub actor document in the shape of an Account entity, so that the same
    reading and the same opt-outs apply (:func:`parse_account`); None when it is not an
    actor. Profile fields come from ``attachment`` items of type ``PropertyValue``; none is
    marked verified (verification is not federated)."""
    if not isinstance(actor, Mapping):
        return None
    kinds = actor.get("type")
    kinds = set(kinds) if isinstance(kinds, list) else {kinds}
    username = actor.get("preferredUsername")
    if not (kinds & ACTOR_TYPES) or not isinstance(username, str):
        return None
    fields = [
        {"name": item.get("name"), "value": item.get("value"), "verified_at": None}
        for item in actor.get("attachment") or []
        if isinstance(item, Mapping) and item.get("type") == "PropertyValue"
    ]
    return {
        "username": username,
        "acct": username,
        "display_name": actor.get("name") if isinstance(actor.get("name"), str) else "",
        "note": actor.get("summary") if isinstance(actor.get("summary"), str) else "",
        "url": _actor_url_value(actor.get("url")) or actor.get("id"),
        "fields": fields,
        "discoverable": actor.get("discoverable"),
        "indexable": actor.get("indexable"),
        "suspended": actor.get("suspended"),
        "moved": actor.get("movedTo"),
        "created_at": actor.get("published"),
    }


def opted_out(account: Mapping[str, Any]) -> str | None:
    """Why an account must not be used, or None."""
    if account.get("noindex") is True:
        return "the account asks not to be indexed (noindex)"
    if account.get("discoverable") is not True:
        return "the account is not discoverable"
    if account.get("indexable") is False:
        return "the account asks not to be indexed (indexable: false)"
    if account.get("suspended") or account.get("limited"):
        return "the account is suspended or limited"
    if account.get("moved"):
        return "the account has moved"
    return None


@dataclass(frozen=True)
class Profile:
    url: str
    handle: str
    name: str | None
    bio: str
    verified_links: list[str]
    other_links: list[str]
    fields: dict[str, str]
    employer: str | None
    title: str | None
    created_at: str


def _field_value(value: Any) -> tuple[str, list[str]]:
    text, hrefs = html_text(value)
    return text, [h for h in hrefs if h.startswith(("http://", "https://"))]


def parse_account(account: Mapping[str, Any], domain: str) -> Profile | None:
    """The public profile in an Account entity; None when the account opted out."""
    if opted_out(account):
        return None
    username = account.get("username")
    url = account.get("url")
    if not isinstance(username, str) or not isinstance(url, str) or not url.startswith("http"):
        return None
    acct = account.get("acct") if isinstance(account.get("acct"), str) else username
    handle = f"@{acct}" if "@" in str(acct) else f"@{username}@{domain}"
    raw_name = account.get("display_name")
    name = scrub(" ".join(_EMOJI.sub("", raw_name).split())) if isinstance(raw_name, str) else ""
    bio, _ = html_text(account.get("note"))
    verified: list[str] = []
    other: list[str] = []
    fields: dict[str, str] = {}
    employer = title = None
    for field in account.get("fields") or []:
        if not isinstance(field, Mapping) or not isinstance(field.get("name"), str):
            continue
        label = scrub(field["name"].strip())
        text, hrefs = _field_value(field.get("value"))
        for href in hrefs:
            target = verified if field.get("verified_at") else other
            if href not in verified and href not in other:
                target.append(href)
        if text and not hrefs and label:
            fields[label] = text
            if label.casefold() in EMPLOYER_FIELDS and employer is None:
                employer = text
            if label.casefold() in TITLE_FIELDS and title is None:
                title = text
    created = account.get("created_at")
    return Profile(
        url=url,
        handle=handle,
        name=name or None,
        bio=bio,
        verified_links=verified,
        other_links=other,
        fields=fields,
        employer=employer,
        title=title,
        created_at=created[:10] if isinstance(created, str) else "",
    )


def profile_lead(profile: Profile) -> Lead:
    headline = " ".join(profile.bio.split())[:MAX_HEADLINE] or None
    extra = {"created_at": profile.created_at} if profile.created_at else {}
    if profile.verified_links:
        extra["verified_links"] = " ".join(profile.verified_links)
    if profile.other_links:
        extra["unverified_links"] = " ".join(profile.other_links)
    for label, value in profile.fields.items():
        extra[f"field:{label}"] = value[:200]
    return Lead(
        url=profile.url,
        source=SOURCE_ID,
        title=f"{profile.name} ({profile.handle})" if profile.name else profile.handle,
        snippet=profile.bio[:300],
        handle=profile.handle,
        name=profile.name,
        employer=profile.employer,
        headline=headline,
        links=list(profile.verified_links),
        extra=extra,
    )


def profile_career(profile: Profile, fetched_at: datetime | None) -> Career:
    experiences: list[Experience] = []
    if profile.employer:
        quote = f"Work: {profile.employer}" + (f"; {profile.title}" if profile.title else "")
        experiences.append(
            Experience(
                employer=profile.employer,
                title=profile.title or "",
                summary="Employer named in a field of the Mastodon profile.",
                evidence=[
                    Evidence(
                        source=SOURCE_ID,
                        url=profile.url,
                        fetched_at=fetched_at,
                        method=Method.API,
                        quote=quote[:300],
                    )
                ],
            )
        )
    headline = " ".join(profile.bio.split())[:MAX_HEADLINE] or None
    return Career(
        name=profile.name, headline=headline, summary=profile.bio, experiences=experiences
    )


# -- the source -------------------------------------------------------------------------------


class MastodonSource(Source):
    follows_links = True
    info = SourceInfo(
        id=SOURCE_ID,
        name="Mastodon",
        site="joinmastodon.org (any instance)",
        kind="api",
        base_url="https://mastodon.social",
        terms_url="https://docs.joinmastodon.org/methods/accounts/#lookup",
        terms_reviewed=date(2026, 11, 25),
        terms_summary=(
            "Each instance sets its own terms; runnerup reads only accounts the user named, "
            "through the public unauthenticated lookup and WebFinger endpoints, one request "
            "per second, and skips accounts that are not discoverable or ask for noindex."
        ),
        rate=1.0,
        fields=("name", "headline", "employer", "links"),
        api_endpoints=(
            ApiEndpoint(
                "mastodon.social",
                ("/api/v1/accounts/", "/.well-known/webfinger"),
                "https://mastodon.social/terms-of-service",
            ),
        ),
        canary=Canary(
            "https://mastodon.social/.well-known/webfinger?resource=acct:Mastodon@mastodon.social",
            "@Mastodon@mastodon.social, the Mastodon project's official account",
            needs=("subject", "links[].rel=self", "links[].href"),
        ),
    )

    examples = (
        Example(
            name="finds the hire from her handle",
            sites=("mastodon.test",),
            subject=Subject(
                name="Ada Okafor", employer="Northwind Robotics", hints=["@ada@mastodon.test"]
            ),
            expect=Expect(
                lead_urls=("https://mastodon.test/@ada",),
                names=("Ada Okafor",),
                employers=("Northwind Robotics",),
                headline="Head of Platform",
            ),
        ),
        Example(
            name="the namesake's account says Lakeside Health",
            sites=("mastodon.test",),
            lead=Lead(url="https://mastodon.test/@ada_rn", source="webpage"),
            expect=Expect(names=("Ada Okafor",), employers=("Lakeside Health",), headline="nurse"),
        ),
        Example(
            name="accounts that opted out give no lead",
            sites=("mastodon.test",),
            subject=Subject(
                name="Ada Okafor",
                hints=["@ada_private@mastodon.test", "https://mastodon.test/@ada_hidden"],
            ),
            expect=Expect(max_leads=0),
        ),
        Example(
            name="a lookup that needs a token falls back to the public actor",
            sites=("mastodon.test",),
            subject=Subject(name="Ada Okafor", hints=["@ada_fed@mastodon.test"]),
            expect=Expect(
                lead_urls=("https://mastodon.test/@ada_fed",),
                employers=("Northwind Robotics",),
                headline="Head of Platform",
            ),
        ),
        Example(
            name="the public actor's opt-out is respected too",
            sites=("mastodon.test",),
            subject=Subject(name="Ada Okafor", hints=["@ada_quiet@mastodon.test"]),
            expect=Expect(max_leads=0),
        ),
        Example(
            name="no handle, no requests",
            sites=("mastodon.test",),
            subject=Subject(name="Ada Okafor", hints=["ada@mastodon.test", "github:adaokafor"]),
            expect=Expect(max_leads=0, not_requested=("mastodon.test/",)),
        ),
    )

    async def profile(self, handle: Handle) -> tuple[Profile | None, JsonAnswer | None]:
        """WebFinger, then the account lookup on the instance; None when there is no such
        account or it opted out."""
        jrd = await self.get_json(
            f"https://{handle.domain}/.well-known/webfinger",
            f"the WebFinger record of {handle}",
            params={"resource": handle.resource},
            site=handle.domain,
            hints=HINTS,
        )
        instance = parse_webfinger(jrd.data, handle)
        if instance is None:
            return None, None
        lookup_url = f"{instance}/api/v1/accounts/lookup"
        what = f"the account {handle}"
        fetched = await self.get(lookup_url, params={"acct": handle.user}, purpose=what)
        actor = actor_url(jrd.data, handle)
        if fetched.outcome in LOOKUP_FALLBACK and actor is not None:
            # the lookup needs a token here: the public actor document instead
            answer = await self.get_json(
                actor,
                f"the public ActivityPub profile of {handle}",
                headers={"Accept": ACTIVITY_JSON},
                site=_host(actor),
                hints=HINTS,
            )
            account = account_from_actor(answer.data)
        else:
            answer = self.read_json(fetched, what, site=_host(lookup_url), hints=HINTS)
            account = answer.data
        if not isinstance(account, Mapping):
            return None, None
        return parse_account(account, handle.domain), answer

    async def search(self, subject: Subject) -> list[Lead]:
        leads: list[Lead] = []
        for handle in parse_handles(subject.hints)[:MAX_HANDLES]:
            profile, _ = await self.profile(handle)
            if profile is not None and profile.url not in [lead.url for lead in leads]:
                leads.append(profile_lead(profile))
        return leads

    @staticmethod
    def _handle_of(lead: Lead) -> Handle | None:
        if lead.source == SOURCE_ID and lead.handle:
            handle = parse_handle(lead.handle)
            if handle:
                return handle
        return parse_handle(lead.url)

    def accepts(self, lead: Lead) -> bool:
        return self._handle_of(lead) is not None

    async def collect(self, lead: Lead) -> Career:
        handle = self._handle_of(lead)
        if handle is None:
            return Career()
        profile, answer = await self.profile(handle)
        if profile is None or answer is None:
            return Career()
        return profile_career(profile, answer.fetched_at)


__all__ = [
    "Handle",
    "MastodonSource",
    "account_from_actor",
    "actor_url",
    "html_text",
    "opted_out",
    "parse_account",
    "parse_handle",
    "parse_handles",
    "parse_webfinger",
    "profile_career",
    "profile_lead",
]
