"""Contact details are dropped at extraction; career facts survive."""

from __future__ import annotations

import pytest

from research.privacy import find_contact_details, scrub


@pytest.mark.parametrize(
    "text, gone",
    [
        ("Reach me at ada.okafor@example.com anytime", "ada.okafor@example.com"),
        ("ada [at] example [dot] org", "example"),
        ("Call +44 20 7946 0958", "7946"),
        ("Phone: (555) 010-4477", "010-4477"),
        ("Office: 12 Baker Street, London", "Baker Street"),
        ("Musterstraße 12, 10115 Berlin", "Musterstraße 12"),
        ("mailto:ada@example.com", "ada@example.com"),
        ("Email: someone at example dot com", "someone"),
    ],
)
def test_contact_details_are_removed(text: str, gone: str) -> None:
    assert find_contact_details(text)
    assert gone not in scrub(text)


def test_labels_left_without_their_detail_go_too() -> None:
    text = "Robot fleets: Rust and CI that ships. Mail ada@x.test, phone +44 117 496 0123."
    assert scrub(text) == "Robot fleets: Rust and CI that ships."


@pytest.mark.parametrize(
    "text",
    [
        "Senior Engineer 2019 - 2021 at Acme",
        "Jan 2019 – Mar 2021",
        "Team of 12 people across 3 sites",
        "Grew revenue 45% to 1200000 EUR",
        "Engineer at Stripe.com, Berlin",
        "Python, Go, Kubernetes",
        "at least 3 years of Python",
        "in the past 5 years",
        "5 years in a similar way",
        "posted 2026-10-20",
    ],
)
def test_career_facts_survive(text: str) -> None:
    assert scrub(text) == text
    assert not find_contact_details(text)
