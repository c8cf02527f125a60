"""The one golden helper: it fails with a diff when the output differs and
``RUNNERUP_UPDATE_GOLDEN`` is unset, and rewrites only what differs when it is set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from research.model import Lead
from research.testing import UPDATE_VARIABLE, as_json, check_golden, golden_text

LEAD = Lead(url="https://ada-okafor.test/", source="webpage", name="Ada Okafor")


def test_the_variable_is_runnerup_update_golden() -> None:
    assert UPDATE_VARIABLE == "RUNNERUP_UPDATE_GOLDEN"


def test_equal_output_passes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(UPDATE_VARIABLE, raising=False)
    expected = tmp_path / "ada.lead.expected.json"
    # key order and spacing do not matter: the files are compared as data
    expected.write_text(json.dumps(as_json(LEAD), sort_keys=False), encoding="utf-8")
    check_golden(expected, LEAD)


def test_different_output_fails_with_a_diff_when_the_variable_is_unset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(UPDATE_VARIABLE, raising=False)
    expected = tmp_path / "ada.lead.expected.json"
    expected.write_text(golden_text(LEAD), encoding="utf-8")
    before = expected.read_bytes()
    changed = LEAD.model_copy(update={"name": "Ada O."})
    with pytest.raises(AssertionError) as failure:
        check_golden(expected, changed)
    message = str(failure.value)
    assert '-  "name": "Ada Okafor"' in message and '+  "name": "Ada O."' in message
    assert UPDATE_VARIABLE in message
    assert expected.read_bytes() == before  # nothing rewritten


def test_a_missing_file_fails_saying_how_to_write_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(UPDATE_VARIABLE, raising=False)
    with pytest.raises(AssertionError, match=f"{UPDATE_VARIABLE}=1"):
        check_golden(tmp_path / "new.expected.json", LEAD)
    assert not (tmp_path / "new.expected.json").exists()


@pytest.mark.parametrize("value", ["0", "", "yes"])
def test_only_one_turns_updating_on(
    value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(UPDATE_VARIABLE, value)
    expected = tmp_path / "x.expected.json"
    expected.write_text("[1]\n", encoding="utf-8")
    with pytest.raises(AssertionError):
        check_golden(expected, [2])


def test_the_variable_rewrites_what_differs_and_leaves_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(UPDATE_VARIABLE, "1")
    differs, agrees, missing = (tmp_path / f"{n}.expected.json" for n in ("a", "b", "c"))
    differs.write_text("[1]\n", encoding="utf-8")
    agrees.write_text('{"b": 2,   "a": 1}', encoding="utf-8")  # same data, its own layout
    check_golden(differs, {"z": [2], "y": "é"})
    check_golden(agrees, {"a": 1, "b": 2})
    check_golden(missing, [LEAD], sort_keys=False)
    assert differs.read_text(encoding="utf-8") == '{\n  "y": "é",\n  "z": [\n    2\n  ]\n}\n'
    assert agrees.read_text(encoding="utf-8") == '{"b": 2,   "a": 1}'
    assert json.loads(missing.read_text(encoding="utf-8")) == [as_json(LEAD)]
    monkeypatch.delenv(UPDATE_VARIABLE)
    check_golden(differs, {"y": "é", "z": [2]})  # and now it passes without the variable
