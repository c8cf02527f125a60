"""The fixture web (research.testing): routing, routes files, the log, the CLI, the plugin.

Every request goes to 127.0.0.1 only.
"""

from __future__ import annotations

import gzip
import http.client
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from research.testing import (
    FixtureWeb,
    MakeFixtureWeb,
    RequestRecord,
    RoutesError,
    content_type_for,
    default_root,
    load_routes,
)

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "fixtures" / "web"


class Reply:
    def __init__(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.status = status
        self.headers = headers
        self.body = body

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


def fetch(
    web: FixtureWeb,
    host: str,
    target: str = "/",
    *,
    method: str = "GET",
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> Reply:
    conn = http.client.HTTPConnection("127.0.0.1", web.port, timeout=10)
    try:
        conn.request(method, target, body=body, headers={"Host": host, **(headers or {})})
        response = conn.getresponse()
        data = response.read()
        return Reply(response.status, {k.lower(): v for k, v in response.getheaders()}, data)
    finally:
        conn.close()


def child_env() -> dict[str, str]:
    """The environment for a child Python that must import research from this checkout."""
    paths = [str(REPO), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(textwrap.dedent(content), encoding="utf-8")
    return path


@pytest.fixture
def site_root(tmp_path: Path) -> Path:
    root = tmp_path / "web"
    write(root / "alpha.test" / "index.html", "<h1>alpha home</h1>")
    write(root / "alpha.test" / "page.html", "<p>alpha page</p>")
    write(root / "beta.test" / "index.html", "<h1>beta home</h1>")
    write(root / "beta.test" / "page.html", "<p>beta page</p>")
    return root


@pytest.fixture
def web(site_root: Path, make_fixture_web: MakeFixtureWeb) -> FixtureWeb:
    return make_fixture_web(site_root)


def add_routes(root: Path, host: str, toml: str) -> None:
    write(root / host / "_routes.toml", toml)


# -- files -----------------------------------------------------------------------------------


def test_routes_by_host_header(web: FixtureWeb) -> None:
    assert fetch(web, "alpha.test", "/page.html").text == "<p>alpha page</p>"
    assert fetch(web, "beta.test", "/page.html").text == "<p>beta page</p>"
    # the Host header's port is ignored, and so is its case
    assert fetch(web, "Beta.Test:8443", "/page.html").text == "<p>beta page</p>"


def test_index_html_serves_folders(web: FixtureWeb, site_root: Path) -> None:
    write(site_root / "alpha.test" / "docs" / "index.html", "<p>docs index</p>")
    assert fetch(web, "alpha.test", "/").text == "<h1>alpha home</h1>"
    assert fetch(web, "alpha.test", "/docs/").text == "<p>docs index</p>"
    assert fetch(web, "alpha.test", "/docs").text == "<p>docs index</p>"
    write(site_root / "alpha.test" / "empty" / "note.txt", "x")
    assert fetch(web, "alpha.test", "/empty/").status == 404


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.html", "text/html; charset=utf-8"),
        ("a.json", "application/json"),
        ("a.pdf", "application/pdf"),
        ("a.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("a.txt", "text/plain; charset=utf-8"),
        ("a.xml", "application/xml"),
        ("a.js", "application/javascript"),
        ("a.css", "text/css; charset=utf-8"),
        ("a.png", "image/png"),
        ("a.unknownext", "application/octet-stream"),
    ],
)
def test_content_type_follows_extension(
    web: FixtureWeb, site_root: Path, name: str, expected: str
) -> None:
    write(site_root / "alpha.test" / "files" / name, b"\x00payload")
    reply = fetch(web, "alpha.test", f"/files/{name}")
    assert reply.status == 200
    assert reply.headers["content-type"] == expected
    assert reply.body == b"\x00payload"
    assert content_type_for(name) == expected


def test_unknown_host_is_502_naming_host_and_root(web: FixtureWeb, site_root: Path) -> None:
    reply = fetch(web, "nowhere.test:8080", "/")
    assert reply.status == 502
    assert reply.headers["content-type"].startswith("text/plain")
    assert "nowhere.test" in reply.text
    assert str(site_root.resolve()) in reply.text
    assert "alpha.test" in reply.text  # it lists the known hosts
    assert fetch(web, "", "/").status == 502
    assert fetch(web, "../etc", "/").status == 502


def test_unknown_path_is_404_html(web: FixtureWeb) -> None:
    reply = fetch(web, "alpha.test", "/missing.html")
    assert reply.status == 404
    assert reply.headers["content-type"] == "text/html; charset=utf-8"
    assert "<h1>Not Found</h1>" in reply.text
    assert "/missing.html" in reply.text


def test_underscore_files_and_traversal_are_not_served(web: FixtureWeb, site_root: Path) -> None:
    write(site_root / "alpha.test" / "_secret.txt", "config")
    write(site_root / "alpha.test" / "_responses" / "a.json", "{}")
    write(site_root / "alpha.test" / "_hidden" / "index.html", "hidden")
    add_routes(site_root, "alpha.test", "")
    for target in [
        "/_secret.txt",
        "/_responses/a.json",
        "/_hidden/",
        "/_hidden",
        "/_routes.toml",
        "/%5Fsecret.txt",
        "/../beta.test/page.html",
        "/%2e%2e/beta.test/page.html",
    ]:
        assert fetch(web, "alpha.test", target).status == 404, target


def test_head_sends_headers_without_body(web: FixtureWeb) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", web.port, timeout=10)
    try:
        conn.request("HEAD", "/page.html", headers={"Host": "alpha.test"})
        response = conn.getresponse()
        assert response.status == 200
        assert response.getheader("Content-Length") == str(len(b"<p>alpha page</p>"))
        assert response.read() == b""
        # the connection stays usable (keep-alive), also after a POST with a body
        conn.request("POST", "/page.html", body=b"ignored=1", headers={"Host": "alpha.test"})
        response = conn.getresponse()
        assert (response.status, response.read()) == (200, b"<p>alpha page</p>")
        conn.request("GET", "/", headers={"Host": "beta.test"})
        assert conn.getresponse().read() == b"<h1>beta home</h1>"
    finally:
        conn.close()


def test_other_methods_on_files_are_405(web: FixtureWeb) -> None:
    reply = fetch(web, "alpha.test", "/page.html", method="DELETE")
    assert reply.status == 405
    assert reply.headers["allow"] == "GET, HEAD, POST"


def test_absolute_form_target_routes_by_its_host(web: FixtureWeb) -> None:
    reply = fetch(web, "ignored.test", "http://beta.test/page.html")
    assert reply.text == "<p>beta page</p>"
    assert web.requests()[-1].host == "beta.test"


# -- routes ----------------------------------------------------------------------------------


def test_route_status_headers_and_text(web: FixtureWeb, site_root: Path) -> None:
    add_routes(
        site_root,
        "alpha.test",
        """
        [[route]]
        path = "/teapot"
        status = 418
        headers = { X-Kind = "teapot", Retry-After = 3 }
        text = "short and stout"

        [[route]]
        path = "/moved"
        status = 301
        headers = { Location = "http://beta.test/" }

        [[route]]
        path = "/empty"
        """,
    )
    reply = fetch(web, "alpha.test", "/teapot")
    assert reply.status == 418
    assert reply.headers["x-kind"] == "teapot"
    assert reply.headers["retry-after"] == "3"
    assert reply.headers["content-type"] == "text/plain; charset=utf-8"
    assert reply.text == "short and stout"
    moved = fetch(web, "alpha.test", "/moved")
    assert (moved.status, moved.headers["location"], moved.body) == (301, "http://beta.test/", b"")
    empty = fetch(web, "alpha.test", "/empty")
    assert (empty.status, empty.body, empty.headers["content-length"]) == (200, b"", "0")


def test_route_body_file_and_content_type(web: FixtureWeb, site_root: Path) -> None:
    write(site_root / "alpha.test" / "_responses" / "data.json", '{"ok": true}')
    write(site_root / "alpha.test" / "_responses" / "feed.txt", "<feed/>")
    add_routes(
        site_root,
        "alpha.test",
        """
        [[route]]
        path = "/api/data"
        body = "_responses/data.json"

        [[route]]
        path = "/feed"
        body = "_responses/feed.txt"
        content_type = "application/atom+xml"

        [[route]]
        path = "/page.html"
        text = "routes win over files"

        [[route]]
        path = "/missing"
        body = "_responses/nope.json"
        """,
    )
    data = fetch(web, "alpha.test", "/api/data")
    assert (data.status, data.headers["content-type"]) == (200, "application/json")
    assert json.loads(data.body) == {"ok": True}
    feed = fetch(web, "alpha.test", "/feed")
    assert (feed.headers["content-type"], feed.text) == ("application/atom+xml", "<feed/>")
    assert fetch(web, "alpha.test", "/page.html").text == "routes win over files"
    missing = fetch(web, "alpha.test", "/missing")
    assert missing.status == 500
    assert "_responses/nope.json" in missing.text


def test_route_path_glob_and_first_match_wins(web: FixtureWeb, site_root: Path) -> None:
    add_routes(
        site_root,
        "alpha.test",
        """
        [[route]]
        path = "/users/ada/*"
        text = "ada special"

        [[route]]
        path = "/users/*"
        text = "any user"
        """,
    )
    assert fetch(web, "alpha.test", "/users/ada/profile").text == "ada special"
    assert fetch(web, "alpha.test", "/users/bo/profile").text == "any user"
    assert fetch(web, "alpha.test", "/users").status == 404


def test_route_query_globs(web: FixtureWeb, site_root: Path) -> None:
    add_routes(
        site_root,
        "alpha.test",
        """
        [[route]]
        path = "/search"
        query = { q = "*okafor*", page = "2" }
        text = "okafor page 2"

        [[route]]
        path = "/search"
        query = { q = "*okafor*" }
        text = "okafor"

        [[route]]
        path = "/search"
        query = { q = "\\"exact phrase\\"" }
        text = "quoted"

        [[route]]
        path = "/search"
        text = "nothing"
        """,
    )
    assert fetch(web, "alpha.test", "/search?q=ada+okafor").text == "okafor"
    assert fetch(web, "alpha.test", "/search?q=Ada%20Okafor&page=2").text == "okafor page 2"
    assert fetch(web, "alpha.test", "/search?page=2&q=OKAFOR").text == "okafor page 2"
    assert fetch(web, "alpha.test", "/search?q=%22exact%20phrase%22").text == "quoted"
    assert fetch(web, "alpha.test", "/search?q=someone+else").text == "nothing"
    assert fetch(web, "alpha.test", "/search?page=2").text == "nothing"
    assert fetch(web, "alpha.test", "/search").text == "nothing"


def test_route_method_match(web: FixtureWeb, site_root: Path) -> None:
    add_routes(
        site_root,
        "alpha.test",
        """
        [[route]]
        path = "/form"
        method = "POST"
        status = 201
        text = "created"

        [[route]]
        path = "/form"
        method = ["get", "put"]
        text = "the form"
        """,
    )
    created = fetch(web, "alpha.test", "/form", method="POST", body=b"name=x")
    assert (created.status, created.text) == (201, "created")
    assert fetch(web, "alpha.test", "/form").text == "the form"
    assert fetch(web, "alpha.test", "/form", method="PUT", body=b"x").text == "the form"
    head = fetch(web, "alpha.test", "/form", method="HEAD")
    assert (head.status, head.body, head.headers["content-length"]) == (200, b"", "8")
    assert fetch(web, "alpha.test", "/form", method="DELETE").status == 405


def test_route_delay(web: FixtureWeb, site_root: Path) -> None:
    add_routes(site_root, "alpha.test", '[[route]]\npath = "/slow"\ndelay_ms = 150\ntext = "ok"\n')
    started = time.monotonic()
    assert fetch(web, "alpha.test", "/slow").text == "ok"
    assert time.monotonic() - started >= 0.15


def test_global_delay_applies_to_every_response(
    site_root: Path, make_fixture_web: MakeFixtureWeb
) -> None:
    slow = make_fixture_web(site_root, delay_ms=60)
    for host, target, status in [
        ("alpha.test", "/", 200),
        ("alpha.test", "/nope", 404),
        ("x.test", "/", 502),
    ]:
        started = time.monotonic()
        assert fetch(slow, host, target).status == status
        assert time.monotonic() - started >= 0.06


def test_route_gzip(web: FixtureWeb, site_root: Path) -> None:
    write(site_root / "alpha.test" / "_big.json", json.dumps({"items": list(range(200))}))
    add_routes(
        site_root,
        "alpha.test",
        '[[route]]\npath = "/big"\nbody = "_big.json"\ngzip = true\n',
    )
    reply = fetch(web, "alpha.test", "/big")
    assert reply.headers["content-encoding"] == "gzip"
    assert reply.headers["content-type"] == "application/json"
    assert reply.headers["content-length"] == str(len(reply.body))
    assert json.loads(gzip.decompress(reply.body)) == {"items": list(range(200))}


def test_routes_file_is_reloaded_when_it_changes(web: FixtureWeb, site_root: Path) -> None:
    add_routes(site_root, "alpha.test", '[[route]]\npath = "/v"\ntext = "one"\n')
    assert fetch(web, "alpha.test", "/v").text == "one"
    routes = site_root / "alpha.test" / "_routes.toml"
    routes.write_text('[[route]]\npath = "/v"\ntext = "two, longer"\n', encoding="utf-8")
    later = time.time() + 5
    os.utime(routes, (later, later))
    assert fetch(web, "alpha.test", "/v").text == "two, longer"


def test_bad_routes_file_is_a_500_naming_it(web: FixtureWeb, site_root: Path) -> None:
    add_routes(site_root, "alpha.test", '[[route]]\npath = "/x"\nstauts = 404\n')
    reply = fetch(web, "alpha.test", "/x")
    assert reply.status == 500
    assert "_routes.toml" in reply.text
    assert "stauts" in reply.text


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[[route]]\ntext = 'x'\n", "'path'"),
        ("[[route]]\npath = '/a'\nstatus = 99\n", "'status'"),
        ("[[route]]\npath = '/a'\nbody = 'a'\ntext = 'b'\n", "not both"),
        ("[[route]]\npath = '/a'\nquery = { q = 1 }\n", "'query'"),
        ("[[route]]\npath = '/a'\ndelay_ms = -1\n", "'delay_ms'"),
        ("[[route]]\npath = '/a'\ngzip = 'yes'\n", "'gzip'"),
        ("[[routes]]\npath = '/a'\n", "unknown top-level"),
        ("[[route]\n", "not valid TOML"),
    ],
)
def test_load_routes_rejects_mistakes(tmp_path: Path, toml: str, message: str) -> None:
    path = write(tmp_path / "_routes.toml", toml)
    with pytest.raises(RoutesError, match=re.escape(message)):
        load_routes(path)


# -- the log and the API ---------------------------------------------------------------------


def test_request_log_records_and_clears(web: FixtureWeb) -> None:
    before = time.monotonic()
    fetch(web, "alpha.test:9999", "/page.html?x=1&y=%20z")
    fetch(web, "beta.test", "/missing", method="POST", body=b"a=b")
    fetch(web, "nowhere.test", "/")
    log = web.log
    assert [(r.method, r.host, r.path, r.query, r.status) for r in log] == [
        ("GET", "alpha.test", "/page.html", "x=1&y=%20z", 200),
        ("POST", "beta.test", "/missing", "", 404),
        ("GET", "nowhere.test", "/", "", 502),
    ]
    assert all(isinstance(r, RequestRecord) for r in log)
    assert before <= log[0].time <= log[1].time <= log[2].time <= time.monotonic()
    assert abs(log[0].wall - time.time()) < 60
    assert web.requests(host="beta.test") == [log[1]]
    assert web.requests(host="ALPHA.test:80", path="/page.html") == [log[0]]
    assert web.requests(path="/") == [log[2]]
    with pytest.raises(AttributeError):
        log[0].status = 500  # type: ignore[misc]
    log.clear()  # only a copy
    assert len(web.log) == 3
    web.clear_log()
    assert web.log == []


def test_addresses_and_hosts(web: FixtureWeb, site_root: Path) -> None:
    assert web.base_url == f"http://127.0.0.1:{web.port}"
    assert web.connect_to == f"*=127.0.0.1:{web.port}"
    assert web.url("alpha.test") == "http://alpha.test/"
    assert web.url("alpha.test", "/a?b=c") == "http://alpha.test/a?b=c"
    (site_root / "_shared").mkdir()
    assert web.hosts() == ["alpha.test", "beta.test"]


def test_lifecycle(site_root: Path, tmp_path: Path) -> None:
    web = FixtureWeb(site_root)
    assert not web.running
    with pytest.raises(RuntimeError):
        _ = web.port
    with web:
        assert web.running
        assert fetch(web, "alpha.test").status == 200
        with pytest.raises(RuntimeError):
            web.start()
    assert not web.running
    web.stop()  # twice is fine
    with pytest.raises(NotADirectoryError, match="not a directory"):
        FixtureWeb(tmp_path / "missing")


def test_stop_ends_keep_alive_connections(site_root: Path) -> None:
    web = FixtureWeb(site_root).start()
    conn = http.client.HTTPConnection("127.0.0.1", web.port, timeout=10)
    try:
        conn.request("GET", "/", headers={"Host": "alpha.test"})
        assert conn.getresponse().read() == b"<h1>alpha home</h1>"
        web.stop()
        with pytest.raises((http.client.HTTPException, OSError)):
            conn.request("GET", "/", headers={"Host": "alpha.test"})
            conn.getresponse().read()
    finally:
        conn.close()
        web.stop()


def test_import_needs_no_pytest() -> None:
    code = "import sys; sys.modules['pytest'] = None; import research.testing as t; print(t.main)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=child_env(), timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "function main" in result.stdout


# -- the seed sites and the pytest fixture ---------------------------------------------------


def test_fixture_web_fixture_serves_the_seed_sites(fixture_web: FixtureWeb) -> None:
    assert fixture_web.log == []  # cleared for each test
    assert {"ada-okafor.test", "northwind-robotics.test", "search.example.test"} <= set(
        fixture_web.hosts()
    )
    home = fetch(fixture_web, "ada-okafor.test")
    assert home.status == 200
    assert "Ada Okafor" in home.text
    robots = fetch(fixture_web, "northwind-robotics.test", "/robots.txt")
    assert "Disallow: /private/" in robots.text
    for target in ["/", "/about/", "/team/", "/private/secret.html"]:
        assert fetch(fixture_web, "northwind-robotics.test", target).status == 200
    found = json.loads(fetch(fixture_web, "search.example.test", "/search?q=ada+okafor").body)
    assert found["results"][0]["url"] == "http://ada-okafor.test/"
    empty = json.loads(fetch(fixture_web, "search.example.test", "/search?q=nobody").body)
    assert empty["results"] == []
    assert fetch(fixture_web, "search.example.test", "/_responses/okafor.json").status == 404
    assert len(fixture_web.log) == 9


def test_fixture_web_log_is_cleared_between_tests(fixture_web: FixtureWeb) -> None:
    assert fixture_web.log == []
    started = time.monotonic()
    assert fetch(fixture_web, "search.example.test", "/slow").status == 200
    assert time.monotonic() - started >= 0.2


def test_default_root_is_the_checkout_fixtures() -> None:
    assert default_root() == SEED


def test_fixture_web_root_ini_option(tmp_path: Path) -> None:
    write(tmp_path / "sites" / "only.test" / "index.html", "only here")
    write(tmp_path / "pytest.ini", "[pytest]\nfixture_web_root = sites\n")
    write(
        tmp_path / "test_inner.py",
        """
        import urllib.request


        def test_inner(fixture_web, make_fixture_web, tmp_path):
            assert fixture_web.hosts() == ["only.test"]
            request = urllib.request.Request(
                fixture_web.base_url + "/", headers={"Host": "only.test"}
            )
            with urllib.request.urlopen(request, timeout=10) as response:
                assert response.read() == b"only here"
            assert [r.host for r in fixture_web.log] == ["only.test"]
            other = make_fixture_web(tmp_path)
            assert other.port != fixture_web.port
        """,
    )
    env = child_env()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:runnerup_fixture_web",
            "-p",
            "research.testing",
            "test_inner.py",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


# -- the command line ------------------------------------------------------------------------


def test_serve_command(site_root: Path) -> None:
    env = child_env()
    process = subprocess.Popen(
        [sys.executable, "-m", "research.testing", "serve", str(site_root), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        hint = process.stdout.readline()
        match = re.fullmatch(
            r"Serving fixture web from (.+) at http://127\.0\.0\.1:(\d+) \(hosts: (.+)\)\n", first
        )
        assert match, first
        assert match.group(1) == str(site_root)
        assert match.group(3) == "alpha.test, beta.test"
        port = int(match.group(2))
        assert hint == f"Try: curl -H 'Host: alpha.test' http://127.0.0.1:{port}/\n"
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            conn.request("GET", "/page.html", headers={"Host": "beta.test"})
            response = conn.getresponse()
            assert (response.status, response.read()) == (200, b"<p>beta page</p>")
        finally:
            conn.close()
    finally:
        process.terminate()
        out, err = process.communicate(timeout=10)
    assert process.returncode == 0
    assert "Traceback" not in err
    assert "Stopped." in out


def test_serve_command_rejects_a_missing_dir(tmp_path: Path) -> None:
    env = child_env()
    result = subprocess.run(
        [sys.executable, "-m", "research.testing", "serve", str(tmp_path / "nope")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2
    assert "is not a directory" in result.stderr
    assert "Traceback" not in result.stderr


def test_serve_command_exits_cleanly_on_ctrl_c(site_root: Path) -> None:
    # A child started from a background shell may inherit an ignored SIGINT: restore Python's.
    code = (
        "import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
        "from research.testing import main; sys.exit(main(sys.argv[1:]))"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code, "serve", str(site_root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().startswith("Serving fixture web from ")
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0
    assert "Traceback" not in err
    assert "Stopped." in out
