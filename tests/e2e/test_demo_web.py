"""The demo service serves the bundled demo web itself: the commands ask it for the
``connect_to`` mapping (that the product never imports the test kit is an import-linter
contract, checked by tests/core/test_layers.py)."""

from __future__ import annotations

from urllib.error import URLError
from urllib.request import Request, urlopen

import pytest

from research.demo import demo_web


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
