"""Benchmark: compare + render, on the golden comparison fixtures.

    .venv/bin/python bench/report.py [--runs N]

For each case: the median of N runs of ``compare`` followed by rendering text, HTML,
Markdown and JSON (bound: 100 ms), and the median of a few PDF renders (bound: 5 s), each
printed beside its bound. The medians are warm (the process's caches of skill lookups and
scrubbed text filled); the cold first pass is printed too. Exit status 1 when a bound is
missed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from research.compare import compare  # noqa: E402
from research.model import Career, Role, Subject  # noqa: E402
from research.report import render  # noqa: E402

CASES = ROOT / "fixtures" / "documents" / "compare"
BOUND_MS = 100.0
PDF_BOUND_MS = 5000.0
FORMATS = ("text", "html", "md", "json")


def load(folder: Path) -> tuple[Role, Career, Career, Subject]:
    return (
        Role.model_validate_json((folder / "role.json").read_bytes()),
        Career.model_validate_json((folder / "you.json").read_bytes()),
        Career.model_validate_json((folder / "hire.json").read_bytes()),
        Subject.model_validate_json((folder / "subject.json").read_bytes()),
    )


def median_ms(action: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--pdf-runs", type=int, default=3)
    parser.add_argument("--no-pdf", action="store_true")
    args = parser.parse_args()
    ok = True
    cases = sorted(p for p in CASES.iterdir() if (p / "role.json").exists())
    inputs = {p.name: load(p) for p in cases}
    start = time.perf_counter()
    for case in inputs.values():  # cold: imports, the taxonomy, templates, empty caches
        comparison = compare(*case)
        for fmt in FORMATS:
            render(comparison, fmt)
    cold = (time.perf_counter() - start) * 1000
    print(f"cold start, all {len(inputs)} cases once (imports, taxonomy load): {cold:.0f} ms")

    print(f"compare + render {'/'.join(FORMATS)}, median of {args.runs} runs:")
    for name, case in inputs.items():

        def everything(case: tuple[Role, Career, Career, Subject] = case) -> None:
            comparison = compare(*case)
            for fmt in FORMATS:
                render(comparison, fmt)

        compare_only = median_ms(lambda case=case: compare(*case), args.runs)
        total = median_ms(everything, args.runs)
        verdict = "ok" if total <= BOUND_MS else "OVER"
        ok &= total <= BOUND_MS
        print(
            f"  {name:16} {total:7.1f} ms (compare {compare_only:5.1f} ms)"
            f"   bound {BOUND_MS:.0f} ms  {verdict}"
        )
    if not args.no_pdf:
        print(f"PDF render (weasyprint), median of {args.pdf_runs} runs:")
        for name, case in inputs.items():
            comparison = compare(*case)
            pdf = median_ms(lambda c=comparison: render(c, "pdf"), args.pdf_runs)
            verdict = "ok" if pdf <= PDF_BOUND_MS else "OVER"
            ok &= pdf <= PDF_BOUND_MS
            print(f"  {name:16} {pdf:7.1f} ms   bound {PDF_BOUND_MS:.0f} ms  {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
