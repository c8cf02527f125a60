"""The report's format: --format, else the --out extension, else text; a contradiction is a
usage error (exit 2) that says what to do."""

from __future__ import annotations

import pytest

from research.commands._output import resolve_format
from research.errors import UsageError


@pytest.mark.parametrize(
    ("fmt", "out", "expected"),
    [
        (None, None, "text"),
        (None, "report.html", "html"),
        (None, "REPORT.PDF", "pdf"),
        (None, "notes.markdown", "md"),
        (None, "r.txt", "text"),
        (None, "report", "text"),
        (None, "report.log", "text"),
        ("json", "report.log", "json"),
        ("html", "report.html", "html"),
        ("md", None, "md"),
    ],
)
def test_the_format(fmt: str | None, out: str | None, expected: str) -> None:
    assert resolve_format(fmt, out) == expected


def test_a_contradiction_names_both_and_the_way_out() -> None:
    with pytest.raises(UsageError) as caught:
        resolve_format("pdf", "out/report.md")
    assert caught.value.exit_code == 2
    assert (
        caught.value.message == "--format pdf contradicts --out out/report.md: a .md file holds md"
    )
    assert caught.value.hint is not None and "*.pdf" in caught.value.hint


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(UsageError, match="docx"):
        resolve_format("docx", None)
