"""The demo service serves the bundled demo web itself: the commands ask it for the
``connect_to`` mapping and never start the test kit's server."""

from __future__ import annotations

import ast
from pathlib import Path
from urllib.error import URLError
from urllib.request import Request, urlopen

import pytest

from research.demo import demo_web

ROOT = Path(__file__).resolve().parents[2]


def _get(port: int, host: str, path: str) -> bytes:
    request = Request(f"http://127.0.0.1:{port}{path}", headers={"Host": host})
    with urlopen(request, timeout=5) as response:
        return bytes(response.read())


def test_demo_web_serves_the_demo_posting_until_the_block_ends() -> None:
    with demo_web() as connect:
        (rule,) = connect
        assert (rule.pattern, rule.host) == ("*", "127.0.0.1")
        page = _get(rule.port, "jobs.northwind-robotics.test", "/head-of-platform.html")
        assert b"Head of Platform" in page
    with pytest.raises((URLError, OSError)):
        _get(rule.port, "jobs.northwind-robotics.test", "/head-of-platform.html")


@pytest.mark.parametrize("command", ["demo_run.py", "serve_run.py"])
def test_the_commands_do_not_import_the_test_kit(command: str) -> None:
    tree = ast.parse((ROOT / "research" / "commands" / command).read_text(encoding="utf-8"))
    imported = {
        node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module is not None
    } | {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    assert not {name for name in imported if name.startswith("research.testing")}
