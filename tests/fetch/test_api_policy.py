"""Documented APIs under their own terms: a source's calls to the API endpoints it declared
skip robots.txt (which is for crawlers) and keep the API's published limits; everything
else obeys robots.txt; ``robots_for_apis`` restores robots.txt; the deny list still wins.

The fixture web's gitlab.com has a robots.txt that disallows ``/api`` like the real one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from research.config import Config, load_config
from research.errors import SourceError
from research.fetch import Door, Outcome
from research.fetch.apis import ApiEndpoint, ApiPolicy, rate_limit_wait
from research.model import Subject
from research.source import SourceContext, api_policy
from research.testing import FixtureWeb
from sources.gitlab import GitLabSource

from . import conftest

GITLAB_TERMS = "https://handbook.gitlab.com/handbook/legal/policies/website-terms-of-use/"
USERS = "https://gitlab.com/api/v4/users?search=ada%20okafor"


def gitlab_policy(*, robots_for_apis: bool = False) -> ApiPolicy:
    config = Config(robots_for_apis=robots_for_apis)
    return api_policy(config, [GitLabSource])


def door_for(web: FixtureWeb, **overrides: Any) -> Door:
    """The door on the fixture web in loopback mode: the API's declared rate is dropped."""
    return conftest.door_for(web, **{"fixture_spacing": 0.0, **overrides})


# -- matching ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "matches"),
    [
        ("https://gitlab.com/api/v4/users?search=x", True),
        ("https://gitlab.com/api/v4", True),
        ("https://GitLab.com./api/v4/users/1", True),
        ("https://gitlab.com:443/api/v4/users", True),
        ("https://gitlab.com/api/v4x/users", False),  # a prefix is a path segment, not text
        ("https://gitlab.com/adaokafor", False),  # the profile page: robots.txt
        ("http://gitlab.com/api/v4/users", False),  # another scheme
        ("https://gitlab.com:8443/api/v4/users", False),  # another port
        ("https://docs.gitlab.com/api/v4/users", False),  # another host, even a subdomain
        ("https://gitlab.com/api/v4/../../explore", False),  # dot segments climb out
        ("https://gitlab.com/api/v4/%2e%2e/explore", False),
    ],
)
def test_an_endpoint_is_scheme_host_and_path_prefix(url: str, matches: bool) -> None:
    endpoint = ApiEndpoint("gitlab.com", ("/api/v4/",), GITLAB_TERMS)
    assert endpoint.matches(url) is matches


def test_only_the_declaring_source_gets_the_api_terms() -> None:
    policy = gitlab_policy()
    grant = policy.grant_for(USERS, "gitlab")
    assert grant is not None and grant.rule == f"api-terms {GITLAB_TERMS}"
    assert policy.grant_for(USERS, "webpage") is None  # a link followed by another source
    assert policy.grant_for(USERS, None) is None  # the posting reader, a browser's request
    assert gitlab_policy(robots_for_apis=True).grant_for(USERS, "gitlab") is None


def test_rate_limit_headers() -> None:
    now = 1_795_647_000.0
    github = {"x-ratelimit-remaining": "0", "x-ratelimit-reset": "1795647600"}
    assert rate_limit_wait(github, now) == 600.0
    gitlab = {"ratelimit-remaining": "0", "ratelimit-reset": "1795647030"}
    assert rate_limit_wait(gitlab, now) == 30.0
    assert rate_limit_wait({"ratelimit-remaining": "0", "ratelimit-reset": "12"}, now) == 12.0
    assert rate_limit_wait({"x-ratelimit-remaining": "41", "x-ratelimit-reset": "9"}, now) is None
    assert rate_limit_wait({}, now) is None


# -- the door on the fixture web ---------------------------------------------------------------


async def test_gitlab_api_is_read_under_its_terms_not_robots(fixture_web: FixtureWeb) -> None:
    async with door_for(fixture_web, api_policy=gitlab_policy()) as door:
        api = await door.get(USERS, source="gitlab")
        page = await door.get(USERS, source="webpage", headers={"X-Other": "1"})
    assert api.outcome is Outcome.OK and api.json()
    assert api.provenance.rule == f"api-terms {GITLAB_TERMS}"
    assert api.provenance.robots == ""
    # the same URL fetched by another source is a crawl: gitlab.com's robots.txt refuses it
    assert page.outcome is Outcome.DISALLOWED
    assert page.provenance.rule == "robots.txt"
    assert "Disallow: /api" in page.detail
    api_requests = fixture_web.requests(host="gitlab.com", path="/api/v4/users")
    assert len(api_requests) == 1


async def test_robots_for_apis_refuses_the_gitlab_api(fixture_web: FixtureWeb) -> None:
    async with door_for(fixture_web, api_policy=gitlab_policy(robots_for_apis=True)) as door:
        source = GitLabSource(SourceContext(fetcher=door))
        with pytest.raises(SourceError, match=r"robots\.txt disallows the user search"):
            await source.search(Subject(name="Ada Okafor"))
        assert [p.rule for p in door.log] == ["robots.txt"]
    assert [r.path for r in fixture_web.requests(host="gitlab.com")] == ["/robots.txt"]


async def test_the_gitlab_source_works_under_api_terms(fixture_web: FixtureWeb) -> None:
    async with door_for(fixture_web, api_policy=gitlab_policy()) as door:
        source = GitLabSource(SourceContext(fetcher=door))
        leads = await source.search(Subject(name="Ada Okafor"))
        rules = {p.rule for p in door.log}
    assert {lead.handle for lead in leads} >= {"adaokafor"}
    assert rules == {f"api-terms {GITLAB_TERMS}"}
    assert fixture_web.requests(host="gitlab.com", path="/robots.txt") == []


async def test_deny_list_refuses_a_declared_api(fixture_web: FixtureWeb) -> None:
    policy = ApiPolicy.of([("people", [ApiEndpoint("api.linkedin.com", ("/",), "https://x")], 0)])
    async with door_for(fixture_web, api_policy=policy) as door:
        fetched = await door.get("https://api.linkedin.com/v2/me", source="people")
    assert fetched.outcome is Outcome.FORBIDDEN_BY_TERMS
    assert fetched.provenance.rule == ""
    assert fixture_web.requests() == []


async def test_a_redirect_out_of_the_api_obeys_robots(
    site_web: Callable[..., FixtureWeb],
) -> None:
    web = site_web(
        {"api.example.test": {"/robots.txt": "User-agent: *\nDisallow: /\n"}},
        routes={
            "api.example.test": """
                [[route]]
                path = "/v1/moved"
                status = 302
                headers = { Location = "/elsewhere" }
                text = ""

                [[route]]
                path = "/v1/user"
                text = '{"name": "x"}'
                content_type = "application/json"
            """
        },
    )
    policy = ApiPolicy.of([("demo", [ApiEndpoint("api.example.test", ("/v1/",), "https://t")], 0)])
    async with door_for(web, api_policy=policy) as door:
        ok = await door.get("https://api.example.test/v1/user", source="demo")
        moved = await door.get("https://api.example.test/v1/moved", source="demo")
    assert ok.outcome is Outcome.OK
    assert moved.outcome is Outcome.DISALLOWED and moved.provenance.rule == "robots.txt"
    assert [r.path for r in web.requests() if r.path != "/robots.txt"] == ["/v1/user", "/v1/moved"]


async def test_an_api_out_of_quota_is_left_alone(site_web: Callable[..., FixtureWeb]) -> None:
    """GitHub's primary rate limit: 403 with X-RateLimit-Remaining: 0 is rate_limited (not
    blocked), and nothing more is sent to that API until the reset."""
    web = site_web(
        {},
        routes={
            "api.example.test": """
                [[route]]
                path = "/v1/*"
                status = 403
                text = '{"message": "API rate limit exceeded"}'
                content_type = "application/json"
                headers = { X-RateLimit-Remaining = "0", X-RateLimit-Reset = "4102444800" }
            """
        },
    )
    policy = ApiPolicy.of([("demo", [ApiEndpoint("api.example.test", ("/v1/",), "https://t")], 0)])
    async with door_for(web, api_policy=policy) as door:
        first = await door.get("https://api.example.test/v1/users/a", source="demo")
        second = await door.get("https://api.example.test/v1/users/b", source="demo")
    assert first.outcome is Outcome.RATE_LIMITED and first.status == 403
    assert first.headers["x-ratelimit-reset"] == "4102444800"
    assert second.outcome is Outcome.RATE_LIMITED and "nothing was sent" in second.detail
    assert [r.path for r in web.requests()] == ["/v1/users/a"]


async def test_a_page_signal_of_403_stays_blocked_outside_apis(
    site_web: Callable[..., FixtureWeb],
) -> None:
    web = site_web(
        {"www.example.test": {"/robots.txt": "User-agent: *\nAllow: /\n"}},
        routes={
            "www.example.test": """
                [[route]]
                path = "/p"
                status = 403
                text = "no"
                headers = { X-RateLimit-Remaining = "0", X-RateLimit-Reset = "4102444800" }
            """
        },
    )
    async with door_for(web) as door:
        fetched = await door.get("https://www.example.test/p", source="webpage")
    assert fetched.outcome is Outcome.BLOCKED and fetched.provenance.rule == "robots.txt"


# -- check-url ---------------------------------------------------------------------------------


@pytest.fixture
def check(fixture_web: FixtureWeb, tmp_path: Path) -> Callable[..., Any]:
    from research.cli import app

    runner = CliRunner()
    env = {"RUNNERUP_CONNECT_TO": fixture_web.connect_to, "RUNNERUP_HOME": str(tmp_path)}

    def run(*args: str) -> Any:
        return runner.invoke(app, ["check-url", *args], env=env)

    return run


def test_check_url_names_the_api_terms(check: Callable[..., Any], tmp_path: Path) -> None:
    result = check(USERS, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["allowed"] is True and data["api_source"] == "gitlab"
    assert data["rule"] == f"api-terms {GITLAB_TERMS}"
    assert data["robots"] == "disallowed by Disallow: /api (user-agent: *)"
    human = check(USERS)
    assert "gitlab source may fetch" in human.stdout
    assert f"Rule: api-terms {GITLAB_TERMS}" in human.stdout
    page = check("https://gitlab.com/adaokafor", "--json")
    assert json.loads(page.stdout)["rule"] == "robots.txt"


def test_check_url_with_robots_for_apis(check: Callable[..., Any], tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text("[fetch]\nrobots_for_apis = true\n", encoding="utf-8")
    assert load_config(tmp_path / "config.toml").robots_for_apis is True
    result = check(USERS, "--json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["reason"] == "disallowed" and data["rule"] == "robots.txt"
    assert data["api_source"] == "gitlab"
    assert "robots_for_apis" in check(USERS).stdout


def test_robots_for_apis_must_be_a_boolean(tmp_path: Path) -> None:
    from research.errors import ConfigError

    path = tmp_path / "config.toml"
    path.write_text('[fetch]\nrobots_for_apis = "yes"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="robots_for_apis must be true or false"):
        load_config(path)


async def test_an_api_backoff_field_pauses_the_host(site_web: Callable[..., FixtureWeb]) -> None:
    """Stack Exchange's ``backoff``: a pause longer than the door waits means nothing more
    is sent to that API in this run (the source also waits out shorter ones per method)."""
    web = site_web(
        {},
        routes={
            "api.example.test": """
                [[route]]
                path = "/2.3/*"
                text = '{"items": [], "backoff": 600, "quota_remaining": 200}'
                content_type = "application/json"
            """
        },
    )
    endpoint = ApiEndpoint("api.example.test", ("/2.3/",), "https://t", backoff_field="backoff")
    policy = ApiPolicy.of([("demo", [endpoint], 0)])
    async with door_for(web, api_policy=policy) as door:
        first = await door.get("https://api.example.test/2.3/users", source="demo")
        second = await door.get("https://api.example.test/2.3/users/1", source="demo")
    assert first.outcome is Outcome.OK
    assert second.outcome is Outcome.RATE_LIMITED and "nothing was sent" in second.detail
    assert [r.path for r in web.requests()] == ["/2.3/users"]


async def test_an_api_answer_is_not_replayed_to_a_crawl(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    """The in-run memory replays a page read twice; never across rules."""
    async with door_for(fixture_web, api_policy=gitlab_policy(), cache_dir=tmp_path) as door:
        api = await door.get(USERS, source="gitlab")
        again = await door.get(USERS, source="gitlab")
        crawl = await door.get(USERS, source="webpage")
    assert api.outcome is Outcome.OK and again.provenance.from_cache
    assert crawl.outcome is Outcome.DISALLOWED


def test_runnerup_config_shows_where_robots_for_apis_came_from(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    assert {s.name: s.value for s in load_config(path, env={}).effective()}[
        "fetch.robots_for_apis"
    ] is False
    path.write_text("[fetch]\nrobots_for_apis = true\n", encoding="utf-8")
    shown = {s.name: s for s in load_config(path, env={}).effective()}["fetch.robots_for_apis"]
    assert shown.value is True and shown.origin == str(path)
