"""The data's integrity: counts, unique ids and aliases, broader links, self-consistency."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from importlib import resources

import pytest

from research.model import DegreeLevel
from research.skills import (
    all_certifications,
    all_languages,
    all_skills,
    broader_chain,
    certification,
    certification_count,
    find_languages,
    find_skills,
    language_count,
    lookup_certification,
    lookup_language,
    lookup_skill,
    related,
    skill,
    skill_count,
)
from research.skills._text import normalize
from research.skills.vocabulary import (
    TECHNICAL_CATEGORIES,
    certifications,
    degrees,
    languages,
    raw_entries,
    skills,
)

SKILLS = 2351
CERTIFICATIONS = 409
LANGUAGES = 90
SHARED_ALIASES = frozenset({"swift"})
"""Normalised aliases deliberately naming two entries of one kind, told apart by case:
"SWIFT" (payments) and "Swift" (the language)."""
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def test_counts_are_pinned() -> None:
    assert skill_count() == SKILLS
    assert certification_count() == CERTIFICATIONS
    assert language_count() == LANGUAGES
    assert SKILLS >= 1500 and CERTIFICATIONS >= 200 and LANGUAGES >= 60


@pytest.mark.parametrize("name", ["skills.json", "certifications.json", "languages.json"])
def test_ids_are_unique_slugs(name: str) -> None:
    ids = [raw["id"] for raw in raw_entries(name)]
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    assert [i for i in ids if not SLUG.match(i)] == []


@pytest.mark.parametrize("name", ["skills.json", "certifications.json", "languages.json"])
def test_aliases_name_one_entry(name: str) -> None:
    owner: dict[str, str] = {}
    clashes = []
    for raw in raw_entries(name):
        for alias in {raw["name"], *raw["aliases"]}:
            key = normalize(alias)
            assert key, (raw["id"], alias)
            other = owner.setdefault(key, raw["id"])
            if other != raw["id"] and key not in SHARED_ALIASES:
                clashes.append((alias, other, raw["id"]))
    assert clashes == []


@pytest.mark.parametrize("name", ["skills.json", "certifications.json", "languages.json"])
def test_data_files_hold_one_object_per_line(name: str) -> None:
    text = resources.files("research.skills").joinpath("data", name).read_text("utf-8")
    lines = text.splitlines()
    assert lines[0] == "[" and lines[-1] == "]"
    for line in lines[1:-1]:
        assert isinstance(json.loads(line.rstrip(",")), dict)


def test_broader_links_exist_and_never_cycle() -> None:
    table = skills()
    for entry in table.values():
        assert entry.broader is None or entry.broader in table, entry.id
        assert entry.broader != entry.id
        chain = broader_chain(entry.id)
        assert len(chain) == len(set(chain))
        # the chain ends at a root: no cycle was cut short
        assert table[chain[-1]].broader is None, chain


def test_broader_chain_and_related() -> None:
    assert broader_chain("django") == ["django", "python", "programming"]
    assert broader_chain("pytorch")[:3] == ["pytorch", "deep-learning", "machine-learning"]
    assert related("django", "python")
    assert related("python", "django")
    assert related("python", "python")
    assert not related("django", "flask")
    assert not related("python", "no-such-skill")
    with pytest.raises(KeyError):
        broader_chain("no-such-skill")


def test_categories() -> None:
    categories = {entry.category for entry in skills().values()}
    assert categories >= TECHNICAL_CATEGORIES
    for wanted in (
        "healthcare",
        "trades",
        "finance",
        "accounting",
        "legal",
        "education",
        "marketing",
        "sales",
        "human-resources",
        "operations-logistics",
        "design",
        "business",
    ):
        assert wanted in categories
    assert all(SLUG.match(c) for c in categories)


def test_certifications_point_at_real_skills() -> None:
    table = skills()
    for entry in certifications().values():
        assert entry.skill is None or entry.skill in table, entry.id
        assert entry.issuer, entry.id


def test_entries_by_id() -> None:
    assert skill("kubernetes").aliases[0].lower() == "k8s"
    assert certification("pmp").issuer == "PMI"
    with pytest.raises(KeyError):
        skill("no-such-skill")
    with pytest.raises(KeyError):
        certification("no-such-cert")


def test_every_name_and_alias_looks_itself_up() -> None:
    for entry in skills().values():
        for name in (entry.name, *entry.aliases, entry.id):
            found = lookup_skill(name)
            assert found is not None and found.id == entry.id, (name, entry.id, found)
    for cert in certifications().values():
        for name in (cert.name, *cert.aliases):
            found_cert = lookup_certification(name)
            assert found_cert is not None and found_cert.id == cert.id, (name, cert.id)
    for language in languages().values():
        found_language = lookup_language(language.name)
        assert found_language is not None and found_language.id == language.id


def test_every_plain_name_is_found_in_text() -> None:
    contextual = {alias for raw in raw_entries("skills.json") for alias in raw.get("ctx", ())}
    missed = []
    for entry in skills().values():
        if entry.name in contextual or "(" in entry.name:
            continue
        found = [m.id for m in find_skills(f"Experience: {entry.name}.")]
        if found != [entry.id]:
            missed.append((entry.name, found))
    assert missed == []


def test_no_human_language_is_a_programming_language() -> None:
    for name in ("Java", "Python", "Go", "Rust", "Swift", "Ruby", "Kotlin", "Dart", "Julia"):
        assert find_languages(name) == []
        assert lookup_language(name) is None


def test_degree_data() -> None:
    levels = [entry.level for entry in degrees()]
    assert set(levels) == {level.value for level in DegreeLevel} | {None}


def test_nothing_loads_at_import_time() -> None:
    code = (
        "import research.skills as s, research.skills.vocabulary as v; "
        "assert v.skills.cache_info().currsize == 0; "
        "assert v.skill_matcher.cache_info().currsize == 0; "
        "s.find_skills('Python'); "
        "assert v.skill_matcher.cache_info().currsize == 1"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_all_entries() -> None:
    assert len(all_skills()) == SKILLS
    assert len(all_certifications()) == CERTIFICATIONS
    assert len(all_languages()) == LANGUAGES
