"""Two layout questions of a PDF page that text positions answer: where a side column
set flush right (or centred) starts, and which lines under a narrow table cell are that
cell's text wrapped. Pure; used by :mod:`research.read.pdf`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from research.read.pdf_rows import YEAR, Line, Run, is_bullet, join_row, row_lines, rows_of


def gutter_split(runs: list[Run], width: float) -> float | None:
    """The x of a side column whose lines start at no common x (set flush right, or
    centred): the widest empty vertical band between two columns of text whose lines keep
    their own heights (a table's cells share their rows; a column of dates or places beside
    the entries is read row by row)."""
    left_margin = min(r.x for r in runs)
    candidates = sorted({round(r.x) for r in runs if left_margin + width * 0.3 < r.x < width * 0.9})
    best: tuple[int, float, float] | None = None
    for x in candidates:
        left = [r for r in runs if r.end <= x + 2]
        right = [r for r in runs if r.x >= x - 2]
        crossing = len(runs) - len(left) - len(right)
        if len(left) < 6 or len(right) < 6 or crossing > 0.04 * len(runs):
            continue
        tops = [r.y for r in left]
        if (
            sum(1 for r in right if YEAR.search(r.text) and any(abs(r.y - y) <= 2 for y in tops))
            >= 2
        ):
            continue  # dates set beside their entries' lines belong to those rows
        # the empty band between the two columns; fewest lines across it first
        band = min(r.x for r in right) - max(r.end for r in left)
        if band >= 12 and (best is None or (crossing, -band) < (best[0], -best[1])):
            best = (crossing, band, float(x))
    if best is None:
        return None
    split = best[2]
    left = [r for r in runs if r.end <= split + 2]
    right = [r for r in runs if r.x >= split - 2]
    rows = [join_row(row, 0).text for row in rows_of(right)]
    if sum(bool(YEAR.search(text)) for text in rows) > 0.25 * len(rows):
        return None  # a column of dates beside the entries
    heights = (
        {round(r.y) for r in left} | {round(r.y) + 1 for r in left} | {round(r.y) - 1 for r in left}
    )
    beside = sum(1 for r in right if round(r.y) in heights)
    if beside > 0.5 * len(right):
        return None
    return split


def _first_cell(row: list[Run]) -> int | None:
    """How many runs of a two-cell row make its first cell (the runs before the last
    wide gap), or None for a row of one cell."""
    for k in range(len(row) - 1, 0, -1):
        gap = row[k].x - row[k - 1].end
        if gap > max(row[k - 1].size, row[k].size) * 1.5:
            return k
    return None


def _fits(reach: float, edge: float, right: float, same_type: bool) -> bool:
    """Whether the next line's first word would have fitted on the line above: before the
    next cell, or (the same type running on) before the cell's longest line ends."""
    return reach <= right and (reach <= edge - 4 or not same_type)


def table_lines(rows: list[list[Run]], page: int) -> list[Line]:
    """Rows as lines. A narrow first cell wraps its text onto the lines below ("Engineer,
    Douro" then "Infraestruturas, Porto, Portugal,"): a line under the cell, at its x, whose
    first word would not have fitted on the line above, goes back into the cell."""
    from research.read.sections import heading_kind

    margin = max((r.end for row in rows for r in row), default=0.0)
    out: list[Line] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        i += 1
        nxt = rows[i][0] if i < len(rows) and len(row) >= 2 else None
        under = next(
            (n for n, r in enumerate(row) if n and nxt is not None and abs(r.x - nxt.x) <= 2), None
        )
        k = _first_cell(row)
        if nxt is not None and k is not None and abs(row[0].x - nxt.x) <= 2:
            right, x0, end, y = row[k].x, row[0].x, row[k - 1].end, row[k - 1].y
            # the cell's own right edge: where the longest line set in it ends
            edge = max(
                (r[-1].end for r in rows if abs(r[0].x - x0) <= 2 and r[-1].end < right),
                default=right - nxt.size,
            )
            last = False
        elif (
            nxt is not None and under is not None and YEAR.search(join_row(row[:under], page).text)
        ):
            # a key column of dates, the entry's cell wrapped under itself
            right, x0, end, y = margin, row[under].x, row[-1].end, row[-1].y
            edge = right - nxt.size
            k, last = len(row), True
        else:
            out.extend(row_lines(row, page))
            continue
        bold = row[k - 1].bold
        more: list[str] = []
        while i < len(rows):
            below = rows[i]
            first = below[0]
            words = first.text.split()
            text = join_row(below, page).text
            if (
                not words
                or abs(first.x - x0) > 2
                or below[-1].end > right - 2
                or not 0 < first.y - y <= first.size * 1.6
                or is_bullet(first.text)
                or heading_kind(text) is not None
                or _fits(
                    end + (len(words[0]) + 1) * first.size * 0.5,
                    edge,
                    right - first.size,
                    first.bold == bold,
                )
            ):
                break
            if last and (len(words) > 5 or text.endswith(".")):
                break
            more.append(text)
            end, y, bold = below[-1].end, first.y, below[-1].bold
            i += 1
            if last:
                break
        if not more:
            out.extend(row_lines(row, page))
            continue
        head = join_row(row[:k], page)
        text = head.text
        for piece in more:
            # "Domblick Soft-" then "ware AG": a word hyphenated at the wrap
            hyphen = re.search(r"[a-zà-ÿ]-$", text) and piece[:1].islower()
            text = f"{text[:-1]}{piece}" if hyphen else f"{text} {piece}"
        if k < len(row):
            tail = join_row(row[k:], page)
            text = f"{text} | {tail.text}"
        out.append(replace(head, text=text))
    return out


__all__ = ["gutter_split", "table_lines"]
