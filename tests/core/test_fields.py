"""The field readers API sources share."""

from __future__ import annotations

from research.fields import http_url, partial_date, span, text
from research.model import PartialDate


def test_text_and_dates_tolerate_junk() -> None:
    assert text("  Ada ") == "Ada" and text(None) == "" and text(3) == ""
    assert partial_date("2019-03-17T08:00:00Z") == PartialDate(year=2019, month=3)
    assert partial_date("2019") == PartialDate(year=2019)
    assert partial_date("soon") is None and partial_date(None) is None


def test_websites_become_http_urls_and_nothing_else() -> None:
    assert http_url("ada-okafor.test") == "https://ada-okafor.test"
    assert http_url("http://ada-okafor.test/cv") == "http://ada-okafor.test/cv"
    for bad in ("mailto:ada@x.test", "tel:+441174960123", "https://u:p@x.test", "a b.test", ""):
        assert http_url(bad) is None, bad
    assert http_url("ada-okafor.test:8080/cv") is None
    assert http_url("ada-okafor.test:8080/cv", bare_host_port=True) == (
        "https://ada-okafor.test:8080/cv"
    )


def test_span_for_quotes() -> None:
    assert span(PartialDate.parse("2019-03"), None) == " (2019-03 to present)"
    assert span(None, None) == ""
