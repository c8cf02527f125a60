"""HTML -> blocks: headings, paragraphs, list items and table rows in reading order.

Sibling inline elements with only white space between them ("<span class=title>" beside
"<span class=org>") are fields a style sheet sets apart and keep a cell separator; an
inline element that wraps blocks is read as blocks; an unclosed heading does not swallow
what follows it. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from research.read.blocks import Block, strip_bullet

_SKIP = {"script", "style", "noscript", "template", "nav", "footer", "form", "svg", "head"}
_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "header",
    "main",
    "aside",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "tbody",
    "thead",
    "tr",
    "td",
    "th",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "address",
    "br",
    "body",
    "html",
    "figure",
    "figcaption",
}
_BLOCK_LIST = sorted(_BLOCK_TAGS - {"br", "body", "html"})
# what makes an inline element a wrapper of blocks (a <p> in a <span> label stays a label)
_WRAPS = sorted(_BLOCK_TAGS - {"br", "body", "html", "p"})


def _text(node: Any) -> str:
    return re.sub(r"\s+", " ", node.get_text(" ")).strip()


_DATE_PIECE = re.compile(
    r"^(?:[-–—]|to\b)?\s*(?:(?:[A-Za-zÀ-ÿ]{3,10}\.?,?\s+)?(?:\d{1,2}[/.-])?(?:19|20)\d{2}"
    r"(?:[/.-]\d{1,2})?|present|current|now|today|heute|aujourd.hui|actuel)\s*(?:[-–—]|to)?$",
    re.IGNORECASE,
)


def _inline_line(pieces: list[str], elements: int, loose: bool) -> str:
    """The text of a run of inline content. Sibling elements with nothing but white space
    between them ("<span class=title>Engineer</span> <span class=org>Acme</span>") are
    fields a style sheet sets apart: they keep a cell separator, as table cells do (the
    parts of a date range stay together)."""
    parts = [re.sub(r"\s+", " ", p).strip() for p in pieces]
    parts = [p for p in parts if p]
    if loose or elements < 2 or len(parts) < 2 or all(" " not in p for p in parts):
        # running text, or single words (a first and a last name in two spans)
        return re.sub(r"\s+", " ", " ".join(pieces)).strip()
    fields: list[str] = []
    dated = False
    for part in parts:
        is_date = _DATE_PIECE.match(part) is not None
        if fields and is_date and dated:
            dash = re.search(r"[-–—]$|\bto$", fields[-1]) or re.match(r"[-–—]|to\b", part)
            fields[-1] = f"{fields[-1]} {part}" if dash else f"{fields[-1]} – {part}"
        else:
            fields.append(part)
        dated = is_date
    return " | ".join(fields)


def _html_walk(node: Any, out: list[Block]) -> None:
    from bs4.element import NavigableString, Tag

    inline: list[str] = []
    state = {"elements": 0, "loose": False}

    def flush() -> None:
        text = _inline_line(inline, state["elements"], bool(state["loose"]))
        inline.clear()
        state["elements"], state["loose"] = 0, False
        if text:
            body, marked = strip_bullet(text)
            out.append(Block(body, None, 0, marked))

    for child in node.children:
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:
                inline.append(str(child))
                if str(child).strip():
                    state["loose"] = True
            continue
        if not isinstance(child, Tag):
            continue
        tag = child.name.lower()
        if tag in _SKIP or tag == "address":
            continue
        if tag not in _BLOCK_TAGS and child.find(_WRAPS) is None:
            inline.append(child.get_text(" "))
            state["elements"] += 1
            continue
        flush()
        if tag not in _BLOCK_TAGS:
            # an inline element wrapping blocks (a span around a card of divs)
            _html_walk(child, out)
            continue
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            if child.find(_BLOCK_LIST) is not None:
                # an unclosed heading swallows what follows ("<h1>Name<h1> <h2>City</h2>")
                start = len(out)
                _html_walk(child, out)
                if len(out) > start and not out[start].heading:
                    out[start] = replace(out[start], heading=int(tag[1]), bullet=False)
                continue
            text = _text(child)
            if text:
                out.append(Block(text, None, int(tag[1])))
        elif tag == "tr":
            cells = [_text(c) for c in child.find_all(["td", "th"], recursive=False)]
            cells = [c for c in cells if c]
            if cells:
                out.append(Block(" | ".join(cells)))
        elif tag == "li":
            start = len(out)
            _html_walk(child, out)
            if len(out) > start:
                first = out[start]
                out[start] = Block(first.text, None, first.heading, True, first.bold)
        else:
            start = len(out)
            _html_walk(child, out)
            if tag in {"dt"} and len(out) == start + 1:
                out[start] = Block(out[start].text, None, 0, False, True)
    flush()


def html_blocks(data: bytes | str) -> list[Block]:
    """Headings, paragraphs, list items and table rows of an HTML page, in order."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "lxml")
    root = soup.body or soup
    out: list[Block] = []
    _html_walk(root, out)
    return out


__all__ = ["html_blocks"]
