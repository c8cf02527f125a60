"""Golden texts across professions: the matcher's precision and recall, pinned.

Each ``golden/<name>.txt`` has a ``<name>.json`` with the ids a careful reader would tag
(skills, certifications, languages). Company names and degree subjects are not skills, so
matches such as "Payments Ltd" -> payments count as false positives.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from research.skills import find_certifications, find_languages, find_skills

GOLDEN = Path(__file__).parent / "golden"
NAMES = sorted(p.stem for p in GOLDEN.glob("*.txt"))
F1_FLOOR = 0.90
PER_TEXT_FLOOR = 0.80


def _found(text: str) -> set[str]:
    return (
        {f"skill:{m.id}" for m in find_skills(text)}
        | {f"certification:{m.id}" for m in find_certifications(text)}
        | {f"language:{m.id}" for m in find_languages(text)}
    )


def _expected(name: str) -> set[str]:
    data = json.loads((GOLDEN / f"{name}.json").read_text("utf-8"))
    return (
        {f"skill:{i}" for i in data["skills"]}
        | {f"certification:{i}" for i in data["certifications"]}
        | {f"language:{i}" for i in data["languages"]}
    )


def _f1(tp: int, fp: int, fn: int) -> float:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def test_there_are_ten_professions() -> None:
    assert len(NAMES) >= 10
    for name in NAMES:
        assert (GOLDEN / f"{name}.json").is_file(), name


def test_expected_ids_exist() -> None:
    from research.skills.vocabulary import certifications, languages, skills

    known = (
        {f"skill:{i}" for i in skills()}
        | {f"certification:{i}" for i in certifications()}
        | {f"language:{i}" for i in languages()}
    )
    for name in NAMES:
        assert _expected(name) <= known, (name, _expected(name) - known)


@pytest.mark.parametrize("name", NAMES)
def test_each_text(name: str) -> None:
    text = (GOLDEN / f"{name}.txt").read_text("utf-8")
    found, expected = _found(text), _expected(name)
    tp, fp, fn = len(found & expected), len(found - expected), len(expected - found)
    assert _f1(tp, fp, fn) >= PER_TEXT_FLOOR, (
        f"false positives {sorted(found - expected)}, missed {sorted(expected - found)}"
    )


def test_micro_f1_floor() -> None:
    tp = fp = fn = 0
    for name in NAMES:
        text = (GOLDEN / f"{name}.txt").read_text("utf-8")
        found, expected = _found(text), _expected(name)
        tp += len(found & expected)
        fp += len(found - expected)
        fn += len(expected - found)
    f1 = _f1(tp, fp, fn)
    print(f"golden: tp={tp} fp={fp} fn={fn} f1={f1:.3f}")
    assert f1 >= F1_FLOOR
