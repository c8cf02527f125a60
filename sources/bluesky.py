"""Bluesky: public profiles through the public AppView API (no login).

``search`` calls ``app.bsky.actor.searchActors?q=<name>&limit=10``
(https://docs.bsky.app/docs/api/app-bsky-actor-search-actors: ``{actors: [profileView],
cursor}``); the search is fuzzy, so only actors whose display name (or handle) carries every
word of the name are kept; each becomes a lead (``https://bsky.app/profile/<handle>``) with the
display name, the description as headline (scrubbed of contact details) and the links in
the description. A handle on the person's own domain (not ``*.bsky.social``) is verified by
Bluesky (DNS or ``/.well-known/atproto-did``), so ``https://<handle>/`` is a link too.

``collect`` calls ``app.bsky.actor.getProfile?actor=<did or handle>``
(https://docs.bsky.app/docs/api/app-bsky-actor-get-profile, a ``profileViewDetailed``):
name, headline and summary from the description. Bluesky profiles have no structured
career fields, so the career has no experiences.

Respected opt-out: an account carrying the ``!no-unauthenticated`` label (a self-label:
the user asked that logged-out clients and apps not show their profile) is dropped from
search results and refused in ``collect`` (an empty career), even though the public API
returns it.

Refusals: 429 (rate limit) or 401/403 raise :class:`research.errors.SourceError`; an
unknown actor (the API answers HTTP 400 ``InvalidRequest``, or 404) gives an empty career.
Settings: ``[sources.bluesky] base_url`` for another AppView.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any
from urllib.parse import quote

from research.errors import SourceError
from research.fetch.outcome import Fetched, Outcome
from research.fields import text as _text
from research.identity.names import may_be_name, spelled_in_handle
from research.model import Career, Lead, Subject
from research.privacy import scrub
from research.source import ApiEndpoint, Canary, Example, Expect, Source, SourceInfo

SOURCE_ID = "bluesky"
NO_UNAUTHENTICATED = "!no-unauthenticated"
SEARCH_LIMIT = "10"
MAX_HEADLINE = 240
PROFILE_URL = "https://bsky.app/profile/"

_HANDLE = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}$")
_DID = re.compile(r"^did:(?:plc|web):[A-Za-z0-9._:%-]+$")
_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)
_BARE = re.compile(
    r"(?<![@\w.:/-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24})(/[^\s<>\"')\]]*)?",
    re.IGNORECASE,
)
_NOT_DOMAINS = frozenset({"e.g", "i.e", "etc"})


# -- pure parsing -----------------------------------------------------------------------------


def hidden_from_logged_out(actor: Mapping[str, Any]) -> bool:
    """Whether the actor carries the ``!no-unauthenticated`` label (and it is not negated)."""
    labels = actor.get("labels")
    if not isinstance(labels, list):
        return False
    return any(
        isinstance(label, Mapping)
        and label.get("val") == NO_UNAUTHENTICATED
        and label.get("neg") is not True
        for label in labels
    )


def description_links(description: str) -> list[str]:
    """http(s) links in a profile description, bare domains (``ada.test/cv``) as https."""
    links: list[str] = []
    text = description
    for match in _URL.finditer(text):
        links.append(match.group(0).rstrip(".,;:!?"))
    text = _URL.sub(" ", text)
    for match in _BARE.finditer(text):
        domain = match.group(1).lower()
        if domain in _NOT_DOMAINS or domain.rsplit(".", 1)[-1].isdigit():
            continue
        path = (match.group(2) or "/").rstrip(".,;:!?")
        links.append(f"https://{domain}{path}")
    unique: list[str] = []
    for link in links:
        if link not in unique:
            unique.append(link)
    return unique


def _description(actor: Mapping[str, Any]) -> str:
    return scrub(_text(actor.get("description")))


def parse_actor(actor: Mapping[str, Any]) -> Lead | None:
    """A lead from a profileView; None for accounts hidden from logged-out users."""
    handle = _text(actor.get("handle")).lower()
    did = _text(actor.get("did"))
    if not handle or handle == "handle.invalid" or hidden_from_logged_out(actor):
        return None
    name = scrub(_text(actor.get("displayName"))) or None
    description = _description(actor)
    headline = " ".join(description.split())[:MAX_HEADLINE] or None
    links = description_links(description)
    if not handle.endswith(".bsky.social"):
        own = f"https://{handle}/"
        if own not in links:
            links.insert(0, own)
    extra = {"did": did} if did else {}
    created = _text(actor.get("createdAt"))
    if created:
        extra["created_at"] = created[:10]
    return Lead(
        url=PROFILE_URL + handle,
        source=SOURCE_ID,
        title=f"{name} (@{handle})" if name else f"@{handle}",
        snippet=description[:300],
        handle=handle,
        name=name,
        headline=headline,
        links=links,
        extra=extra,
    )


def name_matches(actor: Mapping[str, Any], name: str) -> bool:
    """Whether the display name may be ``name`` as identity reads names (order, diacritics,
    honorifics, a nickname; :func:`research.identity.names.may_be_name`), or the handle's
    first label spells it (``adaokafor.bsky.social`` for "Ada Okafor")."""
    if not name.strip():
        return True
    shown = _text(actor.get("displayName"))
    if shown and may_be_name(name, shown):
        return True
    return spelled_in_handle(name, _text(actor.get("handle")))


def parse_search(data: Any, name: str = "") -> list[Lead]:
    """Leads from a searchActors answer: actors whose display name or handle carries every
    word of ``name`` (the search is fuzzy), without ``!no-unauthenticated`` accounts."""
    if not isinstance(data, Mapping) or not isinstance(data.get("actors"), list):
        return []
    leads: list[Lead] = []
    for actor in data["actors"]:
        if isinstance(actor, Mapping) and name_matches(actor, name):
            lead = parse_actor(actor)
            if lead is not None and lead.url not in [x.url for x in leads]:
                leads.append(lead)
    return leads


def parse_profile(data: Any, fetched_at: datetime | None = None) -> Career:
    """Name, headline and summary from a profileViewDetailed; empty for hidden accounts."""
    del fetched_at  # no dated facts: a description is not a career entry
    if not isinstance(data, Mapping) or hidden_from_logged_out(data):
        return Career()
    description = _description(data)
    return Career(
        name=scrub(_text(data.get("displayName"))) or None,
        headline=" ".join(description.split())[:MAX_HEADLINE] or None,
        summary=description,
    )


def actor_of(lead: Lead) -> str | None:
    """The DID or handle to ask getProfile for."""
    did = lead.extra.get("did", "")
    if lead.source == SOURCE_ID and _DID.match(did):
        return did
    if lead.source == SOURCE_ID and lead.handle and _HANDLE.match(lead.handle.lower()):
        return lead.handle.lower()
    if lead.url.startswith(PROFILE_URL):
        actor = lead.url[len(PROFILE_URL) :].split("/", 1)[0].split("?", 1)[0]
        if _DID.match(actor) or _HANDLE.match(actor.lower()):
            return actor if actor.startswith("did:") else actor.lower()
    return None


# -- the source -------------------------------------------------------------------------------


class BlueskySource(Source):
    info = SourceInfo(
        id=SOURCE_ID,
        name="Bluesky",
        site="bsky.app",
        kind="api",
        base_url="https://public.api.bsky.app/xrpc",
        terms_url="https://docs.bsky.app/docs/support/developer-guidelines",
        terms_reviewed=date(2026, 11, 25),
        terms_summary=(
            "Bluesky's developer guidelines allow reading public data through the public "
            "API within its rate limits and ask apps to respect users' choices; runnerup "
            "skips accounts labelled !no-unauthenticated and keeps to one request per second."
        ),
        rate=1.0,
        fields=("name", "headline", "links"),
        api_endpoints=(
            ApiEndpoint(
                "public.api.bsky.app",
                ("/xrpc/",),
                "https://docs.bsky.app/docs/support/developer-guidelines",
            ),
        ),
        canary=Canary(
            "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=bsky.app",
            "bsky.app, Bluesky's own official account",
            needs=("did", "handle", "displayName", "description"),
            headers={"Accept": "application/json"},
        ),
    )

    examples = (
        Example(
            name="finds the hire by name",
            sites=("public.api.bsky.app",),
            subject=Subject(name="Ada Okafor", employer="Northwind Robotics"),
            expect=Expect(
                lead_urls=("https://bsky.app/profile/adaokafor.bsky.social",),
                names=("Ada Okafor",),
                employers=("Northwind Robotics",),
                no_lead_urls=("https://bsky.app/profile/ada-o.bsky.social",),
                not_requested=("public.api.bsky.app/xrpc/app.bsky.actor.getProfile",),
            ),
        ),
        Example(
            name="collects the hire's profile",
            sites=("public.api.bsky.app",),
            lead=Lead(
                url="https://bsky.app/profile/adaokafor.bsky.social",
                source=SOURCE_ID,
                handle="adaokafor.bsky.social",
                extra={"did": "did:plc:adaokafor4nwrobotics7abc"},
            ),
            expect=Expect(names=("Ada Okafor",), headline="Head of Platform at Northwind"),
        ),
        Example(
            name="the namesake's profile says Lakeside Health",
            sites=("public.api.bsky.app",),
            lead=Lead(url="https://bsky.app/profile/adaokafor-rn.bsky.social", source="webpage"),
            expect=Expect(names=("Ada Okafor",), headline="nurse at Lakeside Health"),
        ),
        Example(
            name="an account hidden from logged-out users is refused",
            sites=("public.api.bsky.app",),
            lead=Lead(url="https://bsky.app/profile/ada-o.bsky.social", source="websearch"),
            expect=Expect(empty=True),
        ),
        Example(
            name="nobody by that name",
            sites=("public.api.bsky.app",),
            subject=Subject(name="Zora Quillfeather"),
            expect=Expect(max_leads=0),
        ),
    )

    def _refuse(self, fetched: Fetched, what: str) -> None:
        if fetched.ok or fetched.outcome is Outcome.NOT_FOUND:
            return
        if fetched.outcome is Outcome.RATE_LIMITED or fetched.status == 429:
            raise SourceError(
                f"Bluesky's API rate limit was reached, so {what} could not be read; "
                "try again later."
            )
        if fetched.outcome is Outcome.BLOCKED:
            raise SourceError(f"Bluesky refused {what} ({fetched.detail or 'blocked'}).")
        if fetched.status == 400:
            return  # XRPC InvalidRequest: e.g. "Profile not found"
        raise SourceError(
            f"Bluesky: {what} could not be fetched ({fetched.outcome.value}"
            + (f": {fetched.detail}" if fetched.detail else "")
            + ")."
        )

    async def _xrpc(self, method: str, params: dict[str, str], what: str) -> tuple[Any, Fetched]:
        fetched = await self.get(
            f"{self.base_url}/{method}",
            params=params,
            headers={"Accept": "application/json"},
            purpose=what,
        )
        self._refuse(fetched, what)
        if not fetched.usable:
            return None, fetched
        try:
            return fetched.json(), fetched
        except ValueError:
            raise SourceError(f"Bluesky sent {what} that is not JSON.") from None

    async def search(self, subject: Subject) -> list[Lead]:
        name = " ".join(subject.name.split())
        data, _ = await self._xrpc(
            "app.bsky.actor.searchActors", {"q": name, "limit": SEARCH_LIMIT}, "the actor search"
        )
        return parse_search(data, name)

    def accepts(self, lead: Lead) -> bool:
        return actor_of(lead) is not None

    async def collect(self, lead: Lead) -> Career:
        actor = actor_of(lead)
        if actor is None:
            return Career()
        data, fetched = await self._xrpc(
            "app.bsky.actor.getProfile", {"actor": actor}, f"the profile of {quote(actor)}"
        )
        return parse_profile(data, fetched.provenance.fetched_at if fetched.ok else None)


__all__ = [
    "BlueskySource",
    "actor_of",
    "description_links",
    "hidden_from_logged_out",
    "name_matches",
    "parse_actor",
    "parse_profile",
    "parse_search",
]
