"""Golden comparison cases: ``fixtures/documents/compare/<case>/`` holds role.json,
you.json, hire.json, subject.json (model JSON, invented people) and expected.json."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from research.model import Career, Role, Subject

CASES_DIR = Path(__file__).resolve().parents[2] / "fixtures" / "documents" / "compare"

Case = tuple[Role, Career, Career, Subject]


def _load(name: str) -> Case:
    folder = CASES_DIR / name
    return (
        Role.model_validate_json((folder / "role.json").read_bytes()),
        Career.model_validate_json((folder / "you.json").read_bytes()),
        Career.model_validate_json((folder / "hire.json").read_bytes()),
        Subject.model_validate_json((folder / "subject.json").read_bytes()),
    )


@pytest.fixture
def load_case() -> Callable[[str], Case]:
    return _load


@pytest.fixture
def cases_dir() -> Path:
    return CASES_DIR
