"""Clustering leads into candidates."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from research.identity import UNREAD_CAP, cluster
from research.identity.cluster import stated_title
from research.model import Lead, PartialDate, Subject

SUBJECT = Subject(
    name="Ada Okafor",
    employer="Northwind Robotics",
    role="Head of Platform",
    location="Berlin, Germany",
    hire_date=PartialDate.parse("2024-03"),
    employer_site="https://northwind-robotics.test",
)

PRESS = Lead(
    url="https://northwind-robotics.test/news/ada-okafor-joins",
    source="company",
    title="Northwind Robotics welcomes Ada Okafor as Head of Platform",
    name="Ada Okafor",
    employer="Northwind Robotics",
    headline="Head of Platform",
    links=["https://ada-okafor.test/"],
    extra={"start": "2024-03"},
)
GITHUB = Lead(
    url="https://github.com/adaokafor",
    source="github",
    handle="adaokafor",
    name="Ada Okafor",
    employer="@northwind",
    location="Berlin, Germany",
    links=["https://ada-okafor.test"],
)
HOME = Lead(
    url="https://ada-okafor.test/",
    source="webpage",
    name="Ada Okafor",
    employer="Northwind Robotics",
    headline="Head of Platform",
    links=["https://github.com/adaokafor", "https://northwind-robotics.test/"],
)
LINKEDIN = Lead(
    url="https://www.linkedin.com/in/ada-okafor",
    source="websearch",
    title="Ada Okafor - Head of Platform - Northwind Robotics | LinkedIn",
    snippet="Berlin · Head of Platform at Northwind Robotics",
    location="Berlin, Germany",
    fetchable=False,
)
NAMESAKE = Lead(
    url="https://github.com/ada-okafor-tor",
    source="github",
    handle="ada-okafor-tor",
    name="Ada Okafor",
    employer="Meridian Logistics",
    location="Toronto, Canada",
)


def urls(candidate_leads: list[Lead]) -> set[str]:
    return {lead.url for lead in candidate_leads}


def test_linked_leads_form_one_candidate() -> None:
    candidates = cluster(SUBJECT, [PRESS, GITHUB, HOME])
    assert len(candidates) == 1
    best = candidates[0]
    assert best.id == 1 and best.score == 1.0
    names = {p.name for p in best.parts}
    assert {"name", "employer", "role", "timing", "location", "crosslinks", "sources"} <= names
    assert best.name == "Ada Okafor" and best.employer
    assert best.headline == "Head of Platform"


def test_score_is_clamped_sum_of_parts() -> None:
    for candidate in cluster(SUBJECT, [PRESS, GITHUB, HOME, NAMESAKE, LINKEDIN]):
        total = sum(p.points for p in candidate.parts)
        assert candidate.score == round(min(1.0, max(0.0, total)), 4)


def test_namesake_stays_apart() -> None:
    candidates = cluster(SUBJECT, [PRESS, GITHUB, HOME, NAMESAKE])
    assert len(candidates) == 2
    assert urls(candidates[0].leads) == {PRESS.url, GITHUB.url, HOME.url}
    assert urls(candidates[1].leads) == {NAMESAKE.url}
    assert candidates[1].score < 0.5
    assert [c.id for c in candidates] == [1, 2]


def test_namesake_linking_to_the_right_pages_still_apart() -> None:
    linked = NAMESAKE.model_copy(update={"links": ["https://ada-okafor.test/"]})
    candidates = cluster(SUBJECT, [GITHUB, HOME, linked])
    assert all(not ({linked.url} < urls(c.leads)) for c in candidates)


def test_unread_lead_joins_by_name_and_employer() -> None:
    candidates = cluster(SUBJECT, [PRESS, GITHUB, LINKEDIN])
    assert len(candidates) == 1
    assert LINKEDIN.url in urls(candidates[0].leads)


def test_unread_leads_alone_are_capped() -> None:
    candidates = cluster(SUBJECT, [LINKEDIN])
    assert len(candidates) == 1
    assert candidates[0].score <= UNREAD_CAP
    assert any(p.name == "unread" for p in candidates[0].parts)


def test_shared_handle_joins() -> None:
    gitlab = Lead(
        url="https://gitlab.com/adaokafor", source="gitlab", handle="adaokafor", name="Ada Okafor"
    )
    candidates = cluster(SUBJECT, [GITHUB, gitlab])
    assert len(candidates) == 1
    assert any(p.name == "crosslinks" for p in candidates[0].parts)


def test_two_handles_on_one_source_are_two_people() -> None:
    twin = GITHUB.model_copy(
        update={"url": "https://github.com/adaok2", "handle": "adaok2", "links": []}
    )
    candidates = cluster(SUBJECT, [GITHUB, twin])
    assert len(candidates) == 2


def test_different_cities_do_not_join_by_agreement() -> None:
    munich = GITHUB.model_copy(
        update={
            "url": "https://gitlab.com/ada",
            "source": "gitlab",
            "handle": None,
            "location": "Munich, Germany",
            "links": [],
        }
    )
    assert len(cluster(SUBJECT, [GITHUB, munich])) == 2


def test_different_work_does_not_join_by_agreement() -> None:
    sales = Lead(
        url="https://events.test/ada",
        source="websearch",
        title="Ada Okafor - Sales Director - Northwind Robotics",
    )
    candidates = cluster(SUBJECT, [PRESS, sales])
    assert len(candidates) == 2
    assert stated_title(sales) == "Sales Director"


def test_other_people_are_dropped() -> None:
    rahul = Lead(
        url="https://github.com/rahul",
        source="github",
        name="Rahul Okafor",
        employer="Northwind Robotics",
    )
    nameless = Lead(url="https://x.test/", source="websearch", title="Robots in Berlin")
    assert cluster(SUBJECT, [rahul, nameless]) == []


def test_conflicting_employers_split() -> None:
    elsewhere = NAMESAKE.model_copy(update={"location": "Berlin, Germany"})
    candidates = cluster(SUBJECT, [GITHUB, elsewhere])
    assert len(candidates) == 2


def test_order_of_leads_does_not_matter() -> None:
    leads = [PRESS, GITHUB, HOME, NAMESAKE, LINKEDIN]
    expected = cluster(SUBJECT, leads)
    rng = random.Random(7)
    for _ in range(10):
        shuffled = leads[:]
        rng.shuffle(shuffled)
        assert cluster(SUBJECT, shuffled) == expected


def test_careers_give_timing() -> None:
    from research.model import Career, Experience

    career = Career(
        experiences=[
            Experience(
                title="Head of Platform",
                employer="Northwind Robotics",
                start=PartialDate.parse("2024-02"),
            )
        ]
    )
    plain = cluster(SUBJECT, [GITHUB, HOME])[0]
    timed = cluster(SUBJECT, [GITHUB, HOME], careers={HOME.url: career})[0]
    assert timed.score > plain.score
    assert any(p.name == "timing" for p in timed.parts)


def test_empty() -> None:
    assert cluster(SUBJECT, []) == []


def test_a_page_the_user_gave_counts_but_does_not_clear_the_bar() -> None:
    page = Lead(
        url="https://ada-okafor.test/",
        source="webpage",
        title="given with --url",
        name="Ada Okafor",
        extra={"given_by_user": "yes"},
    )
    (candidate,) = cluster(SUBJECT, [page])
    assert any(p.name == "given" and p.points > 0 for p in candidate.parts)
    assert candidate.score < 0.75


NAMES = ["Ada Okafor", "Ada Okafor", "Okafor, Ada", "A. Okafor", "Ada Nwosu", None]
EMPLOYERS = ["Northwind Robotics", "@northwind", "Meridian Logistics", None]
PLACES = ["Berlin, Germany", "Munich", "Toronto, Canada", None]
SOURCES = ["github", "webpage", "websearch", "orcid"]


@st.composite
def leads(draw: st.DrawFn) -> list[Lead]:
    count = draw(st.integers(min_value=0, max_value=7))
    out = []
    for i in range(count):
        target = draw(st.integers(min_value=0, max_value=max(0, count - 1)))
        out.append(
            Lead(
                url=f"https://site{i}.test/p",
                source=draw(st.sampled_from(SOURCES)),
                name=draw(st.sampled_from(NAMES)),
                employer=draw(st.sampled_from(EMPLOYERS)),
                location=draw(st.sampled_from(PLACES)),
                handle=draw(st.sampled_from([None, "adaok", f"user{i}"])),
                links=[f"https://site{target}.test/p"] if draw(st.booleans()) else [],
                fetchable=draw(st.booleans()),
                extra={"start": "2024-02"} if draw(st.booleans()) else {},
            )
        )
    return out


@settings(max_examples=150, deadline=None)
@given(leads())
def test_cluster_invariants(found: list[Lead]) -> None:
    from research.identity.names import name_similarity
    from research.identity.signals import location_relation

    candidates = cluster(SUBJECT, found)
    assert [c.id for c in candidates] == list(range(1, len(candidates) + 1))
    assert [c.score for c in candidates] == sorted((c.score for c in candidates), reverse=True)
    seen: list[str] = []
    for c in candidates:
        assert 0.0 <= c.score <= 1.0
        if not any(lead.fetchable for lead in c.leads):
            assert c.score <= UNREAD_CAP
        for lead in c.leads:
            seen.append(lead.url)
        named = [lead.name for lead in c.leads if lead.name]
        for i, a in enumerate(named):
            for b in named[i + 1 :]:
                assert name_similarity(a, b).kind != "different"
        places = [lead.location for lead in c.leads]
        for i, here in enumerate(places):
            for there in places[i + 1 :]:
                assert location_relation(here, there) != "conflict"
    assert len(seen) == len(set(seen))
    assert cluster(SUBJECT, list(reversed(found))) == candidates
