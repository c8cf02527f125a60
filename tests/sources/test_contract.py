"""The contract every registered source keeps (built-in or third-party alike).

``registered_source`` is parametrized over every ``runnerup.sources`` entry point by
``conftest.pytest_generate_tests``.

EXPECTED TO FAIL DURING DEVELOPMENT: ``test_every_registered_source_loads`` fails for an
entry point whose module is not written yet. That is on purpose: at release every
registered source must load. (The example runner only skips such sources.)
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from research.source import Example, Source

REPO = Path(__file__).resolve().parents[2]
FIXTURE_ROOT = REPO / "fixtures" / "web"
README = REPO / "README.md"
MAX_TERMS_AGE = timedelta(days=730)


def _cls(registered_source: object) -> type[Source]:
    cls: type[Source] | None = getattr(registered_source, "cls", None)
    if cls is None:
        pytest.skip(
            f"{getattr(registered_source, 'id', '?')} does not load "
            "(test_every_registered_source_loads reports it)"
        )
    assert cls is not None
    return cls


def test_every_registered_source_loads(registered_source: object) -> None:
    """Every entry point must import and name a Source whose id is the entry point's name.
    Fails for sources still being written: every one must load before a release."""
    problem = getattr(registered_source, "problem", "")
    assert getattr(registered_source, "cls", None) is not None, (
        f"registered source {getattr(registered_source, 'id', '?')!r} "
        f"({getattr(registered_source, 'target', '?')}) cannot be loaded: {problem}"
    )


def test_terms_are_declared(registered_source: object) -> None:
    cls = _cls(registered_source)
    info = cls.info
    terms = urlsplit(info.terms_url)
    assert terms.scheme == "https" and terms.hostname, f"{info.id}: terms_url must be https"
    assert info.terms_reviewed <= date.today(), f"{info.id}: terms_reviewed is in the future"
    assert date.today() - info.terms_reviewed <= MAX_TERMS_AGE, (
        f"{info.id}: terms reviewed on {info.terms_reviewed}, over two years ago: review them "
        "again and update terms_reviewed"
    )
    assert info.terms_summary.strip(), f"{info.id}: terms_summary is empty"
    assert info.name.strip() and info.site.strip(), f"{info.id}: name and site are required"


def test_rate_is_declared(registered_source: object) -> None:
    cls = _cls(registered_source)
    if cls.info.kind == "manual":
        return
    assert cls.info.rate > 0, f"{cls.info.id}: rate must be > 0 seconds between requests"
    base = urlsplit(cls.info.base_url)
    assert base.scheme in ("http", "https") and base.hostname, f"{cls.info.id}: base_url"


def _finds(example: Example) -> bool:
    expect = example.expect
    if example.subject is not None:
        return bool(expect.lead_urls or (expect.min_leads or 0) > 0 or expect.names)
    return not expect.empty and bool(
        expect.names
        or expect.employers
        or expect.titles
        or expect.institutions
        or expect.skills
        or expect.works
        or expect.headline
    )


def _guards(example: Example) -> bool:
    """A namesake or miss example: it says what must *not* be found."""
    expect = example.expect
    return bool(expect.no_lead_urls or expect.max_leads == 0 or expect.empty)


def test_examples_cover_a_find_and_a_miss(registered_source: object) -> None:
    cls = _cls(registered_source)
    examples = cls.examples
    assert len(examples) >= 2, f"{cls.info.id}: at least two examples are required"
    assert any(_finds(e) for e in examples), f"{cls.info.id}: no example that finds the person"
    assert any(_guards(e) for e in examples), (
        f"{cls.info.id}: no namesake or miss example (one whose Expect has no_lead_urls, "
        "max_leads=0 or empty=True)"
    )
    names = [e.name for e in examples]
    assert len(set(names)) == len(names), f"{cls.info.id}: example names must be unique"
    for example in examples:
        assert (example.subject is None) != (example.lead is None), (
            f"{cls.info.id}: example {example.name!r} needs a subject (search) or a lead "
            "(collect), not both"
        )


def test_example_fixtures_exist(registered_source: object) -> None:
    cls = _cls(registered_source)
    for example in cls.examples:
        for site in example.sites:
            assert (FIXTURE_ROOT / site).is_dir(), (
                f"{cls.info.id}: example {example.name!r} needs fixtures/web/{site}/"
            )


def readme_source_ids(text: str) -> set[str]:
    """Source ids in the first cell of Markdown table rows: ``| `github` | ...``."""
    return set(re.findall(r"^\s*\|\s*`([a-z0-9_.-]+)`\s*\|", text, flags=re.MULTILINE))


def test_readme_source_table_parser() -> None:
    text = "| Source | Site |\n|---|---|\n| `github` | GitHub |\n|`web-page`|x|\n| github | no |\n"
    assert readme_source_ids(text) == {"github", "web-page"}


def test_source_has_readme_row(registered_source: object) -> None:
    cls = _cls(registered_source)
    text = README.read_text(encoding="utf-8") if README.exists() else ""
    assert cls.info.id in readme_source_ids(text), (
        f"README.md has no row for {cls.info.id!r} in its source table "
        f"(a Markdown row starting with | `{cls.info.id}` |)"
    )
