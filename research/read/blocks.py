"""The common shape every format is reduced to before the resume parser reads it: blocks
(paragraphs or lines) with a heading level, a bullet flag, a bold flag and a page.

Pure functions: DOCX bytes, HTML bytes and plain/Markdown text in, blocks out.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field, replace
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
        if (
            heading == 1
            and out
            and anchor is not None
            and out[-1].heading == 1
            and line.page == anchor.page
            and abs(line.size - anchor.size) < 0.6
            and 0 < line.y - anchor.y < line.size * 1.6
        ):
            # a name set large and wrapped ("Lucía Fernández-" then "Ortega")
            prev = out[-1]
            hyphen = re.search(r"\w-$", prev.text) is not None
            out[-1] = replace(prev, text=prev.text + ("" if hyphen else " ") + text)
            anchor = replace(anchor, y=line.y)
            continue
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
    sizes: dict[str, float] = field(default_factory=dict)
    """Font size of each style (half-points), through the styles it is based on."""
    body: float = 22.0

    @classmethod
    def of(cls, document: Any) -> _Styles:
        names: dict[str, str] = {}
        bold: set[str] = set()
        default = ""
        own: dict[str, float] = {}
        based: dict[str, str] = {}
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
            size = _half_points(_val(rpr, "sz"))
            if size:
                own[sid] = size
            parent = _val(style, "basedOn")
            if parent:
                based[sid] = parent
        base = document.styles.element.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
        fallback = _half_points(_val(base, "sz")) or 22.0
        sizes: dict[str, float] = {}
        for sid in names:
            seen, cur = 0, sid
            while cur not in own and cur in based and seen < 10:
                cur, seen = based[cur], seen + 1
            sizes[sid] = own.get(cur, fallback)
        return cls(names, frozenset(bold), default, sizes, sizes.get(default, fallback))


def _half_points(value: str | None) -> float:
    try:
        return float(value) if value else 0.0
    except ValueError:
        return 0.0


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


def _docx_paragraphs(paragraph: Any, styles: _Styles) -> list[Block]:
    """A paragraph as blocks: one per line, since a soft line break (Shift+Enter) sets
    the title, the employer and the dates of an entry on lines of their own."""
    block = _docx_paragraph(paragraph, styles)
    if block is None:
        return []
    lines = [line for line in paragraph.text.split("\n") if line.strip()]
    if len(lines) < 2 or block.heading:
        return [block]
    out: list[Block] = []
    for line in lines:
        text = re.sub(r"\s+", " ", re.sub(r"\s*\t\s*", " | ", line.strip())).strip()
        body, marked = strip_bullet(text)
        if body:
            out.append(Block(body, None, 0, (block.bullet and not out) or marked, block.bold))
    return out


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
    if not heading and len(text.split()) <= 6:
        # a name set large by its own style or its runs ("Name" at 22 pt over 10.5 pt text)
        sizes = [
            _half_points(_val(r.find(f"{_W}rPr"), "sz")) or styles.sizes.get(style_id, styles.body)
            for r in p.iter(f"{_W}r")
            if "".join(t.text or "" for t in r.iter(f"{_W}t")).strip()
        ]
        if sizes and min(sizes) >= styles.body * 1.6:
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
            found = [b for p in cell.paragraphs for b in _docx_paragraphs(p, styles)]
            for inner in cell.tables:
                found.extend(_docx_table(inner, styles))
            if found:
                cells.append(found)
        if not cells:
            continue
        firsts = [c[0] for c in cells if not c[0].bullet]
        # cells that each hold a whole column of text (a sidebar beside the main column)
        # are read one after the other; short cells (a date beside an entry) make a row
        columns = len(cells) > 1 and min(len(c) for c in cells) >= 6
        if len(firsts) > 1 and not any(b.heading for b in firsts) and not columns:
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
                blocks.extend(_docx_paragraphs(Paragraph(child, document), styles))
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
    "pdf_blocks",
    "strip_bullet",
    "text_blocks",
]
