"""The ``stackexchange`` parsers on a published ``/users/{ids}`` answer (issue 15, problem 8).
Inputs and origin: ``real/stackexchange/``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from research.model import Lead
from research.source import SourceContext
from research.testing import check_golden, load_json
from sources.stackexchange import StackExchangeSource, parse_filter, parse_profile

REAL = Path(__file__).parent / "real" / "stackexchange"
API = "https://api.stackexchange.com/2.3"


def test_default_filter_has_no_headline_and_about_me_gives_one() -> None:
    assert parse_profile(load_json(REAL / "users-by-ids-default.input.json")).headline is None
    career = parse_profile(load_json(REAL / "users-by-ids-about-me.input.json"))
    assert career.headline == 'Integration engineer. I write connectors for "enterprise" buses.'
    assert "invalid.example" not in career.model_dump_json()


async def test_collect_asks_for_about_me_with_a_created_filter(
    fake_fetcher: Any, make_fetched: Any
) -> None:
    create = f"{API}/filters/create"
    answer = {
        "items": [
            {
                "filter": "!abc",
                "filter_type": "safe",
                "included_fields": ["user.about_me", "user.display_name"],
            }
        ]
    }
    fake_fetcher.routes[create] = make_fetched(create, answer)
    profile = f"{API}/users/9104301"
    fake_fetcher.routes[profile] = lambda call: make_fetched(
        profile,
        load_json(
            REAL
            / (
                "users-by-ids-about-me.input.json"
                if call.params.get("filter") == "!abc"
                else "users-by-ids-default.input.json"
            )
        ),
    )
    source = StackExchangeSource(SourceContext(fake_fetcher))
    career = await source.collect(Lead(url="https://stackoverflow.com/users/9104301", source="web"))
    assert career.headline and career.headline.startswith("Integration engineer")
    first = fake_fetcher.calls[0]
    assert first.url == create and first.params["include"] == "user.about_me"


def test_a_filter_without_about_me_is_not_used() -> None:
    assert parse_filter({"items": [{"filter": "!x", "included_fields": ["user.user_id"]}]}) is None


def test_golden() -> None:
    for case in ("users-by-ids-default", "users-by-ids-about-me"):
        career = parse_profile(load_json(REAL / f"{case}.input.json"))
        check_golden(REAL / f"{case}.profile.expected.json", career)


async def test_a_configured_filter_is_used_without_creating_one(
    fake_fetcher: Any, make_fetched: Any
) -> None:
    from research.config import SourceSettings

    profile = f"{API}/users/9104301"
    about_me = load_json(REAL / "users-by-ids-about-me.input.json")
    fake_fetcher.routes[profile] = make_fetched(profile, about_me)
    settings = SourceSettings(extra={"about_me_filter": "!baked"})
    source = StackExchangeSource(SourceContext(fake_fetcher, settings))
    await source.collect(Lead(url="https://stackoverflow.com/users/9104301", source="web"))
    assert [c.url for c in fake_fetcher.calls] == [profile, f"{profile}/top-tags"]
    assert fake_fetcher.calls[0].params["filter"] == "!baked"
