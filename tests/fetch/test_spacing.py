"""The door's spacing, decided once inside the door: never under 1 s on the real web; the
fixture web's loopback mode (shorter spacing, sources' declared rates dropped) only when
every request goes to loopback by a catch-all ``--connect-to``.

No test here sends a request anywhere but to an in-process transport: the doors pointed at
the real web or at a non-loopback address are only built and asked for their spacing."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from research.config import Config
from research.doors import open_door
from research.fetch.apis import ApiEndpoint, ApiPolicy
from research.fetch.config import DoorConfig, door_spacing
from research.fetch.door import Door
from research.fetch.pacing import MIN_INTERVAL_EXTENSION
from research.fetch.routes import (
    ENV_FIXTURE_SPACING,
    ConnectTo,
    is_loopback,
    loopback_only,
    loopback_spacing,
)
from research.settings import Settings

LOOPBACK_ALL = (ConnectTo("*", "127.0.0.1", 8080),)


@pytest.mark.parametrize(
    "connect_to",
    [
        (),  # the real web
        (ConnectTo("*.test", "127.0.0.1", 8080),),  # no catch-all: other hosts are real
        (ConnectTo("*", "192.0.2.10", 8080),),  # a catch-all, but not to loopback
        (ConnectTo("*", "example.org", 80),),  # a name is never taken for loopback
        (ConnectTo("*.test", "127.0.0.1", 8080), ConnectTo("*", "192.0.2.10", 80)),
        (ConnectTo("*", "127.0.0.1", 8080), ConnectTo("a.test", "198.51.100.7", 80)),
    ],
)
def test_the_real_web_keeps_the_one_second_floor(
    connect_to: tuple[ConnectTo, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_FIXTURE_SPACING, "0")
    config = DoorConfig(connect_to=connect_to, min_interval=0.01, fixture_spacing=0.0)
    door = Door(config)
    assert (door.spacing, door.loopback) == (1.0, False)
    assert door_spacing(config, {ENV_FIXTURE_SPACING: "0"}) == (1.0, False)


def test_a_user_may_go_slower_than_the_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_FIXTURE_SPACING, raising=False)
    assert Door(DoorConfig(min_interval=2.5)).spacing == 2.5


def test_loopback_mode_needs_a_catch_all_to_loopback_and_a_fixture_spacing() -> None:
    config = DoorConfig(connect_to=LOOPBACK_ALL, min_interval=0.3)
    assert door_spacing(config, {ENV_FIXTURE_SPACING: "0.05"}) == (0.05, True)
    # no fixture spacing: the configured spacing, as given (nothing reaches a real site)
    assert door_spacing(config, {}) == (0.3, False)
    # the caller's default (the demo's, the test kit's); the environment wins over it
    demo = DoorConfig(connect_to=LOOPBACK_ALL, fixture_spacing=0.25)
    assert door_spacing(demo, {}) == (0.25, True)
    assert door_spacing(demo, {ENV_FIXTURE_SPACING: "0"}) == (0.0, True)
    # not a number: ignored (the default, else no loopback mode)
    assert door_spacing(demo, {ENV_FIXTURE_SPACING: "fast"}) == (0.25, True)
    assert door_spacing(config, {ENV_FIXTURE_SPACING: "fast"}) == (0.3, False)
    assert door_spacing(config, {ENV_FIXTURE_SPACING: "-3"}) == (0.0, True)


def test_loopback_addresses() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("127.8.9.10") and is_loopback("::1")
    assert is_loopback("[::1]") and is_loopback("localhost")
    assert not is_loopback("10.0.0.1") and not is_loopback("localhost.example.org")
    assert loopback_only((ConnectTo("*", "localhost", 1), ConnectTo("a.test", "::1", 2)))
    assert not loopback_only((ConnectTo("a.test", "127.0.0.1", 1),))
    partial = (ConnectTo("*.test", "127.0.0.1", 1),)
    assert loopback_spacing(partial, {ENV_FIXTURE_SPACING: "0"}) is None


def _recording(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(200, headers={"content-type": "text/html"}, text="<p>hi</p>")

    return httpx.MockTransport(handler)


def _asked_intervals(seen: list[httpx.Request]) -> list[object]:
    return [r.extensions.get(MIN_INTERVAL_EXTENSION) for r in seen if r.url.path != "/robots.txt"]


async def test_loopback_mode_drops_a_sources_declared_rate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ENV_FIXTURE_SPACING, raising=False)
    endpoint = ApiEndpoint("api.rate.test", ("/v1/",), "https://rate.test/terms")
    policy = ApiPolicy.of([("slowapi", (endpoint,), 4.0)])
    for fixture_spacing, expected in ((None, [3.0, 4.0]), (0.0, [None, None])):
        seen: list[httpx.Request] = []
        config = DoorConfig(
            connect_to=LOOPBACK_ALL,
            transport=_recording(seen),
            fixture_spacing=fixture_spacing,
            api_policy=policy,
            min_interval=0,
        )
        async with Door(config) as door:
            page = await door.get("https://site.rate.test/a", min_interval=3.0, source="x")
            api = await door.get("https://api.rate.test/v1/users", source="slowapi")
        assert page.ok and api.ok
        # the pacer is asked for the source's rate (or the API's) only off loopback mode
        assert _asked_intervals(seen) == expected


def test_the_factory_takes_the_users_settings(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path, connect_to=(ConnectTo("*.test", "127.0.0.1", 9),))
    config = Config(min_interval=2.5, browser_executable="/opt/chrome")
    door = open_door(settings, config, sources=())
    assert door.spacing == 2.5 and not door.loopback
    assert door.config.cache_dir == settings.cache_dir == tmp_path / "cache"
    assert door.config.connect_to == settings.connect_to
    assert door.config.browser_executable == "/opt/chrome"
    assert door.config.user_agent.startswith("runnerup/")


def test_the_factory_never_goes_under_a_second_on_the_real_web(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_FIXTURE_SPACING, "0")
    real = Settings(home=tmp_path, connect_to=(ConnectTo("*", "192.0.2.10", 80),))
    door = open_door(real, Config(min_interval=0.1), sources=(), fixture_spacing=0.0)
    assert (door.spacing, door.loopback) == (1.0, False)
    fixture = Settings(home=tmp_path, connect_to=LOOPBACK_ALL)
    assert open_door(fixture, Config(), sources=()).spacing == 0.0


def test_the_factory_declares_the_sources_api_endpoints(tmp_path: Path) -> None:
    from sources.gitlab import GitLabSource

    settings = Settings(home=tmp_path)
    users = "https://gitlab.com/api/v4/users?search=x"
    with_gitlab = open_door(settings, Config(), sources=[GitLabSource])
    assert with_gitlab.config.api_policy.grant_for(users, "gitlab") is not None
    assert (
        open_door(settings, Config(), sources=()).config.api_policy.grant_for(users, "gitlab")
        is None
    )
