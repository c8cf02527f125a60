"""Blocks made ready for the section parser: contact details scrubbed, date ranges broken
over lines put back together, lengths of service dropped, headings and lines wrapped in
narrow columns joined. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from research.privacy import scrubber
from research.read.blocks import Block, strip_bullet
from research.read.dates import DATE_PATTERN, MONTHS, parse_range
from research.read.sections import heading_kind

scrub = scrubber("resume line")
"""Contact details out of a resume's text; its dates kept."""

_OPEN_END = re.compile(rf"(?:{DATE_PATTERN})\s*(?:[-–—‒―]+|\bto\b|\buntil\b)\s*$", re.IGNORECASE)
_END_FIRST = re.compile(
    rf"^\s*(?:[-–—‒―]+\s*|\bto\s+)?(?:{DATE_PATTERN}|present|current|now|today|ongoing)\b",
    re.IGNORECASE,
)
_OPEN_START = re.compile(
    rf"^\s*(?:{DATE_PATTERN})\s*[-–—]\s+(?=[A-Za-zÀ-ÿ])(?!(?:present|current|now|today)\b)",
    re.IGNORECASE,
)
_END_AHEAD = re.compile(
    rf"^\s*({DATE_PATTERN}|present|current|now|today|ongoing)\b\s*(?=\S)", re.IGNORECASE
)
_MONTH_NAME = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_OPEN_CELL = re.compile(
    rf"^\s*((?:{DATE_PATTERN})\s*[-–—]\s*(?:{_MONTH_NAME})?)\s*\|\s*(\S.*)$", re.IGNORECASE
)
_ENDS_DATE = re.compile(rf"(?:^|[\s·|,(])(?:{DATE_PATTERN})\s*$", re.IGNORECASE)
_END_ONLY = re.compile(
    rf"^\s*(?:{DATE_PATTERN}|present|current|now|today|ongoing)\s*$", re.IGNORECASE
)
_DASH_THEN = re.compile(
    rf"^\s*[-–—‒―]+\s*(?:{DATE_PATTERN}|present|current|now|today|ongoing)\b", re.IGNORECASE
)


def _full_range(text: str) -> bool:
    """ "juil. 2014 – août 2016 | ...": a range with both ends (or open) already."""
    found = parse_range(text)
    return (
        found is not None and found.start is not None and (found.end is not None or found.current)
    )


def join_split_dates(blocks: list[Block]) -> list[Block]:
    """A range broken over two lines ("2015 –" then "2017"; "Mar 2021 –" then "Present";
    "Jan 2019" then "– Present") is put back on one line."""
    out: list[Block] = []
    for block in blocks:
        cell = _OPEN_CELL.match(out[-1].text) if out else None
        end, _, more = block.text.partition(" | ")
        if cell is not None and _END_ONLY.match(end):
            # a date cell wrapped in a table: "Jun 2023 – Sep | Intern" then "2023" (and
            # perhaps the rest of the next cell: "2010 | Engineering")
            tail = f" {more.strip()}" if more.strip() else ""
            out[-1] = replace(
                out[-1],
                text=f"{cell.group(1).rstrip()} {end.strip()} | {cell.group(2)}{tail}",
            )
            continue
        moved = (
            _END_AHEAD.match(block.text)
            if out and _OPEN_START.match(out[-1].text) and not _full_range(out[-1].text)
            else None
        )
        if moved is not None:
            # a date column wrapped beside the entry: "Sep 2021 – Head of Year 9, Acme" then
            # "Present • Pastoral lead": the end date goes back to its range
            prev = out[-1]
            start = _OPEN_START.match(prev.text)
            assert start is not None
            head = f"{start.group(0).rstrip()} {moved.group(1)} | {prev.text[start.end() :]}"
            out[-1] = replace(prev, text=head)
            rest, marked = strip_bullet(block.text[moved.end() :].strip())
            if rest:
                out.append(replace(block, text=rest, bullet=marked or block.bullet))
            continue
        if out and block.bullet and _ENDS_DATE.search(out[-1].text) and _END_ONLY.match(block.text):
            # "– Present" read as a list item under "Jan 2019"
            out[-1] = replace(out[-1], text=f"{out[-1].text.rstrip()} – {block.text.strip()}")
            continue
        if out and not block.bullet and not block.heading:
            prev = out[-1]
            text = block.text.strip()
            if (_OPEN_END.search(prev.text) and _END_FIRST.match(text)) or (
                _ENDS_DATE.search(prev.text) and _DASH_THEN.match(text)
            ):
                out[-1] = replace(prev, text=f"{prev.text.rstrip()} {text}")
                continue
        out.append(block)
    return out


_UNIT = r"(?:years?|yrs?|months?|mos?|jahre?n?|monate?n?|ans?|mois|años?|meses|mes)"
_DURATION = (
    rf"(?:\d+|an?|one|ein(?:en?)?|un)\s+{_UNIT}(?:\s*,?\s*(?:and\s+)?(?:\d+|an?|one)\s+{_UNIT})?"
)
_DURATION_ONLY = re.compile(rf"^\s*[(·•|]?\s*{_DURATION}\s*\)?\s*$", re.IGNORECASE)
_DURATION_AFTER = re.compile(
    rf"(?<=\S)(?:\s*[|·•,]\s*|\s+\(?|\s*\()\s*{_DURATION}\s*\)?\s*$", re.IGNORECASE
)
_OPEN_DASH_CELL = re.compile(r"([-–—])\s*\|\s*(?=\S)")


def _without_durations(blocks: list[Block]) -> list[Block]:
    """A length of service printed after the dates ("April 2022 — Present   5 years",
    "Jun 2015 - Aug 2015 · 3 mos") is dropped, alone on its line or after a range; and a
    range printed twice for one entry (a theme's copies for wide and narrow screens) is
    kept once."""
    out: list[Block] = []
    last_range: tuple[str, int] | None = None
    for block in blocks:
        text = block.text
        if _DURATION_ONLY.match(text):
            continue
        stripped = _DURATION_AFTER.sub("", text)
        if stripped != text and parse_range(stripped) is not None:
            text = _OPEN_DASH_CELL.sub(r"\1 ", stripped).strip()
        found = parse_range(text)
        alone = found is not None and found.start is not None and len(text) <= len(found.text) + 3
        if alone and found is not None:
            key = f"{found.start}-{found.end}-{found.current}"
            if last_range is not None and last_range[0] == key and len(out) - last_range[1] <= 6:
                continue
            last_range = (key, len(out))
        out.append(replace(block, text=text) if text != block.text else block)
    return out


def clean_blocks(blocks: list[Block]) -> list[Block]:
    """Blocks without contact details, wrapped date ranges joined, lengths of service
    dropped."""
    cleaned: list[Block] = []
    for block in blocks:
        text = scrub(block.text)
        if text:
            cleaned.append(replace(block, text=text))
    return _without_durations(join_split_dates(_join_dangling(_join_wrapped_headings(cleaned))))


_DANGLING = re.compile(
    r"\b(?:in|of|and|for|the|at|on|with|&|de|du|des|en|et|und|für|der|im)$", re.IGNORECASE
)


def _join_wrapped_headings(blocks: list[Block]) -> list[Block]:
    """A heading wrapped in a narrow label column ("EXPÉRIENCE" then "PROFESSIONNELLE",
    "BERUFS-" then "ERFAHRUNG") is one heading."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not prev.bullet
            and not block.bullet
            and prev.page == block.page
            and len(prev.text.split()) <= 2
            and len(block.text.split()) <= 2
            and not re.search(r"\d", prev.text + block.text)
        ):
            hyphen = re.search(r"\w-$", prev.text) is not None
            joined = prev.text[:-1] + block.text if hyphen else f"{prev.text} {block.text}"
            kind = heading_kind(joined)
            if (
                kind is not None
                and heading_kind(block.text) in {None, kind}
                and (heading_kind(prev.text) in {None, kind})
            ):
                out[-1] = replace(prev, text=joined, heading=max(prev.heading, block.heading))
                continue
        out.append(block)
    return out


def _join_dangling(blocks: list[Block]) -> list[Block]:
    """A line that ends on a word that cannot end it ("Postgraduate Certificate in") was
    wrapped: the next line goes on it."""
    out: list[Block] = []
    for block in blocks:
        if (
            out
            and _DANGLING.search(out[-1].text)
            and not block.heading
            and not block.bullet
            and not out[-1].heading
            and block.page == out[-1].page
            and len(out[-1].text.split()) >= 2
            and heading_kind(block.text) is None
        ):
            out[-1] = replace(out[-1], text=f"{out[-1].text} {block.text}")
            continue
        out.append(block)
    return out


__all__ = ["clean_blocks", "join_split_dates"]
