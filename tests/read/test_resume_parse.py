"""The section and entry parser on small texts: the entry layouts resumes use."""

from __future__ import annotations

import pytest

from research.model import Career, DegreeLevel, Evidence, Method
from research.read import career_from_bytes, career_from_text

EVIDENCE = Evidence(source="resume", file="cv.txt", method=Method.TEXT)


def read(text: str) -> Career:
    return career_from_text(text, evidence=EVIDENCE)


def jobs(career: Career) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (e.title, e.employer, str(e.start) if e.start else None, str(e.end) if e.end else None)
        for e in career.experiences
    ]


@pytest.mark.parametrize(
    ("entry", "location"),
    [
        ("Senior Engineer, Acme Corp — Berlin | Jan 2019 – Present", "Berlin"),
        ("Senior Engineer | Acme Corp | Jan 2019 - Present", None),
        ("Senior Engineer - Acme Corp - Jan 2019 to present", None),
        ("Senior Engineer at Acme Corp (Jan 2019 - Present)", None),
        ("Acme Corp\nSenior Engineer\nJan 2019 - Present", None),
        ("Senior Engineer\nAcme Corp, Berlin\n01/2019 – Present", "Berlin"),
        ("Jan 2019 – Present\nSenior Engineer, Acme Corp", None),
        ("Jan 2019 – Present | Senior Engineer | Acme Corp", None),
        ("**Senior Engineer** — Acme Corp\n*Jan 2019 – Present*", None),
        ("Acme Corp — Senior Engineer\nBerlin, Germany\nJanuary 2019 – current", "Berlin, Germany"),
    ],
)
def test_entry_layouts(entry: str, location: str | None) -> None:
    career = read(f"Jane Example\n\nExperience\n{entry}\n- Built things that mattered a lot.\n")
    assert jobs(career) == [("Senior Engineer", "Acme Corp", "2019-01", None)]
    if location:
        assert career.experiences[0].location == location
    assert "Built things" in career.experiences[0].summary


def test_year_only_entry_in_parentheses() -> None:
    career = read(
        "Experience\nSenior Engineer at Acme (2019-2021)\nEngineer at Beta Labs (2016-2019)\n"
    )
    assert jobs(career) == [
        ("Senior Engineer", "Acme", "2019", "2021"),
        ("Engineer", "Beta Labs", "2016", "2019"),
    ]


def test_entries_without_bullets_are_split_by_their_dates() -> None:
    text = (
        "WORK HISTORY\n"
        "Staff Nurse, Riverside Hospital | 2018 - 2020\n"
        "Nurse, Hilltop Clinic | 2015 - 2018\n"
        "EDUCATION\n"
        "BSc Nursing, University of Leeds, 2011 - 2014\n"
    )
    career = read(text)
    assert jobs(career) == [
        ("Staff Nurse", "Riverside Hospital", "2018", "2020"),
        ("Nurse", "Hilltop Clinic", "2015", "2018"),
    ]
    [school] = career.education
    assert school.institution == "University of Leeds"
    assert school.level is DegreeLevel.BACHELOR and school.field == "Nursing"


def test_several_roles_under_one_company() -> None:
    text = (
        "Professional Experience\n"
        "Acme Corp\n"
        "Senior Engineer | Mar 2021 – Present\n"
        "- Led the platform team of nine engineers.\n"
        "Engineer | Jan 2019 – Feb 2021\n"
        "- Built the billing service.\n"
    )
    assert jobs(read(text)) == [
        ("Senior Engineer", "Acme Corp", "2021-03", None),
        ("Engineer", "Acme Corp", "2019-01", "2021-02"),
    ]


def test_wrapped_bullets_stay_with_their_entry() -> None:
    text = (
        "Experience\nSenior Engineer, Acme Corp | 2019 - 2021\n"
        "- Led the migration of the billing service to a new platform and\n"
        "  cut costs.\n"
        "Engineer, Beta Labs | 2016 - 2019\n"
    )
    career = read(text)
    assert len(career.experiences) == 2
    assert "cut costs" in career.experiences[0].summary


def test_sections_skills_certifications_languages_summary() -> None:
    text = (
        "Jane Example\nBackend Engineer\nBerlin, Germany | jane@example.com | +49 555 0100\n\n"
        "Profile\nBackend engineer who likes quiet on-call weeks.\n\n"
        "Technical Skills\n"
        "Languages: Python, Go | Cloud: AWS, Terraform\n"
        "• PostgreSQL • Kafka\n\n"
        "Licenses & Certifications\n"
        "AWS Certified Solutions Architect – Associate (Amazon Web Services, 2021)\n\n"
        "Languages\nEnglish (native), German – B2\n\n"
        "Interests\nClimbing, chess\n"
    )
    career = read(text)
    assert career.name == "Jane Example"
    assert career.headline == "Backend Engineer"
    assert career.location == "Berlin, Germany"
    assert career.summary == "Backend engineer who likes quiet on-call weeks."
    names = [s.name for s in career.skills]
    assert names[:6] == ["Python", "Go", "AWS", "Terraform", "PostgreSQL", "Kafka"]
    assert "Climbing" not in names
    [cert] = career.certifications
    assert cert.name == "AWS Certified Solutions Architect – Associate"
    assert cert.issuer == "Amazon Web Services" and str(cert.date) == "2021"
    assert [(lang.name, lang.level) for lang in career.languages] == [
        ("English", "native"),
        ("German", "B2"),
    ]


def test_inline_section_heading() -> None:
    career = read("Skills: Python, SQL, Docker\n")
    assert [s.name for s in career.skills] == ["Python", "SQL", "Docker"]


def test_projects_and_publications_become_work() -> None:
    text = (
        "Projects\nledgerline — a double-entry ledger library | 2022\n"
        "- Used by two fintechs.\n"
        "Publications\nIdempotency keys in practice, Journal of Payments, 2023\n"
    )
    career = read(text)
    kinds = [(w.kind, w.title) for w in career.work]
    assert kinds[0] == ("project", "ledgerline")
    assert kinds[1][0] == "publication" and str(career.work[1].date) == "2023"


def test_evidence_quotes_the_lines_and_file() -> None:
    career = read("Experience\nEngineer, Acme Corp | 2019 - 2021\n- Did things, call 555-0123.\n")
    [job] = career.experiences
    [evidence] = job.evidence
    assert evidence.file == "cv.txt" and evidence.method is Method.TEXT
    assert "Engineer, Acme Corp | 2019 - 2021" in evidence.quote
    assert "555" not in evidence.quote and "555" not in job.summary


def test_nothing_is_invented_from_an_empty_or_unrelated_text() -> None:
    assert read("").is_empty()
    assert read("Dear hiring manager,\nI would love to join your team.\n").is_empty()


def test_html_resume() -> None:
    html = b"""<html><body><h1>Jane Example</h1><p>Engineer</p>
    <h2>Experience</h2><h3>Engineer at Acme Corp</h3><p>2019 - 2021</p>
    <ul><li>Built it.</li></ul>
    <h2>Education</h2><p>MSc Physics, University of Bristol, 2016</p>
    <h2>Skills</h2><ul><li>Python</li><li>SQL</li></ul></body></html>"""
    career = career_from_bytes(
        html, name="cv.html", url="https://jane.example/cv", source="webpage"
    )
    assert jobs(career) == [("Engineer", "Acme Corp", "2019", "2021")]
    assert career.education[0].level is DegreeLevel.MASTER
    assert str(career.education[0].end) == "2016"
    evidence = career.experiences[0].evidence[0]
    assert evidence.url == "https://jane.example/cv" and evidence.file is None
    assert evidence.source == "webpage" and evidence.method is Method.HTML


def test_markdown_resume_from_bytes() -> None:
    text = (
        "# Jane Example\n\n## Experience\n\n### Engineer — Acme Corp\n"
        "*Jan 2019 – Present* | Remote\n\n- Built it.\n"
    ).encode()
    career = career_from_bytes(text, name="cv.md")
    assert career.name == "Jane Example"
    assert jobs(career) == [("Engineer", "Acme Corp", "2019-01", None)]
    assert career.experiences[0].location == "Remote"
    assert career.experiences[0].evidence[0].file == "cv.md"


def test_a_plain_text_resume_with_its_quirks() -> None:
    text = (
        "JOHN DOE\nSoftware Engineer | john@doe.test | (555) 010-2233\n\n"
        "EXPERIENCE\n"
        "Google — Software Engineer II            Jun 2020 - Present\n"
        "  • Built search infrastructure serving billions of queries.\n"
        "Amazon, Seattle WA\nSDE Intern, Summer 2019\n  • Wrote a caching layer.\n\n"
        "EDUCATION\nStanford University — B.S. Computer Science, 2020\n"
    )
    career = read(text)
    assert career.name == "John Doe" and career.headline == "Software Engineer"
    assert jobs(career) == [
        ("Software Engineer II", "Google", "2020-06", None),
        ("SDE Intern", "Amazon", "2019-06", "2019-06"),
    ]
    [school] = career.education
    assert (school.institution, school.level, school.field) == (
        "Stanford University",
        DegreeLevel.BACHELOR,
        "Computer Science",
    )
    assert "john@doe.test" not in career.model_dump_json()


def test_a_nursing_resume() -> None:
    text = (
        "PROFESSIONAL EXPERIENCE\n"
        "Registered Nurse (ICU)                                   04/2017 - present\n"
        "Mercy General Hospital, Sacramento, CA\n- Cared for critically ill patients\n"
        "Licensed Practical Nurse                                 2014 - 2017\n"
        "Sunrise Care Home, Davis, CA\n\n"
        "LICENSES\nRN, California Board of Registered Nursing, 2017\nBLS, ACLS\n\n"
        "EDUCATION\nAssociate Degree in Nursing - American River College - 2014\n"
    )
    career = read(text)
    assert jobs(career) == [
        ("Registered Nurse (ICU)", "Mercy General Hospital", "2017-04", None),
        ("Licensed Practical Nurse", "Sunrise Care Home", "2014", "2017"),
    ]
    assert [e.location for e in career.experiences] == ["Sacramento, CA", "Davis, CA"]
    assert [c.name for c in career.certifications][1:] == ["BLS", "ACLS"]
    assert career.education[0].level is DegreeLevel.ASSOCIATE


_WORD_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def test_word_text_boxes_and_the_name_in_the_header() -> None:
    import io

    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Jane Example · jane@example.com"
    document.add_heading("Experience", level=1)
    document.add_paragraph("Engineer\tAcme Corp\t2019 – 2021")
    anchor = document.add_paragraph("")
    box = (
        f"<w:r {_WORD_NS}><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wps:txbx>"
        "<w:txbxContent><w:p><w:r><w:t>Skills</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Python, Go</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing>"
        "</mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Skills</w:t></w:r>"
        "</w:p><w:p><w:r><w:t>Python, Go</w:t></w:r></w:p></w:txbxContent></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )
    anchor._p.append(parse_xml(box))
    buffer = io.BytesIO()
    document.save(buffer)
    career = career_from_bytes(buffer.getvalue(), name="cv.docx")
    assert career.name == "Jane Example"
    assert jobs(career) == [("Engineer", "Acme Corp", "2019", "2021")]
    assert [s.name for s in career.skills] == ["Python", "Go"]
    assert "jane@example.com" not in career.model_dump_json()
