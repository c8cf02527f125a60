"""Layout-aware text from PDF bytes: lines with position, font size and weight, in reading
order.

pypdf's ``extract_text(visitor_text=...)`` reports every text run with its matrix and font;
this module groups the runs into lines, detects two-column pages (a sidebar and a main
column) and reads them column by column, keeps table rows on one line (cells joined with
" | "), and joins words hyphenated across a line break. Pure: bytes in, lines out.

``y`` is measured from the top of the page (larger is lower), so reading order sorts by
``(page, y, x)``.
"""

from __future__ import annotations

import contextlib
import logging
import re
import warnings
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from io import BytesIO
from typing import Any

from research.errors import BrokenDocument, EncryptedDocument, NoTextLayer
from research.read.furniture import drop_furniture
from research.read.pdf_cells import gutter_split, table_lines
from research.read.pdf_rows import (
    YEAR,
    Line,
    Run,
    is_bullet,
    join_row,
    row_lines,
    rows_of,
)

_DATE_HINT = re.compile(
    r"\b(?:19|20)\d{2}\b.*(?:[-–—]|\bto\b|\bbis\b|\bau\b).*(?:\b(?:19|20)\d{2}\b|present|current|now)"
    r"|^\s*(?:19|20)\d{2}\s*$",
    re.IGNORECASE,
)
# WinAnsi bullet (0x95) and DEL (0x7f, how some fonts map the bullet) read as a bullet
_GLYPHS = str.maketrans(
    # Symbol and Wingdings bullets that Word maps into the private use area
    {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "•", "\uf076": "•", "\uf0fc": "•"}
    | {"\x95": "•", "\x7f": "•", "\u00a0": " ", "\ufb01": "fi", "\ufb02": "fl"}
    | {"\ufb00": "ff", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
)


_ICONS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ue000-\uf8ff]")


@contextlib.contextmanager
def quiet_pypdf() -> Iterator[None]:
    """Silence pypdf's warnings and log noise on malformed files."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def open_pdf(data: bytes, name: str) -> Any:
    """A decrypted :class:`pypdf.PdfReader`; raises InputError subclasses for bad files."""
    from pypdf import PdfReader

    with quiet_pypdf():
        try:
            reader = PdfReader(BytesIO(data), strict=False)
        except Exception as error:
            raise BrokenDocument(
                name,
                f"this PDF is damaged or incomplete and cannot be read ({type(error).__name__})",
                "Open it in a PDF viewer and save or print it to a new PDF, then try again.",
            ) from None
        if reader.is_encrypted:
            opened = False
            with contextlib.suppress(Exception):
                opened = bool(reader.decrypt(""))
            if not opened:
                raise EncryptedDocument(
                    name,
                    "this PDF is protected by a password",
                    "Remove the password (open it and print to PDF) and try again.",
                )
        try:
            _ = len(reader.pages)
        except Exception as error:
            raise BrokenDocument(
                name,
                f"this PDF is damaged or incomplete and cannot be read ({type(error).__name__})",
                "Open it in a PDF viewer and save or print it to a new PDF, then try again.",
            ) from None
    return reader


def _page_runs(page: Any) -> tuple[list[Run], float]:
    runs: list[Run] = []
    height = float(page.mediabox.height)

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if not text or not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(tm[3] * cm[3]) or abs(tm[0] * cm[0]) or 1.0
        real = float(size) * scale
        base = str(font.get("/BaseFont", "")) if font else ""
        bold = "bold" in base.lower() or "black" in base.lower() or "heavy" in base.lower()
        # icon fonts: glyphs with no text (NUL, other controls, private use) are dropped
        text = _ICONS.sub("", text.translate(_GLYPHS))
        for i, piece in enumerate(text.split("\n")):
            if piece.strip():
                runs.append(Run(piece.strip(), x, height - y + i * real * 1.2, real, bold))

    page.extract_text(visitor_text=visit)
    return runs, float(page.mediabox.width)


def _column_split(runs: list[Run], width: float) -> float | None:
    """The x where a second column starts, when the page has two independent columns."""

    if len(runs) < 8:
        return None
    left_margin = min(r.x for r in runs)
    starts = Counter(round(r.x) for r in runs if r.x > left_margin + width * 0.15)
    for x, count in starts.most_common(4):
        if count < 4:
            break
        left = [r for r in runs if r.end <= x + 2]
        right = [r for r in runs if r.x >= x - 2 and r.end > x + 2]
        crossing = len(runs) - len(left) - len(right)
        if len(left) < 3 or crossing > 0.08 * len(runs):
            continue
        # a column of dates beside titles is a table, read row by row
        if _label_and_date_column(left):
            return float(x)  # read apart, then merged by height (see _page_lines)
        if any(
            sum(bool(_DATE_HINT.search(r.text)) for r in side) > 0.4 * len(side)
            or _label_column(side)
            for side in (left, right)
        ):
            continue
        rows = [join_row(row, 0).text for row in rows_of(right)]
        if sum(bool(YEAR.search(text)) for text in rows) > 0.25 * len(rows):
            # the entries' dates set flush right, then a side column further right
            further = gutter_split(runs, width)
            if further is not None and further > x:
                return further
        return float(x)
    return gutter_split(runs, width)


def _label_column(side: list[Run]) -> bool:
    """A margin of section headings beside the entries they label: read row by row."""
    from research.read.sections import heading_kind

    rows = [join_row(row, 0).text for row in rows_of(side)]
    headings = sum(1 for text in rows if heading_kind(text) is not None)
    dates = sum(1 for text in rows if _DATE_HINT.search(text))
    return dates == 0 and len(rows) >= 2 and headings == len(rows)


def _label_and_date_column(side: list[Run]) -> bool:
    """A margin of section headings and dates beside the entries."""
    from research.read.sections import heading_kind

    rows = [join_row(row, 0).text for row in rows_of(side)]
    headings = sum(1 for text in rows if heading_kind(text) is not None)
    dates = sum(1 for text in rows if _DATE_HINT.search(text) or _YEARS.match(text))
    if dates:
        return headings >= 3 and headings + dates >= 0.75 * len(rows)
    # headings with the contact details above them (a sidebar of labels)
    return headings >= 3 and headings >= 0.4 * len(rows)


_YEARS = re.compile(r"^\s*(?:19|20)\d{2}(?:-\d{2})?\b")


def _page_lines(runs: list[Run], width: float, page: int) -> list[Line]:

    split = _column_split(runs, width)
    if split is None:
        return _headings_first(table_lines(rows_of(runs), page))
    left = [r for r in runs if r.end <= split + 2]
    right = [r for r in runs if r.x >= split - 2 and r.end > split + 2]
    rest = [r for r in runs if r.end > split + 2 and r.x < split - 2]
    # full-width lines above the start of the right column make a header: everything down
    # to the last of them is read first, row by row (a centred name may sit in either half)
    # (or above the start of the left column: a name set large beside the contact block)
    right_top = min((r.y for r in right), default=0.0)
    left_top = min((r.y for r in left), default=0.0)
    top = max(right_top, left_top)
    cut = max((r.y for r in rest if r.y < top), default=float("-inf")) + 1.0
    above = [r for r in runs if r.y <= cut]
    left = [r for r in left if r.y > cut]
    right = [r for r in right if r.y > cut]
    below = [r for r in rest if r.y > cut]
    if _label_and_date_column(left):
        return _merged_margin(above, left, right, below, page)
    lines: list[Line] = []
    for group in (above, left, right, below):
        lines.extend(line for row in rows_of(group) for line in row_lines(row, page))
    return lines


def _merged_margin(
    above: list[Run], left: list[Run], right: list[Run], below: list[Run], page: int
) -> list[Line]:
    """A margin of headings and dates merged into the main column by height: a heading
    goes before the line beside it, a date after it."""
    from research.read.sections import heading_kind

    keyed: list[tuple[float, int, Line]] = []
    main = [join_row(row, page) for row in rows_of(right + below)]
    for line in main:
        keyed.append((line.y, 1, line))
    for line in (join_row(row, page) for row in rows_of(left)):
        if heading_kind(line.text) is not None:
            keyed.append((line.y - line.size, 0, line))
            continue
        # a date goes under the entry's heading line beside or just above it, not under
        # the sentence that happens to sit at its height
        near = [
            m
            for m in main
            if line.y - 3 * max(line.size, m.size) <= m.y <= line.y + 2 and not m.text.endswith(".")
        ]
        keyed.append(((near[-1].y if near else line.y) + 0.5, 2, line))
    head = [join_row(row, page) for row in rows_of(above)]
    return head + [line for _, _, line in sorted(keyed, key=lambda k: (k[0], k[1]))]


def _headings_first(lines: list[Line]) -> list[Line]:
    """A heading in a margin set a little lower than the first line of its section, in the
    other column, goes before that line."""
    from research.read.sections import heading_kind

    out = list(lines)
    for i in range(1, len(out)):
        line, prev = out[i], out[i - 1]
        if (
            heading_kind(line.text) is not None
            and heading_kind(prev.text) is None
            and prev.page == line.page
            and 0 <= line.y - prev.y < line.size * 0.8
            and abs(prev.x - line.x) > 40
        ):
            out[i - 1], out[i] = line, prev
    return out


def _join_hyphens(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    for line in lines:
        if out:
            prev = out[-1]
            if (
                prev.page == line.page
                and re.search(r"[a-zäöüéè]-$", prev.text)
                and line.text[:1].islower()
                and abs(line.y - prev.y) < prev.size * 2.5
            ):
                out[-1] = replace(prev, text=prev.text[:-1] + line.text)
                continue
        out.append(line)
    return out


def lines_from_reader(reader: Any, name: str) -> list[Line]:
    lines: list[Line] = []
    heights: dict[int, float] = {}
    with quiet_pypdf():
        for number, page in enumerate(reader.pages, start=1):
            try:
                heights[number] = float(page.mediabox.height)
                runs, width = _page_runs(page)
            except Exception as error:
                raise BrokenDocument(
                    name,
                    f"page {number} of this PDF is damaged and cannot be read "
                    f"({type(error).__name__})",
                    "Open it in a PDF viewer and save or print it to a new PDF, then try again.",
                ) from None
            lines.extend(_page_lines(runs, width, number))
    if sum(len(line.text) for line in lines) < 20:
        raise NoTextLayer(
            name,
            "this PDF has no text layer (it looks like a scan or a picture of a page), "
            "so there is nothing runnerup can read without guessing",
            "Export the document as a text PDF or DOCX from the program that made it, "
            "or run OCR on it (for example with ocrmypdf), then try again.",
        )
    return _join_hyphens(drop_furniture(lines, heights))


def pdf_lines(data: bytes, name: str) -> list[Line]:
    """Lines in reading order: columns read one after the other, table rows kept on one line
    (cells joined with " | "), hyphenated line breaks joined."""
    return lines_from_reader(open_pdf(data, name), name)


__all__ = ["Line", "is_bullet", "open_pdf", "pdf_lines", "quiet_pypdf"]
