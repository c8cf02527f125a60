"""JSON-LD in a web page: its blocks, their nodes, their types and references. Pure; no I/O.

The one reader of ``<script type="application/ld+json">`` for the posting reader and for
the ``webpage`` and ``company`` sources:

* :func:`json_ld_blocks` finds the blocks in a page's HTML text (or in a parsed page) and
  reads them tolerantly: HTML comments, CDATA markers, raw line breaks inside strings and
  trailing commas are forgiven; a block that is still not JSON, or that nests deeper than
  the JSON parser goes, is skipped, never fatal.
* :func:`json_ld_nodes` lists a page's top-level objects with the members of each
  ``@graph`` on their own; :func:`walk` goes deeper (``@graph``, ``mainEntity``,
  ``itemListElement``, ``item``) to a bounded depth.
* :func:`types_of` reads ``@type`` (or the ``type`` alias of the schema.org context)
  without its vocabulary prefix; :func:`id_index` and :func:`resolve` replace a bare
  ``{"@id": ...}`` reference with the node it names.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bs4 import Tag

JsonObject = dict[str, Any]

MAX_DEPTH = 6
"""How deep :func:`walk` follows ``@graph``, ``mainEntity`` and item lists."""

_TYPE = re.compile(r"ld\+json", re.IGNORECASE)
_SCRIPT = re.compile(
    r"<script\b[^>]*\btype\s*=\s*[\"']?[^\"'>\s]*ld\+json[^>]*>(?P<body>.*?)</script\s*>",
    re.IGNORECASE | re.DOTALL,
)
_TRAILING_COMMA = re.compile(r",\s*(?=[}\]])")
_OPENING = re.compile(r"^\s*(?:<!--|<!\[CDATA\[|//\s*<!\[CDATA\[)")
_CLOSING = re.compile(r"(?:-->|\]\]>|//\s*\]\]>)\s*$")
_DEEPER = ("@graph", "mainEntity", "itemListElement", "item")


def load_block(body: str) -> Any:
    """One block's text as JSON, forgiving what pages commonly get wrong; None when it is
    not JSON even then."""
    text = _CLOSING.sub("", _OPENING.sub("", body.strip())).strip()
    if not text:
        return None
    for candidate in (text, _TRAILING_COMMA.sub("", text)):
        try:
            return json.loads(candidate, strict=False)
        except (ValueError, RecursionError):  # RecursionError: nested beyond the parser
            continue
    return None


def json_ld_blocks(page: str | Tag) -> list[Any]:
    """Every JSON-LD block of a page that parses, in order: ``page`` is the HTML text or
    the page parsed by BeautifulSoup."""
    if isinstance(page, str):
        bodies = [match.group("body") for match in _SCRIPT.finditer(page)]
    else:
        scripts = page.find_all("script", attrs={"type": _TYPE})
        bodies = [script.string or script.get_text() or "" for script in scripts]
    blocks = []
    for body in bodies:
        value = load_block(body)
        if value is not None:
            blocks.append(value)
    return blocks


def as_list(value: Any) -> list[Any]:
    """A value that may be one item or a list, as a list (``None`` is empty)."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def types_of(node: JsonObject) -> set[str]:
    """The node's types without a vocabulary prefix (``schema:Person``,
    ``https://schema.org/Person`` -> ``Person``)."""
    raw = node.get("@type", node.get("type"))
    return {str(t).rsplit("/", 1)[-1].rsplit(":", 1)[-1] for t in as_list(raw) if t}


def json_ld_nodes(page: str | Tag) -> Iterator[JsonObject]:
    """Every top-level JSON-LD object of a page, with the members of an ``@graph`` listed
    on their own (the graph's holder too, when it has a type)."""
    for block in json_ld_blocks(page):
        for item in as_list(block):
            if not isinstance(item, dict):
                continue
            graph = item.get("@graph")
            if isinstance(graph, list):
                yield from (n for n in graph if isinstance(n, dict))
                if types_of(item):
                    yield item
            else:
                yield item


def walk(value: Any, depth: int = 0) -> Iterator[JsonObject]:
    """Every object in parsed JSON-LD: lists, ``@graph``, ``mainEntity`` and item lists
    followed to :data:`MAX_DEPTH` levels (a hostile page cannot nest its way past it)."""
    if depth > MAX_DEPTH:
        return
    if isinstance(value, list):
        for item in value:
            yield from walk(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        for key in _DEEPER:
            if key in value:
                yield from walk(value[key], depth + 1)


def id_index(nodes: Iterable[JsonObject]) -> dict[str, JsonObject]:
    """The nodes that define something (more than an ``@id``), by ``@id``."""
    return {str(n["@id"]): n for n in nodes if isinstance(n.get("@id"), str) and len(n) > 1}


def resolve(value: Any, index: dict[str, JsonObject]) -> Any:
    """A bare reference (``{"@id": ...}``, perhaps with its ``@type``) replaced by the node
    it names, when known; lists resolved item by item; anything else unchanged."""
    if isinstance(value, list):
        return [resolve(v, index) for v in value]
    if isinstance(value, dict) and "@id" in value and set(value) <= {"@id", "@type"}:
        return index.get(str(value["@id"]), value)
    return value


__all__ = [
    "MAX_DEPTH",
    "JsonObject",
    "as_list",
    "id_index",
    "json_ld_blocks",
    "json_ld_nodes",
    "load_block",
    "resolve",
    "types_of",
    "walk",
]
