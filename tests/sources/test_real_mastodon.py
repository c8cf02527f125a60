"""The ``mastodon`` source when ``accounts/lookup`` needs a token (issue 15, problem 9): the
public ActivityPub actor document instead, with the same opt-outs. Published shapes and
their origin: ``real/mastodon/``; the fixture web has an instance answering 401."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from research.model import Subject
from research.source import Example, Expect
from research.testing import check_golden, load_json
from sources.mastodon import (
    Handle,
    MastodonSource,
    account_from_actor,
    actor_url,
    parse_account,
    profile_lead,
)

REAL = Path(__file__).parent / "real" / "mastodon"


def _search(*hints: str) -> Example:
    return Example(
        "adhoc", ("mastodon.test",), Expect(), subject=Subject(name="Ada Okafor", hints=list(hints))
    )


async def test_a_lookup_that_needs_a_token_falls_back_to_the_actor(source_tester: Any) -> None:
    run = await source_tester.run(MastodonSource, _search("@ada_fed@mastodon.test"))
    [lead] = run.leads
    assert lead.url == "https://mastodon.test/@ada_fed"
    assert lead.name == "Ada Okafor" and lead.employer == "Northwind Robotics"
    assert lead.headline and lead.headline.startswith("Head of Platform")
    assert "ada@ada-okafor.test" not in lead.model_dump_json()
    assert run.pages == [
        "mastodon.test/.well-known/webfinger?resource=acct%3Aada_fed%40mastodon.test",
        "mastodon.test/api/v1/accounts/lookup?acct=ada_fed",
        "mastodon.test/users/ada_fed",
    ]
    actor_call = run.calls[-1]
    assert (actor_call.headers or {}).get("Accept") == "application/activity+json"


async def test_the_fallback_respects_indexable(source_tester: Any) -> None:
    run = await source_tester.run(MastodonSource, _search("@ada_quiet@mastodon.test"))
    assert run.leads == []


def test_published_actor_shapes() -> None:
    handle = Handle("ines", "mastodon.social")
    assert (
        actor_url(load_json(REAL / "webfinger-docs.input.json"), handle)
        == "https://mastodon.social/users/ines"
    )
    # an actor that never set discoverable is never read
    recorded = account_from_actor(load_json(REAL / "actor-recorded-2019.input.json"))
    assert recorded is not None and parse_account(recorded, handle.domain) is None
    account = account_from_actor(load_json(REAL / "actor-discoverable.input.json"))
    assert account is not None
    profile = parse_account(account, handle.domain)
    assert profile is not None
    assert (profile.name, profile.employer, profile.url) == (
        "Ines Marchetti",
        "Open Harbour Data Foundation",
        "https://mastodon.social/@ines",
    )
    assert profile.verified_links == []  # verification is not federated
    assert profile.other_links == ["https://ines-marchetti.example"]
    quiet = dict(account, indexable=False)
    assert parse_account(quiet, handle.domain) is None
    check_golden(REAL / "actor-discoverable.lead.expected.json", profile_lead(profile))
