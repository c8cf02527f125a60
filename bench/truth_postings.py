"""How well runnerup reads job postings it was not written for.

Reads every posting of ``fixtures/corpus/postings/`` (JobPosting pages, careers pages, PDF,
DOCX and pasted text) and scores it against the hand-written truth beside it (see
:mod:`research.read.posting_truth` for the matching rules). Prints, for the development
postings and then for the held-out ones, each figure beside its goal: requirement recall
and precision, required vs preferred, years and degree level (goal 0.95 each), and kind,
skills recall, alternatives kept, title and employer found (no goal); then one line per
posting, and with ``-v`` every miss.

Run ``python bench/truth_postings.py [-v]``; the exit code is 1 when a development figure
with a goal is below it.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from research.read.posting import read_posting_file  # noqa: E402
from research.read.posting_truth import (  # noqa: E402
    FIGURES,
    GOALS,
    Tally,
    format_figure,
    load_corpus,
    pooled,
    score_posting,
    table,
)

CORPUS = ROOT / "fixtures" / "corpus" / "postings"


def report(label: str, rows: list[tuple[str, Tally]], verbose: bool) -> bool:
    total = pooled(t for _, t in rows)
    print(f"-- {label}: {len(rows)} postings, {total.totals['requirement_recall']} requirements")
    met = True
    for name in FIGURES:
        value = total.figure(name)
        goal = GOALS.get(name)
        if goal is None:
            verdict = "(no goal)"
        else:
            ok = value is not None and value >= goal
            met = met and ok
            verdict = f"goal >= {goal:.2f}  {'ok' if ok else 'BELOW'}"
        print(f"   {name:22} {format_figure(value)}   {verdict}")
    print()
    for line in table(rows):
        print("   " + line)
    if verbose:
        for miss in total.misses:
            print("   miss " + miss)
    print()
    return met


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    truths = load_corpus(CORPUS)
    development: list[tuple[str, Tally]] = []
    held_out: list[tuple[str, Tally]] = []
    for truth in truths:
        role = read_posting_file(CORPUS / truth.file)
        (held_out if truth.held_out else development).append(
            (truth.name, score_posting(truth, role))
        )
    met = report("development postings", development, verbose)
    report("held-out postings (docx; see the corpus README)", held_out, False)
    report("all postings", development + held_out, False)
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
