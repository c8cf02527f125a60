"""PDF layouts drawn with reportlab (text placed where real layouts place it): running
headers and footers, a margin of headings and dates, dates in their own right-hand
column. The third-party corpus (``test_corpus_truth.py``) covers the same classes on
layouts other people designed."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from research.model import Career
from research.read.pdf import pdf_lines
from research.read.resume import career_from_bytes

WIDTH, HEIGHT = A4


def _pdf(pages: list[list[tuple[float, float, str, float, bool]]]) -> bytes:
    """Pages of (x, y from the top, text, size, bold)."""
    out = BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for page in pages:
        for x, top, text, size, bold in page:
            canvas.setFont("Helvetica-Bold" if bold else "Helvetica", size)
            canvas.drawString(x, HEIGHT - top, text)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def jobs(career: Career) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (e.title, e.employer, str(e.start) if e.start else None, str(e.end) if e.end else None)
        for e in career.experiences
    ]


def _furnished() -> bytes:
    def furniture(number: int) -> list[tuple[float, float, str, float, bool]]:
        header = [(40, 25, "Robin Achebe — Curriculum Vitae", 8, False)] if number > 1 else []
        return [*header, (260, 815, f"Page {number} of 2", 8, False),
                (40, 815, "Last updated March 2024", 8, False)]  # fmt: skip

    first = [
        (40, 70, "Robin Achebe", 24, True),
        (40, 95, "Civil engineer", 12, False),
        (40, 140, "Experience", 14, True),
        (40, 165, "Senior Engineer, Kauri Structures, Auckland, New Zealand", 11, True),
        (40, 180, "Mar 2019 – Present", 10, False),
        (40, 196, "• Designed bridges and culverts for regional roads.", 10, False),
        (40, 225, "Graduate Engineer, Te Awa Consulting", 11, True),
        (40, 240, "Jan 2015 – Feb 2019", 10, False),
        (40, 256, "• Checked steel connections for warehouses.", 10, False),
    ]
    second = [
        (40, 70, "Education", 14, True),
        (40, 95, "BE (Hons) Civil Engineering, University of Canterbury, 2010 – 2014", 10, False),
        (40, 130, "Skills", 14, True),
        (40, 150, "AutoCAD, Revit, Structural Analysis", 10, False),
    ]
    return _pdf([furniture(1) + first, furniture(2) + second])


def test_running_headers_page_numbers_and_last_updated_are_dropped() -> None:
    # class 3: repeated page furniture is not content
    texts = [line.text for line in pdf_lines(_furnished(), "cv.pdf")]
    assert not any("Page" in t and "of 2" in t for t in texts)
    assert not any("Last updated" in t for t in texts)
    assert not any("Curriculum Vitae" in t for t in texts)
    career = career_from_bytes(_furnished(), name="cv.pdf")
    assert career.name == "Robin Achebe"
    assert career.headline == "Civil engineer"
    assert jobs(career) == [
        ("Senior Engineer", "Kauri Structures", "2019-03", None),
        ("Graduate Engineer", "Te Awa Consulting", "2015-01", "2019-02"),
    ]
    assert career.experiences[0].location == "Auckland, New Zealand"
    assert [e.institution for e in career.education] == ["University of Canterbury"]


def test_a_margin_of_headings_and_dates_beside_the_entries() -> None:
    # classes 6 and 13: headings and dates in a left margin, entries in the main column;
    # each date sits a little below its title line, beside the first sentence
    page = [
        (200, 60, "Robin Achebe", 20, True),
        (200, 80, "Data Analyst", 10, False),
        (40, 140, "EXPERIENCE", 9, True),
        (200, 141, "Senior Data Analyst at Lotus Retail Group", 10, False),
        (200, 155, "Built the weekly sales forecast in Python.", 10, False),
        (40, 158, "2021-09 TO PRESENT", 8, True),
        (200, 185, "Data Analyst at Mekong Telecom", 10, False),
        (40, 187, "2018-03 TO 2021-08", 8, True),
        (200, 200, "Cut churn reporting from a week to a day.", 10, False),
        (40, 240, "EDUCATION", 9, True),
        (200, 237, "Vietnam National University", 10, True),
        (220, 251, "Bachelor of Science: Statistics", 10, False),
        (40, 258, "2014-09 TO 2018-06", 8, True),
        (40, 300, "SKILLS", 9, True),
        (200, 301, "Python, SQL, Tableau", 10, False),
    ]
    career = career_from_bytes(_pdf([page]), name="cv.pdf")
    assert career.name == "Robin Achebe"
    assert jobs(career) == [
        ("Senior Data Analyst", "Lotus Retail Group", "2021-09", None),
        ("Data Analyst", "Mekong Telecom", "2018-03", "2021-08"),
    ]
    assert [e.institution for e in career.education] == ["Vietnam National University"]
    assert {"Python", "SQL"} <= {s.name for s in career.skills}


def test_dates_in_a_right_hand_column() -> None:
    # class 13: the dates at the right end of each title line, in their own column
    page = [
        (40, 60, "Robin Achebe", 20, True),
        (40, 110, "Professional Experience", 13, True),
        (40, 135, "Financial Controller, Glenmore Dairy Co-operative", 10, True),
        (470, 135, "Feb 2018 – Current", 10, False),
        (40, 150, "Cork, Ireland — Full-time", 10, False),
        (50, 166, "• Own month-end close, budgets and the annual audit.", 10, False),
        (40, 195, "Audit Senior, Harrow & Vance Accountants", 10, True),
        (470, 195, "Sep 2012 – Mar 2016", 10, False),
        (40, 210, "Dublin, Ireland", 10, False),
        (50, 226, "• Led audits of manufacturing clients.", 10, False),
    ]
    career = career_from_bytes(_pdf([page]), name="cv.pdf")
    assert jobs(career) == [
        ("Financial Controller", "Glenmore Dairy Co-operative", "2018-02", None),
        ("Audit Senior", "Harrow & Vance Accountants", "2012-09", "2016-03"),
    ]
    assert [e.location for e in career.experiences] == ["Cork, Ireland", "Dublin, Ireland"]
