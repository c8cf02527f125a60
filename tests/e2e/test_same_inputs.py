"""``read``, ``compare`` and ``lookup`` read the user's files through one module
(``research.inputs``): they accept the same files (runnerup's own JSON model included) and
refuse the same files with the same words and exit code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from research.model import Career, Comparison, Role

from .conftest import HIRE, Invoke

DOCS = Path(__file__).resolve().parents[2] / "fixtures" / "documents"
POSTING = DOCS / "postings" / "northwind-head-of-platform.html"
HIRE_PDF = DOCS / "resumes" / "ada-okafor-linkedin.pdf"
YOU_TXT = DOCS / "resumes" / "caroline-oneill-midwife.txt"


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def saved(cli: Invoke, tmp_path: Path) -> dict[str, Path]:
    """runnerup's own JSON of a career (yours), of the hire's profile and of the posting, as
    ``read --json`` writes them; the names say nothing (no .json suffix needed)."""
    files = {}
    for key, source in (("you", YOU_TXT), ("hire", HIRE_PDF), ("posting", POSTING)):
        run = cli("read", str(source), "--json")
        assert run.exit_code == 0, run.stderr
        files[key] = tmp_path / f"{key}.saved"
        files[key].write_text(run.stdout, encoding="utf-8")
    return files


def test_runnerup_json_is_read_by_read_compare_and_lookup(
    cli: Invoke, saved: dict[str, Path]
) -> None:
    you = Career.model_validate_json(saved["you"].read_text(encoding="utf-8"))
    role = Role.model_validate_json(saved["posting"].read_text(encoding="utf-8"))
    assert you.name and role.title == "Head of Platform"

    shown = cli("read", str(saved["you"]))
    assert shown.exit_code == 0, shown.stderr
    assert you.name in shown.stdout and "Experience" in shown.stdout
    as_role = cli("read", str(saved["posting"]))
    assert as_role.exit_code == 0, as_role.stderr
    assert "Head of Platform" in as_role.stdout and "Requirements" in as_role.stdout

    files = [
        *("--resume", str(saved["you"]), "--posting", str(saved["posting"])),
        *("--profile", str(saved["hire"]), "--format", "json"),
    ]
    compared = cli("compare", *files)
    assert compared.exit_code == 0, compared.stderr
    by_compare = Comparison.model_validate_json(compared.stdout)
    assert by_compare.you is not None and by_compare.you.name == you.name
    assert by_compare.role.title == "Head of Platform"

    looked = cli("lookup", *HIRE, "--source", "github", "--pick", "1", *files)
    assert looked.exit_code == 0, looked.stderr
    by_lookup = Comparison.model_validate_json(looked.stdout)
    assert by_lookup.you is not None and by_lookup.you.name == you.name
    assert by_lookup.role.title == "Head of Platform"
    assert by_lookup.you.experiences == by_compare.you.experiences


def _refusals(cli: Invoke, path: Path, posting: Path) -> dict[str, tuple[int, str]]:
    """The same file given as your resume to each command (``read --as resume``)."""
    runs = {
        "read": cli("read", str(path), "--as", "resume"),
        "compare": cli(
            "compare", "--resume", str(path), "--posting", str(posting), "--profile", str(HIRE_PDF)
        ),
        "lookup": cli(
            "lookup", *HIRE, "--source", "github", "--resume", str(path), "--posting", str(posting)
        ),
    }
    return {name: (run.exit_code, _one_line(run.stderr)) for name, run in runs.items()}


def test_a_posting_given_as_a_resume_is_refused_alike(cli: Invoke, saved: dict[str, Path]) -> None:
    got = _refusals(cli, saved["posting"], POSTING)
    message = (
        "posting.saved: this is runnerup's JSON of a job posting, not a resume or profile "
        "Give it as the posting (--posting)."
    )
    for name, (code, err) in got.items():
        assert code == 4, (name, err)
        assert message in err, (name, err)
        assert "Traceback" not in err


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"", "the file is empty"), (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "this is a picture")],
)
def test_unreadable_files_are_refused_alike(
    cli: Invoke, tmp_path: Path, content: bytes, problem: str
) -> None:
    bad = tmp_path / "my-resume.pdf"
    bad.write_bytes(content)
    got = _refusals(cli, bad, POSTING)
    assert {code for code, _ in got.values()} == {4}, got
    for name, (_, err) in got.items():
        assert f"my-resume.pdf: {problem}" in err, (name, err)


def test_a_missing_file_is_refused_alike(cli: Invoke, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-resume.docx"
    got = _refusals(cli, missing, POSTING)
    assert {code for code, _ in got.values()} == {4}, got
    for name, (_, err) in got.items():
        assert "no-such-resume.docx: there is no such file" in err, (name, err)


def test_a_career_given_as_the_posting_is_refused_alike(
    cli: Invoke, saved: dict[str, Path]
) -> None:
    hire = str(saved["hire"])
    runs = {
        "read": cli("read", hire, "--as", "posting"),
        "compare": cli("compare", "--posting", hire, "--profile", str(HIRE_PDF)),
        "lookup": cli("lookup", *HIRE, "--source", "github", "--posting", hire),
    }
    for name, run in runs.items():
        err = _one_line(run.stderr)
        assert run.exit_code == 4, (name, err)
        assert "hire.saved: this is runnerup's JSON of a career, not a job posting" in err, name
