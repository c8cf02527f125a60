"""The ``webpage`` source: golden parser tests (HTML in, Career JSON out) and runs on the
fixture web through the real door.

Golden files: ``tests/sources/golden/webpage/<case>.html`` with
``<case>.expected.json`` next to it. ``RUNNERUP_UPDATE_GOLDEN=1`` rewrites the expected
files (review the diff).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from research.merge import merge_careers
from research.model import Career, Lead, Method, Subject
from research.source import SourceContext
from research.testing import check_golden
from sources.webpage import WebPageSource
from sources.webpage_parse import (
    document_links,
    json_resume_links,
    looks_like_js_shell,
    opengraph,
    page_links,
    parse_profile_page,
    profile_lead,
)

GOLDEN = Path(__file__).parent / "golden" / "webpage"
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "web"
AT = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
CONTACTS = (
    "ada@ada-okafor.test",
    "ada.okafor@lakeside-health.test",
    "ada.okafor@example.com",
    "7946 0321",
    "7946 0958",
    "555 010 4477",
    "555 0101",
    "Harbour Lane",
    "Shore Road",
    "BS1 4XY",
    "mailto:",
)
CASE_NAMES = {"team-page-named": "Ada Okafor"}


def career_json(career: Career) -> dict[str, Any]:
    """The career as compared with golden files: evidence reduced to method and quote."""
    data = career.model_dump(mode="json")
    for key in ("experiences", "education", "certifications", "skills", "languages", "work"):
        for item in data[key]:
            item["evidence"] = [
                {"method": e["method"], "quote": e["quote"]} for e in item["evidence"]
            ]
    return data


def assert_no_contacts(text: str) -> None:
    for needle in CONTACTS:
        assert needle.lower() not in text.lower(), f"contact detail {needle!r} leaked"


# -- golden parser tests ----------------------------------------------------------------------


@pytest.mark.parametrize("case", sorted(p.stem for p in GOLDEN.glob("*.html")))
def test_golden_profile_pages(case: str) -> None:
    html = (GOLDEN / f"{case}.html").read_text(encoding="utf-8")
    url = f"https://golden.test/{case}.html"
    career = parse_profile_page(html, url, AT, name=CASE_NAMES.get(case))
    actual = {
        "career": career_json(career),
        "page_links": page_links(html, url),
        "lead": profile_lead(html, url, name=CASE_NAMES.get(case)).model_dump(mode="json"),
    }
    check_golden(GOLDEN / f"{case}.expected.json", actual, sort_keys=False)
    assert_no_contacts(json.dumps(actual, ensure_ascii=False))


def test_json_ld_graph_reads_roles_credentials_and_locality_only() -> None:
    html = (GOLDEN / "jsonld-graph.html").read_text(encoding="utf-8")
    career = parse_profile_page(html, "https://golden.test/", AT)
    jobs = {(e.title, e.employer, str(e.start), str(e.end)) for e in career.experiences}
    assert ("Head of Platform", "Northwind Robotics", "None", "None") in jobs
    assert ("Staff Engineer", "Tessellate Labs", "2022-01", "2024-02") in jobs
    assert ("Software Engineer", "Brightwave", "2015-09", "2019-04") in jobs
    assert career.location == "Bristol"
    schools = {e.institution: e for e in career.education}
    assert schools["University of Ibadan"].degree == "BSc Computer Science"
    assert schools["University of Lakeside"].level is not None
    assert [c.name for c in career.certifications] == ["Certified Kubernetes Administrator (CKA)"]
    assert {s.name for s in career.skills} == {"Kubernetes", "Observability"}
    assert {lang.name for lang in career.languages} == {"English", "Yoruba"}
    evidences = [e.evidence[0] for e in career.experiences] + [
        e.evidence[0] for e in career.education
    ]
    for evidence in evidences:
        assert evidence.method is Method.JSON_LD
        assert evidence.url == "https://golden.test/"
        assert evidence.fetched_at == AT


def test_h_resume_dates_and_methods() -> None:
    html = (GOLDEN / "hresume.html").read_text(encoding="utf-8")
    career = parse_profile_page(html, "https://golden.test/", AT)
    assert career.name == "Ada Okafor" and career.location == "Bristol"
    jobs = {(e.title, e.employer, str(e.start), str(e.end)) for e in career.experiences}
    assert ("Staff Engineer", "Tessellate Labs", "2022-01", "2024-02") in jobs
    assert ("Software Engineer", "Brightwave", "2015-09", "2019-04") in jobs
    assert career.education[0].institution == "University of Lakeside"
    assert all(e.evidence[0].method is Method.MICROFORMAT for e in career.experiences)


def test_a_named_person_is_picked_among_many() -> None:
    html = (GOLDEN / "team-page-named.html").read_text(encoding="utf-8")
    career = parse_profile_page(html, "https://golden.test/", AT, name="Ada Okafor")
    assert career.name == "Ada N. Okafor" and career.headline == "Head of Platform"
    nobody = parse_profile_page(html, "https://golden.test/", AT, name="Jonas Whitfield")
    assert nobody.is_empty() and nobody.name is None


def test_opengraph_gives_name_and_headline_only() -> None:
    html = (GOLDEN / "opengraph.html").read_text(encoding="utf-8")
    assert opengraph(html) == ("Ada Okafor", "Head of Platform at Northwind Robotics")
    career = parse_profile_page(html, "https://golden.test/", AT)
    assert career.name == "Ada Okafor" and career.is_empty()


def test_text_fallback_finds_sections() -> None:
    html = (GOLDEN / "text-fallback.html").read_text(encoding="utf-8")
    career = parse_profile_page(html, "https://golden.test/", AT)
    assert {e.employer for e in career.experiences} >= {"Northwind Robotics", "Tessellate Labs"}
    assert career.education and career.education[0].institution == "University of Lakeside"
    assert all(e.evidence[0].method is Method.TEXT for e in career.experiences)
    assert_no_contacts(career.model_dump_json())


def test_links_found_on_the_homepage() -> None:
    html = (FIXTURES / "ada-okafor.test" / "index.html").read_text(encoding="utf-8")
    base = "https://ada-okafor.test/"
    assert page_links(html, base) == [
        "https://github.com/adaokafor",
        "https://orcid.org/0000-0002-1825-0097",
    ]
    assert json_resume_links(html, base) == ["https://ada-okafor.test/resume.json"]
    assert document_links(html, base) == ["https://ada-okafor.test/ada-okafor-cv.pdf"]


def test_page_links_rules() -> None:
    html = """
    <a href="https://github.com/adaokafor">code</a>
    <a href="https://github.com/adaokafor/pathweave">a repository, not a profile</a>
    <a rel="me" href="https://social.example.test/@ada">me</a>
    <a href="https://www.linkedin.com/in/ada-okafor/">LinkedIn</a>
    <a href="mailto:ada@ada-okafor.test">mail</a>
    <a href="/about">about</a>
    <a href="https://x.test/">self</a>
    """
    assert page_links(html, "https://x.test/") == [
        "https://github.com/adaokafor",
        "https://social.example.test/@ada",
        "https://www.linkedin.com/in/ada-okafor/",
    ]


def test_document_links_need_cv_words() -> None:
    html = """
    <a href="/files/ada-okafor-cv.pdf">download</a>
    <a href="/files/report.pdf">Annual report</a>
    <a href="/files/x.docx">My résumé (Word)</a>
    <a href="/files/lebenslauf.pdf">DE</a>
    <a href="/files/resume.html">resume (web)</a>
    """
    assert document_links(html, "https://x.test/") == [
        "https://x.test/files/ada-okafor-cv.pdf",
        "https://x.test/files/x.docx",
        "https://x.test/files/lebenslauf.pdf",
    ]


def test_js_shell_detection() -> None:
    shell = (FIXTURES / "ada-okafor-js.test" / "index.html").read_text(encoding="utf-8")
    assert looks_like_js_shell(shell)
    home = (FIXTURES / "ada-okafor.test" / "index.html").read_text(encoding="utf-8")
    assert not looks_like_js_shell(home)
    assert not looks_like_js_shell("<p>short page, no scripts</p>")


def test_two_pages_about_one_person_merge_into_one_career_with_both_evidence() -> None:
    html = (GOLDEN / "hresume.html").read_text(encoding="utf-8")
    a = parse_profile_page((GOLDEN / "jsonld-graph.html").read_text(encoding="utf-8"), "u", AT)
    b = parse_profile_page(html, "https://other.test/", AT)
    merged = merge_careers([a, b])
    staff = [e for e in merged.experiences if e.employer == "Tessellate Labs"]
    assert len(staff) == 1
    assert {ev.method for ev in staff[0].evidence} == {Method.JSON_LD, Method.MICROFORMAT}
    assert len([e for e in merged.education if e.institution == "University of Lakeside"]) == 1


# -- the source on the fixture web ------------------------------------------------------------


async def _run(fixture_web: Any, run: Any) -> Any:
    from research.testing import RecordingFetcher
    from research.testing import fixture_door as door_for

    async with door_for(fixture_web) as door:
        fetcher = RecordingFetcher(door)
        source = WebPageSource(SourceContext(fetcher=fetcher))
        return await run(source), fetcher


def _pages(fixture_web: Any) -> list[str]:
    return [f"{r.host}{r.path}" for r in fixture_web.requests() if r.path != "/robots.txt"]


async def test_homepage_reads_linked_cv_and_json_resume(fixture_web: Any) -> None:
    lead = Lead(url="https://ada-okafor.test/", source="webpage", name="Ada Okafor")
    career, fetcher = await _run(fixture_web, lambda s: s.collect(lead))
    assert _pages(fixture_web) == [
        "ada-okafor.test/",
        "ada-okafor.test/resume.json",
        "ada-okafor.test/ada-okafor-cv.pdf",
    ]
    assert all(c.source == "webpage" for c in fetcher.calls)
    methods = {ev.method for e in career.experiences for ev in e.evidence}
    assert {Method.JSON_LD, Method.MICROFORMAT, Method.JSON_RESUME, Method.PDF} <= methods
    titles = [(e.title, e.employer) for e in career.experiences]
    assert len(titles) == len(set(titles)), f"duplicates after merging: {titles}"
    assert ("Senior Software Engineer", "Tessellate Labs") in titles
    assert career.name == "Ada Okafor" and career.headline == "Head of Platform"
    assert_no_contacts(career.model_dump_json())


async def test_namesake_page_is_read_for_what_it_says(fixture_web: Any) -> None:
    lead = Lead(
        url="https://lakeside-health.test/staff/ada-okafor", source="webpage", name="Ada Okafor"
    )
    career, _ = await _run(fixture_web, lambda s: s.collect(lead))
    employers = {e.employer for e in career.experiences}
    assert employers == {"Lakeside Health"}
    assert career.location == "Harbourton"
    assert not any("northwind" in e.casefold() for e in employers)
    assert_no_contacts(career.model_dump_json())


async def test_noindex_page_gives_an_empty_career_and_reads_nothing_more(
    fixture_web: Any,
) -> None:
    lead = Lead(url="https://ada-okafor.test/drafts/notes.html", source="webpage")
    career, _ = await _run(fixture_web, lambda s: s.collect(lead))
    assert career.is_empty() and career.name is None
    assert _pages(fixture_web) == ["ada-okafor.test/drafts/notes.html"]


async def test_a_lead_that_is_a_cv_document_is_read(fixture_web: Any) -> None:
    lead = Lead(url="https://ada-okafor.test/ada-okafor-cv.pdf", source="websearch")
    career, _ = await _run(fixture_web, lambda s: s.collect(lead))
    assert {e.employer for e in career.experiences} >= {"Northwind Robotics", "Brightwave"}
    assert all(ev.method is Method.PDF for e in career.experiences for ev in e.evidence)
    assert_no_contacts(career.model_dump_json())


async def test_search_turns_hint_urls_into_leads(fixture_web: Any) -> None:
    subject = Subject(
        name="Ada Okafor",
        hints=["aka:Northwind", "https://ada-okafor.test/", "https://www.linkedin.com/in/ada"],
    )
    leads, _ = await _run(fixture_web, lambda s: s.search(subject))
    assert [lead.url for lead in leads] == [
        "https://ada-okafor.test/",
        "https://www.linkedin.com/in/ada",
    ]
    home, linkedin = leads
    assert home.name == "Ada Okafor" and home.employer == "Northwind Robotics"
    assert home.links == ["https://github.com/adaokafor", "https://orcid.org/0000-0002-1825-0097"]
    assert home.extra == {"given_by_user": "yes"}
    assert linkedin.fetchable is False and linkedin.name == "Ada Okafor"
    assert not any("linkedin" in r.host for r in fixture_web.requests())


def test_accepts_any_fetchable_http_page() -> None:
    source = WebPageSource(SourceContext(fetcher=None))  # type: ignore[arg-type]
    assert source.accepts(Lead(url="https://ada-okafor.test/", source="github"))
    assert not source.accepts(Lead(url="ftp://ada-okafor.test/", source="github"))
    assert not source.accepts(Lead(url="https://x.test/", source="github", fetchable=False))
    assert not source.accepts(Lead(url="https://www.linkedin.com/in/ada", source="websearch"))


async def test_js_shell_without_browser_returns_what_it_has(fixture_web: Any) -> None:
    from research.testing import RecordingFetcher
    from research.testing import fixture_door as door_for

    # rendering turned off: the door's render answers ``unsupported``
    async with door_for(fixture_web, browser_executable="none") as door:
        fetcher = RecordingFetcher(door)
        source = WebPageSource(SourceContext(fetcher=fetcher))
        career = await source.collect(
            Lead(url="https://ada-okafor-js.test/", source="webpage", name="Ada Okafor")
        )
    rendered = [c.url for c in fetcher.calls if c.purpose.startswith("render")]
    assert rendered == ["https://ada-okafor-js.test/"]
    assert career.is_empty()


@pytest.mark.browser
async def test_js_homepage_is_rendered_through_the_door(fixture_web: Any) -> None:
    lead = Lead(url="https://ada-okafor-js.test/", source="webpage", name="Ada Okafor")
    career, fetcher = await _run(fixture_web, lambda s: s.collect(lead))
    assert any(c.purpose.startswith("render") for c in fetcher.calls)
    assert {e.employer for e in career.experiences} >= {"Northwind Robotics", "Tessellate Labs"}
    assert career.location == "Bristol"
    assert "ada-okafor-js.test/profile.json" in _pages(fixture_web)
    assert_no_contacts(career.model_dump_json())


def test_text_fallback_skips_navigation() -> None:
    html = (FIXTURES / "ada-okafor.test" / "projects.html").read_text(encoding="utf-8")
    career = parse_profile_page(html, "https://ada-okafor.test/projects.html", AT)
    titles = [w.title for w in career.work]
    assert "Back home" not in titles


def test_a_page_about_someone_else_gives_nothing_for_the_lead() -> None:
    path = FIXTURES / "lakeside-health.test" / "staff" / "ada-okafor" / "index.html"
    html = path.read_text(encoding="utf-8")
    career = parse_profile_page(html, "https://lakeside-health.test/", AT, name="Bram Veldhuis")
    assert career.is_empty() and career.name is None and career.headline is None
