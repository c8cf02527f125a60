"""The offline demo: a complete lookup of the invented hire on the bundled demo web."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from typer.testing import CliRunner

from research.cli import app
from research.demo import demo_data, run_demo_lookup
from research.settings import ConnectTo, Settings
from research.testing import FixtureWeb, browser_available


def test_the_demo_lookup_finds_the_hire_and_keeps_the_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RUNNERUP_FIXTURE_SPACING", "0")  # loopback only: no need to wait
    data = demo_data()
    with FixtureWeb(data.web) as web:
        settings = Settings(home=tmp_path, connect_to=(ConnectTo("*", "127.0.0.1", web.port),))
        result, log = asyncio.run(run_demo_lookup(settings, data, spacing=0.0))
        requested = [f"{r.host}{r.path}" for r in web.log]
    comparison = result.comparison
    chosen = comparison.identity.chosen
    assert chosen is not None and chosen.name == "Ada Okafor"
    assert "northwind" in (chosen.employer or "").lower()
    # the namesake (a nurse at Lakeside Health) is a separate candidate, rejected
    assert any("Lakeside" in (c.employer or "") for c in comparison.identity.others)
    assert "Lakeside Health" not in comparison.hire.model_dump_json()
    found = [o.source for o in result.outcomes if o.status == "found"]
    assert len(found) >= 5, found
    # a page robots.txt disallows is reported, never requested
    assert not any(path.startswith("rustconf.test/2025/speakers/") for path in requested)
    assert any("rustconf.test/2025/speakers" in note for note in comparison.coverage.notes)
    assert not any(path.startswith("northwind-robotics.test/private/") for path in requested)
    # the runner-up's resume and the posting were read
    assert comparison.you is not None and comparison.you.name == "Sam Rivera"
    assert comparison.role.title == "Head of Platform" and comparison.requirements
    titles = [e.title for e in comparison.hire.experiences]
    assert "Head of Platform" in titles
    assert log and all(p.url.startswith(("http://", "https://")) for p in log)
    # the JavaScript-only homepage is rendered (through the door) when a browser is installed
    if browser_available():
        assert "ada-okafor-js.test/app.js" in requested
        assert "ada-okafor-js.test/profile.json" in requested


def test_runnerup_demo_writes_the_report(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    earlier = tmp_path / "runnerup-demo.html"
    earlier.write_text("a report the user already had", encoding="utf-8")
    result = CliRunner().invoke(app, ["demo"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    # the user's file is left alone: the demo writes the next free name
    assert earlier.read_text(encoding="utf-8") == "a report the user already had"
    report = tmp_path / "runnerup-demo-2.html"
    html = report.read_text(encoding="utf-8")
    assert "Ada Okafor" in html and "Head of Platform" in html
    assert "Content-Security-Policy" in html
    assert str(report) in result.stderr
    assert "The six questions" in result.stdout
