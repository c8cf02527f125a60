"""The plugin's tests: offline, on runnerup's fixture web (the ``fixture_web`` fixture
serves ``tests/fixtures/web``, set by ``fixture_web_root`` in pyproject.toml)."""

from __future__ import annotations

from runnerup_talks import TalksSource, parse_speakers

from research.fetch import Door, DoorConfig
from research.model import Subject
from research.settings import parse_connect_to
from research.source import SourceContext
from research.testing import FixtureWeb


def test_parse_speakers_drops_contact_details() -> None:
    leads = parse_speakers(
        {"speakers": [{"name": "A", "url": "https://x.test/a", "bio": "Write to a@example.test"}]}
    )
    assert "@" not in (leads[0].headline or "")


async def test_search_and_collect(fixture_web: FixtureWeb) -> None:
    config = DoorConfig(connect_to=(parse_connect_to(fixture_web.connect_to),), min_interval=0)
    async with Door(config) as door:
        source = TalksSource(SourceContext(fetcher=door))
        leads = await source.search(Subject(name="Ada Okafor"))
        assert [lead.name for lead in leads] == ["Ada Okafor"]
        assert "example.test" not in (leads[0].headline or "")
        career = await source.collect(leads[0])
    assert career.work[0].title == "Fleet-wide deploys without tears"
    assert fixture_web.requests(path="/api/speakers")
