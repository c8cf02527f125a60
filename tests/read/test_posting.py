"""The posting reader: JobPosting JSON-LD (graph, lists, references, microdata, broken
blocks), page and text fallbacks, files, and privacy."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from research.errors import DocumentNotFound, UnsupportedDocument
from research.model import DegreeLevel, Evidence, Method, RequirementKind, SalaryRange
from research.read.jsonld import json_ld_blocks
from research.read.posting import (
    looks_like_posting,
    parse_posting_html,
    parse_posting_text,
    read_posting_file,
)
from research.read.posting_jsonld import find_job_postings, has_job_posting
from research.read.posting_text import parse_date, parse_salary, split_page_title

POSTINGS = Path(__file__).resolve().parents[2] / "fixtures" / "documents" / "postings"


def page(*blocks: str, body: str = "<h1>Page</h1>") -> str:
    scripts = "".join(f'<script type="application/ld+json">{b}</script>' for b in blocks)
    return f"<!doctype html><html><head>{scripts}</head><body>{body}</body></html>"


def posting(**fields: object) -> dict[str, object]:
    return {"@context": "https://schema.org", "@type": "JobPosting", **fields}


# -- finding the JobPosting ------------------------------------------------------------------


def test_json_ld_top_level_list_graph_and_microdata() -> None:
    top = page(json.dumps(posting(title="A")))
    listed = page(json.dumps([{"@type": "Organization", "name": "X"}, posting(title="B")]))
    graph = page(json.dumps({"@context": "https://schema.org", "@graph": [posting(title="C")]}))
    typed = page(json.dumps({"@type": ["Thing", "JobPosting"], "title": "D"}))
    micro = (
        '<div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">E</h1>'
        '<div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization">'
        '<span itemprop="name">Acme Widgets</span></div></div>'
    )
    assert [find_job_postings(p)[0]["title"] for p in (top, listed, graph, typed, micro)] == [
        "A", "B", "C", "D", "E",
    ]  # fmt: skip
    assert parse_posting_html(micro).employer == "Acme Widgets"
    assert not has_job_posting(page(json.dumps({"@type": "Person", "name": "Ada"})))


def test_tolerant_json_ld() -> None:
    blocks = json_ld_blocks(
        page(
            '<!-- {"@type": "JobPosting", "title": "commented",} -->',
            '{"@type": "JobPosting", "title": "line\nbreak"}',
            "{ broken beyond repair",
            "",
        )
    )
    assert [b["title"] for b in blocks] == ["commented", "line\nbreak"]


def test_broken_json_ld_falls_back_to_the_page_text() -> None:
    html = page(
        '{"@type": "JobPosting", "title": "Broken"',
        body="<h1>Widget Tester</h1><h2>Requirements</h2><ul><li>3+ years of QA</li></ul>",
    )
    role = parse_posting_html(html, url="http://acme-widgets.test/jobs/1")
    assert role.title == "Widget Tester"
    assert role.evidence[0].method is Method.HTML
    assert [(r.kind, r.years) for r in role.requirements] == [(RequirementKind.EXPERIENCE, 3)]


def test_id_references_in_the_graph_are_resolved() -> None:
    graph = {
        "@graph": [
            {"@type": "Organization", "@id": "#org", "name": "Acme Widgets",
             "url": "http://acme-widgets.test/"},
            posting(title="Tester", hiringOrganization={"@id": "#org"}),
        ]
    }  # fmt: skip
    role = parse_posting_html(page(json.dumps(graph)))
    assert (role.employer, role.employer_url) == ("Acme Widgets", "http://acme-widgets.test/")


# -- JobPosting fields -----------------------------------------------------------------------


def test_job_posting_fields() -> None:
    data = posting(
        title="Widget Engineer &amp; Tester",
        hiringOrganization={"@type": "Organization", "name": "Acme Widgets",
                            "sameAs": ["http://acme-widgets.test/"]},
        datePosted="2026-03-04T10:00:00+01:00",
        validThrough="2026-04-01",
        jobLocation=[{"@type": "Place", "address": {
            "@type": "PostalAddress", "streetAddress": "1 Long Road",
            "addressLocality": "Leeds", "addressCountry": {"@type": "Country", "name": "UK"}}}],
        baseSalary={"@type": "MonetaryAmount", "currency": "gbp",
                    "value": {"@type": "QuantitativeValue", "minValue": "40000",
                              "maxValue": 52000.5, "unitText": "YEAR"}},
        experienceRequirements={"@type": "OccupationalExperienceRequirements",
                                "monthsOfExperience": 30},
        educationRequirements=[{"@type": "EducationalOccupationalCredential",
                                "credentialCategory": "postgraduate degree"}],
        skills=["Python", "Docker"],
        qualifications="Must speak fluent English. A PMP certification is a plus.",
        responsibilities="You will test widgets. Must love widgets.",
    )  # fmt: skip
    role = parse_posting_html(page(json.dumps(data)), url="http://acme-widgets.test/jobs/7")
    assert role.title == "Widget Engineer & Tester"
    assert (role.employer, role.employer_url) == ("Acme Widgets", "http://acme-widgets.test/")
    assert role.date_posted == date(2026, 3, 4)
    assert role.location == "Leeds, UK"
    assert role.salary == SalaryRange(minimum=40000, maximum=52000.5, currency="GBP", period="year")
    assert role.url == "http://acme-widgets.test/jobs/7"
    assert role.evidence[0].method is Method.JSON_LD
    summary = [(r.kind, r.required, r.skill, r.years, r.degree_level) for r in role.requirements]
    assert summary == [
        (RequirementKind.LANGUAGE, True, "english", None, None),
        (RequirementKind.EXPERIENCE, True, None, 2.5, None),
        (RequirementKind.EDUCATION, True, None, None, DegreeLevel.MASTER),
        (RequirementKind.SKILL, True, "python", None, None),
        (RequirementKind.SKILL, True, "docker", None, None),
        (RequirementKind.CERTIFICATION, False, "pmp", None, None),
    ]
    assert "widgets" not in " ".join(r.text for r in role.requirements)


@pytest.mark.parametrize(
    ("salary", "expected"),
    [
        ({"currency": "USD", "value": {"value": 62, "unitText": "HOUR"}},
         SalaryRange(minimum=62, maximum=62, currency="USD", period="hour")),
        ({"currency": "EUR", "value": 5000, "unitText": "MONTH"},
         SalaryRange(minimum=5000, maximum=5000, currency="EUR", period="month")),
        ({"value": {"minValue": 1, "unitText": "DAY"}},
         SalaryRange(minimum=1, maximum=None, currency=None, period="day")),
        ("lots", None),
    ],
)  # fmt: skip
def test_salary_shapes(salary: object, expected: SalaryRange | None) -> None:
    assert parse_posting_html(page(json.dumps(posting(baseSalary=salary)))).salary == expected


def test_remote_location() -> None:
    data = posting(
        jobLocationType="TELECOMMUTE",
        applicantLocationRequirements={"@type": "Country", "name": "Canada"},
    )
    assert parse_posting_html(page(json.dumps(data))).location == "Remote (Canada)"


def test_description_requirements_come_before_structured_ones_without_repeats() -> None:
    data = posting(
        description=(
            "<h3>Requirements</h3><ul><li>4+ years of Go</li><li>Python or Rust</li></ul>"
        ),
        experienceRequirements={"monthsOfExperience": 48},
        skills="Go, Rust, Kubernetes",
    )
    role = parse_posting_html(page(json.dumps(data)))
    assert [(r.kind.value, r.skill, r.years) for r in role.requirements] == [
        ("experience", "go", 4),
        ("skill", "python", None),
        ("skill", "kubernetes", None),
    ]


# -- text postings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first_lines", "title", "employer"),
    [
        ("Senior Backend Engineer — Northwind Robotics", "Senior Backend Engineer",
         "Northwind Robotics"),
        ("Head of Platform at Northwind Robotics", "Head of Platform", "Northwind Robotics"),
        ("Northwind Robotics | Head of Platform", "Head of Platform", "Northwind Robotics"),
        ("Northwind Robotics is hiring a Head of Platform.", "Head of Platform",
         "Northwind Robotics"),
        ("# Data Engineer\n\n**Lumen Ledger** · Lisbon, Portugal", "Data Engineer",
         "Lumen Ledger"),
        ("Position: QA Lead\nCompany: Acme Widgets", "QA Lead", "Acme Widgets"),
    ],
)  # fmt: skip
def test_title_and_employer_from_text(first_lines: str, title: str, employer: str) -> None:
    role = parse_posting_text(
        first_lines + "\n\nRequirements\n- Go\n", evidence=Evidence(source="posting")
    )
    assert (role.title, role.employer) == (title, employer)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Salary: €90,000 – €110,000 per year", SalaryRange(minimum=90000, maximum=110000,
                                                            currency="EUR", period="year")),
        ("Pay: $120k-$150k", SalaryRange(minimum=120000, maximum=150000, currency="USD")),
        ("USD 45 an hour", SalaryRange(minimum=45, maximum=45, currency="USD", period="hour")),
        ("£42,000 to £50,000 per annum", SalaryRange(minimum=42000, maximum=50000,
                                                     currency="GBP", period="year")),
        ("We raised $5M last year", None),
        ("Salary: competitive", None),
    ],
)  # fmt: skip
def test_parse_salary(line: str, expected: SalaryRange | None) -> None:
    assert parse_salary(line) == expected


def test_dates_and_page_titles() -> None:
    assert parse_date("Posted on 3 November 2026") == date(2026, 11, 3)
    assert parse_date("October 2, 2026") == date(2026, 10, 2)
    assert parse_date("2026-02-30") is None
    assert split_page_title("Head of Platform | Careers at Northwind Robotics") == (
        "Head of Platform",
        "Northwind Robotics",
    )
    assert split_page_title("Jobs", "Acme") == ("", "Acme")


def test_looks_like_posting() -> None:
    assert looks_like_posting("Data Engineer\nRequirements\n- SQL\n")
    assert not looks_like_posting("Ada Okafor\nExperience\nNorthwind\nRequirements\n- x\n")
    assert not looks_like_posting("Ada Okafor\nSkills\nPython\n")
    assert not looks_like_posting("Bo Lind\nTEACHING EXPERIENCE\nx\nQUALIFICATIONS\nPGCE\n")
    assert not looks_like_posting(
        "Bo Lind\nQualifications\nBA, 2010 - 2013\nMA, 2013 – 2014\nWork: 2014 - present\n"
    )
    assert looks_like_posting("Tester\nSkills & Experience\n- Go\nNice to have\n- Rust\n")


# -- files and privacy -----------------------------------------------------------------------


def test_read_posting_file_errors(tmp_path: Path) -> None:
    with pytest.raises(DocumentNotFound):
        read_posting_file(tmp_path / "missing.pdf")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with pytest.raises(UnsupportedDocument):
        read_posting_file(empty)


def test_read_posting_file_saved_json_ld(tmp_path: Path) -> None:
    saved = tmp_path / "posting.json"
    saved.write_text(json.dumps({"@graph": [posting(title="Widget Tester")]}))
    role = read_posting_file(saved)
    assert role.title == "Widget Tester"
    assert role.evidence[0].file == "posting.json"


@pytest.mark.parametrize("name", sorted(p.name for p in POSTINGS.glob("*.*")
                                         if not p.name.endswith(".expected.json")))  # fmt: skip
def test_no_contact_details_in_any_posting(name: str) -> None:
    dumped = read_posting_file(POSTINGS / name).model_dump_json()
    for private in ("@", "+351", "4477", "Harbour Street", "Rua das Flores"):
        assert private not in dumped, (name, private)


def test_fetched_at_and_url_are_kept() -> None:
    when = datetime(2026, 10, 1, 12, 0, tzinfo=UTC)
    role = parse_posting_html(
        page(json.dumps(posting(title="A"))), url="http://x.test/", fetched_at=when
    )
    assert role.evidence[0].fetched_at == when
    assert role.evidence[0].url == "http://x.test/"


# -- robustness ------------------------------------------------------------------------------

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner, max_size=3)
    ),
    max_leaves=12,
)
_FIELDS = st.sampled_from(
    ["title", "name", "hiringOrganization", "datePosted", "jobLocation", "jobLocationType",
     "applicantLocationRequirements", "baseSalary", "estimatedSalary", "skills",
     "qualifications", "experienceRequirements", "educationRequirements", "description",
     "salaryCurrency", "@graph"]
)  # fmt: skip


@given(st.dictionaries(_FIELDS, _JSON, max_size=8))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_job_posting_shape_reads_without_error(fields: dict[str, object]) -> None:
    role = parse_posting_html(page(json.dumps(posting(**fields))))
    assert [r.id for r in role.requirements] == [
        f"r{i}" for i in range(1, len(role.requirements) + 1)
    ]


@given(st.text(max_size=400))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_page_or_text_reads_without_error(text: str) -> None:
    parse_posting_html(f'<script type="application/ld+json">{text}</script><p>{text}</p>')
    parse_posting_text(text, evidence=Evidence(source="posting"))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("including at least 3 years leading, over the past 5 years",
         "including at least 3 years leading, over the past 5 years"),
        ("Posted: 2026-10-20", "Posted: 2026-10-20"),
        ("At least 3 years of Go; questions to jobs@acme-widgets.test",
         "At least 3 years of Go; questions to"),
        ("Acme Widgets, 12 Harbour Street, Rotterdam", "Acme Widgets, Rotterdam"),
        ("Call +44 20 7946 0958 today", "Call today"),
    ],
)  # fmt: skip
def test_scrub_posting_keeps_requirement_wording(text: str, kept: str) -> None:
    from research.privacy import scrub

    assert scrub(text, "posting") == kept


def test_long_runs_of_blanks_are_read() -> None:
    # hostile spacing (a regex that backtracks would never finish this)
    text = "Requirements\n- 5" + " " * 20_000 + "years\nSalary: €5" + " \t" * 10_000 + "k\n"
    role = parse_posting_text(text, evidence=Evidence(source="posting"))
    assert role.requirements[0].years == 5


@pytest.mark.parametrize("count", ["5", "seven", "eleven", "twenty", "1.5"])
def test_years_asked_in_a_paragraph_about_the_role_are_a_requirement(count: str) -> None:
    """A paragraph outside any requirements section that asks years of the candidate is a
    requirement, however the posting writes the number (the same numbers the years are
    read from)."""
    text = (
        "Warehouse Planner\nCompany: Acme Widgets\n\nAbout the role\n"
        "You plan the weekly loads of our northern depots. "
        f"You bring at least {count} years of experience in logistics planning.\n"
    )
    role = parse_posting_text(text, evidence=Evidence(source="posting"))
    assert any("logistics planning" in r.text for r in role.requirements), role.requirements
