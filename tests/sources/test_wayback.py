"""The ``wayback`` source: golden CDX parsing, live-first choice, include_archived, refusals,
and the requests it makes (the CDX API's documented query form).

Golden files: ``golden/wayback/<case>.input.json`` (a CDX JSON answer) and
``<case>.captures.expected.json``; ``RUNNERUP_UPDATE_GOLDEN=1`` rewrites the expected files.
"""

from __future__ import annotations

import asyncio
import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from research.errors import SourceError
from research.model import Career, Evidence, Experience, Lead, Method, Subject
from research.source import Example, Expect, SourceContext
from research.testing import check_golden
from sources.wayback import (
    Capture,
    WaybackSource,
    capture_of,
    cdx_url,
    is_cv_named,
    mark_archived,
    parse_captures,
    site_prefix,
    site_prefixes,
)

GOLDEN = Path(__file__).parent / "golden" / "wayback"
# a phone fragment, never digits inside a timestamp (fetched_at carries microseconds)
CONTACT = re.compile(r"@ada-okafor\.test|(?<![\d.:-])(?:555|0142)(?!\d)", re.IGNORECASE)
REMOVED = "https://ada-okafor.test/cv/ada-okafor-cv-2021.pdf"
REMOVED_REPLAY = "https://web.archive.org/web/20210315093000/" + REMOVED
LATEST_REPLAY = "https://web.archive.org/web/20230902071500/" + REMOVED
"""The removed CV's latest capture: a 2023 ``warc/revisit`` row (unchanged since 2021)."""
LIVE = "https://ada-okafor.test/ada-okafor-cv.pdf"
BASE = "https://web.archive.org"


def _dump(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return [_dump(v) for v in value]
    if isinstance(value, Capture):
        return {
            "original": value.original,
            "timestamp": value.timestamp,
            "mimetype": value.mimetype,
            "cv_named": value.cv_named,
        }
    return value


@pytest.mark.parametrize("case", ["cdx-ada-okafor-named", "cdx-ada-okafor-documents", "cdx-mixed"])
def test_golden_captures(case: str) -> None:
    data = json.loads((GOLDEN / f"{case}.input.json").read_text(encoding="utf-8"))
    check_golden(GOLDEN / f"{case}.captures.expected.json", _dump(parse_captures(data)))


def test_parse_captures_rules() -> None:
    data = json.loads((GOLDEN / "cdx-mixed.input.json").read_text(encoding="utf-8"))
    captures = parse_captures(data)
    originals = [c.original for c in captures]
    # CV-named first (newest first), then other documents; the latest 200 of each URL only
    assert originals == [
        "https://ada-okafor.test/cv/",
        "https://ada-okafor.test/Lebenslauf.docx",
        "https://ada-okafor.test/papers/fleet-sim.pdf",
    ]
    assert captures[0].timestamp == "20200607080910"  # the 2022 capture was a 404
    assert captures[0].captured == "2020-06-07" and captures[0].filename == "index.html"
    assert not captures[2].cv_named
    assert parse_captures([]) == [] and parse_captures({"x": 1}) == []
    assert parse_captures([["urlkey"], ["a"]]) == []


@pytest.mark.parametrize(
    ("url", "named"),
    [
        ("https://a.test/cv/", True),
        ("https://a.test/ada-okafor-cv.pdf", True),
        ("https://a.test/Resume.PDF", True),
        ("https://a.test/files/lebenslauf_2020.docx", True),
        ("https://a.test/curriculum-vitae.html", True),
        ("https://a.test/services", False),
        ("https://a.test/cvs-tips.html", False),
        ("https://a.test/resumes-are-hard/", False),
    ],
)
def test_is_cv_named(url: str, named: bool) -> None:
    assert is_cv_named(url) is named


def test_site_prefixes() -> None:
    assert site_prefix("https://ada-okafor.test/") == "ada-okafor.test/*"
    assert site_prefix("https://www.ada-okafor.test") == "ada-okafor.test/*"
    assert site_prefix("https://uni.test/~ada/index.html") == "uni.test/~ada/*"
    assert site_prefix("https://uni.test/~ada") == "uni.test/*"
    assert site_prefix("https://github.com/adaokafor") is None
    assert site_prefix("https://gist.github.com/adaokafor") is None
    assert site_prefix("github:adaokafor") is None
    assert site_prefix("ada@ada-okafor.test") is None
    assert site_prefix("https://user@ada-okafor.test/") is None
    hints = ["https://ada-okafor.test/", "https://ada-okafor.test/about", "@ada@mastodon.test"]
    assert site_prefixes(hints) == ["ada-okafor.test/*"]


def test_cdx_url_is_the_documented_form() -> None:
    url = cdx_url(BASE, "ada-okafor.test/*", "named")
    parts = urlsplit(url)
    assert parts.path == "/cdx/search/cdx"
    assert parse_qsl(parts.query) == [
        ("url", "ada-okafor.test/*"),
        ("output", "json"),
        ("filter", "statuscode:200"),
        ("filter", "urlkey:.*(cv|resume|lebenslauf|curriculum|vita).*"),
        ("collapse", "urlkey"),
        ("limit", "100"),
    ]
    documents = dict(parse_qsl(urlsplit(cdx_url(BASE, "a.test/*", "documents")).query))
    assert documents["filter"].startswith("mimetype:(application/pdf|")


def test_capture_of_and_accepts() -> None:
    source = WaybackSource(SourceContext(fetcher=None))  # type: ignore[arg-type]
    from_url = Lead(url=REMOVED_REPLAY, source="websearch")
    capture = capture_of(from_url)
    assert capture is not None and capture.original == REMOVED
    assert capture.raw_url() == "https://web.archive.org/web/20210315093000id_/" + REMOVED
    assert capture.captured_at == datetime(2021, 3, 15, 9, 30, tzinfo=UTC)
    live = Lead(url=LIVE, source="wayback", extra={"live": "yes", "captured": "2024-04-10"})
    assert source.accepts(from_url) and not source.accepts(live)
    assert not source.accepts(Lead(url="https://ada-okafor.test/", source="webpage"))
    assert not source.accepts(Lead(url="https://web.archive.org/web/2021/x", source="websearch"))


def test_mark_archived() -> None:
    evidence = Evidence(source="wayback", url=REMOVED_REPLAY, method=Method.PDF)
    career = Career(experiences=[Experience(employer="Brightwave", evidence=[evidence])])
    at = datetime(2021, 3, 15, 9, 30, tzinfo=UTC)
    marked = mark_archived(career, at).experiences[0].evidence[0]
    assert marked.archived_at == at and marked.method is Method.ARCHIVE


# -- on the fixture web ----------------------------------------------------------------------


def _search(*hints: str) -> Example:
    subject = Subject(name="Ada Okafor", hints=list(hints))
    return Example("adhoc", ("web.archive.org",), Expect(), subject=subject)


def _collect(lead: Lead, **options: Any) -> Example:
    return Example("adhoc", ("web.archive.org",), Expect(), lead=lead, options=options)


async def test_search_requests_and_live_first(source_tester: Any) -> None:
    run = await source_tester.run(WaybackSource, _search("https://ada-okafor.test/"))
    cdx = [r for r in run.pages if r.startswith("web.archive.org/")]
    # two queries find the URLs, one more asks for the gone URL's latest capture
    assert len(cdx) == 3 and all(r.startswith("web.archive.org/cdx/search/cdx?") for r in cdx)
    named, documents, latest = (dict(parse_qsl(r.split("?", 1)[1])) for r in cdx)
    assert latest == {
        "url": REMOVED,
        "output": "json",
        "filter": "!statuscode:[345]..",
        "limit": "-1",
    }
    assert named["url"] == "ada-okafor.test/*" and named["output"] == "json"
    assert named["filter"].startswith("urlkey:") and documents["filter"].startswith("mimetype:")
    assert named["collapse"] == "urlkey"
    # the live URLs are checked; the archive is never replayed during search
    assert "ada-okafor.test/ada-okafor-cv.pdf" in run.pages
    assert "ada-okafor.test/cv/ada-okafor-cv-2021.pdf" in run.pages
    assert not [r for r in run.pages if r.startswith("web.archive.org/web/")]
    by_url = {lead.url: lead for lead in run.leads}
    assert set(by_url) == {LIVE, LATEST_REPLAY, "https://ada-okafor.test/resume.json"}
    assert by_url[LIVE].extra["live"] == "yes" and "archived_only" not in by_url[LIVE].extra
    removed = by_url[LATEST_REPLAY]
    assert removed.extra["archived_only"] == "yes" and removed.extra["captured"] == "2023-09-02"
    assert removed.extra["mimetype"] == "application/pdf"  # not the revisit row's type
    assert "--include-archived" in removed.snippet
    for call in run.calls:
        assert call.source == "wayback" and call.min_interval == WaybackSource.info.rate


async def test_platform_hints_are_not_looked_up(source_tester: Any) -> None:
    run = await source_tester.run(
        WaybackSource, _search("https://github.com/adaokafor", "github:adaokafor")
    )
    assert run.leads == [] and run.requested == []


async def test_collect_reads_the_removed_cv_with_include_archived(source_tester: Any) -> None:
    lead = Lead(url=REMOVED_REPLAY, source="wayback")
    run = await source_tester.run(WaybackSource, _collect(lead, include_archived=True))
    assert run.pages == [
        "ada-okafor.test/cv/ada-okafor-cv-2021.pdf",
        "web.archive.org/web/20210315093000id_/" + REMOVED,
    ]
    career = run.career
    assert [e.employer for e in career.experiences] == ["Tessellate Labs", "Brightwave"]
    assert [e.title for e in career.experiences] == [
        "Senior Software Engineer",
        "Software Engineer",
    ]
    assert [str(e.start) for e in career.experiences] == ["2019-05", "2015-09"]
    assert str(career.experiences[1].end) == "2019-04"
    assert [e.institution for e in career.education] == [
        "University of Lakeside",
        "University of Ibadan",
    ]
    every = career.all_evidence()
    assert every and all(e.method is Method.ARCHIVE for e in every)
    assert all(e.archived_at == datetime(2021, 3, 15, 9, 30, tzinfo=UTC) for e in every)
    assert all(e.url == REMOVED_REPLAY and e.fetched_at is not None for e in every)
    assert not CONTACT.search(career.model_dump_json())


async def test_collect_without_include_archived_asks_nothing(source_tester: Any) -> None:
    lead = Lead(url=REMOVED_REPLAY, source="wayback", extra={"archived_only": "yes"})
    run = await source_tester.run(WaybackSource, _collect(lead))
    assert run.career.is_empty() and run.requested == []


async def test_collect_prefers_a_live_page(source_tester: Any) -> None:
    lead = Lead(url="https://web.archive.org/web/20240410120000/" + LIVE, source="websearch")
    run = await source_tester.run(WaybackSource, _collect(lead, include_archived=True))
    assert run.career.is_empty()
    assert run.pages == ["ada-okafor.test/ada-okafor-cv.pdf"]


async def test_collect_missing_capture_is_empty(source_tester: Any) -> None:
    lead = Lead(
        url="https://web.archive.org/web/20200101000000/https://ada-okafor.test/cv/old.pdf",
        source="wayback",
        extra={"archived_only": "yes"},
    )
    run = await source_tester.run(WaybackSource, _collect(lead, include_archived=True))
    assert run.career.is_empty()
    assert run.pages == ["web.archive.org/web/20200101000000id_/https://ada-okafor.test/cv/old.pdf"]


# -- refusals (canned answers) ----------------------------------------------------------------


def _cdx_routes(fake_fetcher: Any, answer: Any) -> None:
    for what in ("named", "documents"):
        fake_fetcher.routes[cdx_url(BASE, "ada-okafor.test/*", what)] = answer


async def test_cdx_refusals_raise(fake_fetcher: Any, make_fetched: Any) -> None:
    source = WaybackSource(SourceContext(fake_fetcher))
    subject = Subject(name="Ada Okafor", hints=["https://ada-okafor.test/"])
    _cdx_routes(fake_fetcher, make_fetched("cdx", status=429, headers={"Retry-After": "30"}))
    with pytest.raises(SourceError, match="The Wayback Machine's rate limit is reached"):
        await source.search(subject)
    _cdx_routes(fake_fetcher, make_fetched("cdx", status=403, detail="the site refuses access"))
    with pytest.raises(SourceError, match=r"refused .* excluded from the archive"):
        await source.search(subject)
    _cdx_routes(fake_fetcher, make_fetched("cdx", status=503, detail="the server failed"))
    with pytest.raises(SourceError, match="could not be fetched"):
        await source.search(subject)
    _cdx_routes(fake_fetcher, make_fetched("cdx", "<html>busy</html>"))
    with pytest.raises(SourceError, match="not JSON"):
        await source.search(subject)
    _cdx_routes(fake_fetcher, make_fetched("cdx", status=404))
    assert await source.search(subject) == []


async def test_live_pages_that_refuse_are_skipped(fake_fetcher: Any, make_fetched: Any) -> None:
    from research.fetch.outcome import Outcome

    rows = json.loads((GOLDEN / "cdx-ada-okafor-named.input.json").read_text(encoding="utf-8"))
    _cdx_routes(fake_fetcher, make_fetched("cdx", rows))
    fake_fetcher.routes[LIVE] = make_fetched(LIVE, status=403)
    fake_fetcher.routes[REMOVED] = make_fetched(
        REMOVED, status=200, outcome=Outcome.DISALLOWED, detail="robots.txt"
    )
    fake_fetcher.routes["https://ada-okafor.test/resume.json"] = make_fetched(
        "https://ada-okafor.test/resume.json", status=404
    )
    source = WaybackSource(SourceContext(fake_fetcher))
    leads = await source.search(Subject(name="Ada Okafor", hints=["https://ada-okafor.test/"]))
    assert [lead.extra.get("original") for lead in leads] == ["https://ada-okafor.test/resume.json"]


async def test_archive_refusal_raises(fake_fetcher: Any, make_fetched: Any) -> None:
    raw = "https://web.archive.org/web/20210315093000id_/" + REMOVED
    fake_fetcher.routes[raw] = make_fetched(raw, status=503, detail="the server failed")
    source = WaybackSource(SourceContext(fake_fetcher, options={"include_archived": True}))
    lead = Lead(url=REMOVED_REPLAY, source="wayback", extra={"archived_only": "yes"})
    with pytest.raises(SourceError, match="archived copy"):
        await source.collect(lead)


class _Holding:
    """A fetcher whose live-page checks wait until another site's index is asked: a
    search that looks at one site after the other would never let them through."""

    def __init__(self, inner: Any, second_site: str) -> None:
        self.inner, self.second_site = inner, second_site
        self.asked = asyncio.Event()
        self.held_too_long = False

    async def get(self, url: str, **options: Any) -> Any:
        if self.second_site in url:
            self.asked.set()
        elif "web.archive.org" not in url:
            try:
                await asyncio.wait_for(self.asked.wait(), 5)
            except TimeoutError:
                self.held_too_long = True
        return await self.inner.get(url, **options)


async def test_one_sites_checks_never_hold_back_the_next_site(
    fake_fetcher: Any, make_fetched: Any
) -> None:
    rows = json.loads((GOLDEN / "cdx-ada-okafor-named.input.json").read_text(encoding="utf-8"))
    _cdx_routes(fake_fetcher, make_fetched("cdx", rows))
    fake_fetcher.default = make_fetched("any", status=404)
    holding = _Holding(fake_fetcher, "bo-okafor.test")
    source = WaybackSource(SourceContext(holding))
    subject = Subject(
        name="Ada Okafor", hints=["https://ada-okafor.test/", "https://bo-okafor.test/"]
    )
    leads = await source.search(subject)
    assert not holding.held_too_long
    # the leads still come in the sites' order: the first site's captures first
    assert leads and all("ada-okafor.test" in (lead.extra.get("original") or "") for lead in leads)
