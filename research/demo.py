"""The offline demo: a complete lookup of an invented hire on the bundled demo web.

The demo web is the fixture web (``fixtures/web/``, shipped in the wheel as
``research/_data/web``) served on loopback; ``--connect-to '*=127.0.0.1:PORT'`` sends every
request there, so the demo needs no network and no keys. Every request still passes the
fetch door: robots.txt, pacing, the deny list and the page signals apply as on the real web.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import research
from research.config import Config, load_config
from research.events import Listener, ignore
from research.fetch.outcome import Provenance
from research.lookup import Chooser, LookupRequest, LookupResult, run_lookup
from research.model import Subject
from research.settings import ConnectTo, Settings

DEMO_SUBJECT = {
    "name": "Ada Okafor",
    "employer": "Northwind Robotics",
    "role": "Head of Platform",
}
DEMO_POSTING = "https://jobs.northwind-robotics.test/head-of-platform.html"
DEMO_RESUME = "sam-rivera.pdf"
DEMO_SEARXNG = "https://searx.test"
DEMO_SPACING = 0.25
"""Seconds between requests to one demo host when ``RUNNERUP_FIXTURE_SPACING`` is not set:
the demo web is our own loopback server (the door decides; see
:func:`research.fetch.config.door_spacing`)."""


def demo_config() -> Config:
    """Defaults only (the user's keys and config play no part), with the demo web's
    SearXNG instance for the web search source."""
    return replace(
        load_config(None, env={}),
        sources={"websearch": {"searxng_url": DEMO_SEARXNG}},
    )


@dataclass(frozen=True)
class DemoData:
    web: Path
    resume: Path


async def run_demo_lookup(
    settings: Settings,
    data: DemoData,
    *,
    spacing: float | None = DEMO_SPACING,
    browser_executable: str | None = None,
    listen: Listener = ignore,
    choose: Chooser | None = None,
    request: LookupRequest | None = None,
) -> tuple[LookupResult, list[Provenance]]:
    """The demo lookup on a fixture web that ``settings.connect_to`` points at; returns the
    result and the door's log. ``spacing`` is the demo's own spacing on that web (the door
    uses it only when every request goes to loopback); None keeps the real web's pacing
    there (the user's spacing, never under 1 s, and the sources' declared rates), as
    ``bench/lookup.py`` measures it. The web page passes its own
    ``request`` (the form, filled in with the demo's hire and posting) and ``choose``: the
    user is asked whenever identity is not certain instead of the demo's ``--yes``."""
    from research.doors import open_door

    config = demo_config()
    door = open_door(
        settings,
        config,
        fixture_spacing=spacing,
        browser_executable=browser_executable or config.browser_executable,
    )
    request = request or LookupRequest(
        subject=Subject(**DEMO_SUBJECT),
        posting=DEMO_POSTING,
        resume=str(data.resume),
        yes=choose is None,
    )
    result = await run_lookup(
        request, settings=settings, config=config, listen=listen, choose=choose, door=door
    )
    return result, door.log


def demo_data() -> DemoData:
    """The bundled data: inside the installed package, else the source checkout's fixtures."""
    package = Path(research.__file__).resolve().parent
    for root in (package / "_data", package.parent / "fixtures"):
        web, resume = root / "web", root / "demo" / DEMO_RESUME
        if web.is_dir() and resume.is_file():
            return DemoData(web=web, resume=resume)
    from research.errors import RunnerupError

    raise RunnerupError(
        "the demo data is missing from this installation",
        hint="Reinstall runnerup (pip install --force-reinstall runnerup) or run from a clone.",
    )


@contextlib.contextmanager
def demo_web(data: DemoData | None = None) -> Iterator[tuple[ConnectTo, ...]]:
    """Serve the bundled demo web on 127.0.0.1 (a free port) until the block ends; yields
    the ``connect_to`` mapping that sends every host there, for :class:`Settings`."""
    from research.fixtureweb.server import FixtureWeb

    with FixtureWeb((data or demo_data()).web) as web:
        yield (ConnectTo("*", "127.0.0.1", web.port),)


__all__ = [
    "DEMO_POSTING",
    "DEMO_SPACING",
    "DEMO_SUBJECT",
    "DemoData",
    "demo_config",
    "demo_data",
    "demo_web",
    "run_demo_lookup",
]
