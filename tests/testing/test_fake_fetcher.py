"""The kit's one fake fetcher: answers from a mapping, records every call, fails on demand."""

from __future__ import annotations

import pytest

from research.fetch.outcome import Fetched, Outcome
from research.source import Fetcher
from research.testing import FETCHED_AT, FakeFetcher, fetched
from research.testing.examples import Call

API = "https://api.example.test/users"


def test_the_fake_meets_the_fetcher_protocol() -> None:
    fetcher: Fetcher = FakeFetcher()  # mypy checks the protocol; this checks the two methods
    assert callable(fetcher.get) and callable(fetcher.render)


async def test_routes_answer_and_every_call_is_recorded() -> None:
    fetcher = FakeFetcher({API: fetched(API, {"items": [{"login": "ada"}]})})
    answer = await fetcher.get(
        API, params={"q": "Ada"}, headers={"Authorization": "Bearer k"}, source="github"
    )
    assert answer.ok and answer.json() == {"items": [{"login": "ada"}]}
    assert answer.provenance.fetched_at == FETCHED_AT
    assert fetcher.calls == [
        Call(API, {"q": "Ada"}, {"Authorization": "Bearer k"}, "github", None, "")
    ]


async def test_unknown_urls_are_not_found_unless_strict() -> None:
    missing = await FakeFetcher().get("https://nowhere.test/")
    assert missing.outcome is Outcome.NOT_FOUND and missing.body == b""
    strict = FakeFetcher({API: fetched(API, [])}, strict=True)
    with pytest.raises(AssertionError, match=r"nowhere\.test.*answers: " + API):
        await strict.render("https://nowhere.test/", purpose="profile")
    assert [c.purpose for c in strict.calls] == ["render: profile"]


async def test_an_answer_may_depend_on_the_call() -> None:
    def by_page(call: Call) -> Fetched:
        page = int((call.params or {}).get("page", "1"))
        return fetched(call.url, [] if page > 1 else [1, 2])

    fetcher = FakeFetcher({API: by_page})
    first = await fetcher.get(API, params={"page": "1"})
    second = await fetcher.get(API, params={"page": "2"})
    assert (first.json(), second.json()) == ([1, 2], [])


async def test_answering_gives_every_url_the_same_answer() -> None:
    fetcher = FakeFetcher.answering(b"<h1>Hi</h1>", content_type="text/html")
    page = await fetcher.get("https://a.test/x")
    assert (page.url, page.text(), page.content_type) == (
        "https://a.test/x",
        "<h1>Hi</h1>",
        "text/html",
    )


@pytest.mark.parametrize(
    ("status", "outcome"),
    [
        (200, Outcome.OK),
        (401, Outcome.BLOCKED),
        (403, Outcome.BLOCKED),
        (404, Outcome.NOT_FOUND),
        (429, Outcome.RATE_LIMITED),
        (503, Outcome.UNREACHABLE),
    ],
)
def test_fetched_gives_the_outcome_the_door_would(status: int, outcome: Outcome) -> None:
    answer = fetched(API, "body", status=status, headers={"Retry-After": "30"})
    assert answer.outcome is outcome and answer.status == status
    assert answer.headers["retry-after"] == "30"
    assert answer.body == (b"body" if outcome is Outcome.OK else b"")


def test_a_noindex_page_keeps_no_body() -> None:
    page = fetched("https://a.test/", "<p>private</p>", content_type="text/html", noindex=True)
    assert page.ok and page.noindex and not page.usable and page.body == b""


def test_the_plugin_fixtures_are_the_kit(fake_fetcher: FakeFetcher, make_fetched: object) -> None:
    assert isinstance(fake_fetcher, FakeFetcher) and fake_fetcher.calls == []
    assert make_fetched is fetched
