"""Hostile input renders inert in HTML and intact in Markdown and JSON; contact details in
any input reach no output format."""

from __future__ import annotations

import json
import re

from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from research.compare import compare
from research.model import (
    Career,
    Comparison,
    Education,
    Evidence,
    Experience,
    PartialDate,
    Requirement,
    RequirementKind,
    Role,
    Skill,
    Subject,
    Work,
)
from research.report import render

HOSTILE_BITS = ("<script>", 'onerror="alert(1)"', "javascript:alert(2)", "<svg onload=alert(4)>")


def _assert_inert(html: str) -> None:
    soup = BeautifulSoup(html, "lxml")
    assert soup.find_all("script") == []
    assert soup.find_all("iframe") == [] and soup.find_all("object") == []
    assert soup.find_all("img") == []
    for tag in soup.find_all(True):
        for attr, value in tag.attrs.items():
            assert not attr.lower().startswith("on"), (tag.name, attr)
            text = " ".join(value) if isinstance(value, list) else str(value)
            if attr in ("href", "src", "xlink:href", "action"):
                assert text.startswith(("http://", "https://")), (tag.name, attr, text)
    svg_texts = [t for svg in soup.find_all("svg") for t in svg.find_all(True)]
    assert all(t.name in {"svg", "rect", "text", "line", "title"} for t in svg_texts)


def test_hostile_profile_is_inert_in_html(hostile_comparison: Comparison) -> None:
    html = str(render(hostile_comparison, "html"))
    _assert_inert(html)
    text = BeautifulSoup(html, "lxml").get_text(" ")
    assert '<script>alert("x")</script>' in text
    assert "A" * 10_000 in text


def test_hostile_profile_is_intact_in_markdown_and_json(hostile_comparison: Comparison) -> None:
    md = str(render(hostile_comparison, "md"))
    for bit in HOSTILE_BITS:
        assert bit in md
    assert "A" * 10_000 in md
    assert "](<javascript:" not in md and "](javascript:" not in md
    assert not re.search(r"\]\(<?data:", md)
    data = json.loads(render(hostile_comparison, "json"))
    assert data["hire"]["headline"] == hostile_comparison.hire.headline
    assert "<script>" in data["hire"]["headline"]
    assert len(data["hire"]["summary"]) > 10_000
    assert data["hire"]["work"][0]["url"] == "javascript:alert(5)"


CONTACT = {
    "email": "kit.marlowe@mail.example",
    "obfuscated": "kit [at] marlowe [dot] example",
    "phone": "+44 20 7946 0958",
    "us phone": "(555) 010-4477",
    "street": "221 Baker Street",
}


def _contact_inputs() -> tuple[Role, Career, Career, Subject]:
    bits = " ".join(CONTACT.values())
    ev = [Evidence(source="webpage", url="https://kit.example/cv", quote=f"Python. {bits}")]
    hire = Career(
        name="Kit Marlowe",
        headline=f"Engineer {CONTACT['email']}",
        summary=bits,
        experiences=[
            Experience(
                title="Engineer",
                employer="Zeta",
                start=PartialDate.parse("2019-01"),
                summary=f"Python services. Call {CONTACT['phone']}",
                evidence=ev,
            )
        ],
        education=[Education(institution=f"Uni, {CONTACT['street']}", degree="BSc", evidence=ev)],
        skills=[Skill(name="Python", evidence=ev)],
        work=[
            Work(
                kind="repository",
                title="tool",
                url=f"mailto:{CONTACT['email']}",
                description=CONTACT["us phone"],
                evidence=ev,
            )
        ],
    )
    you = Career(
        name="Robin Vale",
        summary=f"Reach me: {CONTACT['obfuscated']}",
        skills=[Skill(name="Python", evidence=ev)],
    )
    role = Role(
        title="Engineer",
        employer="Acme",
        description=f"Apply to {CONTACT['email']}",
        requirements=[
            Requirement(
                text=f"Python ({CONTACT['phone']})", kind=RequirementKind.SKILL, skill="Python"
            )
        ],
        evidence=ev,
    )
    return role, you, hire, Subject(name="Kit Marlowe", employer="Acme")


def test_contact_details_reach_no_output() -> None:
    comparison = compare(*_contact_inputs())
    for fmt in ("text", "html", "md", "json"):
        out = str(render(comparison, fmt))
        flat = " ".join(out.split())
        for kind, detail in CONTACT.items():
            assert detail not in out and detail not in flat, (fmt, kind)
        assert "mailto:" not in out


def test_contact_details_reach_no_pdf(tmp_path: object) -> None:
    from pypdf import PdfReader

    comparison = compare(*_contact_inputs())
    import io

    reader = PdfReader(io.BytesIO(render(comparison, "pdf")))  # type: ignore[arg-type]
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Engineer" in text
    for detail in CONTACT.values():
        assert detail not in text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=60))
def test_any_text_renders_inert(text: str) -> None:
    hire = Career(headline=text, skills=[Skill(name=text)], work=[Work(title=text, url=text)])
    role = Role(title=text, requirements=[Requirement(text=text)])
    comparison = compare(role, Career(summary=text), hire, Subject(name="x" + text))
    _assert_inert(str(render(comparison, "html")))
