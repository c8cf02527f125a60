"""``runnerup sources --check``: each source's canary, live through the door, judged ok,
changed (naming the missing fields), refused, needs_key, failed or skipped. Run here against
the fixture webs in ``fixtures/check`` (current shapes, and a "changed" variant)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from research.cli import app
from research.selfcheck import missing_needs, resolve
from research.testing import MakeFixtureWeb

CHECK = Path(__file__).resolve().parents[2] / "fixtures" / "check"
GITHUB_TERMS = (
    "https://docs.github.com/en/site-policy/github-terms/github-terms-of-service#h-api-terms"
)


@pytest.fixture
def check(
    make_fixture_web: MakeFixtureWeb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[..., Any]:
    monkeypatch.setenv("RUNNERUP_FIXTURE_SPACING", "0")
    webs: dict[str, Any] = {}

    def run(web: str, *args: str) -> Any:
        if web not in webs:
            webs[web] = make_fixture_web(CHECK / web)
        argv = ["--connect-to", webs[web].connect_to, "--home", str(tmp_path / "home")]
        return CliRunner().invoke(app, [*argv, "sources", "--check", *args])

    return run


def _by_source(result: Any) -> dict[str, dict[str, Any]]:
    return {row["source"]: row for row in json.loads(result.stdout)}


def test_every_verdict_on_the_current_web(check: Callable[..., Any]) -> None:
    ids = ["github", "gitlab", "orcid", "stackexchange", "webpage", "websearch", "linkedin"]
    result = check("current", *ids, "bluesky", "--json")
    assert result.exit_code == 1  # a refusal and a failure
    rows = _by_source(result)
    assert {s: r["status"] for s, r in rows.items()} == {
        "github": "ok",
        "gitlab": "ok",
        "orcid": "ok",
        "stackexchange": "ok",
        "webpage": "refused",
        "websearch": "needs_key",
        "linkedin": "skipped",
        "bluesky": "failed",
    }
    assert rows["github"]["rule"] == f"api-terms {GITHUB_TERMS}"
    # gitlab.com's robots.txt disallows /api; the API's own terms govern the call
    assert rows["gitlab"]["rule"].startswith("api-terms https://handbook.gitlab.com/")
    assert rows["webpage"]["rule"] == "robots.txt"
    assert "robots.txt" in rows["webpage"]["detail"] and "/wiki/" in rows["webpage"]["detail"]
    assert "BRAVE_API_KEY" in rows["websearch"]["detail"]


def test_a_changed_site_is_named_with_its_missing_fields(check: Callable[..., Any]) -> None:
    result = check("changed", "github", "stackexchange", "--json")
    assert result.exit_code == 1
    rows = _by_source(result)
    assert rows["github"]["status"] == "changed"
    assert rows["github"]["missing"] == ["html_url", "company"]
    assert rows["stackexchange"]["status"] == "changed"
    assert rows["stackexchange"]["missing"] == ["items[].display_name", "items[].link"]
    assert "items[].display_name" in rows["stackexchange"]["detail"]


def test_robots_for_apis_refuses_the_gitlab_canary(
    check: Callable[..., Any], tmp_path: Path
) -> None:
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "config.toml").write_text("[fetch]\nrobots_for_apis = true\n")
    result = check("current", "gitlab", "--json")
    assert result.exit_code == 1
    (row,) = json.loads(result.stdout)
    assert row["status"] == "refused" and row["rule"] == "robots.txt"
    assert "Disallow: /api" in row["detail"]


def test_all_ok_exits_0_and_prints_a_table(check: Callable[..., Any]) -> None:
    result = check("current", "github", "orcid")
    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())
    assert "github" in text and "orcid" in text and "ok" in text


def test_usage_errors(check: Callable[..., Any], tmp_path: Path) -> None:
    assert check("current", "nosuchsource").exit_code == 2
    plain = CliRunner().invoke(app, ["--home", str(tmp_path / "h"), "sources", "github"])
    assert plain.exit_code == 2 and "--check" in plain.output


@pytest.mark.parametrize(
    ("data", "needs", "missing"),
    [
        ({"a": {"b": 1}}, ["a.b", "a.c"], ["a.c"]),
        ({"items": [{"x": ""}, {"x": "v"}]}, ["items[].x"], []),
        ({"items": []}, ["items[].x"], ["items[].x"]),
        (
            [["timestamp", "original"], ["2002", "x"]],
            ["[0]=timestamp", "[0]=mimetype"],
            ["[0]=mimetype"],
        ),
        (
            {"links": [{"rel": "self"}]},
            ["links[].rel=self", "links[].rel=alternate"],
            ["links[].rel=alternate"],
        ),
        ({"head": {"vars": ["item"]}}, ["head.vars=item"], []),
    ],
)
def test_needs(data: Any, needs: list[str], missing: list[str]) -> None:
    assert missing_needs(json.dumps(data), True, needs) == missing


def test_needs_of_a_page_and_of_broken_json() -> None:
    assert missing_needs('<div class="h-card">', False, ["h-card", "p-name"]) == ["p-name"]
    assert missing_needs("not json", True, ["a"]) == ["a"]
    assert resolve({"a": [{"b": 1}, {"b": 2}]}, "a[].b") == [1, 2]


def test_every_source_that_fetches_declares_a_canary_and_its_endpoints_are_https() -> None:
    from research.source import discover

    for source_id, cls in discover(env={}).load_all().items():
        info = cls.info
        if info.kind == "manual":
            continue
        assert info.canary is not None, f"{source_id} declares no canary"
        assert info.canary.url.startswith("https://"), source_id
        assert info.canary.about, source_id
        if info.kind == "api":
            assert info.api_endpoints, f"{source_id} is an API source but declares no endpoint"
        for endpoint in info.api_endpoints:
            assert endpoint.scheme == "https" and endpoint.terms_url.startswith("https://")
            assert all(p.startswith("/") for p in endpoint.paths), source_id
