"""Class 9 of issue 13 on a LinkedIn-style "Save to PDF" page drawn with reportlab the way
LinkedIn sets it (a 170 pt sidebar whose items wrap at the column edge, the main column
at x = 228, schools set larger than degrees), and class 8 (publications, talks, patents)
on a text resume."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from research.model import Evidence
from research.read.linkedin import career_from_linkedin_pdf
from research.read.resume import career_from_text

HEIGHT = A4[1]
SIDEBAR = 170.0

CERTIFICATIONS = [
    "AWS Certified Solutions Architect – Associate",
    "Certified Kubernetes Administrator (CKA)",
    "Google Cloud Professional Data Engineer",
    "Project Management Professional (PMP)",
    "HashiCorp Certified: Terraform Associate",
]
PUBLICATIONS = [
    "Scheduling robot fleets with queues that never block",
    "Observability for small platform teams",
]


def _wrap(text: str, size: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", "Helvetica", size) <= SIDEBAR:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _linkedin_pdf() -> bytes:
    out = BytesIO()
    canvas = Canvas(out, pagesize=A4)
    y = 52.0

    def side(text: str, size: float = 10.5, bold: bool = False, gap: float = 14.0) -> None:
        nonlocal y
        canvas.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        canvas.drawString(28, HEIGHT - y, text)
        y += gap

    side("Contact", 13, True, 18)
    side("www.linkedin.com/in/robin-achebe")
    side("(LinkedIn)", gap=24)
    side("Top Skills", 13, True, 18)
    for skill in ("Kubernetes", "Terraform", "Go"):
        side(skill)
    y += 10
    side("Certifications", 13, True, 18)
    for cert in CERTIFICATIONS:
        for piece in _wrap(cert, 10.5):
            side(piece)
    y += 10
    side("Publications", 13, True, 18)
    for title in PUBLICATIONS:
        for piece in _wrap(title, 10.5):
            side(piece)
    main = [
        (52, "Robin Achebe", 26, False),
        (89, "Platform Engineer at Northwind Robotics", 12, False),
        (105, "Bristol, England, United Kingdom", 10.5, False),
        (131, "Experience", 15.8, False),
        (158, "Northwind Robotics", 12, False),
        (175, "Platform Engineer", 11.5, True),
        (190, "March 2022 - Present (3 years 10 months)", 10.5, False),
        (204, "Bristol, England, United Kingdom", 10.5, False),
        (230, "Education", 15.8, False),
        (255, "Le Wagon", 12, True),
        (271, "Certificate, Web Development · (2019 - 2019)", 10.5, False),
        (289, "University of Lakeside", 12, True),
        (305, "Bachelor of Science - BSc, Computer Science · (2015 - 2019)", 10.5, False),
        (810, "Page 1 of 1", 9, False),
    ]
    for top, text, size, bold in main:
        canvas.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        canvas.drawString(228, HEIGHT - top, text)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_certifications_are_not_merged_and_publications_are_kept() -> None:
    career = career_from_linkedin_pdf(_linkedin_pdf(), name="Profile.pdf")
    assert career.name == "Robin Achebe"
    assert [c.name for c in career.certifications] == CERTIFICATIONS
    assert [w.title for w in career.work] == PUBLICATIONS
    assert all(w.kind == "publication" for w in career.work)


def test_a_school_without_a_school_word_is_kept_from_its_line() -> None:
    career = career_from_linkedin_pdf(_linkedin_pdf(), name="Profile.pdf")
    assert [(e.institution, e.field) for e in career.education] == [
        ("Le Wagon", "Web Development"),
        ("University of Lakeside", "Computer Science"),
    ]
    assert [(e.title, e.employer) for e in career.experiences] == [
        ("Platform Engineer", "Northwind Robotics")
    ]


RESEARCHER = """Hannah Osei
Research engineer

Experience
Research Engineer, Tessellate Labs, 2020 – present

Publications
Osei, H. and Kim, J. (2022). Fast queues for robot fleets. Journal of Robotics 14(2).
doi:10.1234/jor.2022.014
Osei, H. (2020). A field guide to platform teams. Platform Press, London.
ISBN 978-1-23456-789-7
https://example.org/papers/field-guide

Talks
Scheduling robot fleets, PyCon UK, 2023
Observability on a budget, SREcon Europe, 2021

Patents
US 11,234,567 — Method for routing autonomous carts, 2022
US 10,987,654 — Battery swap station, 2019
"""


def test_doi_isbn_and_address_lines_are_not_extra_publications() -> None:
    # class 8: two publications, each keeping its identifier; talks and patents found
    career = career_from_text(RESEARCHER, evidence=Evidence(source="resume", file="cv.txt"))
    publications = [w for w in career.work if w.kind == "publication"]
    assert len(publications) == 2
    assert "doi:10.1234/jor.2022.014" in publications[0].description
    assert "ISBN 978-1-23456-789-7" in publications[1].description
    assert [str(w.date) for w in publications] == ["2022", "2020"]
    talks = [w for w in career.work if w.kind == "talk"]
    assert [w.title for w in talks] == ["Scheduling robot fleets", "Observability on a budget"]
    patents = [w for w in career.work if w.kind == "patent"]
    assert len(patents) == 2
