"""Issue 14's examples, each as a test: the comparison a careful recruiter would make.

Requirements are read from posting text by the posting reader, as in a real run; the
careers are small invented ones.
"""

from __future__ import annotations

from datetime import date

import pytest

from research.compare import compare
from research.compare.consistency import contradictions
from research.model import (
    Career,
    Certification,
    Comparison,
    Education,
    Evidence,
    Experience,
    Method,
    PartialDate,
    Requirement,
    RequirementKind,
    Role,
    Skill,
    Subject,
    Verdict,
    Work,
)
from research.read.requirements import extract_requirements

D = PartialDate.parse
MINE = [Evidence(source="resume", file="resume.pdf", method=Method.PDF)]
THEIRS = [Evidence(source="webpage", url="https://pat.example/cv", method=Method.JSON_LD)]
POSTING = Evidence(source="posting", url="https://jobs.example/1")


def job(title: str, start: str, end: str | None = None, summary: str = "", **kw: str) -> Experience:
    return Experience(
        title=title,
        employer=kw.get("employer", "Zeta Corp"),
        start=D(start),
        end=D(end) if end else None,
        summary=summary,
        evidence=MINE,
    )


def posting(*lines: str, title: str = "Senior Engineer", **kw: object) -> Role:
    text = "Requirements:\n" + "\n".join(f"- {line}" for line in lines)
    base: dict[str, object] = {
        "title": title,
        "employer": "Acme Widgets",
        "date_posted": date(2024, 1, 10),
        "requirements": extract_requirements(text, evidence=POSTING),
    }
    base.update(kw)
    return Role.model_validate(base)


SUBJECT = Subject(name="Pat Example", employer="Acme Widgets", hire_date=D("2024-03"))


def run(r: Role, you: Career | None, hire: Career | None = None, **kw: object) -> Comparison:
    c = compare(r, you, hire or Career(), SUBJECT, **kw)  # type: ignore[arg-type]
    assert contradictions(c) == []
    return c


def row(c: Comparison, words: str):  # type: ignore[no-untyped-def]
    return next(r for r in c.requirements if words.casefold() in r.requirement.text.casefold())


# --- titles: occupation families and seniority ---------------------------------------


def test_staff_principal_manager_and_head_of_platform_count_as_software() -> None:
    r = posting("5+ years of software engineering experience")
    for title in (
        "Staff Engineer",
        "Principal Engineer",
        "Engineering Manager",
        "Head of Platform",
    ):
        you = Career(experiences=[job(title, "2014-01", "2023-12")])
        mine = row(run(r, you), "software engineering").you
        assert mine.verdict is Verdict.MET, (title, mine.note)
        assert "10.0 years" in mine.note
        assert any(title in e.quote for e in mine.evidence), mine.evidence


def test_evidence_says_which_roles_counted_and_why() -> None:
    you = Career(experiences=[job("Staff Engineer", "2014-01", "2023-12")])
    mine = row(run(posting("5+ years of software engineering experience"), you), "years").you
    assert "counts for software engineering" in mine.evidence[0].quote


def test_sre_and_devops_years_count_where_the_posting_names_them() -> None:
    you = Career(
        experiences=[
            job("Site Reliability Engineer", "2019-01", "2023-12"),
            job("DevOps Engineer", "2017-01", "2018-12"),
        ]
    )
    c = run(posting("5+ years of DevOps or SRE experience"), you)
    assert row(c, "DevOps").you.verdict is Verdict.MET


def test_react_developer_years_count_for_frontend_development() -> None:
    you = Career(experiences=[job("React Developer", "2019-01", "2023-12")])
    c = run(posting("4+ years of frontend development"), you)
    assert row(c, "frontend").you.verdict is Verdict.MET


def test_app_development_is_never_accounting() -> None:
    you = Career(experiences=[job("App Developer", "2016-01", "2023-12", "Built iOS apps.")])
    c = run(posting("3+ years of accounting experience", title="Accountant"), you)
    mine = row(c, "accounting").you
    assert mine.verdict is Verdict.NOT_SHOWN and "no accounting experience" in mine.note
    assert c.questions.experience.figures["you_relevant_months"] == 0


def test_a_registered_nurse_has_a_clinical_background() -> None:
    you = Career(experiences=[job("Registered Nurse", "2015-01", "2023-12", employer="Mercy")])
    c = run(posting("Clinical background", title="Clinical Informatics Specialist"), you)
    assert row(c, "clinical").you.verdict is Verdict.MET


def test_a_nurse_never_counts_for_a_software_posting() -> None:
    you = Career(
        experiences=[
            job("Registered Nurse", "2012-01", "2023-12", "Trained staff on the new Epic software.")
        ]
    )
    c = run(posting("5+ years of software engineering experience"), you)
    assert row(c, "software").you.verdict is Verdict.NOT_SHOWN
    assert c.questions.experience.figures["you_relevant_months"] == 0


# --- compound requirements -------------------------------------------------------------

LEAD = "8+ years of software engineering, including at least 3 years leading engineering teams"


def test_years_without_leadership_do_not_meet_a_leadership_requirement() -> None:
    you = Career(
        experiences=[
            job("Senior Software Engineer", "2014-01", "2023-12", "Led the migration to Go."),
        ]
    )
    mine = row(run(posting(LEAD), you), "leading").you
    assert mine.verdict is not Verdict.MET
    parts = {p.name: p.verdict for p in mine.parts}
    assert parts == {"years": Verdict.MET, "leading people": Verdict.NOT_SHOWN}


def test_leadership_from_a_title_or_from_text() -> None:
    by_title = Career(
        experiences=[
            job("Software Engineer", "2014-01", "2018-12"),
            job("Engineering Manager", "2019-01", "2023-12"),
        ]
    )
    by_text = Career(
        experiences=[
            job("Software Engineer", "2014-01", "2018-12"),
            job("Senior Software Engineer", "2019-01", "2023-12", "Led a team of six engineers."),
        ]
    )
    for you in (by_title, by_text):
        assert row(run(posting(LEAD), you), "leading").you.verdict is Verdict.MET


def test_kubernetes_and_terraform_is_one_row_with_two_parts() -> None:
    you = Career(skills=[Skill(name="Kubernetes", evidence=MINE)])
    c = run(posting("Kubernetes and Terraform"), you)
    rows = [r for r in c.requirements if "Terraform" in r.requirement.text]
    assert len(rows) == 1
    mine = rows[0].you
    assert mine.verdict is Verdict.NOT_SHOWN
    assert [(p.name, p.verdict) for p in mine.parts] == [
        ("Kubernetes", Verdict.MET),
        ("Terraform", Verdict.NOT_SHOWN),
    ]
    gaps = [a for a in c.actions if a.kind == "close_gap"]
    assert len(gaps) == 1 and gaps[0].text.startswith("Terraform")


# --- certificates ------------------------------------------------------------------------


def cert(name: str) -> Certification:
    return Certification(name=name, evidence=MINE)


def test_a_certificate_under_its_full_name_meets_its_abbreviation() -> None:
    you = Career(certifications=[cert("Certified Kubernetes Administrator (CKA)")])
    c = run(posting("CKA certification"), you)
    assert row(c, "CKA").you.verdict is Verdict.MET
    assert not [a for a in c.actions if a.kind == "close_gap"]


def test_a_certificate_awarded_with_a_course_in_education_is_held() -> None:
    line = "PGCE Secondary Mathematics with QTS, University of Leeds, 2015 – 2016"
    course = Education(
        institution="University of Leeds",
        start=D("2015"),
        end=D("2016"),
        evidence=[MINE[0].model_copy(update={"quote": line})],
    )
    c = run(
        posting("Qualified Teacher Status (QTS)", "PGCE or equivalent", title="Teacher"),
        Career(education=[course]),
    )
    assert row(c, "QTS").you.verdict is Verdict.MET
    assert row(c, "PGCE").you.verdict is Verdict.MET
    assert "awarded with a course" in row(c, "QTS").you.note
    # a course still running awards nothing yet
    running = course.model_copy(update={"end": D("2025")})
    c = run(posting("Qualified Teacher Status (QTS)", title="Teacher"), Career(education=[running]))
    assert row(c, "QTS").you.verdict is not Verdict.MET


def test_uk_nursing_qualifications_are_certificates_with_their_codes() -> None:
    you = Career(certifications=[cert("Non-medical prescriber (V150), 2021")])
    c = run(
        posting(
            "Specialist Practitioner Qualification in District Nursing (SPQ)",
            "Non-medical prescriber (V150 or V300)",
            title="District Nursing Sister",
        ),
        you,
    )
    spq, prescriber = row(c, "SPQ"), row(c, "V150 or V300")
    assert spq.requirement.kind is RequirementKind.CERTIFICATION
    assert spq.you.verdict is Verdict.NOT_SHOWN  # a district nurse's title is not the SPQ
    assert prescriber.you.verdict is Verdict.MET
    assert not [a for a in c.actions if a.kind == "close_gap" and "V150" in a.text]


def test_associate_or_higher_is_met_by_professional() -> None:
    you = Career(certifications=[cert("AWS Certified Solutions Architect – Professional")])
    c = run(posting("AWS Certified Solutions Architect Associate or higher"), you)
    assert row(c, "Associate").you.verdict is Verdict.MET


def test_either_certificate_of_an_or_meets_it() -> None:
    you = Career(certifications=[cert("PRINCE2 Practitioner")])
    c = run(posting("PMP or PRINCE2 certification", title="Project Manager"), you)
    assert row(c, "PRINCE2").you.verdict is Verdict.MET
    assert not [a for a in c.actions if a.kind == "close_gap"]


# --- alternatives and context --------------------------------------------------------------


def test_a_related_field_meets_a_degree_requirement() -> None:
    you = Career(
        education=[Education(degree="MSc", field="Statistics", institution="U", evidence=MINE)]
    )
    for spelled in ("M.Sc.", "MS", "Master of Science"):
        you.education[0].degree = spelled
        c = run(posting("Master's in Statistics, Data Science or related field"), you)
        assert row(c, "Statistics").you.verdict is Verdict.MET, spelled
    you.education[0].field = "Physics"
    c = run(posting("Master's in Statistics, Data Science or related field"), you)
    assert row(c, "Statistics").you.verdict is Verdict.MET


def test_fhir_and_hl7_are_found() -> None:
    you = Career(skills=[Skill(name="HL7 FHIR", evidence=MINE)])
    c = run(posting("Experience with FHIR and HL7"), you)
    assert row(c, "FHIR").you.verdict is Verdict.MET


def test_a_mapping_library_is_not_general_ledger() -> None:
    you = Career(
        experiences=[job("Frontend Developer", "2019-01", "2023-12", "Maps with Mapbox GL JS.")]
    )
    c = run(posting("Experience with Mapbox GL"), you)
    r = row(c, "Mapbox")
    assert r.requirement.skill != "general-ledger"
    assert "ledger" not in r.you.note.casefold()


def test_communication_is_not_met_from_a_paper_title() -> None:
    you = Career(
        work=[Work(kind="publication", title="Communication-efficient federated learning")]
    )
    c = run(posting("Excellent communication skills"), you)
    assert row(c, "communication").you.verdict is not Verdict.MET


def test_attention_to_detail_is_not_accuracy() -> None:
    you = Career(
        experiences=[job("Data Analyst", "2019-01", "2023-12", "Improved forecast accuracy.")]
    )
    c = run(posting("Attention to detail"), you)
    assert row(c, "detail").you.verdict is not Verdict.MET


# --- Q6: insider signals only ---------------------------------------------------------------


def test_a_city_or_a_school_is_no_insider_signal() -> None:
    hire = Career(
        experiences=[
            Experience(title="Engineer", employer="Harbor Labs", location="Lisbon", evidence=THEIRS)
        ],
        education=[Education(institution="University of Lisbon", evidence=THEIRS)],
    )
    r = posting("Python", description="Join us in Lisbon. We hire from the University of Lisbon.")
    c = run(r, Career(), hire)
    assert c.questions.insider.leans == "unknown" and c.questions.insider.points == []


def test_an_earlier_internship_at_the_employer_is_a_possibility() -> None:
    hire = Career(
        experiences=[
            Experience(
                title="Software Intern",
                employer="Acme Widgets",
                start=D("2018-06"),
                end=D("2018-09"),
                evidence=THEIRS,
            )
        ]
    )
    c = run(posting("Python"), Career(), hire)
    text = c.questions.insider.points[0].text
    assert c.questions.insider.leans == "hire" and "may have interned" in text


# --- actions only when true ---------------------------------------------------------------


def test_no_reword_from_a_narrower_skill_or_a_fragment() -> None:
    you = Career(
        skills=[Skill(name="HTML5", evidence=MINE), Skill(name="and Hibernate", evidence=MINE)],
        experiences=[job("Java Developer", "2018-01", "2023-12", "Spring MVC and Spring Boot.")],
    )
    r = posting("Software development", "Hibernate", "Spring Boot")
    c = run(r, you)
    texts = " ".join(a.text for a in c.actions if a.kind == "wording")
    assert "HTML5" not in texts and "'and Hibernate'" not in texts
    assert "instead of" not in texts and "'Spring'" not in texts


def test_reword_when_the_resume_uses_an_abbreviation_only() -> None:
    you = Career(skills=[Skill(name="k8s", evidence=MINE)])
    c = run(posting("Kubernetes"), you)
    wording = [a for a in c.actions if a.kind == "wording"]
    assert len(wording) == 1 and "'Kubernetes'" in wording[0].text and "'k8s'" in wording[0].text
    both = Career(
        skills=[Skill(name="k8s", evidence=MINE), Skill(name="Kubernetes", evidence=MINE)]
    )
    assert not [a for a in run(posting("Kubernetes"), both).actions if a.kind == "wording"]


# --- numbers a person reads right --------------------------------------------------------


def test_nine_months_against_none_is_not_about_even() -> None:
    you = Career(experiences=[job("Backend Engineer", "2023-04", "2023-12")])
    hire = Career(
        experiences=[
            Experience(
                title="Barista",
                employer="Cafe",
                start=D("2023-01"),
                end=D("2023-12"),
                evidence=THEIRS,
            )
        ]
    )
    c = run(posting("Python", title="Backend Engineer"), you, hire)
    assert c.questions.experience.leans == "you"
    assert "About even" not in c.questions.experience.summary


def test_about_even_states_its_tolerance() -> None:
    you = Career(experiences=[job("Backend Engineer", "2014-01", "2023-12")])
    hire = Career(
        experiences=[
            Experience(
                title="Backend Engineer",
                employer="X",
                start=D("2014-06"),
                end=D("2023-12"),
                evidence=THEIRS,
            )
        ]
    )
    c = run(posting("Python", title="Backend Engineer"), you, hire)
    assert c.questions.experience.leans == "even"
    assert "within 12 months and 15%" in c.questions.experience.summary


def test_requirement_counts_read_as_counts() -> None:
    you = Career(skills=[Skill(name="Python", evidence=MINE), Skill(name="SQL", evidence=MINE)])
    c = run(posting("Python", "PostgreSQL", "Rust"), you)
    summary = c.questions.specific_experience.summary
    assert "you meet 1 of 3 required, 1 in part, 1 not shown" in summary
    assert "0.5" not in summary


def test_q4_lists_concrete_extras_not_a_score() -> None:
    hire = Career(work=[Work(kind="talk", title="Zero-downtime migrations", evidence=THEIRS)])
    c = run(posting("Python"), Career(), hire)
    summary = c.questions.beyond.summary
    assert "Zero-downtime migrations" in summary and "score" not in summary


def test_the_as_of_date_and_its_basis() -> None:
    r = posting("Python", date_posted=None)
    c = compare(r, Career(), Career(), Subject(name="Pat"), today=date(2025, 6, 2))
    assert (str(c.as_of), c.as_of_basis) == ("2025-06", "today")
    c = compare(posting("Python"), Career(), Career(), Subject(name="Pat"))
    assert (str(c.as_of), c.as_of_basis) == ("2024-01", "posting date")
    c = compare(posting("Python"), Career(), Career(), SUBJECT)
    assert (str(c.as_of), c.as_of_basis) == ("2024-03", "hire date")


def test_closed_and_current_jobs_count_and_later_ones_do_not() -> None:
    you = Career(
        experiences=[
            job("Backend Engineer", "2016-01", "2019-12"),
            job("Senior Backend Engineer", "2020-01"),
            job("Staff Engineer", "2024-06", employer="Later Co"),
        ]
    )
    r = posting("3+ years of backend development", date_posted=None)
    c = compare(r, you, Career(), Subject(name="Pat"), today=date(2024, 1, 15))
    mine = row(c, "backend").you
    assert "8.1 years (97 months)" in mine.note  # 2016-01 to 2024-01, the current job included
    assert "later than the as-of date, not counted: Staff Engineer, Later Co" in mine.note


# --- the letter ---------------------------------------------------------------------------


def test_the_letter_without_a_title_reads_well() -> None:
    r = Role(requirements=[Requirement(text="Python", kind=RequirementKind.SKILL, skill="python")])
    c = compare(r, Career(name="Sam Rivera"), Career(), Subject(name="Pat"), today=date(2024, 1, 1))
    letter = c.feedback_request
    assert "for the position." in letter and "the the" not in letter and "role role" not in letter
    assert letter.rstrip().endswith("Sam Rivera")


def test_the_letter_takes_role_and_employer_from_the_user_when_the_posting_has_none() -> None:
    r = Role()
    c = compare(
        r,
        Career(),
        Career(),
        Subject(name="Pat"),
        today=date(2024, 1, 1),
        role_title="Data Engineer",
        employer="Lumen Ledger",
    )
    letter = c.feedback_request
    assert "the Data Engineer role" in letter and "hiring team at Lumen Ledger" in letter
    assert "[Your name]" not in letter


def test_the_letter_is_never_signed_with_a_place() -> None:
    you = Career(name="Portland, OR", location="Portland, OR")
    c = compare(posting("Python"), you, Career(), SUBJECT)
    assert "Portland" not in c.feedback_request
    assert c.feedback_request.rstrip().endswith("Kind regards")


def test_a_hire_date_in_the_future_is_refused() -> None:
    import pytest

    from research.errors import UsageError

    far = Subject(name="Pat", hire_date=D("2034-05"))
    with pytest.raises(UsageError, match="2034-05 is in the future"):
        compare(posting("Python"), Career(), Career(), far, today=date(2024, 6, 1))


def test_work_and_certificates_dated_after_the_as_of_date_are_later_not_counted() -> None:
    hire = Career(
        work=[
            Work(kind="talk", title="old-tool", date=D("2022-05"), evidence=THEIRS),
            Work(kind="talk", title="new-tool", date=D("2025-02"), evidence=THEIRS),
            Work(kind="repository", title="pushed-lately", date=D("2025-02"), evidence=THEIRS),
        ],
        certifications=[Certification(name="CKA", date=D("2025-01"), evidence=THEIRS)],
        experiences=[
            Experience(
                title="Backend Engineer", employer="Later Co", start=D("2024-09"), evidence=THEIRS
            )
        ],
    )
    c = run(posting("Python", "CKA certification"), Career(), hire)  # as of 2024-03
    beyond = c.questions.beyond
    assert "old-tool" in beyond.summary and "new-tool" not in beyond.summary
    assert "pushed-lately" in beyond.summary  # a repository's date is its last push
    assert any(
        "later than the as-of date (not counted)" in p.text and "new-tool" in p.text
        for p in beyond.points
    )
    assert row(c, "CKA").hire.verdict is not Verdict.MET
    assert "later than the as-of date" in row(c, "CKA").hire.note
    assert c.questions.credentials.figures["hire_certifications"] == 0
    points = [p.text for p in c.questions.experience.points]
    assert any(
        "later than the as-of date (not counted): Backend Engineer, Later Co" in p for p in points
    )


def test_no_field_is_inferred_from_a_stray_word() -> None:
    hire = Career(
        experiences=[
            Experience(
                title="Backend Developer",
                employer="Booking Co",
                start=D("2020-01"),
                end=D("2023-12"),
                summary="Django REST APIs for a booking app used by GP surgeries and pharmacies.",
                evidence=THEIRS,
            )
        ]
    )
    c = run(posting("Python and Django", title="Backend Developer"), Career(), hire)
    text = c.questions.beyond.summary + " ".join(p.text for p in c.questions.beyond.points)
    assert "Pharmacy" not in text and "Surgery" not in text


def test_a_sentence_taken_for_a_title_is_not_used_in_the_letter() -> None:
    r = Role(title="Join our digital health team in Truro, connecting ward systems.")
    c = compare(
        r,
        Career(),
        Career(),
        Subject(name="Pat"),
        today=date(2024, 1, 1),
        role_title="Clinical Informatics Analyst",
    )
    assert "the Clinical Informatics Analyst role" in c.feedback_request
    assert "Join our" not in c.feedback_request


def test_on_equal_degrees_the_certificate_the_posting_asks_for_decides() -> None:
    msc = [Education(degree="MSc", field="Computer Science", institution="U", evidence=MINE)]
    you = Career(
        education=msc, certifications=[cert("AWS Certified Solutions Architect – Associate")]
    )
    hire = Career(
        education=[e.model_copy(update={"evidence": THEIRS}) for e in msc],
        certifications=[
            Certification(name="AWS Certified Solutions Architect - Professional", evidence=THEIRS)
        ],
    )
    c = run(posting("AWS Certified Solutions Architect - Professional"), you, hire)
    assert c.questions.credentials.leans == "hire"
    assert "certificates the posting asks for: you 0, the hire 1" in c.questions.credentials.summary


def test_a_title_shows_the_work_it_names() -> None:
    hire = Career(
        experiences=[
            Experience(
                title="Data Analyst",
                employer="Pipkin Travel",
                start=D("2019-01"),
                end=D("2023-12"),
                summary="Dashboards in Looker.",
                evidence=THEIRS,
            )
        ]
    )
    c = run(posting("Data analysis"), Career(), hire)
    theirs = row(c, "Data analysis").hire
    assert theirs.verdict is Verdict.MET
    assert theirs.evidence[0].quote.startswith("Data Analyst, Pipkin Travel")


def test_a_model_serving_tool_shows_model_serving() -> None:
    summary = "Trained and deployed segmentation models; TorchServe serving with latency alerts."
    for tool_line in (summary, "Deployed ranking models behind KServe on Kubernetes."):
        you = Career(experiences=[job("ML Engineer", "2020-01", "2023-12", summary=tool_line)])
        c = run(posting("Model serving and monitoring in production", title="ML Engineer"), you)
        assert row(c, "Model serving").you.verdict is Verdict.MET, tool_line


def test_coronary_and_high_dependency_care_are_critical_care() -> None:
    you = Career(
        experiences=[
            job(
                "Staff Nurse, Coronary Care Unit",
                "2021-09",
                "2023-12",
                summary="Coronary care and cardiac high-dependency beds.",
            )
        ]
    )
    c = run(posting("2+ years of critical care experience", title="Staff Nurse"), you)
    assert row(c, "critical care").you.verdict in (Verdict.MET, Verdict.PARTIAL)


def test_further_maths_is_narrower_than_the_maths_a_teacher_shows() -> None:
    you = Career(
        experiences=[job("Maths Teacher", "2019-09", summary="GCSE and A-level mathematics.")]
    )
    hire = Career(
        experiences=[
            job("Teacher of Mathematics", "2016-09", "2023-07",
                summary="Taught KS3-KS5 mathematics including A-level Further Maths.")
        ]
    )  # fmt: skip
    c = run(
        posting("Able to teach A-level Further Maths", title="Teacher of Mathematics"), you, hire
    )
    further = row(c, "Further Maths")
    assert further.requirement.kind is not RequirementKind.EDUCATION
    assert further.you.verdict in (Verdict.PARTIAL, Verdict.NOT_SHOWN)
    assert further.hire.verdict is Verdict.MET


def test_a_skill_missing_from_the_hires_described_resume_file_is_not_shown() -> None:
    in_hand = [Evidence(source="resume", file="hire.md", method=Method.TEXT)]
    described = Experience(
        title="Firmware Engineer",
        employer="Claddagh Wearables",
        start=D("2019-09"),
        end=D("2023-12"),
        summary="Embedded C, Zephyr RTOS, Bluetooth LE.",
        evidence=in_hand,
    )
    r = posting("IEC 62304 medical device software", "RTOS (FreeRTOS or Zephyr)")
    c = run(r, Career(), Career(experiences=[described]))
    assert row(c, "IEC 62304").hire.verdict is Verdict.NOT_SHOWN
    # a public page, or bare titles, never list every skill: unknown
    public = described.model_copy(update={"evidence": THEIRS})
    bare = described.model_copy(update={"summary": ""})
    for hire in (public, bare):
        c = run(r, Career(), Career(experiences=[hire]))
        assert row(c, "IEC 62304").hire.verdict is Verdict.UNKNOWN


def test_a_named_standard_meets_the_requirement_that_names_it() -> None:
    you = Career(
        experiences=[
            job(
                "Embedded Software Engineer",
                "2019-10",
                summary="Embedded C with FreeRTOS; IEC 62304 class B documentation.",
            )
        ]
    )
    c = run(posting("IEC 62304 medical device software"), you)
    assert row(c, "IEC 62304").you.verdict is Verdict.MET


def test_on_level_counts_the_years_asked_for_decide_q2() -> None:
    r = posting("3+ years of accounting experience", "Excel (VLOOKUP, pivot tables)")
    you = Career(
        experiences=[
            job("Junior Accountant", "2022-09", summary="Accounts payable; Excel pivot tables.")
        ]
    )
    hire = Career(
        experiences=[
            job("Assistant Accountant", "2019-01", "2023-12", summary="General ledger; Excel.")
        ]
    )
    c = run(r, you, hire)
    assert row(c, "3+ years").you.verdict is Verdict.PARTIAL
    assert row(c, "3+ years").hire.verdict is Verdict.MET
    assert row(c, "Excel").hire.verdict is Verdict.PARTIAL
    specific = c.questions.specific_experience
    assert specific.leans == "hire"
    assert "years of experience" in specific.summary


def test_an_incident_commander_rota_is_incident_management() -> None:
    you = Career(
        experiences=[
            job(
                "Site Reliability Engineer",
                "2022-01",
                summary="Prometheus, incident commander rota.",
            )
        ]
    )
    c = run(posting("Incident management and blameless postmortems", title="SRE"), you)
    assert row(c, "Incident management").you.verdict is Verdict.MET


def test_tests_written_with_a_test_framework_are_automated_tests() -> None:
    you = Career(
        experiences=[
            job(
                "Frontend Developer",
                "2020-01",
                summary="Unit and end-to-end tests with Playwright.",
            )
        ]
    )
    c = run(posting("Writing automated tests", title="Frontend Developer"), you)
    assert row(c, "automated tests").you.verdict is Verdict.MET
    assert not [a for a in c.actions if a.kind == "close_gap"]


def test_an_experience_without_years_is_shown_in_the_words_of_a_job() -> None:
    r = posting("Experience scaling a SaaS platform", title="VP of Engineering")
    you = Career(
        experiences=[
            job("Director of Engineering", "2018-01",
                summary="Scaled our SaaS platform from 200 to 4,000 customers.")
        ]
    )  # fmt: skip
    hire = Career(
        experiences=[
            job("CTO", "2017-01", "2023-12",
                summary="Built the SaaS product from zero to 1,200 schools.")
        ]
    )  # fmt: skip
    c = run(r, you, hire)
    assert row(c, "SaaS").you.verdict is Verdict.MET
    assert row(c, "SaaS").hire.verdict in (Verdict.MET, Verdict.PARTIAL)
    assert not [a for a in c.actions if a.kind == "close_gap"]
    # nothing like it in the jobs: not shown
    c = run(r, Career(experiences=[job("Engineering Manager", "2018-01", summary="Payroll.")]))
    assert row(c, "SaaS").you.verdict is Verdict.NOT_SHOWN


def test_mapbox_gl_is_a_mapping_library_not_a_general_ledger() -> None:
    you = Career(
        experiences=[
            job("Front-end Developer", "2019-03", "2023-11",
                summary="Interactive maps with Mapbox GL JS and deck.gl; Excel exports.")
        ],
        certifications=[cert("AAT Level 2 Certificate in Accounting")],
    )  # fmt: skip
    c = run(
        posting("General ledger (GL) reconciliations", "Accounts payable and receivable",
                "AAT Level 3 or above", title="Accounts Assistant"),
        you,
    )  # fmt: skip
    assert row(c, "General ledger").you.verdict is Verdict.NOT_SHOWN
    assert row(c, "Accounts payable").you.verdict is Verdict.NOT_SHOWN
    assert row(c, "AAT Level 3").you.verdict is Verdict.PARTIAL  # a lower level on the path


def test_purchase_and_sales_ledgers_are_payables_and_receivables() -> None:
    hire = Career(
        experiences=[
            job("Accounts Assistant", "2021-05", "2023-12",
                summary="Purchase and sales ledgers, month-end general ledger reconciliations.")
        ],
        certifications=[Certification(name="AAT Level 3 Diploma in Accounting", evidence=THEIRS)],
    )  # fmt: skip
    c = run(
        posting("Accounts payable and receivable", "AAT Level 3 or above", title="Accounts"),
        Career(),
        hire,
    )
    assert row(c, "Accounts payable").hire.verdict is Verdict.MET
    assert row(c, "AAT Level 3").hire.verdict is Verdict.MET


def test_a_sibling_mapping_library_is_related_not_the_same() -> None:
    you = Career(
        experiences=[
            job("GIS Developer", "2023-01", summary="Web maps with Leaflet and OpenLayers.")
        ]
    )
    c = run(posting("Experience with Mapbox GL JS", title="GIS Developer"), you)
    assert row(c, "Mapbox").you.verdict is Verdict.PARTIAL


def test_raid_logs_and_risk_reviews_are_risk_management() -> None:
    you = Career(
        experiences=[
            job("IT Project Manager", "2019-07",
                summary="Ran 12 IT projects; budgets to £3m; RAID logs and risk reviews.")
        ]
    )  # fmt: skip
    c = run(posting("Budget and risk management", title="Project Manager"), you)
    assert row(c, "Budget and risk").you.verdict is Verdict.MET


@pytest.mark.parametrize(
    "summary",
    [
        "Demand forecasting in Python; present forecasts to store managers.",
        "SQL and Tableau; presented weekly findings to the executive team.",
        "Load forecasting; monthly briefings to the operations board.",
        "Wrote the monthly trading report.",
    ],
)
def test_communication_shown_in_practice(summary: str) -> None:
    you = Career(experiences=[job("Data Analyst", "2021-01", summary=summary)])
    c = run(posting("Communicating results to non-technical colleagues", title="Analyst"), you)
    assert row(c, "non-technical").you.verdict is Verdict.MET, summary


@pytest.mark.parametrize(
    "summary",
    [
        "Reported to the Finance Director; month-end close.",
        "Built dashboards for the sales team.",
    ],
)
def test_no_communication_from_a_reporting_line_or_a_team_served(summary: str) -> None:
    you = Career(experiences=[job("Data Analyst", "2021-01", summary=summary)])
    c = run(posting("Strong written and verbal communication skills", title="Analyst"), you)
    assert row(c, "communication").you.verdict is not Verdict.MET, summary


def test_healthcare_it_years_come_from_technical_work_in_healthcare() -> None:
    r = posting("3+ years in healthcare IT", "Clinical background (e.g. Registered Nurse)")
    in_hand = [Evidence(source="resume", file="hire.md", method=Method.TEXT)]
    analyst = Experience(
        title="Health IT Analyst",
        employer="Kernow Health Systems",
        start=D("2019-01"),
        end=D("2023-12"),
        summary="HL7 and FHIR interface analysis; SQL Server reporting.",
        evidence=in_hand,
    )
    c = run(r, Career(), Career(experiences=[analyst]))
    assert row(c, "healthcare IT").hire.verdict is Verdict.MET
    # the hire's whole resume in hand lists no registration: not shown, not unknown
    assert row(c, "Clinical background").hire.verdict is Verdict.NOT_SHOWN
    # a data analyst outside healthcare, or a ward nurse, is no healthcare IT
    retail = analyst.model_copy(
        update={"title": "Data Analyst", "employer": "Fenwick Foods", "summary": "SQL reports."}
    )
    nurse = analyst.model_copy(
        update={"title": "Registered Nurse", "employer": "Truro Hospital", "summary": "Wards."}
    )
    for other in (retail, nurse):
        c = run(r, Career(), Career(experiences=[other]))
        assert row(c, "healthcare IT").hire.verdict is not Verdict.MET, other.title


def test_a_resume_with_most_jobs_described_is_whole_though_one_is_a_bare_title() -> None:
    in_hand = [Evidence(source="resume", file="hire.txt", method=Method.TEXT)]
    described = Experience(
        title="Senior Security Engineer",
        employer="Tarbert Cloud",
        start=D("2019-03"),
        end=D("2023-10"),
        summary="Azure and AWS security; incident response lead.",
        evidence=in_hand,
    )
    bare = Experience(
        title="Security Engineer",
        employer="Tarbert Cloud",
        start=D("2016-09"),
        end=D("2019-02"),
        evidence=in_hand,
    )
    c = run(posting("ISO 27001 implementation"), Career(), Career(experiences=[described, bare]))
    assert row(c, "ISO 27001").hire.verdict is Verdict.NOT_SHOWN


@pytest.mark.parametrize(
    "heading",
    ["Ferncliff Analytics Plc", "Orrin Data Corp.", "Halden Kontor GmbH", "Brightwater Ltd"],
)
def test_the_letter_is_never_signed_with_an_organisation(heading: str) -> None:
    # a resume whose first line is a company's name (a letterhead, an agency's CV cover)
    c = compare(posting("Python"), Career(name=heading), Career(), SUBJECT)
    assert heading not in c.feedback_request
    assert c.feedback_request.rstrip().endswith("Kind regards")


def test_the_letter_is_signed_with_a_persons_name() -> None:
    c = compare(posting("Python"), Career(name="Noor Haddad"), Career(), SUBJECT)
    assert c.feedback_request.rstrip().endswith("Noor Haddad")
