"""API parsers on answers their owners or third-party clients published (issue 15, "fixtures
from real shapes"): GitHub, GitLab, Bluesky, Wikidata (SPARQL JSON results), Brave and
SearXNG. Inputs and their origin: ``real/<source>/README.md``. Each test states what a user
would notice (expected answers written before the parser ran on the input), then pins the
whole output as a golden file."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from research.model import Subject
from research.testing import as_json, check_golden, load_json
from sources import bluesky, github, gitlab, websearch, wikidata

REAL = Path(__file__).parent / "real"
AT = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)


def _text(value: Any) -> str:
    return json.dumps(as_json(value), ensure_ascii=False)


def test_github_documented_user() -> None:
    data = load_json(REAL / "github" / "user-octocat-docs.input.json")
    lead = github.parse_user(data)
    career = github.parse_profile(data, AT)
    assert lead is not None
    assert (lead.name, lead.employer, lead.location) == (
        "monalisa octocat",
        "GitHub",
        "San Francisco",
    )
    assert lead.url == "https://github.com/octocat"
    assert "octocat@github.com" not in _text(lead) + _text(career)
    check_golden(REAL / "github" / "user-octocat-docs.lead.expected.json", lead)
    check_golden(REAL / "github" / "user-octocat-docs.profile.expected.json", career)


def test_gitlab_documented_user() -> None:
    data = load_json(REAL / "gitlab" / "user-docs.input.json")
    lead = gitlab.parse_user(data)
    career = gitlab.parse_profile(data, AT)
    assert lead is not None and lead.name == "John Smith"
    assert "Operations Specialist" in _text(lead)
    assert "john@example.com" not in _text(lead) + _text(career)
    check_golden(REAL / "gitlab" / "user-docs.lead.expected.json", lead)
    check_golden(REAL / "gitlab" / "user-docs.profile.expected.json", career)


def test_bluesky_profile_view_detailed() -> None:
    data = load_json(REAL / "bluesky" / "profile-bsky-app.input.json")
    career = bluesky.parse_profile(data, AT)
    lead = bluesky.parse_actor(data)
    assert career.name == "Bluesky" and lead is not None
    assert lead.url == "https://bsky.app/profile/bsky.app"
    assert "support@bsky.app" not in _text(career) + _text(lead)
    check_golden(REAL / "bluesky" / "profile-bsky-app.profile.expected.json", career)
    check_golden(REAL / "bluesky" / "profile-bsky-app.lead.expected.json", lead)


def test_bluesky_owner_test_snapshots() -> None:
    alice = load_json(REAL / "bluesky" / "profile-alice-test.input.json")
    dan = load_json(REAL / "bluesky" / "profile-dan-test.input.json")
    career = bluesky.parse_profile(alice, AT)
    assert (career.name, career.headline) == ("ali", "its me!")
    empty = bluesky.parse_profile(dan, AT)
    assert empty.name is None and empty.headline is None  # nothing made up
    lead = bluesky.parse_actor(dan)
    assert lead is not None and lead.url == "https://bsky.app/profile/dan.test"
    check_golden(REAL / "bluesky" / "profile-alice-test.profile.expected.json", career)
    check_golden(REAL / "bluesky" / "profile-dan-test.lead.expected.json", lead)


def test_wikidata_reads_the_sparql_json_results_format() -> None:
    rows = wikidata.parse_bindings(load_json(REAL / "wikidata" / "sparql-results-w3c.input.json"))
    assert [row.get("name") for row in rows] == ["Alice", "Bob"]
    assert all("age" not in row for row in rows)  # unbound: absent, not empty
    assert rows[0]["friend"] == "r2" and rows[1]["hpage"] == "http://work.example.org/bob/"
    check_golden(REAL / "wikidata" / "sparql-results-w3c.bindings.expected.json", rows)


def test_brave_recorded_answer() -> None:
    results = websearch.parse_brave(load_json(REAL / "websearch" / "brave-blue-tack.input.json"))
    assert [r.url for r in results] == ["https://en.wikipedia.org/wiki/Blu_Tack"]  # no videos
    assert "<strong>" not in results[0].snippet
    # a page about an adhesive is no lead for a person
    assert websearch.to_leads([("q", r) for r in results], Subject(name="Ines Marchetti")) == []
    expected = REAL / "websearch" / "brave-blue-tack.results.expected.json"
    check_golden(expected, [r.__dict__ for r in results])


def test_searxng_answer() -> None:
    results = websearch.parse_searxng(load_json(REAL / "websearch" / "searxng-person.input.json"))
    assert [r.engine for r in results] == ["duckduckgo", "brave"]
    subject = Subject(name="Ines Marchetti", employer="Open Harbour Data Foundation")
    leads = websearch.to_leads([("q", r) for r in results], subject)
    assert "https://openharbour.example/people/ines-marchetti" in [lead.url for lead in leads]
    check_golden(REAL / "websearch" / "searxng-person.leads.expected.json", leads)
