"""Rendering: terminal (80 columns), HTML (self-contained, safe), Markdown, JSON, PDF, and
writing files without overwriting."""

from __future__ import annotations

import builtins
import json
import re
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from rich.console import Console

from research.errors import RunnerupError, UsageError
from research.model import SCHEMA_VERSION, Comparison
from research.report import FORMATS, render, write_report
from research.report.html import CSP
from research.report.terminal import print_report
from research.report.view import QUESTIONS, safe_url

Comparisons = dict[str, Comparison]


def test_formats() -> None:
    assert FORMATS == ("text", "html", "md", "json", "pdf")


def test_terminal_fits_80_columns_summary_first(comparisons: Comparisons) -> None:
    for comparison in comparisons.values():
        console = Console(width=80, record=True, color_system=None)
        print_report(comparison, console)
        text = console.export_text()
        assert max(len(line) for line in text.splitlines()) <= 80
        for _, label in QUESTIONS:
            first_word = label.split()[0]
            assert first_word in text
        assert text.index("The six questions") < text.index("Requirements")
        assert render(comparison, "text") == text


def test_terminal_shows_key_text(comparisons: Comparisons) -> None:
    text = str(render(comparisons["stronger-hire"], "text"))
    for needle in (
        "Senior Backend Engineer",
        "Northwind Robotics",
        "the hire",
        "met",
        "not shown",
        "unknown",
        "What you can do",
        "Dear hiring team",
    ):
        assert needle in text


def test_terminal_does_not_interpret_markup_in_input(hostile_comparison: Comparison) -> None:
    text = str(render(hostile_comparison, "text"))
    assert "<script>" in text
    assert max(len(line) for line in text.splitlines()) <= 80


def test_html_is_self_contained(comparisons: Comparisons) -> None:
    html = str(render(comparisons["stronger-hire"], "html"))
    soup = BeautifulSoup(html, "lxml")
    meta = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    assert meta is not None and meta["content"] == CSP
    assert "default-src 'none'" in CSP
    assert not soup.find_all("script")
    assert not soup.find_all("link")
    for tag in soup.find_all(True):
        for attr in ("src", "srcset", "xlink:href", "poster", "background", "action"):
            assert not tag.has_attr(attr), tag.name
    assert not re.search(r"url\(", html)
    assert "@import" not in html and "@font-face" not in html
    assert "@media print" in html
    hrefs = [a["href"] for a in soup.find_all("a")]
    assert hrefs and all(h.startswith(("https://", "http://")) for h in hrefs)
    assert len(soup.find_all("svg")) == 2
    assert soup.find(id="summary") and soup.find(id="matrix") and soup.find(id="feedback")


def test_html_has_evidence_links_and_the_six_questions(comparisons: Comparisons) -> None:
    comparison = comparisons["stronger-hire"]
    soup = BeautifulSoup(str(render(comparison, "html")), "lxml")
    text = soup.get_text(" ")
    for _, label in QUESTIONS:
        assert label in text
    assert "https://tomasquill.example/cv" in [a["href"] for a in soup.find_all("a")]
    rows = soup.select("#matrix tbody tr")
    assert len(rows) == len(comparison.requirements)


def test_markdown(comparisons: Comparisons) -> None:
    md = str(render(comparisons["career-changer"], "md"))
    assert md.startswith("# runnerup: Data Analyst at Kestrel Retail")
    assert "| Requirement | You | The hire |" in md
    assert "## What you can do" in md
    assert "> Dear hiring team at Kestrel Retail," in md


def test_json_is_the_model(comparisons: Comparisons) -> None:
    comparison = comparisons["thin-hire"]
    data = json.loads(render(comparison, "json"))
    assert data["schema_version"] == SCHEMA_VERSION
    assert set(data) == set(Comparison.model_fields)
    assert Comparison.model_validate(data) == comparison
    assert render(comparison, "json") == comparison.model_dump_json(indent=2) + "\n"


def test_renders_are_deterministic(comparisons: Comparisons) -> None:
    comparison = comparisons["stronger-you"]
    for fmt in ("text", "html", "md", "json"):
        assert render(comparison, fmt) == render(comparison, fmt)


def test_unknown_format_is_a_usage_error(comparisons: Comparisons) -> None:
    with pytest.raises(UsageError):
        render(comparisons["thin-hire"], "docx")


def test_safe_url() -> None:
    assert safe_url("https://a.example/x?y=1") == "https://a.example/x?y=1"
    for bad in (
        "javascript:alert(1)",
        "data:text/html,x",
        "mailto:a@b.example",
        'https://a.example/"onmouseover=x',
        " https://a.example",
        "",
        None,
    ):
        assert safe_url(bad) is None


def test_write_report_never_overwrites_without_force(
    comparisons: Comparisons, tmp_path: Path
) -> None:
    comparison = comparisons["thin-hire"]
    out = tmp_path / "report.md"
    assert write_report(comparison, "md", out, force=False) == out
    before = out.read_text()
    out.write_text("mine")
    with pytest.raises(UsageError) as info:
        write_report(comparison, "md", out, force=False)
    assert str(out) in info.value.message and info.value.exit_code == 2
    assert out.read_text() == "mine"
    write_report(comparison, "md", out, force=True)
    assert out.read_text() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]


@pytest.mark.slow
def test_pdf(comparisons: Comparisons, tmp_path: Path) -> None:
    data = render(comparisons["stronger-hire"], "pdf")
    assert isinstance(data, bytes) and data.startswith(b"%PDF")


@pytest.mark.parametrize(
    ("failure", "advice"),
    [
        # the extra is not installed: say which extra
        (ImportError("No module named 'weasyprint'"), "pip install 'runnerup[pdf]'"),
        # WeasyPrint is there but a system library is not: say which packages to install
        (OSError("cannot load library 'libpango-1.0-0'"), "apt-get install libpango-1.0-0"),
    ],
)
def test_pdf_without_its_libraries_is_a_clear_error(
    comparisons: Comparisons, monkeypatch: pytest.MonkeyPatch, failure: Exception, advice: str
) -> None:
    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "weasyprint":
            raise failure
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(__import__("sys").modules, "weasyprint", raising=False)
    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(RunnerupError) as info:
        render(comparisons["stronger-hire"], "pdf")
    assert advice in info.value.message
    assert str(failure) in (info.value.hint or "")


def test_identity_is_shown_when_known(comparisons: Comparisons) -> None:
    from research.model import Candidate, IdentityDecision, ScorePart

    chosen = Candidate(
        name="Tomas Quill",
        score=0.91,
        parts=[ScorePart(name="name", points=0.4, detail="same name")],
    )
    comparison = comparisons["stronger-hire"].model_copy(
        update={"identity": IdentityDecision(chosen=chosen, decided_by="auto")}
    )
    for fmt in ("html", "md"):
        out = str(render(comparison, fmt))
        assert "identity score 0.91" in out and "same name" in out


def test_an_empty_comparison_renders_in_every_format() -> None:
    from research.compare import compare
    from research.model import Career, Role, Subject

    comparison = compare(Role(), None, Career(), Subject(name="Pat"))
    for fmt in ("text", "html", "md", "json"):
        out = str(render(comparison, fmt))
        assert "Willing to work" in out
    html = str(render(comparison, "html"))
    assert "No dated experience to draw." in html
    assert "lists no requirements" in html
