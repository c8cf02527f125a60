"""Name matching: kinds, scores and reasons."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from research.identity.names import (
    KIND_SCORES,
    SAME_NAME,
    are_nicknames,
    find_name_in_text,
    may_be_name,
    name_similarity,
    parse_name,
    same_name,
    spelled_in_handle,
    to_ascii,
)

CASES = [
    ("Ada Okafor", "Ada Okafor", "exact"),
    ("Ada Okafor", "ADA OKAFOR", "exact"),
    ("Dr. Ada Okafor", "Ada Okafor", "exact"),
    ("Prof. Ada Okafor, PhD", "Ada Okafor", "exact"),
    ("Mr. Tomasz Nowak Jr.", "Tomasz Nowak", "exact"),
    ("Hannah Lindqvist, CPA", "Ms Hannah Lindqvist MBA", "exact"),
    ("Okafor, Ada", "Ada Okafor", "exact"),
    ("José García", "Jose Garcia", "variant"),
    ("José García Márquez", "Jose Garcia", "variant"),
    ("Zoë Müller-Brandt", "Zoe Muller", "variant"),
    ("Anna Smith-Jones", "Anna Smith Jones", "variant"),
    ("Anna Smith-Jones", "Anna Jones", "variant"),
    ("Jonathan Q. Miller", "Jonathan Miller", "variant"),
    ("Jonathan Q. Miller", "Jonathan Quentin Miller", "variant"),
    ("Liesl van der Berg", "Liesl Berg", "variant"),
    ("J. Miller", "Jonathan Miller", "initials"),
    ("J. Q. Miller", "Jonathan Quentin Miller", "initials"),
    ("Shah Priya", "Priya Shah", "reordered"),
    ("Wang Wei", "Wei Wang", "reordered"),
    ("王伟", "Wei Wang", "reordered"),
    ("Kim Min-jun", "Min-jun Kim", "reordered"),
    ("Bob Miller", "Robert Miller", "nickname"),
    ("Liz Chen", "Elizabeth Chen", "nickname"),
    ("Bill Foster", "William Foster", "nickname"),
    ("Bob Miller", "Rob Miller", "nickname"),
    ("Ada Okafor", "Ada Okafour", "fuzzy"),
    ("Priya Shah", "Rahul Shah", "different"),
    ("Priya Shah", "Priyanka Shah", "different"),
    ("Ada Okafor", "Ada Nwosu", "different"),
    ("John Smith", "Nathan Smith", "different"),
    ("Jonathan Q. Miller", "Jonathan R. Miller", "different"),
    ("Robert Miller Jr.", "Robert Miller Sr.", "different"),
    ("Robert Miller Jr.", "Robert Miller III", "different"),
]


@pytest.mark.parametrize(("a", "b", "kind"), CASES)
def test_kind(a: str, b: str, kind: str) -> None:
    match = name_similarity(a, b)
    assert match.kind == kind, match
    assert 0.0 <= match.score <= 1.0
    assert match.detail


@pytest.mark.parametrize(("a", "b", "kind"), CASES)
def test_symmetric(a: str, b: str, kind: str) -> None:
    assert name_similarity(b, a).kind == kind
    assert name_similarity(b, a).score == name_similarity(a, b).score


def test_kinds_are_ordered() -> None:
    order = ["exact", "variant", "reordered", "nickname", "initials"]
    scores = [KIND_SCORES[k] for k in order]
    assert scores == sorted(scores, reverse=True)
    assert name_similarity("Ada Okafor", "Ada Okafour").score < KIND_SCORES["initials"]
    assert name_similarity("Priya Shah", "Rahul Shah").score == 0.0


def test_same_name_is_exact_variant_or_reordered() -> None:
    assert same_name("Shah Priya", "Priya Shah")
    assert same_name("José García", "Jose Garcia")
    assert not same_name("Bob Miller", "Robert Miller")
    assert not same_name("J. Miller", "Jonathan Miller")
    assert KIND_SCORES["reordered"] >= SAME_NAME > KIND_SCORES["nickname"]


def test_nicknames_dataset() -> None:
    assert are_nicknames("bob", "robert")
    assert are_nicknames("elizabeth", "liz")
    assert not are_nicknames("john", "nathan")
    assert not are_nicknames("priya", "rahul")


def test_parse_name() -> None:
    parsed = parse_name("Dr. José García Márquez, PhD")
    assert parsed is not None
    assert parsed.given == "jose"
    assert parsed.family == ("marquez",)
    assert parsed.middles == ("garcia",)
    assert parse_name("Ms. Liesl van der Berg") is not None
    assert parse_name("Dr.") is None
    assert parse_name("   ") is None


def test_to_ascii_splits_cjk() -> None:
    assert to_ascii("王伟").split() == ["Wang", "Wei"]
    assert to_ascii("Łucja Wróbel") == "Lucja Wrobel"


def test_find_name_in_text() -> None:
    text = "Northwind Robotics welcomes Ada Okafor as Head of Platform"
    match = find_name_in_text("Ada Okafor", text)
    assert match is not None and match.kind == "exact"
    assert find_name_in_text("Ada Okafor", "Northwind Robotics opens a Berlin office") is None
    assert find_name_in_text("Ada Okafor", "") is None


def test_unparseable_is_different() -> None:
    assert name_similarity("", "Ada Okafor").kind == "different"
    assert name_similarity("Ada", "Ada Okafor").kind == "fuzzy"
    assert name_similarity("Ada", "Ada Okafor").score < KIND_SCORES["initials"]


NAMES = ["Ada Okafor", "Priya Shah", "Wei Wang", "Bob Miller", "José García", "J. Miller"]


@pytest.mark.parametrize(("a", "b"), list(itertools.combinations(NAMES, 2)))
def test_pairs_are_symmetric(a: str, b: str) -> None:
    assert name_similarity(a, b).score == name_similarity(b, a).score


@given(st.text(max_size=40))
def test_any_text_scores_in_range(text: str) -> None:
    match = name_similarity(text, "Ada Okafor")
    assert 0.0 <= match.score <= 1.0


@given(
    st.lists(
        st.sampled_from(["ada", "okafor", "priya", "shah", "maría", "o'neil", "smith-jones"]),
        min_size=2,
        max_size=4,
    )
)
def test_a_name_matches_itself(words: list[str]) -> None:
    text = " ".join(w.title() for w in words)
    assert name_similarity(text, text).kind == "exact"


@pytest.mark.parametrize(
    ("name", "shown", "kept"),
    [
        ("Ada Okafor", "Okafor, Ada", True),
        ("Łukasz Nowak", "Lukasz Nowak", True),
        ("William Okafor", "Bill Okafor", True),
        ("Ada Okafor", "Ada O.", False),
        ("Ada Okafor", "Chidi Okafor & Ada", False),
    ],
)
def test_may_be_name_keeps_same_names_and_nicknames(name: str, shown: str, kept: bool) -> None:
    assert may_be_name(name, shown) is kept


@pytest.mark.parametrize(
    ("handle", "spelled"),
    [
        ("adaokafor.bsky.social", True),
        ("@ada_okafor42", True),
        ("okaforada.test", True),
        ("okaforcanada.bsky.social", False),
        ("ada.bsky.social", False),
    ],
)
def test_spelled_in_handle_needs_the_whole_name(handle: str, spelled: bool) -> None:
    assert spelled_in_handle("Ada Okafor", handle) is spelled
