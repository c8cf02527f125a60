"""Score ``runnerup compare`` against the labelled judgement cases (``fixtures/judgement/``).

Shared by ``bench/judgement.py`` (prints the figures) and ``tests/compare/test_judgement.py``
(pins them). Each case runs through the real CLI in-process (``runnerup compare --format
json``), so whatever a user would get is what is scored. The case format is described in
``fixtures/judgement/README.md``.

Two kinds of checks:

- **expected**: what the case's ``expected.toml`` says a careful recruiter would answer
  (leans, row verdicts, years, as-of date, actions that must / must not appear, the letter);
- **consistency**, made on every case: an action that contradicts the matrix (closes a gap the
  row says is met, rewords a term the resume already has, highlights an advantage the rows do
  not show, proposes the same gap twice), a letter asking about a requirement the user meets,
  and counts in the answers that disagree with the rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from judgement_cases import (
    ACTION_KINDS,
    CASES,
    FLOORS,
    LEANINGS,
    QUESTIONS,
    VERDICTS,
    Run,
    case_dirs,
    cli_args,
    load_expected,
    problems,
    run_case,
)

_QUOTED_TERM = re.compile(
    r"posting(?:'s)?\s+(?:says|word|words|term|wording)\s*:?\s*['‘\"“]([^'’\"”]{2,80})['’\"”]",
    re.IGNORECASE,
)
_DOUBLED = re.compile(r"\b(the|a|an|of|for|to|at|role|position)\s+\1\b", re.IGNORECASE)
_N_OF_M = re.compile(r"(\d+)\s+of\s+(\d+)\s+required", re.IGNORECASE)


@dataclass
class Check:
    """One expectation and whether the run met it."""

    group: str
    """lean, row, row_missing, row_count, years, as_of, must, must_not, letter, summary,
    absent, error."""
    label: str
    expected: Any
    actual: Any
    ok: bool


@dataclass
class CaseResult:
    case: str
    checks: list[Check] = field(default_factory=list)
    contradictions: list[str] = field(default_factory=list)
    """An action or the letter disagreeing with the matrix."""
    count_errors: list[str] = field(default_factory=list)
    """A count in an answer disagreeing with the rows."""
    crash: str | None = None
    """The run failed where it should have produced a report (or vice versa)."""

    @property
    def passed(self) -> bool:
        return (
            self.crash is None
            and not self.contradictions
            and not self.count_errors
            and all(c.ok for c in self.checks)
        )

    def failures(self) -> list[str]:
        lines = [f"crash: {self.crash}"] if self.crash else []
        lines += [
            f"{c.group}: {c.label}: expected {c.expected!r}, got {c.actual!r}"
            for c in self.checks
            if not c.ok
        ]
        lines += [f"contradiction: {text}" for text in self.contradictions]
        lines += [f"count: {text}" for text in self.count_errors]
        return lines


# ---------------------------------------------------------------- helpers on the report


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def months(start: str, end: str) -> int:
    """Months from ``start`` to ``end`` (YYYY-MM), both inclusive."""
    y1, m1 = (int(x) for x in start.split("-")[:2])
    y2, m2 = (int(x) for x in end.split("-")[:2])
    return (y2 - y1) * 12 + (m2 - m1) + 1


def today_month() -> str:
    return date.today().strftime("%Y-%m")


def expected_as_of(expected: dict[str, Any]) -> str | None:
    value = expected.get("expect", {}).get("as_of")
    return today_month() if value == "today" else value


def expected_years(value: float | str, as_of: str | None) -> float | None:
    """A number of years, or ``"since YYYY-MM"`` measured to the as-of date."""
    if isinstance(value, int | float):
        return float(value)
    match = re.fullmatch(r"since (\d{4}-\d{2})", value.strip())
    if not match or as_of is None:
        return None
    return months(match.group(1), as_of) / 12


def _rows_matching(report: dict[str, Any], text: str) -> list[dict[str, Any]]:
    needle = _fold(text)
    return [r for r in report["requirements"] if needle in _fold(r["requirement"]["text"])]


def _row_by_id(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["requirement"]["id"]: r for r in report["requirements"]}


def _action_matches(action: dict[str, Any], spec: dict[str, Any], report: dict[str, Any]) -> bool:
    if spec.get("kind") and action["kind"] != spec["kind"]:
        return False
    if spec.get("text") and _fold(spec["text"]) not in _fold(action["text"]):
        return False
    if spec.get("regex") and not re.search(spec["regex"], action["text"]):
        return False
    if spec.get("row"):
        rows = _row_by_id(report)
        needle = _fold(spec["row"])
        about = [rows[i] for i in action.get("requirement_ids", []) if i in rows]
        if not any(needle in _fold(r["requirement"]["text"]) for r in about):
            return False
    return True


def _describe(spec: dict[str, Any]) -> str:
    return ", ".join(f"{k}={spec[k]!r}" for k in ("kind", "row", "text", "regex") if k in spec)


def resume_text(report: dict[str, Any]) -> str:
    """Everything the user's resume said, as the report holds it."""
    you = report.get("you") or {}
    parts: list[str] = [you.get("name") or "", you.get("headline") or "", you.get("summary", "")]
    for e in you.get("experiences", []):
        parts += [e.get("title", ""), e.get("employer", ""), e.get("summary", "")]
    for ed in you.get("education", []):
        parts += [ed.get("degree", ""), ed.get("field") or "", ed.get("institution", "")]
    parts += [c["name"] for c in you.get("certifications", [])]
    parts += [s["name"] for s in you.get("skills", [])]
    for key in ("experiences", "education", "certifications", "skills"):
        for item in you.get(key, []):
            parts += [ev.get("quote", "") for ev in item.get("evidence", [])]
    return _fold(" ".join(p for p in parts if p))


def _contains_term(text: str, term: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(_fold(term))}(?!\w)", text) is not None


# ---------------------------------------------------------------- the consistency checks


def contradictions(report: dict[str, Any]) -> list[str]:
    """Actions and letter that disagree with the matrix (goal: none)."""
    found: list[str] = []
    rows = _row_by_id(report)
    resume = resume_text(report)
    gap_rows: dict[str, int] = {}
    for action in report.get("actions", []):
        about = [rows[i] for i in action.get("requirement_ids", []) if i in rows]
        kind, text = action["kind"], action["text"]
        if kind == "close_gap":
            for r in about:
                gap_rows[r["requirement"]["id"]] = gap_rows.get(r["requirement"]["id"], 0) + 1
                if r["you"]["verdict"] == "met":
                    found.append(f"close_gap on a row you meet: {r['requirement']['text']!r}")
        elif kind == "wording":
            for term in _QUOTED_TERM.findall(text):
                if _contains_term(resume, term):
                    found.append(f"reword to {term!r}, which the resume already says: {text!r}")
        elif kind == "highlight":
            for r in about:
                if r["you"]["verdict"] != "met" or r["hire"]["verdict"] == "met":
                    found.append(
                        f"highlight the rows do not show (you {r['you']['verdict']}, hire "
                        f"{r['hire']['verdict']}): {r['requirement']['text']!r}"
                    )
    held = [_fold(c["name"]) for c in (report.get("you") or {}).get("certifications", [])]
    for action in report.get("actions", []):
        if action["kind"] != "close_gap":
            continue
        label = _fold(re.split(r" \((?:required|preferred)\)", action["text"])[0])
        if len(label) >= 3 and any(_contains_term(name, label) for name in held):
            found.append(f"close_gap for a certification the resume lists: {action['text']!r}")
    for rid, n in gap_rows.items():
        if n > 1:
            found.append(f"the same gap proposed {n} times: {rows[rid]['requirement']['text']!r}")
    letter = _fold(report.get("feedback_request", ""))
    met = {_fold(r["requirement"]["text"]) for r in rows.values() if r["you"]["verdict"] == "met"}
    unmet = {_fold(r["requirement"]["text"]) for r in rows.values() if r["you"]["verdict"] != "met"}
    for text in sorted(met - unmet):
        if len(text) >= 12 and (f"“{text}”" in letter or f'"{text}"' in letter):
            found.append(f"the letter asks about a requirement you meet: {text!r}")
    return found


def count_errors(report: dict[str, Any]) -> list[str]:
    """Counts in the answers that disagree with the rows (goal: none)."""
    errors: list[str] = []
    required = [r for r in report["requirements"] if r["requirement"].get("required", True)]

    def n(side: str, verdict: str) -> int:
        return sum(1 for r in required if r[side]["verdict"] == verdict)

    q2 = report["questions"]["specific_experience"]
    figures = q2.get("figures", {})
    truth = {
        "required_rows": len(required),
        "you_met": n("you", "met"),
        "hire_met": n("hire", "met"),
        "you_partial": n("you", "partial"),
        "hire_partial": n("hire", "partial"),
        "hire_unknown_rows": n("hire", "unknown"),
        "hire_unknown": n("hire", "unknown"),
        "you_unknown": n("you", "unknown"),
    }
    for key, value in truth.items():
        got = figures.get(key)
        if isinstance(got, int | float) and int(got) != value:
            errors.append(f"Q2 figure {key} = {got:g}, the rows say {value}")
    q1 = report["questions"]["experience"]
    f1 = q1.get("figures", {})
    you_rel, hire_rel = f1.get("you_relevant_months"), f1.get("hire_relevant_months")
    you_tot, hire_tot = f1.get("you_total_months"), f1.get("hire_total_months")
    if all(isinstance(v, int | float) for v in (you_rel, hire_rel, you_tot, hire_tot)):
        use_total = not you_rel and not hire_rel
        mine, theirs = (you_tot, hire_tot) if use_total else (you_rel, hire_rel)
        if (q1["leans"] == "you" and theirs > mine) or (q1["leans"] == "hire" and mine > theirs):
            errors.append(
                f"Q1 leans {q1['leans']} but its figures say you {mine:g} months, "
                f"the hire {theirs:g}"
            )
    met_counts = {truth["you_met"], truth["hire_met"]}
    for a, b in _N_OF_M.findall(q2.get("summary", "")):
        if int(b) != len(required) or int(a) not in met_counts:
            errors.append(
                f"Q2 says '{a} of {b} required'; the rows have {len(required)} required, "
                f"met {truth['you_met']} (you) and {truth['hire_met']} (hire)"
            )
    return errors


# ---------------------------------------------------------------- the expected checks


def _lean_checks(report: dict[str, Any], expected: dict[str, Any]) -> list[Check]:
    checks = []
    for question, want in expected.get("leans", {}).items():
        got = report["questions"][question]["leans"]
        checks.append(Check("lean", question, want, got, got == want))
    return checks


def _row_checks(report: dict[str, Any], expected: dict[str, Any]) -> list[Check]:
    checks = []
    for spec in expected.get("rows", []):
        rows = _rows_matching(report, spec["match"])
        if "count" in spec:
            checks.append(
                Check(
                    "row_count", spec["match"], spec["count"], len(rows), len(rows) == spec["count"]
                )
            )
        for side in ("you", "hire"):
            if side not in spec:
                continue
            want = spec[side] if isinstance(spec[side], list) else [spec[side]]
            got = [r[side]["verdict"] for r in rows]
            label = f"{side}: {spec['match']}"
            shown = want if len(want) > 1 else want[0]
            if not rows:
                checks.append(Check("row_missing", label, shown, None, False))
                continue
            ok = all(v in want for v in got)
            checks.append(Check("row", label, shown, got, ok))
    return checks


def _year_checks(report: dict[str, Any], expected: dict[str, Any]) -> list[Check]:
    spec = dict(expected.get("years", {}))
    tolerance = float(spec.pop("tolerance", 0.25))
    figures = report["questions"]["experience"].get("figures", {})
    as_of = expected_as_of(expected)
    checks = []
    for key, value in spec.items():
        want = expected_years(value, as_of)
        got_months = figures.get(f"{key}_months")
        got = round(float(got_months) / 12, 2) if isinstance(got_months, int | float) else None
        ok = want is not None and got is not None and abs(got - want) <= tolerance + 1e-9
        shown = round(want, 2) if want is not None else value
        checks.append(Check("years", f"{key} (±{tolerance:g})", shown, got, ok))
    return checks


def _action_checks(report: dict[str, Any], expected: dict[str, Any]) -> list[Check]:
    actions = report.get("actions", [])
    checks = []
    for spec in expected.get("must", []):
        hits = [a for a in actions if _action_matches(a, spec, report)]
        want = spec.get("count")
        ok = len(hits) == want if want is not None else bool(hits)
        shown = f"{want}" if want is not None else ">= 1"
        checks.append(Check("must", _describe(spec), shown, len(hits), ok))
    for spec in expected.get("must_not", []):
        hits = [a for a in actions if _action_matches(a, spec, report)]
        checks.append(
            Check("must_not", _describe(spec), 0, [a["text"] for a in hits] or 0, not hits)
        )
    return checks


def _letter_checks(report: dict[str, Any], expected: dict[str, Any]) -> list[Check]:
    letter = report.get("feedback_request", "")
    folded = _fold(letter)
    spec = expected.get("letter", {})
    checks = []
    for text in spec.get("contains", []):
        checks.append(
            Check(
                "letter", f"mentions {text!r}", True, _fold(text) in folded, _fold(text) in folded
            )
        )
    for text in spec.get("not_contains", []):
        bad = _fold(text) in folded
        checks.append(Check("letter", f"never {text!r}", False, bad, not bad))
    doubled = _DOUBLED.search(letter)
    checks.append(
        Check(
            "letter",
            "no doubled word",
            None,
            doubled.group(0) if doubled else None,
            doubled is None,
        )
    )
    if "[your name]" in folded:
        checks.append(Check("letter", "no '[Your name]'", False, True, False))
    if spec.get("signs"):
        lines = [line.strip() for line in letter.splitlines() if line.strip()]
        last = lines[-1] if lines else ""
        ok = _fold(spec["signs"]) in _fold(last)
        checks.append(Check("letter", "signs with", spec["signs"], last, ok))
    return checks


def _text_checks(report: dict[str, Any], expected: dict[str, Any]) -> list[Check]:
    checks = []
    questions = report["questions"]
    texts = [a["text"] for a in report.get("actions", [])]
    for q in questions.values():
        texts.append(q["summary"])
        texts += [p["text"] for p in q.get("points", [])]
    for word in expected.get("absent", {}).get("text", []):
        hits = [t for t in texts if _contains_term(_fold(t), word)]
        checks.append(Check("absent", word, 0, hits[:2] or 0, not hits))
    for key, words in expected.get("summaries", {}).items():
        question = key.removesuffix("_not")
        summary = _fold(questions[question]["summary"])
        for word in words:
            bad = _fold(word) in summary
            checks.append(Check("summary", f"{question} never {word!r}", False, bad, not bad))
    return checks


def score(folder: Path, expected: dict[str, Any], run: Run) -> CaseResult:
    result = CaseResult(folder.name)
    want = expected.get("expect", {})
    if "error_exit" in want:
        ok = run.exit_code == want["error_exit"]
        result.checks.append(Check("error", "exit code", want["error_exit"], run.exit_code, ok))
        for text in want.get("error_mentions", []):
            said = _fold(text) in _fold(run.message)
            result.checks.append(Check("error", f"message names {text!r}", True, said, said))
        return result
    if run.report is None:
        result.crash = f"exit {run.exit_code}: {run.message.strip()[:300]}"
        return result
    report = run.report
    if "as_of" in want:
        got = report.get("as_of")
        result.checks.append(
            Check(
                "as_of",
                "as-of date",
                expected_as_of(expected),
                got,
                got == expected_as_of(expected),
            )
        )
    result.checks += _lean_checks(report, expected)
    result.checks += _row_checks(report, expected)
    result.checks += _year_checks(report, expected)
    result.checks += _action_checks(report, expected)
    result.checks += _letter_checks(report, expected)
    result.checks += _text_checks(report, expected)
    result.contradictions = contradictions(report)
    result.count_errors = count_errors(report)
    return result


def run_all(names: list[str] | None = None) -> list[CaseResult]:
    results = []
    for folder in case_dirs():
        if names and folder.name not in names:
            continue
        expected = load_expected(folder)
        results.append(score(folder, expected, run_case(folder, expected)))
    return results


# ---------------------------------------------------------------- figures


def figures(results: list[CaseResult]) -> dict[str, float]:
    """The totals the bench prints and the test pins."""

    def group(name: str) -> list[Check]:
        return [c for r in results for c in r.checks if c.group == name]

    def ok(name: str) -> int:
        return sum(1 for c in group(name) if c.ok)

    rows = group("row")
    row_ok = sum(1 for c in rows if c.ok)
    return {
        "cases": len(results),
        "cases_passed": sum(1 for r in results if r.passed),
        "crashes": sum(1 for r in results if r.crash),
        "leans": len(group("lean")),
        "wrong_leans": len(group("lean")) - ok("lean"),
        "rows": len(rows),
        "row_accuracy": round(row_ok / len(rows), 3) if rows else 1.0,
        "rows_missing": len(group("row_missing")),
        "row_count_wrong": len(group("row_count")) - ok("row_count"),
        "years": len(group("years")),
        "years_within_tolerance": ok("years"),
        "as_of_right": ok("as_of"),
        "as_of_checks": len(group("as_of")),
        "must_misses": len(group("must")) - ok("must"),
        "must_not_hits": len(group("must_not")) - ok("must_not"),
        "letter_failures": len(group("letter")) - ok("letter"),
        "text_failures": len(group("absent") + group("summary")) - ok("absent") - ok("summary"),
        "error_cases_wrong": len(group("error")) - ok("error"),
        "contradictions": sum(len(r.contradictions) for r in results),
        "count_errors": sum(len(r.count_errors) for r in results),
    }


LOWER_IS_BETTER = (
    "crashes",
    "rows_missing",
    "row_count_wrong",
    "wrong_leans",
    "must_misses",
    "must_not_hits",
    "letter_failures",
    "text_failures",
    "error_cases_wrong",
    "contradictions",
    "count_errors",
)
HIGHER_IS_BETTER = ("cases_passed", "row_accuracy", "years_within_tolerance", "as_of_right")
GOALS = {"wrong_leans": 0, "contradictions": 0, "count_errors": 0}


__all__ = [
    "ACTION_KINDS",
    "CASES",
    "FLOORS",
    "GOALS",
    "HIGHER_IS_BETTER",
    "LEANINGS",
    "LOWER_IS_BETTER",
    "QUESTIONS",
    "VERDICTS",
    "CaseResult",
    "Check",
    "Run",
    "case_dirs",
    "cli_args",
    "contradictions",
    "count_errors",
    "figures",
    "load_expected",
    "problems",
    "run_all",
    "run_case",
    "score",
]
