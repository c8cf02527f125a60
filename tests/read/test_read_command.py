"""``runnerup read``: files and URLs, the --as rule, the readable view and --json, errors."""

from __future__ import annotations

import importlib.util
import io
import json
from pathlib import Path
from typing import Annotated

import pytest
import typer
from rich.console import Console
from typer.testing import CliRunner

from research.commands.read import HELP, command
from research.model import Career, Evidence, Requirement, RequirementKind, Role, SalaryRange
from research.money import salary_text
from research.report.career_text import show_role
from research.testing import FixtureWeb

ROOT = Path(__file__).resolve().parents[2]
POSTINGS = ROOT / "fixtures" / "documents" / "postings"

# The wiring of research/cli.py (``app.command("read")(read.command)``), on a small app of
# its own so that the command is tested whether or not cli.py registers it yet.
app = typer.Typer(add_completion=False)


@app.callback()
def _main(
    ctx: typer.Context,
    connect_to: Annotated[list[str] | None, typer.Option("--connect-to")] = None,
) -> None:
    ctx.obj = {"connect_to": connect_to or [], "home": None}


app.command("read")(command)


RESUME = """Sam Rivera
Platform engineer

Experience
Senior Platform Engineer, Acme Widgets, 2019 – present
- Ran Kubernetes clusters with Terraform

Education
BSc Computer Science, University of Lakeside, 2012 – 2015

Skills
Python, Go, Kubernetes
"""


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert "Traceback" not in result.stdout + result.stderr, result.stdout + result.stderr
    return result.exit_code, result.stdout, result.stderr


def test_posting_file_is_read_as_a_posting() -> None:
    code, out, _ = invoke("read", str(POSTINGS / "copperleaf-frontend-developer.md"))
    assert code == 0
    assert "Frontend Developer" in out
    assert "Copperleaf Studio" in out
    assert "EUR 4,500–5,500 a month" in out
    assert "required" in out and "preferred" in out


def test_json_output_is_the_role() -> None:
    code, out, _ = invoke("read", str(POSTINGS / "harbor-health-project-manager.txt"), "--json")
    assert code == 0
    role = Role.model_validate_json(out)
    assert role.title == "Project Manager, Clinical Systems"
    assert role.requirements[0].id == "r1"


def test_resume_file_is_read_as_a_resume(tmp_path: Path) -> None:
    resume = tmp_path / "sam-rivera.txt"
    resume.write_text(RESUME, encoding="utf-8")
    code, out, _ = invoke("read", str(resume), "--json")
    assert code == 0
    career = Career.model_validate_json(out)
    assert career.experiences
    code, out, _ = invoke("read", str(resume))
    assert code == 0
    assert "Experience" in out


def test_as_posting_overrides_the_guess(tmp_path: Path) -> None:
    resume = tmp_path / "sam-rivera.txt"
    resume.write_text(RESUME, encoding="utf-8")
    code, out, _ = invoke("read", str(resume), "--as", "posting", "--json")
    assert code == 0
    assert "requirements" in json.loads(out)


def test_bad_as_and_missing_file() -> None:
    code, _, err = invoke("read", str(POSTINGS / "copperleaf-frontend-developer.md"), "--as", "cv")
    assert code == 2
    assert "resume, posting, profile" in err
    code, _, err = invoke("read", "no-such-posting.pdf")
    assert code == 4
    assert "no-such-posting.pdf" in err and "no such file" in err


def test_as_profile_reads_a_saved_file_and_says_when_it_holds_no_career() -> None:
    # a saved profile file is read as ``compare --profile`` reads it; a posting read that
    # way holds no career, and the reader says so instead of showing an empty profile
    code, out, _ = invoke("read", str(POSTINGS / "tidewell-ml-engineer.pdf"), "--as", "profile")
    assert code == 0
    assert "runnerup found nothing it could read in tidewell-ml-engineer.pdf" in " ".join(
        out.split()
    )


def test_url_with_job_posting_is_a_posting(fixture_web: FixtureWeb) -> None:
    url = "http://jobs.northwind-robotics.test/head-of-platform.html"
    code, out, err = invoke("--connect-to", fixture_web.connect_to, "read", url, "--json")
    assert code == 0, err
    role = Role.model_validate_json(out)
    assert (role.title, role.employer, role.url) == ("Head of Platform", "Northwind Robotics", url)


def test_url_disallowed_by_robots_exits_5(fixture_web: FixtureWeb) -> None:
    url = "http://jobs.northwind-robotics.test/internal/staff-engineer.html"
    code, _, err = invoke("--connect-to", fixture_web.connect_to, "read", url)
    assert code == 5
    assert "robots.txt" in err and "save it as a file" in err
    assert fixture_web.requests(path="/internal/staff-engineer.html") == []


@pytest.mark.skipif(
    importlib.util.find_spec("sources.webpage") is None, reason="the webpage source is not here"
)
def test_url_without_job_posting_is_a_profile(fixture_web: FixtureWeb) -> None:
    code, out, err = invoke(
        "--connect-to", fixture_web.connect_to, "read", "http://ada-okafor.test/", "--json"
    )
    assert code == 0, err
    career = Career.model_validate_json(out)
    assert career.name == "Ada Okafor"


def test_role_view_renders_at_a_fixed_width() -> None:
    role = Role(
        title="QA Lead",
        employer="Acme Widgets",
        location="Leeds, UK",
        salary=SalaryRange(minimum=40000, maximum=52000, currency="GBP", period="year"),
        requirements=[
            Requirement(id="r1", text="3+ years of Python", kind=RequirementKind.EXPERIENCE,
                        skill="python", years=3),
            Requirement(id="r2", text="Go or Rust", kind=RequirementKind.SKILL, skill="go",
                        alternatives=["rust"], required=False),
        ],
        evidence=[Evidence(source="posting", file="qa-lead.txt")],
    )  # fmt: skip
    buffer = io.StringIO()
    show_role(role, Console(file=buffer, width=100, color_system=None, highlight=False))
    text = buffer.getvalue()
    assert text.splitlines()[:4] == [
        "QA Lead",
        "Acme Widgets · Leeds, UK",
        "Posted: not stated    Salary: GBP 40,000–52,000 a year",
        "Read from: qa-lead.txt (text)",
    ]
    assert "│ r1 │ required  │ 3+ years of Python │ experience · python · 3+ years │" in text
    assert "│ r2 │ preferred │ Go or Rust         │ skill · go or rust             │" in text


def test_salary_text() -> None:
    # one way of writing a salary, for ``read`` and for the report's pay answer alike
    assert salary_text(None) == "not stated"
    assert salary_text(SalaryRange(currency="EUR", period="year")) == "not stated"
    assert salary_text(SalaryRange(minimum=62, maximum=62, currency="USD", period="hour")) == (
        "USD 62 an hour"
    )
    assert salary_text(SalaryRange(minimum=18.5, maximum=22.75, currency="GBP", period="hour")) == (
        "GBP 18.50–22.75 an hour"
    )
    assert salary_text(SalaryRange(minimum=40000, currency="GBP", period="year")) == (
        "from GBP 40,000 a year"
    )
    assert salary_text(SalaryRange(maximum=5500, period="month")) == "up to 5,500 a month"
    assert salary_text(SalaryRange(minimum=300, maximum=400, period="shift")) == "300–400 per shift"


def test_saved_profile_page() -> None:
    saved = ROOT / "fixtures" / "web" / "ada-okafor.test" / "index.html"
    code, out, err = invoke("read", str(saved), "--as", "profile", "--json")
    assert code == 0, err
    assert Career.model_validate_json(out).name == "Ada Okafor"
    code, out, err = invoke("read", str(saved), "--json")  # a file: a resume unless a posting
    assert code == 0, err
    assert "experiences" in json.loads(out)


def _documents(folder: str) -> list[Path]:
    root = ROOT / "fixtures" / "documents" / folder
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_file() and not p.name.endswith(".json"))


@pytest.mark.parametrize(
    ("path", "posting"),
    [(p, False) for p in _documents("resumes")] + [(p, True) for p in _documents("postings")],
    ids=lambda value: value.name if isinstance(value, Path) else str(value),
)
def test_the_file_rule_tells_postings_from_resumes(path: Path, posting: bool) -> None:
    from research.read.files import load_document
    from research.read.posting import document_looks_like_posting

    assert document_looks_like_posting(load_document(path)) is posting


def test_help_states_the_rule() -> None:
    result = CliRunner().invoke(app, ["read", "--help"])
    assert result.exit_code == 0
    assert "JobPosting" in result.stdout and "--as" in result.stdout
    assert HELP.startswith("Show what runnerup understood")


def test_registered_in_the_real_cli_when_wired() -> None:
    from research.cli import app as real

    names = {c.name for c in real.registered_commands}
    if "read" not in names:
        pytest.skip("research/cli.py does not register `read` yet")
    result = CliRunner().invoke(real, ["read", str(POSTINGS / "fernhill-charge-nurse.txt")])
    assert result.exit_code == 0, result.stdout
    assert "Charge Nurse (Nights)" in result.stdout
