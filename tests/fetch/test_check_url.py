"""``runnerup check-url``: exit codes, JSON, human output; only robots.txt is fetched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from research.commands import check_url
from research.testing import FixtureWeb


def make_app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """Test app."""

    app.command("check-url")(check_url.command)
    return app


@pytest.fixture
def invoke(fixture_web: FixtureWeb, tmp_path: Path):  # type: ignore[no-untyped-def]
    runner = CliRunner()
    env = {"RUNNERUP_CONNECT_TO": fixture_web.connect_to, "RUNNERUP_HOME": str(tmp_path)}

    def run(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(make_app(), ["check-url", *args], env=env)

    return run


def test_allowed_json(invoke, fixture_web: FixtureWeb) -> None:  # type: ignore[no-untyped-def]
    result = invoke("https://northwind-robotics.test/team/", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["url"] == "https://northwind-robotics.test/team/"
    assert data["allowed"] is True and data["reason"] == "allowed"
    assert set(data) == {"url", "allowed", "reason", "detail", "rule", "api_source", "robots"}
    assert data["rule"] == "robots.txt" and data["api_source"] is None
    paths = [r.path for r in fixture_web.requests()]
    assert paths == ["/robots.txt"]  # nothing but robots.txt


def test_disallowed_json_names_rule(invoke, fixture_web: FixtureWeb) -> None:  # type: ignore[no-untyped-def]
    result = invoke("https://northwind-robotics.test/private/secret.html", "--json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data == {
        "url": "https://northwind-robotics.test/private/secret.html",
        "allowed": False,
        "reason": "disallowed",
        "detail": "Disallow: /private/ (user-agent: *)",
        "rule": "robots.txt",
        "api_source": None,
        "robots": "disallowed by Disallow: /private/ (user-agent: *)",
    }
    assert fixture_web.requests(path="/private/secret.html") == []


def test_human_output(invoke) -> None:  # type: ignore[no-untyped-def]
    result = invoke("https://northwind-robotics.test/private/secret.html")
    assert result.exit_code == 1
    assert (
        "will not fetch" in result.stdout and "robots.txt does not allow runnerup" in result.stdout
    )
    assert "Rule: Disallow: /private/ (user-agent: *)" in result.stdout
    ok = invoke("https://northwind-robotics.test/")
    assert ok.exit_code == 0 and "may fetch" in ok.stdout


@pytest.mark.parametrize(
    ("url", "reason", "words"),
    [
        ("https://www.linkedin.com/in/someone", "forbidden_by_terms", "linkedin.com"),
        ("ftp://example.org/cv.pdf", "unsupported_scheme", "ftp"),
        ("http://127.0.0.1/admin", "unsafe_address", "loopback"),
    ],
)
def test_refusals(invoke, fixture_web: FixtureWeb, url: str, reason: str, words: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke(url, "--json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["reason"] == reason and words in data["detail"]
    assert fixture_web.requests() == []
    human = invoke(url)
    assert human.exit_code == 1 and "will not fetch" in human.stdout


def test_bad_connect_to_is_a_usage_error(tmp_path: Path) -> None:
    runner = CliRunner()
    env = {"RUNNERUP_CONNECT_TO": "nonsense", "RUNNERUP_HOME": str(tmp_path)}
    result = runner.invoke(make_app(), ["check-url", "https://a.example/"], env=env)
    assert result.exit_code == 2


def test_check_creates_no_http_cache(invoke, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = invoke("https://northwind-robotics.test/team/")
    assert result.exit_code == 0
    assert not (tmp_path / "cache" / "http-cache.sqlite3").exists()
    assert (tmp_path / "cache" / "robots-cache.json").exists()  # the robots verdict is kept
