"""The one JSON-LD reader: the same blocks from a page's text and from the parsed page,
tolerant of what pages get wrong, bounded against hostile ones."""

from __future__ import annotations

import json
from typing import Any

import pytest
from bs4 import BeautifulSoup

from research.read.jsonld import (
    MAX_DEPTH,
    id_index,
    json_ld_blocks,
    json_ld_nodes,
    resolve,
    types_of,
    walk,
)
from research.read.posting import parse_posting_html
from sources.webpage_parse import parse_profile_page


def page(*blocks: str, kind: str = "application/ld+json") -> str:
    scripts = "".join(f'<script type="{kind}">{b}</script>' for b in blocks)
    return f"<!doctype html><html><head>{scripts}</head><body><h1>Page</h1></body></html>"


def both(html: str) -> list[Any]:
    """The blocks read from the text, checked equal to those read from the parsed page."""
    from_text = json_ld_blocks(html)
    assert json_ld_blocks(BeautifulSoup(html, "lxml")) == from_text
    return from_text


DEEP = "[" * 100_000 + "]" * 100_000
"""Nested far beyond what Python's JSON parser goes (it raises RecursionError)."""


def test_what_pages_get_wrong_is_forgiven() -> None:
    blocks = both(
        page(
            '<!-- {"@type": "Person", "name": "commented",} -->',
            '<![CDATA[ {"@type": "Person", "name": "cdata"} ]]>',
            '{"@type": "Person", "name": "line\nbreak"}',
            '{"@type": "Person", "name": "trailing", "sameAs": ["a", "b",],}',
            "{ broken beyond repair",
            "",
        )
    )
    assert [b["name"] for b in blocks] == ["commented", "cdata", "line\nbreak", "trailing"]


def test_a_charset_in_the_script_type_still_counts() -> None:
    html = page('{"@type": "Person", "name": "Ada"}', kind="application/ld+json; charset=utf-8")
    assert both(html) == [{"@type": "Person", "name": "Ada"}]
    assert both(page('{"name": "not JSON-LD"}', kind="application/json")) == []


def test_a_block_nested_beyond_the_parser_is_skipped_not_fatal() -> None:
    html = page(DEEP, '{"@type": "Person", "name": "Ada Okafor"}')
    assert both(html) == [{"@type": "Person", "name": "Ada Okafor"}]
    # and the readers built on it carry on
    career = parse_profile_page(html, "https://ada.test/", None)
    assert career.name == "Ada Okafor"
    role = parse_posting_html(page(DEEP), url="https://jobs.test/1")
    assert role.title == "Page"


def test_a_huge_block_is_read_whole() -> None:
    summary = "word " * 400_000  # 2 MB in one string
    graph = {"@graph": [{"@type": "Person", "name": "Ada", "description": summary}]}
    (node,) = json_ld_nodes(page(json.dumps(graph)))
    assert node["name"] == "Ada" and len(node["description"]) == len(summary)


def test_walk_stops_at_its_depth_however_deep_the_page_nests() -> None:
    value: dict[str, Any] = {"@type": "JobPosting", "title": "innermost"}
    for level in range(500):
        value = {"@type": "WebPage", "name": str(level), "mainEntity": value}
    nodes = list(walk(json.loads(json.dumps(value))))
    assert 1 < len(nodes) <= MAX_DEPTH + 1
    assert all(n.get("title") != "innermost" for n in nodes)


def test_nodes_list_graph_members_and_a_typed_holder() -> None:
    html = page(
        json.dumps(
            {
                "@context": "https://schema.org",
                "@graph": [{"@type": "Person", "@id": "#ada"}, {"@type": "WebSite"}, "stray"],
            }
        ),
        json.dumps(
            {"@type": "ProfilePage", "@graph": [{"@type": "Organization", "name": "Northwind"}]}
        ),
        json.dumps([{"@type": "Event"}, 7]),
    )
    kinds = [sorted(types_of(n)) for n in json_ld_nodes(html)]
    assert kinds == [["Person"], ["WebSite"], ["Organization"], ["ProfilePage"], ["Event"]]


@pytest.mark.parametrize(
    ("node", "types"),
    [
        ({"@type": "schema:Person"}, {"Person"}),
        ({"@type": "https://schema.org/JobPosting"}, {"JobPosting"}),
        ({"@type": ["Person", "http://schema.org/Patient"]}, {"Person", "Patient"}),
        ({"type": "Person"}, {"Person"}),  # the schema.org context's alias of @type
        ({"@type": ""}, set()),
        ({"name": "untyped"}, set()),
    ],
)
def test_types_without_their_vocabulary(node: dict[str, Any], types: set[str]) -> None:
    assert types_of(node) == types


def test_references_name_the_node_they_point_at() -> None:
    org = {"@id": "#org", "@type": "Organization", "name": "Northwind Robotics"}
    index = id_index([org, {"@id": "#bare"}, {"@type": "Person"}])
    assert list(index) == ["#org"]
    assert resolve({"@id": "#org"}, index) is org
    assert resolve({"@id": "#org", "@type": "Organization"}, index) is org
    assert resolve([{"@id": "#org"}, "text"], index) == [org, "text"]
    assert resolve({"@id": "#elsewhere"}, index) == {"@id": "#elsewhere"}
    assert resolve({"@id": "#org", "name": "given here"}, index)["name"] == "given here"
