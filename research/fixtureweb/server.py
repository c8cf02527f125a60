"""The fixture web's server: one threaded HTTP server on loopback, for the demo, tests and
plugin authors (the test kit, :mod:`research.testing`, exports it).

It serves many invented sites and picks the site by the ``Host`` header (its port is
ignored); what each request gets is decided by :mod:`research.fixtureweb.routes` (a folder per
host, files as pages, ``_routes.toml`` for statuses, headers, delays and query-matched
answers). Every request is logged as a :class:`RequestRecord`.

Runnerup reaches the fixture web with ``--connect-to`` (:attr:`FixtureWeb.connect_to`), so
the URLs stay real-looking (:meth:`FixtureWeb.url`). By hand::

    python -m research.testing serve fixtures/web --port 8000

Only the standard library is needed. The pytest fixtures that serve it are in
:mod:`research.testing.plugin`.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip as gzip_module
import signal
import socket
import sys
import threading
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any, Self, cast
from urllib.parse import urlsplit

from research.fixtureweb.routes import Response, RoutesError, Sites, text_response

__all__ = ["FixtureWeb", "RequestRecord", "main"]

_NO_BODY_STATUSES = frozenset({204, 304})


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
        self.sites = Sites(self.root)
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
        return self.sites.hosts()

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
            handler.read_request_body()  # consumed, so that keep-alive keeps working
        except (ValueError, OSError):
            handler.close_connection = True
        try:
            response = self.sites.respond(method, host, raw_path, query)
        except RoutesError as exc:
            response = text_response(500, f"fixture web: {exc}\n")
        except Exception:
            response = text_response(
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

    def _write(self, handler: _Handler, response: Response) -> None:
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
