"""A posting PDF's lines as structured text: pure, no I/O.

The lines (with page, position, size and weight, from :func:`~research.read.pdf.pdf_lines`)
become text the section finder reads like a text posting:

* **page furniture** is dropped: page numbers ("1", "Page 2 of 3", "2 / 3", "- 2 -"), a
  browser's print header and footer (the date and time, the file's address), and any line
  repeated at the top or bottom of two or more pages (digits aside);
* **headings**, short lines set larger than the body or in bold, start with ``## ``;
* a wider gap than the body's line spacing becomes a blank line, so a paragraph after a
  list is not read as the end of its last bullet.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Protocol


class _Line(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def page(self) -> int: ...
    @property
    def y(self) -> float: ...
    @property
    def size(self) -> float: ...
    @property
    def bold(self) -> bool: ...


_PAGE_NUMBER = re.compile(
    r"^(?:page\s+)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?$|^[-–—]\s*\d{1,3}\s*[-–—]$", re.IGNORECASE
)
_ADDRESS_LINE = re.compile(r"^(?:https?|file)://\S+(?:\s*\|?\s*\d{1,3}\s*/\s*\d{1,3})?$")
_PRINT_STAMP = re.compile(
    r"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?(?:\s*\|.*)?$", re.IGNORECASE
)
_DIGITS = re.compile(r"\d+")
_BULLET_START = re.compile(r"^[-*•·◦▪▸►‣⁃✓✔●■□○➢➤–—]\s")
EDGE_LINES = 2
"""How many lines at the top and at the bottom of a page may be running furniture."""


def _body_size(lines: Sequence[_Line]) -> float:
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _furniture(lines: Sequence[_Line]) -> set[int]:
    """Indexes of page numbers, print headers and footers, and running lines."""
    pages: dict[int, list[int]] = {}
    for index, line in enumerate(lines):
        pages.setdefault(line.page, []).append(index)
    edges = {
        i for indexes in pages.values() for i in (*indexes[:EDGE_LINES], *indexes[-EDGE_LINES:])
    }
    seen: dict[str, set[int]] = {}
    for index in edges:
        key = _DIGITS.sub("#", lines[index].text.strip().lower())
        seen.setdefault(key, set()).add(lines[index].page)
    dropped = set()
    for index, line in enumerate(lines):
        text = line.text.strip()
        stamp = _PAGE_NUMBER.match(text) or _ADDRESS_LINE.match(text) or _PRINT_STAMP.match(text)
        running = index in edges and len(seen[_DIGITS.sub("#", text.lower())]) >= 2
        if stamp or running:
            dropped.add(index)
    return dropped


def _is_heading(line: _Line, body: float) -> bool:
    text = line.text.strip()
    if not text or len(text.split()) > 10 or _BULLET_START.match(text):
        return False
    if text.endswith((".", ",", ";")):
        return False
    return line.size >= body * 1.15 or line.bold


def posting_pdf_text(lines: Sequence[_Line]) -> str:
    """The posting's text, one line per PDF line, furniture dropped, headings marked."""
    body = _body_size(lines)
    dropped = _furniture(lines)
    out: list[str] = []
    previous: _Line | None = None
    for index, line in enumerate(lines):
        if index in dropped or not line.text.strip():
            continue
        same_page = previous is not None and line.page == previous.page
        if previous is not None and same_page and line.y - previous.y > max(body, line.size) * 1.6:
            out.append("")
        out.append(f"## {line.text.strip()}" if _is_heading(line, body) else line.text)
        previous = line
    return "\n".join(out)


__all__ = ["EDGE_LINES", "posting_pdf_text"]
