"""The ``gitlab`` source: golden parser tests, privacy, refusals (rate limit, robots.txt),
self-hosted instances, and the requests it makes.

Golden files: ``golden/gitlab/<case>.input.json`` (an API answer in its documented shape) and
``<case>.<parser>.expected.json`` next to it. ``RUNNERUP_UPDATE_GOLDEN=1`` rewrites the
expected files; review the diff before committing.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from research.config import SourceSettings
from research.errors import SourceError
from research.model import Lead, Subject
from research.source import Example, Expect, SourceContext
from research.testing import as_json, check_golden, load_json
from sources.gitlab import (
    GitLabSource,
    headline_of,
    parse_profile,
    parse_projects,
    parse_search,
    parse_user,
)

GOLDEN = Path(__file__).parent / "golden" / "gitlab"
FIXTURE_SITE = Path(__file__).resolve().parents[2] / "fixtures" / "web" / "gitlab.com"
AT = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
# a phone fragment, never digits inside a timestamp (fetched_at carries microseconds)
CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|801 555|(?<![\d.:-])0142(?!\d)", re.IGNORECASE)
API = "gitlab.com/api/v4"


PARSERS: dict[str, Callable[[Any], Any]] = {
    "search": parse_search,
    "lead": parse_user,
    "profile": lambda data: parse_profile(data, AT),
    "projects": lambda data: dict(zip(("works", "skills"), parse_projects(data, AT), strict=True)),
}
CASES = [
    ("users-search", "search"),
    ("user-adaokafor", "lead"),
    ("user-adaokafor", "profile"),
    ("user-ada.okafor", "lead"),
    ("user-minimal", "lead"),
    ("user-minimal", "profile"),
    ("projects-adaokafor", "projects"),
]


def _load(case: str) -> Any:
    return load_json(GOLDEN / f"{case}.input.json")


@pytest.mark.parametrize(("case", "parser"), CASES, ids=[f"{c}-{p}" for c, p in CASES])
def test_golden(case: str, parser: str) -> None:
    produced = PARSERS[parser](_load(case))
    check_golden(GOLDEN / f"{case}.{parser}.expected.json", produced)
    assert not CONTACT.search(json.dumps(as_json(produced))), "a contact detail got through"


def test_public_email_is_never_read() -> None:
    data = _load("user-adaokafor")
    assert data["public_email"], "the fixture must carry a public_email"
    lead = parse_user(data)
    assert lead is not None
    assert data["public_email"] not in lead.model_dump_json()
    assert data["public_email"] not in parse_profile(data, AT).model_dump_json()
    assert lead.employer == "Northwind Robotics"
    assert lead.headline == "Head of Platform at Northwind Robotics"
    assert lead.links == ["https://ada-okafor.test/", "https://gitlab.com/adaokafor"]
    assert lead.extra == {
        "user_id": "7310042",
        "jobTitle": "Head of Platform",
        "created_at": "2016-04-12",
    }


def test_minimal_record_is_tolerated() -> None:
    lead = parse_user(_load("user-minimal"))
    assert lead is not None and lead.name == "Ada Okafor" and lead.employer is None
    assert lead.headline is None and lead.links == ["https://gitlab.com/adaokafor"]
    assert parse_profile(_load("user-minimal"), AT).experiences == []
    assert parse_user({"id": 1, "username": "x", "state": "blocked"}) is None
    assert parse_user({"username": "no-id"}) is None


def test_search_skips_inactive_and_bots() -> None:
    data = [
        {"id": 1, "username": "a", "state": "active"},
        {"id": 2, "username": "b", "state": "blocked"},
        {"id": 3, "username": "c", "state": "active", "bot": True},
        {"id": "4", "username": "d"},
        {"id": 5, "username": "a"},
    ]
    assert parse_search(data) == [(1, "a")]
    assert parse_search({"message": "401 Unauthorized"}) == []


def test_headline_fallbacks() -> None:
    assert headline_of({"job_title": "Nurse", "organization": "Lakeside Health"}) == (
        "Nurse at Lakeside Health"
    )
    assert headline_of({"work_information": "Nurse at Lakeside Health"}) == (
        "Nurse at Lakeside Health"
    )
    assert headline_of({"bio": "Robots.\nMore"}) == "Robots."
    assert headline_of({}) is None


def test_projects_skip_forks_and_map_topics() -> None:
    works, skills = parse_projects(_load("projects-adaokafor"), AT)
    assert [w.title for w in works] == ["fleet-scheduler", "ci-templates"]  # ros-tools: a fork
    assert works[0].stars == 87 and str(works[0].date) == "2026-10"
    assert works[0].url == "https://gitlab.com/adaokafor/fleet-scheduler"
    names = {s.name: s for s in skills}
    assert {"Rust", "Robotics", "Python", "warehouse-robots"} <= set(names)
    assert names["Rust"].id == "rust" and names["warehouse-robots"].id is None
    assert all(e.source == "gitlab" and e.method == "api" for s in skills for e in s.evidence)
    private = [{"name": "p", "web_url": "https://gitlab.com/a/p", "visibility": "private"}]
    assert parse_projects(private, AT) == ([], [])
    assert parse_projects({"message": "404"}, AT) == ([], [])


def test_username_of_and_accepts() -> None:
    source = GitLabSource(SourceContext(fetcher=None))  # type: ignore[arg-type]
    own = Lead(url="https://gitlab.com/adaokafor", source="gitlab", handle="adaokafor")
    found = Lead(url="https://gitlab.com/ada.okafor/", source="websearch")
    project = Lead(url="https://gitlab.com/adaokafor/fleet-scheduler", source="websearch")
    reserved = Lead(url="https://gitlab.com/explore", source="websearch")
    other = Lead(url="https://github.com/adaokafor", source="websearch")
    assert source.username_of(own) == "adaokafor" and source.username_of(found) == "ada.okafor"
    assert source.username_of(project) is None and source.username_of(reserved) is None
    assert not source.accepts(other)
    hosted = GitLabSource(
        SourceContext(None, SourceSettings(base_url="https://git.northwind-robotics.test/api/v4/"))  # type: ignore[arg-type]
    )
    assert hosted.base_url == "https://git.northwind-robotics.test/api/v4"
    assert hosted.accepts(Lead(url="https://git.northwind-robotics.test/ada", source="web"))


# -- on the fixture web ----------------------------------------------------------------------


def _search(subject: Subject) -> Example:
    return Example("adhoc", ("gitlab.com",), Expect(), subject=subject)


def _collect(lead: Lead) -> Example:
    return Example("adhoc", ("gitlab.com",), Expect(), lead=lead)


async def test_search_requests_follow_the_documented_api(source_tester: Any) -> None:
    run = await source_tester.run(GitLabSource, _search(Subject(name="Ada Okafor")))
    assert [lead.handle for lead in run.leads] == ["adaokafor", "ada.okafor"]
    assert run.pages == [
        f"{API}/users?search=Ada+Okafor&per_page=20",
        f"{API}/users/7310042",
        f"{API}/users/9920417",
    ]
    for call in run.calls:
        assert call.headers == {"Accept": "application/json"}
        assert call.source == "gitlab" and call.min_interval == GitLabSource.info.rate
    text = json.dumps([lead.model_dump(mode="json") for lead in run.leads])
    assert not CONTACT.search(text)


async def test_collect_requests_and_privacy(source_tester: Any) -> None:
    lead = Lead(url="https://gitlab.com/adaokafor", source="websearch")
    run = await source_tester.run(GitLabSource, _collect(lead))
    assert run.pages == [
        f"{API}/users?username=adaokafor",
        f"{API}/users/7310042",
        f"{API}/users/7310042/projects?order_by=last_activity_at&per_page=50",
    ]
    career = run.career
    assert career.name == "Ada Okafor" and career.location == "Lagos, Nigeria"
    assert career.experiences[0].title == "Head of Platform"
    assert "robot fleets" in career.summary
    assert not CONTACT.search(career.model_dump_json())


async def test_unknown_user_gives_empty_career(source_tester: Any) -> None:
    lead = Lead(url="https://gitlab.com/nobody-here", source="websearch")
    run = await source_tester.run(GitLabSource, _collect(lead))
    assert run.career.is_empty() and run.pages == [f"{API}/users?username=nobody-here"]
    gone = Lead(
        url="https://gitlab.com/gone", source="gitlab", handle="gone", extra={"user_id": "1"}
    )
    run = await source_tester.run(GitLabSource, _collect(gone))
    assert run.career.is_empty() and run.pages == [f"{API}/users/1"]


async def test_rate_limited_search_raises_source_error(source_tester: Any) -> None:
    with pytest.raises(
        SourceError, match=r"rate limit is reached, .*Try again in 120 s, or set GITLAB_TOKEN"
    ):
        await source_tester.run(GitLabSource, _search(Subject(name="Rate Limited")))


async def test_token_is_sent_as_private_token(fake_fetcher: Any, make_fetched: Any) -> None:
    url = "https://gitlab.com/api/v4/users"
    fake_fetcher.routes[url] = make_fetched(url, [])
    source = GitLabSource(SourceContext(fake_fetcher, SourceSettings(key="glpat-fixture")))
    await source.search(Subject(name="Ada Okafor"))
    assert fake_fetcher.calls[0].headers["PRIVATE-TOKEN"] == "glpat-fixture"


async def test_self_hosted_base_url(fake_fetcher: Any, make_fetched: Any) -> None:
    url = "https://git.northwind-robotics.test/api/v4/users"
    fake_fetcher.routes[url] = make_fetched(url, [])
    settings = SourceSettings(base_url="https://git.northwind-robotics.test/api/v4")
    await GitLabSource(SourceContext(fake_fetcher, settings)).search(Subject(name="Ada Okafor"))
    assert [c.url for c in fake_fetcher.calls] == [url]


async def test_blocked_and_unreachable_raise(fake_fetcher: Any, make_fetched: Any) -> None:
    url = "https://gitlab.com/api/v4/users"
    source = GitLabSource(SourceContext(fake_fetcher))
    fake_fetcher.routes[url] = make_fetched(url, status=401, detail="the site asks to sign in")
    with pytest.raises(SourceError, match="refused"):
        await source.search(Subject(name="Ada Okafor"))
    fake_fetcher.routes[url] = make_fetched(url, status=502, detail="the server failed")
    with pytest.raises(SourceError, match="could not be fetched"):
        await source.search(Subject(name="Ada Okafor"))
    fake_fetcher.routes[url] = make_fetched(url, "<html>sign in</html>")
    with pytest.raises(SourceError, match="not JSON"):
        await source.search(Subject(name="Ada Okafor"))


async def test_robots_txt_disallowing_the_api_is_reported(
    tmp_path: Path, make_fixture_web: Any
) -> None:
    """gitlab.com's real robots.txt disallows /api; the door obeys, the source says why."""
    from research.fetch import Door, DoorConfig
    from research.settings import ConnectTo

    site = tmp_path / "gitlab.com"
    shutil.copytree(FIXTURE_SITE, site)
    routes = site / "_routes.toml"
    robots = '[[route]]\npath = "/robots.txt"\ntext = "User-Agent: *\\nDisallow: /api\\n"\n\n'
    routes.write_text(robots + routes.read_text(encoding="utf-8"), encoding="utf-8")
    web = make_fixture_web(tmp_path)
    config = DoorConfig(
        connect_to=(ConnectTo("*", "127.0.0.1", web.port),), min_interval=0.0, cache_dir=None
    )
    async with Door(config) as door:
        source = GitLabSource(SourceContext(fetcher=door))
        with pytest.raises(SourceError, match=r"robots\.txt disallows the user search"):
            await source.search(Subject(name="Ada Okafor"))
    assert [r.path for r in web.requests()] == ["/robots.txt"]
