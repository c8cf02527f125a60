"""Lookups as real processes: an interactive prompt on a terminal, and kill -9 mid-lookup."""

from __future__ import annotations

import os
import pty
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from research.store import Store
from research.testing import FixtureWeb, MakeFixtureWeb, default_root

from .conftest import HIRE


def _env(home: Path, spacing: str = "0") -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        RUNNERUP_HOME=str(home),
        RUNNERUP_FIXTURE_SPACING=spacing,
        RUNNERUP_SEARXNG_URL="https://searx.test",
        NO_COLOR="1",
        COLUMNS="120",
    )
    return env


def _read_until(fd: int, needle: bytes, timeout: float = 60.0) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while needle not in seen:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"never saw {needle!r}; got:\n{seen.decode(errors='replace')}")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    return seen


def test_an_interactive_run_asks_which_candidate(fixture_web: FixtureWeb, tmp_path: Path) -> None:
    primary, secondary = pty.openpty()
    args = ["--connect-to", fixture_web.connect_to, "lookup", *HIRE, "--source", "github"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "research", *args, "--format", "json", "--out", "r.json"],
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
        env=_env(tmp_path / "home"),
        cwd=tmp_path,
        close_fds=True,
    )
    os.close(secondary)
    try:
        screen = _read_until(primary, b"Which one is the hire?")
        assert b"Who is the hire?" in screen and b"Lakeside" in screen
        os.write(primary, b"1\n")
        _read_until(primary, b"Report written to")
        assert proc.wait(timeout=60) == 0
    finally:
        proc.kill()
        os.close(primary)
    report = (tmp_path / "r.json").read_text(encoding="utf-8")
    assert '"decided_by": "prompt"' in report


def test_a_lookup_killed_midway_resumes_from_what_it_stored(
    make_fixture_web: MakeFixtureWeb, tmp_path: Path
) -> None:
    # slow pages: the homepage is still being read when GitHub's facts are stored
    fixture_web = make_fixture_web(default_root(), delay_ms=150)
    home = tmp_path / "home"
    args = [sys.executable, "-m", "research", "--connect-to", fixture_web.connect_to, "lookup"]
    args += [*HIRE, "--source", "github", "--source", "webpage", "--pick", "1", "--format", "json"]
    proc = subprocess.Popen(
        args,
        env=_env(home, spacing="0.2"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    store_file = home / "runnerup.sqlite3"
    deadline = time.monotonic() + 60
    facts = 0
    while time.monotonic() < deadline and proc.poll() is None:
        if store_file.exists():
            try:
                with sqlite3.connect(store_file, timeout=1) as db:
                    facts = db.execute("SELECT COUNT(*) FROM facts").fetchone()[0]
            except sqlite3.OperationalError:
                facts = 0
            if facts:
                break
        time.sleep(0.05)
    if proc.poll() is not None:
        pytest.fail("the lookup finished before it could be interrupted")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    first_run = list(fixture_web.log)
    assert facts >= 1

    with Store(store_file) as store:
        assert store._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        (row,) = store.lookups()
        assert row.status == "running" and not row.has_comparison

    fixture_web.clear_log()
    again = subprocess.run(args, env=_env(home), capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    second_run = list(fixture_web.log)
    repos = [r for r in second_run if r.path.startswith("/users/adaokafor/repos")]
    assert repos == [], "facts stored before the kill were fetched again"
    assert len(second_run) < len(first_run) + 3
    with Store(store_file) as store:
        statuses = [r.status for r in store.lookups()]
        assert statuses == ["running", "done"]
