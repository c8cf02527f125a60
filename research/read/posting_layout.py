"""A posting PDF's lines as structured text: pure, no I/O.

The lines (with page, position, size and weight, from :func:`~research.read.pdf.pdf_lines`,
which has already dropped the page furniture: see :mod:`research.read.furniture`) become
text the section finder reads like a text posting:

* **headings**, short lines set larger than the body or in bold, start with ``## ``;
* a wider gap than the body's line spacing becomes a blank line, so a paragraph after a
  list is not read as the end of its last bullet.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from research.read.furniture import PageLine


class _Line(PageLine, Protocol):
    @property
    def bold(self) -> bool: ...


_BULLET_START = re.compile(r"^[-*•·◦▪▸►‣⁃✓✔●■□○➢➤–—]\s")


def _body_size(lines: Sequence[_Line]) -> float:
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _is_heading(line: _Line, body: float) -> bool:
    text = line.text.strip()
    if not text or len(text.split()) > 10 or _BULLET_START.match(text):
        return False
    if text.endswith((".", ",", ";")):
        return False
    return line.size >= body * 1.15 or line.bold


def posting_pdf_text(lines: Sequence[_Line]) -> str:
    """The posting's text, one line per PDF line (furniture already dropped), headings
    marked."""
    body = _body_size(lines)
    out: list[str] = []
    previous: _Line | None = None
    for line in lines:
        if not line.text.strip():
            continue
        same_page = previous is not None and line.page == previous.page
        if previous is not None and same_page and line.y - previous.y > max(body, line.size) * 1.6:
            out.append("")
        out.append(f"## {line.text.strip()}" if _is_heading(line, body) else line.text)
        previous = line
    return "\n".join(out)


__all__ = ["posting_pdf_text"]
