"""Checks that a comparison never contradicts itself: every action agrees with the matrix,
every count with the rows. Used by the tests and the judgement bench; pure.

Each problem is one line naming the section and what disagrees.
"""

from __future__ import annotations

from research.model import Comparison, RequirementKind, RequirementRow, Verdict

_VERDICTS = {v.value: v for v in Verdict}


def _rows_by_id(c: Comparison) -> dict[str, RequirementRow]:
    return {i: row for row in c.requirements for i in row.ids}


def action_problems(c: Comparison) -> list[str]:
    """Actions that disagree with the matrix, point at no row, or repeat another."""
    rows = _rows_by_id(c)
    problems: list[str] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    texts: set[str] = set()
    for a in c.actions:
        if a.text in texts:
            problems.append(f"action repeated: {a.text!r}")
        texts.add(a.text)
        key = (a.kind, tuple(sorted(a.requirement_ids)))
        if a.requirement_ids and key in seen and a.kind != "wording":
            problems.append(f"two {a.kind} actions for the same rows: {a.requirement_ids}")
        seen.add(key)
        for rid in a.requirement_ids:
            row = rows.get(rid)
            if row is None:
                problems.append(f"action points at no row: {rid} ({a.text!r})")
                continue
            mine = row.you.verdict
            if a.kind == "close_gap" and mine is Verdict.MET:
                problems.append(f"gap proposed for a row you meet: {row.requirement.text!r}")
            if a.kind == "highlight" and mine is not Verdict.MET:
                problems.append(
                    f"put forward a row you do not meet ({mine.value}): {row.requirement.text!r}"
                )
            if a.kind == "highlight" and row.hire.verdict is Verdict.MET:
                problems.append(f"put forward a row the hire meets too: {row.requirement.text!r}")
            if a.kind == "wording" and mine not in (Verdict.MET, Verdict.PARTIAL):
                problems.append(
                    f"reword advice for a row you do not show: {row.requirement.text!r}"
                )
    gapped = {rid for a in c.actions if a.kind == "close_gap" for rid in a.requirement_ids}
    for row in c.requirements:
        if row.you.verdict in (Verdict.NOT_SHOWN, Verdict.PARTIAL) and c.you is not None:
            handled = {rid for a in c.actions for rid in a.requirement_ids}
            if not set(row.ids) & (handled | gapped):
                problems.append(f"no action for a row you do not meet: {row.requirement.text!r}")
    return problems


def count_problems(c: Comparison) -> list[str]:
    """Figures of question 2 that disagree with the rows."""
    problems: list[str] = []
    required = [r for r in c.requirements if r.requirement.required]
    figures = c.questions.specific_experience.figures
    if figures.get("required_rows") not in (None, float(len(required))):
        problems.append(
            f"Q2 says {figures['required_rows']} required rows; there are {len(required)}"
        )
    for side in ("you", "hire"):
        for value, verdict in _VERDICTS.items():
            name = f"{side}_{value}"
            if name in figures:
                n = sum(1 for r in required if getattr(r, side).verdict is verdict)
                if figures[name] != float(n):
                    problems.append(f"Q2 {name} is {figures[name]}; the rows say {n}")
    return problems


def row_problems(c: Comparison) -> list[str]:
    """Rows whose verdict does not follow from their parts, and rows split from one text."""
    from research.compare.experience_rows import combine
    from research.compare.grouping import any_one

    problems: list[str] = []
    texts: dict[tuple[str, bool], int] = {}
    for row in c.requirements:
        key = (row.requirement.text.strip().casefold(), row.requirement.required)
        texts[key] = texts.get(key, 0) + 1
        for side_name in ("you", "hire"):
            side = getattr(row, side_name)
            if side.parts:
                should = combine(side.parts, [], any_one(row.requirement.text)).verdict
                if side.verdict is not should:
                    problems.append(
                        f"{side_name} on {row.requirement.text!r} is {side.verdict.value}; "
                        f"its parts make it {should.value}"
                    )
        if row.requirement.kind is RequirementKind.CERTIFICATION and c.you is not None:
            held = row.you.verdict is Verdict.MET
            asks = [
                a
                for a in c.actions
                if a.kind == "close_gap" and set(a.requirement_ids) & set(row.ids)
            ]
            if held and asks:
                problems.append(
                    f"a certificate you hold is proposed as a gap: {row.requirement.text!r}"
                )
    problems += [f"one requirement in {n} rows: {t!r}" for (t, _), n in texts.items() if n > 1]
    return problems


def quote_problems(c: Comparison) -> list[str]:
    """Evidence quotes that are bare job headers ("Engineer, Acme"): they show nothing."""
    headers: set[str] = set()
    for career in (c.you, c.hire):
        for e in career.experiences if career is not None else []:
            headers.update(
                h.casefold() for h in (e.title, f"{e.title}, {e.employer}") if h.strip(", ")
            )
    problems: list[str] = []
    for row in c.requirements:
        for side_name in ("you", "hire"):
            for ev in getattr(row, side_name).evidence:
                if ev.quote.strip().casefold() in headers:
                    problems.append(
                        f"a bare job header quoted for {row.requirement.text!r}: {ev.quote!r}"
                    )
    return problems


def contradictions(c: Comparison) -> list[str]:
    """Every disagreement between the report's sections (empty when there is none)."""
    return action_problems(c) + count_problems(c) + row_problems(c) + quote_problems(c)


__all__ = [
    "action_problems",
    "contradictions",
    "count_problems",
    "quote_problems",
    "row_problems",
]
