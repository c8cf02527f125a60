"""How the fixture web answers: a folder of sites, each file a page, and ``_routes.toml``.

A site is a folder ``<root>/<hostname>/``; a file's path inside it is its URL path.
``index.html`` serves ``/`` of a folder (``/dir/`` and ``/dir`` both serve
``dir/index.html``). Names starting with ``_`` are never served: they are configuration.

An optional ``<root>/<hostname>/_routes.toml`` answers before the files::

    [[route]]
    path = "/search"               # exact, or a glob with "*"
    method = "GET"                 # optional: a method or a list; default any (GET covers HEAD)
    query = { q = "*okafor*" }     # optional: every listed param must match (fnmatch glob on
                                   # the URL-decoded value, case-insensitive)
    status = 200                   # default 200
    headers = { X-Total = "1" }    # optional
    body = "_responses/okafor.json"  # a file in the site folder (may start with "_"), or:
    text = "literal body"
    content_type = "application/json"  # optional; else from the body file, else text/plain
    delay_ms = 200                 # optional extra delay for this route
    gzip = true                    # optional: gzip the body, send Content-Encoding: gzip

The first matching route wins. The file is re-read whenever it changes on disk. A site's
``robots.txt`` is an ordinary file (or a route), so a site says what it allows as a real one
does.

Unknown host: 502 with a plain-text body naming the host and the root. Unknown path: 404.
Only the standard library is needed; :mod:`research.fixtureweb.server` serves :class:`Sites`.
"""

from __future__ import annotations

import fnmatch
import html
import mimetypes
import re
import threading
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote

__all__ = [
    "CONTENT_TYPES",
    "ROUTES_FILE",
    "Response",
    "Route",
    "RoutesError",
    "Sites",
    "content_type_for",
    "load_routes",
    "text_response",
]

ROUTES_FILE = "_routes.toml"

#: Content-Type by file extension (lower case). Others fall back to :mod:`mimetypes`.
CONTENT_TYPES: Mapping[str, str] = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".xhtml": "application/xhtml+xml",
    ".json": "application/json",
    ".jsonld": "application/ld+json",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".csv": "text/csv; charset=utf-8",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".js": "application/javascript",
    ".mjs": "application/javascript",
    ".css": "text/css; charset=utf-8",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".doc": "application/msword",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".rtf": "application/rtf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".svg": "image/svg+xml",
    ".ico": "image/x-icon",
    ".vcf": "text/vcard; charset=utf-8",
}

_FALLBACK_TYPE = "application/octet-stream"
_TEXT_TYPE = "text/plain; charset=utf-8"
_HTML_TYPE = "text/html; charset=utf-8"
_HOST_RE = re.compile(r"^(?:[a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?|\[[0-9a-f:.]+\])$")
_ROUTE_KEYS = frozenset(
    {
        "path",
        "method",
        "query",
        "status",
        "headers",
        "body",
        "text",
        "content_type",
        "delay_ms",
        "gzip",
    }
)
_NO_BODY_STATUSES = frozenset({204, 304})


def content_type_for(name: str | Path) -> str:
    """The Content-Type the fixture web sends for a file named ``name``."""
    suffix = Path(name).suffix.lower()
    if suffix in CONTENT_TYPES:
        return CONTENT_TYPES[suffix]
    guessed, _ = mimetypes.guess_type(f"x{suffix}", strict=False)
    return guessed or _FALLBACK_TYPE


class RoutesError(ValueError):
    """A ``_routes.toml`` that cannot be used; the message names the file and the route."""


@dataclass(frozen=True)
class Route:
    """One ``[[route]]`` of a site's ``_routes.toml``."""

    path: str
    methods: frozenset[str] | None = None
    query: tuple[tuple[str, str], ...] = ()
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    body: str | None = None
    text: str | None = None
    content_type: str | None = None
    delay_ms: int = 0
    gzip: bool = False

    def matches(self, method: str, path: str, params: Mapping[str, Sequence[str]]) -> bool:
        """Whether this route answers ``method`` on the decoded ``path`` with ``params``."""
        if self.methods is not None:
            wanted = "GET" if method == "HEAD" and "HEAD" not in self.methods else method
            if wanted not in self.methods:
                return False
        if "*" in self.path:
            if not fnmatch.fnmatchcase(path, self.path):
                return False
        elif path != self.path:
            return False
        for name, pattern in self.query:
            pattern_folded = pattern.casefold()
            values = params.get(name)
            if not values or not any(
                fnmatch.fnmatchcase(value.casefold(), pattern_folded) for value in values
            ):
                return False
        return True


def _route_from_table(table: Any, where: str) -> Route:
    if not isinstance(table, dict):
        raise RoutesError(f"{where}: a route must be a table")
    unknown = sorted(set(table) - _ROUTE_KEYS)
    if unknown:
        raise RoutesError(f"{where}: unknown key(s) {', '.join(unknown)}")
    path = table.get("path")
    if not isinstance(path, str) or not path.startswith("/"):
        raise RoutesError(f"{where}: 'path' must be a string starting with '/'")
    methods: frozenset[str] | None = None
    if "method" in table:
        raw = table["method"]
        names = [raw] if isinstance(raw, str) else raw
        if not isinstance(names, list) or not names or not all(isinstance(m, str) for m in names):
            raise RoutesError(f"{where}: 'method' must be a string or a list of strings")
        methods = frozenset(m.upper() for m in names)
        if "*" in methods or "ANY" in methods:
            methods = None
    query = table.get("query", {})
    if not isinstance(query, dict) or not all(isinstance(v, str) for v in query.values()):
        raise RoutesError(f"{where}: 'query' must be a table of param = \"glob pattern\"")
    status = table.get("status", 200)
    if not isinstance(status, int) or isinstance(status, bool) or not 100 <= status <= 599:
        raise RoutesError(f"{where}: 'status' must be an integer from 100 to 599")
    headers = table.get("headers", {})
    if not isinstance(headers, dict) or not all(
        isinstance(v, str | int | float) and not isinstance(v, bool) for v in headers.values()
    ):
        raise RoutesError(f"{where}: 'headers' must be a table of strings")
    body = table.get("body")
    text = table.get("text")
    if body is not None and text is not None:
        raise RoutesError(f"{where}: give 'body' or 'text', not both")
    if body is not None and (not isinstance(body, str) or not body):
        raise RoutesError(f"{where}: 'body' must be a file name relative to the site folder")
    if text is not None and not isinstance(text, str):
        raise RoutesError(f"{where}: 'text' must be a string")
    content_type = table.get("content_type")
    if content_type is not None and not isinstance(content_type, str):
        raise RoutesError(f"{where}: 'content_type' must be a string")
    delay_ms = table.get("delay_ms", 0)
    if not isinstance(delay_ms, int | float) or isinstance(delay_ms, bool) or delay_ms < 0:
        raise RoutesError(f"{where}: 'delay_ms' must be a number >= 0")
    use_gzip = table.get("gzip", False)
    if not isinstance(use_gzip, bool):
        raise RoutesError(f"{where}: 'gzip' must be true or false")
    return Route(
        path=path,
        methods=methods,
        query=tuple((str(k), v) for k, v in query.items()),
        status=status,
        headers=tuple((str(k), str(v)) for k, v in headers.items()),
        body=body,
        text=text,
        content_type=content_type,
        delay_ms=int(delay_ms),
        gzip=use_gzip,
    )


def load_routes(path: Path | str) -> list[Route]:
    """Read and check a ``_routes.toml``; raises :class:`RoutesError` if it is not usable."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise RoutesError(f"{path}: not valid TOML: {exc}") from exc
    unknown = sorted(set(data) - {"route"})
    if unknown:
        raise RoutesError(f"{path}: unknown top-level key(s) {', '.join(unknown)} (use [[route]])")
    tables = data.get("route", [])
    if not isinstance(tables, list):
        raise RoutesError(f"{path}: 'route' must be an array of tables ([[route]])")
    return [_route_from_table(t, f"{path}: route #{i}") for i, t in enumerate(tables, 1)]


@dataclass
class Response:
    """What the fixture web sends for one request."""

    status: int
    body: bytes = b""
    content_type: str | None = _TEXT_TYPE
    headers: tuple[tuple[str, str], ...] = ()
    delay_ms: float = 0
    gzip: bool = False


def text_response(status: int, text: str) -> Response:
    return Response(status, text.encode("utf-8"), _TEXT_TYPE)


def html_response(status: int, title: str, message: str) -> Response:
    page = (
        f'<!doctype html>\n<html><head><meta charset="utf-8"><title>{html.escape(title)}'
        f"</title></head>\n<body><h1>{html.escape(title)}</h1>\n<p>{html.escape(message)}</p>"
        "</body></html>\n"
    )
    return Response(status, page.encode("utf-8"), _HTML_TYPE)


class Sites:
    """The sites under ``root`` (one folder per host name) and their routes files."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._routes: dict[str, tuple[tuple[int, int], list[Route]]] = {}
        self._routes_lock = threading.Lock()

    def hosts(self) -> list[str]:
        """The host names served: the site folders under the root, sorted."""
        return sorted(
            p.name for p in self.root.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))
        )

    def respond(self, method: str, host: str, raw_path: str, query: str) -> Response:
        """The answer to ``method`` on ``host`` (lower case, no port) for the raw URL path and
        query; raises :class:`RoutesError` when the site's ``_routes.toml`` is not usable."""
        site = self._site(host)
        if site is None:
            known = self.hosts()
            shown = ", ".join(known[:20]) + (
                f", ... (+{len(known) - 20} more)" if len(known) > 20 else ""
            )
            return text_response(
                502,
                f"fixture web: no site for host {host!r} under {self.root}\n"
                f"(a site is a folder {self.root}/<hostname>/; known hosts: {shown or 'none'})\n",
            )
        path = unquote(raw_path)
        params = parse_qs(query, keep_blank_values=True)
        for route in self._site_routes(site):
            if route.matches(method, path, params):
                return self._route_response(site, route)
        if method not in ("GET", "HEAD", "POST"):
            response = text_response(405, f"fixture web: {method} is not allowed on files\n")
            response.headers = (("Allow", "GET, HEAD, POST"),)
            return response
        found = self._find_file(site, path)
        if found is None:
            return html_response(404, "Not Found", f"No page at {path} on {host}.")
        return Response(200, found.read_bytes(), content_type_for(found))

    def _site(self, host: str) -> Path | None:
        if not _HOST_RE.match(host) or host.startswith(("_", ".")):
            return None
        site = self.root / host
        return site if site.is_dir() else None

    def _site_routes(self, site: Path) -> list[Route]:
        routes_file = site / ROUTES_FILE
        try:
            stat = routes_file.stat()
        except FileNotFoundError:
            return []
        key = (stat.st_mtime_ns, stat.st_size)
        with self._routes_lock:
            cached = self._routes.get(site.name)
            if cached is not None and cached[0] == key:
                return cached[1]
            routes = load_routes(routes_file)
            self._routes[site.name] = (key, routes)
            return routes

    def _inside_root(self, path: Path) -> bool:
        return path.resolve().is_relative_to(self.root)

    def _find_file(self, site: Path, path: str) -> Path | None:
        parts = [p for p in path.split("/") if p]
        if any(p in (".", "..") or p.startswith("_") or "\\" in p or "\0" in p for p in parts):
            return None
        target = site.joinpath(*parts)
        if path.endswith("/") or target.is_dir():
            target = target / "index.html"
        if not target.is_file() or not self._inside_root(target):
            return None
        return target

    def _route_response(self, site: Path, route: Route) -> Response:
        body = b""
        content_type: str | None = route.content_type
        if route.body is not None:
            body_file = site / route.body
            if not body_file.is_file() or not self._inside_root(body_file):
                return text_response(
                    500,
                    f"fixture web: route {route.path} of {site.name} names body "
                    f"{route.body!r}, which is not a file in {site}\n",
                )
            body = body_file.read_bytes()
            content_type = content_type or content_type_for(body_file)
        elif route.text is not None:
            body = route.text.encode("utf-8")
        if content_type is None:
            content_type = _TEXT_TYPE
        return Response(
            status=route.status,
            body=body,
            content_type=content_type,
            headers=route.headers,
            delay_ms=route.delay_ms,
            gzip=route.gzip,
        )
