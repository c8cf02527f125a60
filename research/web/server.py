"""Running the web app: on 127.0.0.1 only, in the foreground (`runnerup serve`) or in a
background thread (tests, benchmarks)."""

from __future__ import annotations

import socket
import threading
import time
from typing import Any

import uvicorn

from research.errors import RunnerupError

HOST = "127.0.0.1"


def bind(port: int) -> socket.socket:
    """A listening socket on 127.0.0.1 (never another address)."""
    # IPPROTO_TCP named explicitly: asyncio then turns Nagle off on each connection, so a
    # response written in parts is not held back by the client's delayed ACK (40 ms)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST, port))
    except OSError as error:
        sock.close()
        raise RunnerupError(
            f"cannot listen on {HOST}:{port}: {error.strerror or error}",
            hint="Choose another port with --port, or leave it out to take any free one.",
        ) from None
    sock.listen(64)
    return sock


def server_for(app: Any) -> Any:
    """A uvicorn server for the app: quiet, and no access log (the launch address carries
    the token)."""
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    return uvicorn.Server(config)


class BackgroundServer:
    """``with BackgroundServer(app, sock):`` serves in a thread until the block ends."""

    def __init__(self, app: Any, sock: socket.socket) -> None:
        self.server = server_for(app)
        self.sock = sock
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]})

    def __enter__(self) -> BackgroundServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started and self.thread.is_alive():
            if time.monotonic() > deadline:
                raise RuntimeError("the web server did not start in 10 s")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


__all__ = ["HOST", "BackgroundServer", "bind", "server_for"]
