"""The fetch layer imports nothing above it: the door takes plain values (a DoorConfig),
never the settings, the config or the sources (research/doors.py turns those into a
DoorConfig); and the browser never imports the door that owns it."""

from __future__ import annotations

import ast
from pathlib import Path

FETCH = Path(__file__).resolve().parents[2] / "research" / "fetch"
BELOW = ("research.fetch", "research.model", "research.errors", "research.private_files")


def _research_imports(path: Path) -> set[str]:
    """Every ``research...`` module a file imports, lazily or under TYPE_CHECKING too."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names if a.name.split(".")[0] == "research")
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.update(m for m in (node.module,) if m.split(".")[0] == "research")
    return names


def _above(name: str) -> bool:
    return not any(name == b or name.startswith(b + ".") for b in BELOW)


def test_fetch_imports_nothing_above_it() -> None:
    offenders = {
        path.name: sorted(n for n in _research_imports(path) if _above(n))
        for path in sorted(FETCH.glob("*.py"))
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_browser_does_not_import_the_door() -> None:
    assert "research.fetch.door" not in _research_imports(FETCH / "browser.py")


def test_the_check_sees_an_import_from_above(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from research.settings import Settings\nimport research\n")
    assert {n for n in _research_imports(module) if _above(n)} == {"research.settings", "research"}
