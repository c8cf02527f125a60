"""``runnerup read`` shows what it understood: the line each entry came from, the reading
warnings, ``--explain`` line by line, and ``--as profile`` for saved profile files."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from research.cli import app

ROOT = Path(__file__).resolve().parents[2]
RESUMES = ROOT / "fixtures" / "documents" / "resumes"

RESUME = """Jordan Hale
Backend engineer

Experience

Senior Software Engineer - Payments
Birchmoor Foods — Columbus, OH (on-site) — Full-time
Mar 2021 – Present
- Built the payments ledger in Go.

Hobbies
Climbing and chess.
"""

# dated lines, but nothing that reads as a job: the reader must say so
UNREADABLE = """Robin Example

Experience
2019 – 2021 ·
2016 – 2019 ·
2012 – 2016 ·
"""


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "160", "NO_COLOR": "1"})
    assert "Traceback" not in result.stdout, result.stdout
    return result.exit_code, result.stdout


def test_each_entry_shows_the_line_it_came_from(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(RESUME, encoding="utf-8")
    code, out = invoke("read", str(path))
    assert code == 0
    assert "read from the line" in out
    assert "Senior Software Engineer - Payments" in out
    assert "Birchmoor Foods" in out and "Columbus, OH" in out
    assert "found no jobs" not in out


def test_explain_lists_sections_and_why_each_line_was_taken(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(RESUME, encoding="utf-8")
    code, out = invoke("read", str(path), "--explain")
    assert code == 0
    assert "Sections found: Experience, Other (not read)" in out
    assert "job 1: Senior Software Engineer - Payments at Birchmoor Foods" in out
    assert "Climbing and chess." in out
    assert "not taken: in a section runnerup does not read" in out
    assert "the name" in out


def test_a_document_with_dates_but_no_jobs_says_so(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_text(UNREADABLE, encoding="utf-8")
    code, out = invoke("read", str(path))
    assert code == 0
    assert "runnerup found no jobs in odd.txt" in " ".join(out.split())
    assert "check it with `runnerup read odd.txt`" in " ".join(out.split())
    assert "unread" in out
    code, out = invoke("read", str(path), "--json")
    data = json.loads(out)
    assert data["reading"]["unread"] is True
    assert data["reading"]["dated_lines"] == 3


def test_read_as_profile_accepts_a_saved_linkedin_pdf() -> None:
    code, out = invoke("read", str(RESUMES / "ada-okafor-linkedin.pdf"), "--as", "profile")
    assert code == 0, out
    assert "Ada Okafor" in out
    assert "Experience" in out


def test_read_as_profile_accepts_model_json(tmp_path: Path) -> None:
    path = tmp_path / "hire.json"
    path.write_text(
        json.dumps(
            {"name": "Kim Example", "experiences": [{"title": "Nurse", "employer": "Mercy"}]}
        ),
        encoding="utf-8",
    )
    code, out = invoke("read", str(path), "--as", "profile")
    assert code == 0, out
    assert "Kim Example" in out and "Mercy" in out
