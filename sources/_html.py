"""Shared HTML helpers for the ``webpage`` and ``company`` sources. Pure functions, no I/O.

* :func:`soup` parses HTML with lxml; :func:`visible_text` is the text a reader sees
  (scripts, styles, templates and hidden elements dropped).
* :func:`json_ld_nodes` yields every JSON-LD object of a page, ``@graph`` entries and
  nested objects included, tolerating broken blocks.
* :func:`partial_date` reads ``2019``, ``2019-03``, ``2019-03-04T10:00Z``, ``March 2019``,
  ``4 March 2019`` or ``March 4, 2019`` into a :class:`~research.model.PartialDate`.
* :func:`fold` / :func:`name_pattern` match names tolerant of case and diacritics.
* :func:`quote` cuts and scrubs a quote for :class:`~research.model.Evidence`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from bs4 import BeautifulSoup, Tag

from research.model import PartialDate
from research.privacy import is_clean, scrub

MAX_QUOTE = 300

_MONTHS = {
    name: index
    for index, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ISO = re.compile(r"^\s*(\d{4})(?:[-:](\d{1,2}))?(?:[-:]\d{1,2})?(?:[T ].*)?\s*$")
"""ISO dates (``2011-04-01``), also written with colons (``2011:04:01``), as some
published schema.org examples do."""
_MONTH_YEAR = re.compile(
    rf"\b({_MONTH_RE})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(\d{{4}})\b", re.I
)
_DAY_MONTH_YEAR = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.I
)
_YEAR = re.compile(r"\b(19\d{2}|20\d{2}|21\d{2})\b")
#: a date written out in text: "4 March 2024", "March 4, 2024", "2024-03-04"
DATE_IN_TEXT = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_RE})\.?,?\s+\d{{4}}"
    rf"|(?:{_MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})\b",
    re.I,
)


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "lxml")


def clean(text: object) -> str:
    """Whitespace collapsed; non-strings become ``""``."""
    if not isinstance(text, str):
        return ""
    return re.sub(r"\s+", " ", text).strip()


def quote(text: str, limit: int = MAX_QUOTE) -> str:
    """A short, scrubbed quote for evidence."""
    out = scrub(clean(text))
    return out if len(out) <= limit else out[: limit - 3].rstrip() + "..."


_HIDDEN_TAGS = ("script", "style", "template", "noscript", "svg", "head")


_BLOCK_TAGS = (
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "main",
    "aside",
    "dt",
    "dd",
    "dl",
    "figure",
    "figcaption",
    "table",
    "blockquote",
    "br",
    "hr",
    "address",
    "pre",
    "form",
    "body",
    "title",
)
_BREAK = "\u241e"


def visible_text(doc: BeautifulSoup | Tag, *, separator: str = "\n") -> str:
    """The text a reader sees, one line per block element (inline elements such as links
    stay inside their sentence); ``doc`` itself is not changed."""
    copy = BeautifulSoup(str(doc), "lxml")
    for tag in copy.find_all(_HIDDEN_TAGS):
        tag.decompose()
    for tag in copy.find_all(None, {"hidden": True}):
        tag.decompose()
    for tag in copy.find_all(style=re.compile(r"display\s*:\s*none", re.I)):
        tag.decompose()
    for tag in copy.find_all(_BLOCK_TAGS):
        tag.insert_before(_BREAK)
        tag.append(_BREAK)
    text = re.sub(r"\s+", " ", copy.get_text(""))
    lines = [line.strip() for line in text.split(_BREAK)]
    return separator.join(line for line in lines if line)


def partial_date(value: object) -> PartialDate | None:
    """A year or year-month from ISO text or written dates; None when there is none."""
    if isinstance(value, int) and 1900 <= value <= 2200:
        return PartialDate(year=value)
    text = clean(value)
    if not text:
        return None
    match = _ISO.match(text)
    try:
        if match:
            month = int(match.group(2)) if match.group(2) else None
            return PartialDate(year=int(match.group(1)), month=month)
        for pattern in (_DAY_MONTH_YEAR, _MONTH_YEAR):
            found = pattern.search(text)
            if found:
                return PartialDate(year=int(found.group(2)), month=_MONTHS[found.group(1).lower()])
        year = _YEAR.search(text)
        if year:
            return PartialDate(year=int(year.group(1)))
    except ValueError:
        return None
    return None


def fold(text: str) -> str:
    """Lower case without diacritics; punctuation between words becomes a space."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace("ß", "ss").replace("ø", "o").replace("ł", "l")
    return re.sub(r"[^\w]+", " ", stripped.casefold()).strip()


def name_in(name: str, text: str) -> bool:
    """Whether the full name occurs in the text (case and diacritics ignored)."""
    folded_name = fold(name)
    if not folded_name:
        return False
    return re.search(rf"\b{re.escape(folded_name)}\b", fold(text)) is not None


def fold_aligned(text: str) -> str:
    """Lower case without diacritics, one character per character of ``text`` (so a match's
    span in the folded text is its span in the original)."""
    out = []
    for char in text:
        base = [c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)]
        out.append((base[0] if base else char).lower()[:1] or " ")
    return "".join(out)


def find_name(name: str, text: str) -> list[tuple[int, int]]:
    """Spans of the name in ``text``: any case, with or without diacritics, flexible
    spacing and an optional middle initial ("Ada N. Okafor")."""
    parts = [re.escape(p) for p in fold_aligned(name).split() if p]
    if not parts:
        return []
    pattern = r"\b" + r"(?:\s+[a-z]\.?)?\s+".join(parts) + r"\b"
    return [m.span() for m in re.finditer(pattern, fold_aligned(text))]


def first_text(value: Any) -> str:
    """A JSON-LD value as text: a string, the first of a list, or an object's ``name``."""
    if isinstance(value, list):
        for item in value:
            text = first_text(item)
            if text:
                return text
        return ""
    if isinstance(value, dict):
        return clean(value.get("name")) or clean(value.get("@value"))
    return clean(value)


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def types_of(node: dict[str, Any]) -> set[str]:
    """The node's ``@type`` values without a vocabulary prefix ("schema:Person" -> "Person")."""
    return {str(t).rsplit("/", 1)[-1].rsplit(":", 1)[-1] for t in as_list(node.get("@type"))}


def json_ld_blocks(doc: BeautifulSoup) -> list[Any]:
    """The parsed content of every ``application/ld+json`` script (broken ones skipped)."""
    blocks: list[Any] = []
    for script in doc.find_all("script", attrs={"type": re.compile(r"ld\+json", re.I)}):
        raw = script.string or script.get_text() or ""
        raw = raw.strip()
        raw = re.sub(r"^\s*<!--|-->\s*$", "", raw).strip()
        if not raw:
            continue
        try:
            blocks.append(json.loads(raw))
        except ValueError:
            try:  # trailing commas are a common mistake
                blocks.append(json.loads(re.sub(r",\s*([}\]])", r"\1", raw)))
            except ValueError:
                continue
    return blocks


def json_ld_nodes(doc: BeautifulSoup) -> Iterator[dict[str, Any]]:
    """Every top-level JSON-LD node, with ``@graph`` members listed on their own."""
    for block in json_ld_blocks(doc):
        for item in as_list(block):
            if not isinstance(item, dict):
                continue
            graph = item.get("@graph")
            if isinstance(graph, list):
                yield from (n for n in graph if isinstance(n, dict))
                if types_of(item) - {""}:
                    yield item
            else:
                yield item


def resolve(node: Any, index: dict[str, dict[str, Any]]) -> Any:
    """A node reference ``{"@id": ...}`` replaced by the node it names, when present."""
    if isinstance(node, dict) and set(node) <= {"@id"} and node.get("@id") in index:
        return index[node["@id"]]
    return node


def id_index(nodes: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {str(n["@id"]): n for n in nodes if isinstance(n.get("@id"), str) and len(n) > 1}


def absolute(href: object, base_url: str) -> str | None:
    """An absolute http(s) URL without its fragment, or None."""
    if not isinstance(href, str) or not href.strip():
        return None
    url = urljoin(base_url, href.strip())
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path or "/", parts.query, ""))


def meta_content(doc: BeautifulSoup, *keys: str) -> str:
    """The content of the first ``<meta property|name=key>`` present."""
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            tag = doc.find("meta", attrs={attr: key})
            if isinstance(tag, Tag):
                value = clean(tag.get("content"))
                if value:
                    return value
    return ""


_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\b[A-Z]\.)(?<!\bMs\.)(?<!\bMr\.)(?<!\bDr\.)(?<!\bSt\.)\s+(?=[\"“A-Z0-9])"
)


def sentences(text: str) -> list[str]:
    """Sentences of a text: split after . ! ? before a capital or a quote, and at lines."""
    out: list[str] = []
    for line in text.splitlines():
        line = clean(line)
        if not line:
            continue
        for piece in _SENTENCE_END.split(line):
            piece = piece.strip()
            if piece:
                out.append(piece)
    return out


def scrub_sentences(text: str) -> str:
    """Free text without the sentences that carry contact details (dropped whole, so no
    "write to  or call ." is left behind): a sentence is kept only when
    :func:`research.privacy.is_clean` says scrubbing would not change it."""
    kept = [s for s in sentences(clean(text)) if is_clean(s)]
    return " ".join(kept)
