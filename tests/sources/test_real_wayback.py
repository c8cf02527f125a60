"""The ``wayback`` parsers on CDX answers the Internet Archive and pywb published (issue 15,
problem 5). Inputs and their origin: ``real/wayback/``."""

from __future__ import annotations

from pathlib import Path

from research.testing import check_golden, load_json
from sources.wayback import Capture, latest_cdx_url, parse_captures, parse_latest

REAL = Path(__file__).parent / "real" / "wayback"


def test_the_latest_capture_is_kept_not_the_first() -> None:
    first = Capture("http://www.archive.org:80/", "19970126045828", "text/html", False)
    latest = parse_latest(load_json(REAL / "cdx-readme-json.input.json"), first)
    assert latest.timestamp == "19971211122953"
    check_golden(REAL / "cdx-readme-json.latest.expected.json", latest.__dict__)


def test_a_revisit_row_is_a_later_capture_and_a_redirect_is_not() -> None:
    first = Capture("http://www.iana.org/", "20140126200624", "text/html", False)
    latest = parse_latest(load_json(REAL / "cdx-pywb-revisit.input.json"), first)
    assert (latest.timestamp, latest.mimetype) == ("20140127171238", "text/html")
    check_golden(REAL / "cdx-pywb-revisit.latest.expected.json", latest.__dict__)


def test_the_latest_query_asks_for_the_last_row_without_dropping_revisits() -> None:
    url = latest_cdx_url("https://web.archive.org", "https://a.example/cv.pdf")
    assert "limit=-1" in url and "statuscode%3A200" not in url and "collapse" not in url


def test_no_cv_in_these_answers() -> None:
    for case in ("cdx-readme-json", "cdx-pywb-revisit"):
        assert parse_captures(load_json(REAL / f"{case}.input.json")) == []
