"""``runnerup compare`` options that ``lookup`` and ``show`` share: ``--role``,
``--employer``, ``-f/--format``, ``-o/--out`` (its extension picks the format), and the hire
date (never in the future). What the user sees: the report's format, the letter's wording,
exit codes and messages."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from research.cli import app

CASE = Path(__file__).resolve().parents[2] / "fixtures" / "documents" / "compare" / "thin-hire"


def _compare(*extra: str, posting: Path | None = None) -> list[str]:
    return [
        "compare",
        "--resume",
        str(CASE / "you.json"),
        "--posting",
        str(posting or CASE / "role.json"),
        "--profile",
        str(CASE / "hire.json"),
        *extra,
    ]


@pytest.mark.parametrize(
    ("name", "starts_with"),
    [
        ("report.html", "<!DOCTYPE html>"),
        ("report.HTM", "<!DOCTYPE html>"),
        ("report.md", "# runnerup: "),
        ("report.json", "{"),
        ("report.pdf", "%PDF-"),
        ("report.txt", "╭"),  # the terminal layout, as plain text
    ],
)
def test_the_out_extension_picks_the_format(tmp_path: Path, name: str, starts_with: str) -> None:
    out = tmp_path / name
    result = CliRunner().invoke(app, _compare("-o", str(out)))
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert data.lstrip().startswith(starts_with.encode()), data[:80]
    if name.endswith(".json"):
        assert json.loads(data)["role"]["title"]


def test_a_text_report_in_a_file_has_no_terminal_codes(tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    result = CliRunner().invoke(app, _compare("--out", str(out)))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "The six questions" in text and "\x1b[" not in text


@pytest.mark.parametrize(
    ("fmt", "name"), [("md", "report.html"), ("text", "report.pdf"), ("json", "r.md")]
)
def test_a_format_that_contradicts_the_out_extension_is_a_usage_error(
    tmp_path: Path, fmt: str, name: str
) -> None:
    out = tmp_path / name
    result = CliRunner().invoke(app, _compare("-f", fmt, "-o", str(out)))
    assert result.exit_code == 2
    assert f"--format {fmt} contradicts --out" in result.output
    assert not out.exists()


def test_format_and_extension_that_agree_or_an_unknown_extension(tmp_path: Path) -> None:
    agree = tmp_path / "report.md"
    assert CliRunner().invoke(app, _compare("-f", "md", "-o", str(agree))).exit_code == 0
    assert agree.read_text().startswith("# runnerup: ")
    other = tmp_path / "report.out"  # an extension naming no format: --format decides
    assert CliRunner().invoke(app, _compare("-f", "json", "-o", str(other))).exit_code == 0
    assert json.loads(other.read_text())["schema_version"]


def test_an_existing_out_file_is_left_as_it_is(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    out.write_text("keep me")
    result = CliRunner().invoke(app, _compare("-o", str(out)))
    assert result.exit_code == 2
    assert "already exists" in result.output and "--force" in result.output
    assert out.read_text() == "keep me"


def _role_without_title_or_employer(tmp_path: Path) -> Path:
    role = json.loads((CASE / "role.json").read_text())
    role["title"] = ""
    role["employer"] = ""
    path = tmp_path / "untitled-role.json"
    path.write_text(json.dumps(role))
    return path


def test_role_and_employer_fill_a_posting_that_names_neither(tmp_path: Path) -> None:
    posting = _role_without_title_or_employer(tmp_path)
    result = CliRunner().invoke(
        app,
        _compare(
            "--role", "Data Steward", "--employer", "Fenwick Mills", "-f", "json", posting=posting
        ),
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["role"]["title"] == "Data Steward"
    assert data["role"]["employer"] == "Fenwick Mills"
    letter = data["feedback_request"]
    assert "Data Steward" in letter and "Fenwick Mills" in letter
    assert "the the" not in letter and "position role" not in letter


def test_the_posting_own_title_wins_over_role() -> None:
    expected = json.loads((CASE / "role.json").read_text())["title"]
    result = CliRunner().invoke(app, _compare("--role", "Something Else", "-f", "json"))
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["role"]["title"] == expected


@pytest.mark.parametrize("when", ["2999-01", f"{date.today().year + 1}", "2100-12-31"])
def test_a_hire_date_in_the_future_is_refused(when: str) -> None:
    result = CliRunner().invoke(app, _compare("--hire-date", when))
    assert result.exit_code == 2
    assert "--hire-date" in result.output and "in the future" in result.output
    assert "Traceback" not in result.output


def test_a_hire_date_this_month_is_accepted() -> None:
    today = date.today()
    result = CliRunner().invoke(
        app, _compare("--hire-date", f"{today.year}-{today.month:02d}", "-f", "json")
    )
    assert result.exit_code == 0, result.output


def test_compare_help_lists_the_shared_options() -> None:
    result = CliRunner().invoke(app, ["compare", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for option in ("--role", "--employer", "--hire-name", "--format", "-f", "--out", "-o"):
        assert option in result.output
    assert "extension" in result.output


@pytest.mark.parametrize(
    "command",
    [
        ["lookup", "Ada Okafor", "-e", "Northwind Robotics", "-r", "Head of Platform"],
        ["show", "1"],
    ],
    ids=["lookup", "show"],
)
def test_lookup_and_show_refuse_a_contradiction_before_any_work(
    tmp_path: Path, command: list[str]
) -> None:
    out = tmp_path / "report.html"
    home = ["--home", str(tmp_path / "home"), "--connect-to", "*=127.0.0.1:9"]
    result = CliRunner().invoke(app, [*home, *command, "-f", "md", "-o", str(out)])
    assert result.exit_code == 2
    assert "--format md contradicts --out" in result.output
    assert not out.exists() and not (tmp_path / "home").exists()


def test_the_demo_writes_html_and_refuses_another_extension(tmp_path: Path) -> None:
    out = tmp_path / "demo.md"
    result = CliRunner().invoke(app, ["demo", "-o", str(out)])
    assert result.exit_code == 2
    assert "the demo writes an HTML report" in result.output and not out.exists()
