"""Commands only call services, and the terminal view of careers and roles imports only the
model: ``read`` and ``compare`` reach the readers, identity, compare and the door through
``research.inputs`` and ``research.comparing``, never directly."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = ["research/commands/read.py", "research/commands/compare.py",
            "research/commands/compare_run.py"]  # fmt: skip
BELOW_SERVICES = ("research.read", "research.compare", "research.identity", "research.fetch",
                  "sources")  # fmt: skip
REPORT_MAY_IMPORT = ("research.model", "research.errors", "research.dates", "research.privacy",
                     "research.report")  # fmt: skip


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):  # imports inside functions count too
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _under(name: str, packages: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


def test_read_and_compare_commands_import_services_only() -> None:
    offenders = {
        rel: sorted(n for n in _imports(ROOT / rel) if _under(n, BELOW_SERVICES))
        for rel in COMMANDS
    }
    assert {rel: bad for rel, bad in offenders.items() if bad} == {}


def test_career_text_imports_only_the_model() -> None:
    path = ROOT / "research" / "report" / "career_text.py"
    own = {n for n in _imports(path) if _under(n, ("research",))}
    assert own and all(_under(n, REPORT_MAY_IMPORT) for n in own), own


def test_the_check_catches_an_import_inside_a_function(tmp_path: Path) -> None:
    sample = tmp_path / "command.py"
    sample.write_text("def run():\n    from research.read.posting import fetch_posting\n")
    assert {n for n in _imports(sample) if _under(n, BELOW_SERVICES)} == {"research.read.posting"}
    assert not _under("research.reader", BELOW_SERVICES)
