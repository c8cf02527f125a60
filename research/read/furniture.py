"""Page furniture: the lines a PDF repeats on its pages that are not the document's content.

The one pass over a PDF's lines (:func:`~research.read.pdf.pdf_lines` runs it), for resumes
and postings alike. Dropped: page numbers in the top or bottom margin ("Page 2 of 3",
"2 / 2", "- 2 -"); "Last updated ..." lines; what a browser prints in the margins (the date
and time, the page's title, a ``file://`` or web address with the page count); a line in
the top or bottom margin that repeats on several pages (digits aside); and, on the pages
after the first, a top-margin line holding the name set large on page 1 (a running
header). A line away from the margins is content, however often it repeats. Pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Protocol, TypeVar

MARGIN = 0.085
"""The share of the page height at the top and at the bottom that is margin."""

_PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s+\d+(?:\s*(?:of|/)\s*\d+)?|\d+\s*(?:of|/)\s*\d+|[-–—]\s*\d+\s*[-–—]|"
    r"seite\s+\d+(?:\s*von\s*\d+)?|\d+)\s*$",
    re.IGNORECASE,
)
_UPDATED = re.compile(
    r"^\s*(?:last\s+)?(?:updated|revised|modified)(?:\s+(?:on|in))?\b[\s:]*\S.{0,40}$"
    r"|^\s*(?:stand|aktualisiert)\s*:?\s*\S.{0,30}$",
    re.IGNORECASE,
)
_BROWSER = re.compile(
    r"^\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\b"
    r"|^\s*(?:file|about|https?):/*\S*\s*(?:\|?\s*\d+\s*/\s*\d+)?\s*$",
    re.IGNORECASE,
)


class PageLine(Protocol):
    """A line of a PDF page: its text, page, height from the top and font size."""

    @property
    def text(self) -> str: ...
    @property
    def page(self) -> int: ...
    @property
    def y(self) -> float: ...
    @property
    def size(self) -> float: ...


L = TypeVar("L", bound=PageLine)


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip().casefold())


def _in_margin(line: PageLine, height: float) -> bool:
    return line.y < height * MARGIN or line.y > height * (1 - MARGIN)


def drop_furniture(lines: Sequence[L], heights: dict[int, float]) -> list[L]:
    """``lines`` without page furniture (``heights``: page number -> page height)."""
    pages = {line.page for line in lines}
    margin = [line for line in lines if _in_margin(line, heights.get(line.page, 842.0))]
    repeated = Counter(
        _shape(line.text) for line in {(_shape(m.text), m.page): m for m in margin}.values()
    )
    first = [line for line in lines if line.page == min(pages, default=1)]
    name = max(first, key=lambda line: line.size).text.strip() if first else ""
    out: list[L] = []
    for line in lines:
        text = line.text
        in_margin = _in_margin(line, heights.get(line.page, 842.0))
        if in_margin and (_PAGE_NUMBER.match(text) or _BROWSER.match(text)):
            continue
        if _UPDATED.match(text):
            continue
        if in_margin and len(pages) > 1 and repeated[_shape(text)] > 1:
            continue
        if (
            in_margin
            and line.page != min(pages)
            and len(name) > 3
            and name.casefold() in text.casefold()
            and line.y < heights.get(line.page, 842.0) * 0.5
        ):
            continue  # "Maya Lindqvist — CV" at the top of page 2
        out.append(line)
    return out


__all__ = ["MARGIN", "PageLine", "drop_furniture"]
