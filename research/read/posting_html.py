"""A posting page's HTML as text with its structure kept: pure, no I/O.

Headings and paragraphs become lines, list items become ``- `` bullets, so the section
finder (:mod:`research.read.posting_sections`) sees the same shape as in a text posting.
Scripts, styles, navigation, forms and footers are dropped; ``<main>`` or ``<article>`` is
preferred to the whole body when the page has one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # bs4 is imported when a page is read, not when runnerup starts
    from bs4 import BeautifulSoup
    from bs4.element import Tag

_DROP = ("script", "style", "noscript", "template", "svg", "nav", "footer", "form", "iframe")
_BLOCKS = {
    "p", "div", "section", "article", "main", "header", "aside", "ul", "ol", "dl", "dt", "dd",
    "table", "tr", "blockquote", "pre", "address", "figure", "figcaption", "details", "summary",
    "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "hr",
}  # fmt: skip
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_WHITE = re.compile(r"\s+")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


@dataclass(frozen=True)
class PageHints:
    """What a page says about itself outside the text: the first heading, the title, the
    Open Graph title and site name."""

    h1: str = ""
    title: str = ""
    og_title: str = ""
    site_name: str = ""


def _soup(page: str) -> BeautifulSoup:
    from bs4 import BeautifulSoup

    return BeautifulSoup(page, "lxml")


def _walk(node: Tag, out: list[str], *, pre: bool = False, headings: bool = False) -> None:
    from bs4.element import NavigableString, Tag

    for child in node.children:
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:  # not a comment, CDATA or doctype
                # a line break in the page's source is a space, except in <pre>
                out.append(str(child) if pre else str(child).replace("\n", " "))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name.lower()
        if name in _DROP:
            continue
        if name == "br":
            out.append("\n")
            continue
        block = name in _BLOCKS
        if block:
            out.append("\n")
        if name == "li":
            out.append("- ")
        elif name in {"td", "th"}:
            out.append(" ")
        elif headings and (name in _HEADINGS or (name in {"p", "div"} and _all_bold(child))):
            out.append("## ")
        _walk(child, out, pre=pre or name == "pre", headings=headings)
        if block:
            out.append("\n")


def _all_bold(tag: Tag) -> bool:
    """A paragraph whose whole text is bold: a heading written as ``<p><b>Skills</b></p>``."""
    from bs4.element import Tag

    text = tag.get_text(" ", strip=True)
    bold = [b.get_text(" ", strip=True) for b in tag.find_all(["b", "strong"])]
    if not text or len(text) > 80 or not bold:
        return False
    children = [c for c in tag.children if not (isinstance(c, str) and not c.strip())]
    return len(children) == 1 and isinstance(children[0], Tag) and " ".join(bold) == text


def _tidy(parts: list[str]) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"^- *$", "", text, flags=re.MULTILINE)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def html_to_text(page: str, *, whole_page: bool = True, headings: bool = False) -> str:
    """The readable text of HTML (a whole page, or a fragment such as a JSON-LD
    description), one block per line, list items as ``- `` bullets; with ``headings``,
    heading elements and all-bold paragraphs start with ``## `` (for the section finder)."""
    if "<" not in page:
        return page.strip()
    from bs4.element import Tag

    soup = _soup(page)
    root: Tag = soup
    if whole_page:
        main = soup.find("main") or soup.find("article")
        if isinstance(main, Tag):
            root = main
        elif isinstance(soup.body, Tag):
            root = soup.body
    out: list[str] = []
    _walk(root, out, headings=headings)
    return _tidy(out)


def page_hints(page: str) -> PageHints:
    """The page's first ``<h1>``, ``<title>``, ``og:title`` and ``og:site_name``."""
    from bs4.element import Tag

    soup = _soup(page)

    def meta(prop: str) -> str:
        tag = soup.find("meta", attrs={"property": prop}) or soup.find("meta", attrs={"name": prop})
        content = tag.get("content") if isinstance(tag, Tag) else None
        return _SPACES.sub(" ", content).strip() if isinstance(content, str) else ""

    h1 = soup.find("h1")
    title = soup.find("title")
    return PageHints(
        h1=_WHITE.sub(" ", h1.get_text(" ")).strip() if isinstance(h1, Tag) else "",
        title=_WHITE.sub(" ", title.get_text(" ")).strip() if isinstance(title, Tag) else "",
        og_title=meta("og:title"),
        site_name=meta("og:site_name"),
    )


__all__ = ["PageHints", "html_to_text", "page_hints"]
