"""The web page under test: the app of `runnerup serve --demo` over the fixture web, served
by a real server on 127.0.0.1 in a background thread, and reached with plain HTTP."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

pytest.importorskip("starlette", reason="the web page needs the 'web' extra")

from research.commands.serve_run import demo_of
from research.demo import demo_config, demo_data
from research.settings import ConnectTo, Settings
from research.testing import FixtureWeb
from research.web.app import WebContext, create_app
from research.web.server import BackgroundServer, bind


@dataclass
class Served:
    context: WebContext
    base: str

    @property
    def port(self) -> int:
        return self.context.port

    @property
    def launch(self) -> str:
        return f"{self.base}/?token={self.context.token}"


@pytest.fixture
def served(fixture_web: FixtureWeb, tmp_path: Path) -> Iterator[Served]:
    sock = bind(0)
    port = sock.getsockname()[1]
    settings = Settings(
        home=tmp_path / "home", connect_to=(ConnectTo("*", "127.0.0.1", fixture_web.port),)
    )
    context = WebContext(
        settings=settings, config=demo_config(), port=port, demo=demo_of(demo_data())
    )
    with BackgroundServer(create_app(context), sock):
        yield Served(context, f"http://127.0.0.1:{port}")


@pytest.fixture
def demo_context(served: Served) -> WebContext:
    return served.context


@pytest.fixture
def anonymous(served: Served) -> Iterator[httpx.Client]:
    """A client that has not opened the launch address (no cookie)."""
    with httpx.Client(base_url=served.base, follow_redirects=False, timeout=60) as client:
        yield client


@pytest.fixture
def client(served: Served) -> Iterator[httpx.Client]:
    """A client that opened the launch address: it has the session cookie."""
    with httpx.Client(base_url=served.base, follow_redirects=True, timeout=60) as client:
        assert client.get(served.launch).status_code == 200
        yield client


def demo_form(csrf: str, **more: str) -> dict[str, str]:
    """The demo's form as the page fills it in (the hire, the posting), with the CSRF token."""
    from research.demo import DEMO_POSTING, DEMO_SUBJECT

    return {**DEMO_SUBJECT, "posting_url": DEMO_POSTING, "csrf": csrf, **more}


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match, "the page has no CSRF field"
    return match.group(1)


def wait_for(context: WebContext, job_id: str, states: set[str], seconds: float = 120) -> Any:
    job = context.jobs.get(job_id)
    assert job is not None
    deadline = time.monotonic() + seconds
    while job.state not in states:
        assert time.monotonic() < deadline, f"job stuck in {job.state}: {job.events[-3:]}"
        time.sleep(0.1)
    return job
