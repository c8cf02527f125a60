"""Failure classes seen on the second held-out corpus set, one small realistic input each
(HTML as themes write it, DOCX made with python-docx, PDF made with reportlab, text as
pasted). Expected answers were written before the reader ran on them; the people and
employers are invented."""

from __future__ import annotations

from io import BytesIO

import pytest

from research.model import Career, DegreeLevel
from research.read.resume import career_from_bytes


def jobs(career: Career) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (e.title, e.employer, str(e.start) if e.start else None, str(e.end) if e.end else None)
        for e in career.experiences
    ]


def html(body: str) -> Career:
    page = f"<html><head><title>CV</title></head><body>{body}</body></html>"
    return career_from_bytes(page.encode(), name="cv.html")


# --- class 5: fields of one entry in sibling inline elements ----------------------------


def test_title_and_employer_in_sibling_spans_stay_apart() -> None:
    career = html(
        """<div class="basics"><span class="name">Nadia Okafor</span>
        <span class="label">Mathematics Teacher</span></div>
        <p class="section-title">Experience</p>
        <div class="article"><div class="left"><span class="title">Head of Year 9</span><span
        class="subtitle"><a>Larchfield Academy</a> · Leeds, UK</span></div>
        <div class="right"><span class="date">Sep 2021 - Present</span></div>
        <p>Pastoral lead for 180 pupils.</p></div>
        <div class="article"><div class="left"><span class="title">Mathematics Teacher</span><span
        class="subtitle"><a>Larchfield Academy</a> · Leeds, UK</span></div>
        <div class="right"><span class="date">Sep 2016 - Aug 2021</span></div></div>"""
    )
    assert jobs(career) == [
        ("Head of Year 9", "Larchfield Academy", "2021-09", None),
        ("Mathematics Teacher", "Larchfield Academy", "2016-09", "2021-08"),
    ]


def test_title_employer_and_city_spans_joined_by_a_style_sheet() -> None:
    # a style sheet prints " at " after the title; the text has only the three spans
    career = html(
        """<h1>Odile Marchetti</h1><h2>Work Experience</h2>
        <div class="item"><div class="description">
          <span class="position">Chief Accountant</span>
          <span class="name">Harbour Canning Co</span>
          <span class="location">Rennes</span></div>
        <div class="date"><span class="startDate">Feb 2020</span> - <span>Now</span></div>
        <p>Monthly closes and consolidation.</p></div>"""
    )
    assert jobs(career) == [("Chief Accountant", "Harbour Canning Co", "2020-02", None)]


def test_first_and_last_name_in_two_spans_stay_one_name() -> None:
    career = html(
        """<div><span class="first">Ines</span> <span class="last">Varga</span></div>
        <h2>Experience</h2><h3>Analyst, Tallow Foods</h3><p>Jan 2019 - Mar 2021</p>"""
    )
    assert career.name == "Ines Varga"


def test_an_unclosed_name_heading_does_not_swallow_the_city() -> None:
    career = html(
        """<div><h1>Lucía Ferrer<h1><h2>Valencia</h2></div>
        <h3>Work Experience</h3><h3>Costa Freight, Valencia, Spain</h3>
        <strong>Data Analyst</strong><p>2021 - Present</p>"""
    )
    assert career.name == "Lucía Ferrer"


def test_a_span_wrapping_a_profile_card_is_read_as_blocks() -> None:
    career = html(
        """<section><span class="card"><div class="pic"></div><div class="who">
        <h3><b>Odile Marchetti</b></h3><h5>Accountant</h5></div></span>
        <div class="info">Rennes, France</div></section>
        <h2>Work Experience</h2><h4><strong>Accountant</strong>, Harbour Canning Co</h4>
        <p>Feb 2020 - Present</p>"""
    )
    assert career.name == "Odile Marchetti"


# --- class 9: soft line breaks inside one Word paragraph --------------------------------


def _docx(build: object) -> Career:
    import docx

    document = docx.Document()
    build(document)  # type: ignore[operator]
    out = BytesIO()
    document.save(out)
    return career_from_bytes(out.getvalue(), name="cv.docx")


def _lines(paragraph: object, *lines: str) -> None:
    for i, line in enumerate(lines):
        run = paragraph.add_run(line)  # type: ignore[attr-defined]
        if i < len(lines) - 1:
            run.add_break()


def test_title_and_employer_on_soft_broken_lines_of_one_paragraph() -> None:
    def build(document: object) -> None:
        document.add_heading("Greta Sommer", level=1)  # type: ignore[attr-defined]
        document.add_heading("Berufserfahrung", level=3)  # type: ignore[attr-defined]
        _lines(document.add_paragraph(), "Senior Developer", "Mainfeld Logistik GmbH")  # type: ignore[attr-defined]
        document.add_paragraph("März 2021 – heute")  # type: ignore[attr-defined]
        document.add_paragraph("Migration auf PostgreSQL.", style="List Bullet")  # type: ignore[attr-defined]
        document.add_heading("Ausbildung", level=3)  # type: ignore[attr-defined]
        _lines(
            document.add_paragraph(), "Master of Science – Informatik", "Universität Bonn, Sep 2017"
        )  # type: ignore[attr-defined]

    career = _docx(build)
    assert jobs(career) == [("Senior Developer", "Mainfeld Logistik GmbH", "2021-03", None)]
    assert [e.institution for e in career.education] == ["Universität Bonn"]


def test_a_table_cell_with_the_entry_and_its_bullet_on_soft_broken_lines() -> None:
    def build(document: object) -> None:
        document.add_heading("Aroha Whaanga", level=1)  # type: ignore[attr-defined]
        table = document.add_table(rows=3, cols=2)  # type: ignore[attr-defined]
        table.cell(0, 0).merge(table.cell(0, 1)).text = "EXPERIENCE"
        _lines(
            table.cell(1, 0).paragraphs[0],
            "Civil Engineer, Rimu Consulting, Wellington, New Zealand",
            "• Designed flood defence works.",
        )
        table.cell(1, 1).text = "Feb. 2014 – Nov. 2019"
        _lines(
            table.cell(2, 0).paragraphs[0],
            "Graduate Engineer, Totara Structures, Auckland, New Zealand",
            "• Checked steel connections.",
        )
        table.cell(2, 1).text = "Jan. 2012 – Dec. 2013"

    career = _docx(build)
    assert jobs(career) == [
        ("Civil Engineer", "Rimu Consulting", "2014-02", "2019-11"),
        ("Graduate Engineer", "Totara Structures", "2012-01", "2013-12"),
    ]


# --- class 4: a length of service after the dates ----------------------------------------


@pytest.mark.parametrize(
    "dates",
    [
        "April 2022 — Present   5 years",
        "Apr, 2022 - Present  4 years 8 months",
        "Apr 2022 - Present · 2 yrs 3 mos",
        "April 2022 — Present (3 years)",
    ],
)
def test_a_length_of_service_after_the_dates_is_not_an_entry(dates: str) -> None:
    text = f"""Maren Holt

EXPERIENCE

Staff Engineer, Fjordline Payments
{dates}
Runs the ledger team.

Software Engineer, Nordvik Logistics
August 2016 — January 2019   2 years
"""
    career = career_from_bytes(text.encode(), name="cv.txt")
    assert jobs(career) == [
        ("Staff Engineer", "Fjordline Payments", "2022-04", None),
        ("Software Engineer", "Nordvik Logistics", "2016-08", "2019-01"),
    ]


def test_dates_printed_twice_for_wide_and_narrow_screens_make_one_entry() -> None:
    career = html(
        """<h1>Rui Tavares</h1><h3>Experience</h3>
        <h4><strong>Backend Engineer</strong>,&nbsp;<span>Cajú Pagamentos</span></h4>
        <p class="visible-xs"><small><time>February 2020</time>&nbsp;—&nbsp;
        <time>February 2021</time>&nbsp;<span class="duration">a year</span></small></p>
        <p>Java services for card payments.</p>
        <div class="hidden-xs"><p><time>February 2020</time><br>&nbsp;—&nbsp;
        <time>February 2021</time></p>
        <p>a year</p></div>"""
    )
    assert jobs(career) == [("Backend Engineer", "Cajú Pagamentos", "2020-02", "2021-02")]


# --- PDF layouts drawn with reportlab ----------------------------------------------------

Draw = tuple[float, float, str, float, bool, str]
"""x, distance from the top, text, size, bold, alignment ("l" or "r": x is the right end)."""


def _pdf(items: list[Draw]) -> Career:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = BytesIO()
    canvas = Canvas(out, pagesize=A4)
    height = A4[1]
    for x, top, text, size, bold, align in items:
        canvas.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        if align == "r":
            canvas.drawRightString(x, height - top, text)
        else:
            canvas.drawString(x, height - top, text)
    canvas.showPage()
    canvas.save()
    return career_from_bytes(out.getvalue(), name="cv.pdf")


def test_a_side_column_set_flush_right_beside_the_jobs() -> None:
    # class 2: the side column's lines start at no common x (they end at one), and sit at
    # heights of their own between the job lines
    main: list[Draw] = [
        (30, 70, "Nadia Okafor", 34, True, "l"),
        (30, 100, "Mathematics Teacher", 16, False, "l"),
        (30, 150, "Experience", 14, False, "l"),
    ]
    side: list[Draw] = [(570, 150, "Skills", 14, False, "r")]
    top = 172.0
    for title, employer, dates, line in [
        ("Head of Year 9", "Larchfield Academy · Leeds, UK", "Sep 2021 - Present",
         "Pastoral lead for 180 pupils."),
        ("Mathematics Teacher", "Larchfield Academy · Leeds, UK", "Sep 2016 - Aug 2021",
         "Taught GCSE and A-level mathematics."),
        ("Teaching Assistant", "Fernside Primary School · York, UK", "Jan 2013 - Jul 2015",
         "Ran small-group numeracy sessions."),
    ]:  # fmt: skip
        main += [
            (30, top, title, 10, True, "l"),
            (385, top, dates, 8, False, "r"),
            (30, top + 12, employer, 9, False, "l"),
            (30, top + 26, line, 8, False, "l"),
        ]
        top += 54
    y = 172.0
    for text, size in [
        ("Teaching", 10), ("Curriculum Design", 8), ("Classroom Management", 8),
        ("Safeguarding", 8), ("Education", 14), ("Bachelor of Science, Mathematics", 8),
        ("University of Leeds", 8), ("Languages", 14), ("English · Native", 8),
        ("Igbo · Conversational", 8),
    ]:  # fmt: skip
        y += 9 if size == 8 else 20
        side.append((570, y, text, size, False, "r"))
    career = _pdf(main + side)
    assert jobs(career) == [
        ("Head of Year 9", "Larchfield Academy", "2021-09", None),
        ("Mathematics Teacher", "Larchfield Academy", "2016-09", "2021-08"),
        ("Teaching Assistant", "Fernside Primary School", "2013-01", "2015-07"),
    ]
    assert [e.institution for e in career.education] == ["University of Leeds"]


def _small_caps(x: float, top: float, words: list[str], size: float) -> list[Draw]:
    """A name in small capitals: each word's first capital at full size, the rest smaller,
    the letters spaced out as a word processor sets them."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out: list[Draw] = []
    for word in words:
        out.append((x, top, word[0], size, True, "l"))
        x += stringWidth(word[0], "Helvetica-Bold", size) + size * 0.3
        out.append((x, top, word[1:].upper(), size * 0.8, True, "l"))
        x += stringWidth(word[1:].upper(), "Helvetica-Bold", size * 0.8) + size * 0.9
    return out


def test_a_name_in_small_capitals() -> None:
    # class 6: "I" "NGRID" "N" "AGEL", letter-spaced
    career = _pdf(
        [
            *_small_caps(200, 100, ["Ingrid", "Nagel"], 18),
            (72, 130, "Structural Engineer", 12, False, "l"),
            (72, 170, "EXPERIENCE", 12, True, "l"),
            (72, 190, "Bridge Engineer, Halvard Consulting", 12, False, "l"),
            (306, 190, "Mar. 2020 – Present", 12, False, "l"),
        ]
    )
    assert career.name is not None and career.name.casefold() == "ingrid nagel"


def test_a_narrow_table_cell_wraps_title_employer_and_city() -> None:
    # class 10: "Title, Employer, City" in a narrow left cell, the dates in the right cell
    career = _pdf(
        [
            (72, 100, "Rangi Tamatea", 18, True, "l"),
            (72, 150, "EXPERIENCE", 12, True, "l"),
            (72, 170, "Senior Civil Engineer", 12, True, "l"),
            (205, 170, ", Mondego", 12, False, "l"),
            (306, 170, "Mar. 2020 – Present", 12, False, "l"),
            (72, 184, "Infraestruturas, Coimbra, Portugal", 12, False, "l"),
            (72, 198, "• Lead engineer for a 220 m", 12, False, "l"),
            (72, 212, "footbridge.", 12, False, "l"),
            (72, 232, "Graduate Engineer", 12, True, "l"),
            (180, 232, ", Totara", 12, False, "l"),
            (306, 232, "Jan. 2012 – Dec. 2013", 12, False, "l"),
            (72, 246, "Structures, Auckland, New Zealand", 12, False, "l"),
            (72, 260, "• Checked steel connections.", 12, False, "l"),
        ]
    )
    assert jobs(career) == [
        ("Senior Civil Engineer", "Mondego Infraestruturas", "2020-03", None),
        ("Graduate Engineer", "Totara Structures", "2012-01", "2013-12"),
    ]


def test_an_entry_wrapped_beside_a_key_column_of_lower_case_dates() -> None:
    # class 10 with the dates as the left-hand key, French month names in lower case
    career = _pdf(
        [
            (200, 100, "Odile Marchetti", 22, True, "l"),
            (200, 150, "Expérience professionnelle", 14, True, "l"),
            (118, 172, "février 2020–aujourd’hui", 11, False, "l"),
            (275, 172, "•", 11, False, "l"),
            (287, 172, "Responsable comptable", 11, True, "l"),
            (420, 172, ", Harbour", 11, False, "l"),
            (287, 186, "Canning, Rennes", 11, False, "l"),
            (287, 200, "Clôtures mensuelles et consolidation.", 11, False, "l"),
            (118, 214, "septembre 2016–janvier 2020", 11, False, "l"),
            (275, 214, "•", 11, False, "l"),
            (287, 214, "Comptable", 11, True, "l"),
            (350, 214, ", Cabinet Vilaine Audit,", 11, False, "l"),
            (287, 228, "Vannes", 11, False, "l"),
            (287, 242, "Portefeuille de 60 clients.", 11, False, "l"),
        ]
    )
    assert jobs(career) == [
        ("Responsable comptable", "Harbour Canning", "2020-02", None),
        ("Comptable", "Cabinet Vilaine Audit", "2016-09", "2020-01"),
    ]


def test_a_large_name_wrapped_over_two_lines() -> None:
    career = _pdf(
        [
            (58, 82, "Lucía Fernández-", 36, False, "l"),
            (58, 118, "Ortega", 36, False, "l"),
            (58, 150, "Product Designer", 15, False, "l"),
            (58, 190, "Work", 18, False, "l"),
            (58, 215, "Product Designer, Pimentón Apps", 10.5, True, "l"),
            (58, 230, "Feb 2023 - Present", 10.5, False, "l"),
        ]
    )
    assert career.name == "Lucía Fernández-Ortega"


# --- text: headers and sentences ---------------------------------------------------------


def _text(text: str) -> Career:
    return career_from_bytes(text.encode(), name="cv.txt")


def test_a_team_after_the_title_and_the_employer_on_the_same_line() -> None:
    career = _text(
        """Maren Holt

EXPERIENCE

Staff Software Engineer | Fjordline Payments
April 2022 — Present
Senior Software Engineer - Payments | Fjordline Payments
February 2019 — March 2022
"""
    )
    # the team stays with the title ("Senior Software Engineer, Payments")
    assert [(e.title, e.employer) for e in career.experiences] == [
        ("Staff Software Engineer", "Fjordline Payments"),
        ("Senior Software Engineer, Payments", "Fjordline Payments"),
    ]


def test_a_one_line_summary_ending_in_a_short_name_is_not_the_next_employer() -> None:
    career = _text(
        """Hazel Crane

EXPERIENCE

Senior Software Engineer | Wharfedale Telecom · Leeds, UK
Feb 2010 - Aug 2012
Billing mediation services in Java.
Software Engineer | Wharfedale Telecom · Leeds, UK
Jun 2007 - Jan 2010
Provisioning scripts in Perl.
"""
    )
    assert [(e.title, e.employer) for e in career.experiences] == [
        ("Senior Software Engineer", "Wharfedale Telecom"),
        ("Software Engineer", "Wharfedale Telecom"),
    ]


def test_a_degree_wrapped_after_a_preposition() -> None:
    career = _text(
        """Nadia Okafor

EDUCATION

Postgraduate Certificate in
Education, Secondary Mathematics
University of Leeds
Bachelor of Science, Mathematics
University of York
"""
    )
    assert [e.institution for e in career.education] == [
        "University of Leeds",
        "University of York",
    ]


# --- class 6: names under a document title; class 8: a wrapped heading -------------------


def test_the_name_in_a_personal_information_table_under_a_document_title() -> None:
    def build(document: object) -> None:
        document.add_paragraph("Curriculum Vitae", style="Title")  # type: ignore[attr-defined]
        table = document.add_table(rows=0, cols=2)  # type: ignore[attr-defined]
        for left, right in [
            ("About me", ""),
            ("Name", "Jonas Eberle"),
            ("Work experience", ""),
            ("juil. 2014 – août 2016", "Développeur, Atelier Numérique, Lyon"),
            ("sept. 2016 – aujourd’hui", "Chef de projet, Banque Rhône, Lyon"),
            ("Education", ""),
            ("2010 – 2014", "Master Informatik, Universität Bonn"),
        ]:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = left, right

    career = _docx(build)
    assert career.name == "Jonas Eberle"
    assert jobs(career) == [
        ("Développeur", "Atelier Numérique", "2014-07", "2016-08"),
        ("Chef de projet", "Banque Rhône", "2016-09", None),
    ]
    assert [e.institution for e in career.education] == ["Universität Bonn"]


@pytest.mark.parametrize(
    "label", ["PERSONAL INFORMATION Jonas Eberle", "Name: Jonas Eberle", "Name | Jonas Eberle"]
)
def test_a_labelled_name_under_a_curriculum_vitae_title(label: str) -> None:
    career = _text(
        f"""Curriculum Vitae

{label}

WORK EXPERIENCE

Mar 2021 – Present  Senior Developer, Rheinfracht GmbH, Köln
"""
    )
    assert career.name == "Jonas Eberle"


@pytest.mark.parametrize("heading", ["EXPÉRIENCE\nPROFESSIONNELLE", "BERUFS-\nERFAHRUNG"])
def test_a_heading_wrapped_in_a_narrow_label_column(heading: str) -> None:
    career = _text(
        f"""Odile Marchetti
Comptable

{heading}

février 2020 – aujourd’hui  Responsable comptable, Harbour Canning, Rennes
Clôtures mensuelles.

FORMATION

2012 – 2014  Master, Université de Rennes
"""
    )
    assert jobs(career) == [("Responsable comptable", "Harbour Canning", "2020-02", None)]


def test_a_sidebar_table_with_the_name_in_a_large_style_of_its_own() -> None:
    # a two-column layout table: a sidebar cell beside the main cell; the name's style is
    # a custom one ("Name", 22 pt) and not a heading
    def build(document: object) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.shared import Pt

        styles = document.styles  # type: ignore[attr-defined]
        styles["Normal"].font.size = Pt(10.5)
        styles.add_style("Name", WD_STYLE_TYPE.PARAGRAPH).font.size = Pt(22)
        table = document.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
        side, main = table.cell(0, 0), table.cell(0, 1)
        side.paragraphs[0].add_run("Contact").bold = True
        for text in ["Uppsala, Sweden", "Education", "Master of Science in Physics",
                     "Lund University", "2014 – 2016", "Skills", "Python", "SQL"]:  # fmt: skip
            side.add_paragraph(text)
        main.paragraphs[0].text = "Elin Sandvik"
        main.paragraphs[0].style = styles["Name"]
        for text in ["Data Engineer", "Experience", "Data Engineer",
                     "Norrsken Energi | Uppsala", "04/2019 – Present",
                     "Built the metering pipeline."]:  # fmt: skip
            main.add_paragraph(text)

    career = _docx(build)
    assert career.name == "Elin Sandvik"
    assert jobs(career) == [("Data Engineer", "Norrsken Energi", "2019-04", None)]


# --- class 12: education wrapped in a narrow column; acronyms in a skills list ----------


def test_a_degree_wrapped_above_its_school_and_acronyms_in_the_skills() -> None:
    career = _text(
        """Kenji Arakawa
Mechanical Design Engineer

SKILLS

Design
SolidWorks
ANSYS
MATLAB

EDUCATION

Master of Engineering, Mechanical
Engineering
Nagoya University
Bachelor of Engineering, Mechanical
Engineering
Nagoya University
"""
    )
    assert [(e.institution, e.level) for e in career.education] == [
        ("Nagoya University", DegreeLevel.MASTER),
        ("Nagoya University", DegreeLevel.BACHELOR),
    ]
    assert {"ANSYS", "MATLAB"} <= {s.name for s in career.skills}


def test_title_at_employer_in_bold_then_the_city_in_roman_type() -> None:
    # class 1: "Title at Employer City" where only the type tells the employer from the city
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def line(top: float, title: str, employer: str, city: str) -> list[Draw]:
        x = 50.0
        out: list[Draw] = []
        for text, bold in [(title, True), ("at", False), (employer, True), (city, False)]:
            out.append((x, top, text, 9, bold, "l"))
            x += stringWidth(text, "Helvetica-Bold" if bold else "Helvetica", 9) + 3
        return out

    career = _pdf(
        [
            (240, 75, "ODILE MARCHETTI", 18, False, "l"),
            (50, 370, "WORK EXPERIENCE", 13.5, False, "l"),
            *line(390, "Chief Accountant", "Harbour Canning", "Rennes"),
            (556, 403, "FEB 2020 - NOW", 9, False, "r"),
            (65, 431, "Monthly closes and consolidation.", 9, False, "l"),
            *line(459, "Accountant", "Cabinet Vilaine Audit", "Vannes"),
            (556, 471, "SEP 2016 — JAN 2020", 9, False, "r"),
        ]
    )
    assert jobs(career) == [
        ("Chief Accountant", "Harbour Canning", "2020-02", None),
        ("Accountant", "Cabinet Vilaine Audit", "2016-09", "2020-01"),
    ]


def test_a_degree_in_capitals_is_not_a_heading() -> None:
    career = _text(
        """TOMÁS Ó CEALLAIGH
FINANCIAL CONTROLLER

EDUCATION

UNIVERSITY COLLEGE CORK | 09/2006 - 06/2010
BACHELOR OF COMMERCE ACCOUNTING
"""
    )
    assert [(e.institution.casefold(), e.level) for e in career.education] == [
        ("university college cork", DegreeLevel.BACHELOR)
    ]


def test_skill_groups_set_as_smaller_headings_stay_in_the_skills() -> None:
    career = html(
        """<h1>Maren Holt</h1><h3>Experience</h3>
        <h4>Staff Engineer, Fjordline Payments</h4><p>April 2022 — Present</p>
        <h3>Skills</h3>
        <h4>Languages</h4><ul><li>Go</li><li>Python</li></ul>
        <h4>Infrastructure</h4><ul><li>PostgreSQL</li><li>Kafka</li></ul>
        <h3>Languages</h3><h4>Swedish, Native</h4><h4>English, Fluent</h4>"""
    )
    assert {"Go", "Python", "PostgreSQL", "Kafka"} <= {s.name for s in career.skills}
    assert {"Swedish", "English"} <= {x.name for x in career.languages}


# --- class 3: year-only ranges on a line of their own -----------------------------------


def test_year_only_ranges_under_employer_and_title() -> None:
    career = html(
        """<h1>Tomasz Berg</h1><h2>Gdańsk</h2>
        <section><header><h3>Work Experience</h3></header><div>
        <div class="item"><h4>Amber Retail Group</h4><strong>Senior Data Analyst</strong>
        <p>2019 - Present</p><p>Built the weekly sales dashboard.</p></div>
        <div class="item"><h4>Baltic Telecom</h4><strong>Data Analyst</strong>
        <p>2013 - 2018</p><p>Churn models for prepaid customers.</p></div></div></section>
        <section><header><h3>Education</h3></header><div><h4>University of Gdańsk</h4>
        <strong>Bachelor of Economics</strong><p>2009 - 2013</p></div></section>"""
    )
    assert jobs(career) == [
        ("Senior Data Analyst", "Amber Retail Group", "2019", None),
        ("Data Analyst", "Baltic Telecom", "2013", "2018"),
    ]
    assert [(e.institution, str(e.end)) for e in career.education] == [
        ("University of Gdańsk", "2013")
    ]


def test_a_highlights_label_under_a_job_is_not_a_job() -> None:
    career = _text(
        """Maren Holt

EXPERIENCE

Fjordline Payments
Oslo, Norway
April 2022 – Present
Staff Software Engineer
Runs the ledger team of six engineers.
Highlights
- Led the ledger rewrite.
Nordvik Logistics
Software Engineer
August 2016 – January 2019
"""
    )
    assert jobs(career) == [
        ("Staff Software Engineer", "Fjordline Payments", "2022-04", None),
        ("Software Engineer", "Nordvik Logistics", "2016-08", "2019-01"),
    ]
    assert "ledger rewrite" in career.experiences[0].summary
