"""The door's API: outcomes, provenance and log, connect_to routing, headers."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Callable

import httpx

from research import USER_AGENT
from research.fetch import Door, DoorConfig, Outcome
from research.fetch.transport import GuardedBackend
from research.settings import ConnectTo
from research.source import Fetcher
from research.testing import FixtureWeb

from .conftest import PUBLIC_IP, door_for, fake_resolver


def test_package_import_does_not_import_httpx() -> None:
    code = "import sys, research.fetch; print('httpx' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_door_satisfies_fetcher_protocol() -> None:
    fetcher: Fetcher = Door(DoorConfig())
    assert callable(fetcher.get) and callable(fetcher.render)


async def test_fixture_web_through_connect_to(fixture_web: FixtureWeb) -> None:
    async with door_for(fixture_web, min_interval=0) as door:
        page = await door.get(
            "https://northwind-robotics.test/team/", source="company", purpose="team page"
        )
        private = await door.get("https://northwind-robotics.test/private/secret.html")
        search = await door.get("https://search.example.test/search", params={"q": "ada okafor"})
    assert page.outcome is Outcome.OK and page.status == 200
    assert page.url == page.final_url == "https://northwind-robotics.test/team/"
    assert page.content_type == "text/html" and page.text()
    assert page.provenance.sha256 == hashlib.sha256(page.body).hexdigest()
    assert page.provenance.source == "company" and page.provenance.purpose == "team page"
    assert private.outcome is Outcome.DISALLOWED
    assert search.outcome is Outcome.OK and search.json()
    assert search.url == "https://search.example.test/search?q=ada+okafor"
    assert [p.outcome for p in door.log] == [Outcome.OK, Outcome.DISALLOWED, Outcome.OK]
    assert fixture_web.requests(path="/private/secret.html") == []


async def test_request_headers_and_routing() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(200, headers={"content-type": "application/json"}, json={"a": 1})

    config = DoorConfig(
        transport=httpx.MockTransport(handler),
        connect_to=(ConnectTo("api.door.test", "127.0.0.1", 8123),),
        resolver=fake_resolver({"other.example.org": [PUBLIC_IP]}),
        min_interval=0,
        user_agent=USER_AGENT,
    )
    async with Door(config) as door:
        fetched = await door.get(
            "https://api.door.test/v1/x",
            headers={
                "User-Agent": "Mozilla/5.0 pretend",
                "Accept": "application/json",
                "Host": "evil",
            },
        )
        direct = await door.get("https://other.example.org/y")
    assert fetched.outcome is Outcome.OK and fetched.json() == {"a": 1}
    routed = next(r for r in seen if r.url.path == "/v1/x")
    assert str(routed.url) == "http://127.0.0.1:8123/v1/x"
    assert routed.headers["host"] == "api.door.test"
    assert routed.headers["user-agent"] == USER_AGENT  # always the honest one
    assert routed.headers["accept"] == "application/json"
    assert routed.headers["accept-encoding"] == "gzip, deflate"
    assert fetched.final_url == "https://api.door.test/v1/x"
    assert direct.outcome is Outcome.OK
    assert str(seen[-1].url) == "https://other.example.org/y"  # unmapped: untouched


async def test_redirects_followed_with_hops_limit() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/robots.txt":
            return httpx.Response(404)
        if path.startswith("/hop"):
            n = int(path[4:])
            return httpx.Response(302, headers={"location": f"/hop{n + 1}"})
        return httpx.Response(200, headers={"content-type": "text/plain"}, text="end")

    config = DoorConfig(
        transport=httpx.MockTransport(handler),
        resolver=fake_resolver({"r.example.org": [PUBLIC_IP]}),
        min_interval=0,
    )
    async with Door(config) as door:
        endless = await door.get("https://r.example.org/hop0")
    assert endless.outcome is Outcome.UNREACHABLE and "redirects" in endless.detail


async def test_redirect_through_robots_of_each_hop(site_web: Callable[..., FixtureWeb]) -> None:
    web = site_web(
        {
            "from.door.test": {},
            "to.door.test": {
                "robots.txt": "User-agent: *\nDisallow: /kept/\n",
                "open.html": "<p>o</p>",
            },
        },
        routes={
            "from.door.test": """
[[route]]
path = "/a"
status = 301
headers = { Location = "https://to.door.test/kept/page" }
text = ""

[[route]]
path = "/b"
status = 302
headers = { Location = "https://to.door.test/open.html" }
text = ""
"""
        },
    )
    async with door_for(web, min_interval=0) as door:
        refused = await door.get("https://from.door.test/a")
        moved = await door.get("https://from.door.test/b")
    assert refused.outcome is Outcome.DISALLOWED
    assert refused.final_url == "https://to.door.test/kept/page"
    assert web.requests(path="/kept/page") == []
    assert moved.outcome is Outcome.OK and moved.final_url == "https://to.door.test/open.html"
    assert moved.url == "https://from.door.test/b"


async def test_http2_is_enabled_on_real_transport() -> None:
    async with Door(DoorConfig()) as door:
        routed = door._client._transport  # type: ignore[union-attr]
        # pacing -> connect_to -> AsyncHTTPTransport(http2=True)
        inner = routed._inner._inner  # type: ignore[union-attr]
        assert isinstance(inner, httpx.AsyncHTTPTransport)
        assert inner._pool._http2 is True
        # the connect-time guard is the pool's network backend
        assert isinstance(inner._pool._network_backend, GuardedBackend)


async def test_credentials_and_fragments_are_not_sent() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(200, headers={"content-type": "text/plain"}, text="x")

    config = DoorConfig(
        transport=httpx.MockTransport(handler),
        resolver=fake_resolver({"c.example.org": [PUBLIC_IP]}),
        min_interval=0,
    )
    async with Door(config) as door:
        fetched = await door.get("https://user:secret@c.example.org/cv#part")
    assert fetched.outcome is Outcome.OK
    assert fetched.final_url == "https://c.example.org/cv"
    assert "authorization" not in seen[-1].headers
    assert str(seen[-1].url) == "https://c.example.org/cv"
