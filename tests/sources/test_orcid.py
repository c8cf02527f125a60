"""The ``orcid`` source: golden parser tests, privacy, refusals, and the requests it makes.

Golden files: ``golden/orcid/<case>.input.json`` (an API answer in its documented shape) and
``<case>.<parser>.expected.json`` next to it. ``RUNNERUP_UPDATE_GOLDEN=1`` rewrites the
expected files; review the diff before committing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from research.errors import SourceError
from research.model import DegreeLevel, Lead, PartialDate, Subject
from research.source import Example, Expect, SourceContext
from research.testing import as_json, check_golden, load_json
from sources.orcid import (
    HIRE_ID,
    NAMESAKE_ID,
    OrcidSource,
    build_query,
    headline_of,
    is_orcid_id,
    orcid_of,
    parse_date,
    parse_educations,
    parse_employments,
    parse_personal_details,
    parse_search,
    parse_works,
)

GOLDEN = Path(__file__).parent / "golden" / "orcid"
AT = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
URL = f"https://orcid.org/{HIRE_ID}"
# the fixture's email and phone (+234 801 555 0142), never a bare "0142": fetched_at
# timestamps carry digits like that
CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|801 555|555 0142", re.IGNORECASE)
HOST = "pub.orcid.org/v3.0"


PARSERS: dict[str, Callable[[Any], Any]] = {
    "search": lambda data: parse_search(data, "Northwind Robotics"),
    "employments": lambda data: parse_employments(data, URL, AT),
    "educations": lambda data: parse_educations(data, URL, AT),
    "works": lambda data: parse_works(data, URL, AT),
    "details": lambda data: list(parse_personal_details(data)),
}
CASES = [
    ("search-ada-okafor", "search"),
    ("employments-hire", "employments"),
    ("employments-namesake", "employments"),
    ("educations-hire", "educations"),
    ("educations-namesake", "educations"),
    ("works-hire", "works"),
    ("personal-details-hire", "details"),
]


def _load(case: str) -> Any:
    return load_json(GOLDEN / f"{case}.input.json")


@pytest.mark.parametrize(("case", "parser"), CASES, ids=[f"{c}-{p}" for c, p in CASES])
def test_golden(case: str, parser: str) -> None:
    produced = PARSERS[parser](_load(case))
    check_golden(GOLDEN / f"{case}.{parser}.expected.json", produced)
    assert not CONTACT.search(json.dumps(as_json(produced))), "a contact detail got through"


def test_employments_are_exact() -> None:
    jobs = parse_employments(_load("employments-hire"), URL, AT)
    assert [(j.title, j.employer, str(j.start), str(j.end) if j.end else None) for j in jobs] == [
        ("Head of Platform", "Northwind Robotics", "2024-03", None),
        ("Staff Engineer", "Tessellate Labs", "2022-01", "2024-02"),
        ("Senior Software Engineer", "Tessellate Labs", "2019-05", "2021-12"),
        ("Software Engineer", "Brightwave", "2015-09", "2019-04"),
    ]
    assert jobs[0].location == "Lagos, Lagos, NG"
    assert jobs[0].summary == "Department: Platform Engineering"
    assert all(
        e.source == "orcid" and e.method == "api" and e.url == URL for j in jobs for e in j.evidence
    )
    assert headline_of(jobs) == "Head of Platform at Northwind Robotics"
    assert headline_of([]) is None


def test_education_level_and_field() -> None:
    msc, hire_bsc = parse_educations(_load("educations-hire"), URL, AT)
    assert msc.institution == "University of Lakeside" and msc.degree == "MSc Computer Science"
    assert msc.level is DegreeLevel.MASTER and msc.field == "Computer Science"
    assert (str(msc.start), str(msc.end)) == ("2013", "2014")
    assert hire_bsc.institution == "University of Ibadan"
    assert hire_bsc.degree == "BSc Computer Science"
    assert hire_bsc.level is DegreeLevel.BACHELOR and hire_bsc.field == "Computer Science"
    assert (str(hire_bsc.start), str(hire_bsc.end)) == ("2009", "2013")
    (bsc,) = parse_educations(_load("educations-namesake"), URL, AT)
    assert bsc.level is DegreeLevel.BACHELOR and bsc.field == "Nursing"


def test_works_urls_and_kinds() -> None:
    works = parse_works(_load("works-hire"), URL, AT)
    assert [(w.kind, w.url, str(w.date)) for w in works] == [
        ("publication", "https://doi.org/10.5555/ada.2023.0042", "2023-06"),
        ("publication", "https://doi.org/10.5555/ada.2021.0117", "2021-11"),
        ("talk", "https://ada-okafor.test/talks/platform-team", "2024-10"),
    ]
    assert parse_works({"group": None}, URL, AT) == []
    assert parse_works({"group": [{"work-summary": [{"title": None}]}]}, URL, AT) == []


def test_search_never_keeps_emails_and_picks_the_employer() -> None:
    data = _load("search-ada-okafor")
    assert data["expanded-result"][0]["email"], "the fixture must carry an email"
    hire, nurse = parse_search(data, "Northwind Robotics")
    assert hire.url == URL and hire.handle == HIRE_ID and hire.name == "Ada Okafor"
    assert hire.employer == "Northwind Robotics"
    assert hire.extra["institutions"].startswith("Tessellate Labs; Northwind Robotics")
    assert "email" not in hire.model_dump_json().lower()
    # the nurse's affiliations do not match the hint: no employer is guessed for her
    assert nurse.employer is None and nurse.url.endswith(NAMESAKE_ID)
    assert "Lakeside Health" in nurse.snippet
    (first, _) = parse_search(data, None)
    assert first.employer is None  # no hint: the list says nothing about who employs whom
    assert parse_search({"expanded-result": None, "num-found": 0}) == []
    assert parse_search({"expanded-result": [{"orcid-id": "0000-0003-4521-7781"}]}) == []


def test_biography_is_scrubbed() -> None:
    name, summary = parse_personal_details(_load("personal-details-hire"))
    assert name == "Ada Okafor"
    assert "motion planning" in summary and not CONTACT.search(summary)
    assert parse_personal_details({}) == (None, "")


@pytest.mark.parametrize(
    ("node", "expected"),
    [
        ({"year": {"value": "2019"}, "month": {"value": "03"}, "day": {"value": "01"}}, "2019-03"),
        ({"year": {"value": "2013"}, "month": None, "day": None}, "2013"),
        ({"year": {"value": "2013"}, "month": {"value": "13"}}, "2013"),
        ({"year": None}, None),
        (None, None),
    ],
)
def test_parse_date(node: Any, expected: str | None) -> None:
    produced = parse_date(node)
    assert (str(produced) if produced else None) == expected
    if expected:
        assert produced == PartialDate.parse(expected)


def test_build_query() -> None:
    subject = Subject(name="Ada Okafor", employer="Northwind Robotics")
    assert build_query(subject) == (
        'given-names:Ada AND family-name:Okafor AND affiliation-org-name:"Northwind Robotics"'
    )
    assert build_query(subject, with_affiliation=False) == "given-names:Ada AND family-name:Okafor"
    tricky = Subject(name='Ada "Nkem" Okafor', employer="R&D (Lagos)")
    assert build_query(tricky) == (
        'given-names:"Ada Nkem" AND family-name:Okafor AND affiliation-org-name:"R D Lagos"'
    )
    assert build_query(Subject(name="Okafor")) == "family-name:Okafor"


def test_orcid_ids_and_accepts() -> None:
    assert is_orcid_id(HIRE_ID) and is_orcid_id(NAMESAKE_ID)
    assert not is_orcid_id("0000-0003-4521-7781") and not is_orcid_id("0000-0003-4521")
    source = OrcidSource(SourceContext(fetcher=None))  # type: ignore[arg-type]
    own = Lead(url=URL, source="orcid", handle=HIRE_ID)
    found_elsewhere = Lead(url=f"https://orcid.org/{NAMESAKE_ID.lower()}", source="websearch")
    other = Lead(url="https://orcid.org/signin", source="websearch")
    assert orcid_of(own) == HIRE_ID and orcid_of(found_elsewhere) == NAMESAKE_ID
    assert orcid_of(other) is None
    assert source.accepts(own) and source.accepts(found_elsewhere) and not source.accepts(other)


# -- on the fixture web ----------------------------------------------------------------------


def _search(subject: Subject) -> Example:
    return Example("adhoc", ("pub.orcid.org",), Expect(), subject=subject)


def _collect(orcid_id: str) -> Example:
    lead = Lead(url=f"https://orcid.org/{orcid_id}", source="orcid", handle=orcid_id)
    return Example("adhoc", ("pub.orcid.org",), Expect(), lead=lead)


async def test_search_requests_follow_the_documented_api(source_tester: Any) -> None:
    run = await source_tester.run(
        OrcidSource, _search(Subject(name="Ada Okafor", employer="Northwind Robotics"))
    )
    assert [lead.handle for lead in run.leads] == [HIRE_ID]
    assert run.pages == [
        f"{HOST}/expanded-search/?q=given-names%3AAda+AND+family-name%3AOkafor+AND+"
        "affiliation-org-name%3A%22Northwind+Robotics%22&rows=10"
    ]
    for call in run.calls:
        assert call.headers == {"Accept": "application/json"}
        assert call.source == "orcid" and call.min_interval == OrcidSource.info.rate


async def test_search_falls_back_without_the_affiliation(source_tester: Any) -> None:
    run = await source_tester.run(
        OrcidSource, _search(Subject(name="Ada Okafor", employer="Acme Widgets"))
    )
    assert len(run.pages) == 2 and "affiliation-org-name" in run.pages[0]
    assert "affiliation" not in run.pages[1]
    assert {lead.employer for lead in run.leads} == {None}
    assert {lead.extra["institutions"].split("; ")[0] for lead in run.leads} == {
        "Tessellate Labs",
        "Lakeside Health",
    }


async def test_collect_requests_and_privacy(source_tester: Any) -> None:
    run = await source_tester.run(OrcidSource, _collect(HIRE_ID))
    assert run.pages == [
        f"{HOST}/{HIRE_ID}/personal-details",
        f"{HOST}/{HIRE_ID}/employments",
        f"{HOST}/{HIRE_ID}/educations",
        f"{HOST}/{HIRE_ID}/works",
    ]
    career = run.career
    assert career.name == "Ada Okafor"
    assert career.headline == "Head of Platform at Northwind Robotics"
    assert len(career.experiences) == 4 and len(career.work) == 3
    assert career.education[0].level is DegreeLevel.MASTER
    assert all(e.fetched_at is not None for x in career.experiences for e in x.evidence)
    assert not CONTACT.search(career.model_dump_json())


async def test_unknown_record_gives_empty_career(source_tester: Any) -> None:
    run = await source_tester.run(OrcidSource, _collect("0000-0002-1825-0097"))
    assert run.career.is_empty() and run.career.name is None
    assert run.pages == [f"{HOST}/0000-0002-1825-0097/personal-details"]


async def test_rate_limited_search_raises_source_error(source_tester: Any) -> None:
    with pytest.raises(SourceError, match="ORCID's rate limit is reached, so the record search"):
        await source_tester.run(OrcidSource, _search(Subject(name="Rate Limited")))


async def test_rate_limited_collect_raises_source_error(source_tester: Any) -> None:
    with pytest.raises(SourceError, match=r"ORCID's rate limit is reached.*Try again"):
        await source_tester.run(OrcidSource, _collect("0000-0001-5000-0007"))


async def test_blocked_and_unreachable_raise(fake_fetcher: Any, make_fetched: Any) -> None:
    url = "https://pub.orcid.org/v3.0/expanded-search/"
    source = OrcidSource(SourceContext(fake_fetcher))
    fake_fetcher.routes[url] = make_fetched(url, status=403, detail="the site refuses access")
    with pytest.raises(SourceError, match="refused"):
        await source.search(Subject(name="Ada Okafor"))
    fake_fetcher.routes[url] = make_fetched(url, status=502, detail="the server failed")
    with pytest.raises(SourceError, match="could not be fetched"):
        await source.search(Subject(name="Ada Okafor"))
    fake_fetcher.routes[url] = make_fetched(url, "<html>maintenance</html>")
    with pytest.raises(SourceError, match="not JSON"):
        await source.search(Subject(name="Ada Okafor"))


async def test_deprecated_record_gives_empty_career(fake_fetcher: Any, make_fetched: Any) -> None:
    url = f"https://pub.orcid.org/v3.0/{HIRE_ID}/personal-details"
    fake_fetcher.routes[url] = make_fetched(url, status=409, detail="the server answered 409")
    career = await OrcidSource(SourceContext(fake_fetcher)).collect(
        Lead(url=f"https://orcid.org/{HIRE_ID}", source="orcid", handle=HIRE_ID)
    )
    assert career.is_empty() and [c.url for c in fake_fetcher.calls] == [url]
