"""Judgement: ``runnerup compare`` against labelled cases a recruiter would answer.

Runs every case in ``fixtures/judgement/`` through the CLI in-process (``compare --format
json``; no network), prints each case's failures and the totals, each beside its goal or its
pinned floor (``fixtures/judgement/floors.json``, which ``tests/compare/test_judgement.py``
enforces). Usage: ``python bench/judgement.py [CASE ...] [--quiet]``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "compare"))

import judgement_score as js


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    names = [a for a in argv if not a.startswith("-")]
    results = js.run_all(names or None)
    for r in results:
        status = "pass" if r.passed else "FAIL"
        checks = sum(1 for c in r.checks if c.ok)
        print(f"{status}  {r.case}  ({checks}/{len(r.checks)} checks)")
        if not quiet:
            for line in r.failures():
                print(f"      - {line}")
    got = js.figures(results)
    floors = json.loads(js.FLOORS.read_text()) if js.FLOORS.is_file() and not names else {}
    print()
    print(f"{'figure':<24}{'value':>8}   bound")
    for key, value in got.items():
        bound = ""
        if key in js.GOALS:
            bound = f"goal {js.GOALS[key]}"
        if key in floors:
            word = "<=" if key in js.LOWER_IS_BETTER else ">="
            bound = (bound + ", " if bound else "") + f"floor {word} {floors[key]}"
        shown = f"{value:g}" if isinstance(value, float) else str(value)
        print(f"{key:<24}{shown:>8}   {bound}")
    extra = f" of {got['leans']}" if got["leans"] else ""
    print(
        f"\nwrong leans {got['wrong_leans']}{extra}; row verdicts right "
        f"{got['row_accuracy']:.1%} of {got['rows']}; years within tolerance "
        f"{got['years_within_tolerance']} of {got['years']}; contradictions matrix/actions "
        f"{got['contradictions']}; counts vs rows {got['count_errors']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
