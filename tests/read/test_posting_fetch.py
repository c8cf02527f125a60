"""Postings fetched by URL: through the real door on the fixture web, and every refusal as a
FetchError that names the URL and says what to do."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from research.errors import EXIT_FETCH, FetchError
from research.fetch.outcome import Outcome
from research.inputs.fetched import fetch_posting
from research.model import Method
from research.read.posting import read_posting_file
from research.testing import FakeFetcher, FixtureWeb

ROOT = Path(__file__).resolve().parents[2]
SITE = "jobs.northwind-robotics.test"
DEMO_URL = f"http://{SITE}/head-of-platform.html"
WHEN = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)


def answering(outcome: Outcome, body: bytes = b"", content_type: str = "text/html",
              detail: str = "", noindex: bool = False) -> FakeFetcher:  # fmt: skip
    """Every URL answered with ``outcome`` (and ``body`` when it is ok), fetched at WHEN."""
    return FakeFetcher.answering(
        body, outcome=outcome, content_type=content_type, detail=detail, noindex=noindex, at=WHEN
    )


@pytest.mark.parametrize(
    ("outcome", "words"),
    [
        (Outcome.DISALLOWED, "robots.txt"),
        (Outcome.FORBIDDEN_BY_TERMS, "terms"),
        (Outcome.NOT_FOUND, "not found"),
        (Outcome.BLOCKED, "login"),
        (Outcome.RATE_LIMITED, "slow down"),
        (Outcome.UNREACHABLE, "could not be reached"),
        (Outcome.TOO_LARGE, "larger"),
        (Outcome.UNSUPPORTED, "does not read"),
        (Outcome.UNSAFE_ADDRESS, "private"),
        (Outcome.UNSUPPORTED_SCHEME, "http"),
    ],
)
async def test_every_refusal_is_a_fetch_error_with_advice(outcome: Outcome, words: str) -> None:
    url = "http://acme-widgets.test/jobs/1"
    with pytest.raises(FetchError) as caught:
        await fetch_posting(url, answering(outcome, detail="because"))
    error = caught.value
    assert error.exit_code == EXIT_FETCH
    assert error.message.startswith(url)
    assert words in error.message
    assert error.hint


async def test_disallowed_says_save_the_posting_as_a_file() -> None:
    with pytest.raises(FetchError) as caught:
        await fetch_posting("http://x.test/a", answering(Outcome.DISALLOWED))
    assert "save it as a file" in str(caught.value)
    assert "--posting FILE" in str(caught.value)


async def test_noindex_page_is_not_read() -> None:
    body = b"<h1>Tester</h1><h2>Requirements</h2><ul><li>Go</li></ul>"
    with pytest.raises(FetchError, match="noindex"):
        await fetch_posting("http://x.test/a", answering(Outcome.OK, body, noindex=True))


async def test_text_and_pdf_postings_by_url() -> None:
    text = b"QA Lead at Acme Widgets\n\nRequirements\n- 3+ years of Python\n"
    role = await fetch_posting("http://x.test/a.txt", answering(Outcome.OK, text, "text/plain"))
    assert (role.title, role.employer, role.evidence[0].method) == (
        "QA Lead", "Acme Widgets", Method.TEXT,
    )  # fmt: skip
    pdf = (ROOT / "fixtures/documents/postings/tidewell-ml-engineer.pdf").read_bytes()
    fetcher = answering(Outcome.OK, pdf, "application/pdf")
    role = await fetch_posting("http://x.test/ml.pdf", fetcher)
    assert role.title == "Machine Learning Engineer"
    assert role.evidence[0].method is Method.PDF
    assert role.evidence[0].url == "http://x.test/ml.pdf"
    assert role.evidence[0].fetched_at == WHEN
    assert [(call.url, call.source) for call in fetcher.calls] == [
        ("http://x.test/ml.pdf", "posting")
    ]


# -- the real door on the fixture web --------------------------------------------------------


def _door(web: FixtureWeb) -> Any:
    from research.fetch import Door, DoorConfig
    from research.settings import parse_connect_to

    return Door(DoorConfig(connect_to=(parse_connect_to(web.connect_to),), min_interval=0))


async def test_demo_posting_through_the_door(fixture_web: FixtureWeb) -> None:
    async with _door(fixture_web) as door:
        role = await fetch_posting(DEMO_URL, door)
    local = read_posting_file(ROOT / "fixtures/documents/postings/northwind-head-of-platform.html")
    assert (role.title, role.employer) == ("Head of Platform", "Northwind Robotics")
    assert role.date_posted == date(2024, 1, 15)
    assert role.url == DEMO_URL
    assert role.evidence[0].method is Method.JSON_LD
    assert role.evidence[0].fetched_at is not None
    assert role.requirements == local.requirements
    assert role.model_dump(exclude={"url", "evidence"}) == local.model_dump(
        exclude={"url", "evidence"}
    )


async def test_robots_disallowed_posting_is_never_fetched(fixture_web: FixtureWeb) -> None:
    url = f"http://{SITE}/internal/staff-engineer.html"
    async with _door(fixture_web) as door:
        with pytest.raises(FetchError) as caught:
            await fetch_posting(url, door)
    assert "robots.txt" in caught.value.message
    assert fixture_web.requests(host=SITE, path="/internal/staff-engineer.html") == []


async def test_noindex_posting_through_the_door(fixture_web: FixtureWeb) -> None:
    async with _door(fixture_web) as door:
        with pytest.raises(FetchError, match="noindex"):
            await fetch_posting(f"http://{SITE}/warehouse-software-engineer.html", door)
