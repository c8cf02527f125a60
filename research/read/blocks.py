"""The common shape every format is reduced to before the resume parser reads it: blocks
(paragraphs or lines) with a heading level, a bullet flag, a bold flag and a page.

Pure functions: DOCX bytes, HTML bytes and plain/Markdown text in, blocks out.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, replace
from io import BytesIO
from typing import Any

from research.errors import BrokenDocument, DocumentTooLarge
from research.read.pdf import Line

MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
MAX_ZIP_RATIO = 150
MAX_ZIP_ENTRIES = 5000

# bullet glyphs may touch the text ("•Led"); hyphens, stars, numbers and "o" need a space
_BULLET = re.compile(
    r"^\s*(?:[•●▪■◦‣·➢➤►▶▸▹◆◇❖♦◾◼□▫✦✧★☆⁃∙✓✔→⇒]\s*|(?:[*+–-]|\d{1,2}[.)]|o)\s+)(?=\S)"
)


@dataclass(frozen=True)
class Block:
    text: str
    page: int | None = None
    heading: int = 0
    """0 for body text, else a heading level (1 the largest)."""
    bullet: bool = False
    bold: bool = False
    indented: bool = False
    """Set in from the lines above it in plain text (a job's description under its
    header line)."""


def strip_bullet(text: str) -> tuple[str, bool]:
    match = _BULLET.match(text)
    if match:
        return text[match.end() :].strip(), True
    return text.strip(), False


# --- PDF --------------------------------------------------------------------------------

_PAGE_FOOTER = re.compile(r"^\s*(?:page\s+)?\d+\s*(?:of|/)\s*\d+\s*$", re.IGNORECASE)


# TeX's bullet from its symbol font, extracted without a Unicode map, reads as "{"
_TEX_BULLET = re.compile(r"^\{\s+(?=[A-Z0-9])")


def body_size(lines: list[Line]) -> float:
    """The font size most of the text is set in."""
    weights: dict[float, int] = {}
    for line in lines:
        weights[line.size] = weights.get(line.size, 0) + len(line.text)
    return max(weights, key=lambda size: weights[size]) if weights else 10.0


def pdf_blocks(lines: list[Line]) -> list[Block]:
    """PDF lines as blocks: larger type makes headings (1 for the largest), bullets are
    recognised by their glyph, and indented lines after a bullet continue it."""
    body = body_size(lines)
    biggest = max((line.size for line in lines), default=body)
    out: list[Block] = []
    anchor: Line | None = None
    for line in lines:
        if _PAGE_FOOTER.match(line.text):
            continue
        text, marked = strip_bullet(_TEX_BULLET.sub("• ", line.text))
        if not text:
            continue
        if (
            out
            and anchor is not None
            and not marked
            and out[-1].bullet
            and line.page == anchor.page
            and line.x > anchor.x + 2
            and 0 < line.y - anchor.y < line.size * 2.2
        ):
            prev = out[-1]
            out[-1] = Block(f"{prev.text} {text}", prev.page, 0, True, prev.bold)
            anchor = Line(anchor.text, anchor.page, anchor.x, line.y, anchor.size, anchor.bold)
            continue
        if (
            out
            and anchor is not None
            and not marked
            and not out[-1].bullet
            and text[:1].islower()
            and line.page == anchor.page
            and line.x > anchor.x + 2
            and 0 < line.y - anchor.y < line.size * 2.2
            and abs(line.size - anchor.size) < 0.6
        ):
            # a hanging indent: "…, University" then, indented, "of Manchester"
            prev = out[-1]
            out[-1] = replace(prev, text=f"{prev.text} {text}")
            anchor = replace(anchor, y=line.y)
            continue
        heading = 0
        if line.size >= body * 1.15:
            heading = 1 if line.size >= biggest - 0.5 and line.size >= body * 1.5 else 2
        out.append(Block(text, line.page, heading, marked, line.bold))
        anchor = line
    return out


# --- DOCX -------------------------------------------------------------------------------


def check_zip(data: bytes, name: str) -> zipfile.ZipFile:
    """Open a zip after checking its declared sizes, so a zip bomb is refused unread."""
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise BrokenDocument(
            name,
            "this Word file is damaged or incomplete and cannot be read",
            "Open it in Word or LibreOffice and save it again as .docx, or export it as PDF.",
        ) from None
    total = sum(info.file_size for info in infos)
    if len(infos) > MAX_ZIP_ENTRIES or total > MAX_UNZIPPED_BYTES:
        raise DocumentTooLarge(
            name,
            f"this Word file would unpack to {total // (1024 * 1024)} MiB, far more than "
            "any resume needs, so runnerup will not open it",
            "Save the resume again as a normal .docx or PDF and try again.",
        )
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 5 * 1024 * 1024 and ratio > MAX_ZIP_RATIO:
            raise BrokenDocument(
                name,
                "this Word file is packed in a way no word processor produces "
                "(it unpacks to far more than its size), so runnerup will not open it",
                "Save the resume again as a normal .docx or PDF and try again.",
            )
    return archive


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class _Styles:
    """Style names and bold styles of a Word file, read once (python-docx's own style
    lookups walk every style on each call)."""

    names: dict[str, str]
    bold: frozenset[str]
    default: str

    @classmethod
    def of(cls, document: Any) -> _Styles:
        names: dict[str, str] = {}
        bold: set[str] = set()
        default = ""
        for style in document.styles.element.iter(f"{_W}style"):
            sid = style.get(f"{_W}styleId") or ""
            name = style.find(f"{_W}name")
            names[sid] = name.get(f"{_W}val") if name is not None else sid
            if style.get(f"{_W}default") in {"1", "true"} and style.get(f"{_W}type") == "paragraph":
                default = sid
            rpr = style.find(f"{_W}rPr")
            b = rpr.find(f"{_W}b") if rpr is not None else None
            if b is not None and b.get(f"{_W}val") not in {"0", "false"}:
                bold.add(sid)
        return cls(names, frozenset(bold), default)


def _val(parent: Any, tag: str) -> str | None:
    if parent is None:
        return None
    child = parent.find(f"{_W}{tag}")
    return None if child is None else (child.get(f"{_W}val") or "")


def _run_bold(run: Any, styles: _Styles, paragraph_style: str) -> bool:
    rpr = run.find(f"{_W}rPr")
    b = _val(rpr, "b")
    if b is not None:
        return b not in {"0", "false"}
    rstyle = _val(rpr, "rStyle")
    return (rstyle in styles.bold) or paragraph_style in styles.bold


def _docx_paragraph(paragraph: Any, styles: _Styles) -> Block | None:
    # tab stops separate columns ("Engineer<tab>Acme Corp<tab>2019 – 2021")
    text = re.sub(r"\s*\t\s*", " | ", paragraph.text.strip())
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        return None
    p = paragraph._p
    ppr = p.find(f"{_W}pPr")
    style_id = _val(ppr, "pStyle") or styles.default
    style = styles.names.get(style_id, style_id)
    heading = 0
    match = re.match(r"(?i)heading\s*(\d)", style)
    if match:
        heading = int(match.group(1))
    elif style.lower() == "title":
        heading = 1
    numbered = ppr is not None and ppr.find(f"{_W}numPr") is not None
    bullet = "list" in style.lower() or numbered
    body, marked = strip_bullet(text)
    runs = [r for r in p.iter(f"{_W}r") if "".join(t.text or "" for t in r.iter(f"{_W}t")).strip()]
    bold = bool(runs) and all(_run_bold(r, styles, style_id) for r in runs)
    return Block(body if marked else text, None, heading, bullet or marked, bold)


def _docx_table(table: Any, styles: _Styles) -> list[Block]:
    blocks: list[Block] = []
    for row in table.rows:
        seen: set[int] = set()
        cells: list[list[Block]] = []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            found = [
                b for b in (_docx_paragraph(p, styles) for p in cell.paragraphs) if b is not None
            ]
            for inner in cell.tables:
                found.extend(_docx_table(inner, styles))
            if found:
                cells.append(found)
        if not cells:
            continue
        firsts = [c[0] for c in cells if not c[0].bullet]
        if len(firsts) > 1 and not any(b.heading for b in firsts):
            joined = " | ".join(b.text for b in firsts)
            blocks.append(Block(joined, None, 0, False, all(b.bold for b in firsts)))
            for cell_blocks in cells:
                rest = cell_blocks[1:] if not cell_blocks[0].bullet else cell_blocks
                blocks.extend(rest)
        else:
            for cell_blocks in cells:
                blocks.extend(cell_blocks)
    return blocks


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(element: Any, document: Any, styles: _Styles) -> list[Block]:
    """Paragraphs inside the text boxes anchored in a body paragraph (template resumes put
    whole sidebars in them); the VML fallback copy of each box is skipped."""
    from docx.text.paragraph import Paragraph

    blocks: list[Block] = []
    for box in element.iter(f"{_W}txbxContent"):
        if any(ancestor.tag == _FALLBACK for ancestor in box.iterancestors()):
            continue
        for p in box.iter(f"{_W}p"):
            block = _docx_paragraph(Paragraph(p, document), styles)
            if block is not None:
                blocks.append(block)
    return blocks


def _header_blocks(document: Any, styles: _Styles) -> list[Block]:
    """The first page header's paragraphs: the name often lives there (its contact details
    are scrubbed like any other text)."""
    try:
        header = document.sections[0].header
        if header.is_linked_to_previous:
            return []
        paragraphs = list(header.paragraphs)
    except (IndexError, AttributeError, KeyError):
        return []
    found = (_docx_paragraph(p, styles) for p in paragraphs)
    return [replace(b, heading=0) for b in found if b is not None]


def docx_blocks(data: bytes, name: str) -> list[Block]:
    """Paragraphs, text boxes and table rows of a DOCX in document order, after the first
    page header (footers are not read)."""
    check_zip(data, name)
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(BytesIO(data))
        styles = _Styles.of(document)
        blocks: list[Block] = _header_blocks(document, styles)
        for child in document.element.body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                block = _docx_paragraph(Paragraph(child, document), styles)
                if block is not None:
                    blocks.append(block)
                blocks.extend(_text_boxes(child, document, styles))
            elif tag == "tbl":
                blocks.extend(_docx_table(Table(child, document), styles))
    except (BrokenDocument, DocumentTooLarge):
        raise
    except Exception as error:
        raise BrokenDocument(
            name,
            f"this Word file is damaged or incomplete and cannot be read ({type(error).__name__})",
            "Open it in Word or LibreOffice and save it again as .docx, or export it as PDF.",
        ) from None
    return blocks


# --- HTML -------------------------------------------------------------------------------

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


def _text(node: Any) -> str:
    return re.sub(r"\s+", " ", node.get_text(" ")).strip()


def _html_walk(node: Any, out: list[Block]) -> None:
    from bs4.element import NavigableString, Tag

    inline: list[str] = []

    def flush() -> None:
        text = re.sub(r"\s+", " ", " ".join(inline)).strip()
        inline.clear()
        if text:
            body, marked = strip_bullet(text)
            out.append(Block(body, None, 0, marked))

    for child in node.children:
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:
                inline.append(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        tag = child.name.lower()
        if tag in _SKIP or tag == "address":
            continue
        if tag not in _BLOCK_TAGS:
            inline.append(child.get_text(" "))
            continue
        flush()
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
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


# --- plain text and Markdown ------------------------------------------------------------

_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPH = re.compile(r"(\*\*|__)(.+?)\1")


_TYPED_DASH = re.compile(r"(?<=\S )-{2,3}(?= \S)|(?<=^)-{2,3}(?= \S)")


def text_blocks(text: str, *, markdown: bool = False) -> list[Block]:
    """Lines of plain text or Markdown as blocks (``#`` headings, bold lines, bullets,
    underlined headings)."""
    out: list[Block] = []
    base = 0  # the indent of the last line that was not set in
    for raw in text.splitlines():
        # "---" and "--" typed for dashes (pandoc and plain-text habits)
        line = _TYPED_DASH.sub(lambda m: "—" if len(m.group(0)) == 3 else "–", raw.rstrip())
        stripped = line.strip()
        if not stripped:
            continue
        indent = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
        indented = indent > base
        if not indented:
            base = indent
        if re.fullmatch(r"[=\-_~*]{3,}", stripped):
            if out and not out[-1].heading and not out[-1].bullet and stripped[0] in "=-":
                out[-1] = Block(out[-1].text, None, 1 if stripped[0] == "=" else 2)
            continue
        heading = 0
        bold = False
        if markdown:
            match = re.match(r"^(#{1,6})\s+(.*?)\s*#*$", stripped)
            if match:
                heading = len(match.group(1))
                stripped = match.group(2)
            stripped = _MD_LINK.sub(r"\1", stripped)
            if re.fullmatch(r"(\*\*|__)[^*_]+\1:?", stripped):
                bold = True
            stripped = _MD_EMPH.sub(r"\2", stripped)
            stripped = re.sub(r"(?<!\w)[*_`](\S[^*_`]*?)[*_`](?!\w)", r"\1", stripped)
            stripped = stripped.replace("\\", "")
        body, marked = strip_bullet(stripped) if not heading else (stripped, False)
        if not body:
            continue
        out.append(Block(body, None, heading, marked, bold, indented and not heading))
    return out


__all__ = [
    "Block",
    "check_zip",
    "docx_blocks",
    "html_blocks",
    "pdf_blocks",
    "strip_bullet",
    "text_blocks",
]
