"""Refusals before any connection: deny list, schemes, SSRF guard (faked resolution and a
transport that fails the test if it is ever asked to connect)."""

from __future__ import annotations

import ipaddress

import httpcore
import httpx
import pytest

from research.fetch.door import Door, DoorConfig
from research.fetch.guard import DEFAULT_DENY_HOSTS, deny_entry, literal_ip, unsafe_reason
from research.fetch.outcome import Outcome
from research.fetch.transport import GuardedBackend
from research.settings import ConnectTo

from .conftest import PUBLIC_IP, NoConnectTransport, fake_resolver


@pytest.mark.parametrize(
    ("host", "entry"),
    [
        ("linkedin.com", "linkedin.com"),
        ("www.linkedin.com", "linkedin.com"),
        ("de.LinkedIn.com.", "linkedin.com"),
        ("glassdoor.com", "glassdoor.*"),
        ("www.glassdoor.co.uk", "glassdoor.*"),
        ("glassdoor.de", "glassdoor.*"),
        ("uk.indeed.com", "indeed.*"),
        ("indeed.fr", "indeed.*"),
        ("x.com", "x.com"),
        ("mobile.twitter.com", "twitter.com"),
        ("m.facebook.com", "facebook.com"),
        ("www.instagram.com", "instagram.com"),
        ("www.tiktok.com", "tiktok.com"),
        ("www.threads.net", "threads.net"),
        ("www.xing.com", "xing.com"),
        ("www.zoominfo.com", "zoominfo.com"),
        ("rocketreach.co", "rocketreach.co"),
        ("www.spokeo.com", "spokeo.com"),
        ("www.whitepages.com", "whitepages.com"),
    ],
)
def test_deny_list_covers_hosts_and_subdomains(host: str, entry: str) -> None:
    assert deny_entry(host, DEFAULT_DENY_HOSTS) == entry


@pytest.mark.parametrize(
    "host",
    [
        "notlinkedin.com",
        "linkedin.com.example.org",
        "xx.com",
        "box.com",
        "glassdoor.example.org",
        "indeedjobs.example",
        "example.org",
        "ada-okafor.test",
    ],
)
def test_deny_list_spares_other_hosts(host: str) -> None:
    assert deny_entry(host, DEFAULT_DENY_HOSTS) is None


@pytest.mark.parametrize(
    "address",
    [
        "10.0.0.1",
        "172.16.5.4",
        "192.168.1.1",
        "127.0.0.1",
        "127.8.8.8",
        "169.254.169.254",
        "0.0.0.0",
        "224.0.0.1",
        "240.0.0.1",
        "255.255.255.255",
        "100.64.0.1",
        "198.18.0.1",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "fd12:3456::1",
        "ff02::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "::ffff:169.254.169.254",
        "2002:7f00:1::1",
        "64:ff9b::a00:1",
    ],
)
def test_unsafe_addresses(address: str) -> None:
    assert unsafe_reason(ipaddress.ip_address(address)) is not None


@pytest.mark.parametrize("address", [PUBLIC_IP, "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses(address: str) -> None:
    assert unsafe_reason(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2130706433", "127.0.0.1"),
        ("0x7f.1", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("[::1]", "::1"),
        ("example.org", None),
    ],
)
def test_literal_ip_forms(text: str, expected: str | None) -> None:
    found = literal_ip(text)
    assert (str(found) if found else None) == expected


def guarded_door(
    table: dict[str, list[str]], calls: list[str] | None = None, **kw: object
) -> tuple[Door, NoConnectTransport]:
    transport = NoConnectTransport()
    config = DoorConfig(
        transport=transport,
        resolver=fake_resolver(table, calls),
        min_interval=0,
        **kw,  # type: ignore[arg-type]
    )
    return Door(config), transport


@pytest.mark.parametrize(
    ("url", "outcome"),
    [
        ("https://www.linkedin.com/in/someone", Outcome.FORBIDDEN_BY_TERMS),
        ("https://www.glassdoor.co.uk/Reviews/x.htm", Outcome.FORBIDDEN_BY_TERMS),
        ("https://x.com/someone", Outcome.FORBIDDEN_BY_TERMS),
        ("ftp://files.example.org/cv.pdf", Outcome.UNSUPPORTED_SCHEME),
        ("file:///etc/passwd", Outcome.UNSUPPORTED_SCHEME),
        ("javascript:alert(1)", Outcome.UNSUPPORTED_SCHEME),
        ("gopher://example.org/", Outcome.UNSUPPORTED_SCHEME),
        ("http://127.0.0.1:8080/", Outcome.UNSAFE_ADDRESS),
        ("http://[::1]/", Outcome.UNSAFE_ADDRESS),
        ("http://[::ffff:127.0.0.1]/", Outcome.UNSAFE_ADDRESS),
        ("http://2130706433/", Outcome.UNSAFE_ADDRESS),
        ("http://169.254.169.254/latest/meta-data/", Outcome.UNSAFE_ADDRESS),
        ("http://localhost/", Outcome.UNSAFE_ADDRESS),
        ("http://admin.localhost/", Outcome.UNSAFE_ADDRESS),
        ("https://intranet.example.com/", Outcome.UNSAFE_ADDRESS),
        ("https://mixed.example.com/", Outcome.UNSAFE_ADDRESS),
        ("https://v6private.example.com/", Outcome.UNSAFE_ADDRESS),
        ("https://mapped.example.com/", Outcome.UNSAFE_ADDRESS),
        ("https://nowhere.example.com/", Outcome.UNREACHABLE),
    ],
)
async def test_refused_before_any_connection(url: str, outcome: Outcome) -> None:
    table = {
        "intranet.example.com": ["10.1.2.3"],
        "mixed.example.com": [PUBLIC_IP, "192.168.0.7"],
        "v6private.example.com": ["fd00::5"],
        "mapped.example.com": ["::ffff:127.0.0.1"],
    }
    calls: list[str] = []
    door, transport = guarded_door(table, calls)
    async with door:
        fetched = await door.get(url)
        checked = await door.check(url)
    assert fetched.outcome is outcome, fetched.detail
    assert fetched.body == b""
    assert fetched.detail
    assert transport.calls == []
    assert checked.allowed is False
    assert door.log[0].outcome is outcome
    if outcome is Outcome.FORBIDDEN_BY_TERMS:
        assert calls == []  # the deny list is checked before any name resolution
        assert "(" in fetched.detail and ")" in fetched.detail


async def test_deny_list_detail_names_the_entry() -> None:
    door, _ = guarded_door({})
    async with door:
        fetched = await door.get("https://uk.linkedin.com/in/x")
        checked = await door.check("https://de.indeed.com/jobs")
    assert "linkedin.com" in fetched.detail
    assert checked.reason == "forbidden_by_terms" and "indeed.*" in checked.detail


async def test_connect_to_is_the_only_way_to_loopback() -> None:
    """Without a mapping a name resolving to loopback is refused; with one it is routed."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(200, headers={"content-type": "text/html"}, text="<p>hi</p>")

    door, transport = guarded_door({"site.test": ["127.0.0.1"]})
    async with door:
        refused = await door.get("https://site.test/")
    assert refused.outcome is Outcome.UNSAFE_ADDRESS and transport.calls == []

    config = DoorConfig(
        transport=httpx.MockTransport(handler),
        resolver=fake_resolver({}),  # a mapped name is never resolved
        connect_to=(ConnectTo("*.test", "127.0.0.1", 9),),
        min_interval=0,
    )
    async with Door(config) as door:
        fetched = await door.get("https://site.test/page?q=1")
        literal = await door.get("http://10.0.0.1/")  # literal addresses are not names
    assert fetched.outcome is Outcome.OK
    assert fetched.url == fetched.final_url == "https://site.test/page?q=1"
    assert str(seen[-1].url) == "http://127.0.0.1:9/page?q=1"
    assert seen[-1].headers["host"] == "site.test"
    assert literal.outcome is Outcome.UNSAFE_ADDRESS


async def test_redirect_to_private_address_is_refused() -> None:
    hosts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        if request.url.path == "/to-metadata":
            return httpx.Response(302, headers={"location": "http://169.254.169.254/latest/"})
        return httpx.Response(301, headers={"location": "https://intranet.example.com/admin"})

    config = DoorConfig(
        transport=httpx.MockTransport(handler),
        resolver=fake_resolver(
            {"public.example.com": [PUBLIC_IP], "intranet.example.com": ["10.0.0.8"]}
        ),
        min_interval=0,
    )
    async with Door(config) as door:
        first = await door.get("https://public.example.com/")
        second = await door.get("https://public.example.com/to-metadata")
    assert first.outcome is Outcome.UNSAFE_ADDRESS
    assert first.final_url == "https://intranet.example.com/admin"
    assert second.outcome is Outcome.UNSAFE_ADDRESS
    assert set(hosts) == {"public.example.com"}


async def test_redirect_to_denied_host_or_scheme() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        if request.url.path == "/li":
            return httpx.Response(302, headers={"location": "https://www.linkedin.com/in/x"})
        return httpx.Response(302, headers={"location": "file:///etc/passwd"})

    config = DoorConfig(
        transport=httpx.MockTransport(handler),
        resolver=fake_resolver({"public.example.com": [PUBLIC_IP]}),
        min_interval=0,
    )
    async with Door(config) as door:
        denied = await door.get("https://public.example.com/li")
        scheme = await door.get("https://public.example.com/file")
    assert denied.outcome is Outcome.FORBIDDEN_BY_TERMS
    assert scheme.outcome is Outcome.UNSUPPORTED_SCHEME


class RecordingBackend(httpcore.AsyncNetworkBackend):
    """Stands in for the socket layer: records where it was asked to connect, connects
    nowhere."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int]] = []

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: object = None,
    ) -> httpcore.AsyncNetworkStream:
        self.calls.append((host, port))
        raise httpcore.ConnectError("recording backend: no connection made")

    async def sleep(self, seconds: float) -> None:
        return None


async def test_connect_time_guard_refuses_rebinding() -> None:
    """The address is checked again when connecting (a name that changed to a private
    address after the door's check is refused), and the checked address is the one used."""
    answers = {"rebind.example.com": [["10.0.0.1"]], "ok.example.com": [[PUBLIC_IP]]}

    async def resolver(host: str) -> list[str]:
        return answers[host][0]

    inner = RecordingBackend()
    backend = GuardedBackend(resolver, inner)
    with pytest.raises(httpcore.ConnectError, match="runnerup refused to connect"):
        await backend.connect_tcp("rebind.example.com", 443)
    with pytest.raises(httpcore.ConnectError, match="runnerup refused"):
        await backend.connect_tcp("::ffff:127.0.0.1", 80)
    with pytest.raises(httpcore.ConnectError, match="unix sockets"):
        await backend.connect_unix_socket("/var/run/docker.sock")
    assert inner.calls == []
    with pytest.raises(httpcore.ConnectError, match="recording backend"):
        await backend.connect_tcp("ok.example.com", 443)
    assert inner.calls == [(PUBLIC_IP, 443)]


async def test_connect_time_refusal_is_unsafe_address() -> None:
    """A refusal from the connect-time guard surfaces as ``unsafe_address``."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        raise httpx.ConnectError(
            "runnerup refused to connect: late.example.com resolves to 10.0.0.9, a private address"
        )

    config = DoorConfig(
        transport=httpx.MockTransport(handler),
        resolver=fake_resolver({"late.example.com": [PUBLIC_IP]}),
        min_interval=0,
    )
    async with Door(config) as door:
        fetched = await door.get("https://late.example.com/")
    assert fetched.outcome is Outcome.UNSAFE_ADDRESS
    assert fetched.detail.startswith("late.example.com resolves to 10.0.0.9")
