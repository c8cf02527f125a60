"""Every fetch's provenance names the rule that let it through, end to end: the stored fetch
log and the report's Sources say ``api-terms <terms URL>`` for a documented API read under
its own terms and ``robots.txt`` for pages."""

from __future__ import annotations

from pathlib import Path

from research.settings import Settings
from research.store import Store

from .conftest import HIRE, Invoke

SOURCES = ["--source", "github", "--source", "websearch", "--source", "webpage"]
GITHUB_TERMS = "https://docs.github.com/en/site-policy/github-terms/github-terms-of-service"


def test_report_and_fetch_log_name_the_rule(cli: Invoke, _isolated_home: Path) -> None:
    run = cli("lookup", *HIRE, *SOURCES, "--yes", "--format", "json")
    assert run.exit_code == 0, run.stderr
    refs = run.json()["sources"]
    github = [r for r in refs if r["source"] == "github"]
    pages = [r for r in refs if r["source"] == "webpage" and r.get("url")]
    assert github and all(r["rule"].startswith(f"api-terms {GITHUB_TERMS}") for r in github)
    assert pages and all(r["rule"] == "robots.txt" for r in pages)
    with Store(Settings(home=_isolated_home).store_path) as store:
        (row,) = store.lookups()
        log = store.fetch_log(row.id)
    api = [r for r in log if r.url.startswith("https://api.github.com/") and r.outcome == "ok"]
    assert api and {r.rule for r in api} == {f"{'api-terms'} {GITHUB_TERMS}#h-api-terms"}
    assert all(r.robots == "" for r in api)  # robots.txt was not asked for the API
    searx = [r for r in log if r.url.startswith("https://searx.test/")]
    assert searx and {r.rule for r in searx} == {"robots.txt"}  # SearXNG: robots.txt


def test_markdown_sources_say_what_they_were_read_under(cli: Invoke) -> None:
    run = cli("lookup", *HIRE, *SOURCES, "--yes", "--format", "md")
    assert run.exit_code == 0, run.stderr
    sources = run.stdout.split("## Sources", 1)[1]
    assert f"(read under api-terms {GITHUB_TERMS}#h-api-terms)" in sources
    assert "(read under robots.txt)" in sources
