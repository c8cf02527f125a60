"""The ``mastodon`` source: golden parsers, opt-outs (discoverable, noindex), handles,
refusals, and the requests it makes (WebFinger, then ``accounts/lookup``).

Golden files: ``golden/mastodon/<case>.input.json`` and ``<case>.<parser>.expected.json``;
``RUNNERUP_UPDATE_GOLDEN=1`` rewrites the expected files.
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
from research.testing import check_golden, golden_text
from sources.mastodon import (
    Handle,
    MastodonSource,
    html_text,
    opted_out,
    parse_account,
    parse_handle,
    parse_handles,
    parse_webfinger,
    profile_career,
    profile_lead,
)

GOLDEN = Path(__file__).parent / "golden" / "mastodon"
AT = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
# a phone fragment, never digits inside a timestamp (fetched_at carries microseconds)
CONTACT = re.compile(r"@ada-okafor\.test|(?<![\d.:-])(?:555|0142)(?!\d)", re.IGNORECASE)
ADA = Handle("ada", "mastodon.test")


def _lead(data: Any) -> Any:
    profile = parse_account(data, "mastodon.test")
    return profile_lead(profile) if profile else None


def _career(data: Any) -> Any:
    profile = parse_account(data, "mastodon.test")
    return profile_career(profile, AT) if profile else None


PARSERS: dict[str, Callable[[Any], Any]] = {
    "lead": _lead,
    "career": _career,
    "webfinger": lambda data: parse_webfinger(data, ADA),
}
CASES = [
    ("account-ada", "lead"),
    ("account-ada", "career"),
    ("account-ada_rn", "lead"),
    ("account-ada_private", "lead"),
    ("account-ada_hidden", "lead"),
    ("webfinger-ada", "webfinger"),
]


@pytest.mark.parametrize(("case", "parser"), CASES, ids=[f"{c}-{p}" for c, p in CASES])
def test_golden(case: str, parser: str) -> None:
    data = json.loads((GOLDEN / f"{case}.input.json").read_text(encoding="utf-8"))
    produced = PARSERS[parser](data)
    check_golden(GOLDEN / f"{case}.{parser}.expected.json", produced)
    assert not CONTACT.search(golden_text(produced)), "a contact detail got through"


def test_account_fields() -> None:
    data = json.loads((GOLDEN / "account-ada.input.json").read_text(encoding="utf-8"))
    lead = _lead(data)
    assert lead.url == "https://mastodon.test/@ada" and lead.handle == "@ada@mastodon.test"
    assert lead.name == "Ada Okafor"  # the :robot: emoji shortcode is dropped
    assert lead.headline.startswith("Head of Platform at Northwind Robotics.")
    assert "Email" not in lead.headline and "ada@" not in lead.headline
    assert lead.links == ["https://ada-okafor.test/"]  # verified only
    assert lead.extra["unverified_links"] == "https://github.com/adaokafor"
    assert lead.employer == "Northwind Robotics"
    assert "field:Phone" not in lead.extra


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"discoverable": False}, "not discoverable"),
        ({"discoverable": None}, "not discoverable"),
        ({"noindex": True}, "noindex"),
        ({"suspended": True}, "suspended"),
        ({"moved": {"id": "1"}}, "moved"),
    ],
)
def test_opt_outs(changes: dict[str, Any], reason: str) -> None:
    data = json.loads((GOLDEN / "account-ada.input.json").read_text(encoding="utf-8"))
    assert opted_out(data) is None
    data.update(changes)
    assert reason in (opted_out(data) or "")
    assert parse_account(data, "mastodon.test") is None


@pytest.mark.parametrize(
    ("hint", "handle"),
    [
        ("@ada@mastodon.test", ADA),
        ("acct:ada@mastodon.test", ADA),
        ("@Ada@Mastodon.TEST", Handle("Ada", "mastodon.test")),
        ("https://mastodon.test/@ada", ADA),
        ("https://mastodon.test/@ada/", ADA),
        ("ada@mastodon.test", None),  # may be an email address
        ("https://medium.com/@ada", None),
        ("https://mastodon.test/@ada/109312345", None),
        ("github:adaokafor", None),
    ],
)
def test_parse_handle(hint: str, handle: Handle | None) -> None:
    assert parse_handle(hint) == handle


def test_webfinger_checks_the_subject() -> None:
    data = json.loads((GOLDEN / "webfinger-ada.input.json").read_text(encoding="utf-8"))
    assert parse_webfinger(data, ADA) == "https://mastodon.test"
    assert parse_webfinger(data, Handle("bob", "mastodon.test")) is None
    assert parse_webfinger({"subject": "acct:ada@mastodon.test", "links": []}, ADA) is None


def test_html_text() -> None:
    text, hrefs = html_text(
        '<p>Hi <a href="https://a.test/x"><span class="invisible">https://</span>'
        '<span class="">a.test/x</span></a></p><p>Call 555 0142 7788<br>bye</p>'
    )
    assert text == "Hi a.test/x\nbye"  # the phone number and its label are gone
    assert hrefs == ["https://a.test/x"]
    assert html_text(None) == ("", [])


# -- on the fixture web ----------------------------------------------------------------------


def _search(*hints: str) -> Example:
    subject = Subject(name="Ada Okafor", hints=list(hints))
    return Example("adhoc", ("mastodon.test",), Expect(), subject=subject)


async def test_search_requests_follow_the_documented_api(source_tester: Any) -> None:
    run = await source_tester.run(MastodonSource, _search("@ada@mastodon.test"))
    assert run.pages == [
        "mastodon.test/.well-known/webfinger?resource=acct%3Aada%40mastodon.test",
        "mastodon.test/api/v1/accounts/lookup?acct=ada",
    ]
    assert [lead.url for lead in run.leads] == ["https://mastodon.test/@ada"]
    assert run.leads[0].links == ["https://ada-okafor.test/"]
    assert all(c.source == "mastodon" and c.min_interval == 1.0 for c in run.calls)
    assert not CONTACT.search(run.leads[0].model_dump_json())


async def test_opted_out_accounts_give_no_lead(source_tester: Any) -> None:
    run = await source_tester.run(
        MastodonSource, _search("@ada_private@mastodon.test", "@ada_hidden@mastodon.test")
    )
    assert run.leads == []
    assert "mastodon.test/api/v1/accounts/lookup?acct=ada_private" in run.pages
    assert "mastodon.test/api/v1/accounts/lookup?acct=ada_hidden" in run.pages


async def test_unknown_account(source_tester: Any) -> None:
    run = await source_tester.run(MastodonSource, _search("@nobody@mastodon.test"))
    assert run.leads == [] and len(run.pages) == 1  # WebFinger said 404: no lookup


async def test_no_handle_no_requests(source_tester: Any) -> None:
    run = await source_tester.run(MastodonSource, _search("https://ada-okafor.test/"))
    assert run.leads == [] and run.requested == []


async def test_collect_the_hire_and_refuse_opted_out(source_tester: Any) -> None:
    lead = Lead(url="https://mastodon.test/@ada", source="webpage")
    example = Example("adhoc", ("mastodon.test",), Expect(), lead=lead)
    run = await source_tester.run(MastodonSource, example)
    career = run.career
    assert career.name == "Ada Okafor" and career.experiences[0].employer == "Northwind Robotics"
    assert career.experiences[0].evidence[0].url == "https://mastodon.test/@ada"
    assert not CONTACT.search(career.model_dump_json())
    hidden = Lead(url="https://mastodon.test/@ada_hidden", source="webpage")
    run = await source_tester.run(
        MastodonSource, Example("adhoc", ("mastodon.test",), Expect(), lead=hidden)
    )
    assert run.career.is_empty() and run.career.name is None


# -- refusals (canned answers) ----------------------------------------------------------------

WEBFINGER = "https://mastodon.test/.well-known/webfinger"


async def test_refusals_raise(fake_fetcher: Any, make_fetched: Any) -> None:
    source = MastodonSource(SourceContext(fake_fetcher))
    subject = Subject(name="Ada Okafor", hints=["@ada@mastodon.test"])
    fake_fetcher.routes[WEBFINGER] = make_fetched(WEBFINGER, status=429)
    with pytest.raises(SourceError, match=r"mastodon.test's rate limit is reached"):
        await source.search(subject)
    fake_fetcher.routes[WEBFINGER] = make_fetched(WEBFINGER, status=401, detail="sign in")
    with pytest.raises(SourceError, match=r"refused .* may require a login"):
        await source.search(subject)
    fake_fetcher.routes[WEBFINGER] = make_fetched(WEBFINGER, status=502)
    with pytest.raises(SourceError, match="could not be fetched"):
        await source.search(subject)
    fake_fetcher.routes[WEBFINGER] = make_fetched(WEBFINGER, "not json")
    with pytest.raises(SourceError, match="not JSON"):
        await source.search(subject)


async def test_accepts() -> None:
    source = MastodonSource(SourceContext(fetcher=None))  # type: ignore[arg-type]
    assert source.accepts(Lead(url="https://mastodon.test/@ada", source="webpage"))
    assert not source.accepts(Lead(url="https://ada-okafor.test/", source="webpage"))
    assert parse_handles(["@ada@mastodon.test", "https://mastodon.test/@ada"]) == [ADA]
