"""The source plugin contract and the registry.

A source is a class with a declarative :class:`SourceInfo` and two async methods::

    class MySource(Source):
        info = SourceInfo(id="mysite", ...)
        examples = (Example(...), Example(...))

        async def search(self, subject: Subject) -> list[Lead]: ...
        async def collect(self, lead: Lead) -> Career: ...

Sources reach the network only through ``self.ctx.fetcher`` (the fetch door), never
httpx. Parsing lives in pure functions that take fetched bytes, tested without a network.

Built-in and third-party sources register through the entry-point group
``runnerup.sources`` (``id = "package.module:ClassName"``) and are imported only when used;
``RUNNERUP_SOURCES=a,b`` limits which load.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Unpack

from research.config import Config, SourceSettings
from research.errors import SourceError
from research.fetch.apis import ApiEndpoint, ApiPolicy
from research.fetch.outcome import JsonAnswer, JsonReading, api_refusal, not_json
from research.fetch.protocol import Fetcher
from research.model import Career, Lead, Subject

if TYPE_CHECKING:
    from research.fetch.outcome import Fetched

ENTRY_POINT_GROUP = "runnerup.sources"
ENV_SOURCES = "RUNNERUP_SOURCES"

SourceKind = Literal["api", "html", "manual"]
SourceStatus = Literal["ready", "needs_key", "manual", "disabled"]


@dataclass(frozen=True)
class SourceInfo:
    """What a source is and what its site's terms allow."""

    id: str
    name: str
    site: str
    kind: SourceKind
    base_url: str
    terms_url: str
    terms_reviewed: date
    terms_summary: str
    """One line: what the terms allow and how runnerup stays inside them."""
    rate: float
    """Minimum seconds between requests to the source's host (the door never goes faster
    than 1 s, nor faster than robots.txt says)."""
    fields: tuple[str, ...] = ()
    key_env: str | None = None
    key_required: bool = False
    api_endpoints: tuple[ApiEndpoint, ...] = ()
    """The documented API endpoints this source calls (scheme, host, path prefixes), each
    with the URL of that API's own terms. The source's requests to exactly these endpoints
    follow those terms and the API's published limits instead of robots.txt (which is for
    crawlers); everything else it fetches obeys robots.txt. Declare only endpoints whose
    owner documents them and publishes terms for them."""
    canary: Canary | None = None
    """One public, well-known subject for ``runnerup sources --check``."""


@dataclass(frozen=True)
class Canary:
    """The live self-check of a source: one request about a public, well-known subject
    (an API's own test or official account), and the fields the parser needs in the answer.

    ``needs`` are paths into a JSON answer: ``a.b`` follows keys, ``[]`` any element of a
    list, ``[0]`` one element; ``path=value`` asks that a value there equals ``value`` (or a
    list there contains it). For a page that is not JSON, each need is a text the page must
    contain. ``runnerup sources --check`` names the needs an answer lacks."""

    url: str
    about: str
    """Who or what the subject is and why it is well known, e.g. GitHub's test account."""
    needs: tuple[str, ...] = ()
    headers: Mapping[str, str] = field(default_factory=dict)
    key_header: tuple[str, str] | None = None
    """When the source has a key: the header that carries it and its form, e.g.
    ``("Authorization", "Bearer {key}")``."""


@dataclass(frozen=True)
class Expect:
    """What an example must produce. Strings match case-insensitively as substrings of the
    named values; an empty tuple checks nothing."""

    lead_urls: tuple[str, ...] = ()
    """URLs that must be among the leads (exact)."""
    no_lead_urls: tuple[str, ...] = ()
    min_leads: int | None = None
    max_leads: int | None = None
    names: tuple[str, ...] = ()
    """Lead names that must appear (search) or the career's name (collect)."""
    employers: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    institutions: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    works: tuple[str, ...] = ()
    headline: str | None = None
    empty: bool = False
    """The collected career must be empty (e.g. a noindex page)."""
    not_requested: tuple[str, ...] = ()
    """``host/path`` prefixes the fixture web must never have been asked for."""


@dataclass(frozen=True)
class Example:
    """An offline example, run by the test suite against the fixture web."""

    name: str
    sites: tuple[str, ...]
    """Fixture-web hosts (folders under ``fixtures/web/``) the example needs."""
    expect: Expect
    subject: Subject | None = None
    """For a search example."""
    lead: Lead | None = None
    """For a collect example."""
    env: Mapping[str, str] = field(default_factory=dict)
    """Environment the example runs with (fake keys, a SearXNG URL on the fixture web)."""
    options: Mapping[str, str | int | bool] = field(default_factory=dict)


OptionValue = str | int | bool


@dataclass(frozen=True)
class SourceOptions(Mapping[str, OptionValue]):
    """What the lookup tells every source, typed: the user's ``--include-archived`` and
    ``--employer-site``, the page budget from the config, the posting's URL and the
    employer's site the posting names. ``extra`` holds a plugin's own options.

    It is also a read-only mapping of the options that are set (``None`` ones are absent),
    so ``ctx.options.get("page_budget", 25)`` keeps working for plugins written that way,
    and :meth:`of` turns an :class:`Example`'s ``options`` into one."""

    include_archived: bool = False
    page_budget: int | None = None
    employer_site: str | None = None
    posting_url: str | None = None
    employer_url: str | None = None
    extra: Mapping[str, OptionValue] = field(default_factory=dict)

    @classmethod
    def of(cls, options: Mapping[str, OptionValue]) -> SourceOptions:
        """From a plain mapping (an example's ``options``): known names go to their field,
        the rest to ``extra``."""
        if isinstance(options, SourceOptions):
            return options
        known = {"include_archived", "page_budget", "employer_site", "posting_url"}
        known.add("employer_url")
        typed: dict[str, Any] = {k: v for k, v in options.items() if k in known}
        extra = {k: v for k, v in options.items() if k not in known}
        return cls(**typed, extra=extra)

    def _set(self) -> dict[str, OptionValue]:
        values: dict[str, OptionValue | None] = {
            "include_archived": self.include_archived,
            "page_budget": self.page_budget,
            "employer_site": self.employer_site,
            "posting_url": self.posting_url,
            "employer_url": self.employer_url,
        }
        found = {k: v for k, v in values.items() if v is not None}
        return {**self.extra, **found}

    def __getitem__(self, key: str) -> OptionValue:
        return self._set()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._set())

    def __len__(self) -> int:
        return len(self._set())


@dataclass
class SourceContext:
    """Everything a source gets from the lookup: the door (as this source's own fetcher),
    its settings, the lookup's :class:`SourceOptions` (a plain mapping given here is turned
    into one)."""

    fetcher: Fetcher
    settings: SourceSettings = field(default_factory=SourceSettings)
    options: SourceOptions = field(default_factory=SourceOptions)

    def __post_init__(self) -> None:
        if not isinstance(self.options, SourceOptions):
            self.options = SourceOptions.of(self.options)


class Source(ABC):
    """Base class of every source plugin."""

    info: ClassVar[SourceInfo]
    examples: ClassVar[tuple[Example, ...]] = ()
    follows_links: ClassVar[bool] = False
    """True for sources that search from the person's own links (a homepage, a handle):
    once a candidate is confirmed, the lookup searches them again with that person's links
    in ``subject.hints``."""
    fallback: ClassVar[bool] = False
    """True for the source that reads any web page nobody more specialised takes (the
    ``webpage`` source): the lookup offers a lead to it last, gives it the pages the user
    named with ``--url``, and treats the pages it read as the person's own links."""

    def __init__(self, ctx: SourceContext) -> None:
        self.ctx = ctx

    @property
    def min_interval(self) -> float:
        """The declared rate, slowed by the user's multiplier."""
        return self.info.rate * self.ctx.settings.rate_multiplier

    @property
    def base_url(self) -> str:
        return (self.ctx.settings.base_url or self.info.base_url).rstrip("/")

    async def get(self, url: str, **kwargs: object) -> Fetched:
        """Fetch through the door at this source's rate, tagged with its id."""
        return await self.ctx.fetcher.get(
            url,
            source=self.info.id,
            min_interval=self.min_interval,
            **kwargs,  # type: ignore[arg-type]
        )

    async def get_json(
        self,
        url: str,
        what: str,
        *,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        **reading: Unpack[JsonReading],
    ) -> JsonAnswer:
        """Fetch an API's JSON answer through :meth:`get` (``what`` is its purpose, e.g.
        "the user search"), and read it with :meth:`read_json`: a refusal raises
        :class:`~research.errors.SourceError` naming the site (``site``, by default the
        source's name) and ``what``; "not there" (404/410, or an HTTP status in ``absent``)
        gives ``JsonAnswer(data=None)``. See :class:`JsonReading` for the options."""
        fetched = await self.get(url, params=params, headers=headers, purpose=what)
        return self.read_json(fetched, what, **reading)

    def read_json(self, fetched: Fetched, what: str, **reading: Unpack[JsonReading]) -> JsonAnswer:
        """An answer the source fetched itself, through the one refusal ladder
        (:meth:`refusal`), parsed as JSON (None when "not there" or noindex); an answer that
        is not JSON raises :class:`~research.errors.SourceError`, or with ``strict=False``
        counts as "not there" (a file that may or may not be JSON, e.g. a resume.json)."""
        error = self.refusal(fetched, what, **reading)
        if error is not None:
            raise error
        if not fetched.usable:
            return JsonAnswer(None, fetched)
        try:
            return JsonAnswer(fetched.json(), fetched)
        except ValueError:
            if not reading.get("strict", True):
                return JsonAnswer(None, fetched)
            raise SourceError(not_json(reading.get("site") or self.info.name, what)) from None

    def refusal(
        self, fetched: Fetched, what: str, **reading: Unpack[JsonReading]
    ) -> SourceError | None:
        """The error to raise when ``fetched`` was refused or failed (rate limit, robots.txt,
        the terms, blocked, unreachable; see :func:`research.fetch.outcome.api_refusal`,
        with this source's ``key_env`` as advice unless ``keyed`` is False), or None when it
        is ok or "not there"."""
        keyed = reading.get("keyed", True)
        message = api_refusal(
            fetched,
            what,
            site=reading.get("site") or self.info.name,
            key_env=self.info.key_env if keyed else None,
            key_set=bool(self.ctx.settings.key),
            hints=reading.get("hints"),
            absent=reading.get("absent", ()),
        )
        return None if message is None else SourceError(message)

    @classmethod
    def status(cls, settings: SourceSettings) -> SourceStatus:
        if not settings.enabled:
            return "disabled"
        if cls.info.kind == "manual":
            return "manual"
        if cls.info.key_required and not settings.key:
            return "needs_key"
        return "ready"

    def accepts(self, lead: Lead) -> bool:
        """Whether :meth:`collect` can read this lead (by default: leads it found)."""
        return lead.source == self.info.id

    @abstractmethod
    async def search(self, subject: Subject) -> list[Lead]:
        """Leads that may be the subject; may be empty."""

    @abstractmethod
    async def collect(self, lead: Lead) -> Career:
        """Career facts, each with evidence, from one confirmed lead."""


@dataclass(frozen=True)
class Registered:
    id: str
    target: str
    """``module:Class`` of the entry point."""


@dataclass
class LoadProblem:
    id: str
    message: str


@dataclass
class Registry:
    """The sources installed, loaded lazily by id."""

    entries: dict[str, Registered]
    problems: list[LoadProblem] = field(default_factory=list)
    _loaded: dict[str, type[Source]] = field(default_factory=dict)

    def ids(self) -> list[str]:
        return sorted(self.entries)

    def load(self, source_id: str) -> type[Source] | None:
        """The source class, or None (and a recorded problem, once) when the plugin is
        broken: a broken plugin is not imported again."""
        if source_id in self._loaded:
            return self._loaded[source_id]
        entry = self.entries.get(source_id)
        if entry is None or any(p.id == source_id for p in self.problems):
            return None
        try:
            cls = _import_target(entry.target)
            _check_class(source_id, cls)
        except Exception as error:  # a broken plugin is reported by name, not fatal
            self.problems.append(LoadProblem(source_id, f"{type(error).__name__}: {error}"))
            return None
        self._loaded[source_id] = cls
        return cls

    def load_all(self) -> dict[str, type[Source]]:
        loaded = {}
        for source_id in self.ids():
            cls = self.load(source_id)
            if cls is not None:
                loaded[source_id] = cls
        return loaded


def _import_target(target: str) -> type[Source]:
    import importlib

    module_name, _, attr = target.partition(":")
    module = importlib.import_module(module_name)
    obj = module
    for part in attr.split("."):
        obj = getattr(obj, part)
    return obj  # type: ignore[return-value]


def _check_class(source_id: str, cls: object) -> None:
    if not (isinstance(cls, type) and issubclass(cls, Source)):
        raise TypeError(f"{cls!r} is not a runnerup Source")
    info = getattr(cls, "info", None)
    if not isinstance(info, SourceInfo):
        raise TypeError(f"{cls.__name__}.info is not a SourceInfo")
    if info.id != source_id:
        raise ValueError(f"entry point {source_id!r} names a source whose id is {info.id!r}")


def discover(only: Iterable[str] | None = None, env: Mapping[str, str] | None = None) -> Registry:
    """Find registered sources (without importing them), limited by ``only`` or
    ``RUNNERUP_SOURCES``."""
    env = os.environ if env is None else env
    wanted = {s.strip() for s in (only or []) if s.strip()}
    if not wanted and env.get(ENV_SOURCES):
        wanted = {s.strip() for s in env[ENV_SOURCES].split(",") if s.strip()}
    entries: dict[str, Registered] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if wanted and ep.name not in wanted:
            continue
        entries.setdefault(ep.name, Registered(ep.name, ep.value))
    registry = Registry(entries)
    for missing in sorted(wanted - set(entries)):
        registry.problems.append(LoadProblem(missing, "no source with this id is installed"))
    return registry


def settings_for(config: Config, cls: type[Source]) -> SourceSettings:
    return config.source(cls.info.id, cls.info.key_env)


def api_policy(config: Config, sources: Iterable[type[Source]]) -> ApiPolicy:
    """The door's :class:`~research.fetch.apis.ApiPolicy`: the documented API endpoints the
    given sources declare, each at its source's declared rate (slowed by the user's
    ``rate_multiplier``; the door drops the rates on the fixture web), and the user's
    ``[fetch] robots_for_apis``."""
    declarations = []
    for cls in sources:
        info = cls.info
        if not info.api_endpoints:
            continue
        rate = info.rate * settings_for(config, cls).rate_multiplier
        declarations.append((info.id, info.api_endpoints, rate))
    return ApiPolicy.of(declarations, robots_for_apis=config.robots_for_apis)


__all__ = [
    "ENTRY_POINT_GROUP",
    "ENV_SOURCES",
    "ApiEndpoint",
    "Canary",
    "Example",
    "Expect",
    "Fetcher",
    "JsonAnswer",
    "JsonReading",
    "LoadProblem",
    "Registered",
    "Registry",
    "Source",
    "SourceContext",
    "SourceInfo",
    "SourceKind",
    "SourceOptions",
    "SourceSettings",
    "SourceStatus",
    "api_policy",
    "discover",
    "settings_for",
]
