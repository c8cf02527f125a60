"""The fixture web: a small simulated web on loopback, for tests, the demo and plugin authors.

One threaded HTTP server on ``127.0.0.1`` serves many invented sites and picks the site by
the ``Host`` header (its port is ignored). A site is a folder ``<root>/<hostname>/``; a
file's path inside it is its URL path. ``index.html`` serves ``/`` of a folder (``/dir/``
and ``/dir`` both serve ``dir/index.html``). Names starting with ``_`` are never served:
they are configuration.

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

The first matching route wins. The file is re-read whenever it changes on disk.

Unknown host: 502 with a plain-text body naming the host and the root. Unknown path: 404.
Every request is logged as a :class:`RequestRecord`.

Runnerup reaches the fixture web with ``--connect-to`` (:attr:`FixtureWeb.connect_to`), so
the URLs stay real-looking (:meth:`FixtureWeb.url`). By hand::

    python -m research.testing serve fixtures/web --port 8000

Only the standard library is needed. The pytest fixtures that serve it are in
:mod:`research.testing.plugin`.
"""

from __future__ import annotations

import argparse
import contextlib
import fnmatch
import gzip as gzip_module
import html
import mimetypes
import re
import signal
import socket
import sys
import threading
import time
import tomllib
import traceback
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any, Self, cast
from urllib.parse import parse_qs, unquote, urlsplit

import research

__all__ = [
    "CONTENT_TYPES",
    "FixtureWeb",
    "RequestRecord",
    "Route",
    "RoutesError",
    "content_type_for",
    "default_root",
    "load_routes",
    "main",
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


def default_root() -> Path:
    """``fixtures/web`` of a runnerup checkout if there is one, else the packaged copy."""
    checkout = Path(research.__file__).resolve().parents[1] / "fixtures" / "web"
    if checkout.is_dir():
        return checkout
    return Path(research.__file__).resolve().parent / "_data" / "web"


def _strip_port(host: str) -> str:
    """``Example.test:8080`` -> ``example.test``; ``[::1]:80`` -> ``[::1]``."""
    host = host.strip().lower()
    if host.startswith("["):
        end = host.find("]")
        return host[: end + 1] if end != -1 else host
    name, sep, port = host.rpartition(":")
    if sep and port.isdigit() and ":" not in name:
        host = name
    return host.rstrip(".")


@dataclass(frozen=True)
class RequestRecord:
    """One request the fixture web answered."""

    time: float  #: :func:`time.monotonic` when the request arrived
    wall: float  #: :func:`time.time` when the request arrived
    method: str
    host: str  #: lower case, without the port
    path: str  #: the raw URL path, without the query
    query: str  #: the raw query string, "" if none
    status: int


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
class _Response:
    status: int
    body: bytes = b""
    content_type: str | None = _TEXT_TYPE
    headers: tuple[tuple[str, str], ...] = ()
    delay_ms: float = 0
    gzip: bool = False


def _text_response(status: int, text: str) -> _Response:
    return _Response(status, text.encode("utf-8"), _TEXT_TYPE)


def _html_response(status: int, title: str, message: str) -> _Response:
    page = (
        f'<!doctype html>\n<html><head><meta charset="utf-8"><title>{html.escape(title)}'
        f"</title></head>\n<body><h1>{html.escape(title)}</h1>\n<p>{html.escape(message)}</p>"
        "</body></html>\n"
    )
    return _Response(status, page.encode("utf-8"), _HTML_TYPE)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], web: FixtureWeb, family: int) -> None:
        self.address_family = family
        self.web = web
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, ConnectionError | TimeoutError):
            return  # the client went away; nothing to report
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "runnerup-fixture-web"
    sys_version = ""
    timeout = 30  # idle keep-alive connections are closed after this many seconds

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the fixture web keeps its own log (:attr:`FixtureWeb.log`)."""

    def _serve(self) -> None:
        cast(_Server, self.server).web._serve(self)

    do_GET = _serve
    do_HEAD = _serve
    do_POST = _serve
    do_PUT = _serve
    do_PATCH = _serve
    do_DELETE = _serve
    do_OPTIONS = _serve

    def setup(self) -> None:
        super().setup()
        cast(_Server, self.server).web._track(self.connection, open_=True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            cast(_Server, self.server).web._track(self.connection, open_=False)

    def read_request_body(self) -> bytes:
        """Read (and so consume) the request body, so that keep-alive keeps working."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            while True:
                size_line = self.rfile.readline(65537)
                size = int(size_line.split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline(65537)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""


class FixtureWeb:
    """A loopback HTTP server that serves one folder per host name.

    Use it as a context manager, or call :meth:`start` and :meth:`stop`::

        with FixtureWeb("fixtures/web") as web:
            urlopen(Request(web.base_url + "/", headers={"Host": "ada-okafor.test"}))
            assert web.requests(host="ada-okafor.test")[0].status == 200

    ``delay_ms`` is added to every response (benchmarks use it to stand for the network).
    """

    def __init__(
        self, root: Path | str, *, host: str = "127.0.0.1", port: int = 0, delay_ms: int = 0
    ) -> None:
        self.root = Path(root).resolve()
        if not self.root.is_dir():
            raise NotADirectoryError(
                f"fixture web root {root} is not a directory "
                "(expected a folder with one sub-folder per host name)"
            )
        if delay_ms < 0:
            raise ValueError("delay_ms must be >= 0")
        if not 0 <= port <= 65535:
            raise ValueError("port must be from 0 to 65535")
        self.delay_ms = delay_ms
        self._bind_host = host
        self._bind_port = port
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._log: list[RequestRecord] = []
        self._log_lock = threading.Lock()
        self._routes: dict[str, tuple[tuple[int, int], list[Route]]] = {}
        self._routes_lock = threading.Lock()
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> Self:
        """Start serving in a background thread; returns ``self``."""
        if self._server is not None:
            raise RuntimeError("the fixture web is already running")
        family = socket.AF_INET6 if ":" in self._bind_host else socket.AF_INET
        self._stopping.clear()
        self._server = _Server((self._bind_host, self._bind_port), self, family)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"fixture-web:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; pending delays are cut short. Safe to call twice."""
        server, thread = self._server, self._thread
        if server is None:
            return
        self._stopping.set()
        server.shutdown()
        server.server_close()
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:  # end keep-alive connections, so no one is served later
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        if thread is not None:
            thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> Self:
        if self._server is None:
            self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._server is not None

    # -- addresses -------------------------------------------------------------------------

    @property
    def port(self) -> int:
        """The port the server listens on (useful with ``port=0``)."""
        if self._server is None:
            raise RuntimeError("the fixture web is not running; call start() first")
        return int(self._server.server_address[1])

    @property
    def _host_for_url(self) -> str:
        return f"[{self._bind_host}]" if ":" in self._bind_host else self._bind_host

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``: the server itself, to be sent a ``Host`` header."""
        return f"http://{self._host_for_url}:{self.port}"

    @property
    def connect_to(self) -> str:
        """``*=127.0.0.1:PORT``: runnerup's ``--connect-to`` value sending every host here."""
        return f"*={self._host_for_url}:{self.port}"

    def url(self, host: str, path: str = "/") -> str:
        """The real-looking URL of ``path`` on ``host`` (reach it through :attr:`connect_to`)."""
        if not path.startswith("/"):
            path = "/" + path
        return f"http://{host}{path}"

    def hosts(self) -> list[str]:
        """The host names served: the site folders under the root, sorted."""
        return sorted(
            p.name for p in self.root.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))
        )

    # -- the log ---------------------------------------------------------------------------

    @property
    def log(self) -> list[RequestRecord]:
        """A copy of the request log, oldest request first."""
        with self._log_lock:
            records = list(self._log)
        return sorted(records, key=lambda r: r.time)

    def requests(self, host: str | None = None, path: str | None = None) -> list[RequestRecord]:
        """The logged requests, optionally only those to ``host`` (port ignored) and ``path``."""
        wanted_host = _strip_port(host) if host is not None else None
        return [
            r
            for r in self.log
            if (wanted_host is None or r.host == wanted_host) and (path is None or r.path == path)
        ]

    def clear_log(self) -> None:
        with self._log_lock:
            self._log.clear()

    # -- serving ---------------------------------------------------------------------------

    def _track(self, connection: socket.socket, *, open_: bool) -> None:
        with self._connections_lock:
            if open_:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)

    def _serve(self, handler: _Handler) -> None:
        arrived, wall = time.monotonic(), time.time()
        method = handler.command
        target = handler.path
        if target.startswith("/"):
            raw_path, _, query = target.partition("?")
            host = handler.headers.get("Host", "")
        else:  # absolute form, as sent to a proxy
            parts = urlsplit(target)
            raw_path, query, host = parts.path or "/", parts.query, parts.netloc
        raw_path = raw_path.partition("#")[0]
        query = query.partition("#")[0]
        host = _strip_port(host)
        try:
            request_body = handler.read_request_body()
        except (ValueError, OSError):
            handler.close_connection = True
            request_body = b""
        try:
            response = self._respond(method, host, raw_path, query, request_body)
        except RoutesError as exc:
            response = _text_response(500, f"fixture web: {exc}\n")
        except Exception:
            response = _text_response(
                500,
                f"fixture web: error while answering {host}{raw_path}\n\n" + traceback.format_exc(),
            )
        record = RequestRecord(arrived, wall, method, host, raw_path, query, response.status)
        with self._log_lock:
            self._log.append(record)
        delay = (self.delay_ms + response.delay_ms) / 1000
        if delay > 0:
            self._stopping.wait(delay)
        self._write(handler, response)

    def _write(self, handler: _Handler, response: _Response) -> None:
        body = response.body
        if response.gzip and body:
            body = gzip_module.compress(body, mtime=0)
        handler.send_response(response.status)
        names = {name.lower() for name, _ in response.headers}
        if response.content_type and "content-type" not in names:
            handler.send_header("Content-Type", response.content_type)
        if response.gzip and body and "content-encoding" not in names:
            handler.send_header("Content-Encoding", "gzip")
        for name, value in response.headers:
            handler.send_header(name, value)
        no_body = response.status in _NO_BODY_STATUSES or response.status < 200
        if not no_body and "content-length" not in names:
            handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if handler.command != "HEAD" and not no_body:
            handler.wfile.write(body)
        handler.wfile.flush()

    def _respond(
        self, method: str, host: str, raw_path: str, query: str, request_body: bytes
    ) -> _Response:
        site = self._site(host)
        if site is None:
            known = self.hosts()
            shown = ", ".join(known[:20]) + (
                f", ... (+{len(known) - 20} more)" if len(known) > 20 else ""
            )
            return _text_response(
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
            response = _text_response(405, f"fixture web: {method} is not allowed on files\n")
            response.headers = (("Allow", "GET, HEAD, POST"),)
            return response
        found = self._find_file(site, path)
        if found is None:
            return _html_response(404, "Not Found", f"No page at {path} on {host}.")
        return _Response(200, found.read_bytes(), content_type_for(found))

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

    def _route_response(self, site: Path, route: Route) -> _Response:
        body = b""
        content_type: str | None = route.content_type
        if route.body is not None:
            body_file = site / route.body
            if not body_file.is_file() or not self._inside_root(body_file):
                return _text_response(
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
        return _Response(
            status=route.status,
            body=body,
            content_type=content_type,
            headers=route.headers,
            delay_ms=route.delay_ms,
            gzip=route.gzip,
        )


# -- command line ----------------------------------------------------------------------------


def _hosts_summary(hosts: Sequence[str], limit: int = 12) -> str:
    if not hosts:
        return "none"
    shown = ", ".join(hosts[:limit])
    return shown + (f", ... (+{len(hosts) - limit} more)" if len(hosts) > limit else "")


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m research.testing serve DIR [--port N] [--delay-ms N]``."""
    parser = argparse.ArgumentParser(
        prog="python -m research.testing",
        description="The runnerup fixture web: invented sites served on loopback.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    serve = commands.add_parser(
        "serve",
        help="serve a folder of sites until Ctrl-C",
        description="Serve DIR (one sub-folder per host name) on 127.0.0.1 until Ctrl-C.",
    )
    serve.add_argument("root", metavar="DIR", type=Path, help="folder with one folder per host")
    serve.add_argument("--port", type=int, default=0, help="port to listen on (default: any)")
    serve.add_argument(
        "--delay-ms", type=int, default=0, help="extra delay added to every response"
    )
    args = parser.parse_args(argv)

    root: Path = args.root
    if not root.is_dir():
        serve.error(
            f"{root} is not a directory (expected a folder with one sub-folder per host name, "
            "e.g. fixtures/web)"
        )
    if not 0 <= args.port <= 65535:
        serve.error("--port must be from 0 to 65535")
    if args.delay_ms < 0:
        serve.error("--delay-ms must be >= 0")

    web = FixtureWeb(root, port=args.port, delay_ms=args.delay_ms)
    try:
        web.start()
    except OSError as exc:
        print(f"error: cannot listen on 127.0.0.1:{args.port}: {exc}", file=sys.stderr)
        return 1
    done = threading.Event()

    def on_terminate(signum: int, frame: FrameType | None) -> None:
        done.set()

    previous: Any = None
    try:
        with contextlib.suppress(ValueError):  # ValueError: not the main thread
            previous = signal.signal(signal.SIGTERM, on_terminate)
        hosts = web.hosts()
        summary = _hosts_summary(hosts)
        print(f"Serving fixture web from {root} at {web.base_url} (hosts: {summary})")
        first = hosts[0] if hosts else "example.test"
        print(f"Try: curl -H 'Host: {first}' {web.base_url}/", flush=True)
        while not done.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        web.stop()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    print("Stopped.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
