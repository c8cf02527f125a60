"""--connect-to mappings and the config file: parsing, precedence, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from research.config import Config, load_config
from research.errors import ConfigError, UsageError
from research.settings import ConnectTo, Settings, parse_connect_to, parse_connect_to_list


def test_connect_to_parses_and_matches_globs() -> None:
    mapping = parse_connect_to("*.test=127.0.0.1:8080")
    assert mapping == ConnectTo("*.test", "127.0.0.1", 8080)
    assert mapping.matches("ada-okafor.test")
    assert mapping.matches("ADA-OKAFOR.TEST.")
    assert not mapping.matches("example.com")
    assert parse_connect_to("*=[::1]:9000").host == "::1"


@pytest.mark.parametrize("bad", ["*.test", "*.test=127.0.0.1", "=1.2.3.4:80", "a=b:99999", "a=b:x"])
def test_connect_to_errors_name_the_value(bad: str) -> None:
    with pytest.raises(UsageError) as info:
        parse_connect_to(bad)
    assert bad in str(info.value)


def test_options_come_before_the_environment() -> None:
    mappings = parse_connect_to_list(["a.test=127.0.0.1:1"], "*=127.0.0.1:2, b.test=127.0.0.1:3")
    settings = Settings(home=Path("/nonexistent"), connect_to=mappings)
    route = settings.route_for("a.test")
    assert route is not None and route.port == 1
    route = settings.route_for("other.example")
    assert route is not None and route.port == 2


def test_missing_config_means_defaults(tmp_path: Path) -> None:
    config = load_config(tmp_path / "config.toml", env={})
    assert config.retention_days == 30
    assert config.min_interval == 1.0


def test_config_file_and_env_precedence(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        "retention_days = 7\n[fetch]\nmin_interval = 0.1\n"
        '[sources.github]\nkey = "file-token-123456"\nrate_multiplier = 0.5\n'
        'base_url = "https://ghe.example/api/v3"\n',
        encoding="utf-8",
    )
    config = load_config(
        path, env={"GITHUB_TOKEN": "env-token-abcdef", "RUNNERUP_RETENTION_DAYS": "3"}
    )
    assert config.retention_days == 3  # env beats file
    assert config.min_interval == 0.1  # as given: the door, not the file, applies the floor
    github = config.source("github", "GITHUB_TOKEN")
    assert github.key == "env-token-abcdef"
    assert github.rate_multiplier == 1.0  # can only slow a source down
    assert github.base_url == "https://ghe.example/api/v3"
    shown = {s.name: (s.shown(), s.origin) for s in config.effective({"github": "GITHUB_TOKEN"})}
    assert shown["retention_days"] == ("3", "env RUNNERUP_RETENTION_DAYS")
    assert shown["fetch.min_interval"] == (
        "0.1 (under the 1.0 s floor: runnerup waits 1.0 s between requests to one site)",
        str(path),
    )
    assert shown["sources.github.key"][1] == "env GITHUB_TOKEN"
    assert "env-token" not in shown["sources.github.key"][0]


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("retention_days = ", "not valid TOML"),
        ("retention_days = 'x'", "must be a number"),
        ("colour = 1", "unknown setting 'colour'"),
        ("[sources]\ngithub = 3", "must be a table"),
    ],
)
def test_broken_config_names_the_file(tmp_path: Path, text: str, fragment: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path, env={})
    assert str(path) in str(info.value) and fragment in str(info.value)


def test_the_door_alone_keeps_users_at_a_second_or_more(tmp_path: Path) -> None:
    """One floor, applied once: the file keeps what the user wrote, ``runnerup config``
    says it is under the floor, and the door built from it waits the floor on the real
    web."""
    from research.doors import open_door
    from research.fetch.config import USER_MIN_INTERVAL

    path = tmp_path / "config.toml"
    path.write_text("[fetch]\nmin_interval = 0.25\n", encoding="utf-8")
    config = load_config(path, env={})
    door = open_door(Settings(home=tmp_path), config, sources=())  # the real web: no fetch here
    assert config.min_interval == 0.25
    assert (door.spacing, door.loopback) == (USER_MIN_INTERVAL, False)
    above = Config(min_interval=2.5).effective()
    assert [r.shown() for r in above if r.name == "fetch.min_interval"] == ["2.5"]
