"""Dependencies point one way: only the fetch door reaches the network."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Servers that listen on 127.0.0.1 and never connect out: the fixture web (tests, the demo)
# and `runnerup serve` (its tests check that it binds 127.0.0.1 only).
LOOPBACK_SERVERS = {"research/fixtureweb/server.py", "research/web/server.py"}
NETWORK_MODULES = {"httpx", "playwright", "requests", "urllib3", "aiohttp", "socket", "http.client"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _network_imports(path: Path) -> set[str]:
    found = set()
    for name in _imports(path):
        for banned in NETWORK_MODULES:
            if name == banned or name.startswith(banned + "."):
                found.add(name)
    return found


def test_only_the_fetch_door_imports_network_libraries() -> None:
    offenders = {}
    for folder in ("research", "sources"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel.startswith("research/fetch/") or rel in LOOPBACK_SERVERS:
                continue  # the door; servers that only listen on 127.0.0.1
            bad = _network_imports(path)
            if bad:
                offenders[rel] = sorted(bad)
    assert offenders == {}, f"network imports outside research/fetch/: {offenders}"


def test_the_check_itself_catches_an_offender(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("import httpx\nfrom playwright.async_api import async_playwright\n")
    assert _network_imports(sample) == {"httpx", "playwright.async_api"}


def test_model_and_scoring_modules_do_no_io() -> None:
    pure = ["research/model.py", "research/dates.py", "research/employers.py"]
    for package in ("identity", "privacy"):
        pure += [p.relative_to(ROOT).as_posix() for p in (ROOT / "research" / package).glob("*.py")]
    for rel in pure:
        names = _imports(ROOT / rel)
        assert not names & {"sqlite3", "subprocess", "httpx", "socket", "research.fetch"}, rel
