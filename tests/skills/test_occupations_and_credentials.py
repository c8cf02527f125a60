"""The hand-written vocabularies: titles, domains, certificates and fields of study."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from research.skills.certificates import asks_or_higher, certificate_id, level_of, standing
from research.skills.fields import related, same_field
from research.skills.occupations import domain_of, occupation_of

TITLES = [
    # title, family, seniority, leads people
    ("Staff Engineer", "engineering", "staff", False),
    ("Principal Engineer", "engineering", "principal", False),
    ("Engineering Manager", "software", "manager", True),
    ("Head of Platform", "devops", "head", True),
    ("Senior Site Reliability Engineer", "devops", "senior", False),
    ("React Developer", "frontend", None, False),
    ("Senior Backend Engineer", "backend", "senior", False),
    ("Clinical Software Engineer", "software", None, False),
    ("Registered Nurse", "nursing", None, False),
    ("Staff Nurse", "nursing", None, False),
    ("Charge Nurse", "nursing", "manager", True),
    ("App Developer", "software", None, False),
    ("Senior Accountant", "accounting", "senior", False),
    ("Accounts Assistant", "accounting", None, False),
    ("Mechanical Engineer", "mechanical", None, False),
    ("Co-founder & CTO", "software", "chief", True),
    ("Software Engineering Intern", "software", "intern", False),
    ("Maths Teacher", "teaching", None, False),
    ("IT Support Analyst", "it-support", None, False),
]


@pytest.mark.parametrize(("title", "family", "seniority", "leads"), TITLES)
def test_titles_read_as_family_and_seniority(
    title: str, family: str, seniority: str | None, leads: bool
) -> None:
    found = occupation_of(title)
    assert (found.family, found.seniority, found.leads_people) == (family, seniority, leads)


def test_domains_name_the_families_that_count() -> None:
    software = domain_of("8+ years of software engineering experience")
    assert software is not None and {"engineering", "devops", "frontend"} <= software.families
    assert "nursing" not in software.families and "accounting" not in software.families
    backend = domain_of("5+ years of backend engineering")
    assert backend is not None and backend.words == "backend"
    clinical = domain_of("Clinical background")
    assert clinical is not None and "nursing" in clinical.families
    accounting = domain_of("3 years of accounting experience")
    assert accounting is not None and accounting.families == {"accounting"}


def test_a_certificate_is_one_thing_under_its_names() -> None:
    names = [
        "Certified Kubernetes Administrator (CKA)",
        "CKA",
        "Certified Kubernetes Administrator",
    ]
    assert {certificate_id(n) for n in names} == {"cka"}
    assert certificate_id("Azure Administrator Associate (AZ-104)") == "az-104"
    assert certificate_id("AZ-104") == "az-104"
    assert certificate_id("a certificate nobody issues") is None


def test_levels_are_ordered_on_a_path() -> None:
    assert level_of("aws-cloud-practitioner") == 1
    assert level_of("aws-saa") == 2 and level_of("aws-sap") == 3
    assert level_of("ccie") == 4
    assert standing("aws-sap", "aws-saa", or_higher=True) == "higher"
    assert standing("ccna", "ccnp", or_higher=False) == "lower"
    assert standing("az-305", "az-104", or_higher=False) == "higher"
    assert standing("az-500", "az-104", or_higher=True) == "vendor"
    assert standing("az-500", "az-104", or_higher=False) == "none"
    assert asks_or_higher("AWS Solutions Architect Associate or higher")


def test_fields_of_study_and_related_ones() -> None:
    assert same_field("Statistics", "Statistics, Data Science")
    assert related("Physics", "Statistics, Data Science")
    assert not related("Nursing", "Computer Science, Robotics")
    assert not related("Sociology", "Statistics, Data Science")


@pytest.mark.parametrize("name", ["occupations.json", "certification_levels.json", "fields.json"])
def test_every_vocabulary_says_where_it_comes_from(name: str) -> None:
    text = resources.files("research.skills").joinpath("data", name).read_text("utf-8")
    data = json.loads(text)
    assert len(data["about"]) > 100


def test_certificate_tables_name_known_certificates() -> None:
    from research.skills.vocabulary import certifications

    text = resources.files("research.skills").joinpath("data", "certification_levels.json")
    data = json.loads(text.read_text("utf-8"))
    known = certifications()
    named = set(data["levels"]) | {
        c for g in ("paths", "vendors") for m in data[g].values() for c in m
    }
    assert named <= set(known), named - set(known)
