"""The ``company`` source: golden parser tests (announcements, team pages, sitemaps) and
runs on the fixture web through the real door.

Golden files: ``tests/sources/golden/company/<case>.html`` (or ``.xml``) with
``<case>.expected.json`` next to it. ``RUNNERUP_UPDATE_GOLDEN=1`` rewrites the expected
files (review the diff).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from research.model import Lead, Method, Subject
from research.source import SourceContext
from research.testing import check_golden
from sources._html import soup
from sources.company import CompanySource
from sources.company_parse import (
    announcement_role,
    find_mention,
    is_listing,
    page_score,
    parse_announcement,
    parse_sitemap,
    published_date,
    rank_pages,
    site_root,
)

GOLDEN = Path(__file__).parent / "golden" / "company"
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "web"
AT = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
CASES = {
    "press-release": ("https://fabrikam.test/press/priya-nair.html", "Priya Nair"),
    "team-page": ("https://northwind-robotics.test/leadership/", "Ada Okafor"),
}
CONTACTS = (
    "press@",
    "media@",
    "ada@ada-okafor.test",
    "7946 0958",
    "1234567",
    "Hauptstraße",
    "Dockside Road",
    "mailto:",
    "ada.okafor@lakeside-health.test",
    "555 010 4477",
)


def _evidence_light(data: dict[str, Any]) -> dict[str, Any]:
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


@pytest.mark.parametrize("case", sorted(CASES))
def test_golden_pages(case: str) -> None:
    url, name = CASES[case]
    html = (GOLDEN / f"{case}.html").read_text(encoding="utf-8")
    mention = find_mention(html, url, name, root=site_root({"employer_site": url}))
    assert mention is not None
    career = parse_announcement(html, url, name, None, AT)
    actual = {
        "mention": {
            "kind": mention.kind,
            "written_name": mention.written_name,
            "sentence": mention.sentence,
            "role": mention.role,
            "start": str(mention.start) if mention.start else None,
            "links": mention.links,
            "organisation": mention.organisation,
        },
        "career": _evidence_light(career.model_dump(mode="json")),
    }
    check_golden(GOLDEN / f"{case}.expected.json", actual, sort_keys=False)
    assert_no_contacts(json.dumps(actual, ensure_ascii=False))


@pytest.mark.parametrize("case", ["sitemap", "sitemap-index", "broken-sitemap"])
def test_golden_sitemaps(case: str) -> None:
    parsed = parse_sitemap((GOLDEN / f"{case}.xml").read_bytes())
    found = {"urls": parsed.urls, "sitemaps": parsed.sitemaps}
    check_golden(GOLDEN / f"{case}.expected.json", found, sort_keys=False)


def test_sitemap_rejects_garbage() -> None:
    assert parse_sitemap(b"").urls == []
    assert parse_sitemap(b"<html><body>not a sitemap</body></html>").urls == []
    billion = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;">]><urlset><url><loc>https://x.test/&b;</loc></url></urlset>'
    )
    assert all(len(u) < 200 for u in parse_sitemap(billion).urls)


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Northwind Robotics welcomes Ada Okafor as Head of Platform", "Head of Platform"),
        (
            "Northwind Robotics today announced that Ada Okafor has joined the company as Head of "
            "Platform.",
            "Head of Platform",
        ),
        ("Ada Okafor joins as Head of Platform.", "Head of Platform"),
        (
            "Ada Okafor joined Northwind in March as our new VP of Engineering, effective today.",
            "VP of Engineering",
        ),
        ("Tessellate Labs promotes Ada Okafor to Staff Engineer", "Staff Engineer"),
        ("Ada Okafor promoted to Staff Engineer", "Staff Engineer"),
        ("Ada Okafor has been appointed Chief Technology Officer.", "Chief Technology Officer"),
        ("The board appointed Ada Okafor as CFO on 1 May.", "CFO"),
        (
            "Acme has hired Ada Okafor as head of platform engineering, starting in April.",
            "head of platform engineering",
        ),
        (
            "We are delighted to welcome Ada Okafor, formerly of Tessellate Labs, as Director of "
            "Robotics.",
            "Director of Robotics",
        ),
        ("Meet our new Head of Platform, Ada Okafor", "Head of Platform"),
        ("ADA OKAFÖR joins as Head of Platform", "Head of Platform"),
        ("Ada Okafor gave a talk at the meetup.", None),
        ("Ada Okafor – Head of Platform", None),
        ("Northwind Robotics welcomes Bram Veldhuis as Head of Hardware", None),
    ],
)
def test_announcement_phrases(sentence: str, role: str | None) -> None:
    assert announcement_role(sentence, "Ada Okafor") == role


def test_published_date_sources() -> None:
    meta = '<meta property="article:published_time" content="2024-03-04T09:00:00Z"><p>x</p>'
    assert str(published_date(soup(meta))) == "2024-03"
    ld = (
        '<script type="application/ld+json">'
        '{"@type":"NewsArticle","datePublished":"2023-11-20"}</script>'
    )
    assert str(published_date(soup(ld))) == "2023-11"
    assert str(published_date(soup('<time datetime="2022-01-10">10 Jan</time>'))) == "2022-01"
    assert str(published_date(soup("<p>Posted on January 10, 2022 by the team</p>"))) == "2022-01"
    assert published_date(soup("<p>No date at all.</p>")) is None


def test_site_root_order_and_no_guessing() -> None:
    subject = Subject(name="Ada Okafor", employer="Northwind Robotics")
    assert site_root({}, subject) is None
    assert (
        site_root({"employer_site": "northwind-robotics.test"})
        == "https://northwind-robotics.test/"
    )
    assert (
        site_root({"posting_url": "https://jobs.northwind-robotics.test/head-of-platform.html"})
        == "https://northwind-robotics.test/"
    )
    assert (
        site_root(
            {
                "employer_url": "http://northwind-robotics.test/about/",
                "posting_url": "https://jobs.other.test/x",
            }
        )
        == "http://northwind-robotics.test/"
    )
    assert site_root({"posting_url": "https://boards.greenhouse.io/northwind/jobs/1"}) is None
    with_site = Subject(name="Ada Okafor", employer_site="https://tessellate-labs.test/x")
    assert site_root({}, with_site) == "https://tessellate-labs.test/"
    assert site_root({"employer_site": "ftp://x.test/"}) is None


def test_page_ranking() -> None:
    root = "https://northwind-robotics.test/"
    candidates = [
        (root, ""),
        (root + "careers/", ""),
        (root + "privacy/", ""),
        (root + "news/other-news.html", ""),
        (root + "about/", ""),
        (root + "team/", ""),
        (root + "news/", ""),
        (root + "news/ada-okafor-joins.html", ""),
        (root + "p/123", "Our leadership"),
        ("https://elsewhere.test/team/", ""),
        (root + "logo.png", ""),
    ]
    assert rank_pages(candidates, "Ada Okafor", root) == [
        root + "news/ada-okafor-joins.html",
        root + "p/123",
        root + "team/",
        root + "about/",
        root + "news/",
        root + "news/other-news.html",
    ]
    assert page_score(root + "jobs/ada-okafor", "", "Ada Okafor")[1] == "person"
    assert is_listing(root + "news/") and not is_listing(root + "news/other-news.html")


# -- the source on the fixture web ------------------------------------------------------------


async def _search(fixture_web: Any, subject: Subject, **options: Any) -> Any:
    from research.testing import RecordingFetcher
    from research.testing import fixture_door as door_for

    async with door_for(fixture_web) as door:
        fetcher = RecordingFetcher(door)
        source = CompanySource(SourceContext(fetcher=fetcher, options=options))
        return await source.search(subject), fetcher


def _pages(fixture_web: Any) -> list[str]:
    return [f"{r.host}{r.path}" for r in fixture_web.requests() if r.path != "/robots.txt"]


HIRE = Subject(name="Ada Okafor", employer="Northwind Robotics", role="Head of Platform")


async def test_search_finds_the_announcement_and_the_team_page(fixture_web: Any) -> None:
    leads, fetcher = await _search(
        fixture_web, HIRE, employer_site="https://northwind-robotics.test/"
    )
    by_url = {lead.url: lead for lead in leads}
    press = by_url["https://northwind-robotics.test/news/ada-okafor-joins.html"]
    assert press.name == "Ada Okafor" and press.employer == "Northwind Robotics"
    assert press.headline == "Head of Platform"
    assert press.extra == {"page_kind": "announcement", "start": "2024-03"}
    assert press.links == ["https://ada-okafor.test/"]
    assert press.snippet == "Northwind Robotics welcomes Ada Okafor as Head of Platform"
    team = by_url["https://northwind-robotics.test/team/"]
    assert team.extra == {"page_kind": "team"} and team.headline == "Head of Platform"
    assert team.employer == "Northwind Robotics"
    assert team.links == ["http://ada-okafor.test/"]
    assert set(by_url) == {press.url, team.url}
    pages = _pages(fixture_web)
    assert pages[0] == "northwind-robotics.test/sitemap.xml"
    assert pages[1] == "northwind-robotics.test/news/ada-okafor-joins.html"  # the name first
    assert "northwind-robotics.test/careers/" not in pages
    assert not any(p.startswith("northwind-robotics.test/private/") for p in pages)
    assert all(c.source == "company" and c.min_interval == 1.0 for c in fetcher.calls)
    assert_no_contacts(json.dumps([lead.model_dump(mode="json") for lead in leads]))


async def test_page_budget_counts_every_fetch(fixture_web: Any) -> None:
    leads, fetcher = await _search(
        fixture_web, HIRE, employer_site="https://northwind-robotics.test/", page_budget=2
    )
    assert len(fetcher.calls) == 2
    assert _pages(fixture_web) == [
        "northwind-robotics.test/sitemap.xml",
        "northwind-robotics.test/news/ada-okafor-joins.html",
    ]
    assert [lead.url for lead in leads] == [
        "https://northwind-robotics.test/news/ada-okafor-joins.html"
    ]


async def test_robots_disallowed_team_page_is_never_requested(fixture_web: Any) -> None:
    leads, _ = await _search(fixture_web, HIRE, employer_site="https://tessellate-labs.test/")
    pages = _pages(fixture_web)
    assert "tessellate-labs.test/team/" not in pages
    assert fixture_web.requests(host="tessellate-labs.test", path="/team/") == []
    assert pages[:3] == [
        "tessellate-labs.test/sitemap.xml",
        "tessellate-labs.test/sitemaps/pages.xml",
        "tessellate-labs.test/sitemaps/news.xml",
    ]
    assert [lead.url for lead in leads] == [
        "https://tessellate-labs.test/news/2022/ada-okafor-promoted.html"
    ]
    lead = leads[0]
    assert lead.employer == "Tessellate Labs" and lead.headline == "Staff Engineer"
    assert lead.extra == {"page_kind": "announcement", "start": "2022-01"}


async def test_without_a_sitemap_the_home_page_links_are_followed(fixture_web: Any) -> None:
    leads, _ = await _search(fixture_web, HIRE, employer_site="https://lakeside-health.test/")
    pages = _pages(fixture_web)
    assert pages[:2] == ["lakeside-health.test/sitemap.xml", "lakeside-health.test/"]
    urls = [lead.url for lead in leads]
    assert "https://lakeside-health.test/staff/ada-okafor" in urls
    assert "https://lakeside-health.test/staff/" in urls
    # the namesake's employer is the site's own organisation, not the subject's
    assert {lead.employer for lead in leads} == {"Lakeside Health"}
    assert {lead.headline for lead in leads} == {"Charge Nurse"}
    assert_no_contacts(json.dumps([lead.model_dump(mode="json") for lead in leads]))


async def test_no_site_means_no_request(fixture_web: Any) -> None:
    leads, fetcher = await _search(fixture_web, HIRE)
    assert leads == [] and fetcher.calls == [] and fixture_web.requests() == []


async def test_collect_reads_role_start_and_background(fixture_web: Any) -> None:
    from research.testing import RecordingFetcher
    from research.testing import fixture_door as door_for

    lead = Lead(
        url="https://northwind-robotics.test/news/ada-okafor-joins.html",
        source="company",
        name="Ada Okafor",
        employer="Northwind Robotics",
    )
    async with door_for(fixture_web) as door:
        source = CompanySource(SourceContext(fetcher=RecordingFetcher(door)))
        career = await source.collect(lead)
    jobs = {(e.title, e.employer, str(e.start), str(e.end)) for e in career.experiences}
    assert jobs == {
        ("Head of Platform", "Northwind Robotics", "2024-03", "None"),
        ("Staff Engineer", "Tessellate Labs", "None", "2024-03"),
        ("Software Engineer", "Brightwave", "2015", "2019"),
    }
    school = career.education[0]
    assert (school.institution, school.degree, school.field) == (
        "University of Lakeside",
        "MSc in Computer Science",
        "Computer Science",
    )
    evidences = [e.evidence[0] for e in career.experiences] + [
        e.evidence[0] for e in career.education
    ]
    for evidence in evidences:
        assert evidence.method is Method.HTML and evidence.quote and evidence.fetched_at
        assert evidence.url == lead.url and evidence.source == "company"
    assert_no_contacts(career.model_dump_json())


async def test_collect_without_a_name_reads_nothing(fixture_web: Any) -> None:
    from research.testing import RecordingFetcher
    from research.testing import fixture_door as door_for

    async with door_for(fixture_web) as door:
        source = CompanySource(SourceContext(fetcher=RecordingFetcher(door)))
        career = await source.collect(
            Lead(url="https://northwind-robotics.test/team/", source="company")
        )
    assert career.is_empty() and fixture_web.requests() == []


def test_text_sitemap() -> None:
    parsed = parse_sitemap(b"https://x.test/team/\nhttps://x.test/about/\n\nnot a url\n")
    assert parsed.urls == ["https://x.test/team/", "https://x.test/about/"]


def test_mention_split_over_elements() -> None:
    html = "<ul><li><b>Ada</b> Okafor – Head of Platform</li><li>Bram Veldhuis – CTO</li></ul>"
    mention = find_mention(html, "https://x.test/team/", "Ada Okafor", root="https://x.test/")
    assert mention is not None and mention.role == "Head of Platform"
    assert find_mention(html, "https://x.test/team/", "Ada Lovelace") is None


def test_promotion_page_ends_the_earlier_role() -> None:
    path = FIXTURES / "tessellate-labs.test" / "news" / "2022" / "ada-okafor-promoted.html"
    career = parse_announcement(path.read_text(encoding="utf-8"), "https://t.test/", "Ada Okafor")
    jobs = {(e.title, e.employer, str(e.start), str(e.end)) for e in career.experiences}
    assert jobs == {
        ("Staff Engineer", "Tessellate Labs", "2022-01", "None"),
        ("Senior Software Engineer", "Tessellate Labs", "2019-05", "2022-01"),
        ("Software Engineer", "Brightwave", "None", "None"),
    }


def test_background_organisations_are_case_sensitive() -> None:
    html = (
        "<h1>Acme welcomes Ada Okafor as CTO</h1><p>Before that, she was a Software Engineer "
        "at Brightwave for four years. She previously worked as Staff Engineer at Tessellate "
        "Labs from 2019 to 2024.</p>"
    )
    career = parse_announcement(html, "https://acme.test/n", "Ada Okafor", "Acme")
    jobs = {(e.title, e.employer, str(e.start), str(e.end)) for e in career.experiences}
    assert ("Software Engineer", "Brightwave", "None", "None") in jobs
    assert ("Staff Engineer", "Tessellate Labs", "2019", "2024") in jobs


OWN_SITES = (
    "ada-okafor.test",
    "ada-okafor-js.test",
    "lakeside-health.test",
    "northwind-robotics.test",
    "tessellate-labs.test",
)


@pytest.mark.parametrize("site", OWN_SITES)
def test_no_contact_details_from_any_fixture_page(site: str) -> None:
    """Every page of these sites carries emails, phones or street addresses somewhere; none
    reaches a lead or a career."""
    from research.privacy import find_contact_details
    from sources.webpage_parse import parse_profile_page, profile_lead

    for path in sorted((FIXTURES / site).rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        url = f"https://{site}/{path.relative_to(FIXTURES / site).as_posix()}"
        outputs: list[Any] = [
            parse_profile_page(html, url, AT, name="Ada Okafor"),
            profile_lead(html, url),
            parse_announcement(html, url, "Ada Okafor", None, AT),
        ]
        mention = find_mention(html, url, "Ada Okafor", root=f"https://{site}/")
        if mention is not None:
            outputs.append(mention.sentence)
        text = json.dumps(
            [o if isinstance(o, str) else o.model_dump(mode="json") for o in outputs],
            ensure_ascii=False,
        )
        assert_no_contacts(text)
        values = re.findall(r'"(?:quote|summary|snippet|title|headline|name)": "([^"]*)"', text)
        assert not [v for v in values if find_contact_details(v)], path
