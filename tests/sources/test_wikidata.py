"""The ``wikidata`` source: the SPARQL it sends, golden parser tests on SPARQL 1.1 JSON
results, dates and their precision, refusals, and the requests it makes.

Golden files: ``golden/wikidata/<case>.input.json`` (a query answer in the SPARQL 1.1 JSON
results format) and ``<case>.<parser>.expected.json``. ``RUNNERUP_UPDATE_GOLDEN=1`` rewrites
the expected files; review the diff before committing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from research.errors import SourceError
from research.model import DegreeLevel, Lead, Subject
from research.source import Example, Expect, SourceContext
from research.testing import check_golden, load_json
from sources.wikidata import (
    HIRE_QID,
    NAMESAKE_QID,
    WikidataSource,
    build_collect_query,
    build_search_query,
    item_id_of,
    parse_bindings,
    parse_career,
    parse_search,
    parse_time,
    qid_of,
    sparql_string,
)

GOLDEN = Path(__file__).parent / "golden" / "wikidata"
AT = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)


PARSERS: dict[str, Callable[[Any], Any]] = {
    "search": lambda data: parse_search(data, "Northwind Robotics"),
    "hire": lambda data: parse_career(data, HIRE_QID, AT),
    "namesake": lambda data: parse_career(data, NAMESAKE_QID, AT),
}
CASES = [
    ("search-ada-okafor", "search"),
    ("statements-hire", "hire"),
    ("statements-namesake", "namesake"),
]


def _load(case: str) -> Any:
    return load_json(GOLDEN / f"{case}.input.json")


@pytest.mark.parametrize(("case", "parser"), CASES, ids=[f"{c}-{p}" for c, p in CASES])
def test_golden(case: str, parser: str) -> None:
    check_golden(GOLDEN / f"{case}.{parser}.expected.json", PARSERS[parser](_load(case)))


# -- the queries ------------------------------------------------------------------------------


def test_search_query_text() -> None:
    query = build_search_query("Ada  Okafor")
    assert query == (
        "SELECT ?item ?itemLabel ?itemDescription ?employer ?employerLabel ?occupation "
        "?occupationLabel WHERE {\n"
        '  VALUES ?label { "Ada Okafor"@en "Ada Okafor"@mul }\n'
        "  ?item rdfs:label ?label ;\n"
        "        wdt:P31 wd:Q5 .\n"
        "  OPTIONAL { ?item wdt:P108 ?employer . }\n"
        "  OPTIONAL { ?item wdt:P106 ?occupation . }\n"
        '  SERVICE wikibase:label { bd:serviceParam wikibase:language "en,mul". }\n'
        "}\n"
        "LIMIT 100"
    )


def test_search_query_escapes_the_name() -> None:
    query = build_search_query('Ada "x" } UNION { ?s ?p ?o \\')
    assert '"Ada \\"x\\" } UNION { ?s ?p ?o \\\\"@en' in query
    assert sparql_string("a\nb") == '"a\\nb"'


def test_collect_query_text() -> None:
    query = build_collect_query(HIRE_QID)
    assert "VALUES ?item { wd:Q999990001 }" in query
    for needle in (
        '("P108" p:P108 ps:P108)',
        '("P39" p:P39 ps:P39)',
        '("P69" p:P69 ps:P69)',
        '("P106" p:P106 ps:P106)',
        "FILTER NOT EXISTS { ?statement wikibase:rank wikibase:DeprecatedRank . }",
        "?statement pq:P512 ?degree",
        "?statement pq:P812 ?major",
        "pqv:P580 [ wikibase:timeValue ?start ;",
        "pqv:P582 [ wikibase:timeValue ?end ;",
        "wikibase:timePrecision ?startPrecision ] . }",
    ):
        assert needle in query
    assert query.count("{") == query.count("}")
    with pytest.raises(ValueError):
        build_collect_query("Q1 } . ?x ?y ?z {")


# -- parsing ----------------------------------------------------------------------------------


def test_bindings_follow_head_vars() -> None:
    data = {
        "head": {"vars": ["a"]},
        "results": {"bindings": [{"a": {"type": "literal", "value": "1"}, "b": {"value": "x"}}]},
    }
    assert parse_bindings(data) == [{"a": "1"}]
    assert parse_bindings({"head": {}, "results": {}}) == []
    assert parse_bindings("<html>") == []
    assert qid_of("http://www.wikidata.org/entity/Q42") == "Q42"
    assert qid_of("http://www.wikidata.org/entity/statement/Q42-x") is None


@pytest.mark.parametrize(
    ("value", "precision", "expected"),
    [
        ("2019-03-01T00:00:00Z", "10", "2019-03"),
        ("+2019-03-01T00:00:00Z", None, "2019-03"),
        ("2013-01-01T00:00:00Z", "9", "2013"),
        ("2013-01-01T00:00:00Z", None, "2013"),
        ("2013-01-01T00:00:00Z", "10", "2013-01"),
        ("2019-03-17T00:00:00Z", "11", "2019-03"),
        ("1850-01-01T00:00:00Z", "9", None),
        ("not a date", None, None),
        (None, None, None),
    ],
)
def test_parse_time(value: str | None, precision: str | None, expected: str | None) -> None:
    produced = parse_time(value, precision)
    assert (str(produced) if produced else None) == expected


def test_search_groups_rows_per_item() -> None:
    hire, footballer = parse_search(_load("search-ada-okafor"), "Northwind Robotics")
    assert hire.url == f"https://www.wikidata.org/wiki/{HIRE_QID}" and hire.handle == HIRE_QID
    assert hire.employer == "Northwind Robotics"
    assert hire.extra["employers"] == "Northwind Robotics; Tessellate Labs; Brightwave"
    assert hire.extra["occupations"] == "software engineer"
    assert footballer.employer is None
    assert footballer.headline == "Nigerian association football player (born 1999)"
    (first, _) = parse_search(_load("search-ada-okafor"), "Acme")
    assert first.employer == "Northwind Robotics"  # no match: the first employer listed


def test_career_is_exact() -> None:
    career = parse_career(_load("statements-hire"), HIRE_QID, AT)
    assert career.name == "Ada Okafor"
    rows = [
        (e.title, e.employer, str(e.start), str(e.end) if e.end else None)
        for e in career.experiences
    ]
    assert rows == [
        ("head of platform", "Northwind Robotics", "2024-03", None),  # the first role row wins
        ("staff engineer", "Tessellate Labs", "2022-01", "2024-02"),
        ("board member", "Lagos Robotics Association", "2022", None),
        ("senior software engineer", "Tessellate Labs", "2019-05", "2021-12"),
        ("software engineer", "Brightwave", "2015-09", "2019-04"),
    ]
    (msc, bsc) = career.education
    assert (msc.institution, msc.degree, msc.level, msc.field) == (
        "University of Lakeside",
        "Master of Science",
        DegreeLevel.MASTER,
        "computer science",
    )
    assert (str(msc.start), str(msc.end)) == ("2013", "2014")
    assert (bsc.institution, bsc.degree, bsc.level, bsc.field) == (
        "University of Ibadan",
        "Bachelor of Science",
        DegreeLevel.BACHELOR,
        "computer science",
    )
    assert (str(bsc.start), str(bsc.end)) == ("2009", "2013")
    evidence = career.experiences[0].evidence[0]
    assert evidence.url == f"https://www.wikidata.org/wiki/{HIRE_QID}#P108"
    assert evidence.method == "api" and evidence.fetched_at == AT
    assert "Q999990099" not in career.model_dump_json()  # an unlabelled value is no fact


def test_namesake_career_is_empty() -> None:
    career = parse_career(_load("statements-namesake"), NAMESAKE_QID, AT)
    assert career.is_empty() and career.name == "Ada Okafor"
    assert career.headline == "Nigerian association football player (born 1999)"


def test_item_id_of_and_accepts() -> None:
    source = WikidataSource(SourceContext(fetcher=None))  # type: ignore[arg-type]
    own = Lead(url="https://www.wikidata.org/wiki/Q999990001", source="wikidata", handle=HIRE_QID)
    entity = Lead(url="http://www.wikidata.org/entity/Q999990002", source="websearch")
    prop = Lead(url="https://www.wikidata.org/wiki/Property:P108", source="websearch")
    other = Lead(url="https://en.wikipedia.org/wiki/Q1", source="websearch")
    assert item_id_of(own) == HIRE_QID and item_id_of(entity) == NAMESAKE_QID
    assert item_id_of(prop) is None and item_id_of(other) is None
    assert source.accepts(entity) and not source.accepts(prop)


# -- on the fixture web ----------------------------------------------------------------------


def _sent_query(page: str) -> dict[str, list[str]]:
    path, _, query = page.partition("?")
    assert path == "query.wikidata.org/sparql"
    return parse_qs(query)


async def test_search_request(source_tester: Any) -> None:
    subject = Subject(name="Ada Okafor", employer="Northwind Robotics")
    run = await source_tester.run(
        WikidataSource, Example("adhoc", ("query.wikidata.org",), Expect(), subject=subject)
    )
    assert [lead.handle for lead in run.leads] == [HIRE_QID, NAMESAKE_QID]
    (page,) = run.pages
    sent = _sent_query(page)
    assert sent == {"query": [build_search_query("Ada Okafor")], "format": ["json"]}
    (call,) = run.calls
    assert call.headers == {"Accept": "application/sparql-results+json"}
    assert call.source == "wikidata" and call.min_interval == WikidataSource.info.rate


async def test_collect_request(source_tester: Any) -> None:
    lead = Lead(url=f"https://www.wikidata.org/wiki/{HIRE_QID}", source="websearch")
    run = await source_tester.run(
        WikidataSource, Example("adhoc", ("query.wikidata.org",), Expect(), lead=lead)
    )
    (page,) = run.pages
    assert _sent_query(page)["query"] == [build_collect_query(HIRE_QID)]
    assert len(run.career.experiences) == 5 and len(run.career.education) == 2
    assert urlsplit("https://" + page).path == "/sparql"


async def test_rate_limited_query_raises_source_error(source_tester: Any) -> None:
    example = Example(
        "adhoc", ("query.wikidata.org",), Expect(), subject=Subject(name="Rate Limited")
    )
    with pytest.raises(SourceError, match=r"Query Service's rate limit is reached.*in 120 s"):
        await source_tester.run(WikidataSource, example)


async def test_refusals_raise(fake_fetcher: Any, make_fetched: Any) -> None:
    url = "https://query.wikidata.org/sparql"
    source = WikidataSource(SourceContext(fake_fetcher))
    fake_fetcher.routes[url] = make_fetched(url, status=403, detail="the site refuses access")
    with pytest.raises(SourceError, match="User-Agent"):
        await source.search(Subject(name="Ada Okafor"))
    fake_fetcher.routes[url] = make_fetched(url, status=500, detail="the server failed")
    with pytest.raises(SourceError, match="could not be fetched"):
        await source.search(Subject(name="Ada Okafor"))
    fake_fetcher.routes[url] = make_fetched(url, status=404, detail="no such page (HTTP 404)")
    with pytest.raises(SourceError, match=r"no SPARQL endpoint .*Check \[sources.wikidata\]"):
        await source.search(Subject(name="Ada Okafor"))
    fake_fetcher.routes[url] = make_fetched(url, "java.util.concurrent.TimeoutException")
    with pytest.raises(SourceError, match="not JSON"):
        await source.collect(Lead(url=f"https://www.wikidata.org/wiki/{HIRE_QID}", source="x"))
