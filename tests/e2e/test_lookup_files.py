"""``lookup`` and ``show`` write files like ``compare``: the ``--out`` extension picks the
format; several ``--profile`` files of different people stop the lookup (exit 3)."""

from __future__ import annotations

import json
from pathlib import Path

from research.testing import FixtureWeb

from .conftest import HIRE, Invoke

DOCS = Path(__file__).resolve().parents[2] / "fixtures" / "documents"


def test_lookup_and_show_write_the_format_the_extension_names(
    cli: Invoke, fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    html = tmp_path / "ada.html"
    run = cli("lookup", *HIRE, "-s", "github", "-s", "websearch", "--yes", "-o", str(html))
    assert run.exit_code == 0, run.stderr
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    history = cli("history", "--json").json()
    fixture_web.clear_log()
    pdf = tmp_path / "ada.pdf"
    shown = cli("show", str(history[0]["id"]), "--out", str(pdf))
    assert shown.exit_code == 0, shown.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")
    as_json = tmp_path / "ada.json"
    assert cli("show", str(history[0]["id"]), "-o", str(as_json)).exit_code == 0
    assert json.loads(as_json.read_text())["subject"]["name"] == "Ada Okafor"
    assert fixture_web.log == []  # show never touches the network
    kept = cli("show", str(history[0]["id"]), "-o", str(html))
    assert kept.exit_code == 2 and html.read_text(encoding="utf-8").startswith("<!DOCTYPE")


def test_lookup_with_two_peoples_profiles_stops_before_searching(
    cli: Invoke, fixture_web: FixtureWeb
) -> None:
    run = cli(
        "lookup",
        *HIRE,
        "--profile",
        str(DOCS / "resumes" / "ada-okafor-linkedin.pdf"),
        "--profile",
        str(DOCS / "profiles" / "ada-okafor-nurse.resume.json"),
        "--source",
        "github",
    )
    assert run.exit_code == 3
    assert "Who is the hire?" in run.stderr
    assert "not shown to be one person: they make 2 candidates" in run.stderr
    assert run.stdout == ""
    assert not any(r.host == "api.github.com" for r in fixture_web.log)
