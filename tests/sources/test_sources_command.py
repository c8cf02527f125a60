"""``runnerup sources [--json]`` (research/commands/sources.py), on a local Typer app."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from research.commands.sources import command

KEYS = {
    "id",
    "name",
    "kind",
    "status",
    "terms_summary",
    "terms_url",
    "terms_reviewed",
    "api_endpoints",
}


def _app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main(ctx: typer.Context) -> None:
        """Test app."""

    app.command("sources")(command)
    return app


def _invoke(home: Path, *args: str, env: dict[str, str] | None = None) -> Any:
    base = {"BRAVE_API_KEY": None, "RUNNERUP_SEARXNG_URL": None, "RUNNERUP_SOURCES": None}
    return CliRunner().invoke(
        _app(),
        ["sources", *args],
        obj={"home": str(home), "connect_to": []},
        env={**base, **(env or {})},
    )


def _rows(result: Any) -> dict[str, dict[str, str]]:
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert isinstance(data, list)
    return {row["id"]: row for row in data}


def test_json_lists_sources_with_status_and_terms(tmp_path: Path) -> None:
    rows = _rows(_invoke(tmp_path, "--json"))
    assert {"github", "websearch"} <= set(rows)
    for row in rows.values():
        assert set(row) == KEYS
    github = rows["github"]
    assert github["status"] == "ready"
    assert github["kind"] == "api"
    assert github["terms_url"].startswith("https://docs.github.com/")
    assert github["terms_reviewed"] == "2026-11-25"
    assert "never collects emails" in github["terms_summary"]
    assert rows["websearch"]["status"] == "needs_key"
    assert list(rows) == sorted(rows)


def test_api_endpoints_and_the_rule_that_governs_them(tmp_path: Path) -> None:
    rows = _rows(_invoke(tmp_path, "--json"))
    gitlab = rows["gitlab"]["api_endpoints"]
    assert [e["prefix"] for e in gitlab] == ["https://gitlab.com/api/v4/"]
    assert gitlab[0]["rule"] == f"api-terms {gitlab[0]['terms_url']}"
    assert rows["webpage"]["api_endpoints"] == []  # pages obey robots.txt
    (tmp_path / "config.toml").write_text("[fetch]\nrobots_for_apis = true\n", encoding="utf-8")
    again = _rows(_invoke(tmp_path, "--json"))
    assert again["gitlab"]["api_endpoints"][0]["rule"] == "robots.txt"
    table = _invoke(tmp_path.parent / "fresh", env={"COLUMNS": "100"}).stdout
    assert "API https://gitlab.com/api/v4/" in " ".join(table.split())


def test_keys_and_instances_make_websearch_ready(tmp_path: Path) -> None:
    with_key = _rows(_invoke(tmp_path, "--json", env={"BRAVE_API_KEY": "k"}))
    assert with_key["websearch"]["status"] == "ready"
    searx = {"RUNNERUP_SEARXNG_URL": "https://searx.test"}
    assert _rows(_invoke(tmp_path, "--json", env=searx))["websearch"]["status"] == "ready"
    (tmp_path / "config.toml").write_text(
        '[sources.websearch]\nsearxng_url = "https://searx.test"\n', encoding="utf-8"
    )
    assert _rows(_invoke(tmp_path, "--json"))["websearch"]["status"] == "ready"


def test_disabled_by_config_and_by_runnerup_sources(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text("[sources.github]\nenabled = false\n", encoding="utf-8")
    assert _rows(_invoke(tmp_path, "--json"))["github"]["status"] == "disabled"
    (tmp_path / "config.toml").unlink()
    only = _rows(_invoke(tmp_path, "--json", env={"RUNNERUP_SOURCES": "websearch"}))
    assert only["github"]["status"] == "disabled"
    assert only["websearch"]["status"] == "needs_key"


def test_json_reports_broken_plugins_on_stderr(tmp_path: Path, fake_plugins: Any) -> None:
    result = _invoke(tmp_path, "--json")
    rows = _rows(result)
    assert rows["fakesite"]["status"] == "needs_key"
    for name in fake_plugins.broken:
        assert name not in rows
        assert f"source {name} could not be loaded" in result.stderr
    assert "could not be loaded" not in result.stdout


@pytest.mark.parametrize("columns", ["80", "100", "200"])
def test_table_fits_100_columns(tmp_path: Path, fake_plugins: Any, columns: str) -> None:
    result = _invoke(tmp_path, env={"COLUMNS": columns})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= min(100, int(columns))
    text = result.stdout
    for word in ("github", "websearch", "fakesite", "needs_key", "ready", "2026-11-25"):
        assert word in text
    table_end = max(i for i, line in enumerate(lines) if line.startswith("└"))
    after = "\n".join(lines[table_end:])
    assert "could not be loaded" in after
    for name in fake_plugins.broken:
        assert f"  {name}: " in after


def test_bad_config_is_reported_without_traceback(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text("[sources\n", encoding="utf-8")
    result = _invoke(tmp_path)
    assert result.exit_code == 2
    assert "config.toml" in result.stderr
    assert "Traceback" not in result.output


def test_module_imports_only_stdlib_and_typer() -> None:
    import ast

    import research.commands.sources as module

    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    top = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    names = {
        (n.module or "") if isinstance(n, ast.ImportFrom) else a.name for n in top for a in n.names
    }
    allowed = {"__future__", "collections.abc", "dataclasses", "typing", "typer"}
    assert names <= allowed, names - allowed
