"""Golden files for source parsers: ``<case>.input.json`` beside
``<case>.<parser>.expected.json``; ``RUNNERUP_UPDATE_GOLDEN=1`` rewrites the expected side
(read the diff before committing it)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any


def dump(value: Any) -> Any:
    """Parser output as plain JSON data (models without their default fields)."""
    if isinstance(value, list | tuple):
        return [dump(v) for v in value]
    if isinstance(value, dict):
        return {k: dump(v) for k, v in value.items()}
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", exclude_defaults=True)
    return value


def check_golden(directory: Path, case: str, parser: str, produced: Any) -> None:
    expected_file = directory / f"{case}.{parser}.expected.json"
    text = json.dumps(dump(produced), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    if os.environ.get("RUNNERUP_UPDATE_GOLDEN") == "1":
        expected_file.write_text(text, encoding="utf-8")
    assert expected_file.exists(), f"no {expected_file.name}; run with RUNNERUP_UPDATE_GOLDEN=1"
    assert json.loads(text) == json.loads(expected_file.read_text(encoding="utf-8"))


def load_input(directory: Path, case: str) -> Any:
    return json.loads((directory / f"{case}.input.json").read_text(encoding="utf-8"))
