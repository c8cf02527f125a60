"""Location, cross-links, handles and score_lead."""

from __future__ import annotations

import pytest

from research.identity import score_lead
from research.identity.signals import (
    lead_name,
    links_to,
    location_part,
    location_relation,
    parse_location,
    shared_handle,
    url_key,
)
from research.model import Lead, PartialDate, Subject

SUBJECT = Subject(
    name="Ada Okafor",
    employer="Northwind Robotics",
    role="Head of Platform",
    location="Berlin, Germany",
    hire_date=PartialDate.parse("2024-03"),
    employer_site="https://northwind-robotics.test",
)


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("NYC", "New York", "same_city"),
        ("New York, NY", "NYC", "same_city"),
        ("Berlin, Germany", "Berlin", "same_city"),
        ("Greater London Area", "London, UK", "same_city"),
        ("München", "Munich, Germany", "same_city"),
        ("Berlin", "Germany", "same_country"),
        ("Berlin", "Munich", "different_city"),
        ("Berlin, Germany", "Toronto, Canada", "conflict"),
        ("Lisbon", "Lagos, Nigeria", "conflict"),
        ("Remote", "Berlin", "unknown"),
        (None, "Berlin", "unknown"),
        ("Springfield", "Shelbyville", "different_city"),
    ],
)
def test_location_relation(a: str | None, b: str, relation: str) -> None:
    assert location_relation(a, b) == relation


def test_parse_location() -> None:
    assert parse_location("Austin, TX") == parse_location("Austin, Texas, USA")
    assert parse_location("São Paulo, Brazil").country == "br"
    assert not parse_location("Remote")


def test_location_points() -> None:
    same = location_part("Berlin, Germany", "Berlin")
    far = location_part("Berlin, Germany", "Toronto, Canada")
    assert same is not None and same.points > 0
    assert far is not None and far.points < 0
    assert location_part("Berlin", "Remote") is None


def lead(url: str, **fields: object) -> Lead:
    base: dict[str, object] = {"url": url, "source": "webpage"}
    base.update(fields)
    return Lead.model_validate(base)


def test_url_key() -> None:
    assert url_key("https://www.Ada-Okafor.test/") == url_key("http://ada-okafor.test")
    assert url_key("ada-okafor.test/projects/") == "ada-okafor.test/projects"


def test_links_to_url_or_personal_domain() -> None:
    gh = lead("https://github.com/adaokafor", links=["https://ada-okafor.test"])
    home = lead("https://ada-okafor.test/")
    projects = lead("https://ada-okafor.test/projects.html")
    other_gh = lead("https://github.com/someone", links=["https://github.com/adaokafor"])
    assert links_to(gh, home)
    # another page on a domain named after the person
    assert links_to(gh, projects, names=["okafor"])
    assert not links_to(gh, projects)
    # a page on a shared site (a conference) is linked only by its own URL, or one above it
    talk = lead("https://rustconf.test/2025/speakers/ada-okafor")
    other_talk = lead("https://rustconf.test/2025/speakers/bram-veldhuis")
    speaker = lead("https://x.test", links=["https://rustconf.test/2025/speakers/ada-okafor"])
    assert links_to(speaker, talk, names=["okafor"])
    assert not links_to(speaker, other_talk, names=["okafor"])
    tilde = lead("https://x.test", links=["https://uni.test/~okafor/"])
    assert links_to(tilde, lead("https://uni.test/~okafor/cv.html"))
    assert not links_to(tilde, lead("https://uni.test/~nwosu/cv.html"))
    assert links_to(other_gh, gh)
    # a shared host's domain alone is no link
    assert not links_to(lead("https://x.test", links=["https://github.com/bob"]), gh)
    # nor the employer's domain when excluded
    team = lead("https://northwind-robotics.test/team/")
    linker = lead("https://x.test", links=["https://northwind-robotics.test/"])
    assert not links_to(linker, team)
    assert links_to(linker, team, names=["northwind"])
    excluded = frozenset({"northwind-robotics.test"})
    assert not links_to(linker, team, exclude_domains=excluded, names=["northwind"])


def test_shared_handle() -> None:
    a = lead("https://github.com/adaok", handle="adaok")
    b = lead("https://gitlab.com/adaok", handle="@AdaOk")
    c = lead("https://gitlab.com/x", handle="x")
    assert shared_handle(a, b) and not shared_handle(a, c)
    assert not shared_handle(lead("https://a.test"), lead("https://b.test"))


def test_lead_name_from_title() -> None:
    hit = lead(
        "https://www.linkedin.com/in/ada",
        title="Ada Okafor - Head of Platform - Northwind Robotics | LinkedIn",
    )
    name, match = lead_name(SUBJECT, hit)
    assert name == "Ada Okafor" and match is not None and match.kind == "exact"
    assert lead_name(SUBJECT, lead("https://x.test", title="Robots!")) == (None, None)


def test_score_lead_parts() -> None:
    press = lead(
        "https://northwind-robotics.test/news/ada",
        source="company",
        title="Northwind Robotics welcomes Ada Okafor as Head of Platform",
        extra={"start": "2024-03"},
        location="Berlin",
    )
    parts = {p.name: p for p in score_lead(SUBJECT, press)}
    assert set(parts) == {"name", "employer", "role", "timing", "location"}
    assert parts["name"].detail.startswith("name matches exactly")
    assert all(p.points > 0 for p in parts.values())


def test_score_lead_other_employer() -> None:
    gh = lead(
        "https://github.com/ada2",
        source="github",
        name="Ada Okafor",
        employer="Fabrikam",
        location="Toronto, Canada",
        extra={"start": "2024-03"},
    )
    parts = {p.name: p for p in score_lead(SUBJECT, gh)}
    assert parts["employer"].points < 0 and parts["location"].points < 0
    assert "timing" not in parts


def test_score_lead_never_prints_an_address() -> None:
    orcid = lead(
        "https://orcid.org/1",
        name="Ada Okafor",
        extra={"email_domain": "ada.okafor@northwind-robotics.test"},
    )
    parts = score_lead(SUBJECT, orcid)
    assert any(p.name == "employer" and p.points > 0 for p in parts)
    assert not any("@" in p.detail for p in parts)


def test_score_lead_is_deterministic() -> None:
    gh = lead("https://github.com/ada", name="Ada Okafor", employer="@northwind")
    assert score_lead(SUBJECT, gh) == score_lead(SUBJECT, gh)
