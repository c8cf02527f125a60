"""Experience is counted in whole months, inclusively, overlaps once."""

from __future__ import annotations

from research.dates import experience_months, merge_spans, span_of, total_months, years
from research.model import Experience, PartialDate

P = PartialDate.parse


def test_months_are_counted_inclusively() -> None:
    span = span_of(P("2022-10"), P("2023-01"), as_of=P("2026-01"))
    assert span is not None
    assert total_months([span]) == 4


def test_year_only_dates_cover_the_whole_year() -> None:
    span = span_of(P("2019"), P("2019"), as_of=P("2026-01"))
    assert span is not None and total_months([span]) == 12


def test_open_end_runs_to_the_measuring_date() -> None:
    span = span_of(P("2024-03"), None, as_of=P("2024-12"))
    assert span is not None and total_months([span]) == 10


def test_spans_after_the_measuring_date_do_not_count() -> None:
    assert span_of(P("2025-01"), None, as_of=P("2024-12")) is None
    cut = span_of(P("2024-01"), P("2025-06"), as_of=P("2024-06"))
    assert cut is not None and total_months([cut]) == 6


def test_overlapping_and_adjacent_roles_merge() -> None:
    assert merge_spans([(10, 20), (15, 30), (31, 40), (50, 55)]) == [(10, 40), (50, 55)]
    jobs = [
        Experience(title="A", employer="X", start=P("2018-01"), end=P("2020-12")),
        Experience(title="B", employer="Y", start=P("2020-06"), end=P("2021-12")),
        Experience(title="C", employer="Z"),  # undated: not counted
    ]
    assert experience_months(jobs, as_of=P("2026-01")) == 48
    assert years(48) == 4.0
