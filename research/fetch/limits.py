"""Limits: allowed content types, and a body reader that caps bytes on the wire and
bytes after decompression without ever holding more than one bounded chunk extra.

The door asks for ``Accept-Encoding: gzip, deflate`` only and decodes itself with
``zlib.decompressobj(...).decompress(data, max_length)``, so a gzip bomb is stopped after
at most ``limit`` bytes of output, whatever the compression ratio.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator

ACCEPT_ENCODING = "gzip, deflate"

#: Media types handed to parsers: HTML, XHTML, JSON (and ``+json``), PDF, DOCX, plain
#: text, XML (sitemaps, feeds: ``+xml`` types too).
DOCUMENT_TYPES = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "application/json",
        "text/json",
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "text/plain",
        "application/xml",
        "text/xml",
    }
)

#: What a rendered page may load besides documents (scripts and styles run in the
#: browser only; they are never handed to parsers).
SUBRESOURCE_TYPES = frozenset(
    {
        "application/javascript",
        "text/javascript",
        "application/x-javascript",
        "application/ecmascript",
        "text/ecmascript",
        "text/css",
    }
)

_DECODE_CHUNK = 64 * 1024


def media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def is_document_type(media: str) -> bool:
    if media in DOCUMENT_TYPES:
        return True
    return media.startswith(("application/", "text/")) and media.endswith(("+json", "+xml"))


def is_allowed_type(media: str, *, subresources: bool = False) -> bool:
    return is_document_type(media) or (subresources and media in SUBRESOURCE_TYPES)


class TooLarge(Exception):
    """The body went over a cap."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class UnsupportedEncoding(Exception):
    pass


def _decoders(encodings: list[str]) -> list[zlib._Decompress]:
    """One decompressor per encoding, the last applied first. Only one layer is
    supported (nobody stacks them); more is refused."""
    objects: list[zlib._Decompress] = []
    for encoding in encodings:
        if encoding in ("gzip", "x-gzip"):
            objects.append(zlib.decompressobj(16 + zlib.MAX_WBITS))
        elif encoding == "deflate":
            objects.append(zlib.decompressobj())
        elif encoding not in ("identity", ""):
            raise UnsupportedEncoding(encoding)
    if len(objects) > 1:
        raise UnsupportedEncoding(", ".join(encodings))
    return objects


def _decode_layers(objects: list[zlib._Decompress], data: bytes, budget: int) -> tuple[bytes, bool]:
    """Decode one chunk through every layer, producing at most ``budget + 1`` bytes.

    Returns (output, over): ``over`` when more output than ``budget`` would follow.
    """
    for obj in objects:  # at most one
        pieces: list[bytes] = []
        produced = 0
        piece = obj.decompress(data, _DECODE_CHUNK)
        while True:
            pieces.append(piece)
            produced += len(piece)
            if produced > budget:
                return b"".join(pieces), True
            if not obj.unconsumed_tail:
                break
            piece = obj.decompress(obj.unconsumed_tail, _DECODE_CHUNK)
        data = b"".join(pieces)
    return data, False


async def read_capped(
    chunks: AsyncIterator[bytes],
    *,
    content_encoding: str,
    max_wire: int,
    max_body: int,
) -> bytes:
    """Read a raw (still encoded) body: at most ``max_wire`` bytes received and at most
    ``max_body`` bytes after decoding. Raises :class:`TooLarge` beyond either."""
    encodings = [part.strip().lower() for part in content_encoding.split(",") if part.strip()]
    try:
        objects = _decoders(encodings)
    except UnsupportedEncoding:
        raise
    received = 0
    body = bytearray()
    async for chunk in chunks:
        received += len(chunk)
        if received > max_wire:
            raise TooLarge(f"the response is larger than {_size(max_wire)}")
        if objects:
            out, over = _decode_layers(objects, chunk, max_body - len(body))
            body += out
            if over or len(body) > max_body:
                raise TooLarge(f"the response decompresses to more than {_size(max_body)}")
        else:
            body += chunk
            if len(body) > max_body:
                raise TooLarge(f"the response is larger than {_size(max_body)}")
    for obj in objects:
        tail = obj.flush()
        if tail:
            body += tail
            if len(body) > max_body:
                raise TooLarge(f"the response decompresses to more than {_size(max_body)}")
    return bytes(body)


async def read_prefix(chunks: AsyncIterator[bytes], *, content_encoding: str, limit: int) -> bytes:
    """The first ``limit`` decoded bytes of a body; reading stops there (robots.txt:
    RFC 9309 lets a crawler parse only the first 500 KiB)."""
    objects = _decoders(
        [part.strip().lower() for part in content_encoding.split(",") if part.strip()]
    )
    body = bytearray()
    async for chunk in chunks:
        if objects:
            out, _over = _decode_layers(objects, chunk, limit - len(body))
            body += out
        else:
            body += chunk
        if len(body) >= limit:
            return bytes(body[:limit])
    for obj in objects:
        body += obj.flush()
    return bytes(body[:limit])


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):g} MiB"
    if n >= 1024:
        return f"{n / 1024:g} KiB"
    return f"{n} bytes"


__all__ = [
    "ACCEPT_ENCODING",
    "DOCUMENT_TYPES",
    "SUBRESOURCE_TYPES",
    "TooLarge",
    "UnsupportedEncoding",
    "is_allowed_type",
    "is_document_type",
    "media_type",
    "read_capped",
    "read_prefix",
]
