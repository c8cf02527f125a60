"""Start-up of `runnerup --help` as an installed runnerup starts, beside `python -c pass` and
`python -c "import typer"`.

pip compiles bytecode when it installs a package; an editable install (our `make setup`) does
not, so the first run of a fresh checkout pays for compiling. To measure what a user's
installed runnerup costs, the package is byte-compiled first (as pip would), then the
`runnerup` console script that pip wrote is run. Each command runs twice to warm the OS cache,
then RUNS times; the median is printed, with two bounds for runnerup: an absolute one, and
its cost over importing typer alone (the part runnerup controls; it holds on a busy machine
where every Python start is slower).
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 15
WARM_UP = 2
BOUND = 0.15
OVER_TYPER_BOUND = 0.05
ROOT = Path(__file__).resolve().parent.parent


def median_seconds(args: list[str]) -> float:
    times = []
    for index in range(WARM_UP + RUNS):
        start = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if index >= WARM_UP:
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def installed_script() -> list[str]:
    """The console script pip installed beside this Python, else `python -m research`."""
    script = Path(sys.executable).with_name("runnerup")
    if script.exists() and os.access(script, os.X_OK):
        return [str(script), "--help"]
    return [sys.executable, "-m", "research", "--help"]


def main() -> int:
    for package in ("research", "sources"):
        compileall.compile_dir(ROOT / package, quiet=1)
    python = sys.executable
    baseline = median_seconds([python, "-c", "pass"])
    typer_only = median_seconds([python, "-c", "import typer"])
    command = installed_script()
    runnerup = median_seconds(command)
    shown = "runnerup --help" if command[0].endswith("runnerup") else "python -m research --help"
    print(f"median of {RUNS} runs (after {WARM_UP} warm-up runs), bytecode compiled")
    print(f"python -c pass            {baseline:.3f} s")
    print(f'python -c "import typer"  {typer_only:.3f} s')
    verdict = "ok" if runnerup <= BOUND else "OVER BOUND"
    print(f"{shown:<25} {runnerup:.3f} s   bound {BOUND:.2f} s   {verdict}")
    over = runnerup - typer_only
    verdict = "ok" if over <= OVER_TYPER_BOUND else "OVER BOUND"
    print(f"{'  over import typer':<25} {over:.3f} s   bound {OVER_TYPER_BOUND:.2f} s   {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
