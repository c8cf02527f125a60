"""A side whose document could not be read is reported as unread, never as thin: every
report says so first, and its gaps are unknown, not missing."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from research.cli import app

CASE = Path(__file__).resolve().parents[2] / "fixtures" / "documents" / "compare" / "stronger-hire"

# dated lines, but nothing that reads as a job
UNREADABLE = """Robin Example

Experience
2019 – 2021 ·
2016 – 2019 ·
2012 – 2016 ·
"""


def _compare(tmp_path: Path, *extra: str) -> tuple[int, str]:
    hire = tmp_path / "hire-cv.txt"
    hire.write_text(UNREADABLE, encoding="utf-8")
    args = ["compare", "--resume", str(CASE / "you.json"), "--posting", str(CASE / "role.json"),
            "--profile", str(hire), "--hire-date", "2024-03", *extra]  # fmt: skip
    result = CliRunner().invoke(app, args, env={"COLUMNS": "80", "NO_COLOR": "1"})
    assert "Traceback" not in result.output, result.output
    return result.exit_code, result.output


def test_the_text_report_says_the_profile_was_not_read(tmp_path: Path) -> None:
    code, out = _compare(tmp_path)
    assert code == 0, out
    flat = " ".join(out.replace("│", " ").split())
    assert "Reading problems" in out
    assert "runnerup found no jobs in hire-cv.txt" in flat
    assert "check it with `runnerup read hire-cv.txt`" in flat
    assert "record is thin" not in flat
    # shown before the six questions
    assert out.index("Reading problems") < out.index("The six questions")


def test_the_json_report_marks_the_hire_unread_and_gaps_unknown(tmp_path: Path) -> None:
    code, out = _compare(tmp_path, "--format", "json")
    assert code == 0, out
    data = json.loads(out)
    assert data["coverage"]["hire_unread"] is True
    assert data["coverage"]["you_unread"] is False
    assert any("found no jobs in hire-cv.txt" in r for r in data["coverage"]["reading"])
    assert data["hire"]["reading"]["unread"] is True
    verdicts = {row["hire"]["verdict"] for row in data["requirements"]}
    assert verdicts <= {"unknown", "met", "partial"}
    assert "not_shown" not in verdicts


def test_the_markdown_report_lists_reading_problems(tmp_path: Path) -> None:
    code, out = _compare(tmp_path, "--format", "md")
    assert code == 0, out
    assert "**Reading problems**" in out
    assert "runnerup found no jobs in hire-cv.txt" in out
