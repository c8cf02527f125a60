"""Golden files: a parser's output pinned as JSON beside its input, for runnerup's tests and
plugin authors.

:func:`check_golden` compares what the code produced with an expected JSON file (as data:
key order and spacing do not matter) and fails with a diff when they differ. After a
deliberate change, run the tests with ``RUNNERUP_UPDATE_GOLDEN=1`` (:data:`UPDATE_VARIABLE`):
every expected file whose content differs, or that is missing, is rewritten from the output,
and files that already agree are left byte for byte as they are. Read the diff before
committing it. Without the variable a missing file fails the test, saying how to write it.

The expected file sits beside its input and is named after it, ``<case>.expected.json`` or,
when one input feeds several parsers, ``<case>.<part>.expected.json``::

    GOLDEN = Path(__file__).parent / "golden"

    @pytest.mark.parametrize("case", ["search-ada", "search-nobody"])
    def test_search_golden(case: str) -> None:
        leads = parse_search(load_json(GOLDEN / f"{case}.input.json"))
        check_golden(GOLDEN / f"{case}.leads.expected.json", leads)

Models are written with :func:`as_json` (``model_dump(mode="json", exclude_defaults=True)``);
pass plain data to pin something else.
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path
from typing import Any

UPDATE_VARIABLE = "RUNNERUP_UPDATE_GOLDEN"
"""Set to ``1`` to rewrite the expected files that differ from the output."""

_DIFF_LINES = 80


def updating() -> bool:
    """Whether this run rewrites expected files (``RUNNERUP_UPDATE_GOLDEN=1``), read now."""
    return os.environ.get(UPDATE_VARIABLE, "").strip() == "1"


def as_json(value: Any) -> Any:
    """``value`` as plain JSON data: models (anything with ``model_dump``) without their
    default fields, lists, tuples and dicts through, the rest as it is."""
    if isinstance(value, list | tuple):
        return [as_json(item) for item in value]
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", exclude_defaults=True)
    return value


def golden_text(value: Any, *, sort_keys: bool = True) -> str:
    """How an expected file is written: indented UTF-8 JSON ending with a newline; keys
    sorted unless ``sort_keys=False`` keeps the order the code produced."""
    return json.dumps(as_json(value), indent=2, ensure_ascii=False, sort_keys=sort_keys) + "\n"


def load_json(path: Path | str) -> Any:
    """A UTF-8 JSON file (a golden input or an expected file)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def check_golden(expected_file: Path | str, produced: Any, *, sort_keys: bool = True) -> None:
    """Fail unless ``produced`` equals the JSON in ``expected_file``, showing a diff; with
    ``RUNNERUP_UPDATE_GOLDEN=1`` rewrite the file instead when it differs or is missing.
    ``sort_keys`` is how the file is written (see :func:`golden_text`)."""
    path = Path(expected_file)
    text = golden_text(produced, sort_keys=sort_keys)
    exists = path.is_file()
    expected = load_json(path) if exists else None
    if exists and json.loads(text) == expected:
        return
    if updating():
        path.write_text(text, encoding="utf-8")
        return
    if not exists:
        raise AssertionError(
            f"no golden file {path}: run the test with {UPDATE_VARIABLE}=1 to write it from "
            "the output, then read it before committing it"
        )
    diff = list(
        difflib.unified_diff(
            golden_text(expected, sort_keys=sort_keys).splitlines(),
            text.splitlines(),
            fromfile=f"{path.name} (expected)",
            tofile="produced",
            lineterm="",
        )
    )
    shown = diff[:_DIFF_LINES] + (
        [f"... {len(diff) - _DIFF_LINES} more lines"] if len(diff) > _DIFF_LINES else []
    )
    raise AssertionError(
        f"the output differs from {path}:\n"
        + "\n".join(shown)
        + f"\n(if the change is deliberate, rerun with {UPDATE_VARIABLE}=1 and read the diff)"
    )


__all__ = ["UPDATE_VARIABLE", "as_json", "check_golden", "golden_text", "load_json", "updating"]
