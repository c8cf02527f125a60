"""Identity-resolution benchmark: ``python bench/identity.py``.

Runs every labelled case in ``tests/identity/cases.json`` through ``cluster`` and the
``--yes`` gate and prints precision of auto-picks, recall of the "auto" cases, the
confusion table and the time per case, each figure beside its bound. Exit status 1 when a
bound is broken. No network.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from research.identity import HIGH_BAR, auto_pick, cluster  # noqa: E402
from research.model import Career, Lead, Subject  # noqa: E402

CASES = ROOT / "tests" / "identity" / "cases.json"
PRECISION_FLOOR = 1.0
RECALL_FLOOR = 0.9
MIN_CASES = 80
MAX_MS_PER_CASE = 50.0

EXPECTED = ("auto", "ask", "none")
GOT = ("auto-right", "auto-wrong", "ask", "none")


@dataclass
class Outcome:
    id: str
    expect: str
    got: str
    best: float
    detail: str = ""


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def table(self) -> Counter[tuple[str, str]]:
        return Counter((o.expect, o.got) for o in self.outcomes)

    @property
    def picks(self) -> int:
        return sum(o.got.startswith("auto") for o in self.outcomes)

    @property
    def wrong_picks(self) -> list[Outcome]:
        """Auto-picks of the wrong person, and auto-picks where nobody may be picked."""
        return [
            o
            for o in self.outcomes
            if o.got == "auto-wrong" or (o.got == "auto-right" and o.expect != "auto")
        ]

    @property
    def precision(self) -> float:
        return 1.0 if not self.picks else 1 - len(self.wrong_picks) / self.picks

    @property
    def recall(self) -> float:
        autos = [o for o in self.outcomes if o.expect == "auto"]
        return sum(o.got == "auto-right" for o in autos) / len(autos) if autos else 1.0

    @property
    def failures(self) -> list[Outcome]:
        """Cases whose label is broken: auto not picked right, ask/none picked, none over the
        bar."""
        return [o for o in self.outcomes if _off_label(o)]


def _off_label(o: Outcome) -> bool:
    if o.expect == "auto":
        return o.got != "auto-right"
    return o.got.startswith("auto") or (o.expect == "none" and o.best >= HIGH_BAR)


def load_cases(path: Path = CASES) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return cases


def run_case(case: dict[str, Any]) -> Outcome:
    subject = Subject.model_validate(case["subject"])
    leads = [Lead.model_validate(lead) for lead in case["leads"]]
    careers = {url: Career.model_validate(c) for url, c in case.get("careers", {}).items()}
    candidates = cluster(subject, leads, careers=careers)
    chosen = auto_pick(candidates)
    best = candidates[0].score if candidates else 0.0
    right = set(case.get("right", []))
    if chosen is None:
        got = "none" if best < HIGH_BAR else "ask"
        detail = ""
    else:
        urls = {lead.url for lead in chosen.leads}
        got = "auto-right" if urls and urls <= right else "auto-wrong"
        detail = f"picked {sorted(urls)}"
    return Outcome(case["id"], case["expect"], got, best, detail)


def evaluate(cases: list[dict[str, Any]]) -> Report:
    report = Report()
    start = time.perf_counter()
    for case in cases:
        report.outcomes.append(run_case(case))
    report.seconds = time.perf_counter() - start
    return report


def _mark(ok: bool) -> str:
    return "ok" if ok else "BROKEN"


def main() -> int:
    cases = load_cases()
    evaluate(cases[:3])  # warm the caches (nickname table, suffix list)
    report = evaluate(cases)
    n = len(cases)
    ms = 1000 * report.seconds / max(n, 1)
    hard = sum(bool(c.get("hard")) for c in cases)
    checks = [
        ("cases", f"{n} ({hard} hard)", f">= {MIN_CASES}", n >= MIN_CASES),
        (
            "precision of auto-picks",
            f"{report.precision:.3f}",
            f">= {PRECISION_FLOOR:.1f}",
            report.precision >= PRECISION_FLOOR,
        ),
        (
            "recall of 'auto' cases",
            f"{report.recall:.3f}",
            f">= {RECALL_FLOOR:.1f}",
            report.recall >= RECALL_FLOOR,
        ),
        ("wrong auto-picks", str(len(report.wrong_picks)), "== 0", not report.wrong_picks),
        ("cases off their label", str(len(report.failures)), "(reported)", True),
        ("time per case", f"{ms:.2f} ms", f"<= {MAX_MS_PER_CASE:.0f} ms", ms <= MAX_MS_PER_CASE),
    ]
    print("identity resolution benchmark")
    for label, value, bound, ok in checks:
        print(f"  {label:<26} {value:>14}   bound {bound:<10} {_mark(ok)}")
    table = report.table
    print("\n  confusion (rows: expected, columns: got)")
    print("  " + f"{'':<8}" + "".join(f"{g:>12}" for g in GOT) + f"{'total':>8}")
    for e in EXPECTED:
        row = [table[(e, g)] for g in GOT]
        print("  " + f"{e:<8}" + "".join(f"{v:>12}" for v in row) + f"{sum(row):>8}")
    for o in report.failures:
        print(
            f"  off label: {o.id}: expected {o.expect}, got {o.got} (best {o.best:.2f}) {o.detail}"
        )
    return 0 if all(ok for *_, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
