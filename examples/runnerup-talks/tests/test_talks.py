"""The plugin's tests: offline, on runnerup's fixture web (the ``fixture_web`` fixture
serves ``tests/fixtures/web``, set by ``fixture_web_root`` in pyproject.toml). The source's
own ``examples`` run through runnerup's test kit (the ``source_examples`` fixture)."""

from __future__ import annotations

from runnerup_talks import TalksSource, parse_speakers

from research.model import Subject
from research.source import SourceContext
from research.testing import FixtureWeb, SourceTester, fixture_door


def test_parse_speakers_drops_contact_details() -> None:
    leads = parse_speakers(
        {"speakers": [{"name": "A", "url": "https://x.test/a", "bio": "Write to a@example.test"}]}
    )
    assert "@" not in (leads[0].headline or "")


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
