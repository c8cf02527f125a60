"""Golden postings: each file in ``fixtures/documents/postings/`` beside its
``<name>.expected.json``. The header fields must match exactly; the requirements must reach
an F1 floor on (kind, required, skill), and on the full (kind, required, skill, years,
degree level) tuple.

The expected files hold what a careful reader would take from each posting with the
shipped skills vocabulary, not simply the reader's output: where the reader is known to
fall short (Northwind's "including at least 3 years leading engineering teams" is a second
experience requirement the reader does not split out), the expected file keeps the truth
and the F1 floor absorbs the gap.

Regenerate an expected file after a deliberate change (then review the diff by hand, and
put the known gaps back)::

    .venv/bin/python tests/read/test_posting_golden.py fixtures/documents/postings/NAME
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
POSTINGS = ROOT / "fixtures" / "documents" / "postings"
HEADER = ("title", "employer", "employer_url", "location", "date_posted", "salary")
F1_FLOOR = 0.9
FULL_F1_FLOOR = 0.85


def expected_of(role: Any) -> dict[str, Any]:
    data = json.loads(role.model_dump_json())
    return {
        **{key: data[key] for key in HEADER},
        "requirements": [
            {
                "kind": r["kind"],
                "required": r["required"],
                "skill": r["skill"],
                "alternatives": r["alternatives"],
                "years": r["years"],
                "degree_level": r["degree_level"],
                "text": r["text"],
            }
            for r in data["requirements"]
        ],
    }


def f1(found: Iterable[tuple[Any, ...]], wanted: Iterable[tuple[Any, ...]]) -> float:
    got, want = Counter(found), Counter(wanted)
    hits = sum((got & want).values())
    if not got and not want:
        return 1.0
    precision = hits / max(1, sum(got.values()))
    recall = hits / max(1, sum(want.values()))
    return 0.0 if hits == 0 else 2 * precision * recall / (precision + recall)


def golden_files() -> list[Path]:
    return sorted(
        p for p in POSTINGS.iterdir() if p.is_file() and not p.name.endswith(".expected.json")
    )


def test_there_are_enough_golden_postings() -> None:
    files = golden_files()
    assert len(files) >= 6
    assert {p.suffix for p in files} >= {".html", ".txt", ".md", ".pdf", ".docx"}
    for path in files:
        assert (POSTINGS / f"{path.name}.expected.json").is_file(), path.name


@pytest.mark.parametrize("path", golden_files(), ids=lambda p: p.name)
def test_golden_posting(path: Path) -> None:
    from research.read.posting import read_posting_file

    expected = json.loads((POSTINGS / f"{path.name}.expected.json").read_text(encoding="utf-8"))
    got = expected_of(read_posting_file(path))
    assert {k: got[k] for k in HEADER} == {k: expected[k] for k in HEADER}

    def short(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
        return [(r["kind"], r["required"], r["skill"]) for r in rows]

    def full(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
        return [(r["kind"], r["required"], r["skill"], r["years"], r["degree_level"]) for r in rows]

    score = f1(short(got["requirements"]), short(expected["requirements"]))
    full_score = f1(full(got["requirements"]), full(expected["requirements"]))
    assert score >= F1_FLOOR, (path.name, score, got["requirements"])
    assert full_score >= FULL_F1_FLOOR, (path.name, full_score, got["requirements"])


def test_the_demo_posting_is_served_unchanged_on_the_fixture_web() -> None:
    served = ROOT / "fixtures" / "web" / "jobs.northwind-robotics.test" / "head-of-platform.html"
    golden = POSTINGS / "northwind-head-of-platform.html"
    assert served.read_bytes() == golden.read_bytes()


def _regenerate(names: list[str]) -> None:
    sys.path.insert(0, str(ROOT))
    from research.read.posting import read_posting_file

    for name in names:
        path = Path(name)
        out = path.with_name(f"{path.name}.expected.json")
        data = expected_of(read_posting_file(path))
        out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {out}")


if __name__ == "__main__":
    _regenerate(sys.argv[1:])
