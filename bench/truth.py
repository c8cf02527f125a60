"""How well runnerup reads resumes it did not design: the corpus truth benchmark.

Reads every document of ``fixtures/corpus/resumes`` (JSON Resume themes as HTML and as
PDF printed by Chromium, TeX Live CV classes, pandoc and LibreOffice DOCX/PDF) with
``research.read.read_resume`` and compares it with the truth written from the career that
was rendered (see ``fixtures/corpus/README.md``). The matching rules are at the top of
``tests/read/corpus_truth.py``, the scorer the test suite shares.

Prints a row per layout (docs, names right, experience precision/recall/F1, education
recall, skills recall), the development totals with the goal beside each figure (names
100 %, experience micro-F1 >= 0.97, worst layout >= 0.90, education recall >= 0.97), then
the held-out layouts apart. ``--docs`` adds a row per document; ``--json`` prints the
figures as JSON instead; ``--raise-floors`` raises the per-layout floors that
``tests/read/test_corpus_truth.py`` pins (never lowers them). The exit code is 1 when a
development figure misses its goal.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from research.read import read_resume  # noqa: E402
from tests.read.corpus_truth import (  # noqa: E402
    FLOORS,
    GOALS,
    Figures,
    Report,
    load_floors,
    raised_floors,
    score_corpus,
    write_floors,
)


def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{value * 100:5.1f}%"


def _row(label: str, f: Figures) -> str:
    return (
        f"{label:34} {f.docs:4} {_pct(f.name)} {f.exp_precision:5.2f} {f.exp_recall:5.2f} "
        f"{f.exp_f1:5.2f} {_pct(f.edu_recall)} {_pct(f.skills_recall)}"
    )


HEADER = f"{'layout/format':34} {'docs':>4} {'name':>6} {'exp P':>5} {'exp R':>5} " + (
    f"{'F1':>5} {'edu R':>6} {'skill R':>6}"
)


def _totals(report: Report, figures: Figures, held_out: bool) -> list[tuple[str, str, bool]]:
    worst_name, worst = report.worst(held_out=held_out)
    edu = figures.edu_recall or 0.0
    return [
        (f"names right {_pct(figures.name)}", "goal 100 %", figures.name >= GOALS["name"]),
        (
            f"experience micro-F1 {figures.exp_f1:.3f}",
            f"goal >= {GOALS['exp_f1']}",
            figures.exp_f1 >= GOALS["exp_f1"],
        ),
        (
            f"worst layout F1 {worst:.3f} ({worst_name})",
            f"goal >= {GOALS['worst_f1']}",
            worst >= GOALS["worst_f1"],
        ),
        (
            f"education recall {edu:.3f}",
            f"goal >= {GOALS['edu_recall']}",
            edu >= GOALS["edu_recall"],
        ),
        (f"skills recall {_pct(figures.skills_recall)}", "(no goal)", True),
    ]


def _print(report: Report, seconds: float, show_docs: bool) -> bool:
    print(f"read {len(report.documents)} documents in {seconds:.1f} s")
    for held_out in (False, True):
        figures = report.held_out if held_out else report.development
        print()
        print("HELD-OUT layouts (score last)" if held_out else "Development layouts")
        print(HEADER)
        for name, layout in report.layouts.items():
            if report.is_held_out(name) == held_out:
                print(_row(name, layout))
        print(_row("TOTAL (micro)", figures))
        for text, goal, ok in _totals(report, figures, held_out):
            print(f"  {text:60} {goal:14} {'ok' if ok else 'MISSED'}")
        if figures.errors:
            print("  refused: " + "; ".join(figures.errors))
    if show_docs:
        print()
        for doc in report.documents:
            print(
                f"{doc.case.layout:34} {doc.case.path.name:32} "
                f"name={'ok' if doc.name_ok else repr(doc.read_name)} "
                f"exp {doc.exp_matched}/{doc.exp_truth} (read {doc.exp_read}) "
                f"edu {doc.edu_found}/{doc.edu_truth} skills {doc.skills_found}/{doc.skills_truth}"
            )
    return all(ok for _, _, ok in _totals(report, report.development, False))


def main() -> int:
    parser = argparse.ArgumentParser(description="Score the resume reader on the corpus.")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--docs", action="store_true", help="add a row per document")
    parser.add_argument(
        "--raise-floors",
        action="store_true",
        help="raise the per-layout floors the test suite pins to the current figures",
    )
    args = parser.parse_args()
    started = time.perf_counter()
    report = score_corpus(read_resume)
    seconds = time.perf_counter() - started
    if args.raise_floors:
        old = load_floors() if FLOORS.exists() else {}
        write_floors(raised_floors(report, old))
        print(f"wrote {FLOORS.relative_to(ROOT)}")
    if args.json:
        worst_name, worst = report.worst()
        out = {
            "seconds": round(seconds, 2),
            "goals": GOALS,
            "layouts": {
                name: {**f.as_dict(), "held_out": report.is_held_out(name)}
                for name, f in report.layouts.items()
            },
            "development": {
                **report.development.as_dict(),
                "worst_layout": worst_name,
                "worst_f1": round(worst, 4),
            },
            "held_out": report.held_out.as_dict(),
        }
        if args.docs:
            out["documents"] = [
                {
                    "path": str(d.case.path.relative_to(ROOT)),
                    "layout": d.case.layout,
                    "name_ok": d.name_ok,
                    "exp": [d.exp_matched, d.exp_read, d.exp_truth],
                    "edu": [d.edu_found, d.edu_truth],
                    "skills": [d.skills_found, d.skills_truth],
                    "error": d.error,
                }
                for d in report.documents
            ]
        print(json.dumps(out, indent=2))
        return 0
    return 0 if _print(report, seconds, args.docs) else 1


if __name__ == "__main__":
    sys.exit(main())
