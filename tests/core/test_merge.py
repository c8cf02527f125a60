"""Careers read from several places become one: the same role once, evidence kept."""

from __future__ import annotations

from research.merge import merge_careers
from research.model import Career, Education, Evidence, Experience, PartialDate, Skill

P = PartialDate.parse


def ev(source: str) -> list[Evidence]:
    return [Evidence(source=source, url=f"https://{source}.test/", quote=source)]


def test_the_same_role_from_two_sources_is_one_entry_with_both_evidence() -> None:
    a = Career(
        experiences=[
            Experience(
                title="Staff Engineer",
                employer="Tessellate Labs",
                start=P("2022"),
                evidence=ev("orcid"),
            )
        ]
    )
    b = Career(
        experiences=[
            Experience(
                title="staff engineer",
                employer="Tessellate Labs Ltd",
                start=P("2022-01"),
                end=P("2024-02"),
                evidence=ev("webpage"),
            )
        ]
    )
    (merged,) = merge_careers([a, b]).experiences
    assert merged.start == P("2022-01")  # the month fills in a year-only date
    assert merged.end == P("2024-02")
    assert [e.source for e in merged.evidence] == ["orcid", "webpage"]


def test_undated_mentions_join_the_role_they_describe() -> None:
    dated = Career(
        experiences=[
            Experience(title="Head of Platform", employer="Northwind Robotics", start=P("2024-03")),
            Experience(
                title="Engineer", employer="Northwind Robotics", start=P("2010"), end=P("2012")
            ),
        ]
    )
    team_page = Career(
        experiences=[
            Experience(
                title="Head of Platform", employer="Northwind Robotics", evidence=ev("company")
            )
        ]
    )
    github = Career(experiences=[Experience(employer="northwind-robotics", evidence=ev("github"))])
    merged = merge_careers([dated, team_page, github]).experiences
    assert [(e.title, str(e.start)) for e in merged] == [
        ("Head of Platform", "2024-03"),
        ("Engineer", "2010"),
    ]
    assert {e.source for e in merged[0].evidence} == {"company", "github"}


def test_different_roles_stay_apart() -> None:
    career = merge_careers(
        [
            Career(experiences=[Experience(title="Nurse", employer="Lakeside Health")]),
            Career(experiences=[Experience(title="Engineer", employer="Lakeside Health")]),
        ]
    )
    assert len(career.experiences) == 2


def test_skills_and_education_dedupe() -> None:
    career = merge_careers(
        [
            Career(
                skills=[Skill(name="Kubernetes", id="kubernetes")],
                education=[Education(institution="University of Lakeside", degree="MSc")],
            ),
            Career(
                skills=[Skill(name="k8s", id="kubernetes"), Skill(name="Rust")],
                education=[
                    Education(
                        institution="The University of Lakeside",
                        degree="MSc",
                        field="Computer Science",
                    )
                ],
            ),
        ]
    )
    assert [s.name for s in career.skills] == ["Kubernetes", "Rust"]
    (school,) = career.education
    assert school.field == "Computer Science"


def test_a_role_written_with_a_shorter_and_a_fuller_title_is_one_role() -> None:
    def role(title: str, start: str, end: str | None, source: str) -> Experience:
        return Experience(
            title=title,
            employer="St Piran's Hospital",
            start=P(start),
            end=P(end) if end else None,
            evidence=ev(source),
        )

    text_export = Career(
        experiences=[
            role("Staff Nurse", "2025-04", None, "linkedin"),
            role("Staff Nurse", "2021-09", "2025-03", "linkedin"),
        ]
    )
    json_resume = Career(
        experiences=[
            role("Staff Nurse, Intensive Care", "2025-04", None, "jsonresume"),
            role("Staff Nurse, Cardiac Care Unit", "2021-09", "2025-03", "jsonresume"),
        ]
    )
    merged = merge_careers([text_export, json_resume]).experiences
    assert [(e.title, str(e.start)) for e in merged] == [
        ("Staff Nurse, Intensive Care", "2025-04"),
        ("Staff Nurse, Cardiac Care Unit", "2021-09"),
    ]
    assert [e.source for e in merged[0].evidence] == ["jsonresume", "linkedin"]
    # a promotion at one employer stays two roles
    promoted = Career(
        experiences=[
            role("Staff Nurse", "2021-09", "2023-03", "cv"),
            role("Senior Staff Nurse", "2023-04", None, "cv"),
        ]
    )
    assert len(merge_careers([promoted]).experiences) == 2


def test_a_school_named_without_a_degree_joins_the_degree_there() -> None:
    career = merge_careers(
        [
            Career(education=[Education(institution="University of Lakeside", evidence=ev("a"))]),
            Career(
                education=[
                    Education(institution="Ibadan Polytechnic", degree="HND"),
                    Education(
                        institution="University of Lakeside",
                        degree="MSc Computer Science",
                        end=P("2014"),
                        evidence=ev("b"),
                    ),
                ]
            ),
            Career(education=[Education(institution="Harbour College")]),
        ]
    )
    assert [(e.institution, e.degree) for e in career.education] == [
        ("Ibadan Polytechnic", "HND"),
        ("University of Lakeside", "MSc Computer Science"),
        ("Harbour College", ""),
    ]
    assert [e.source for e in career.education[1].evidence] == ["b", "a"]
