"""The ``stackexchange`` source: golden parser tests, backoff and quota, refusals, gzip, and
the requests it makes.

Golden files: ``golden/stackexchange/<case>.input.json`` (an API answer in its documented
wrapper shape) and ``<case>.<parser>.expected.json``. ``RUNNERUP_UPDATE_GOLDEN=1`` rewrites
the expected files; review the diff before committing.
"""

from __future__ import annotations

import json
import re
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
from sources.stackexchange import (
    HIRE_ID,
    NAMESAKE_ID,
    StackExchangeSource,
    error_message,
    html_to_text,
    parse_profile,
    parse_top_tags,
    parse_user,
    parse_users,
    parse_wrapper,
    user_id_of,
)

GOLDEN = Path(__file__).parent / "golden" / "stackexchange"
AT = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
PROFILE = f"https://stackoverflow.com/users/{HIRE_ID}/ada-okafor"
# a phone fragment, never digits inside a timestamp (fetched_at carries microseconds)
CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|801 555|(?<![\d.:-])0142(?!\d)", re.IGNORECASE)
API = "https://api.stackexchange.com/2.3"


PARSERS: dict[str, Callable[[Any], Any]] = {
    "users": parse_users,
    "profile": parse_profile,
    "tags": lambda data: parse_top_tags(data, PROFILE, AT),
}
CASES = [
    ("users-ada-okafor", "users"),
    ("user-hire-about-me", "users"),
    ("user-hire-about-me", "profile"),
    ("top-tags-hire", "tags"),
    ("top-tags-namesake", "tags"),
]


def _load(case: str) -> Any:
    return load_json(GOLDEN / f"{case}.input.json")


@pytest.mark.parametrize(("case", "parser"), CASES, ids=[f"{c}-{p}" for c, p in CASES])
def test_golden(case: str, parser: str) -> None:
    produced = PARSERS[parser](_load(case))
    check_golden(GOLDEN / f"{case}.{parser}.expected.json", produced)
    assert not CONTACT.search(json.dumps(as_json(produced))), "a contact detail got through"


def test_user_fields() -> None:
    hire, nurse = parse_users(_load("users-ada-okafor"))
    assert hire.url == PROFILE and hire.handle == str(HIRE_ID) and hire.name == "Ada Okafor"
    assert hire.links == ["https://ada-okafor.test/", PROFILE]
    assert hire.location == "Lagos, Nigeria" and hire.headline is None
    assert hire.extra == {
        "user_id": str(HIRE_ID),
        "site": "stackoverflow",
        "reputation": "18423",
        "member_since": "2015-01",
    }
    assert nurse.location == "Ibadan, Oyo State, Nigeria" and nurse.links == [nurse.url]
    assert parse_user({"user_id": 5, "user_type": "does_not_exist"}) is None
    assert parse_user({"display_name": "no id"}) is None
    assert parse_users({"error_id": 400}) == []


def test_about_me_is_html_and_scrubbed() -> None:
    (lead,) = parse_users(_load("user-hire-about-me"))
    assert lead.name == "Ada Okafor 'ada'"
    assert (
        lead.headline == "Head of Platform at Northwind Robotics. Motion planning, Rust & Python."
    )
    assert not CONTACT.search(lead.model_dump_json())
    assert html_to_text("<p>a<br>b</p>") == "a\nb"
    assert html_to_text(None) == ""


def test_tags_become_skills() -> None:
    skills = parse_top_tags(_load("top-tags-hire"), PROFILE, AT)
    by_name = {s.name: s for s in skills}
    assert {"Rust", "Python", "C++", "Kubernetes", "motion-planning"} <= set(by_name)
    assert by_name["Rust"].id == "rust" and by_name["motion-planning"].id is None
    robotics = by_name["Robotics"]  # "ros" is its own, narrower skill (ROS)
    assert [e.quote.split("]")[0] for e in robotics.evidence] == ["[robotics"]
    assert [e.quote.split("]")[0] for e in by_name["ROS"].evidence] == ["[ros"]
    assert robotics.evidence[0].url == PROFILE + "?tab=tags"
    assert all(
        e.method == "api" and e.source == "stackexchange" for s in skills for e in s.evidence
    )
    assert parse_top_tags({"items": [{"tag_name": "x", "answer_count": 0}]}, PROFILE, AT) == []


def test_wrapper_and_errors() -> None:
    items, meta = parse_wrapper(_load("user-hire-about-me"))
    assert len(items) == 1
    assert meta == {"backoff": 10, "quota_remaining": 297, "quota_max": 300, "has_more": False}
    _, error = parse_wrapper(
        {"error_id": 502, "error_message": "too many requests", "error_name": "throttle_violation"}
    )
    message = error_message(error)
    assert message and "throttle_violation" in message and "try again later" in message
    assert error_message(meta) is None
    assert parse_wrapper(["not", "a", "wrapper"]) == ([], {})


def test_user_id_of_and_accepts() -> None:
    source = StackExchangeSource(SourceContext(fetcher=None))  # type: ignore[arg-type]
    own = Lead(url=PROFILE, source="stackexchange", handle=str(HIRE_ID))
    found = Lead(url=f"https://stackoverflow.com/users/{NAMESAKE_ID}/ada-okafor", source="web")
    bare = Lead(url="https://stackoverflow.com/users/12", source="websearch")
    question = Lead(url="https://stackoverflow.com/questions/12/x", source="websearch")
    other = Lead(url="https://superuser.com/users/12/x", source="websearch")
    assert user_id_of(own) == HIRE_ID and user_id_of(found) == NAMESAKE_ID
    assert user_id_of(bare) == 12
    assert user_id_of(question) is None and user_id_of(other) is None
    assert source.accepts(found) and not source.accepts(question)


# -- on the fixture web ----------------------------------------------------------------------


def _search(name: str) -> Example:
    return Example("adhoc", ("api.stackexchange.com",), Expect(), subject=Subject(name=name))


def _collect(user_id: int) -> Example:
    lead = Lead(url=f"https://stackoverflow.com/users/{user_id}", source="websearch")
    return Example("adhoc", ("api.stackexchange.com",), Expect(), lead=lead)


FILTER_CREATE = (
    "api.stackexchange.com/2.3/filters/create?include=user.about_me&base=default&unsafe=false"
)


async def test_search_requests_follow_the_documented_api(source_tester: Any) -> None:
    run = await source_tester.run(StackExchangeSource, _search("Ada Okafor"))
    assert [lead.handle for lead in run.leads] == [str(HIRE_ID), str(NAMESAKE_ID)]
    assert run.pages == [
        FILTER_CREATE,
        "api.stackexchange.com/2.3/users?inname=Ada+Okafor&order=desc&sort=reputation"
        "&pagesize=10&site=stackoverflow&filter=%21fixtureAboutMe",
    ]
    for call in run.calls:
        assert call.source == "stackexchange"
        assert call.min_interval == StackExchangeSource.info.rate
        assert "key" not in (call.params or {})


async def test_collect_reads_gzip_answers(source_tester: Any) -> None:
    run = await source_tester.run(StackExchangeSource, _collect(HIRE_ID))
    assert run.pages == [
        FILTER_CREATE,
        f"api.stackexchange.com/2.3/users/{HIRE_ID}?site=stackoverflow&filter=%21fixtureAboutMe",
        f"api.stackexchange.com/2.3/users/{HIRE_ID}/top-tags?pagesize=30&site=stackoverflow",
    ]
    career = run.career
    assert career.name == "Ada Okafor" and career.location == "Lagos, Nigeria"
    # about_me came with the filter: the headline is read, the address in it is not
    assert (
        career.headline
        == "Head of Platform at Northwind Robotics. I build robot fleet software in Rust."
    )
    assert "ada@" not in career.summary
    assert {"Rust", "Python", "Robotics"} <= {s.name for s in career.skills}
    assert all(e.fetched_at is not None for s in career.skills for e in s.evidence)


async def test_unknown_user_gives_empty_career(source_tester: Any) -> None:
    run = await source_tester.run(StackExchangeSource, _collect(1))
    assert run.career.is_empty() and run.career.name is None
    assert run.pages == [
        FILTER_CREATE,
        "api.stackexchange.com/2.3/users/1?site=stackoverflow&filter=%21fixtureAboutMe",
    ]


async def test_throttle_violation_raises_source_error(source_tester: Any) -> None:
    with pytest.raises(SourceError, match=r"HTTP 400.*throttle violation"):
        await source_tester.run(StackExchangeSource, _search("Throttled Person"))


async def test_key_is_sent_as_param(fake_fetcher: Any, make_fetched: Any) -> None:
    url = f"{API}/users"
    fake_fetcher.routes[url] = make_fetched(url, {"items": [], "quota_remaining": 9999})
    source = StackExchangeSource(SourceContext(fake_fetcher, SourceSettings(key="fixture-key")))
    await source.search(Subject(name="Ada Okafor"))
    assert fake_fetcher.calls[0].params["key"] == "fixture-key"


async def test_backoff_is_obeyed_per_method(fake_fetcher: Any, make_fetched: Any) -> None:
    users, profile = f"{API}/users", f"{API}/users/{HIRE_ID}"
    fake_fetcher.routes[users] = make_fetched(users, {"items": [], "backoff": 7})
    fake_fetcher.routes[profile] = make_fetched(profile, {"items": []})
    source = StackExchangeSource(SourceContext(fake_fetcher))
    now = [1000.0]
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    source._sleep = sleep
    source._clock = lambda: now[0]
    await source.search(Subject(name="Ada Okafor"))
    assert slept == []
    await source.collect(Lead(url=PROFILE, source="web"))  # another method: no wait
    assert slept == []
    now[0] += 2.0
    await source.search(Subject(name="Ada Okafor"))  # the same method: the rest of 7 s
    assert slept == [pytest.approx(5.0)]
    # the filter is asked for once (here it is not found, so no filter is sent)
    assert [c.url for c in fake_fetcher.calls].count(f"{API}/filters/create") == 1
    assert len(fake_fetcher.calls) == 4
    assert all("filter" not in (c.params or {}) for c in fake_fetcher.calls)


async def test_too_long_backoff_gives_up(fake_fetcher: Any, make_fetched: Any) -> None:
    url = f"{API}/users"
    fake_fetcher.routes[url] = make_fetched(url, {"items": [], "backoff": 86400})
    with pytest.raises(SourceError, match="wait 86400 s"):
        await StackExchangeSource(SourceContext(fake_fetcher)).search(Subject(name="Ada Okafor"))


async def test_used_up_quota_stops_requests(fake_fetcher: Any, make_fetched: Any) -> None:
    url = f"{API}/users"
    fake_fetcher.routes[url] = make_fetched(url, {"items": [], "quota_remaining": 0})
    source = StackExchangeSource(SourceContext(fake_fetcher))
    assert await source.search(Subject(name="Ada Okafor")) == []
    with pytest.raises(SourceError, match="quota for today is used up"):
        await source.search(Subject(name="Ada Okafor"))
    assert [c.url for c in fake_fetcher.calls] == [f"{API}/filters/create", url]


async def test_error_wrapper_and_refusals_raise(fake_fetcher: Any, make_fetched: Any) -> None:
    url = f"{API}/users"
    source = StackExchangeSource(SourceContext(fake_fetcher))
    error = {"error_id": 502, "error_message": "slow down", "error_name": "throttle_violation"}
    fake_fetcher.routes[url] = make_fetched(url, error)
    with pytest.raises(SourceError, match="throttle_violation"):
        await source.search(Subject(name="Ada Okafor"))
    fake_fetcher.routes[url] = make_fetched(url, status=403, detail="the site refuses access")
    with pytest.raises(SourceError, match="refused"):
        await source.search(Subject(name="Ada Okafor"))
    fake_fetcher.routes[url] = make_fetched(url, status=429)
    with pytest.raises(SourceError, match=r"rate limit.*set STACKEXCHANGE_KEY for a higher limit"):
        await source.search(Subject(name="Ada Okafor"))
    fake_fetcher.routes[url] = make_fetched(url, "<html>down</html>")
    with pytest.raises(SourceError, match="not JSON"):
        await source.search(Subject(name="Ada Okafor"))
