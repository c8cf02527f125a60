"""The matcher's rules: whole tokens, case for short names, context, punctuation, fuzz."""

from __future__ import annotations

import pytest

from research.skills import (
    Match,
    find_certifications,
    find_languages,
    find_skills,
    lookup_certification,
    lookup_language,
    lookup_skill,
)


def ids(text: str) -> list[str]:
    return [m.id for m in find_skills(text)]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("We run on a shared platform", "terraform"),
        ("Experienced in Rust and Python", "r-language"),
        ("Worked at Google on good things", "go"),
        ("Built CI/CD pipelines", "c"),
        ("We are ready to go live next week", "go"),
        ("Go to the office at nine", "go"),
        ("vitamin C and zinc", "c"),
        ("John R. Smith, accountant", "r-language"),
        ("Reported to the C-suite", "c"),
        ("charging over USB-C", "c"),
        ("a django-like framework in javascript", "java"),
        ("reacting quickly to change", "react"),
        ("she will excel in this role", "microsoft-excel"),
        ("the rest of the team", "rest"),
        ("nodes in the graph", "node-js"),
        ("SQLite databases", "sql"),
        ("the Swift payment network in banking", "swift"),
        ("Ruby Tuesday restaurant manager", "ruby"),
        ("a rusty old car", "rust"),
    ],
)
def test_no_match_inside_words_or_for_look_alikes(text: str, absent: str) -> None:
    assert absent not in ids(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C, C++ and Go", ["c", "cpp", "go"]),
        ("C# and .NET on ASP.NET Core", ["csharp", "dotnet", "asp-net"]),
        ("Node.js, CI/CD and A/B testing", ["node-js", "ci-cd", "ab-testing"]),
        ("React Native apps", ["react-native"]),
        ("machine learning engineer", ["machine-learning"]),
        ("Kubernetes (k8s) and Postgres", ["kubernetes", "kubernetes", "postgresql"]),
        ("JS and ECMAScript", ["javascript", "javascript"]),
        ("built data pipelines", ["data-pipelines"]),
        ("Data-Pipelines in Python", ["data-pipelines", "python"]),
        ("R, Python and SQL for statistics", ["r-language", "python", "sql", "statistics"]),
        ("Languages: Go, Rust", ["go", "rust"]),
        ("ML and AI", ["machine-learning", "ai"]),
        ("UX research and QA", ["user-research", "qa"]),
        ("Git, AWS and Excel", ["git", "aws", "microsoft-excel"]),
        ("mergers & acquisitions", ["mergers-and-acquisitions"]),
        ("go-to-market strategy", ["go-to-market-strategy"]),
        ("M&A and R&D", ["mergers-and-acquisitions"]),
        ("Programming in C", ["programming", "c"]),
        ("C/C++ and Objective-C", ["c", "cpp", "objective-c"]),
        ("PL/SQL, T-SQL and ASP.NET Core", ["pl-sql", "t-sql", "asp-net"]),
        ("Go, Python", ["go", "python"]),
        ("Ada Okafor, Python developer", ["python"]),
        ("Wrote firmware in C", ["embedded-systems", "c"]),
    ],
)
def test_matches(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


def test_offsets_and_text_refer_to_the_input() -> None:
    text = "Skills: Python, C++ and Kubernets."
    found = find_skills(text)
    assert [(m.id, m.text) for m in found] == [
        ("python", "Python"),
        ("cpp", "C++"),
        ("kubernetes", "Kubernets"),
    ]
    for match in found:
        assert text[match.start : match.end] == match.text
        assert match.kind == "skill"
    assert found[0].score == 1.0
    assert 0.92 <= found[2].score < 1.0


def test_short_names_are_case_sensitive() -> None:
    assert ids("Go and SQL") == ["go", "sql"]
    assert "go" not in ids("go and sql")
    assert ids("QA") == ["qa"]
    assert ids("qa") == []
    assert ids("SKILLS: REACT, EXCEL, SQL, PYTHON") == ["react", "microsoft-excel", "sql", "python"]
    assert "go" not in ids("SKILLS: GO, PYTHON")


@pytest.mark.parametrize(
    ("typo", "skill_id"),
    [
        ("Kubernets", "kubernetes"),
        ("Postgress", "postgresql"),
        ("Javascrpt", "javascript"),
        ("machine lerning", "machine-learning"),
        ("Tensorflow", "tensorflow"),
    ],
)
def test_typos_of_long_names_are_forgiven(typo: str, skill_id: str) -> None:
    assert ids(f"Experience with {typo} in production") == [skill_id]


def test_fuzzy_needs_length_and_score() -> None:
    assert ids("Pythn") == []  # under six characters: never fuzzy
    assert ids("Terrafrom") == []  # a transposition scores under 92
    assert ids("management of the platforms") == []


def test_normalisation_of_diacritics_case_and_plurals() -> None:
    assert ids("RÉSEAUX, Pandas, APIs, Microservices") == ["pandas", "api-design", "microservices"]
    assert ids("Machine-Learning") == ["machine-learning"]


def test_certifications() -> None:
    text = (
        "PMP, CISSP, AWS Certified Solutions Architect – Associate, Security+, CompTIA A+, "
        "CKA, Six Sigma Green Belt, OSHA 30, Series 7, RN, BLS and ACLS; CDL Class A"
    )
    assert [m.id for m in find_certifications(text)] == [
        "pmp",
        "cissp",
        "aws-saa",
        "security-plus",
        "comptia-a-plus",
        "cka",
        "six-sigma-green-belt",
        "osha-30",
        "series-7",
        "rn",
        "bls",
        "acls",
        "cdl",
    ]
    assert all(m.kind == "certification" for m in find_certifications(text))


def test_ambiguous_certification_abbreviations_need_context() -> None:
    def certs(text: str) -> list[str]:
        return [m.id for m in find_certifications(text)]

    assert certs("Senior CSM at Acme, owning renewals") == []
    assert certs("Certifications: CSM, PMP") == ["csm", "pmp"]
    assert certs("Jane Doe, PMP") == ["pmp"]
    assert certs("Jane Doe, NP") == ["np"]
    assert certs("solved NP-hard scheduling problems") == []
    assert certs("CAPM and Black-Scholes pricing models") == []
    assert certs("Certified Associate in Project Management (CAPM)") == ["capm", "capm"]


def test_certification_look_alikes_are_blocked() -> None:
    assert find_certifications("Installed EMT conduit in the plant") == []
    assert [m.id for m in find_certifications("Licensed EMT and paramedic")] == ["emt", "paramedic"]


def test_languages_are_not_programming_languages() -> None:
    text = "Fluent in German and Mandarin; Java and Python daily; native English, basic español."
    assert [m.id for m in find_languages(text)] == ["german", "mandarin", "english", "spanish"]
    assert [m.kind for m in find_languages("French")] == ["language"]
    assert find_languages("Java, Python, Go, Swift, Rust") == []
    assert find_languages("we polish the floors") == []
    assert [m.id for m in find_languages("Polish (native)")] == ["polish"]


def test_lookup() -> None:
    assert (found := lookup_skill("Kubernets")) is not None and found.id == "kubernetes"
    assert (found := lookup_skill("k8s")) is not None and found.id == "kubernetes"
    assert (
        found := lookup_skill("machine-learning")
    ) is not None and found.id == "machine-learning"
    assert (found := lookup_skill("golang")) is not None and found.id == "go"
    assert (found := lookup_skill("go")) is not None and found.id == "go"
    assert (found := lookup_skill("react")) is not None and found.id == "react"
    assert (found := lookup_skill("cpp")) is not None and found.id == "cpp"
    assert lookup_skill("underwater basket weaving") is None
    assert lookup_skill("deprecation") is None  # an English word, not "depreciation"
    assert lookup_skill("") is None
    assert (cert := lookup_certification("AZ-104")) is not None and cert.id == "az-104"
    assert (lang := lookup_language("Farsi")) is not None and lang.id == "persian"


def test_match_is_a_frozen_value() -> None:
    match = find_skills("Python")[0]
    assert match == Match("python", "Python", "skill", 0, 6, "Python", 1.0)
    with pytest.raises(AttributeError):
        match.id = "java"  # type: ignore[misc]
