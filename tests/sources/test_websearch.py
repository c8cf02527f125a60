"""The ``websearch`` source: golden parser tests, title parsing, queries, the deny list,
privacy, refusals and the requests it makes to Brave and SearXNG.

Golden files: ``golden/websearch/<case>.input.json`` (an API answer in its documented
shape) and ``<case>.leads.expected.json``. ``RUNNERUP_UPDATE_GOLDEN=1`` rewrites them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from research.config import SourceSettings
from research.errors import SourceError
from research.model import Lead, Subject
from research.source import Example, Expect, SourceContext
from research.testing import check_golden, golden_text
from sources.websearch import (
    MAX_QUERIES,
    Result,
    TitleParts,
    WebSearchSource,
    build_queries,
    clean_text,
    denied_host,
    parse_brave,
    parse_searxng,
    parse_title,
    searxng_url,
    to_leads,
    url_key,
)

GOLDEN = Path(__file__).parent / "golden" / "websearch"
HIRE = Subject(name="Ada Okafor", employer="Northwind Robotics", role="Head of Platform")
NAMESAKE = Subject(name="Ada Okafor", employer="Lakeside Health")
CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\+?\d[\d ]{8,}\d")
BRAVE = "https://api.search.brave.com/res/v1/web/search"

CASES = [
    ("brave-hire-employer", parse_brave, HIRE),
    ("brave-namesake", parse_brave, NAMESAKE),
    ("searxng-hire-employer", parse_searxng, HIRE),
]


@pytest.mark.parametrize(("case", "parse", "subject"), CASES, ids=[c[0] for c in CASES])
def test_golden(case: str, parse: Any, subject: Subject) -> None:
    data = json.loads((GOLDEN / f"{case}.input.json").read_text(encoding="utf-8"))
    leads = to_leads([("q", r) for r in parse(data)], subject)
    check_golden(GOLDEN / f"{case}.leads.expected.json", leads)
    assert not CONTACT.search(golden_text(leads)), "a contact detail got through"


@pytest.mark.parametrize(
    ("title", "name", "headline", "employer"),
    [
        (
            "Ada Okafor - Head of Platform - Northwind Robotics | LinkedIn",
            "Ada Okafor",
            "Head of Platform",
            "Northwind Robotics",
        ),
        (
            "Ada Okafor – Registered Nurse at Lakeside Health | LinkedIn",
            "Ada Okafor",
            "Registered Nurse at Lakeside Health",
            "Lakeside Health",
        ),
        ("Ada Okafor | Lakeside Health", "Ada Okafor", None, "Lakeside Health"),
        ("Ada Okafor | RustConf 2025", "Ada Okafor", None, None),
        (
            "Ada Okafor – Robotics software engineer",
            "Ada Okafor",
            "Robotics software engineer",
            None,
        ),
        ("adaokafor (Ada Okafor) · GitHub", "Ada Okafor", None, None),
        ("Ada Okafor (@adaokafor) / X", "Ada Okafor", None, None),
        ("Projects – Ada Okafor", "Ada Okafor", None, None),
        ("Team – Northwind Robotics", None, None, None),
        (
            "ADA OKAFOR — Head of Platform @ Northwind Robotics",
            "ADA OKAFOR",
            "Head of Platform @ Northwind Robotics",
            "Northwind Robotics",
        ),
        (
            "Adá Okafor - Head of Platform at Northwind",
            "Adá Okafor",
            "Head of Platform at Northwind",
            "Northwind",
        ),
        ("Ada Lovelace - Analyst", None, None, None),
    ],
)
def test_parse_title(
    title: str, name: str | None, headline: str | None, employer: str | None
) -> None:
    assert parse_title(title, "Ada Okafor") == TitleParts(name, headline, employer)


def test_build_queries() -> None:
    assert build_queries(HIRE) == [
        '"Ada Okafor" "Northwind Robotics"',
        '"Ada Okafor" "Head of Platform"',
        '"Ada Okafor" "Northwind Robotics" (resume OR CV) filetype:pdf',
        '"Ada Okafor" "Northwind Robotics" (resume OR CV OR "curriculum vitae")',
    ]
    assert build_queries(Subject(name="Ada Okafor")) == [
        '"Ada Okafor"',
        '"Ada Okafor" (resume OR CV) filetype:pdf',
        '"Ada Okafor" (resume OR CV OR "curriculum vitae")',
    ]
    located = build_queries(Subject(name='Ada "O" Okafor', location="Lagos"))
    assert located[0] == '"Ada O Okafor" "Lagos"'
    for subject in (HIRE, NAMESAKE, Subject(name="A", role="R", location="L", employer="E")):
        assert len(build_queries(subject)) <= MAX_QUERIES


def test_denied_hosts_stay_links_and_duplicates_merge() -> None:
    results = [
        Result("https://ada-okafor.test/", "Ada Okafor – Engineer", "", "brave"),
        Result(
            "https://www.linkedin.com/in/ada-okafor-nw", "Ada Okafor - CTO - X | LinkedIn", "", "b"
        ),
        Result("https://ng.linkedin.com/in/ada-okafor-rn", "Ada Okafor | LinkedIn", "", "b"),
        Result("https://x.com/adaokafor", "Ada Okafor (@adaokafor) / X", "", "b"),
        Result("https://ada-okafor.test/#cv", "CV", "Ada Okafor, Head of Platform", "b"),
        Result("HTTPS://ADA-OKAFOR.TEST", "Ada Okafor", "", "b"),
        Result("https://northwind-robotics.test/", "Northwind Robotics", "warehouse arms", "b"),
    ]
    leads = to_leads([("q", r) for r in results], HIRE)
    by_url = {lead.url: lead for lead in leads}
    assert list(by_url) == [
        "https://ada-okafor.test/",
        "https://www.linkedin.com/in/ada-okafor-nw",
        "https://ng.linkedin.com/in/ada-okafor-rn",
        "https://x.com/adaokafor",
    ]
    assert by_url["https://ada-okafor.test/"].fetchable
    assert by_url["https://ada-okafor.test/"].snippet == "Ada Okafor, Head of Platform"
    for url in list(by_url)[1:]:
        assert not by_url[url].fetchable
        assert "forbid automated access" in by_url[url].extra["not_fetched"]
    assert denied_host("https://uk.linkedin.com/in/x") == "linkedin.com"
    assert denied_host("https://ada-okafor.test/") is None
    assert url_key("https://A.test/x/#f") == url_key("https://a.test/x")


def test_clean_text_drops_markup_and_contacts() -> None:
    text = clean_text("<strong>Ada</strong> &amp; co. Email: ada@ada-okafor.test")
    assert text == "Ada & co."
    assert clean_text("Call +234 801 234 5678 today") == "Call today"
    assert clean_text(None) == ""


def test_parsers_tolerate_odd_answers() -> None:
    assert parse_brave({}) == [] and parse_brave([]) == [] and parse_searxng(None) == []
    weird = {"results": [{"url": "javascript:alert(1)"}, {"title": "no url"}, "x"]}
    assert parse_searxng(weird) == []
    odd = parse_brave({"web": {"results": [{"url": "https://a.test/", "title": 3}]}})
    assert odd == [Result("https://a.test/", "", "", "brave")]


def test_status_and_searxng_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RUNNERUP_SEARXNG_URL", raising=False)
    assert WebSearchSource.status(SourceSettings()) == "needs_key"
    assert WebSearchSource.status(SourceSettings(key="k")) == "ready"
    settings = SourceSettings(extra={"searxng_url": "https://searx.test/"})
    assert WebSearchSource.status(settings) == "ready"
    assert searxng_url(settings, env={"RUNNERUP_SEARXNG_URL": "https://other.test"}) == (
        "https://searx.test"
    )
    assert searxng_url(SourceSettings(), env={"RUNNERUP_SEARXNG_URL": "https://o.test/"}) == (
        "https://o.test"
    )


async def test_no_backend_is_a_source_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RUNNERUP_SEARXNG_URL", raising=False)
    source = WebSearchSource(SourceContext(fetcher=None))  # type: ignore[arg-type]
    with pytest.raises(SourceError, match="BRAVE_API_KEY"):
        await source.search(HIRE)


async def test_collect_is_empty_and_leads_go_to_webpage() -> None:
    source = WebSearchSource(SourceContext(fetcher=None))  # type: ignore[arg-type]
    lead = Lead(url="https://ada-okafor.test/", source="websearch")
    assert not source.accepts(lead)
    assert (await source.collect(lead)).is_empty()


# -- requests -------------------------------------------------------------------------------


def _example(subject: Subject, env: dict[str, str], site: str) -> Example:
    return Example("adhoc", (site,), Expect(), subject=subject, env=env)


async def test_brave_requests_follow_the_documented_api(source_tester: Any) -> None:
    example = _example(HIRE, {"BRAVE_API_KEY": "fixture-key"}, "api.search.brave.com")
    run = await source_tester.run(WebSearchSource, example)
    assert len(run.calls) == 4
    for call, query in zip(run.calls, build_queries(HIRE), strict=True):
        assert call.url == BRAVE
        assert call.params == {"q": query, "count": "10"}
        assert call.headers["X-Subscription-Token"] == "fixture-key"
        assert call.headers["Accept"] == "application/json"
        assert call.source == "websearch" and call.min_interval == WebSearchSource.info.rate
    assert all(p.startswith("api.search.brave.com/res/v1/web/search?q=") for p in run.pages)
    assert all("&count=10" in p for p in run.pages)
    linkedin = next(lead for lead in run.leads if "linkedin.com" in lead.url)
    assert not linkedin.fetchable
    assert (linkedin.name, linkedin.headline, linkedin.employer) == (
        "Ada Okafor",
        "Head of Platform",
        "Northwind Robotics",
    )
    assert not [r for r in run.requested if "linkedin" in r or r.startswith("x.com")]
    assert len({lead.url for lead in run.leads}) == len(run.leads)
    assert not CONTACT.search(json.dumps([lead.model_dump(mode="json") for lead in run.leads]))


async def test_searxng_requests_follow_its_json_api(source_tester: Any) -> None:
    example = _example(HIRE, {"RUNNERUP_SEARXNG_URL": "https://searx.test/"}, "searx.test")
    run = await source_tester.run(WebSearchSource, example)
    assert [c.url for c in run.calls] == ["https://searx.test/search"] * 4
    assert all(c.params["format"] == "json" for c in run.calls)
    assert "X-Subscription-Token" not in run.calls[0].headers
    assert all(p.startswith("searx.test/search?q=") and "format=json" in p for p in run.pages)
    assert {lead.extra["engine"] for lead in run.leads} <= {"brave", "duckduckgo"}


async def test_brave_key_wins_over_searxng(source_tester: Any) -> None:
    env = {"BRAVE_API_KEY": "k", "RUNNERUP_SEARXNG_URL": "https://searx.test"}
    run = await source_tester.run(WebSearchSource, _example(HIRE, env, "api.search.brave.com"))
    assert {c.url for c in run.calls} == {BRAVE}


@pytest.mark.parametrize(
    ("env", "match"),
    [
        ({"BRAVE_API_KEY": "k"}, r"^The Brave Search API's rate limit is reached, .*later\.$"),
        ({"RUNNERUP_SEARXNG_URL": "https://searx.test"}, "The SearXNG instance's rate limit"),
    ],
)
async def test_rate_limited_raises(source_tester: Any, env: dict[str, str], match: str) -> None:
    subject = Subject(name="Rate Limited")
    with pytest.raises(SourceError, match=match):
        await source_tester.run(WebSearchSource, _example(subject, env, "searx.test"))


async def test_refused_key_raises(source_tester: Any) -> None:
    example = _example(Subject(name="Token Refused"), {"BRAVE_API_KEY": "bad"}, "searx.test")
    with pytest.raises(SourceError, match=r"Brave Search API refused .*\. Check BRAVE_API_KEY\.$"):
        await source_tester.run(WebSearchSource, example)


async def test_partial_refusal_keeps_other_results(fake_fetcher: Any, make_fetched: Any) -> None:
    answers = iter(
        [
            make_fetched(
                BRAVE,
                {"web": {"results": [{"url": "https://ada-okafor.test/", "title": "Ada Okafor"}]}},
            ),
            make_fetched(BRAVE, status=502, detail="the server failed"),
            make_fetched(BRAVE, "not json"),
            make_fetched(BRAVE, status=429),
        ]
    )
    fake_fetcher.routes[BRAVE] = lambda call: next(answers)
    source = WebSearchSource(SourceContext(fake_fetcher, SourceSettings(key="k")))
    leads = await source.search(HIRE)
    assert [lead.url for lead in leads] == ["https://ada-okafor.test/"]
    assert len(fake_fetcher.calls) == 4
