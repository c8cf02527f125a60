"""Golden resumes: every fixture in ``fixtures/documents/resumes/`` against its
``.expected.json``, with floors on F1 over the whole set, and no contact detail anywhere.

Regenerate the fixtures with ``scripts/make_documents.py``.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from anyascii import anyascii

from research.model import Career
from research.privacy import find_contact_details
from research.read import read_resume, vocab
from research.read.dates import DATE_PATTERN

RESUMES = Path(__file__).resolve().parents[2] / "fixtures" / "documents" / "resumes"
EXPECTED = sorted(RESUMES.glob("*.expected.json"))
FLOORS = {"experiences": 0.95, "education": 0.95, "skills": 0.9, "certifications": 0.9}


def _document(expected: Path) -> Path:
    stem = expected.name.removesuffix(".expected.json")
    found = [p for p in RESUMES.glob(f"{stem}.*") if not p.name.endswith(".expected.json")]
    assert len(found) == 1, found
    return found[0]


def _norm(value: str | None) -> str:
    return re.sub(r"\s+", " ", (value or "").casefold()).strip()


def slug(name: str) -> str:
    text = anyascii(name).lower().replace("+", "p").replace("#", "sharp").replace("&", "-and-")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def skill_key(name: str) -> str:
    """A skill as the vocabulary knows it (its id), else its slug."""
    entry = vocab.lookup_skill(name)
    return entry.id if entry else slug(name)


def _keys(career: Career, want: dict[str, Any]) -> dict[str, tuple[set[Any], set[Any]]]:
    got_exp = {
        (
            _norm(e.title),
            _norm(e.employer),
            str(e.start) if e.start else None,
            str(e.end) if e.end else None,
        )
        for e in career.experiences
    }
    want_exp = {
        (_norm(e["title"]), _norm(e["employer"]), e["start"], e["end"]) for e in want["experiences"]
    }
    got_edu = {
        (_norm(e.institution), e.level.value if e.level else None, _norm(e.field))
        for e in career.education
    }
    want_edu = {(_norm(e["institution"]), e["level"], _norm(e["field"])) for e in want["education"]}
    got_skills = {s.id or slug(s.name) for s in career.skills}
    want_skills = {skill_key(name) for name in want["skills"]}
    got_certs = [_norm(f"{c.name} {c.issuer or ''}") for c in career.certifications]
    want_certs = {_norm(c) for c in want["certifications"]}
    matched = {c for c in want_certs if any(c in g or g.strip() in c for g in got_certs)}
    extra = {g for g in got_certs if not any(c in g or g.strip() in c for c in want_certs)}
    return {
        "experiences": (got_exp, want_exp),
        "education": (got_edu, want_edu),
        "skills": (got_skills, want_skills),
        "certifications": (matched | extra, want_certs),
    }


@cache
def _read(path: Path) -> Career:
    return read_resume(path)


_DATES = re.compile(rf"(?<![\w/.]){DATE_PATTERN}(?![\w])", re.IGNORECASE)


def contact_details(text: str) -> list[str]:
    """Contact details in the text, per line, dates set aside ("August 2020" is not a
    street and number, "Analyst\n06" not an address)."""
    found: list[str] = []
    for line in text.splitlines():
        found.extend(find_contact_details(_DATES.sub(" ", line)))
    return found


def f1(tp: int, got: int, want: int) -> float:
    if got == 0 and want == 0:
        return 1.0
    precision = tp / got if got else 0.0
    recall = tp / want if want else 0.0
    return 0.0 if tp == 0 else 2 * precision * recall / (precision + recall)


def test_there_are_enough_golden_resumes() -> None:
    kinds = {_document(p).suffix for p in EXPECTED}
    assert len(EXPECTED) >= 12
    assert {".pdf", ".docx", ".md", ".txt", ".html", ".json"} <= kinds


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda p: p.name.removesuffix(".expected.json"))
def test_golden_resume(expected: Path) -> None:
    want = json.loads(expected.read_text(encoding="utf-8"))
    career = _read(_document(expected))
    assert career.name == want["name"]
    for field, (got, wanted) in _keys(career, want).items():
        if field == "experiences":
            assert got == wanted, field


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda p: p.name.removesuffix(".expected.json"))
def test_no_contact_detail_survives(expected: Path) -> None:
    want = json.loads(expected.read_text(encoding="utf-8"))
    career = _read(_document(expected))
    dumped = career.model_dump_json()
    for detail in want["contact"]:
        assert detail not in dumped
    texts = [career.summary, career.headline or "", career.location or ""]
    for item in career.entries():
        texts.extend(e.quote for e in item.evidence)
        texts.extend(str(v) for v in item.model_dump(exclude={"evidence"}).values() if v)
    for text in texts:
        assert contact_details(text) == [], text


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda p: p.name.removesuffix(".expected.json"))
def test_every_item_has_evidence(expected: Path) -> None:
    document = _document(expected)
    career = _read(document)
    items: list[Any] = [
        *career.experiences,
        *career.education,
        *career.certifications,
        *career.skills,
    ]
    assert items
    for item in items:
        assert item.evidence, item
        evidence = item.evidence[0]
        assert evidence.file == document.name
        assert evidence.quote
        if document.suffix == ".pdf":
            assert evidence.page is not None and evidence.page >= 1


def test_floors_over_the_whole_set(capsys: pytest.CaptureFixture[str]) -> None:
    totals = {field: [0, 0, 0] for field in FLOORS}
    for expected in EXPECTED:
        want = json.loads(expected.read_text(encoding="utf-8"))
        for field, (got, wanted) in _keys(_read(_document(expected)), want).items():
            totals[field][0] += len(got & wanted)
            totals[field][1] += len(got)
            totals[field][2] += len(wanted)
    scores = {field: f1(*totals[field]) for field in FLOORS}
    with capsys.disabled():
        print("\nresume F1:", {k: round(v, 3) for k, v in scores.items()})
    for field, floor in FLOORS.items():
        assert scores[field] >= floor, (field, scores[field], totals[field])
