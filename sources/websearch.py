"""Web search: a few precise queries for the hire's public pages, through a search API.

Backends (the first one configured is used):

* the **Brave Search API** with your own key: ``BRAVE_API_KEY`` (or ``[sources.websearch]
  key``), ``GET {base}/res/v1/web/search?q=...&count=10`` with ``X-Subscription-Token``;
  ``[sources.websearch] base_url`` overrides ``https://api.search.brave.com``;
* a **SearXNG** instance with its JSON API enabled (usually your own):
  ``RUNNERUP_SEARXNG_URL`` or ``[sources.websearch] searxng_url``,
  ``GET {url}/search?q=...&format=json``.

The source is ``ready`` when either is configured, else ``needs_key``.

Queries (at most :data:`MAX_QUERIES` per lookup) are built from the name with the
employer and the role (``"Ada Okafor" "Northwind Robotics"``, ``"Ada Okafor" "Head of
Platform"``) and look for a resume still posted online (``... (resume OR CV)
filetype:pdf`` and an HTML variant). Results that do not mention the surname are dropped;
duplicate URLs (fragment and trailing slash ignored) are merged.

Each result becomes a :class:`Lead` with its title and snippet (tags removed, contact
details scrubbed); ``Name - Title - Company``, ``Name – Title at Company | LinkedIn`` and
``Name | Company`` titles fill ``name``, ``headline`` and ``employer``. Results on hosts
whose terms forbid automated access (the fetch door's deny list: LinkedIn, X, ...) are
kept with ``fetchable=False``: shown to the user to open themselves, never fetched.

``collect`` has nothing to read: a search result is only a pointer. It returns an empty
:class:`Career`, and :meth:`WebSearchSource.accepts` is False, so the pipeline hands
fetchable result URLs to the ``webpage`` source instead.

Refusals: when every query is refused (rate limit, bad key, unreachable instance) the
source raises :class:`research.errors.SourceError` saying why; when only some are, it
returns the leads of the others.
"""

from __future__ import annotations

import html
import os
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from research.errors import SourceError
from research.fetch.guard import DEFAULT_DENY_HOSTS, deny_entry
from research.fetch.outcome import Fetched, Outcome, is_rate_limit
from research.model import Career, Lead, Subject
from research.privacy import scrub
from research.source import (
    ApiEndpoint,
    Canary,
    Example,
    Expect,
    Source,
    SourceInfo,
    SourceSettings,
    SourceStatus,
)

SOURCE_ID = "websearch"
ENV_SEARXNG = "RUNNERUP_SEARXNG_URL"
MAX_QUERIES = 4
RESULTS_PER_QUERY = 10
MAX_LEADS = 40

_TAG = re.compile(r"<[^>]{0,200}>")
_SEPARATOR = re.compile(r"\s+([|·•]|[-–—])\s+")
_PAREN = re.compile(r"\s*\(([^()]*)\)\s*")

#: Names of sites that end result titles ("... | LinkedIn", "... · GitHub").
SITE_NAMES = frozenset(
    {
        "linkedin",
        "github",
        "gitlab",
        "x",
        "twitter",
        "medium",
        "facebook",
        "instagram",
        "xing",
        "researchgate",
        "orcid",
        "google scholar",
        "stack overflow",
        "wikipedia",
        "crunchbase",
        "the org",
        "about.me",
        "substack",
        "dev community",
        "behance",
        "dribbble",
        "mastodon",
        "bluesky",
        "youtube",
        "speaker deck",
        "slideshare",
    }
)


# -- pure functions ---------------------------------------------------------------------------


def _fold(text: str) -> str:
    """Lower case, accents and punctuation removed, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


def clean_text(value: Any) -> str:
    """Result text without markup or contact details."""
    if not isinstance(value, str):
        return ""
    text = html.unescape(_TAG.sub("", value))
    return scrub(" ".join(text.split()))


def is_name(segment: str, name: str) -> bool:
    """Whether a title segment is the person's name (middle names and titles allowed)."""
    seg, wanted = _fold(segment).split(), _fold(name).split()
    if not seg or not wanted:
        return False
    return set(wanted) <= set(seg) and len(seg) <= len(wanted) + 2


@dataclass(frozen=True)
class TitleParts:
    name: str | None = None
    headline: str | None = None
    employer: str | None = None


def _strip_site(title: str) -> str:
    title = re.sub(r"\s*/\s*X\s*$", "", title)  # "Ada Okafor (@adaokafor) / X"
    parts = _SEPARATOR.split(title)
    if len(parts) >= 3 and _fold(parts[-1]) in SITE_NAMES:
        kept = parts[:-2]
        return "".join(p if i % 2 == 0 else f" {p} " for i, p in enumerate(kept)).strip()
    return title.strip()


def _name_in(segment: str, name: str) -> str | None:
    """The name when the segment is it, possibly with a handle in parentheses
    ("Ada Okafor (@adaokafor)", "adaokafor (Ada Okafor)")."""
    if "(" in segment:
        for match in _PAREN.finditer(segment):
            if is_name(match.group(1), name):
                return match.group(1).strip()
        outer = _PAREN.sub(" ", segment).strip()
        return outer if outer and is_name(outer, name) else None
    return segment.strip() if is_name(segment, name) else None


def parse_title(title: str, name: str) -> TitleParts:
    """Name, headline and employer from a result title, when the title names ``name``."""
    text = _strip_site(" ".join(title.split()))
    pieces = _SEPARATOR.split(text)
    segments = [s.strip() for s in pieces[0::2]]
    separators = pieces[1::2]
    hits = [(i, n) for i, n in ((i, _name_in(seg, name)) for i, seg in enumerate(segments)) if n]
    if not hits:
        return TitleParts()
    index, found = hits[0]
    if index != 0:
        return TitleParts(name=found)
    rest = [s for s in segments[1:] if s]
    if len(rest) >= 2:
        return TitleParts(found, rest[0], rest[1])
    if len(rest) == 1:
        part = rest[0]
        match = re.search(r"^(.*\S)\s+(?:at|@)\s+(\S.*)$", part)
        if match:
            return TitleParts(found, part, match.group(2).strip())
        if separators[0] in "|·•":
            # "Name | Company"; "Name | RustConf 2025" (an event) says nothing
            return TitleParts(found, None, None if re.search(r"\d", part) else part)
        return TitleParts(found, part, None)
    return TitleParts(name=found)


def _quoted(text: str) -> str:
    return '"' + " ".join(text.replace('"', " ").split()) + '"'


def build_queries(subject: Subject) -> list[str]:
    """At most :data:`MAX_QUERIES` queries, most specific first."""
    name = _quoted(subject.name)
    employer = _quoted(subject.employer) if subject.employer.strip() else ""
    role = _quoted(subject.role) if subject.role.strip() else ""
    location = _quoted(subject.location) if subject.location and subject.location.strip() else ""
    context = employer or role or location
    queries: list[str] = []
    if employer:
        queries.append(f"{name} {employer}")
    if role:
        queries.append(f"{name} {role}")
    if not queries:
        queries.append(f"{name} {location}".strip())
    lead = f"{name} {context}".strip()
    queries.append(f"{lead} (resume OR CV) filetype:pdf")
    queries.append(f'{lead} (resume OR CV OR "curriculum vitae")')
    unique: list[str] = []
    for query in queries:
        if query not in unique:
            unique.append(query)
    return unique[:MAX_QUERIES]


@dataclass(frozen=True)
class Result:
    url: str
    title: str
    snippet: str
    engine: str


def parse_brave(data: Any) -> list[Result]:
    """``web.results`` of a Brave Search API answer."""
    web = data.get("web") if isinstance(data, dict) else None
    items = web.get("results") if isinstance(web, dict) else None
    return _results(items, "title", "description", default_engine="brave")


def parse_searxng(data: Any) -> list[Result]:
    """``results`` of a SearXNG JSON answer."""
    items = data.get("results") if isinstance(data, dict) else None
    return _results(items, "title", "content", default_engine="searxng")


def _results(items: Any, title_key: str, text_key: str, *, default_engine: str) -> list[Result]:
    if not isinstance(items, list):
        return []
    out: list[Result] = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("url"), str):
            continue
        url = item["url"].strip()
        if urlsplit(url).scheme.lower() not in ("http", "https"):
            continue
        engine = item.get("engine")
        out.append(
            Result(
                url=url,
                title=clean_text(item.get(title_key)),
                snippet=clean_text(item.get(text_key)),
                engine=engine if isinstance(engine, str) and engine else default_engine,
            )
        )
    return out


def url_key(url: str) -> str:
    """The form under which duplicate URLs are merged."""
    parts = urlsplit(url.strip())
    path = parts.path if parts.path not in ("", "/") else "/"
    if len(path) > 1:
        path = path.rstrip("/")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def denied_host(url: str) -> str | None:
    """The deny-list entry (the fetch door's) that covers the URL's host, if any."""
    host = urlsplit(url).hostname or ""
    return deny_entry(host, DEFAULT_DENY_HOSTS) if host else None


def mentions(result: Result, name: str) -> bool:
    """Whether the result names the person (their surname, in title, snippet or URL)."""
    words = _fold(name).split()
    if not words:
        return False
    surname = words[-1]
    haystack = _fold(f"{result.title} {result.snippet} {result.url}")
    return surname in haystack.split() or surname in _fold(result.url).replace(" ", "")


def to_leads(results: Sequence[tuple[str, Result]], subject: Subject) -> list[Lead]:
    """Leads from ``(query, result)`` pairs, in order: unrelated results dropped,
    duplicates merged, denied hosts kept as not fetchable."""
    leads: dict[str, Lead] = {}
    for query, result in results:
        if not mentions(result, subject.name):
            continue
        key = url_key(result.url)
        parts = parse_title(result.title, subject.name)
        if key in leads:
            old = leads[key]
            leads[key] = old.model_copy(
                update={
                    "snippet": old.snippet or result.snippet,
                    "name": old.name or parts.name,
                    "headline": old.headline or parts.headline,
                    "employer": old.employer or parts.employer,
                }
            )
            continue
        if len(leads) >= MAX_LEADS:
            continue
        url = urlunsplit(urlsplit(result.url.strip())._replace(fragment=""))
        extra = {"query": query, "engine": result.engine}
        entry = denied_host(url)
        if entry:
            extra["not_fetched"] = f"the terms of {entry} forbid automated access"
        leads[key] = Lead(
            url=url,
            source=SOURCE_ID,
            title=result.title,
            snippet=result.snippet,
            name=parts.name,
            employer=parts.employer,
            headline=parts.headline,
            fetchable=entry is None,
            extra=extra,
        )
    return list(leads.values())


def searxng_url(settings: SourceSettings, env: Mapping[str, str] | None = None) -> str | None:
    """The SearXNG instance: ``[sources.websearch] searxng_url``, else the environment."""
    env = os.environ if env is None else env
    value = settings.extra.get("searxng_url") or env.get(ENV_SEARXNG) or ""
    value = str(value).strip().rstrip("/")
    return value or None


# -- the source -------------------------------------------------------------------------------


class WebSearchSource(Source):
    info = SourceInfo(
        id=SOURCE_ID,
        name="Web search (Brave Search API or SearXNG)",
        site="search.brave.com",
        kind="api",
        base_url="https://api.search.brave.com",
        terms_url="https://api-dashboard.search.brave.com/terms-of-service",
        terms_reviewed=date(2026, 11, 25),
        terms_summary=(
            "The Brave Search API's terms allow queries with your own key within your plan "
            "(SearXNG: your own instance); runnerup sends at most 4 queries a lookup, shows "
            "results as links with title and snippet, and never fetches hosts whose terms "
            "forbid it (LinkedIn, X, ...)."
        ),
        rate=1.5,
        fields=("name", "employer", "headline", "links"),
        key_env="BRAVE_API_KEY",
        key_required=True,
        api_endpoints=(
            ApiEndpoint(
                "api.search.brave.com",
                ("/res/v1/",),
                "https://api-dashboard.search.brave.com/terms-of-service",
            ),
        ),
        canary=Canary(
            "https://api.search.brave.com/res/v1/web/search?q=brave+search+api&count=3",
            "a query about the Brave Search API itself (needs BRAVE_API_KEY; a SearXNG "
            "instance is checked through its robots.txt like any site)",
            needs=("web.results[].url", "web.results[].title"),
            headers={"Accept": "application/json"},
            key_header=("X-Subscription-Token", "{key}"),
        ),
    )

    examples = (
        Example(
            name="finds the hire's homepage, and LinkedIn only as a link (Brave)",
            sites=("api.search.brave.com",),
            env={"BRAVE_API_KEY": "fixture-brave-key"},
            subject=Subject(
                name="Ada Okafor", employer="Northwind Robotics", role="Head of Platform"
            ),
            expect=Expect(
                lead_urls=(
                    "https://ada-okafor.test/",
                    "https://www.linkedin.com/in/ada-okafor-nw",
                    "https://github.com/adaokafor",
                ),
                no_lead_urls=("https://northwind-robotics.test/",),
                names=("Ada Okafor",),
                employers=("Northwind Robotics",),
                titles=("Head of Platform",),
                not_requested=("www.linkedin.com", "linkedin.com", "ada-okafor.test", "x.com"),
            ),
        ),
        Example(
            name="finds the hire through a SearXNG instance",
            sites=("searx.test",),
            env={"RUNNERUP_SEARXNG_URL": "https://searx.test"},
            subject=Subject(name="Ada Okafor", employer="Northwind Robotics"),
            expect=Expect(
                lead_urls=("https://ada-okafor.test/", "https://github.com/adaokafor"),
                min_leads=3,
                names=("Ada Okafor",),
                not_requested=("www.linkedin.com", "api.search.brave.com"),
            ),
        ),
        Example(
            name="a namesake-only query finds only the namesake",
            sites=("api.search.brave.com",),
            env={"BRAVE_API_KEY": "fixture-brave-key"},
            subject=Subject(name="Ada Okafor", employer="Lakeside Health"),
            expect=Expect(
                lead_urls=("https://lakeside-health.test/staff/ada-okafor",),
                no_lead_urls=("https://ada-okafor.test/", "https://github.com/adaokafor"),
                employers=("Lakeside Health",),
                not_requested=("ng.linkedin.com", "lakeside-health.test"),
            ),
        ),
        Example(
            name="nobody by that name",
            sites=("api.search.brave.com",),
            env={"BRAVE_API_KEY": "fixture-brave-key"},
            subject=Subject(name="Zora Quillfeather", employer="Northwind Robotics"),
            expect=Expect(max_leads=0, empty=True),
        ),
    )

    @classmethod
    def status(cls, settings: SourceSettings) -> SourceStatus:
        """Ready with a Brave key *or* a SearXNG URL (settings or ``RUNNERUP_SEARXNG_URL``)."""
        if settings.enabled and not settings.key and searxng_url(settings):
            return "ready"
        return super().status(settings)

    def accepts(self, lead: Lead) -> bool:
        return False

    def _backend(self) -> str:
        if self.ctx.settings.key:
            return "brave"
        if searxng_url(self.ctx.settings):
            return "searxng"
        raise SourceError(
            "Web search needs a Brave Search API key or a SearXNG instance.",
            hint="Set BRAVE_API_KEY, or RUNNERUP_SEARXNG_URL to a SearXNG URL with the JSON "
            "format enabled.",
        )

    async def _query(self, backend: str, query: str) -> Fetched:
        if backend == "brave":
            return await self.get(
                self.base_url + "/res/v1/web/search",
                params={"q": query, "count": str(RESULTS_PER_QUERY)},
                headers={
                    "Accept": "application/json",
                    "X-Subscription-Token": self.ctx.settings.key or "",
                },
                purpose="web search",
            )
        base = searxng_url(self.ctx.settings) or ""
        return await self.get(
            base + "/search",
            params={"q": query, "format": "json"},
            headers={"Accept": "application/json"},
            purpose="web search",
        )

    async def search(self, subject: Subject) -> list[Lead]:
        backend = self._backend()
        found: list[tuple[str, Result]] = []
        refusals: list[str] = []
        answered = 0
        for query in build_queries(subject):
            fetched = await self._query(backend, query)
            try:
                data = self._answer(backend, fetched)
            except SourceError as refused:
                refusals.append(refused.message)
                if is_rate_limit(fetched):
                    break  # the rest would be refused too
                continue
            answered += 1
            parse = parse_brave if backend == "brave" else parse_searxng
            found += [(query, result) for result in parse(data)]
        if not answered and refusals:
            raise SourceError(refusals[0])
        return to_leads(found, subject)

    def _answer(self, backend: str, fetched: Fetched) -> Any:
        """One query's results (the contract's refusal ladder, with this backend's
        advice); a search that is "not found" is an instance at a wrong URL."""
        label = _label(backend)
        what = "the web search"
        answer = self.read_json(
            fetched, what, site=label, hints=HINTS[backend], keyed=backend == "brave"
        )
        if fetched.outcome is Outcome.NOT_FOUND:
            raise SourceError(
                f"{label} has no search at {fetched.url} ({fetched.detail or 'not found'}); "
                "check its URL."
            )
        return answer.data

    async def collect(self, lead: Lead) -> Career:
        """Nothing to collect from a search result itself (see the module docstring)."""
        return Career()


def _label(backend: str) -> str:
    return "The Brave Search API" if backend == "brave" else "The SearXNG instance"


HINTS: Mapping[str, Mapping[Outcome | int, str]] = {
    "brave": {},
    "searxng": {
        Outcome.BLOCKED: "Is its JSON format enabled (search.formats in settings.yml)?",
    },
}
"""Each backend's own advice after the contract's refusal messages (a refused Brave key is
named by the contract: ``BRAVE_API_KEY`` is the source's key)."""


__all__ = [
    "ENV_SEARXNG",
    "MAX_QUERIES",
    "Result",
    "TitleParts",
    "WebSearchSource",
    "build_queries",
    "clean_text",
    "denied_host",
    "is_name",
    "mentions",
    "parse_brave",
    "parse_searxng",
    "parse_title",
    "searxng_url",
    "to_leads",
    "url_key",
]
