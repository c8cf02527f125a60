"""The ``github`` source: golden parser tests, privacy, refusals, and the requests it makes.

Golden files: ``golden/github/<case>.input.json`` (an API answer in its documented shape)
and ``<case>.<parser>.expected.json`` next to it. ``RUNNERUP_UPDATE_GOLDEN=1`` rewrites the
expected files; review the diff before committing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from research.errors import SourceError
from research.model import Lead, Subject
from research.source import Example, Expect, SourceContext
from research.testing import as_json, check_golden
from sources.github import (
    GitHubSource,
    build_query,
    decode_readme,
    employer_of,
    login_of,
    parse_profile,
    parse_repos,
    parse_search,
    parse_user,
)

GOLDEN = Path(__file__).parent / "golden" / "github"
AT = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
EMAILS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\[at\]|ada-okafor \[dot\]", re.IGNORECASE)


PARSERS: dict[str, Callable[[Any], Any]] = {
    "lead": lambda data: parse_user(data),
    "profile": lambda data: parse_profile(data, AT),
    "search": lambda data: parse_search(data),
    "repos": lambda data: dict(zip(("works", "skills"), parse_repos(data, AT), strict=True)),
    "readme": lambda data: decode_readme(data),
}
CASES = [
    ("user-adaokafor", "lead"),
    ("user-adaokafor", "profile"),
    ("user-ada-okafor-lh", "lead"),
    ("user-ada-okafor-lh", "profile"),
    ("search-users", "search"),
    ("repos-adaokafor", "repos"),
    ("readme-adaokafor", "readme"),
]


@pytest.mark.parametrize(("case", "parser"), CASES, ids=[f"{c}-{p}" for c, p in CASES])
def test_golden(case: str, parser: str) -> None:
    data = json.loads((GOLDEN / f"{case}.input.json").read_text(encoding="utf-8"))
    produced = PARSERS[parser](data)
    check_golden(GOLDEN / f"{case}.{parser}.expected.json", produced)
    assert not EMAILS.search(json.dumps(as_json(produced))), "a contact detail got through"


def test_email_field_is_dropped() -> None:
    data = json.loads((GOLDEN / "user-adaokafor.input.json").read_text(encoding="utf-8"))
    assert data["email"], "the fixture must carry an email so that dropping it is tested"
    lead = parse_user(data)
    assert lead is not None
    text = lead.model_dump_json()
    assert data["email"] not in text and "email" not in text.lower()
    assert (
        lead.headline == "Head of Platform at Northwind Robotics. Motion planning, Rust and Python."
    )
    career = parse_profile(data, AT)
    assert data["email"] not in career.model_dump_json()


def test_user_fields() -> None:
    data = json.loads((GOLDEN / "user-adaokafor.input.json").read_text(encoding="utf-8"))
    lead = parse_user(data)
    assert lead is not None
    assert lead.url == "https://github.com/adaokafor"
    assert lead.handle == "adaokafor"
    assert lead.employer == "northwind-robotics"
    assert lead.location == "Lagos, Nigeria"
    assert lead.links == ["https://ada-okafor.test/", "https://github.com/adaokafor"]
    assert parse_user({"login": "acme", "type": "Organization"}) is None
    assert parse_user({"name": "no login"}) is None


@pytest.mark.parametrize(
    ("blog", "link"),
    [
        ("ada-okafor.test", "https://ada-okafor.test"),
        ("http://ada-okafor.test/cv", "http://ada-okafor.test/cv"),
        ("mailto:ada@ada-okafor.test", None),
        ("ada@ada-okafor.test", None),
        ("javascript:alert(1)", None),
        ("", None),
    ],
)
def test_blog_links(blog: str, link: str | None) -> None:
    lead = parse_user({"login": "adaokafor", "type": "User", "blog": blog})
    assert lead is not None
    expected = ([link] if link else []) + ["https://github.com/adaokafor"]
    assert lead.links == expected


def test_employer_of() -> None:
    assert employer_of("@northwind-robotics") == "northwind-robotics"
    assert employer_of("  Lakeside Health ") == "Lakeside Health"
    assert employer_of("") is None and employer_of(None) is None


def test_repos_skip_forks_and_profile_repo_and_scrub() -> None:
    data = json.loads((GOLDEN / "repos-adaokafor.input.json").read_text(encoding="utf-8"))
    works, skills = parse_repos(data, AT)
    titles = [w.title for w in works]
    assert titles == ["motion-planner", "fleet-ci", "embedded-test-harness"]
    assert "tokio" not in titles and "adaokafor" not in titles
    assert works[0].stars == 342 and str(works[0].date) == "2026-10"
    assert "555" not in works[2].description
    names = {s.name for s in skills}
    assert {"Rust", "Python", "C", "robotics", "motion-planning"} <= names
    rust = next(s for s in skills if s.name == "Rust")
    assert [e.url for e in rust.evidence] == ["https://github.com/adaokafor/motion-planner"]
    assert all(e.source == "github" and e.method == "api" for s in skills for e in s.evidence)


def test_readme_is_scrubbed() -> None:
    data = json.loads((GOLDEN / "readme-adaokafor.input.json").read_text(encoding="utf-8"))
    text = decode_readme(data)
    assert "Northwind Robotics" in text
    assert "[at]" not in text and "801" not in text and "phone" not in text.lower()
    assert decode_readme({"content": "!!!", "encoding": "base64"}) in ("", "\ufffd")
    assert decode_readme({"content": "x", "encoding": "utf-8"}) == ""


def test_build_query() -> None:
    assert build_query(Subject(name="Ada Okafor")) == '"Ada Okafor" in:name'
    lagos = Subject(name="Ada  Okafor", location="Lagos")
    assert build_query(lagos) == '"Ada Okafor" in:name location:Lagos'
    city = Subject(name='Ada "The" Okafor', location="Lagos, Nigeria")
    assert build_query(city) == '"Ada The Okafor" in:name location:"Lagos, Nigeria"'
    assert build_query(city, with_location=False) == '"Ada The Okafor" in:name'


def test_login_of_and_accepts() -> None:
    source = GitHubSource(SourceContext(fetcher=None))  # type: ignore[arg-type]
    own = Lead(url="https://github.com/adaokafor", source="github", handle="adaokafor")
    found_elsewhere = Lead(url="https://github.com/ada-okafor-lh/", source="websearch")
    repo = Lead(url="https://github.com/adaokafor/motion-planner", source="websearch")
    reserved = Lead(url="https://github.com/features", source="websearch")
    other = Lead(url="https://gitlab.com/adaokafor", source="websearch")
    assert login_of(own) == "adaokafor"
    assert login_of(found_elsewhere) == "ada-okafor-lh"
    assert login_of(repo) is None and login_of(reserved) is None and login_of(other) is None
    assert source.accepts(own) and source.accepts(found_elsewhere)
    assert not source.accepts(other)


# -- on the fixture web ----------------------------------------------------------------------


def _search(subject: Subject, **expect: Any) -> Example:
    return Example("adhoc", ("api.github.com",), Expect(**expect), subject=subject)


def _collect(login: str) -> Example:
    lead = Lead(url=f"https://github.com/{login}", source="github", handle=login)
    return Example("adhoc", ("api.github.com",), Expect(), lead=lead)


async def test_search_requests_follow_the_documented_api(source_tester: Any) -> None:
    run = await source_tester.run(GitHubSource, _search(Subject(name="Ada Okafor")))
    assert [lead.handle for lead in run.leads] == ["adaokafor", "ada-okafor-lh"]
    assert run.pages[0] == ("api.github.com/search/users?q=%22Ada+Okafor%22+in%3Aname&per_page=10")
    assert run.pages[1:] == [
        "api.github.com/users/adaokafor",
        "api.github.com/users/ada-okafor-lh",
    ]
    for call in run.calls:
        assert call.headers["Accept"] == "application/vnd.github+json"
        assert call.headers["X-GitHub-Api-Version"] == "2022-11-28"
        assert "Authorization" not in call.headers
        assert call.source == "github" and call.min_interval == GitHubSource.info.rate
    text = json.dumps([lead.model_dump(mode="json") for lead in run.leads])
    assert "@ada-okafor.test" not in text and "lakeside-health.test" not in text


async def test_location_falls_back_to_name_only(source_tester: Any) -> None:
    run = await source_tester.run(
        GitHubSource, _search(Subject(name="Ada Okafor", location="Berlin"))
    )
    searches = [r for r in run.pages if r.startswith("api.github.com/search/users")]
    assert len(searches) == 2 and "location" in searches[0] and "location" not in searches[1]
    assert {lead.handle for lead in run.leads} == {"adaokafor", "ada-okafor-lh"}


async def test_collect_requests_and_privacy(source_tester: Any) -> None:
    run = await source_tester.run(GitHubSource, _collect("adaokafor"))
    assert run.pages == [
        "api.github.com/users/adaokafor",
        "api.github.com/users/adaokafor/repos?sort=pushed&per_page=100&type=owner",
        "api.github.com/repos/adaokafor/adaokafor/readme",
    ]
    career = run.career
    assert career.name == "Ada Okafor" and career.location == "Lagos, Nigeria"
    assert "platform team" in career.summary
    assert career.experiences[0].employer == "northwind-robotics"
    assert all(e.fetched_at is not None for w in career.work for e in w.evidence)
    assert not EMAILS.search(career.model_dump_json())


async def test_collect_without_readme(source_tester: Any) -> None:
    run = await source_tester.run(GitHubSource, _collect("ada-okafor-lh"))
    assert run.career.summary == ""
    assert run.career.experiences[0].employer == "Lakeside Health"
    assert "lakeside-health.test" not in run.career.model_dump_json()


async def test_unknown_user_gives_empty_career(source_tester: Any) -> None:
    run = await source_tester.run(GitHubSource, _collect("nobody-here"))
    assert run.career.is_empty() and run.career.name is None
    assert run.pages == ["api.github.com/users/nobody-here"]


async def test_rate_limited_search_raises_source_error(source_tester: Any) -> None:
    with pytest.raises(SourceError, match=r"rate limit.*GITHUB_TOKEN"):
        await source_tester.run(GitHubSource, _search(Subject(name="Rate Limited")))


async def test_rate_limited_collect_raises_source_error(source_tester: Any) -> None:
    with pytest.raises(SourceError, match=r"rate limit is reached until .* UTC"):
        await source_tester.run(GitHubSource, _collect("rate-limited-user"))


async def test_token_is_sent_as_bearer(fake_fetcher: Any, make_fetched: Any) -> None:
    from research.config import SourceSettings

    url = "https://api.github.com/search/users"
    fake_fetcher.routes[url] = make_fetched(url, {"total_count": 0, "items": []})
    source = GitHubSource(SourceContext(fake_fetcher, SourceSettings(key="ghp_fixture")))
    await source.search(Subject(name="Ada Okafor"))
    assert fake_fetcher.calls[0].headers["Authorization"] == "Bearer ghp_fixture"


async def test_blocked_and_unreachable_raise(fake_fetcher: Any, make_fetched: Any) -> None:
    url = "https://api.github.com/search/users"
    source = GitHubSource(SourceContext(fake_fetcher))
    fake_fetcher.routes[url] = make_fetched(url, status=401, detail="the site asks to sign in")
    with pytest.raises(SourceError, match="refused"):
        await source.search(Subject(name="Ada Okafor"))
    fake_fetcher.routes[url] = make_fetched(url, status=502, detail="the server failed")
    with pytest.raises(SourceError, match="could not be fetched"):
        await source.search(Subject(name="Ada Okafor"))
    fake_fetcher.routes[url] = make_fetched(url, "<html>not json</html>")
    with pytest.raises(SourceError, match="not JSON"):
        await source.search(Subject(name="Ada Okafor"))


async def test_secondary_rate_limit_is_a_rate_limit(fake_fetcher: Any, make_fetched: Any) -> None:
    url = "https://api.github.com/search/users"
    answer = make_fetched(url, status=403, headers={"Retry-After": "60"})
    fake_fetcher.routes[url] = answer
    with pytest.raises(SourceError, match="rate limit"):
        await GitHubSource(SourceContext(fake_fetcher)).search(Subject(name="Ada Okafor"))
