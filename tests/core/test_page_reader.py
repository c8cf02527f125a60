"""``runnerup read --as profile`` reads a page with the source that reads any web page: the
one declaring ``Source.fallback``, found in the registry by that role, whatever its id."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from research.errors import UsageError
from research.inputs import reading
from research.inputs.reading import page_reader
from research.model import Career, Lead, Subject
from research.source import Registered, Registry, Source, SourceInfo


def _info(source_id: str) -> SourceInfo:
    """The shipped page reader's declaration under another id (what it says does not
    matter here: only the role does)."""
    from sources.webpage import WebPageSource

    return replace(WebPageSource.info, id=source_id)


def parse_profile_page(page: str, url: str, fetched_at: datetime | None) -> Career:
    """This module's page parser: what the fallback source below reads pages with."""
    return Career(name="Read By The Fallback", headline=url)


class Pages(Source):
    """Reads any web page, under an id that is not ``webpage``."""

    info = _info("pages")
    fallback = True

    async def search(self, subject: Subject) -> list[Lead]:
        return []

    async def collect(self, lead: Lead) -> Career:
        return Career()


class Webpage(Pages):
    """Named ``webpage`` but not the fallback: the id means nothing."""

    info = _info("webpage")
    fallback = False


def _registry(*classes: type[Source]) -> Registry:
    entries = {c.info.id: Registered(c.info.id, f"{__name__}:{c.__name__}") for c in classes}
    return Registry(entries, _loaded={c.info.id: c for c in classes})


def test_the_page_reader_is_the_fallback_whatever_its_id() -> None:
    assert page_reader(_registry(Webpage, Pages)) is Pages
    assert page_reader(_registry(Webpage)) is None


def test_a_page_is_read_by_the_fallbacks_parser() -> None:
    career = reading.parse_profile_page(
        "<html></html>", "https://own.test/", None, registry=_registry(Webpage, Pages)
    )
    assert (career.name, career.headline) == ("Read By The Fallback", "https://own.test/")


def test_without_a_fallback_source_the_user_is_told_what_to_do() -> None:
    with pytest.raises(UsageError) as caught:
        reading.parse_profile_page("<p>x</p>", "https://x.test/", None, registry=_registry(Webpage))
    assert "reads any web page" in caught.value.message
    assert "--as" in (caught.value.hint or "")


def test_the_installed_fallback_is_the_webpage_source() -> None:
    from sources.webpage import WebPageSource

    assert page_reader() is WebPageSource
