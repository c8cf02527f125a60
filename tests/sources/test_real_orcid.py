"""The ``orcid`` search parser on ORCID's own published expanded-search example (issue 15,
problem 6). Input and origin: ``real/orcid/``."""

from __future__ import annotations

from pathlib import Path

from research.testing import check_golden, load_json
from sources.orcid import parse_search

REAL = Path(__file__).parent / "real" / "orcid"
SEARCH = REAL / "expanded-search-tutorial.input.json"


def test_no_employer_is_guessed_when_the_hint_does_not_match() -> None:
    leads = parse_search(load_json(SEARCH), "Acme Widgets")
    assert [lead.employer for lead in leads] == [None, None, None, None]
    # a funder listed first among "institutions" is never the employer either
    assert parse_search(load_json(SEARCH))[0].employer is None


def test_the_matching_affiliation_is_the_employer() -> None:
    leads = parse_search(load_json(SEARCH), "Stilton Manufacturing")
    robin = next(lead for lead in leads if lead.name == "Robin Blackwood")
    assert robin.employer == "Stilton Manufacturing"
    assert "common:name" not in robin.extra["institutions"]
    assert "invalid.example" not in robin.model_dump_json()


def test_golden() -> None:
    leads = parse_search(load_json(SEARCH), "Stilton Manufacturing")
    check_golden(REAL / "expanded-search-tutorial.search.expected.json", leads)
