"""End-to-end helpers: run the real CLI against the fixture web."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from research.cli import app
from research.testing import FixtureWeb

HIRE = ["Ada Okafor", "--employer", "Northwind Robotics", "--role", "Head of Platform"]


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


Invoke = Callable[..., Run]


@pytest.fixture
def cli(fixture_web: FixtureWeb, _isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> Invoke:
    """Run ``runnerup`` in-process, every request routed to the fixture web."""
    monkeypatch.setenv("RUNNERUP_FIXTURE_SPACING", "0")
    monkeypatch.setenv("RUNNERUP_SEARXNG_URL", "https://searx.test")
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None, home: Path | None = None) -> Run:
        argv = ["--connect-to", fixture_web.connect_to]
        if home is not None:
            argv += ["--home", str(home)]
        result = runner.invoke(app, [*argv, *args], input=input, catch_exceptions=False)
        return Run(result.exit_code, result.stdout, result.stderr)

    return invoke
