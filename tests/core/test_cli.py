"""The command-line frame: help, version, exit codes, errors without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import typer
from typer.testing import CliRunner

from research import __version__
from research.cli import app
from research.commands._invocation import run_reporting_errors
from research.errors import EXIT_INPUT, DocumentNotFound

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"runnerup {__version__}"


def test_help_lists_commands_and_exit_codes() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "schema" in result.stdout
    assert "--connect-to" in result.stdout and "--home" in result.stdout
    assert "3 needs confirmation" in result.stdout


def test_unknown_command_is_a_usage_error() -> None:
    result = runner.invoke(app, ["no-such-command"])
    assert result.exit_code == 2


def test_schema_prints_the_committed_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    committed = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
    assert json.loads(result.stdout) == committed


def test_user_errors_print_a_message_and_exit_code_without_traceback() -> None:
    demo = typer.Typer()

    @demo.command()
    def boom() -> None:
        def fail() -> None:
            raise DocumentNotFound("cv.pdf", "does not exist", "Check the path and try again.")

        run_reporting_errors(fail)

    result = runner.invoke(demo, [])
    assert result.exit_code == EXIT_INPUT
    assert "cv.pdf: does not exist" in result.output
    assert "Check the path" in result.output
    assert "Traceback" not in result.output


def test_python_dash_m_and_help_stay_light() -> None:
    code = (
        "import sys\n"
        "sys.argv = ['runnerup', '--help']\n"
        "from research.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "mods = ('httpx', 'bs4', 'pydantic', 'playwright', 'lxml')\n"
        "heavy = [m for m in mods if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    assert "HEAVY []" in out


def test_module_entry_point_runs() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "research", "--version"], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == f"runnerup {__version__}"
