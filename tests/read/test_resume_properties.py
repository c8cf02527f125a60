"""Properties: the readers never crash on arbitrary text, and contact details never pass."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from research.model import Evidence
from research.privacy import scrub
from research.read import career_from_text, parse_date, parse_range

EVIDENCE = Evidence(source="resume", file="cv.txt")
LINE = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120
) | st.sampled_from(
    [
        "Experience",
        "EDUCATION",
        "Skills: Python, Go",
        "Senior Engineer, Acme Corp — Berlin | Jan 2019 – Present",
        "- Built things.",
        "2019 - 2021",
        "BSc Physics, University of Leeds",
        "März 2019 – heute",
        "",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(LINE, max_size=25))
def test_career_from_any_text(lines: list[str]) -> None:
    career = career_from_text("\n".join(lines), evidence=EVIDENCE)
    for item in career.experiences:
        assert item.title or item.employer
        if item.start and item.end:
            assert item.start <= item.end or item.start.year == item.end.year


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_dates_never_crash(text: str) -> None:
    parse_date(text)
    found = parse_range(text)
    if found is not None:
        a, b = found.span
        assert 0 <= a <= b <= len(text)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["Jan 2019 – Present", "03/2019 - 3/21", "August 2020", "01.03.2019"]),
    st.sampled_from(["jane.doe@example.com", "+1 555-0142", "(555) 010-0199", "12 Elm Street"]),
    st.sampled_from([" | ", " · ", ", ", " "]),
)
def test_scrub_keeps_dates_and_drops_contacts(date: str, contact: str, sep: str) -> None:
    out = scrub(f"Engineer{sep}{date}{sep}{contact}", "resume line")
    assert date in out
    assert contact not in out
