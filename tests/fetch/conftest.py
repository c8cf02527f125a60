"""Helpers for the fetch-door tests. Every request goes to 127.0.0.1 (the fixture web) or
to an in-process httpx.MockTransport; names are resolved by fake resolvers only."""

from __future__ import annotations

import textwrap
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest

from research.fetch.door import Door, DoorConfig
from research.settings import parse_connect_to
from research.testing import FixtureWeb, MakeFixtureWeb

PUBLIC_IP = "93.184.216.34"


def write_site(
    root: Path,
    host: str,
    files: Mapping[str, str | bytes] | None = None,
    routes: str | None = None,
) -> Path:
    """Create ``root/host`` with ``files`` (URL path -> content) and an optional
    ``_routes.toml``."""
    site = root / host
    site.mkdir(parents=True, exist_ok=True)
    for path, content in (files or {}).items():
        target = site / path.lstrip("/")
        if path.endswith("/"):
            target = target / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    if routes is not None:
        (site / "_routes.toml").write_text(textwrap.dedent(routes), encoding="utf-8")
    return site


def door_config(web: FixtureWeb, **overrides: Any) -> DoorConfig:
    values: dict[str, Any] = {
        "connect_to": (parse_connect_to(web.connect_to),),
        "min_interval": 0.05,
        "resolver": refuse_resolution,
    }
    values.update(overrides)
    return DoorConfig(**values)


def door_for(web: FixtureWeb, **overrides: Any) -> Door:
    return Door(door_config(web, **overrides))


async def refuse_resolution(host: str) -> list[str]:
    raise AssertionError(f"nothing may be resolved in this test, asked for {host!r}")


def fake_resolver(
    table: Mapping[str, list[str]], calls: list[str] | None = None
) -> Callable[[str], Awaitable[list[str]]]:
    async def resolve(host: str) -> list[str]:
        if calls is not None:
            calls.append(host)
        if host not in table:
            raise OSError(f"fake resolver: unknown host {host}")
        return list(table[host])

    return resolve


class NoConnectTransport(httpx.AsyncBaseTransport):
    """Fails the test if the door ever tries to send a request."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(str(request.url))
        pytest.fail(f"the door tried to connect for {request.url}")


@pytest.fixture
def site_web(tmp_path: Path, make_fixture_web: MakeFixtureWeb) -> Callable[..., FixtureWeb]:
    """``site_web({"host": {files}}, routes={"host": "toml"}, delay_ms=0)`` -> a running
    fixture web over a fresh folder."""

    def make(
        sites: Mapping[str, Mapping[str, str | bytes]],
        routes: Mapping[str, str] | None = None,
        delay_ms: int = 0,
    ) -> FixtureWeb:
        root = tmp_path / "web"
        for host in set(sites) | set(routes or {}):
            write_site(root, host, sites.get(host, {}), (routes or {}).get(host))
        return make_fixture_web(root, delay_ms=delay_ms)

    return make
