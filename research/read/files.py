"""Loading documents: the only file I/O of the readers.

:func:`load_document` reads a file the user named and decides its format from its content
(a ``.pdf`` that is really a Word file is read as Word); every problem becomes an
:class:`~research.errors.InputError` naming the file and saying what to do.
:func:`document_text` gives the plain text of any document kind.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from research.errors import (
    BrokenDocument,
    DocumentNotFound,
    DocumentTooLarge,
    UnsupportedDocument,
)
from research.privacy import scrubber
from research.read.blocks import check_zip, docx_blocks
from research.read.html_blocks import html_blocks
from research.read.pdf import Line, pdf_lines

scrub = scrubber("resume line")
"""Contact details out of a resume's text; its dates kept."""

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

DocumentKind = Literal["pdf", "docx", "html", "text", "markdown", "json"]

_SAVE_AS = "Save it as PDF, DOCX, plain text, Markdown, HTML or JSON Resume and try again."


@dataclass(frozen=True)
class Document:
    """A document's bytes and its format, decided from its content."""

    name: str
    kind: DocumentKind
    data: bytes


def load_document(path: Path | str, *, max_bytes: int = MAX_DOCUMENT_BYTES) -> Document:
    """Read and identify a document; raises InputError subclasses for every bad input."""
    file = Path(path).expanduser()
    name = str(path)
    if not file.exists():
        raise DocumentNotFound(
            name, "there is no such file", "Check the path and the spelling, then try again."
        )
    if file.is_dir():
        raise DocumentNotFound(
            name, "this is a folder, not a file", "Give the path of the resume file itself."
        )
    try:
        size = file.stat().st_size
        if size > max_bytes:
            raise DocumentTooLarge(
                name,
                f"the file is {size / (1024 * 1024):.1f} MiB, over the "
                f"{max_bytes / (1024 * 1024):.0f} MiB limit for a document",
                "Save a smaller copy (for example without embedded pictures) and try again.",
            )
        with file.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise DocumentNotFound(
            name, "runnerup is not allowed to read this file", "Check the file's permissions."
        ) from None
    except OSError as error:
        raise DocumentNotFound(
            name, f"the file cannot be read ({error.strerror or error})", "Check the path."
        ) from None
    if len(data) > max_bytes:
        raise DocumentTooLarge(
            name,
            f"the file is over the {max_bytes / (1024 * 1024):.0f} MiB limit for a document",
            "Save a smaller copy (for example without embedded pictures) and try again.",
        )
    return Document(name=file.name, kind=sniff(data, name), data=data)


def _binary_kind(data: bytes, name: str) -> None:
    head = data[:8]
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnsupportedDocument(
            name,
            "this is an old-style Word .doc file, which runnerup cannot read",
            "Open it in Word or LibreOffice and save it as .docx or PDF, then try again.",
        )
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")):
        raise UnsupportedDocument(
            name,
            "this is a picture, not a document with text",
            "Export the resume as PDF or DOCX with real text, or run OCR on the picture.",
        )
    if data.lstrip()[:5] == b"{\\rtf":
        raise UnsupportedDocument(name, "this is an RTF file, which runnerup cannot read", _SAVE_AS)


def decode_text(data: bytes) -> str | None:
    """Text of the bytes (UTF-8, UTF-16 with BOM, else the detected encoding such as cp1252),
    or None when they are not text."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    head = data[:4096]
    if head.count(0) > len(head) // 4:
        # UTF-16 without a byte order mark: every other byte of Latin text is zero
        odd_zeros = head[1::2].count(0)
        encoding = "utf-16-le" if odd_zeros > head[0::2].count(0) else "utf-16-be"
        try:
            return _checked(data.decode(encoding))
        except UnicodeDecodeError:
            return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is None:
            return None
        encoding = best.encoding
        # Western single-byte guesses are ambiguous on short texts; Windows-1252 is by far
        # the most common of them, so it wins whenever it decodes the bytes cleanly
        if encoding.replace("-", "_").lower() in _WESTERN:
            try:
                return _checked(data.decode("cp1252"))
            except UnicodeDecodeError:
                pass
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            return None
    return _checked(text)


_WESTERN = {
    "cp1250",
    "cp1252",
    "latin_1",
    "iso8859_1",
    "iso8859_2",
    "iso8859_15",
    "iso8859_9",
    "cp1254",
    "cp1257",
    "mac_roman",
    "mac_latin2",
    "cp850",
    "cp437",
    "iso8859_10",
    "iso8859_13",
    "iso8859_14",
    "iso8859_16",
    "iso8859_3",
    "iso8859_4",
}


def _checked(text: str) -> str | None:
    sample = text[:20_000]
    controls = sum(
        1 for ch in sample if (ch < " " and ch not in "\t\n\r\f") or "\x80" <= ch <= "\x9f"
    )
    if "\x00" in text or controls > max(2, len(sample) // 100):
        return None
    return text


_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_MD_HINT = re.compile(r"^(?:#{1,6}\s+\S|\*\*[^*]+\*\*\s*$)", re.M)


def sniff(data: bytes, name: str) -> DocumentKind:
    """The document kind from its content first (the name's extension only breaks ties
    between plain text and Markdown); raises UnsupportedDocument for anything else."""
    if not data or not data.strip():
        raise UnsupportedDocument(
            name, "the file is empty", "Check that you chose the right file, or save it again."
        )
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        archive = check_zip(data, name)
        names = set(archive.namelist())
        if "word/document.xml" in names:
            return "docx"
        if any(n.startswith(("xl/", "ppt/")) for n in names) or "content.xml" in names:
            raise UnsupportedDocument(
                name,
                "this is a spreadsheet, presentation or OpenDocument file, not a resume "
                "runnerup can read",
                _SAVE_AS,
            )
        raise UnsupportedDocument(name, "this is a zip archive, not a document", _SAVE_AS)
    _binary_kind(data, name)
    text = decode_text(data)
    if text is None:
        raise UnsupportedDocument(
            name,
            "runnerup cannot tell what kind of document this is (it is not text, PDF or Word)",
            _SAVE_AS,
        )
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped[:1] in "{[":
        try:
            json.loads(stripped)
            return "json"
        except ValueError:
            pass
    if _HTML_START.match(stripped) or re.search(r"<(?:p|div|h[1-6]|ul|li)\b[^>]*>", text[:5000]):
        return "html"
    lower = name.lower()
    if lower.endswith((".md", ".markdown")) or _MD_HINT.search(text):
        return "markdown"
    return "text"


def _flatten_json(value: object, out: list[str]) -> None:
    if isinstance(value, str):
        if value.strip():
            out.append(value.strip())
    elif isinstance(value, dict):
        for item in value.values():
            _flatten_json(item, out)
    elif isinstance(value, list):
        for item in value:
            _flatten_json(item, out)


def document_text(doc: Document) -> str:
    """The plain text of a document of any kind, one line per paragraph or table row;
    contact details (emails, phones, street addresses) are removed line by line."""
    lines: list[str]
    if doc.kind == "pdf":
        lines = [line.text for line in pdf_lines(doc.data, doc.name)]
    elif doc.kind == "docx":
        lines = [block.text for block in docx_blocks(doc.data, doc.name)]
    else:
        text = decode_text(doc.data)
        if text is None:
            raise BrokenDocument(doc.name, "the text of this file cannot be decoded", _SAVE_AS)
        if doc.kind == "html":
            lines = [block.text for block in html_blocks(text)]
        elif doc.kind == "json":
            lines = []
            try:
                _flatten_json(json.loads(text), lines)
            except ValueError:
                lines = text.splitlines()
        else:
            lines = text.splitlines()
    cleaned = (scrub(line) if line.strip() else "" for line in lines)
    return "\n".join(cleaned).strip() + "\n"


__all__ = [
    "MAX_DOCUMENT_BYTES",
    "Document",
    "DocumentKind",
    "Line",
    "decode_text",
    "document_text",
    "load_document",
    "pdf_lines",
    "sniff",
]
