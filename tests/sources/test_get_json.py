"""``Source.get_json``: the one refusal ladder of every API source, through the real fetch
door on a fixture site on loopback. Each refusal a user can meet gives one message naming
the site and what was asked for; "not there" is no error."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from research.config import SourceSettings
from research.errors import SourceError
from research.fetch.outcome import Outcome, api_refusal, duration_words, is_rate_limit
from research.model import Career, Lead, Subject
from research.source import Source, SourceContext, SourceInfo

HOST = "api.people-directory.test"
"""An invented API, served by the fixture web."""

ROUTES = """
[[route]]
path = "/robots.txt"
text = "User-Agent: *\\nDisallow: /private/\\n"
content_type = "text/plain"

[[route]]
path = "/people/ada"
text = '{"name": "Ada Okafor", "employer": "Northwind Robotics"}'
content_type = "application/json"

[[route]]
path = "/people/busy"
status = 429
text = '{"message": "slow down"}'
content_type = "application/json"
headers = { retry-after = "3600" }

[[route]]
path = "/people/locked"
status = 403
text = '{"message": "forbidden"}'
content_type = "application/json"

[[route]]
path = "/people/html"
text = "<html><body>Sign in to continue</body></html>"
content_type = "text/html"

[[route]]
path = "/people/gone"
status = 404
text = '{"message": "no such person"}'
content_type = "application/json"

[[route]]
path = "/private/ada"
text = '{"name": "Ada Okafor"}'
content_type = "application/json"
"""


class DirectorySource(Source):
    """A minimal API source, as a plugin author would write it."""

    info = SourceInfo(
        id="directory",
        name="People Directory",
        site=HOST,
        kind="api",
        base_url=f"https://{HOST}",
        terms_url=f"https://{HOST}/terms",
        terms_reviewed=date(2026, 12, 1),
        terms_summary="Invented terms for a test.",
        rate=1.0,
        key_env="DIRECTORY_TOKEN",
    )

    async def search(self, subject: Subject) -> list[Lead]:
        return []

    async def collect(self, lead: Lead) -> Career:
        return Career()


@pytest.fixture
def web(tmp_path: Path, make_fixture_web: Any) -> Any:
    site = tmp_path / HOST
    site.mkdir()
    (site / "_routes.toml").write_text(ROUTES, encoding="utf-8")
    return make_fixture_web(tmp_path)


async def _get(web: Any, path: str, *, key: str | None = None) -> Any:
    from research.fetch import Door, DoorConfig
    from research.settings import ConnectTo

    config = DoorConfig(
        connect_to=(ConnectTo("*", "127.0.0.1", web.port),), min_interval=0.0, cache_dir=None
    )
    async with Door(config) as door:
        source = DirectorySource(SourceContext(door, SourceSettings(key=key)))
        return await source.get_json(f"https://{HOST}{path}", "the profile of Ada Okafor")


async def test_an_ok_answer_is_parsed_and_dated(web: Any) -> None:
    answer = await _get(web, "/people/ada")
    assert answer.data == {"name": "Ada Okafor", "employer": "Northwind Robotics"}
    assert answer.fetched_at is not None and answer.fetched.ok


async def test_not_found_is_no_error(web: Any) -> None:
    answer = await _get(web, "/people/gone")
    assert answer.data is None and answer.fetched_at is None
    assert answer.fetched.outcome is Outcome.NOT_FOUND


async def test_a_rate_limit_says_how_long_to_wait_and_which_key_helps(web: Any) -> None:
    with pytest.raises(SourceError) as caught:
        await _get(web, "/people/busy")
    assert str(caught.value) == (
        "People Directory's rate limit is reached, so the profile of Ada Okafor could not be "
        "read. Try again in 60 minutes, or set DIRECTORY_TOKEN for a higher limit."
    )


async def test_a_rate_limit_with_a_key_set_does_not_ask_for_one(web: Any) -> None:
    with pytest.raises(SourceError) as caught:
        await _get(web, "/people/busy", key="fixture-token")
    assert "Try again in 60 minutes." in str(caught.value)
    assert "DIRECTORY_TOKEN" not in str(caught.value)


async def test_robots_txt_disallowing_the_call_is_respected_and_said(web: Any) -> None:
    with pytest.raises(SourceError) as caught:
        await _get(web, "/private/ada")
    message = str(caught.value)
    assert message == (
        "People Directory's robots.txt disallows the profile of Ada Okafor for automated "
        "clients, and runnerup respects it. Rule: Disallow: /private/ (user-agent: *)."
    )
    assert [r.path for r in web.requests()] == ["/robots.txt"]  # the page was never asked


async def test_a_403_is_a_refusal_and_names_the_key_only_when_one_is_set(web: Any) -> None:
    with pytest.raises(SourceError) as caught:
        await _get(web, "/people/locked")
    assert str(caught.value) == (
        "People Directory refused the profile of Ada Okafor; the site refuses access (HTTP 403)."
    )
    with pytest.raises(SourceError, match=r"\(HTTP 403\)\. Check DIRECTORY_TOKEN\.$"):
        await _get(web, "/people/locked", key="fixture-token")


async def test_an_answer_that_is_not_json_names_the_site(web: Any) -> None:
    with pytest.raises(SourceError) as caught:
        await _get(web, "/people/html")
    assert str(caught.value) == (
        "People Directory answered the profile of Ada Okafor with something that is not JSON."
    )


# -- the ladder itself, on answers the door could give ----------------------------------------


def test_a_reset_time_is_said_as_a_clock_time(make_fetched: Any) -> None:
    # GitHub's primary limit: 403 with X-RateLimit-Remaining: 0 and an epoch reset
    answer = make_fetched(
        "https://api.github.com/search/users",
        status=403,
        headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1795647600"},
    )
    assert is_rate_limit(answer)
    message = api_refusal(answer, "the user search", site="GitHub", key_env="GITHUB_TOKEN")
    assert message == (
        "GitHub's rate limit is reached until 23:00 UTC, so the user search could not be read. "
        "Try again after 23:00 UTC, or set GITHUB_TOKEN for a higher limit."
    )


def test_a_source_adds_its_own_hint(make_fetched: Any) -> None:
    url = "https://gitlab.com/api/v4/users"
    robots = make_fetched(
        url, outcome=Outcome.DISALLOWED, status=None, detail="robots.txt: Disallow: /api"
    )
    hints = {Outcome.DISALLOWED: "Set [sources.gitlab] base_url."}
    message = api_refusal(robots, "the user search", site="GitLab", hints=hints)
    assert message == (
        "GitLab's robots.txt disallows the user search for automated clients, and runnerup "
        "respects it. Rule: Disallow: /api. Set [sources.gitlab] base_url."
    )
    # a hint keyed by HTTP status wins over the outcome's
    bad = make_fetched(url, status=400, detail="the server answered HTTP 400")
    hints400 = {400: "A bad parameter.", Outcome.UNREACHABLE: "Unreachable."}
    assert api_refusal(bad, "the user search", site="GitLab", hints=hints400) == (
        "GitLab: the user search could not be fetched; the server answered HTTP 400. "
        "A bad parameter."
    )


def test_statuses_a_source_declares_absent_are_no_error(make_fetched: Any) -> None:
    locked = make_fetched("https://pub.orcid.org/v3.0/x/works", status=409)
    assert api_refusal(locked, "the works", site="ORCID", absent=(409,)) is None
    assert api_refusal(locked, "the works", site="ORCID") is not None


@pytest.mark.parametrize(
    ("outcome", "words"),
    [
        (Outcome.FORBIDDEN_BY_TERMS, "runnerup did not ask Site for the works: the site's terms"),
        (Outcome.UNSAFE_ADDRESS, "runnerup did not ask Site for the works: its address is"),
        (Outcome.UNREACHABLE, "Site: the works could not be fetched; it could not be reached."),
        (Outcome.TOO_LARGE, "Site: the works could not be fetched; it is larger than"),
    ],
)
def test_every_other_refusal_is_worded(make_fetched: Any, outcome: Outcome, words: str) -> None:
    answer = make_fetched("https://site.test/works", outcome=outcome, status=None)
    message = api_refusal(answer, "the works", site="Site")
    assert message is not None and message.startswith(words)


def test_waits_read_as_words() -> None:
    assert [duration_words(s) for s in (0.2, 45, 179, 600, 3600, 7200, 86400)] == [
        "1 s",
        "45 s",
        "179 s",
        "10 minutes",
        "60 minutes",
        "2 hours",
        "24 hours",
    ]
