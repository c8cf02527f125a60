"""The ``jsonresume`` source: golden parsers, privacy, where it looks, refusals, and the
requests it makes (GitHub's list-gists endpoint, the registry's ``/<user>.json``).

Golden files: ``golden/jsonresume/<case>.input.json`` and ``<case>.<parser>.expected.json``;
``RUNNERUP_UPDATE_GOLDEN=1`` rewrites the expected files.

``golden/jsonresume/api-github-gists-routes.toml`` holds the ``[[route]]`` lines for
``fixtures/web/api.github.com/_routes.toml`` (owned by the github source); until they are
there, the gist tests serve a copy of that site with the lines added.
"""

from __future__ import annotations

import asyncio
import json
import re
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from research.errors import SourceError
from research.model import Lead, Subject
from research.source import Example, Expect, SourceContext
from research.testing import check_golden, golden_text
from sources.jsonresume import (
    JsonResumeSource,
    github_login,
    github_logins,
    homepage_resume_url,
    homepage_resume_urls,
    is_resume_url,
    parse_gists,
    parse_resume,
    parse_resume_lead,
)

GOLDEN = Path(__file__).parent / "golden" / "jsonresume"
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "web"
AT = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
# a phone fragment, never digits inside a timestamp (fetched_at carries microseconds)
CONTACT = re.compile(
    r"@ada-okafor\.test|(?<![\d.:-])(?:555|0142)(?!\d)|Marina Road|101001", re.IGNORECASE
)
GIST_RAW = (
    "https://gist.githubusercontent.com/adaokafor/5f2d8c1e9a7b4c3d2e1f0a9b8c7d6e5f/raw/"
    "3b1e8d2c7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d/resume.json"
)
REGISTRY = "https://registry.jsonresume.org/adaokafor.json"


PARSERS: dict[str, Callable[[Any], Any]] = {
    "gists": parse_gists,
    "lead": lambda data: parse_resume_lead(data, REGISTRY, "registry"),
    "career": lambda data: parse_resume(data, REGISTRY, AT),
}
CASES = [
    ("gists-adaokafor", "gists"),
    ("gists-ada-okafor-lh", "gists"),
    ("resume-adaokafor", "lead"),
    ("resume-adaokafor", "career"),
]


@pytest.mark.parametrize(("case", "parser"), CASES, ids=[f"{c}-{p}" for c, p in CASES])
def test_golden(case: str, parser: str) -> None:
    data = json.loads((GOLDEN / f"{case}.input.json").read_text(encoding="utf-8"))
    produced = PARSERS[parser](data)
    check_golden(GOLDEN / f"{case}.{parser}.expected.json", produced)
    assert not CONTACT.search(golden_text(produced)), "a contact detail got through"


def test_resume_fields_and_privacy() -> None:
    data = json.loads((GOLDEN / "resume-adaokafor.input.json").read_text(encoding="utf-8"))
    assert data["basics"]["email"] and data["basics"]["phone"]
    lead = parse_resume_lead(data, REGISTRY, "registry")
    assert lead.name == "Ada Okafor" and lead.employer == "Northwind Robotics"
    assert lead.headline == "Head of Platform at Northwind Robotics"
    assert lead.location == "Lagos, NG"
    assert lead.links == [
        "https://ada-okafor.test/",
        "https://github.com/adaokafor",
        "https://mastodon.test/@ada",
    ]
    career = parse_resume(data, REGISTRY, AT)
    assert [e.employer for e in career.experiences] == [
        "Northwind Robotics",
        "Tessellate Labs",
        "Tessellate Labs",
        "Brightwave",
    ]
    assert str(career.experiences[1].start) == "2022-01" and str(career.experiences[1].end) == (
        "2024-02"
    )
    assert career.experiences[2].title == "Senior Software Engineer"
    assert str(career.experiences[2].start) == "2019-05" and str(career.experiences[2].end) == (
        "2021-12"
    )
    assert str(career.experiences[3].end) == "2019-04"
    assert career.education[0].institution == "University of Lakeside"
    assert (str(career.education[0].start), str(career.education[0].end)) == ("2013", "2014")
    assert career.education[1].institution == "University of Ibadan"
    evidence = career.experiences[0].evidence[0]
    assert evidence.source == "jsonresume" and evidence.method == "json-resume"
    assert evidence.url == REGISTRY and evidence.fetched_at == AT
    assert not CONTACT.search(career.model_dump_json())
    assert parse_resume({"hello": "world"}, REGISTRY, AT).is_empty()


def test_parse_gists_follows_only_gist_raw_urls() -> None:
    data = json.loads((GOLDEN / "gists-adaokafor.input.json").read_text(encoding="utf-8"))
    assert parse_gists(data) == GIST_RAW
    data[0]["files"]["resume.json"]["raw_url"] = "http://127.0.0.1/resume.json"
    assert parse_gists(data) is None
    assert parse_gists({"message": "Not Found"}) is None


@pytest.mark.parametrize(
    ("hint", "login"),
    [
        ("github:adaokafor", "adaokafor"),
        ("GitHub: @adaokafor", "adaokafor"),
        ("https://github.com/adaokafor", "adaokafor"),
        ("https://github.com/adaokafor/", "adaokafor"),
        ("https://github.com/adaokafor/motion-planner", None),
        ("https://gitlab.com/adaokafor", None),
        ("adaokafor", None),
        ("github:not a login", None),
    ],
)
def test_github_login(hint: str, login: str | None) -> None:
    assert github_login(hint) == login


def test_where_it_looks() -> None:
    assert github_logins(["github:adaokafor", "https://github.com/AdaOkafor"]) == ["adaokafor"]
    assert homepage_resume_url("https://ada-okafor.test/") == "https://ada-okafor.test/resume.json"
    assert homepage_resume_url("https://ada-okafor.test") == "https://ada-okafor.test/resume.json"
    assert (
        homepage_resume_url("https://uni.test/~ada/cv.html") == "https://uni.test/~ada/resume.json"
    )
    assert homepage_resume_url("https://ada.test/resume.json") == "https://ada.test/resume.json"
    assert homepage_resume_url("https://github.com/adaokafor") is None
    assert homepage_resume_url("github:adaokafor") is None
    assert is_resume_url(REGISTRY) and is_resume_url(GIST_RAW)
    assert is_resume_url("https://ada-okafor.test/resume.json")
    assert not is_resume_url("https://registry.jsonresume.org/adaokafor")
    assert not is_resume_url("https://ada-okafor.test/cv.pdf")
    source = JsonResumeSource(SourceContext(fetcher=None))  # type: ignore[arg-type]
    assert source.accepts(Lead(url="https://ada-okafor.test/resume.json", source="wayback"))
    assert not source.accepts(Lead(url="https://ada-okafor.test/", source="webpage"))


# -- on the fixture web ----------------------------------------------------------------------


def _search(*hints: str) -> Example:
    subject = Subject(name="Ada Okafor", hints=list(hints))
    return Example("adhoc", ("registry.jsonresume.org",), Expect(), subject=subject)


async def test_search_requests_follow_the_documented_apis(source_tester: Any) -> None:
    run = await source_tester.run(JsonResumeSource, _search("github:adaokafor"))
    assert "api.github.com/users/adaokafor/gists?per_page=100" in run.pages
    assert "registry.jsonresume.org/adaokafor.json" in run.pages
    gists = next(c for c in run.calls if "/gists" in c.url)
    assert gists.headers["Accept"] == "application/vnd.github+json"
    assert gists.headers["X-GitHub-Api-Version"] == "2022-11-28"
    assert "Authorization" not in gists.headers
    assert all(c.source == "jsonresume" and c.min_interval == 2.0 for c in run.calls)
    registry = next(lead for lead in run.leads if lead.url == REGISTRY)
    assert registry.handle == "adaokafor" and registry.extra["via"] == "registry"
    assert not CONTACT.search(json.dumps([lead.model_dump(mode="json") for lead in run.leads]))


async def test_homepage_resume_json(source_tester: Any) -> None:
    run = await source_tester.run(JsonResumeSource, _search("https://ada-okafor.test/"))
    assert run.pages == ["ada-okafor.test/resume.json"]
    assert [lead.url for lead in run.leads] == ["https://ada-okafor.test/resume.json"]
    assert run.leads[0].name == "Ada Okafor" and run.leads[0].extra["via"] == "homepage"


async def test_homepage_without_resume_json(source_tester: Any) -> None:
    run = await source_tester.run(JsonResumeSource, _search("https://northwind-robotics.test/"))
    assert run.leads == [] and run.pages == ["northwind-robotics.test/resume.json"]


@pytest.fixture
def gist_web(tmp_path: Path, make_fixture_web: Any, source_tester: Any) -> Any:
    """The fixture web's GitHub API with the gist routes handed to its owner added."""
    for site in ("api.github.com", "gist.githubusercontent.com", "registry.jsonresume.org"):
        shutil.copytree(FIXTURES / site, tmp_path / site)
    routes = tmp_path / "api.github.com" / "_routes.toml"
    existing = routes.read_text(encoding="utf-8")
    if "/users/adaokafor/gists" not in existing:  # first matching route wins: put them first
        extra = (GOLDEN / "api-github-gists-routes.toml").read_text(encoding="utf-8")
        routes.write_text(extra + "\n" + existing, encoding="utf-8")
    return type(source_tester)(make_fixture_web(tmp_path), source_tester.monkeypatch)


async def test_gist_resume_is_found(gist_web: Any) -> None:
    run = await gist_web.run(JsonResumeSource, _search("https://github.com/adaokafor"))
    # the gist and the registry are asked at once (the gist's file after its list)
    assert sorted(run.pages) == sorted(
        [
            "api.github.com/users/adaokafor/gists?per_page=100",
            GIST_RAW.removeprefix("https://"),
            "registry.jsonresume.org/adaokafor.json",
        ]
    )
    assert run.pages.index(GIST_RAW.removeprefix("https://")) > run.pages.index(
        "api.github.com/users/adaokafor/gists?per_page=100"
    )
    gist = next(lead for lead in run.leads if lead.url == GIST_RAW)
    assert gist.employer == "Northwind Robotics" and gist.extra["via"] == "gist"
    collected = await gist_web.run(JsonResumeSource, Example("adhoc", (), Expect(), lead=gist))
    employers = [e.employer for e in collected.career.experiences]
    assert "Northwind Robotics" in employers


async def test_gists_without_resume(gist_web: Any) -> None:
    run = await gist_web.run(JsonResumeSource, _search("github:ada-okafor-lh"))
    assert run.leads == []
    assert sorted(run.pages) == [
        "api.github.com/users/ada-okafor-lh/gists?per_page=100",
        "registry.jsonresume.org/ada-okafor-lh.json",
    ]


# -- refusals (canned answers) ----------------------------------------------------------------

GISTS = "https://api.github.com/users/adaokafor/gists"


async def test_github_rate_limit_raises(fake_fetcher: Any, make_fetched: Any) -> None:
    fake_fetcher.routes[GISTS] = make_fetched(
        GISTS, status=403, headers={"x-ratelimit-remaining": "0", "x-ratelimit-reset": "0"}
    )
    source = JsonResumeSource(SourceContext(fake_fetcher))
    with pytest.raises(SourceError, match="GITHUB_TOKEN"):
        await source.search(Subject(name="Ada Okafor", hints=["github:adaokafor"]))


async def test_registry_failure_raises(fake_fetcher: Any, make_fetched: Any) -> None:
    fake_fetcher.routes[REGISTRY] = make_fetched(REGISTRY, status=503, detail="the server failed")
    source = JsonResumeSource(SourceContext(fake_fetcher))
    with pytest.raises(SourceError, match="could not be fetched"):
        await source.search(Subject(name="Ada Okafor", hints=["github:adaokafor"]))
    fake_fetcher.routes[REGISTRY] = make_fetched(REGISTRY, status=429)
    with pytest.raises(
        SourceError, match=r"registry.jsonresume.org.s rate limit is reached.*later\.$"
    ):
        await source.search(Subject(name="Ada Okafor", hints=["github:adaokafor"]))


async def test_token_is_sent(fake_fetcher: Any, make_fetched: Any) -> None:
    from research.config import SourceSettings

    source = JsonResumeSource(SourceContext(fake_fetcher, SourceSettings(key="ghp_fixture")))
    await source.search(Subject(name="Ada Okafor", hints=["github:adaokafor"]))
    assert fake_fetcher.calls[0].headers["Authorization"] == "Bearer ghp_fixture"
    assert "Authorization" not in (fake_fetcher.calls[1].headers or {})


async def test_not_a_resume_is_no_lead(fake_fetcher: Any, make_fetched: Any) -> None:
    fake_fetcher.routes[REGISTRY] = make_fetched(REGISTRY, {"message": "hello"})
    source = JsonResumeSource(SourceContext(fake_fetcher))
    assert await source.search(Subject(name="Ada Okafor", hints=["github:adaokafor"])) == []
    career = await source.collect(Lead(url=REGISTRY, source="jsonresume"))
    assert career.is_empty()


def test_one_homepage_is_asked_once_over_https() -> None:
    hints = ["http://ada.example/", "https://ada.example/about.html", "http://bo.example/cv/"]
    assert homepage_resume_urls(hints) == [
        "https://ada.example/resume.json",
        "http://bo.example/cv/resume.json",
    ]


async def test_the_probes_are_asked_at_once(fake_fetcher: Any, make_fetched: Any) -> None:
    """A homepage that answers slowly never holds back the GitHub user's gist and registry
    entry (different hosts: the door paces each on its own)."""
    asked = asyncio.Event()
    held_too_long = False

    class Holding:
        async def get(self, url: str, **options: Any) -> Any:
            nonlocal held_too_long
            if "registry.jsonresume.org" in url:
                asked.set()
            elif "ada.example" in url:
                try:
                    await asyncio.wait_for(asked.wait(), 5)
                except TimeoutError:
                    held_too_long = True
            return await fake_fetcher.get(url, **options)

    fake_fetcher.default = make_fetched("any", status=404)
    source = JsonResumeSource(SourceContext(Holding()))
    subject = Subject(name="Ada Okafor", hints=["https://ada.example/", "github:adaokafor"])
    assert await source.search(subject) == []
    assert not held_too_long
    assert any("ada.example/resume.json" in c.url for c in fake_fetcher.calls)
