"""What a fresh machine sees: no Chromium, no libharfbuzz-subset, versions from the lock.

A new Debian machine with Python and make has Pango but not ``libharfbuzz-subset0`` (it comes
with Chromium). WeasyPrint then warns at import (a DeprecationWarning), and since the suite
turns warnings into errors, the PDF tests once failed there and nowhere else. These tests
rebuild that machine inside this one: a child Python whose ``cffi`` cannot load the library.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from research.testing import BROWSER_SKIP_REASON

ROOT = Path(__file__).resolve().parents[2]

# Loaded by the child Python at start-up (sitecustomize): cffi refuses HarfBuzz-Subset, as on a
# machine that does not have it.
WITHOUT_HARFBUZZ_SUBSET = textwrap.dedent(
    """
    import cffi

    _real_dlopen = cffi.FFI.dlopen

    def _dlopen(self, name, *args, **kwargs):
        if "harfbuzz-subset" in str(name):
            raise OSError(f"cannot load library {name!r}: not on this machine")
        return _real_dlopen(self, name, *args, **kwargs)

    cffi.FFI.dlopen = _dlopen
    """
)


def _child_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(WITHOUT_HARFBUZZ_SUBSET, encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(site), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.update(extra)
    return env


def test_pdf_tests_pass_without_harfbuzz_subset(tmp_path: Path) -> None:
    pytest.importorskip("weasyprint")
    tests = [
        "tests/report/test_report_formats.py::test_pdf",
        "tests/report/test_report_safety.py::test_contact_details_reach_no_pdf",
    ]
    args = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests]
    env = _child_env(tmp_path, RUNNERUP_BROWSER="none")
    result = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "2 passed" in result.stdout


def test_the_child_really_lacks_harfbuzz_subset(tmp_path: Path) -> None:
    # the test above proves something only if WeasyPrint, in that child, takes the warning path
    pytest.importorskip("weasyprint")
    code = (
        "import warnings\n"
        "with warnings.catch_warnings(record=True) as seen:\n"
        "    warnings.simplefilter('always')\n"
        "    import weasyprint.text.ffi as ffi\n"
        "print(ffi.harfbuzz_subset is None, any('HarfBuzz-Subset' in str(w.message) for w in seen))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=_child_env(tmp_path),
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == ["True", "True"]


def test_browser_tests_skip_with_how_to_enable_them(tmp_path: Path) -> None:
    # RUNNERUP_BROWSER=none hides an installed Chromium: browser tests skip, saying why
    args = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-rs",
        "-p",
        "no:cacheprovider",
        "tests/fetch/test_browser.py",
    ]
    env = dict(os.environ, RUNNERUP_BROWSER="none")
    result = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "skipped" in result.stdout
    assert "apt-get install chromium" in result.stdout
    assert BROWSER_SKIP_REASON[:40] in result.stdout


def _lock_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("runnerup_lock", ROOT / "scripts" / "lock.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_lock_covers_every_declared_dependency() -> None:
    lock = _lock_module()
    pins = lock.read_lock()
    declared = lock.declared_requirements()
    # only the declared side (nothing "installed"): the venv itself is `make check-lock`'s
    assert lock.problems(pins, {}) == []
    assert {r.name.lower() for r in declared} >= {"httpx", "typer", "weasyprint", "pytest"}


def test_lock_drift_is_reported_by_name() -> None:
    from packaging.version import Version

    lock = _lock_module()
    pins = {"httpx": Version("0.29.0"), "typer": Version("0.29.2")}
    present = {"httpx": Version("0.28.1"), "leftpad": Version("1.0"), "setuptools": Version("1")}
    found = lock.problems(pins, present)
    assert "httpx 0.28.1 is installed but constraints.txt says 0.29.0" in found
    assert "leftpad 1.0 is installed but not in constraints.txt" in found
    assert not any("setuptools" in line for line in found)  # comes with every venv
    # pyproject declares more than these two pins: each missing one is named
    assert any(line.startswith("beautifulsoup4") and "not in" in line for line in found)


def test_a_stale_lock_is_drift(tmp_path: Path) -> None:
    from packaging.version import Version

    lock = _lock_module()
    pins = lock.read_lock()
    pins["httpx"] = Version("9.0")  # outside pyproject's range
    found = lock.problems(pins, {})
    assert any("pins httpx==9.0, outside pyproject's" in line for line in found)


def test_browser_skip_reason_names_the_fix() -> None:
    assert "apt-get install chromium" in BROWSER_SKIP_REASON
    assert "RUNNERUP_BROWSER=none" in BROWSER_SKIP_REASON
