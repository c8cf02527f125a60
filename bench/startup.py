"""Cold start of `runnerup --help` beside `python -c pass` and `python -c "import typer"`.

Prints the median of several runs of each, and the bound for runnerup (0.15 s).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

RUNS = 9
BOUND = 0.15


def median_seconds(args: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    python = sys.executable
    baseline = median_seconds([python, "-c", "pass"])
    typer_only = median_seconds([python, "-c", "import typer"])
    runnerup = median_seconds([python, "-m", "research", "--help"])
    print(f"python -c pass            {baseline:.3f} s")
    print(f'python -c "import typer"  {typer_only:.3f} s')
    verdict = "ok" if runnerup <= BOUND else "OVER BOUND"
    print(f"runnerup --help           {runnerup:.3f} s   bound {BOUND:.2f} s   {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
