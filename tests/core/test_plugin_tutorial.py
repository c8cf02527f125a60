"""The README's plugin tutorial is a real package (examples/runnerup-talks): its own tests,
run the way a plugin author runs them, must pass."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = ROOT / "examples" / "runnerup-talks"


def test_the_tutorial_plugin_passes_its_own_tests() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error"],
        cwd=PLUGIN,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 passed" in result.stdout


def test_the_readme_shows_the_tutorial_code() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    source = (PLUGIN / "runnerup_talks.py").read_text(encoding="utf-8")
    assert "examples/runnerup-talks" in readme
    assert 'talks = "runnerup_talks:TalksSource"' in readme
    for line in ("class TalksSource(Source):", "async def search(self, subject: Subject)"):
        assert line in source and line in readme
