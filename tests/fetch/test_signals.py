"""Page signals: noindex / noarchive (meta and X-Robots-Tag), login walls, challenge
pages, status codes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from research.fetch.outcome import Outcome
from research.fetch.signals import (
    header_directives,
    login_url,
    meta_directives,
    wall_reason,
)
from research.testing import FixtureWeb

from .conftest import door_for


@pytest.mark.parametrize(
    ("values", "noindex", "noarchive"),
    [
        (["noindex"], True, False),
        (["NoIndex, nofollow"], True, False),
        (["none"], True, True),
        (["noarchive"], False, True),
        (["runnerup: noindex"], True, False),
        (["googlebot: noindex"], False, False),
        (["googlebot: noindex", "runnerup: noarchive"], False, True),
        (["unavailable_after: 25 Jun 2010 15:00:00 PST"], False, False),
        (["max-snippet: 20, noarchive"], False, True),
        (["all"], False, False),
    ],
)
def test_x_robots_tag(values: list[str], noindex: bool, noarchive: bool) -> None:
    found = header_directives(values)
    assert (found.noindex, found.noarchive) == (noindex, noarchive)


@pytest.mark.parametrize(
    ("head", "noindex", "noarchive"),
    [
        ('<meta name="robots" content="noindex">', True, False),
        ("<meta content='NOINDEX,follow' name='Robots'>", True, False),
        ('<meta name="robots" content="none">', True, True),
        ('<meta name="runnerup" content="noarchive">', False, True),
        ('<meta name="googlebot" content="noindex">', False, False),
        ("<meta name=robots content=noindex>", True, False),
        ('<meta name="description" content="noindex">', False, False),
    ],
)
def test_meta_robots(head: str, noindex: bool, noarchive: bool) -> None:
    body = f"<html><head>{head}</head><body>x</body></html>".encode()
    found = meta_directives(body)
    assert (found.noindex, found.noarchive) == (noindex, noarchive)


def test_meta_in_body_is_ignored() -> None:
    body = (
        b"<html><head></head><body>"
        b'<pre>&lt;meta name="robots" content="noindex"&gt;</pre></body></html>'
    )
    assert not meta_directives(body).noindex


@pytest.mark.parametrize(
    ("url", "wall"),
    [
        ("https://site.example/login", True),
        ("https://site.example/accounts/login/", True),
        ("https://site.example/users/sign_in", True),
        ("https://site.example/signin?next=/profile", True),
        ("https://site.example/auth", True),
        ("https://site.example/uas/login-submit", True),
        ("https://site.example/authwall?trk=x", True),
        ("https://site.example/blog/how-login-works", False),
        ("https://site.example/people/ada", False),
        ("https://site.example/", False),
    ],
)
def test_login_urls(url: str, wall: bool) -> None:
    assert login_url(url) is wall


LOGIN_FORM = b"""<html><head><title>Sign in</title></head><body>
<form method="post"><input name="user"><input type="password" name="pw">
<button>Sign in</button></form></body></html>"""
ARTICLE_WITH_FORM = (
    b"<html><body><article>"
    + b"<p>A long public profile paragraph.</p>" * 80
    + b'</article><form><input type="password"></form></body></html>'
)


def test_wall_reasons() -> None:
    assert wall_reason("https://s.example/p", LOGIN_FORM, True)
    assert wall_reason("https://s.example/p", ARTICLE_WITH_FORM, True) is None
    challenge = (
        b"<html><title>Just a moment...</title>"
        b"<body>Checking your browser before accessing</body></html>"
    )
    assert "challenge" in (wall_reason("https://s.example/p", challenge, True) or "")
    captcha = b'<html><body><div class="g-recaptcha" data-sitekey="x"></div></body></html>'
    assert wall_reason("https://s.example/p", captcha, True)
    assert wall_reason("https://s.example/p", b'{"password": "x"}', False) is None


PAGE = "<html><head><title>t</title></head><body><p>Public profile.</p></body></html>"
NOINDEX = '<html><head><meta name="robots" content="noindex"></head><body>secret</body></html>'
NOARCHIVE = '<html><head><meta name="robots" content="noarchive"></head><body>kept</body></html>'
ROUTES = """
[[route]]
path = "/xrt"
text = "<p>x</p>"
content_type = "text/html"
headers = { X-Robots-Tag = "runnerup: noindex" }

[[route]]
path = "/other-bot"
text = "<p>fine</p>"
content_type = "text/html"
headers = { X-Robots-Tag = "otherbot: noindex" }

[[route]]
path = "/private"
status = 401
text = "sign in"

[[route]]
path = "/forbidden"
status = 403
text = "no"

[[route]]
path = "/gone"
status = 410
text = "gone"

[[route]]
path = "/legal"
status = 451
text = "unavailable"

[[route]]
path = "/teapot"
status = 418
text = "teapot"

[[route]]
path = "/profile/ada"
status = 302
headers = { Location = "/login?next=/profile/ada" }
text = ""

[[route]]
path = "/login"
text = "<form><input type=password></form>"
content_type = "text/html"

[[route]]
path = "/cf"
status = 200
text = "<html><title>Just a moment...</title><body>Checking your browser</body></html>"
content_type = "text/html"
"""


@pytest.fixture
def signals_web(site_web: Callable[..., FixtureWeb]) -> FixtureWeb:
    return site_web(
        {
            "sig.door.test": {
                "index.html": PAGE,
                "noindex.html": NOINDEX,
                "noarchive.html": NOARCHIVE,
                "wall.html": LOGIN_FORM.decode(),
            }
        },
        routes={"sig.door.test": ROUTES},
    )


@pytest.mark.parametrize(
    ("path", "outcome", "status"),
    [
        ("/", Outcome.OK, 200),
        ("/private", Outcome.BLOCKED, 401),
        ("/forbidden", Outcome.BLOCKED, 403),
        ("/missing.html", Outcome.NOT_FOUND, 404),
        ("/gone", Outcome.NOT_FOUND, 410),
        ("/legal", Outcome.BLOCKED, 451),
        ("/teapot", Outcome.UNREACHABLE, 418),
        ("/wall.html", Outcome.BLOCKED, 200),
        ("/profile/ada", Outcome.BLOCKED, 200),
        ("/cf", Outcome.BLOCKED, 200),
    ],
)
async def test_status_and_walls(
    signals_web: FixtureWeb, path: str, outcome: Outcome, status: int
) -> None:
    async with door_for(signals_web, min_interval=0) as door:
        fetched = await door.get(f"https://sig.door.test{path}")
    assert fetched.outcome is outcome, fetched.detail
    assert fetched.status == status
    if outcome is not Outcome.OK:
        assert fetched.body == b"" and fetched.detail


async def test_login_redirect_reports_final_url(signals_web: FixtureWeb) -> None:
    async with door_for(signals_web, min_interval=0) as door:
        fetched = await door.get("https://sig.door.test/profile/ada")
    assert fetched.final_url == "https://sig.door.test/login?next=/profile/ada"
    assert "sign-in" in fetched.detail


async def test_noindex_meta_keeps_link_not_body(signals_web: FixtureWeb) -> None:
    async with door_for(signals_web, min_interval=0) as door:
        fetched = await door.get("https://sig.door.test/noindex.html")
    assert fetched.outcome is Outcome.OK
    assert fetched.noindex and not fetched.usable
    assert fetched.body == b""
    assert fetched.final_url == "https://sig.door.test/noindex.html"
    assert "noindex" in fetched.detail
    assert fetched.provenance.sha256  # what was seen is still on record


async def test_x_robots_tag_for_runnerup(signals_web: FixtureWeb) -> None:
    async with door_for(signals_web, min_interval=0) as door:
        ours = await door.get("https://sig.door.test/xrt")
        theirs = await door.get("https://sig.door.test/other-bot")
    assert ours.noindex and ours.body == b""
    assert not theirs.noindex and theirs.body == b"<p>fine</p>"


async def test_noarchive_flagged(signals_web: FixtureWeb) -> None:
    async with door_for(signals_web, min_interval=0) as door:
        fetched = await door.get("https://sig.door.test/noarchive.html")
    assert fetched.usable and fetched.noarchive
    assert b"kept" in fetched.body
