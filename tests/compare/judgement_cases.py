"""The judgement cases on disk (``fixtures/judgement/``): find, load, check and run them.

The case format is described in ``fixtures/judgement/README.md``; scoring a run is
:mod:`judgement_score`.
"""

from __future__ import annotations

import json
import re
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CASES = Path(__file__).resolve().parents[2] / "fixtures" / "judgement"
FLOORS = CASES / "floors.json"
LEANINGS = ("you", "hire", "even", "unknown")
VERDICTS = ("met", "partial", "not_shown", "unknown")
QUESTIONS = ("experience", "specific_experience", "credentials", "beyond", "pay", "insider")
ACTION_KINDS = ("close_gap", "wording", "highlight")


# ---------------------------------------------------------------- loading and running


def case_dirs() -> list[Path]:
    return sorted(p for p in CASES.iterdir() if (p / "expected.toml").is_file())


def load_expected(folder: Path) -> dict[str, Any]:
    return tomllib.loads((folder / "expected.toml").read_text("utf-8"))


def cli_args(folder: Path, expected: dict[str, Any], home: Path) -> list[str]:
    inputs = expected["inputs"]
    args = ["--home", str(home), "compare", "--format", "json"]
    args += [
        "--resume",
        str(folder / inputs["resume"]),
        "--posting",
        str(folder / inputs["posting"]),
    ]
    for profile in inputs["profiles"]:
        args += ["--profile", str(folder / profile)]
    for key, option in (
        ("hire_date", "--hire-date"),
        ("employer", "--employer"),
        ("role", "--role"),
        ("hire_name", "--hire-name"),
    ):
        if inputs.get(key):
            args += [option, str(inputs[key])]
    return args


@dataclass
class Run:
    exit_code: int
    report: dict[str, Any] | None
    message: str


def run_case(folder: Path, expected: dict[str, Any]) -> Run:
    """``runnerup compare --format json`` on the case, in-process."""
    from typer.testing import CliRunner

    from research.cli import app

    with tempfile.TemporaryDirectory(prefix="runnerup-judgement-") as home:
        result = CliRunner().invoke(app, cli_args(folder, expected, Path(home)))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        name = type(result.exception).__name__
        return Run(-1, None, f"{name}: {result.exception}")
    stdout = result.stdout
    report = None
    if result.exit_code == 0:
        try:
            # anything printed before the JSON (a progress line) is not the report
            report = json.loads(stdout[stdout.find("{") :] if "{" in stdout else stdout)
        except ValueError:
            return Run(-1, None, "stdout is not JSON: " + stdout[:200])
    return Run(result.exit_code, report, result.output)


# ---------------------------------------------------------------- well-formed cases

_TOP = {
    "description",
    "field",
    "covers",
    "inputs",
    "expect",
    "leans",
    "years",
    "rows",
    "must",
    "must_not",
    "letter",
    "absent",
    "summaries",
}
_YEAR_KEYS = {"tolerance", "you_total", "you_relevant", "hire_total", "hire_relevant"}
_ACTION_KEYS = {"kind", "row", "text", "regex", "count"}


def problems(folder: Path) -> list[str]:
    """What is wrong with a case's files (empty when it is well-formed)."""
    try:
        expected = load_expected(folder)
    except (OSError, tomllib.TOMLDecodeError) as error:
        return [f"expected.toml: {error}"]
    out = [f"unknown key {k!r}" for k in expected if k not in _TOP]
    if not str(expected.get("description", "")).strip():
        out.append("no description")
    inputs = expected.get("inputs", {})
    files = [inputs.get("resume"), inputs.get("posting"), *inputs.get("profiles", [])]
    if not inputs.get("profiles"):
        out.append("no profiles")
    out += [f"missing input {f!r}" for f in files if not f or not (folder / f).is_file()]
    for key in ("hire_date",):
        if key in inputs and not re.fullmatch(r"\d{4}(-\d{2})?", str(inputs[key])):
            out.append(f"{key} is not YYYY-MM")
    want = expected.get("expect", {})
    if "error_exit" in want:
        if any(k in expected for k in ("leans", "rows", "years", "must", "must_not", "letter")):
            out.append("an error case cannot expect a report")
    else:
        as_of = want.get("as_of")
        if as_of != "today" and not re.fullmatch(r"\d{4}-\d{2}", str(as_of)):
            out.append("expect.as_of must be YYYY-MM or 'today'")
        if not expected.get("leans") or not expected.get("rows"):
            out.append("a report case needs leans and rows")
    for question, lean in expected.get("leans", {}).items():
        if question not in QUESTIONS or lean not in LEANINGS:
            out.append(f"bad lean {question} = {lean!r}")
    for key, value in expected.get("years", {}).items():
        if key not in _YEAR_KEYS:
            out.append(f"unknown years key {key!r}")
        elif isinstance(value, str) and not re.fullmatch(r"since \d{4}-\d{2}", value):
            out.append(f"years {key} = {value!r} is neither a number nor 'since YYYY-MM'")
    for spec in expected.get("rows", []):
        if not spec.get("match"):
            out.append("a row without match")
        for side in ("you", "hire"):
            values = spec.get(side, [])
            for v in values if isinstance(values, list) else [values]:
                if v not in VERDICTS:
                    out.append(f"bad verdict {v!r} for {spec.get('match')!r}")
    for key in ("must", "must_not"):
        for spec in expected.get(key, []):
            if set(spec) - _ACTION_KEYS or (spec.get("kind") and spec["kind"] not in ACTION_KINDS):
                out.append(f"bad {key} entry {spec!r}")
            if spec.get("regex"):
                try:
                    re.compile(spec["regex"])
                except re.error:
                    out.append(f"bad regex {spec['regex']!r}")
    for key in expected.get("summaries", {}):
        if key.removesuffix("_not") not in QUESTIONS or not key.endswith("_not"):
            out.append(f"bad summaries key {key!r}")
    return out
