"""The safety rules of a local server, over plain HTTP (each one a user could be hurt by)."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from research.cli import app as cli_app
from research.model import (
    Answer,
    Career,
    Comparison,
    Experience,
    Questions,
    Role,
    Subject,
)
from research.store import Store
from research.web.app import WebContext
from research.web.server import bind

from .conftest import Served, csrf_of, demo_form

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "host", ["evil.test", "evil.test:{port}", "127.0.0.1:9", "192.168.1.5:{port}", "[::1]:{port}"]
)
def test_other_host_headers_are_refused(anonymous: httpx.Client, served: Served, host: str) -> None:
    # DNS rebinding: a page on another name that resolves here must get nothing
    response = anonymous.get("/", headers={"Host": host.format(port=served.port)})
    assert response.status_code == 421
    assert "csrf" not in response.text


def test_localhost_is_accepted_like_127_0_0_1(anonymous: httpx.Client, served: Served) -> None:
    host = f"localhost:{served.port}"
    response = anonymous.get(f"/?token={served.context.token}", headers={"Host": host})
    assert response.status_code == 303


def test_without_the_launch_token_nothing_is_served(anonymous: httpx.Client) -> None:
    for path in ("/", "/history", "/sources", "/config", "/reports/1.json", "/static/app.js"):
        response = anonymous.get(path)
        assert response.status_code == 403, path
        assert "launch link" in response.text
    assert anonymous.post("/lookups", data={"csrf": "x"}).status_code == 403


def test_a_wrong_token_is_refused(anonymous: httpx.Client) -> None:
    response = anonymous.get("/?token=guess")
    assert response.status_code == 403
    assert "set-cookie" not in response.headers


def test_the_token_becomes_a_strict_cookie_and_leaves_the_address(
    anonymous: httpx.Client, demo_context: WebContext
) -> None:
    response = anonymous.get(f"/history?token={demo_context.token}&x=1")
    assert response.status_code == 303
    assert response.headers["location"] == "/history?x=1"  # the token is gone from the address
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert anonymous.get("/history").status_code == 200


def test_posts_need_the_csrf_token(client: httpx.Client) -> None:
    response = client.post("/lookups", data={"csrf": "forged"})
    assert response.status_code == 403
    assert "expired" in response.text
    assert client.post("/forget", data={"lookup": "1"}).status_code == 403


@pytest.mark.parametrize(
    "headers",
    [{"Origin": "https://evil.test"}, {"Sec-Fetch-Site": "cross-site"}, {"Origin": "null"}],
)
def test_cross_site_posts_are_refused(client: httpx.Client, headers: dict[str, str]) -> None:
    csrf = csrf_of(client.get("/").text)
    response = client.post("/forget", data={"csrf": csrf, "lookup": "1"}, headers=headers)
    assert response.status_code == 403


def test_no_cors_and_a_strict_csp_with_fresh_nonces(client: httpx.Client) -> None:
    first = client.get("/", headers={"Origin": "https://evil.test"})
    second = client.get("/")
    assert not any(h.lower().startswith("access-control-") for h in first.headers)
    csp = first.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    nonce = re.search(r"'nonce-([^']+)'", csp)
    assert nonce and f'nonce="{nonce.group(1)}"' in first.text  # the stylesheet carries it
    assert nonce.group(1) not in second.headers["content-security-policy"]
    assert first.headers["x-content-type-options"] == "nosniff"
    assert first.headers["referrer-policy"] == "same-origin"


def test_only_get_and_post(client: httpx.Client) -> None:
    assert client.request("PUT", "/").status_code == 405
    assert client.request("DELETE", "/history").status_code == 405


def test_the_server_binds_127_0_0_1_only() -> None:
    sock = bind(0)
    try:
        assert sock.getsockname()[0] == "127.0.0.1"
    finally:
        sock.close()
    result = CliRunner().invoke(cli_app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--host" not in result.output and "--bind" not in result.output


def test_a_taken_port_is_a_clear_error() -> None:
    sock = bind(0)
    try:
        port = sock.getsockname()[1]
        result = CliRunner().invoke(cli_app, ["serve", "--no-open", "--port", str(port)])
    finally:
        sock.close()
    assert result.exit_code == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.output
    assert "Traceback" not in result.output


def test_oversized_requests_are_refused_before_reading(client: httpx.Client) -> None:
    csrf = csrf_of(client.get("/").text)
    big = b"x" * (61 * 1024 * 1024)
    response = client.post(
        "/lookups", data=demo_form(csrf), files={"resume": ("big.txt", big, "text/plain")}
    )
    assert response.status_code == 413
    assert "MiB" in response.text


def test_an_oversized_file_is_refused_by_name(
    client: httpx.Client, demo_context: WebContext
) -> None:
    csrf = csrf_of(client.get("/").text)
    big = b"a" * (10 * 1024 * 1024 + 10)
    response = client.post(
        "/lookups", data=demo_form(csrf), files={"resume": ("cv.txt", big, "text/plain")}
    )
    assert response.status_code == 400
    assert "cv.txt: the file is over the 10 MiB limit" in response.text
    assert list((demo_context.settings.home / "uploads").iterdir()) == []  # nothing kept


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("setup.exe", "setup.exe: this type of file is not read by runnerup"),
        ("encrypted.pdf", "encrypted.pdf: "),
        ("truncated.docx", "truncated.docx: "),
        ("scanned-no-text.pdf", "scanned-no-text.pdf: "),
    ],
)
def test_bad_uploads_get_the_command_line_messages(
    client: httpx.Client, demo_context: WebContext, name: str, message: str
) -> None:
    source = ROOT / "fixtures" / "documents" / "resumes" / "bad" / name
    data = source.read_bytes() if source.exists() else b"MZ\x90\x00binary"
    csrf = csrf_of(client.get("/").text)
    response = client.post("/lookups", data=demo_form(csrf), files={"resume": (name, data)})
    assert response.status_code == 400
    assert message in response.text
    assert 'role="alert"' in response.text
    assert str(demo_context.settings.home) not in response.text  # no private paths shown
    assert list((demo_context.settings.home / "uploads").iterdir()) == []


def test_kept_uploads_are_private(client: httpx.Client, demo_context: WebContext) -> None:
    resume = ROOT / "fixtures" / "documents" / "resumes" / "marcus-webb-teacher.txt"
    csrf = csrf_of(client.get("/").text)
    response = client.post(
        "/lookups",
        data=demo_form(csrf, keep="on"),
        files={"resume": ("my resume.txt", resume.read_bytes())},
        follow_redirects=False,
    )
    assert response.status_code == 303
    uploads = demo_context.settings.home / "uploads"
    (folder,) = list(uploads.iterdir())
    (saved,) = list(folder.iterdir())
    assert saved.name == "my resume.txt"
    assert stat.S_IMODE(os.stat(uploads).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(saved).st_mode) == 0o600


HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _store_hostile_report(context: WebContext) -> int:
    hire = Career(
        name="Ada " + HOSTILE,
        headline=HOSTILE,
        experiences=[Experience(title=HOSTILE, employer="Evil <b>Corp</b>")],
    )
    answer = Answer(question="?", summary=HOSTILE)
    comparison = Comparison(
        subject=Subject(name="Ada " + HOSTILE, employer="Northwind", role=HOSTILE),
        role=Role(title=HOSTILE, employer="Northwind"),
        hire=hire,
        questions=Questions(
            experience=answer,
            specific_experience=answer,
            credentials=answer,
            beyond=answer,
            pay=answer,
            insider=answer,
        ),
    )
    context.settings.home.mkdir(parents=True, exist_ok=True)
    with Store(context.settings.store_path) as store:
        lookup_id = store.start_lookup(comparison.subject, {})
        store.finish_lookup(lookup_id, "done", comparison=comparison)
    return lookup_id


def test_hostile_profile_content_stays_inert(
    client: httpx.Client, demo_context: WebContext
) -> None:
    lookup_id = _store_hostile_report(demo_context)
    for path in ("/history", f"/reports/{lookup_id}.html", f"/forget?lookup={lookup_id}"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "<script>alert" not in response.text, path
        assert "<img src=x" not in response.text, path
        assert "&lt;script&gt;" in response.text, path
    report = client.get(f"/reports/{lookup_id}.html")
    assert "script-src" not in report.headers["content-security-policy"]  # no script at all
    assert "default-src 'none'" in report.headers["content-security-policy"]


def test_hostile_candidates_stay_inert(client: httpx.Client, demo_context: WebContext) -> None:
    # a lead's name and headline come from someone else's page: shown as text, never as HTML
    from research.model import Candidate, Lead, ScorePart

    hostile = Candidate(
        id=1,
        name="Ada " + HOSTILE,
        headline=HOSTILE,
        employer="<b>Evil</b>",
        score=0.5,
        parts=[ScorePart(name="name", points=0.35, detail=HOSTILE)],
        leads=[Lead(url="https://x.test/", source="webpage", name=HOSTILE)],
    )

    async def runner(listen: object, choose: object) -> object:
        from research.events import StageStarted

        listen(StageStarted(HOSTILE))  # type: ignore[operator]
        choose([hostile])  # type: ignore[operator]
        raise AssertionError("not reached in this test")

    job = demo_context.jobs.start("t", runner)  # type: ignore[arg-type]
    from .conftest import wait_for

    wait_for(demo_context, job.id, {"choosing"})
    page = client.get(f"/lookups/{job.id}").text
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>Evil" not in page
    assert page.count("&lt;script&gt;") >= 3
    job.choose(None)
    # live lines reach the page as JSON data that the script sets as text, never as HTML
    script = (ROOT / "research" / "web" / "static" / "app.js").read_text(encoding="utf-8")
    assert "textContent" in script and "innerHTML" not in script


def test_serve_without_the_web_extra_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def fake_import(name: str, *args: object, **kwargs: object) -> object:
        if name == "research.web.app" or name.startswith("starlette"):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", fake_import)
    result = CliRunner().invoke(cli_app, ["serve", "--no-open"])
    assert result.exit_code == 1
    assert "pip install 'runnerup[web]'" in result.output
    assert "Traceback" not in result.output
