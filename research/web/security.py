"""The guard in front of every request of the local web page (a pure ASGI middleware).

A server on 127.0.0.1 is still reachable by any page the user's browser opens, so:

* **Host check** (DNS rebinding): the ``Host`` header must be ``127.0.0.1:PORT`` or
  ``localhost:PORT``; anything else gets 421 and nothing else happens.
* **Launch token**: ``runnerup serve`` prints ``http://127.0.0.1:PORT/?token=SECRET``. The first
  request with the right token gets an HttpOnly, SameSite=Strict cookie and a redirect to the same
  address without the token (so it leaves the address bar and the history). Every other request
  needs the cookie: without it, 403 and a page saying to open the printed address.
* **CSRF**: every POST carries the per-launch CSRF token in a form field (checked by the route,
  :func:`csrf_ok`), and a cross-site ``Sec-Fetch-Site`` or a foreign ``Origin`` is refused here.
* **Headers** on every response: a strict CSP whose nonce is fresh per response (stored in
  ``scope["state"]["nonce"]`` for templates), ``nosniff``, no referrer to other sites, frames
  only from this origin, ``no-store``. No CORS headers, ever.
* **Body cap**: a request body larger than ``max_body`` is refused with 413 before it is read.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

COOKIE = "runnerup_session"


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def csp_for(nonce: str) -> str:
    return (
        "default-src 'none'; "
        f"script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
        "img-src 'self' data:; connect-src 'self'; form-action 'self'; "
        "frame-src 'self'; frame-ancestors 'self'; base-uri 'none'"
    )


def csrf_ok(expected: str, given: object) -> bool:
    return isinstance(given, str) and hmac.compare_digest(expected.encode(), given.encode())


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}


class Guard:
    """Wraps the app; see the module docstring for what it enforces."""

    def __init__(self, app: ASGIApp, *, port: int, token: str, max_body: int) -> None:
        self.app = app
        self.port = port
        self.token = token
        self.max_body = max_body
        self.hosts = {f"127.0.0.1:{port}", f"localhost:{port}"}
        self.origins = {f"http://{host}" for host in self.hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.app(scope, receive, send)
            return
        if scope["type"] != "http":
            return
        headers = _headers(scope)
        if headers.get("host", "") not in self.hosts:
            await _plain(send, 421, "This server answers only at 127.0.0.1 or localhost.")
            return
        method = scope["method"]
        if method not in ("GET", "HEAD", "POST"):
            await _plain(send, 405, "Only GET and POST are used here.")
            return
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"))
        given = dict(query).get("token")
        if given is not None:
            if hmac.compare_digest(given.encode(), self.token.encode()) and method == "GET":
                await self._admit(scope, send, [(k, v) for k, v in query if k != "token"])
                return
            await _plain(send, 403, "That launch link is not this server's. " + _AGAIN)
            return
        cookie = _cookie(headers.get("cookie", ""), COOKIE)
        if cookie is None or not hmac.compare_digest(cookie.encode(), self.token.encode()):
            await _plain(send, 403, "This page needs the launch link. " + _AGAIN)
            return
        if method == "POST":
            site = headers.get("sec-fetch-site")
            origin = headers.get("origin")
            if (site is not None and site not in ("same-origin", "none")) or (
                origin is not None and origin not in self.origins
            ):
                await _plain(send, 403, "A form from another site cannot post here.")
                return
            length = headers.get("content-length")
            if length is not None and (not length.isdigit() or int(length) > self.max_body):
                limit = self.max_body // (1024 * 1024)
                await _plain(send, 413, f"Too large: uploads are limited to {limit} MiB.")
                return
        nonce = secrets.token_urlsafe(16)
        scope.setdefault("state", {})["nonce"] = nonce

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                raw = list(message.get("headers", []))
                present = {k.decode("latin-1").lower() for k, _ in raw}
                for name, value in _security_headers(nonce):
                    if name.lower() not in present:
                        raw.append((name.encode("latin-1"), value.encode("latin-1")))
                message["headers"] = raw
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def _admit(self, scope: Scope, send: Send, rest: list[tuple[str, str]]) -> None:
        target = scope["path"] + (f"?{urlencode(rest)}" if rest else "")
        cookie = f"{COOKIE}={self.token}; HttpOnly; SameSite=Strict; Path=/"
        await send(
            {
                "type": "http.response.start",
                "status": 303,
                "headers": [
                    (b"location", target.encode("latin-1")),
                    (b"set-cookie", cookie.encode("latin-1")),
                    (b"cache-control", b"no-store"),
                    (b"referrer-policy", b"no-referrer"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": b""})


_AGAIN = "Open the address that `runnerup serve` printed (it carries a one-time token)."


def _security_headers(nonce: str) -> list[tuple[str, str]]:
    return [
        ("Content-Security-Policy", csp_for(nonce)),
        ("X-Content-Type-Options", "nosniff"),
        # same-origin (not no-referrer): browsers then send a real Origin on our own POSTs
        ("Referrer-Policy", "same-origin"),
        ("X-Frame-Options", "SAMEORIGIN"),
        ("Cache-Control", "no-store"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
    ]


def _cookie(header: str, name: str) -> str | None:
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None


async def _plain(send: Send, status: int, text: str) -> None:
    body = (text + "\n").encode("utf-8")
    headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"cache-control", b"no-store")]
    headers += [(n.encode(), v.encode()) for n, v in _security_headers(new_secret())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


__all__ = ["COOKIE", "Guard", "csp_for", "csrf_ok", "new_secret"]
