"""The ``bluesky`` source: golden parsers, the ``!no-unauthenticated`` opt-out, refusals,
and the requests it makes (``app.bsky.actor.searchActors`` / ``getProfile``).

Golden files: ``golden/bluesky/<case>.input.json`` and ``<case>.<parser>.expected.json``;
``RUNNERUP_UPDATE_GOLDEN=1`` rewrites the expected files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from research.errors import SourceError
from research.model import Lead, Subject
from research.source import Example, Expect, SourceContext
from research.testing import check_golden, golden_text
from sources.bluesky import (
    BlueskySource,
    actor_of,
    description_links,
    hidden_from_logged_out,
    name_matches,
    parse_actor,
    parse_profile,
    parse_search,
)

GOLDEN = Path(__file__).parent / "golden" / "bluesky"
CONTACT = re.compile(r"@ada-okafor\.test", re.IGNORECASE)
HIRE = "https://bsky.app/profile/adaokafor.bsky.social"
HIDDEN = "https://bsky.app/profile/ada-o.bsky.social"


PARSERS: dict[str, Callable[[Any], Any]] = {
    "search": lambda data: parse_search(data, "Ada Okafor"),
    "profile": lambda data: parse_profile(data),
}
CASES = [
    ("search-ada-okafor", "search"),
    ("profile-adaokafor", "profile"),
    ("profile-adaokafor-rn", "profile"),
    ("profile-ada-o", "profile"),
]


@pytest.mark.parametrize(("case", "parser"), CASES, ids=[f"{c}-{p}" for c, p in CASES])
def test_golden(case: str, parser: str) -> None:
    data = json.loads((GOLDEN / f"{case}.input.json").read_text(encoding="utf-8"))
    produced = PARSERS[parser](data)
    check_golden(GOLDEN / f"{case}.{parser}.expected.json", produced)
    assert not CONTACT.search(golden_text(produced)), "a contact detail got through"


def test_no_unauthenticated_is_dropped() -> None:
    data = json.loads((GOLDEN / "search-ada-okafor.input.json").read_text(encoding="utf-8"))
    hidden = data["actors"][3]
    assert hidden_from_logged_out(hidden)
    assert parse_actor(hidden) is None
    assert [lead.url for lead in parse_search(data, "Ada Okafor")] == [
        HIRE,
        "https://bsky.app/profile/adaokafor-rn.bsky.social",
    ]
    negated = dict(hidden, labels=[dict(hidden["labels"][0], neg=True)])
    assert not hidden_from_logged_out(negated)
    profile = json.loads((GOLDEN / "profile-ada-o.input.json").read_text(encoding="utf-8"))
    assert parse_profile(profile).is_empty() and parse_profile(profile).name is None


def test_search_keeps_name_matches_only() -> None:
    data = json.loads((GOLDEN / "search-ada-okafor.input.json").read_text(encoding="utf-8"))
    everyone = [lead.handle for lead in parse_search(data)]
    assert everyone == [
        "adaokafor.bsky.social",
        "adaokafor-rn.bsky.social",
        "adaeze-draws.bsky.social",
    ]
    assert "adaeze-draws.bsky.social" not in [x.handle for x in parse_search(data, "Ada Okafor")]
    assert name_matches({"displayName": "Adá  OKAFOR"}, "Ada Okafor")
    assert name_matches({"displayName": "", "handle": "adaokafor.bsky.social"}, "Ada Okafor")
    assert not name_matches({"displayName": "Ada O.", "handle": "ada.test"}, "Ada Okafor")


def test_hire_lead_fields() -> None:
    data = json.loads((GOLDEN / "search-ada-okafor.input.json").read_text(encoding="utf-8"))
    lead = parse_search(data)[0]
    assert lead.handle == "adaokafor.bsky.social"
    assert lead.extra["did"] == "did:plc:adaokafor4nwrobotics7abc"
    assert lead.headline and lead.headline.startswith("Head of Platform at Northwind Robotics")
    assert lead.links == ["https://ada-okafor.test/", "https://github.com/adaokafor"]


def test_description_links_and_domain_handles() -> None:
    assert description_links("see https://a.test/x, and b.test/cv. e.g. this") == [
        "https://a.test/x",
        "https://b.test/cv",
    ]
    assert description_links("v1.2 release") == []
    lead = parse_actor({"did": "did:plc:x", "handle": "ada-okafor.test", "displayName": "Ada"})
    assert lead is not None and lead.links == ["https://ada-okafor.test/"]
    assert parse_actor({"did": "did:plc:x", "handle": "handle.invalid"}) is None


def test_actor_of_and_accepts() -> None:
    own = Lead(url=HIRE, source="bluesky", extra={"did": "did:plc:adaokafor4nwrobotics7abc"})
    assert actor_of(own) == "did:plc:adaokafor4nwrobotics7abc"
    assert actor_of(Lead(url=HIRE, source="websearch")) == "adaokafor.bsky.social"
    assert actor_of(Lead(url="https://bsky.app/profile/did:plc:abc", source="x")) == "did:plc:abc"
    assert actor_of(Lead(url="https://bsky.app/search?q=ada", source="x")) is None
    source = BlueskySource(SourceContext(fetcher=None))  # type: ignore[arg-type]
    assert source.accepts(own) and not source.accepts(Lead(url="https://a.test/", source="x"))


# -- on the fixture web ----------------------------------------------------------------------


async def test_search_requests_follow_the_documented_api(source_tester: Any) -> None:
    example = Example("adhoc", (), Expect(), subject=Subject(name="Ada  Okafor"))
    run = await source_tester.run(BlueskySource, example)
    assert run.pages == [
        "public.api.bsky.app/xrpc/app.bsky.actor.searchActors?q=Ada+Okafor&limit=10"
    ]
    assert HIDDEN not in [lead.url for lead in run.leads] and len(run.leads) == 2
    assert all(c.source == "bluesky" and c.min_interval == 1.0 for c in run.calls)
    assert not CONTACT.search(json.dumps([lead.model_dump(mode="json") for lead in run.leads]))


async def test_collect_requests_and_refusal(source_tester: Any) -> None:
    lead = Lead(url=HIRE, source="bluesky", extra={"did": "did:plc:adaokafor4nwrobotics7abc"})
    run = await source_tester.run(BlueskySource, Example("adhoc", (), Expect(), lead=lead))
    assert run.pages == [
        "public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=did%3Aplc%3Aadaokafor4nwrobotics7abc"
    ]
    assert run.career.name == "Ada Okafor" and "Northwind Robotics" in (run.career.headline or "")
    hidden = Lead(url=HIDDEN, source="websearch")
    run = await source_tester.run(BlueskySource, Example("adhoc", (), Expect(), lead=hidden))
    assert run.career.is_empty() and run.career.name is None and run.career.summary == ""


async def test_unknown_actor_is_empty(source_tester: Any) -> None:
    lead = Lead(url="https://bsky.app/profile/nobody.bsky.social", source="websearch")
    run = await source_tester.run(BlueskySource, Example("adhoc", (), Expect(), lead=lead))
    assert run.career.is_empty() and run.career.name is None


# -- refusals (canned answers) ----------------------------------------------------------------

SEARCH = "https://public.api.bsky.app/xrpc/app.bsky.actor.searchActors"


async def test_refusals_raise(fake_fetcher: Any, make_fetched: Any) -> None:
    source = BlueskySource(SourceContext(fake_fetcher))
    subject = Subject(name="Ada Okafor")
    fake_fetcher.routes[SEARCH] = make_fetched(SEARCH, status=429)
    with pytest.raises(SourceError, match="rate limit"):
        await source.search(subject)
    fake_fetcher.routes[SEARCH] = make_fetched(SEARCH, status=403, detail="refuses access")
    with pytest.raises(SourceError, match="refused"):
        await source.search(subject)
    fake_fetcher.routes[SEARCH] = make_fetched(SEARCH, status=502)
    with pytest.raises(SourceError, match="could not be fetched"):
        await source.search(subject)
    fake_fetcher.routes[SEARCH] = make_fetched(SEARCH, "<html>")
    with pytest.raises(SourceError, match="not JSON"):
        await source.search(subject)
    # XRPC's InvalidRequest (e.g. "Profile not found") is nothing there, not a failure
    fake_fetcher.routes[SEARCH] = make_fetched(SEARCH, status=400, detail="HTTP 400")
    assert await source.search(subject) == []


@pytest.mark.parametrize(
    ("actor", "name", "matches"),
    [
        # a display name without the search's diacritics ("Ł" does not decompose)
        ({"displayName": "Lukasz Nowak", "handle": "lnowak.bsky.social"}, "Łukasz Nowak", True),
        # a nickname is the same person's name; identity weighs it later
        ({"displayName": "Bill Okafor", "handle": "bo.bsky.social"}, "William Okafor", True),
        # both words present, but another person's name
        ({"displayName": "Chidi Okafor & Ada", "handle": "co.bsky.social"}, "Ada Okafor", False),
        # "ada" inside "canada" is not the given name
        ({"displayName": "", "handle": "okaforcanada.bsky.social"}, "Ada Okafor", False),
        # family name first in the handle
        ({"displayName": "", "handle": "okaforada.bsky.social"}, "Ada Okafor", True),
    ],
)
def test_search_matches_names_as_identity_does(
    actor: dict[str, str], name: str, matches: bool
) -> None:
    assert name_matches(actor, name) is matches
