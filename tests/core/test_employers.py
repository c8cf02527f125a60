"""research.employers: the one home of legal suffixes and employer keys."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import research.employers
from research.employers import (
    DISTINCT_LEGAL_SUFFIXES,
    LEGAL_SUFFIXES,
    UNMISTAKABLE_LEGAL_SUFFIXES,
    employer_key,
    employer_similarity,
    employer_tokens,
    same_employer,
    suffix_pattern,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Marram Robotics Ltd.", "Marram Robotics"),
        ("The Marram Robotics Company", "Marram Robotics"),
        ("Nordlys Energi AS", "Nordlys Energi"),
        ("Kettle & Pine GmbH", "Kettle & Pine"),
        ("Marram Robotics", "Marram Robotics, Swansea"),
        ("Lumen Analytics Group", "Lumen Analytics Holdings Ltd"),
    ],
)
def test_the_same_employer_written_two_ways(a: str, b: str) -> None:
    assert same_employer(a, b)


def test_identity_scores_a_suffix_away_as_the_same_name() -> None:
    assert employer_similarity("Marram Robotics Ltd.", "marram robotics").score == 1.0
    assert employer_similarity("NR", "Northwind Robotics GmbH").score == 0.85


@pytest.mark.parametrize(
    ("a", "b"),
    [("Marram Robotics", "Marram Foods"), ("Northwind Traders", "Southwind Traders Inc")],
)
def test_different_employers_stay_apart(a: str, b: str) -> None:
    assert not same_employer(a, b)


def test_a_key_drops_suffixes_case_and_punctuation() -> None:
    assert employer_key("The Northwind Robotics Co., Ltd.") == "northwind robotics"
    assert employer_tokens("The Northwind Robotics Co., Ltd.") == ("northwind", "robotics")
    # a legal word inside a name is kept where it is the name ("Ab" alone stays)
    assert employer_tokens("AB") == ("ab",)


def test_suffix_sets_nest_and_keep_ordinary_words_out_of_line_searches() -> None:
    assert UNMISTAKABLE_LEGAL_SUFFIXES < DISTINCT_LEGAL_SUFFIXES < LEGAL_SUFFIXES
    for word in ("as", "co", "spa", "company"):
        assert word in LEGAL_SUFFIXES and word not in DISTINCT_LEGAL_SUFFIXES
    for syllable in ("sa", "se", "asa"):
        assert syllable not in UNMISTAKABLE_LEGAL_SUFFIXES


def test_suffix_pattern_whole_words_with_a_full_stop() -> None:
    anywhere = suffix_pattern({"ltd", "inc"})
    assert anywhere.search("Acme Ltd. and partners")
    assert not anywhere.search("Incline Ltdx")
    at_end = suffix_pattern({"ltd"}, at_end=True)
    assert at_end.search("Acme Ltd.") and not at_end.search("Ltd Acme")


def test_the_module_is_pure_and_imports_nothing_of_runnerup() -> None:
    tree = ast.parse(Path(research.employers.__file__).read_text(encoding="utf-8"))
    imported = {
        node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
    } | {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    assert not {m for m in imported if m.startswith(("research", "sources"))}


_OWNED_LISTS = [
    "research/compare/text.py",
    "research/identity/employers.py",
    "research/merge.py",
    "research/read/sections.py",
    "research/read/places.py",
    "research/read/posting_text.py",
    "sources/webpage_mf.py",
    "sources/webpage_common.py",
    "sources/company_parse.py",
]


@pytest.mark.parametrize("module", _OWNED_LISTS)
def test_the_modules_that_had_a_suffix_list_use_the_shared_one(module: str) -> None:
    root = Path(research.employers.__file__).parent.parent
    words = re.findall(r"[a-z]+", (root / module).read_text(encoding="utf-8").lower())
    assert not {"gmbh", "llc"} <= set(words), f"{module} spells out legal suffixes again"
