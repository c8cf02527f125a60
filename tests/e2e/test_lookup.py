"""`runnerup lookup` end to end on the fixture web, through the real CLI."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from research.settings import Settings
from research.store import Store
from research.testing import FixtureWeb

from .conftest import HIRE, Invoke


def _sources(*ids: str) -> list[str]:
    return [arg for i in ids for arg in ("--source", i)]


def test_the_right_person_is_chosen_and_the_namesake_rejected(cli: Invoke) -> None:
    run = cli("lookup", *HIRE, *_sources("github", "websearch"), "--yes", "--format", "json")
    assert run.exit_code == 0, run.stderr
    report = run.json()
    chosen = report["identity"]["chosen"]
    assert chosen["name"] == "Ada Okafor"
    assert "northwind" in (chosen["employer"] or "").lower()
    others = report["identity"]["others"]
    assert any("lakeside" in (c.get("employer") or "").lower() for c in others)
    assert all(c["score"] < chosen["score"] for c in others)
    # nothing of the namesake was collected into the hire's career
    hire_text = str(report["hire"]).lower()
    assert "lakeside" not in hire_text
    assert report["identity"]["decided_by"] == "auto"


def test_every_source_outcome_is_reported(cli: Invoke) -> None:
    run = cli("lookup", *HIRE, "--yes", "--format", "json")
    assert run.exit_code == 0, run.stderr
    outcomes = {o["source"]: o["status"] for o in run.json()["coverage"]["sources"]}
    from research.source import discover

    assert set(outcomes) == set(discover().ids())
    assert outcomes["github"] == "found"
    assert outcomes["linkedin"] == "manual"
    assert "What each source did" in run.stderr


def test_yes_refuses_an_uncertain_candidate_with_exit_3(cli: Invoke, _isolated_home: Path) -> None:
    run = cli(
        "lookup",
        "Ada Okafor",
        "--employer",
        "Quillfeather Analytics",
        "--role",
        "Data Lead",
        *_sources("github"),
        "--yes",
    )
    assert run.exit_code == 3
    assert "Who is the hire?" in run.stderr
    assert "--pick N" in run.stderr
    with Store(Settings(home=_isolated_home).store_path) as store:
        (row,) = store.lookups()
        assert row.status == "needs_confirmation" and not row.has_comparison
        assert len(store.candidates(row.id)) >= 2


def test_pick_takes_the_named_candidate(cli: Invoke) -> None:
    args = ["lookup", "Ada Okafor", "--employer", "Quillfeather Analytics", "--role", "Data Lead"]
    first = cli(*args, *_sources("github"), "--yes")
    assert first.exit_code == 3
    run = cli(*args, *_sources("github"), "--pick", "2", "--format", "json")
    assert run.exit_code == 0, run.stderr
    report = run.json()
    assert report["identity"]["decided_by"] == "pick"
    assert report["identity"]["chosen"]["id"] == 2


def test_a_bad_pick_is_a_usage_error(cli: Invoke) -> None:
    run = cli("lookup", *HIRE, *_sources("github"), "--pick", "9")
    assert run.exit_code == 2
    assert "--pick 9" in run.stderr


def test_nobody_found_says_what_to_do(cli: Invoke) -> None:
    run = cli("lookup", "Zebediah Nobody", "--employer", "X", "--role", "Y", *_sources("github"))
    assert run.exit_code == 1
    assert "No public profile of Zebediah Nobody" in run.stderr
    assert "--profile" in run.stderr


def test_history_show_and_forget(
    cli: Invoke, fixture_web: FixtureWeb, _isolated_home: Path
) -> None:
    run = cli("lookup", *HIRE, *_sources("github", "websearch"), "--yes", "--format", "md")
    assert run.exit_code == 0, run.stderr
    other = cli("lookup", "Zebediah Nobody", "--employer", "X", "--role", "Y", *_sources("github"))
    assert other.exit_code == 1
    history = cli("history", "--json").json()
    assert [h["name"] for h in history] == ["Ada Okafor", "Zebediah Nobody"]
    assert history[0]["has_report"] and not history[1]["has_report"]

    fixture_web.clear_log()
    shown = cli("show", str(history[0]["id"]), "--format", "json")
    assert shown.exit_code == 0
    assert shown.json()["subject"]["name"] == "Ada Okafor"
    assert fixture_web.log == []  # re-rendered without the network

    store_path = Settings(home=_isolated_home).store_path
    with Store(store_path) as store:
        before = store.counts()
        ada_urls = set(store.plan_forget(name="Ada Okafor").urls)
    assert _cached(_isolated_home / "cache", ada_urls), "nothing was cached: the test is moot"
    refused = cli("forget", "ada okafor", input="n\n")
    assert refused.exit_code == 1
    gone = cli("forget", "ada okafor", "--yes")
    assert gone.exit_code == 0
    assert "Erased 1 lookup(s)" in gone.stderr
    with Store(store_path) as store:
        after = store.counts()
        assert [r.subject.name for r in store.lookups()] == ["Zebediah Nobody"]
        assert after["fetch_log"] > 0 and after["facts"] == 0 and after["candidates"] == 0
        assert after["lookups"] == before["lookups"] - 1
    remaining = _cached(_isolated_home / "cache", ada_urls)
    assert remaining == set(), "HTTP cache entries of the forgotten person remain"


def _cached(cache_dir: Path, urls: set[str]) -> set[str]:
    """Which of the URLs still have an HTTP-cache entry."""
    from research.fetch.cache import CACHE_FILE, cache_key

    connection = sqlite3.connect(cache_dir / CACHE_FILE)
    try:
        keys = {row[0] for row in connection.execute("SELECT cache_key FROM entries")}
    finally:
        connection.close()
    return {url for url in urls if cache_key(url).encode() in keys or cache_key(url) in keys}


def test_retention_purges_old_lookups_at_start(cli: Invoke, _isolated_home: Path) -> None:
    run = cli("lookup", *HIRE, *_sources("github", "websearch"), "--yes", "--format", "json")
    assert run.exit_code == 0, run.stderr
    store_path = Settings(home=_isolated_home).store_path
    with Store(store_path) as store:
        (row,) = store.lookups()
        urls = set(store.plan_forget(lookup_id=row.id).urls)
        store.backdate(row.id, days=31)
    assert _cached(_isolated_home / "cache", urls)
    assert cli("history", "--json").json() == []
    with Store(store_path) as store:
        assert store.counts() == {t: 0 for t in store.counts()}
    assert _cached(_isolated_home / "cache", urls) == set()


def test_config_precedence(
    cli: Invoke, _isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (_isolated_home / "config.toml").write_text(
        "retention_days = 7\n[fetch]\nmin_interval = 3.0\n"
        "[sources.github]\nkey = 'ghp_fromfile99'\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("RUNNERUP_RETENTION_DAYS", "3")
    monkeypatch.setenv("GITHUB_TOKEN", "ghp_fromenvironment42")
    rows = {r["name"]: r for r in cli("config", "--json").json()}
    assert rows["retention_days"]["value"] == "3"
    assert rows["retention_days"]["origin"] == "env RUNNERUP_RETENTION_DAYS"
    assert rows["fetch.min_interval"]["value"] == "3.0"
    assert rows["fetch.min_interval"]["origin"].endswith("config.toml")
    key = rows["sources.github.key"]
    assert key["origin"] == "env GITHUB_TOKEN"
    assert "fromenvironment" not in key["value"] and key["value"].endswith("42")
    home = next(r for r in rows.values() if r["name"] == "home")
    assert home["value"] == str(_isolated_home)


def test_no_site_reachable_says_check_the_connection(tmp_path: Path) -> None:
    import socket

    from typer.testing import CliRunner

    from research.cli import app

    with socket.socket() as sock:  # a loopback port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = CliRunner().invoke(
        app,
        ["--home", str(tmp_path), "--connect-to", f"*=127.0.0.1:{port}", "lookup", *HIRE],
        env={"RUNNERUP_FIXTURE_SPACING": "0"},
    )
    assert result.exit_code == 5
    assert "could not reach any of the" in result.stderr
    assert "internet connection" in result.stderr
    assert "Traceback" not in result.stderr
