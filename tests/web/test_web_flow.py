"""The whole job over plain HTTP: the form, live progress (server-sent events), the choice,
the report in every format, history and forget - as a page (or a script) would use them."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import httpx
import pytest

from research.web.app import WebContext

from .conftest import Served, csrf_of, demo_form, wait_for

ROOT = Path(__file__).resolve().parents[2]


def _start(client: httpx.Client, files: dict[str, tuple[str, bytes]] | None = None) -> str:
    csrf = csrf_of(client.get("/").text)
    response = client.post("/lookups", data=demo_form(csrf), files=files, follow_redirects=False)
    assert response.status_code == 303, response.text[-500:]
    location = response.headers["location"]
    assert re.fullmatch(r"/lookups/[\w-]+", location)
    return location.rsplit("/", 1)[1]


def test_the_demo_flow_end_to_end(client: httpx.Client, demo_context: WebContext) -> None:
    resume = ROOT / "fixtures" / "documents" / "resumes" / "marcus-webb-teacher.txt"
    job_id = _start(client, {"resume": ("marcus.txt", resume.read_bytes())})
    # progress streams as server-sent events, with the same outcomes the CLI prints
    with client.stream("GET", f"/lookups/{job_id}/events") as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        kinds: list[str] = []
        lines: list[str] = []
        for raw in stream.iter_lines():
            if raw.startswith("event: "):
                kinds.append(raw[7:])
            elif raw.startswith("data: "):
                lines.append(json.loads(raw[6:])["text"])
            if kinds and kinds[-1] == "choose" and raw == "":
                break
    assert kinds[0] == "stage" and "outcome" in kinds and kinds[-1] == "choose"
    assert any(line.startswith("github: found") for line in lines)
    assert not any(str(demo_context.settings.home) in line for line in lines)  # no private path
    # the candidates, with where they were found, their score and reasons, and "none"
    job = wait_for(demo_context, job_id, {"choosing"})
    page = client.get(f"/lookups/{job_id}").text
    assert "Which of these is the person who was hired?" in page
    assert "None of these" in page and "score 1.00" in page and "name matches exactly" in page
    right = next(c for c in job.candidates if c.employer == "Northwind Robotics")
    csrf = csrf_of(page)
    chosen = client.post(f"/lookups/{job_id}/choose", data={"csrf": csrf, "candidate": right.id})
    assert chosen.status_code == 200
    job = wait_for(demo_context, job_id, {"done", "failed"})
    assert job.state == "done", job.error
    page = client.get(f"/lookups/{job_id}").text
    assert f'src="/reports/{job.lookup_id}.html"' in page
    # the report in place, and every download
    report = client.get(f"/reports/{job.lookup_id}.html")
    assert "More experience?" in report.text and "Ada Okafor" in report.text
    data = client.get(f"/reports/{job.lookup_id}.json")
    assert data.headers["content-disposition"].startswith("attachment")
    comparison = json.loads(data.text)
    assert comparison["hire"]["name"] == "Ada Okafor"
    assert comparison["you"]["name"] == "Marcus Webb"  # the uploaded resume, not the demo's
    assert client.get(f"/reports/{job.lookup_id}.md").text.startswith("#")
    # the upload is gone once the lookup ended (the user did not ask to keep it)
    assert list((demo_context.settings.home / "uploads").iterdir()) == []
    # history lists it; forget asks first, then erases it
    history = client.get("/history").text
    assert "Ada Okafor" in history and f"/reports/{job.lookup_id}.html" in history
    ask = client.get(f"/forget?lookup={job.lookup_id}").text
    assert "This erases <strong>Ada Okafor</strong>" in ask and "cannot be undone" in ask
    done = client.post("/forget", data={"csrf": csrf_of(ask), "lookup": str(job.lookup_id)})
    assert "Erased 1 lookup(s)" in done.text
    assert "No lookups stored yet" in client.get("/history").text
    assert client.get(f"/reports/{job.lookup_id}.json").status_code == 404
    # the same forget as the command line: nothing on disk mentions the person or their site
    for path in demo_context.settings.home.rglob("*"):
        if path.is_file():
            data = path.read_bytes().lower()
            assert b"okafor" not in data, path


def test_none_of_these_compares_nobody(client: httpx.Client, demo_context: WebContext) -> None:
    job_id = _start(client)
    wait_for(demo_context, job_id, {"choosing"})
    csrf = csrf_of(client.get(f"/lookups/{job_id}").text)
    client.post(f"/lookups/{job_id}/choose", data={"csrf": csrf, "candidate": "none"})
    job = wait_for(demo_context, job_id, {"done", "failed"})
    assert job.state == "failed" and job.comparison is None
    page = client.get(f"/lookups/{job_id}").text
    assert "none of the candidates was chosen" in page
    # a second answer to the same question changes nothing
    assert not job.choose(1)


def test_form_errors_keep_what_the_user_typed(served: Served) -> None:
    # a lookup without --demo: the form asks for the hire, and refuses a hire date in words
    from research.web.app import WebContext as Context

    context: Context = served.context
    context.demo = None
    with httpx.Client(base_url=served.base, timeout=30) as client:
        client.get(served.launch)
        form = client.get("/").text
        assert 'label for="name"' in form and 'label for="employer"' in form
        response = client.post(
            "/lookups",
            data={
                "csrf": csrf_of(form),
                "name": "Ada Okafor",
                "employer": "N",
                "hire_date": "soon",
            },
        )
    assert response.status_code == 400
    # the form's own words: the field's label, not the command line's option
    assert "Hire date &#39;soon&#39; is not a date" in response.text
    assert "--hire-date" not in response.text.split("<form", 1)[0]
    assert "for example: 2024-03" in response.text
    assert 'value="Ada Okafor"' in response.text


def test_sources_and_configuration_pages(client: httpx.Client) -> None:
    sources = client.get("/sources").text
    assert "GitHub" in sources and "terms" in sources and "reviewed" in sources
    config = client.get("/config").text
    assert "retention_days" in config and "connect_to" in config
    assert "read-only" in config


def test_unknown_pages_say_so(client: httpx.Client) -> None:
    assert client.get("/lookups/nope").status_code == 404
    assert client.get("/reports/99.json").status_code == 404
    assert client.get("/reports/1.exe").status_code == 404


def test_the_hire_date_field_takes_what_the_command_line_takes(client: httpx.Client) -> None:
    """The browser checks the field with its ``pattern`` (the whole value must match)
    before the form is sent: it must let through every date ``--hire-date`` accepts, and
    may stop what the server would refuse as not a date."""
    from datetime import date

    from research.errors import UsageError
    from research.inputs import parse_hire_date

    field = re.search(r'<input id="hire_date"[^>]*>', client.get("/").text)
    assert field is not None
    pattern = re.search(r'pattern="([^"]*)"', field[0])
    assert pattern is not None
    shape = re.compile(html.unescape(pattern[1]))
    today = date(2026, 6, 15)
    for taken in ("2024-03-15", "2024-03", "2024", "2024-3", "2024-3-5", " 2024-03 "):
        assert parse_hire_date(taken, today=today) is not None
        assert shape.fullmatch(taken), taken
    for refused in ("last spring", "03/2024", "20244", "2024/03", "March 2024"):
        with pytest.raises(UsageError):
            parse_hire_date(refused, today=today)
        assert not shape.fullmatch(refused), refused
