"""The layer contracts (``pyproject.toml``, ``[tool.importlinter]``): they hold, they cover
every part of ``research/``, each says why, and they catch an import that goes the wrong way.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
# Imports by name at run time are invisible to import-linter; each one left is a known
# violation another branch removes.
HIDDEN_IMPORTS_LEFT: dict[str, str] = {}


def _lint(cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def _contracts() -> list[dict[str, Any]]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        contracts = tomllib.load(handle)["tool"]["importlinter"]["contracts"]
    assert isinstance(contracts, list)
    return contracts


def test_the_contracts_hold() -> None:
    run = _lint(ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert re.search(r"Contracts: \d+ kept, 0 broken", run.stdout)


def _parts_of_research() -> set[str]:
    """Every module and package directly under research/, as the filesystem has them (a
    folder of Python files without ``__init__.py`` counts: the linter would not see it)."""
    parts = {p.stem for p in (ROOT / "research").glob("*.py") if p.name != "__init__.py"}
    for folder in (ROOT / "research").iterdir():
        if folder.is_dir() and any(folder.rglob("*.py")):
            parts.add(folder.name)
    return parts


def test_every_part_of_research_sits_in_a_layer() -> None:
    (layers,) = [c for c in _contracts() if c["type"] == "layers"]
    assert layers["containers"] == ["research"] and layers["exhaustive"] is True
    named = {name.strip() for layer in layers["layers"] for name in re.split(r"[|:]", layer)}
    assert _parts_of_research() == named
    for folder in (ROOT / "research").iterdir():
        if folder.name in named and folder.is_dir():
            assert (folder / "__init__.py").exists(), f"{folder.name} is not a package"


def test_every_contract_says_why() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    blocks = text.split("[[tool.importlinter.contracts]]\n")[1:]
    assert len(blocks) == len(_contracts()) >= 10
    for block in blocks:
        assert block.startswith("# "), block.splitlines()[:2]


def test_no_contract_has_exceptions() -> None:
    """Every wrong-way import the issue named is fixed, not excused: a contract that ignores
    an import would let the next one in beside it."""
    excused = {c["id"]: c["ignore_imports"] for c in _contracts() if c.get("ignore_imports")}
    assert excused == {}


@pytest.mark.parametrize(
    ("path", "line", "expected"),
    [
        # the bottom reaching up to the pipeline
        ("research/model.py", "import research.lookup", "research.model -> research.lookup"),
        # a plugin reaching into the pipeline's store
        ("sources/github.py", "import research.store", "sources.github -> research.store"),
        # a pure reader rendering on the terminal
        ("research/read/dates.py", "import rich.table", "research.read.dates -> rich"),
        # a cycle between two siblings
        (
            "research/fetch/guard.py",
            "import research.fetch.door",
            "No cycles are allowed in research.fetch",
        ),
    ],
)
def test_the_contracts_catch_an_import_the_wrong_way(
    tmp_path: Path, path: str, line: str, expected: str
) -> None:
    for package in ("research", "sources"):
        shutil.copytree(
            ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / path
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")
    run = _lint(tmp_path)
    assert run.returncode != 0
    assert expected in run.stdout


def _imports_by_name(path: Path) -> set[str]:
    """Our modules named in ``importlib.import_module("...")`` or ``__import__("...")``."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if not (isinstance(node, ast.Call) and node.args):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        first = node.args[0]
        if name in ("import_module", "__import__") and isinstance(first, ast.Constant):
            value = str(first.value)
            if value.split(".")[0] in ("research", "sources"):
                found.add(value)
    return found


def test_no_import_hides_from_the_contracts() -> None:
    hidden: dict[str, str] = {}
    for package in ("research", "sources"):
        for path in sorted((ROOT / package).rglob("*.py")):
            for name in _imports_by_name(path):
                hidden[path.relative_to(ROOT).as_posix()] = name
    assert hidden == HIDDEN_IMPORTS_LEFT


def test_the_hidden_import_check_sees_one(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import importlib\nimportlib.import_module('sources.webpage')\n")
    assert _imports_by_name(sample) == {"sources.webpage"}
