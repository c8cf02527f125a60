"""The lookup pipeline: discover, resolve identity, collect, read, compare, store.

``runnerup lookup`` and ``runnerup demo`` call :func:`run_lookup`. It asks every ready
source to search in parallel (one failing source never stops the lookup), clusters the
leads into candidates and passes the identity gate, collects the confirmed person's
profiles (reusing facts stored by an earlier lookup), reads the posting and the user's
resume, and builds the :class:`~research.model.Comparison`. Everything it learns is kept
in the store, one transaction at a time, so an interrupted lookup can simply be run again.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Literal, TypeVar
from urllib.parse import urlsplit

from research.config import Config
from research.doors import open_door
from research.errors import (
    EXIT_FETCH,
    NeedsConfirmation,
    RunnerupError,
    SourceError,
    UsageError,
)
from research.events import (
    CandidatesNeedChoice,
    ComparisonReady,
    Listener,
    LookupEvent,
    PageNotRead,
    PageRead,
    SourceFinished,
    SourceWorking,
    StageStarted,
    ignore,
)
from research.fetch.outcome import Outcome
from research.fetch.tagged import SourceFetcher
from research.merge import merge_careers
from research.model import (
    STATUS_WORDS,
    Candidate,
    Career,
    Comparison,
    Coverage,
    IdentityDecision,
    Lead,
    PartialDate,
    Role,
    SourceOutcome,
    Subject,
)
from research.settings import Settings
from research.source import (
    Registry,
    Source,
    SourceContext,
    SourceOptions,
    discover,
    settings_for,
)
from research.store import FetchRecord, Store

if TYPE_CHECKING:
    from research.fetch.door import Door
    from research.fetch.outcome import Provenance

_T = TypeVar("_T")
_S = TypeVar("_S")


def with_rules(comparison: Comparison, records: Sequence[Provenance]) -> Comparison:
    """The report's sources, each with the rule that let runnerup read it: the rule of the
    fetch of that very URL, else the one rule under which its source read everything (an
    API source's facts point at the profile page, but were read from the API)."""
    by_url: dict[str, str] = {}
    by_source: dict[str, set[str]] = {}
    for record in records:
        if record.outcome.value != "ok" or not record.rule:
            continue
        by_url.setdefault(record.url, record.rule)
        by_url.setdefault(record.final_url, record.rule)
        by_source.setdefault(record.source or "", set()).add(record.rule)
    refs = []
    for ref in comparison.sources:
        rule = by_url.get(ref.url or "", "")
        rules = by_source.get(ref.source, set())
        if not rule and ref.url and len(rules) == 1:
            rule = next(iter(rules))
        refs.append(ref.model_copy(update={"rule": rule}) if rule else ref)
    return comparison.model_copy(update={"sources": refs})


def refusals(records: Sequence[Provenance]) -> list[PageNotRead]:
    """The pages the door would not (or could not) read, once each, with why."""
    found: dict[str, PageNotRead] = {}
    for record in records:
        why = record.outcome.why_not_read
        if why and not record.url.endswith("/robots.txt") and record.url not in found:
            found[record.url] = PageNotRead(source=record.source or "", url=record.url, why=why)
    return list(found.values())


@dataclass(frozen=True)
class LookupRequest:
    """One lookup, as every front end asks for it (the CLI's options, the web page's form):
    who (the :class:`Subject`, with the pages the user named as ``hints``), the posting
    and resume, and how to decide. Build it with :meth:`of`, which checks the user's words
    the same way for every front end."""

    subject: Subject
    posting: str | None = None
    resume: str | None = None
    profiles: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    include_archived: bool = False
    pick: int | None = None
    yes: bool = False

    @classmethod
    def of(
        cls,
        name: str,
        employer: str,
        role: str,
        *,
        location: str | None = None,
        hire_date: str | None = None,
        hire_date_label: str = "--hire-date",
        employer_site: str | None = None,
        urls: Sequence[str] = (),
        posting: str | None = None,
        resume: str | None = None,
        profiles: Sequence[str] = (),
        sources: Sequence[str] = (),
        include_archived: bool = False,
        pick: int | None = None,
        yes: bool = False,
    ) -> LookupRequest:
        """The request for the user's words: ``hire_date`` as typed (YYYY-MM or YYYY),
        ``urls`` the pages they named (``--url``). A usage error (exit 2) for an empty
        name, a bad date (named by ``hire_date_label``: the option, or the web form's
        field), or ``pick`` with ``yes``."""
        from research.inputs import parse_hire_date

        if pick is not None and yes:
            raise UsageError("--pick and --yes do not go together", hint="Use one of them.")
        if not name.strip():
            raise UsageError("the hire's NAME is empty")
        subject = Subject(
            name=name.strip(),
            employer=employer.strip(),
            role=role.strip(),
            location=location,
            hire_date=parse_hire_date(hire_date, option=hire_date_label),
            employer_site=employer_site,
            hints=list(urls),
        )
        return cls(
            subject=subject,
            posting=posting,
            resume=resume,
            profiles=tuple(profiles),
            sources=tuple(sources),
            include_archived=include_archived,
            pick=pick,
            yes=yes,
        )

    def source_options(self, config: Config, role: Role | None) -> SourceOptions:
        """What every source is told (the one typed options object, CLI to sources)."""
        posting = self.posting or ""
        return SourceOptions(
            include_archived=self.include_archived,
            page_budget=config.page_budget,
            employer_site=self.subject.employer_site or None,
            posting_url=posting if posting.startswith(("http://", "https://")) else None,
            employer_url=(role.employer_url or None) if role is not None else None,
        )


Chooser = Callable[[Sequence[Candidate]], Candidate | None]


@dataclass
class LookupResult:
    lookup_id: int
    comparison: Comparison
    outcomes: list[SourceOutcome]
    decision: IdentityDecision


class NothingFound(RunnerupError):
    """No candidate at all: nothing to compare."""

    def __init__(
        self,
        name: str,
        outcomes: list[SourceOutcome],
        *,
        message: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(
            message or f"No public profile of {name} was found by the sources that may be read.",
            hint=hint
            or (
                "Give runnerup a page you know is theirs with --url URL, or a profile you "
                "saved yourself (for example LinkedIn's 'Save to PDF') with --profile FILE."
            ),
        )
        self.outcomes = outcomes


class NothingReachable(NothingFound):
    """No site could be reached at all (offline, a proxy): exit 5, a fetch problem."""

    exit_code = EXIT_FETCH


class NeedsChoice(NeedsConfirmation):
    """Several candidates and no permission to pick: the CLI lists them and exits 3."""

    def __init__(self, reason: str, candidates: Sequence[Candidate], lookup_id: int) -> None:
        super().__init__(
            f"runnerup is not sure which person is the hire: {reason}.",
            hint=(
                "Look at the candidates above and run again with --pick N, or interactively "
                "(without --yes) to choose."
            ),
        )
        self.candidates = list(candidates)
        self.lookup_id = lookup_id


def _classify(
    source_id: str, leads: list[Lead], fetcher: SourceFetcher, mark: int
) -> SourceOutcome:
    """A source's search outcome, from its leads and its own fetcher's records since
    ``mark`` (never another source's: sources search at the same time)."""
    if leads:
        return SourceOutcome(source=source_id, status="found", found=len(leads))
    refused = fetcher.refusal_since(mark)
    if refused is None:
        return SourceOutcome(source=source_id, status="nothing")
    outcome = refused.outcome
    why = "the site's terms forbid it: " if outcome is Outcome.FORBIDDEN_BY_TERMS else ""
    return SourceOutcome(source=source_id, status=outcome.user_status, detail=f"{why}{refused.url}")


class Pipeline:
    """One lookup: holds the door, the sources and the store for its duration."""

    def __init__(
        self,
        request: LookupRequest,
        *,
        settings: Settings,
        config: Config,
        store: Store,
        door: Door,
        listen: Listener,
        choose: Chooser | None,
        registry: Registry | None = None,
    ) -> None:
        self.request = request
        self.subject = request.subject
        self.settings = settings
        self.config = config
        self.store = store
        self.door = door
        self.listen = listen
        self.choose = choose
        self.registry = registry or discover(request.sources or None)
        self.sources: dict[str, Source] = {}
        self.fetchers: dict[str, SourceFetcher] = {}
        """Each source's own fetcher: its records classify its outcome."""
        self.outcomes: dict[str, SourceOutcome] = {}
        self.lookup_id = 0
        self.notes: list[str] = []
        self._logged = 0

    # outcomes ----------------------------------------------------------------------

    def record(self, outcome: SourceOutcome) -> None:
        """Keep a source's outcome and show it: the progress lines, the outcome table and
        the report's coverage all come from these records, so they cannot disagree (the
        last progress line of a source is its row in the table)."""
        if self.outcomes.get(outcome.source) == outcome:
            return
        self.outcomes[outcome.source] = outcome
        self.listen(SourceFinished(outcome))

    def not_read(self, page: PageNotRead) -> None:
        """A page that will not be read: a note in the report, and an event, once."""
        note = f"Not read: {page.url} ({page.why})."
        if note not in self.notes:
            self.notes.append(note)
            self.listen(page)

    def _tally_reads(self, read: dict[str, int]) -> None:
        """After collection: how many pages each source read career facts from."""
        for source_id, count in sorted(read.items()):
            if not count:
                continue
            before = self.outcomes.get(source_id) or SourceOutcome(
                source=source_id, status="nothing"
            )
            update: dict[str, object] = {"read": count}
            if before.status not in ("found", "manual"):
                update["status"] = "read"
                if before.status != "nothing":  # keep why its own search came back empty
                    words = STATUS_WORDS[before.status]
                    update["detail"] = f"its search: {words} {before.detail}".strip()
            self.record(before.model_copy(update=update))

    # set-up ------------------------------------------------------------------------

    def _load_sources(self, role: Role | None) -> None:
        options = self.request.source_options(self.config, role)
        for source_id in self.registry.ids():
            cls = self.registry.load(source_id)
            if cls is None:
                continue
            source_settings = settings_for(self.config, cls)
            status = cls.status(source_settings)
            if status in ("needs_key", "disabled"):
                detail = (
                    f"set {cls.info.key_env}" if status == "needs_key" and cls.info.key_env else ""
                )
                self.record(SourceOutcome(source=source_id, status=status, detail=detail))
                continue
            fetcher = SourceFetcher(
                self.door, source_id, cls.info.rate * source_settings.rate_multiplier
            )
            ctx = SourceContext(fetcher=fetcher, settings=source_settings, options=options)
            self.fetchers[source_id] = fetcher
            self.sources[source_id] = cls(ctx)
        for problem in self.registry.problems:
            self.record(SourceOutcome(source=problem.id, status="failed", detail=problem.message))

    # stages ------------------------------------------------------------------------

    async def read_posting(self) -> Role:
        from research.inputs import load_posting, posting_note

        posting = self.request.posting
        if not posting:
            return Role(title=self.subject.role, employer=self.subject.employer)
        self.listen(StageStarted(f"Reading the posting {posting}"))
        role = await load_posting(posting, self.door)
        updates: dict[str, object] = {}
        if not role.title:
            updates["title"] = self.subject.role
        if not role.employer:
            updates["employer"] = self.subject.employer
        role = role.model_copy(update=updates) if updates else role
        if note := posting_note(role):
            self.notes.append(note)
        return role

    async def _search_one(self, source_id: str, source: Source) -> list[Lead]:
        self.listen(SourceWorking(source_id, "searching"))
        fetcher = self.fetchers[source_id]
        mark = fetcher.mark()
        try:
            leads = await source.search(self.subject)
        except SourceError as error:
            outcome = SourceOutcome(source=source_id, status="failed", detail=error.message)
            leads = []
        except Exception as error:  # one failing source never stops the lookup
            outcome = SourceOutcome(
                source=source_id, status="failed", detail=f"{type(error).__name__}: {error}"
            )
            leads = []
        else:
            outcome = _classify(source_id, leads, fetcher, mark)
        if source.info.kind == "manual" and not leads:
            outcome = SourceOutcome(
                source=source_id, status="manual", detail="reads files given with --profile"
            )
        self.record(outcome)
        return leads

    def _fallback(self) -> Source | None:
        """The source that reads any page nobody more specialised takes (``fallback``)."""
        return next((s for s in self.sources.values() if s.fallback), None)

    def _hint_leads(self) -> list[Lead]:
        """The pages the user named with ``--url``, as leads of the fallback source."""
        fallback = self._fallback()
        leads = []
        for url in self.subject.hints:
            if not url.startswith(("http://", "https://")):
                continue
            leads.append(
                Lead(
                    url=url,
                    source=fallback.info.id if fallback is not None else "",
                    title="given with --url",
                    name=self.subject.name,
                    fetchable=self.door.would_fetch(url),
                    extra={"given_by_user": "yes"},
                )
            )
        return leads

    async def discover(self) -> list[Lead]:
        self.listen(StageStarted("Searching the sources"))
        searchable = [(i, s) for i, s in self.sources.items() if s.info.kind != "manual"]
        hinted = self._hint_leads()
        warming = self._warm_robots(hinted)
        self._start_browser_for(hinted)

        async def search(source_id: str, source: Source) -> list[Lead]:
            leads = await self._search_one(source_id, source)
            warming.extend(self._warm_robots(leads))
            self._start_browser_for(leads)
            return leads

        results = await asyncio.gather(*(search(i, s) for i, s in searchable))
        for source_id, source in self.sources.items():
            if source.info.kind == "manual":
                detail = (
                    "files given with --profile"
                    if self.request.profiles
                    else "reads files you saved yourself; give them with --profile"
                )
                self.record(
                    SourceOutcome(
                        source=source_id,
                        status="manual",
                        read=len(self.request.profiles),
                        detail=detail,
                    )
                )
        leads = [lead for batch in results for lead in batch] + hinted
        unique: dict[tuple[str, str], Lead] = {}
        for lead in leads:
            unique.setdefault((lead.source, lead.url), lead)
        await asyncio.gather(*warming, return_exceptions=True)
        return list(unique.values())

    def resolve(self, leads: list[Lead], role: Role) -> tuple[Candidate | None, IdentityDecision]:
        from research.identity import cluster, decide

        reference = PartialDate.of(role.date_posted) if role.date_posted else None
        candidates = cluster(self.subject, leads, reference=reference)
        result = decide(candidates, pick=self.request.pick, yes=self.request.yes)
        decided_by: Literal["pick", "auto", "prompt"] = (
            "pick" if self.request.pick is not None else "auto"
        )
        chosen = result.chosen
        if chosen is None and result.needs_confirmation:
            if self.choose is not None:
                self.listen(CandidatesNeedChoice(tuple(candidates)))
                chosen = self.choose(candidates)
                decided_by = "prompt"
                if chosen is None:
                    raise NeedsChoice("none of the candidates was chosen", candidates, 0)
            else:
                raise NeedsChoice(result.reason, candidates, 0)
        decision = replace(result, chosen=chosen).decision(decided_by)
        self.store.add_candidates(self.lookup_id, candidates, chosen.id if chosen else None)
        return chosen, decision

    def _taker(self, lead: Lead) -> Source | None:
        """The source that would read a lead: its own, else a specialised one (mastodon,
        jsonresume...), else the fallback source (any web page)."""
        own = self.sources.get(lead.source)
        takers = [own] if own is not None else []
        takers += [s for i, s in self.sources.items() if i != lead.source and not s.fallback]
        takers += [s for i, s in self.sources.items() if i != lead.source and s.fallback]
        return next((t for t in takers if t.accepts(lead)), None)

    def _page_reader(self, lead: Lead) -> Source | None:
        """The source that would read ``lead`` as a web page (under robots.txt, not
        through a documented API), or None."""
        taker = self._taker(lead) if lead.fetchable else None
        return taker if taker is not None and taker.info.kind == "html" else None

    async def check_readable(self, leads: list[Lead]) -> list[Lead]:
        """Before identity: a lead whose page would be read as a web page (not through a
        documented API) and that robots.txt or the site's terms refuse is marked
        ``fetchable=False``, so it never counts as a site that agrees, and the report
        says it was not read. Only robots.txt is fetched for this, never the page."""

        async def one(lead: Lead) -> Lead:
            taker = self._page_reader(lead)
            if taker is None:
                return lead
            check = await self.door.check(lead.url)
            if check.allowed:
                return lead
            why = check.because or "runnerup may not read it"
            self.not_read(PageNotRead(taker.info.id, lead.url, why))
            extra = {**lead.extra, "not_read": check.reason}
            return lead.model_copy(update={"fetchable": False, "extra": extra})

        return list(await asyncio.gather(*(one(lead) for lead in leads)))

    def _collect_plan(self, chosen: Candidate, seen: set[str]) -> list[tuple[Source, Lead]]:
        """What to read for the chosen person, and with which source; ``seen`` (URLs
        already planned) is updated, so a later plan never reads a page twice."""
        plan: list[tuple[Source, Lead]] = []

        def add(lead: Lead) -> None:
            # http:// and https:// of one page are one page
            key = lead.url.split("://", 1)[-1].rstrip("/")
            if key in seen or not lead.fetchable:
                return
            taker = self._taker(lead)
            if taker is not None:
                seen.add(key)
                plan.append((taker, lead.model_copy(update={"source": taker.info.id})))

        for lead in chosen.leads:
            add(lead)
        for lead in chosen.leads:
            for link in lead.links:
                if not link.startswith(("http://", "https://")):
                    continue
                # no owner: specialised sources (mastodon, jsonresume...) get it before the
                # fallback
                add(
                    Lead(
                        url=link, source="", name=chosen.name, fetchable=self.door.would_fetch(link)
                    )
                )
        return plan

    async def _collect_one(self, source: Source, lead: Lead) -> Career | None:
        source_id = source.info.id
        max_age = timedelta(days=max(1, self.config.retention_days))
        cached = self.store.recent_facts(self.subject, source_id, lead.url, max_age)
        if cached is not None:
            self.listen(PageRead(source_id, lead.url, reused=True))
            return cached
        self.listen(PageRead(source_id, lead.url))
        try:
            career = await source.collect(lead)
        except Exception as error:  # a failing collect loses that page, not the lookup
            self.listen(PageNotRead(source_id, lead.url, str(error)))
            return None
        self.store.save_facts(self.lookup_id, self.subject, source_id, lead.url, career)
        self._flush_log()
        return career

    async def follow_links(self, chosen: Candidate) -> AsyncIterator[list[Lead]]:
        """Search again in the sources that start from a person's own site or handle
        (archived CVs, resume.json, a Mastodon account), with the confirmed person's own
        links as hints: the links their profiles declare (homepage, blog, sameAs) and pages
        read as theirs, never the platforms or third-party pages they were found on.

        All the searches start at once; each source's new finds come out in the sources'
        order, as soon as its search and those before it are done, so they can be read
        while the later ones still search (and the same finds always go to the same
        source)."""
        followers = [(i, s) for i, s in self.sources.items() if s.follows_links]
        if not followers:
            return
        links = [link for lead in chosen.leads for link in lead.links]
        fallback = self._fallback()
        fallback_id = fallback.info.id if fallback is not None else None
        links += [
            lead.url for lead in chosen.leads if lead.source == fallback_id and lead.fetchable
        ]
        hints = list(dict.fromkeys([*self.subject.hints, *links]))
        subject = self.subject.model_copy(update={"hints": hints})
        known = {lead.url for lead in chosen.leads}

        async def one(source: Source) -> list[Lead]:
            try:
                return await source.search(subject)
            except Exception:  # the first round already reported this source's trouble
                return []

        searches = [asyncio.ensure_future(one(s)) for _, s in followers]
        try:
            for (source_id, _), search in zip(followers, searches, strict=True):
                fresh = [lead for lead in await search if lead.url not in known]
                known.update(lead.url for lead in fresh)
                if not fresh:
                    continue
                before = self.outcomes.get(source_id)
                found = (before.found if before and before.status == "found" else 0) + len(fresh)
                self.record(
                    SourceOutcome(
                        source=source_id,
                        status="found",
                        found=found,
                        detail="from the hire's links",
                    )
                )
                self.store.add_leads(self.lookup_id, fresh)
                yield fresh
        finally:
            for search in searches:
                search.cancel()

    async def _follow_and_collect(
        self, chosen: Candidate, seen: set[str]
    ) -> list[tuple[str, Career | None]]:
        """The follow-up searches, each source's finds read as soon as they come."""
        reading: list[asyncio.Future[list[tuple[str, Career | None]]]] = []
        try:
            async for fresh in self.follow_links(chosen):
                plan = self._collect_plan(chosen.model_copy(update={"leads": fresh}), seen)
                reading.append(asyncio.ensure_future(self._read_plan(plan)))
            batches = await asyncio.gather(*reading)
        finally:
            for task in reading:
                task.cancel()
        return [pair for batch in batches for pair in batch]

    async def collect(self, chosen: Candidate) -> Career:
        """Read the chosen person's pages; the follow-up searches run at the same time and
        their finds are read as they come."""
        self.listen(StageStarted(f"Collecting the career of {chosen.name}"))
        marks = {i: f.mark() for i, f in self.fetchers.items()}
        seen: set[str] = set()
        # the chosen person's own pages are planned before any follow-up find can claim
        # one; the follow-up searches (chains: a find leads to more pages) ask first
        plan = self._collect_plan(chosen, seen)
        more, first = await asyncio.gather(
            self._follow_and_collect(chosen, seen), self._read_plan(plan)
        )
        for page in refusals(self._records_since(marks)):
            self.not_read(page)
        read: dict[str, int] = {}
        for source_id, career in [*first, *more]:
            if career is not None and not career.is_empty():
                read[source_id] = read.get(source_id, 0) + 1
        self._tally_reads(read)
        return merge_careers([c for _, c in [*first, *more] if c is not None])

    def _records_since(self, marks: dict[str, int]) -> list[Provenance]:
        """The sources' own fetches since ``marks``, in the order they were made."""
        records = [p for i, f in self.fetchers.items() for p in f.since(marks.get(i, 0))]
        return sorted(records, key=lambda p: p.fetched_at)

    def read_profiles(self) -> list[Career]:
        """The ``--profile`` files; several go through identity first, and files that are
        not one person stop the lookup (:class:`~research.inputs.ProfilesNeedChoice`,
        exit 3) instead of being merged."""
        from research.inputs import hire_from_profiles, load_career

        careers = [load_career(path) for path in self.request.profiles]
        if len(careers) < 2:
            return careers
        hire = hire_from_profiles(
            self.subject,
            list(zip(self.request.profiles, careers, strict=True)),
            yes=self.request.yes,
            pick_hint=False,
        )
        return [hire.career]

    def read_resume(self) -> Career | None:
        from research.inputs import load_career

        if not self.request.resume:
            return None
        self.listen(StageStarted(f"Reading your resume {self.request.resume}"))
        return load_career(self.request.resume)

    def _flush_log(self) -> None:
        records = self.door.log[self._logged :]
        self._logged += len(records)
        self.store.log_fetches(
            self.lookup_id,
            [
                FetchRecord(
                    url=p.url,
                    final_url=p.final_url,
                    outcome=p.outcome.value,
                    status=p.status,
                    robots=p.robots,
                    sha256=p.sha256,
                    source=p.source,
                    fetched_at=p.fetched_at,
                    from_cache=p.from_cache,
                    rule=p.rule,
                )
                for p in records
            ],
        )

    def _nothing_found(self) -> NothingFound:
        """Nobody found: because no site could be reached at all, or really nobody."""
        log = self.door.log
        reached = any(p.outcome.value not in ("unreachable",) for p in log)
        if log and not reached:
            hosts = sorted({urlsplit(p.url).hostname or "" for p in log})
            return NothingReachable(
                self.subject.name,
                self.ordered_outcomes(),
                message=(
                    f"runnerup could not reach any of the {len(hosts)} sites it tried "
                    f"({', '.join(hosts[:4])}{', ...' if len(hosts) > 4 else ''}), "
                    "so it could not look for "
                    f"{self.subject.name}."
                ),
                hint="Check your internet connection (or proxy) and run the lookup again.",
            )
        return NothingFound(self.subject.name, self.ordered_outcomes())

    def ordered_outcomes(self) -> list[SourceOutcome]:
        return [self.outcomes[k] for k in sorted(self.outcomes)]

    async def run(self) -> LookupResult:
        from research.compare import compare

        inputs = {
            "posting": self.request.posting,
            "resume": self.request.resume,
            "urls": list(self.subject.hints),
            "profiles": list(self.request.profiles),
            "sources": list(self.request.sources),
        }
        self.lookup_id = self.store.start_lookup(self.subject, inputs)
        try:
            # the resume is a local file: read in a thread while the web is asked
            reading = await self._in_thread(self.read_resume)
            (profiles, role, leads), you = await self._alongside(self._until_identity(), reading)
            self.store.add_leads(self.lookup_id, leads)
            self._flush_log()
            if leads:
                try:
                    chosen, decision = self.resolve(leads, role)
                except NeedsChoice as needs:
                    needs.lookup_id = self.lookup_id
                    self.store.add_candidates(self.lookup_id, needs.candidates, None)
                    self.store.finish_lookup(
                        self.lookup_id, "needs_confirmation", detail=needs.message
                    )
                    raise
            else:
                chosen, decision = None, IdentityDecision(note="no candidates were found")
            careers: list[Career] = list(profiles)
            if chosen is not None:
                careers.append(await self.collect(chosen))
            elif profiles:
                decision = IdentityDecision(decided_by="files", note="profiles given by the user")
            if chosen is None and not profiles:
                raise self._nothing_found()
            hire = merge_careers(careers)
            if not hire.name:
                hire = hire.model_copy(update={"name": self.subject.name})
            self.listen(StageStarted("Comparing"))
            comparison = compare(
                role,
                you,
                hire,
                self.subject,
                identity=decision,
                coverage=Coverage(sources=self.ordered_outcomes(), notes=self.notes),
            )
            comparison = with_rules(comparison, self.door.log)
            self._flush_log()
            self.store.finish_lookup(self.lookup_id, "done", comparison=comparison)
            self.listen(ComparisonReady(self.lookup_id, comparison))
            return LookupResult(self.lookup_id, comparison, self.ordered_outcomes(), decision)
        except NeedsChoice:
            raise
        except NothingFound as error:
            self._flush_log()
            self.store.finish_lookup(self.lookup_id, "nothing_found", detail=error.message)
            raise
        except RunnerupError as error:
            self._flush_log()
            self.store.finish_lookup(self.lookup_id, "failed", detail=error.message)
            raise
        except (KeyboardInterrupt, asyncio.CancelledError):
            self.store.finish_lookup(self.lookup_id, "interrupted")
            raise

    # overlap -----------------------------------------------------------------------

    async def _until_identity(self) -> tuple[list[Career], Role, list[Lead]]:
        """The profiles given, the posting, and every lead, checked: what identity needs."""
        profiles = self.read_profiles()
        role = await self.read_posting()
        self._load_sources(role)
        leads = await self.check_readable(await self.discover())
        return profiles, role, leads

    async def _in_thread(self, read: Callable[[], _T]) -> asyncio.Future[_T]:
        """Start ``read`` in a worker thread; return once it has told the listener its
        first event (or ended), so the progress still reads in stage order. Its events
        reach the listener on the event loop's thread, in the order it told them."""
        loop = asyncio.get_running_loop()
        listen, home, told = self.listen, threading.get_ident(), asyncio.Event()

        def deliver(event: LookupEvent) -> None:
            listen(event)
            told.set()

        def relay(event: LookupEvent) -> None:
            if threading.get_ident() == home:
                listen(event)
            else:
                loop.call_soon_threadsafe(deliver, event)

        self.listen = relay
        future = asyncio.ensure_future(asyncio.to_thread(read))
        future.add_done_callback(lambda _: told.set())
        await told.wait()
        return future

    async def _alongside(self, work: Awaitable[_T], side: asyncio.Future[_S]) -> tuple[_T, _S]:
        """``work`` while ``side`` goes on, both results. ``side`` was asked first: its
        error stops ``work`` at once, and wins when both fail."""
        task = asyncio.ensure_future(work)
        both: set[asyncio.Future[Any]] = {task, side}
        try:
            await asyncio.wait(both, return_when=asyncio.FIRST_EXCEPTION)
            if not side.done() or side.exception() is None:
                await asyncio.wait(both)  # when the work fails, the side may still fail first
            error = side.exception()
            if error is not None:
                task.cancel()
                await asyncio.wait({task})
                if not task.cancelled():
                    task.exception()  # retrieved: the side's error is the one shown
                raise error
            return task.result(), side.result()
        finally:
            if not task.done():  # cancelled from outside (Ctrl-C): stop the work too
                task.cancel()

    def _warm_robots(self, leads: list[Lead]) -> list[asyncio.Future[object]]:
        """Ask robots.txt for the leads :meth:`check_readable` will check, as soon as a
        source found them: the answers are cached, so identity can be decided right after
        the last search, and a confirmed person's first page need not wait behind its
        site's robots.txt. Nothing is shown here (the check says what it refuses)."""
        return [
            asyncio.ensure_future(self.door.check(lead.url))
            for lead in leads
            if self._page_reader(lead) is not None
        ]

    def _start_browser_for(self, leads: list[Lead]) -> None:
        """Start Chromium while the search goes on when a JavaScript page is likely among
        the pages to read: a site of the person's own that would be read as a web page
        (a page given with --url, or a link a profile declares: homepages and portfolios
        are where pages built by scripts are found). The first render then need not wait
        for the browser to start; without a usable browser nothing happens."""
        for lead in leads:
            urls = [lead.url] if lead.extra.get("given_by_user") else []
            for url in [*urls, *lead.links]:
                if not url.startswith(("http://", "https://")) or not self.door.would_fetch(url):
                    continue
                if self._page_reader(Lead(url=url, source="", name=lead.name)) is not None:
                    self.door.start_browser()
                    return

    async def _read_plan(self, plan: list[tuple[Source, Lead]]) -> list[tuple[str, Career | None]]:
        careers = await asyncio.gather(*(self._collect_one(s, lead) for s, lead in plan))
        return [(s.info.id, c) for (s, _), c in zip(plan, careers, strict=True)]


def purge_expired(store: Store, settings: Settings, config: Config) -> None:
    """Retention: drop what is older than ``retention_days``, cached pages included."""
    from research.fetch import forget_urls

    purged = store.purge_expired(config.retention_days)
    if purged.urls:
        forget_urls(settings.cache_dir, purged.urls)


async def run_lookup(
    request: LookupRequest,
    *,
    settings: Settings,
    config: Config,
    listen: Listener = ignore,
    choose: Chooser | None = None,
    door: Door | None = None,
) -> LookupResult:
    """Run one lookup end to end, telling ``listen`` what happens (:mod:`research.events`).
    ``choose`` is the front end's answer when identity is not certain; without it the lookup
    raises :class:`NeedsChoice` (exit 3). :class:`NothingFound` when there is nobody to
    compare with."""
    with Store(settings.store_path) as store:
        purge_expired(store, settings, config)
        registry = discover(request.sources or None)
        own_door = door or open_door(settings, config, registry.load_all().values())
        async with own_door:
            pipeline = Pipeline(
                request,
                settings=settings,
                config=config,
                store=store,
                door=own_door,
                listen=listen,
                choose=choose,
                registry=registry,
            )
            return await pipeline.run()


def preload() -> None:
    """Import now what a lookup imports when it first needs it (the readers, the
    comparison, the report, every installed source), so a long-running front end's first
    lookup starts as fast as the next; the CLI's one-shot commands skip this."""
    import research.compare
    import research.inputs
    import research.read
    import research.report  # noqa: F401

    discover().load_all()


__all__ = [
    "Chooser",
    "LookupRequest",
    "LookupResult",
    "NeedsChoice",
    "NothingFound",
    "NothingReachable",
    "Pipeline",
    "preload",
    "purge_expired",
    "refusals",
    "run_lookup",
    "with_rules",
]
