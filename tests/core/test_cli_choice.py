"""Choosing the hire at the terminal: the CLI shows the candidates and asks; identity only
decides whether it must ask (tests/identity/test_identity_gate.py)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from types import SimpleNamespace

import pytest
from rich.console import Console
from typer.testing import CliRunner

from research.cli import app
from research.commands._choice import MAX_PROMPT_ATTEMPTS, prompt_choice, render_candidates
from research.model import Candidate, Lead, ScorePart
from research.testing import FixtureWeb


def _candidate(number: int, name: str, score: float, *, read: bool = True) -> Candidate:
    return Candidate(
        id=number,
        name=name,
        employer="Northwind",
        headline="Head of Platform",
        score=score,
        parts=[
            ScorePart(name="employer", points=0.25, detail="works at Northwind"),
            ScorePart(name="location", points=-0.15, detail="in Toronto"),
        ],
        leads=[Lead(url=f"https://github.com/u{number}", source="github", fetchable=read)],
    )


TWO = [_candidate(2, "Ada Nwosu", 0.5, read=False), _candidate(1, "Ada Okafor", 0.95)]


def _console() -> Console:
    return Console(file=io.StringIO(), width=200, color_system=None)


def _shown(console: Console) -> str:
    text = console.file.getvalue()  # type: ignore[attr-defined]
    assert isinstance(text, str)
    return text


def _typing(*answers: str) -> tuple[list[str], Callable[[str], str]]:
    asked: list[str] = []
    left = list(answers)

    def ask(question: str) -> str:
        asked.append(question)
        if not left:
            raise EOFError
        return left.pop(0)

    return asked, ask


def test_the_table_shows_who_where_and_why() -> None:
    console = _console()
    console.print(render_candidates(TWO))
    text = _shown(console)
    for expected in (
        "Who is the hire?",
        "Ada Okafor",
        "Ada Nwosu",
        "0.95",
        "github: github.com",
        "(not read)",
        "works at Northwind",
        "against: in Toronto",
        "Head of Platform",
    ):
        assert expected in text
    assert text.index("Ada Okafor") < text.index("Ada Nwosu")  # by number, not by input order


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (["2"], 2),
        (["1"], 1),
        ([""], None),
        (["0"], None),
        (["x", "9", "2"], 2),
        ([], None),
        (["a"] * (MAX_PROMPT_ATTEMPTS + 3), None),
    ],
)
def test_the_prompt_takes_a_listed_number_or_none(typed: list[str], expected: int | None) -> None:
    console = _console()
    asked, ask = _typing(*typed)
    chosen = prompt_choice(TWO, console, ask)
    assert (chosen.id if chosen else None) == expected
    assert asked and "0 or Enter" in asked[0]
    assert len(asked) <= MAX_PROMPT_ATTEMPTS
    if "9" in typed:
        assert "Please type a number from 1 to 2" in _shown(console)


def test_no_candidates_asks_nothing() -> None:
    console = _console()
    asked, ask = _typing("1")
    assert prompt_choice([], console, ask) is None
    assert asked == []
    assert "No candidates were found." in _shown(console)


QUILLFEATHER = ["Ada Okafor", "--employer", "Quillfeather Analytics", "--role", "Data Lead"]


def _lookup_at_a_terminal(
    fixture_web: FixtureWeb, monkeypatch: pytest.MonkeyPatch, *answers: str
) -> tuple[int, str, str, list[str]]:
    """`runnerup lookup` with a person at the terminal typing ``answers``."""
    from research.commands import lookup_run

    monkeypatch.setenv("RUNNERUP_FIXTURE_SPACING", "0")
    # CliRunner swaps sys.stdin for a pipe while the command runs: the command sees a terminal
    terminal = SimpleNamespace(stdin=SimpleNamespace(isatty=lambda: True))
    monkeypatch.setattr(lookup_run, "sys", terminal)
    monkeypatch.setattr(Console, "is_terminal", property(lambda self: True))
    asked: list[str] = []
    left = list(answers)

    def typed(self: Console, prompt: str = "", **_: object) -> str:
        asked.append(prompt)
        return left.pop(0)

    monkeypatch.setattr(Console, "input", typed)
    argv = ["--connect-to", fixture_web.connect_to, "lookup", *QUILLFEATHER]
    result = CliRunner().invoke(
        app, [*argv, "--source", "github", "--format", "json"], catch_exceptions=False
    )
    return result.exit_code, result.stdout, result.stderr, asked


def test_lookup_asks_at_a_terminal_and_takes_the_answer(
    fixture_web: FixtureWeb, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err, asked = _lookup_at_a_terminal(fixture_web, monkeypatch, "2")
    assert code == 0, err
    assert len(asked) == 1 and "Which one is the hire?" in asked[0]
    assert "Who is the hire?" in err
    identity = json.loads(out)["identity"]
    assert identity["decided_by"] == "prompt"
    assert identity["chosen"]["id"] == 2


def test_lookup_at_a_terminal_none_of_these_stops_with_exit_3(
    fixture_web: FixtureWeb, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _, asked = _lookup_at_a_terminal(fixture_web, monkeypatch, "0")
    assert len(asked) == 1
    assert code == 3 and out == ""
