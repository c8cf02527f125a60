"""The text runs of a PDF page and how they make lines: a run's position, size and weight,
runs grouped into rows by baseline, a row joined into one :class:`Line` (wide gaps become
" | ", a bold field followed by roman type " · ", letter-spaced capitals closed up). Pure;
shared by :mod:`research.read.pdf` and :mod:`research.read.pdf_cells`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

BULLET_CHARS = "•●▪■◦‣–-*·"
SPACED = re.compile(r"(?<![\w])(?:[A-ZÀ-Þ] ){3,}[A-ZÀ-Þ](?![\w])")

YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


@dataclass(frozen=True)
class Line:
    """One line of text on a PDF page."""

    text: str
    page: int
    """1-based page number."""
    x: float
    y: float
    """Distance of the baseline from the top of the page, in points."""
    size: float
    bold: bool


@dataclass
class Run:
    text: str
    x: float
    y: float
    size: float
    bold: bool

    @property
    def end(self) -> float:
        # standard fonts average about half an em per character
        return self.x + len(self.text) * self.size * 0.5


def rows_of(runs: list[Run]) -> list[list[Run]]:
    """Runs grouped into rows by baseline, each row sorted left to right."""
    rows: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: (r.y, r.x)):
        if rows and abs(rows[-1][0].y - run.y) <= max(2.0, run.size * 0.3):
            rows[-1].append(run)
        else:
            rows.append([run])
    for row in rows:
        row.sort(key=lambda r: r.x)
    return rows


def join_row(row: list[Run], page: int) -> Line:
    parts: list[str] = []
    previous: Run | None = None
    for run in row:
        if previous is not None:
            gap = run.x - previous.end
            small_caps = (
                len(previous.text) == 1
                and previous.text.isupper()
                and run.text[:1].isupper()
                and run.size < previous.size * 0.92
                and run.x - previous.x < previous.size * 1.5
                and " " not in run.text
            )
            if small_caps:
                pass  # "W" "ORK": a capital set larger than the small capitals after it
            else:
                wide = gap > max(previous.size, run.size) * 1.5 and run.text[:1] not in ",.;:)"
                # "Acme Foods" in bold, then "Nantes" in roman type: a field of its own
                field_end = (
                    previous.bold
                    and not run.bold
                    and run.text[:1].isupper()
                    and previous.text[-1:].isalnum()
                    and len(row) > 2
                )
                parts.append(" | " if wide else " · " if field_end else " ")
        parts.append(run.text)
        previous = run
    text = re.sub(r"\s+", " ", "".join(parts)).strip()
    text = re.sub(r" (?=[,.;:)])", "", text)  # "Engineer , Acme": runs split at a font change
    # letter-spaced capitals ("P R E S E N T")
    text = SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)
    size = max(row, key=lambda r: len(r.text)).size
    bold = all(r.bold for r in row)
    return Line(text, page, row[0].x, row[0].y, round(size, 1), bold)


def row_lines(row: list[Run], page: int) -> list[Line]:
    """A row as one line, or two when it starts with a section heading set in a margin
    beside the section's first line ("Work | Kestrel Payments")."""
    from research.read.sections import heading_kind

    whole = join_row(row, page)
    if len(row) >= 2 and heading_kind(whole.text) is None:
        for k in range(1, min(len(row), 4)):
            if row[k].x - row[k - 1].x < row[k - 1].size:
                continue  # a word of the same phrase
            head = join_row(row[:k], page)
            if heading_kind(head.text) is not None and len(head.text) > 2:
                return [head, join_row(row[k:], page)]
    return [whole]


def is_bullet(text: str) -> bool:
    return bool(text) and text[0] in BULLET_CHARS and (len(text) == 1 or text[1] == " ")


__all__ = ["BULLET_CHARS", "YEAR", "Line", "Run", "is_bullet", "join_row", "row_lines", "rows_of"]
