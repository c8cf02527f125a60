"""The comparison's rules, one at a time, on small invented careers."""

from __future__ import annotations

from datetime import date

import pytest

from research.compare import compare, default_as_of
from research.compare.experience import new_role_index
from research.compare.matrix import complete
from research.merge import merge_careers
from research.model import (
    Career,
    Certification,
    Comparison,
    Coverage,
    DegreeLevel,
    Education,
    Evidence,
    Experience,
    Language,
    Method,
    PartialDate,
    Requirement,
    RequirementKind,
    Role,
    SalaryRange,
    Skill,
    SourceOutcome,
    Subject,
    Verdict,
    Work,
)
from research.privacy import find_contact_details

D = PartialDate.parse
MINE = [Evidence(source="resume", file="resume.pdf", method=Method.PDF)]
THEIRS = [Evidence(source="webpage", url="https://pat.example/cv", method=Method.JSON_LD)]
SCRAPED = [Evidence(source="webpage", url="https://pat.example/", method=Method.HTML)]


def exp(
    title: str,
    employer: str,
    start: str | None,
    end: str | None = None,
    summary: str = "",
    evidence: list[Evidence] | None = None,
) -> Experience:
    return Experience(
        title=title,
        employer=employer,
        start=D(start) if start else None,
        end=D(end) if end else None,
        summary=summary,
        evidence=evidence if evidence is not None else THEIRS,
    )


def role(*reqs: Requirement, **kw: object) -> Role:
    base: dict[str, object] = {
        "title": "Backend Engineer",
        "employer": "Acme Widgets",
        "date_posted": date(2024, 1, 10),
        "requirements": list(reqs),
    }
    base.update(kw)
    return Role.model_validate(base)


SUBJECT = Subject(name="Pat Example", employer="Acme Widgets", hire_date=D("2024-03"))


def run(r: Role, you: Career | None, hire: Career, **kw: object) -> Comparison:
    return compare(r, you, hire, SUBJECT, **kw)  # type: ignore[arg-type]


def skill_req(skill: str, required: bool = True, rid: str = "") -> Requirement:
    return Requirement(
        id=rid, text=skill, kind=RequirementKind.SKILL, skill=skill, required=required
    )


# --- the matrix --------------------------------------------------------------------------


def test_required_rows_come_before_preferred_and_ids_are_filled() -> None:
    r = role(skill_req("Go", required=False), skill_req("Python"), skill_req("Rust"))
    c = run(r, Career(), Career())
    assert [row.requirement.text for row in c.requirements] == ["Python", "Rust", "Go"]
    assert [row.requirement.id for row in c.requirements] == ["r2", "r3", "r1"]


def test_absence_is_not_shown_for_you_and_unknown_for_the_hire() -> None:
    c = run(role(skill_req("Python")), Career(), Career())
    row = c.requirements[0]
    assert row.you.verdict is Verdict.NOT_SHOWN
    assert row.hire.verdict is Verdict.UNKNOWN


def test_skill_found_in_skills_or_experience_text_is_met_with_a_quote() -> None:
    you = Career(skills=[Skill(name="Python", evidence=MINE)])
    hire = Career(
        experiences=[
            exp(
                "Engineer", "Zeta", "2019-01", "2023-12", summary="Built services in Python and Go."
            )
        ]
    )
    row = run(role(skill_req("Python")), you, hire).requirements[0]
    assert row.you.verdict is Verdict.MET and row.hire.verdict is Verdict.MET
    assert "Python" in row.hire.evidence[0].quote
    assert row.hire.evidence[0].url == "https://pat.example/cv"


def test_skill_in_public_work_counts() -> None:
    hire = Career(
        work=[
            Work(
                kind="repository",
                title="kube-tools",
                stars=12,
                description="Kubernetes operators",
                evidence=THEIRS,
            )
        ]
    )
    row = run(role(skill_req("Kubernetes")), None, hire).requirements[0]
    assert row.hire.verdict is Verdict.MET


def test_either_of_two_skills_meets_an_or_requirement() -> None:
    req = Requirement(text="Tableau or Power BI", kind=RequirementKind.SKILL, skill="tableau")
    you = Career(skills=[Skill(name="Power BI", evidence=MINE)])
    assert run(role(req), you, Career()).requirements[0].you.verdict is Verdict.MET


def test_experience_years_met_partial_and_not_shown() -> None:
    req = Requirement(text="4 years of backend work", kind=RequirementKind.EXPERIENCE, years=4)
    four = Career(
        experiences=[exp("Backend Engineer", "Zeta", "2020-01", "2023-12", evidence=MINE)]
    )
    two = Career(
        experiences=[exp("Backend Developer", "Zeta", "2022-01", "2023-12", evidence=MINE)]
    )
    one = Career(experiences=[exp("Backend Engineer", "Zeta", "2023-01", "2023-12", evidence=MINE)])
    verdicts = [
        run(role(req), you, Career()).requirements[0].you.verdict for you in (four, two, one)
    ]
    assert verdicts == [Verdict.MET, Verdict.PARTIAL, Verdict.NOT_SHOWN]


def test_overlapping_jobs_are_counted_once() -> None:
    req = Requirement(text="3 years", kind=RequirementKind.EXPERIENCE, years=3)
    you = Career(
        experiences=[
            exp("Backend Engineer", "Zeta", "2021-01", "2022-12", evidence=MINE),
            exp("Backend Engineer", "Eta", "2022-01", "2022-12", evidence=MINE),
        ]
    )
    c = run(role(req), you, Career())
    assert c.questions.experience.figures["you_relevant_months"] == 24.0
    assert c.requirements[0].you.verdict is Verdict.PARTIAL


def test_education_rank_and_field() -> None:
    req = Requirement(
        text="Master's in Physics",
        kind=RequirementKind.EDUCATION,
        degree_level=DegreeLevel.MASTER,
        field="Physics",
    )

    def verdict(level: DegreeLevel, field: str) -> Verdict:
        you = Career(
            education=[Education(degree=level.value, level=level, field=field, evidence=MINE)]
        )
        return run(role(req), you, Career()).requirements[0].you.verdict

    assert verdict(DegreeLevel.DOCTORATE, "Physics") is Verdict.MET
    assert verdict(DegreeLevel.MASTER, "History") is Verdict.PARTIAL
    assert verdict(DegreeLevel.BACHELOR, "Physics") is Verdict.PARTIAL
    assert verdict(DegreeLevel.ASSOCIATE, "Physics") is Verdict.NOT_SHOWN


def test_hire_missing_degree_is_not_shown_only_when_education_is_complete() -> None:
    req = Requirement(
        text="PhD", kind=RequirementKind.EDUCATION, degree_level=DegreeLevel.DOCTORATE
    )
    structured = Career(
        education=[Education(degree="BSc", level=DegreeLevel.BACHELOR, evidence=THEIRS)]
    )
    scraped = Career(
        education=[Education(degree="BSc", level=DegreeLevel.BACHELOR, evidence=SCRAPED)]
    )
    assert complete(structured.education) and not complete(scraped.education)
    assert run(role(req), None, structured).requirements[0].hire.verdict is Verdict.NOT_SHOWN
    assert run(role(req), None, scraped).requirements[0].hire.verdict is Verdict.UNKNOWN
    assert run(role(req), None, Career()).requirements[0].hire.verdict is Verdict.UNKNOWN


def test_certification_and_language_rows() -> None:
    cert = Requirement(
        text="CKA", kind=RequirementKind.CERTIFICATION, skill="Certified Kubernetes Administrator"
    )
    lang = Requirement(text="German", kind=RequirementKind.LANGUAGE, skill="German")
    you = Career(
        certifications=[Certification(name="Certified Kubernetes Administrator", evidence=MINE)],
        languages=[Language(name="German", level="C1", evidence=MINE)],
    )
    rows = run(role(cert, lang), you, Career()).requirements
    assert [r.you.verdict for r in rows] == [Verdict.MET, Verdict.MET]
    assert [r.hire.verdict for r in rows] == [Verdict.UNKNOWN, Verdict.UNKNOWN]


def test_other_requirements_are_partial_at_most() -> None:
    req = Requirement(
        text="Comfortable presenting roadmaps to customers", kind=RequirementKind.OTHER
    )
    you = Career(summary="I enjoy presenting roadmaps to customers every quarter.")
    row = run(role(req), you, Career()).requirements[0]
    assert row.you.verdict is Verdict.PARTIAL


# --- experience, the job they got, as_of -------------------------------------------------


def test_the_new_job_is_excluded_and_shown_apart() -> None:
    hire = Career(
        experiences=[
            exp("Backend Engineer", "Acme Widgets Inc.", "2024-03"),
            exp("Backend Engineer", "Zeta", "2020-01", "2024-02"),
        ]
    )
    assert new_role_index(hire, "Acme Widgets", D("2024-03")) == 0
    c = run(role(), None, hire)
    assert c.new_role == 0
    new = c.new_role_experience()
    assert new is not None and new.employer == "Acme Widgets Inc."
    assert c.questions.experience.figures["hire_total_months"] == 50.0
    assert c.questions.experience.points[0].text.startswith("The job they got")


def test_as_of_is_the_hire_date_else_the_posting_date_else_today() -> None:
    from datetime import date

    no_date = Subject(name="Pat", employer="Acme Widgets")
    today = date(2025, 6, 2)
    assert default_as_of(SUBJECT, role(), today) == (D("2024-03"), "hire date")
    assert default_as_of(no_date, role(), today) == (D("2024-01"), "posting date")
    # never the hire's latest start: their current job would count one month
    assert default_as_of(no_date, role(date_posted=None), today) == (D("2025-06"), "today")


def test_experience_leans() -> None:
    r = role()
    long = Career(experiences=[exp("Backend Engineer", "Zeta", "2014-01", "2024-02")])
    short = Career(
        experiences=[exp("Backend Engineer", "Eta", "2022-01", "2024-02", evidence=MINE)]
    )
    assert run(r, short, long).questions.experience.leans == "hire"
    assert run(r, long, short).questions.experience.leans == "you"
    assert run(r, short, short).questions.experience.leans == "even"
    assert run(r, short, Career()).questions.experience.leans == "unknown"


# --- the other questions ----------------------------------------------------------------


def test_pay_says_plainly_and_gives_the_posted_range() -> None:
    r = role(salary=SalaryRange(minimum=50000, maximum=60000, currency="EUR", period="year"))
    pay = run(r, None, Career()).questions.pay
    assert pay.leans == "unknown"
    assert "cannot" in pay.summary and "EUR 50,000–60,000 a year" in pay.summary
    assert run(role(), None, Career()).questions.pay.figures == {}


def test_insider_signals_are_possibilities_never_claims() -> None:
    internal = Career(
        experiences=[
            exp("Backend Engineer", "Acme Widgets", "2024-03"),
            exp("Support Engineer", "Acme Widgets", "2021-01", "2024-02"),
        ]
    )
    earlier = Career(
        experiences=[
            exp("Backend Engineer", "Acme Widgets", "2024-03"),
            exp("Intern", "Acme Widgets", "2015-06", "2015-09"),
            exp("Engineer", "Zeta", "2016-01", "2024-02"),
        ]
    )
    for hire, word in ((internal, "internally"), (earlier, "before")):
        answer = run(role(), None, hire).questions.insider
        assert answer.leans == "hire"
        assert word in answer.points[0].text
        for text in [answer.summary] + [p.text for p in answer.points]:
            assert any(w in text for w in ("may", "could", "possib", "Possib"))
    assert run(role(), None, Career()).questions.insider.leans == "unknown"


def test_credentials_unknown_when_the_hire_lists_none() -> None:
    you = Career(education=[Education(degree="BSc", level=DegreeLevel.BACHELOR, evidence=MINE)])
    answer = run(role(), you, Career()).questions.credentials
    assert answer.leans == "unknown" and "unknown" in answer.summary


def test_beyond_lists_public_work_with_stars() -> None:
    hire = Career(
        work=[
            Work(
                kind="repository",
                title="fastqueue",
                stars=1200,
                url="https://git.example/fastqueue",
                evidence=THEIRS,
            )
        ]
    )
    answer = run(role(skill_req("Python")), Career(), hire).questions.beyond
    assert answer.leans == "hire"
    assert any("1200 stars" in p.text for p in answer.points)


# --- coverage, actions, feedback ---------------------------------------------------------


def test_coverage_keeps_sources_and_measures_the_hire() -> None:
    given = Coverage(sources=[SourceOutcome(source="linkedin", status="disallowed")])
    hire = Career(
        experiences=[
            exp("Backend Engineer", "Zeta", "2022-01", "2023-12"),
            exp("Engineer", "Eta", None),
        ]
    )
    cov = run(role(), None, hire, coverage=given).coverage
    assert cov.sources[0].status == "disallowed"
    assert cov.hire_months_known == 24
    assert cov.hire_first_known == D("2022-01")
    assert any("no dates" in n for n in cov.notes)
    assert any("thin" in n for n in cov.notes)


def test_actions_order_gaps_by_flips_and_separate_wording() -> None:
    r = role(
        skill_req("Go", required=False),
        skill_req("Rust"),
        Requirement(text="3 years of Rust", kind=RequirementKind.EXPERIENCE, years=3, skill="Rust"),
        skill_req("PostgreSQL"),
    )
    you = Career(
        experiences=[
            exp(
                "Engineer",
                "Zeta",
                "2020-01",
                "2023-12",
                summary="Ran Postgres clusters.",
                evidence=MINE,
            )
        ]
    )
    actions = run(r, you, Career()).actions
    gaps = [a for a in actions if a.kind == "close_gap"]
    assert gaps[0].flips == 2 and "Rust" in gaps[0].text
    assert gaps[-1].flips == 0 and "Go" in gaps[-1].text
    wording = [a for a in actions if a.kind == "wording"]
    assert wording and "PostgreSQL" in wording[0].text
    kinds = [a.kind for a in actions]
    assert kinds == sorted(kinds, key=["close_gap", "wording", "highlight"].index)


def test_feedback_goes_to_the_hiring_team_and_never_names_the_hire() -> None:
    c = run(role(skill_req("Rust")), Career(name="Sam Runner"), Career(name="Pat Example"))
    text = c.feedback_request
    assert "Backend Engineer" in text and "Acme Widgets" in text
    assert "Pat" not in text and "Example" not in text
    assert "hiring team" in text


def test_contact_details_are_scrubbed_from_the_comparison() -> None:
    you = Career(
        summary="Mail sam@runner.example or call +1 555 010 4477, 12 Oak Street.",
        experiences=[
            exp(
                "Engineer",
                "Zeta",
                "2020-01",
                "2023-12",
                summary="Phone: 030 1234567",
                evidence=MINE,
            )
        ],
    )
    hire = Career(
        headline="pat@example.test",
        skills=[
            Skill(
                name="Go",
                evidence=[
                    Evidence(source="x", url="mailto:pat@example.test", quote="pat@example.test")
                ],
            )
        ],
    )
    data = run(role(skill_req("Go")), you, hire).model_dump_json()
    for detail in (
        "sam@runner.example",
        "555 010 4477",
        "12 Oak Street",
        "030 1234567",
        "pat@example.test",
    ):
        assert detail not in data
    assert find_contact_details(data.replace("2024-01-10", "")) == []


def test_merge_profiles_dedupes_experiences() -> None:
    a = Career(name="Pat", experiences=[exp("Engineer", "Zeta", "2020-01", "2023-12")])
    b = Career(
        headline="Builder",
        experiences=[
            exp("engineer", "ZETA", "2020-01", "2023-12", evidence=SCRAPED),
            exp("Intern", "Eta", "2019-06", "2019-09"),
        ],
    )
    merged = merge_careers([a, b])
    assert merged.name == "Pat" and merged.headline == "Builder"
    assert len(merged.experiences) == 2
    assert len(merged.experiences[0].evidence) == 2


@pytest.mark.parametrize("you", [None, Career()])
def test_compare_with_empty_inputs(you: Career | None) -> None:
    from datetime import date

    c = compare(Role(), you, Career(), Subject(name="Pat"), today=date(2025, 6, 2))
    assert c.requirements == [] and c.as_of == D("2025-06") and c.as_of_basis == "today"
    assert c.questions.pay.leans == "unknown"


# --- the taxonomy: narrower meets, broader is partial, other words are wording gaps -------


def test_a_narrower_skill_meets_and_a_broader_one_is_partial() -> None:
    you = Career(skills=[Skill(name="Django", evidence=MINE)])
    hire = Career(skills=[Skill(name="Python", evidence=THEIRS)])
    rows = run(role(skill_req("Python"), skill_req("Django")), you, hire).requirements
    python, django = rows
    assert python.you.verdict is Verdict.MET and python.hire.verdict is Verdict.MET
    assert django.you.verdict is Verdict.MET
    assert django.hire.verdict is Verdict.PARTIAL and "related" in django.hire.note


def test_a_related_skill_is_a_gap_not_a_reword() -> None:
    # SQL is not another word for PostgreSQL: the row is partial, and the action says so
    you = Career(skills=[Skill(name="SQL", evidence=MINE)])
    actions = run(role(skill_req("PostgreSQL")), you, Career()).actions
    assert not [a for a in actions if a.kind == "wording"]
    gaps = [a for a in actions if a.kind == "close_gap"]
    assert gaps and gaps[0].flips == 1
    assert "SQL" in gaps[0].text and "PostgreSQL" in gaps[0].text


def test_the_same_skill_in_another_word_is_a_wording_gap() -> None:
    req = Requirement(text="Modern JavaScript", kind=RequirementKind.SKILL, skill="javascript")
    you = Career(skills=[Skill(name="JS", evidence=MINE)])
    c = run(role(req), you, Career())
    assert c.requirements[0].you.verdict is Verdict.MET
    wording = [a for a in c.actions if a.kind == "wording"]
    assert wording and "'JS'" in wording[0].text and wording[0].flips == 0


def test_a_software_title_shows_software_engineering_experience() -> None:
    from research.compare.experience import skills_shown
    from research.model import Experience

    def shows(title: str) -> bool:
        experience = Experience(title=title, employer="Brightwave")
        return skills_shown(experience, ["software-development"]) == ["software-development"]

    assert shows("Senior Software Engineer")
    assert shows("Backend Developer")
    assert not shows("Staff Engineer")  # an engineer of what? not enough on its own
    assert not shows("Charge Nurse")


def test_roles_showing_the_experience_asked_for_count_as_relevant() -> None:
    from research.compare.asks import RoleSkills
    from research.compare.experience import measure
    from research.model import (
        Experience,
        PartialDate,
        Requirement,
        RequirementKind,
        Role,
    )

    role = Role(
        title="Head of Platform",
        requirements=[
            Requirement(
                text="8+ years of software engineering experience",
                kind=RequirementKind.EXPERIENCE,
                skill="software-development",
                years=8,
            )
        ],
    )
    jobs = [
        Experience(
            title="Software Engineer",
            employer="Brightwave",
            start=PartialDate.parse("2015-09"),
            end=PartialDate.parse("2019-04"),
        ),
        Experience(
            title="Barista",
            employer="Café",
            start=PartialDate.parse("2013-01"),
            end=PartialDate.parse("2013-12"),
        ),
    ]
    facts = measure(jobs, role, RoleSkills.of(role), PartialDate.parse("2024-01"))
    assert facts.relevant_months == 44
    assert facts.total_months == 44 + 12
