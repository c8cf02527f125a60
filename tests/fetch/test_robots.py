"""robots.txt: RFC 9309 matching (checked against protego), fetch outcomes
(200/404/500/timeout/redirects/oversized), caching, Crawl-delay."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from protego import Protego

from research.fetch.door import Door
from research.fetch.outcome import Outcome
from research.fetch.robots import (
    ROBOTS_FAILURE_TTL,
    RobotsEntry,
    RobotsResponse,
    decide,
    entry_from_response,
    normalize,
    parse_rules,
)
from research.testing import FixtureWeb

from .conftest import door_for

CASES = [
    # (robots.txt, path, allowed) - the RFC 9309 cases that matter
    ("User-agent: *\nDisallow: /a\nAllow: /a\n", "/a", True),  # tie: Allow wins
    ("User-agent: *\nAllow: /a\nDisallow: /a\n", "/a", True),  # order does not matter
    ("User-agent: *\nDisallow: /folder/\nAllow: /folder/page\n", "/folder/page", True),
    ("User-agent: *\nDisallow: /folder/page\nAllow: /folder/\n", "/folder/page", False),
    ("User-agent: *\nDisallow: /*.php$\n", "/x.php", False),
    ("User-agent: *\nDisallow: /*.php$\n", "/x.php?q=1", True),  # $ anchors the end
    ("User-agent: *\nDisallow: /*.php$\n", "/x.php5", True),
    ("User-agent: *\nDisallow: /\nAllow: /$\n", "/", True),
    ("User-agent: *\nDisallow: /\nAllow: /$\n", "/about", False),
    ("User-agent: *\nDisallow: /fish*\n", "/fishheads/x", False),
    ("User-agent: *\nDisallow: /*/private/\n", "/team/private/x", False),
    ("User-agent: *\nDisallow: /page\nAllow: /*.html\n", "/page.html", True),  # longer wins
    ("User-agent: *\nDisallow: /%7Ea/\n", "/~a/cv", False),  # percent-encoding normalised
    ("User-agent: *\nDisallow: /~b/\n", "/%7Eb/cv", False),
    ("User-agent: *\nDisallow:\n", "/anything", True),  # empty Disallow matches nothing
    ("User-agent: *\nDisallow: /search\n", "/search?q=x", False),
    # groups: the product token's groups, merged, replace "*"
    ("User-agent: *\nDisallow: /\n\nUser-agent: runnerup\nAllow: /\n", "/x", True),
    ("User-agent: *\nDisallow: /\n\nUser-agent: RunnerUp\nDisallow: /y\n", "/x", True),
    (
        "User-agent: runnerup\nDisallow: /a\n\nUser-agent: other\nDisallow: /\n\n"
        "User-agent: runnerup\nDisallow: /b\n",
        "/b",
        False,
    ),
    (
        "User-agent: runnerup\nDisallow: /a\n\nUser-agent: other\nDisallow: /\n\n"
        "User-agent: runnerup\nDisallow: /b\n",
        "/a",
        False,
    ),
    (
        "User-agent: runnerup\nDisallow: /a\n\nUser-agent: other\nDisallow: /\n\n"
        "User-agent: runnerup\nDisallow: /b\n",
        "/c",
        True,
    ),
    ("User-agent: other\nUser-agent: runnerup\nDisallow: /x\n", "/x", False),  # shared group
    ("User-agent: googlebot\nDisallow: /\n", "/x", True),  # no group for us: allowed
    ("Disallow: /\nUser-agent: *\nAllow: /\n", "/x", True),  # rules before a group ignored
    ("User-agent: *\nDisallow: /a$b\n", "/a$b", False),  # "$" is special only at the end
    ("User-agent: *\nDisallow: /a\n\nUser-agent: *\nDisallow: /b\n", "/b", False),  # merged
    ("User-agent: *\nDisallow: /*?\n", "/x?y=1", False),
    ("User-agent: *\nDisallow: /*?\n", "/x", True),
    ("User-agent: *\nAllow: /p*\nDisallow: /p\n", "/page", True),  # "*" counts in length
    ("User-agent: *\nDisallow: /a%2Fb\n", "/a/b", True),  # an encoded "/" is not "/"
    ("User-agent: runnerup\n\nUser-agent: *\nDisallow: /\n", "/x", False),  # one group
    ("user-agent: RUNNERUP\ndisallow: /X\n", "/X", False),  # names case-insensitive
    ("User-agent: *\nDisallow: /x # comment\n", "/x", False),
    ("User-agent: *\nDisallow: /\u00e9\n", "/%C3%A9", False),  # UTF-8 escapes
    ("User-agent: *\nDisallow: /*.pdf$\nAllow: /public/*.pdf$\n", "/public/cv.pdf", True),
    ("User-agent: *\nDisallow: /$\n", "/?a=b", True),
    ("User-agent: *\nDisallow: /private\nAllow: /private*\n", "/private", True),
]


@pytest.mark.parametrize(("text", "path", "allowed"), CASES)
def test_rfc9309_matching_agrees_with_protego(text: str, path: str, allowed: bool) -> None:
    rules, agent = parse_rules(text)
    verdict = decide(rules, agent, path)
    assert verdict.allowed is allowed, verdict
    assert Protego.parse(text).can_fetch(f"https://h.test{path}", "runnerup") is allowed


def test_verdict_names_the_rule() -> None:
    rules, agent = parse_rules("User-agent: *\nDisallow: /private/\nAllow: /private/ok\n")
    assert str(decide(rules, agent, "/private/x").rule) == "Disallow: /private/ (user-agent: *)"
    assert decide(rules, agent, "/private/ok").detail == "Allow: /private/ok (user-agent: *)"
    assert decide(rules, agent, "/public").detail == "no rule matches (user-agent: *)"


def test_normalize() -> None:
    assert normalize("/%7euser/") == "/~user/"
    assert normalize("/a%2fb") == "/a%2Fb"
    assert normalize("/café") == "/caf%C3%A9"


def test_entry_semantics() -> None:
    now = time.time()
    ok = entry_from_response(RobotsResponse(200, b"User-agent: *\nDisallow: /x\n"), now)
    assert ok.kind == "rules" and not ok.verdict("/x").allowed
    missing = entry_from_response(RobotsResponse(404), now)
    assert missing.kind == "allow_all" and missing.verdict("/x").allowed
    gone = entry_from_response(RobotsResponse(410), now)
    assert gone.verdict("/anything").allowed
    broken = entry_from_response(RobotsResponse(503), now)
    assert broken.kind == "disallow_all" and not broken.verdict("/").allowed
    assert broken.expires_at - now == ROBOTS_FAILURE_TTL  # retried soon
    failed = entry_from_response(RobotsResponse(None, error="timed out"), now)
    assert not failed.verdict("/").allowed and failed.expires_at - now == ROBOTS_FAILURE_TTL
    assert ok.expires_at - now == 24 * 3600


def test_crawl_delay_and_request_rate() -> None:
    now = time.time()
    delay = entry_from_response(RobotsResponse(200, b"User-agent: *\nCrawl-delay: 3\n"), now)
    rate = entry_from_response(RobotsResponse(200, b"User-agent: *\nRequest-rate: 1/5\n"), now)
    ours = entry_from_response(
        RobotsResponse(
            200, b"User-agent: *\nCrawl-delay: 9\n\nUser-agent: runnerup\nCrawl-delay: 2\n"
        ),
        now,
    )
    assert delay.delay() == 3.0
    assert rate.delay() == 5.0
    assert ours.delay() == 2.0


def test_entry_json_round_trip() -> None:
    entry = entry_from_response(RobotsResponse(200, b"User-agent: *\nDisallow: /a\n"), 1.0)
    again = RobotsEntry.from_json(json.loads(json.dumps(entry.to_json())))
    assert again.kind == "rules" and not again.verdict("/a").allowed


# -- through the door, on the fixture web --------------------------------------------------

PAGE = "<html><body><p>page</p></body></html>"
SLOW_ROBOTS = """
[[route]]
path = "/robots.txt"
delay_ms = 1500
text = "User-agent: *\\nAllow: /\\n"
"""


async def test_robots_200_disallows_and_check_names_rule(
    site_web: Callable[..., FixtureWeb],
) -> None:
    web = site_web(
        {
            "r.door.test": {
                "robots.txt": "User-agent: *\nDisallow: /private/\n",
                "index.html": PAGE,
                "private/x.html": PAGE,
            }
        }
    )
    async with door_for(web) as door:
        allowed = await door.get("https://r.door.test/")
        refused = await door.get("https://r.door.test/private/x.html")
        checked = await door.check("https://r.door.test/private/x.html")
    assert allowed.outcome is Outcome.OK and allowed.provenance.robots == "allowed"
    assert refused.outcome is Outcome.DISALLOWED
    assert "Disallow: /private/ (user-agent: *)" in refused.detail
    assert checked.reason == "disallowed"
    assert checked.detail == "Disallow: /private/ (user-agent: *)"
    assert web.requests(path="/private/x.html") == []
    assert len(web.requests(path="/robots.txt")) == 1  # fetched once per origin


async def test_robots_404_allows_all(site_web: Callable[..., FixtureWeb]) -> None:
    web = site_web({"r404.door.test": {"index.html": PAGE}})
    async with door_for(web) as door:
        fetched = await door.get("https://r404.door.test/")
        checked = await door.check("https://r404.door.test/anything")
    assert fetched.outcome is Outcome.OK
    assert checked.allowed and "HTTP 404" in checked.detail


async def test_robots_500_disallows_all(site_web: Callable[..., FixtureWeb]) -> None:
    web = site_web(
        {"r500.door.test": {"index.html": PAGE}},
        routes={"r500.door.test": '[[route]]\npath = "/robots.txt"\nstatus = 500\ntext = "oops"\n'},
    )
    async with door_for(web) as door:
        fetched = await door.get("https://r500.door.test/")
    # nothing is read from the site; to the user it is unreachable, not a refusal
    assert fetched.outcome is Outcome.UNREACHABLE
    assert "HTTP 500" in fetched.detail
    assert web.requests(path="/") == []


async def test_robots_timeout_disallows_all(site_web: Callable[..., FixtureWeb]) -> None:
    web = site_web(
        {"slow.door.test": {"index.html": PAGE}},
        routes={"slow.door.test": SLOW_ROBOTS},
    )
    async with door_for(web, read_timeout=0.3) as door:
        fetched = await door.get("https://slow.door.test/")
    assert fetched.outcome is Outcome.UNREACHABLE
    assert "could not be fetched" in fetched.detail
    assert web.requests(path="/") == []


def _redirects(n: int, final: str = "/robots-final.txt") -> str:
    routes = []
    for i in range(n):
        source = "/robots.txt" if i == 0 else f"/r{i}"
        target = f"/r{i + 1}" if i < n - 1 else final
        routes.append(
            f'[[route]]\npath = "{source}"\nstatus = 301\n'
            f'headers = {{ Location = "{target}" }}\ntext = ""\n'
        )
    return "\n".join(routes)


async def test_robots_redirect_chain_is_followed(site_web: Callable[..., FixtureWeb]) -> None:
    web = site_web(
        {
            "chain.door.test": {
                "robots-final.txt": "User-agent: *\nDisallow: /no/\n",
                "index.html": PAGE,
            }
        },
        routes={"chain.door.test": _redirects(5)},
    )
    async with door_for(web) as door:
        refused = await door.get("https://chain.door.test/no/x")
    assert refused.outcome is Outcome.DISALLOWED
    assert len(web.requests(path="/robots-final.txt")) == 1


async def test_robots_more_than_five_redirects_is_unavailable(
    site_web: Callable[..., FixtureWeb],
) -> None:
    """RFC 9309 2.3.1.2: past five redirects robots.txt MAY be taken as unavailable (4xx:
    allow all)."""
    web = site_web(
        {
            "loop.door.test": {
                "robots-final.txt": "User-agent: *\nDisallow: /\n",
                "index.html": PAGE,
            }
        },
        routes={"loop.door.test": _redirects(6)},
    )
    async with door_for(web) as door:
        checked = await door.check("https://loop.door.test/")
    assert checked.allowed
    assert "too many redirects" in checked.detail
    assert web.requests(path="/robots-final.txt") == []
    assert len(web.requests(host="loop.door.test")) == 6


async def test_robots_oversized_only_first_500_kib(site_web: Callable[..., FixtureWeb]) -> None:
    filler = "# " + "x" * 1000 + "\n"
    text = "User-agent: *\nDisallow: /early/\n" + filler * 520 + "Disallow: /late/\n"
    web = site_web({"big.door.test": {"robots.txt": text}})
    async with door_for(web) as door:
        early = await door.check("https://big.door.test/early/x")
        late = await door.check("https://big.door.test/late/x")
    assert not early.allowed
    assert late.allowed  # the rule after 500 KiB is not read


async def test_robots_txt_itself_is_always_fetchable(site_web: Callable[..., FixtureWeb]) -> None:
    web = site_web({"self.door.test": {"robots.txt": "User-agent: *\nDisallow: /\n"}})
    async with door_for(web) as door:
        fetched = await door.get("https://self.door.test/robots.txt")
        other = await door.get("https://self.door.test/x")
    assert fetched.outcome is Outcome.OK and b"Disallow" in fetched.body
    assert other.outcome is Outcome.DISALLOWED


async def test_ua_group_for_runnerup(site_web: Callable[..., FixtureWeb]) -> None:
    text = "User-agent: *\nDisallow: /\n\nUser-agent: runnerup\nDisallow: /secret/\n"
    web = site_web({"ua.door.test": {"robots.txt": text, "index.html": PAGE}})
    async with door_for(web) as door:
        assert (await door.get("https://ua.door.test/")).outcome is Outcome.OK
        refused = await door.get("https://ua.door.test/secret/a")
    assert refused.detail == "robots.txt: Disallow: /secret/ (user-agent: runnerup)"


async def test_robots_cache_persists_per_origin(
    site_web: Callable[..., FixtureWeb], tmp_path: Path
) -> None:
    web = site_web(
        {"keep.door.test": {"robots.txt": "User-agent: *\nDisallow: /x\n", "index.html": PAGE}}
    )
    cache = tmp_path / "cache"
    async with door_for(web, cache_dir=cache) as door:
        assert not (await door.check("https://keep.door.test/x")).allowed
    async with door_for(web, cache_dir=cache) as door:
        assert not (await door.check("https://keep.door.test/x")).allowed
        # another origin (scheme differs) has its own robots.txt
        await door.check("http://keep.door.test/x")
    assert len(web.requests(path="/robots.txt")) == 2
    saved = json.loads((cache / "robots-cache.json").read_text())
    assert set(saved) == {"https://keep.door.test:443", "http://keep.door.test:80"}


async def test_crawl_delay_raises_spacing(site_web: Callable[..., FixtureWeb]) -> None:
    web = site_web(
        {
            "cd.door.test": {
                "robots.txt": "User-agent: *\nCrawl-delay: 0.4\n",
                "a.html": PAGE,
                "b.html": PAGE,
            }
        }
    )
    async with door_for(web, min_interval=0.05) as door:
        await door.get("https://cd.door.test/a.html")
        await door.get("https://cd.door.test/b.html")
    times = [r.time for r in web.requests(host="cd.door.test")]
    assert [r.path for r in web.requests(host="cd.door.test")] == [
        "/robots.txt",
        "/a.html",
        "/b.html",
    ]
    assert times[2] - times[1] >= 0.4


async def test_door_check_for_disallowed_door_instance_unused() -> None:
    # check() works without entering the context manager too
    door = Door()
    try:
        result = await door.check("ftp://example.org/")
    finally:
        await door.aclose()
    assert result.reason == "unsupported_scheme"
