"""A runnerup source plugin: public conference talks from talks.example.test.

The whole contract: a declarative ``info``, offline ``examples``, and two async methods.
The source never touches the network itself: ``self.get`` goes through runnerup's fetch
door, which obeys robots.txt, paces the host and refuses what the terms forbid.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from research.model import Career, Evidence, Lead, Method, PartialDate, Subject, Work
from research.privacy import scrub
from research.source import Example, Expect, Source, SourceInfo


def parse_speakers(data: dict[str, Any]) -> list[Lead]:
    """Pure: the API's JSON in, leads out (tested without a network)."""
    return [
        Lead(
            url=speaker["url"],
            source="talks",
            name=speaker["name"],
            employer=speaker.get("company"),
            headline=scrub(speaker.get("bio", "")),
        )
        for speaker in data.get("speakers", [])
    ]


def parse_talks(data: dict[str, Any], url: str) -> Career:
    work = [
        Work(
            kind="talk",
            title=talk["title"],
            url=talk.get("url"),
            date=PartialDate.parse(talk["date"]) if talk.get("date") else None,
            description=talk.get("event", ""),
            evidence=[Evidence(source="talks", url=url, method=Method.API, quote=talk["title"])],
        )
        for talk in data.get("talks", [])
    ]
    return Career(name=data.get("name"), work=work)


class TalksSource(Source):
    info = SourceInfo(
        id="talks",
        name="Conference talks",
        site="talks.example.test",
        kind="api",
        base_url="https://talks.example.test/api",
        terms_url="https://talks.example.test/terms",
        terms_reviewed=date(2026, 11, 25),
        terms_summary="The public speaker API may be queried for one person at a time.",
        rate=1.0,
        fields=("work",),
    )
    examples = (
        Example(
            name="finds the speaker",
            sites=("talks.example.test",),
            subject=Subject(name="Ada Okafor", employer="Northwind Robotics"),
            expect=Expect(lead_urls=("https://talks.example.test/speakers/ada-okafor",)),
        ),
        Example(
            name="nobody of that name",
            sites=("talks.example.test",),
            subject=Subject(name="Zebediah Nobody"),
            expect=Expect(max_leads=0),
        ),
    )

    async def search(self, subject: Subject) -> list[Lead]:
        fetched = await self.get(f"{self.base_url}/speakers", params={"name": subject.name})
        if not fetched.usable:
            return []
        return parse_speakers(fetched.json())

    async def collect(self, lead: Lead) -> Career:
        fetched = await self.get(f"{lead.url}/talks.json")
        if not fetched.usable:
            return Career()
        return parse_talks(fetched.json(), lead.url)
