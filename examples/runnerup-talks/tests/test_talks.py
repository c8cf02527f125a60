"""The plugin's tests: offline, with runnerup's test kit (``research.testing``).

* the source's own ``examples`` run on the fixture web through the real fetch door (the
  ``source_examples`` fixture; the fixture web serves ``tests/fixtures/web``, set by
  ``fixture_web_root`` in pyproject.toml);
* the parser's output is pinned in ``tests/golden/`` (``check_golden``;
  ``RUNNERUP_UPDATE_GOLDEN=1`` rewrites what differs, then read the diff);
* ``fake_fetcher`` answers from a mapping of URL to answer, for tests without a server.
"""

from __future__ import annotations

from pathlib import Path

from runnerup_talks import TalksSource, parse_speakers

from research.model import Subject
from research.source import SourceContext
from research.testing import (
    FakeFetcher,
    FixtureWeb,
    SourceTester,
    check_golden,
    fetched,
    fixture_door,
    load_json,
)

TESTS = Path(__file__).parent
SPEAKERS = "https://talks.example.test/api/speakers"


def test_parse_speakers_drops_contact_details() -> None:
    leads = parse_speakers(
        {"speakers": [{"name": "A", "url": "https://x.test/a", "bio": "Write to a@example.test"}]}
    )
    assert "@" not in (leads[0].headline or "")


def test_parse_speakers_golden() -> None:
    # the input is the fixture web's answer for Ada; the expected leads sit in tests/golden/
    data = load_json(TESTS / "fixtures" / "web" / "talks.example.test" / "_responses" / "ada.json")
    check_golden(TESTS / "golden" / "ada.leads.expected.json", parse_speakers(data))


async def test_search_asks_the_api_by_name(fake_fetcher: FakeFetcher) -> None:
    fake_fetcher.routes[SPEAKERS] = fetched(SPEAKERS, {"speakers": []})
    leads = await TalksSource(SourceContext(fetcher=fake_fetcher)).search(Subject(name="Ada O"))
    assert leads == []
    (call,) = fake_fetcher.calls
    assert (call.url, call.params, call.source) == (SPEAKERS, {"name": "Ada O"}, "talks")


async def test_every_example_meets_its_expectations(source_examples: SourceTester) -> None:
    runs = await source_examples.run_all(TalksSource)
    assert len(runs) == len(TalksSource.examples) >= 2


async def test_search_and_collect(fixture_web: FixtureWeb) -> None:
    # the door runnerup builds, sent to the fixture web (no spacing on loopback)
    async with fixture_door(fixture_web, [TalksSource]) as door:
        source = TalksSource(SourceContext(fetcher=door))
        leads = await source.search(Subject(name="Ada Okafor"))
        assert [lead.name for lead in leads] == ["Ada Okafor"]
        assert "example.test" not in (leads[0].headline or "")
        career = await source.collect(leads[0])
    assert career.work[0].title == "Fleet-wide deploys without tears"
    assert fixture_web.requests(path="/api/speakers")
