"""Generate the DOCX and PDF inputs of the judgement cases (``fixtures/judgement/``).

Each document below is written as plain lines: ``# `` starts a section heading, ``- `` a
bullet, ``= `` the person's name (a title line), anything else a plain paragraph. DOCX files
are made with python-docx (real heading and list styles), PDFs with reportlab (text drawn on
a canvas, one line at a time, as many resume builders do). Output is deterministic
(reportlab ``invariant`` mode; DOCX zip entries rewritten with a fixed timestamp) and
committed, so the bench and tests need neither library nor this script.

Every person and employer here is invented.

Run: ``.venv/bin/python scripts/make_judgement_docs.py``
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "judgement"
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)

DOCUMENTS: dict[str, str] = {
    "principal-engineer-years/resume.docx": """\
= Ingrid Solberg
Senior Software Engineer · Bergen, Norway
# Experience
Senior Software Engineer — Cobble Systems
May 2017 – Present
- Python services on AWS (Lambda, ECS, DynamoDB) for a marine-insurance platform.
- Reviewed designs and code across three teams.
Software Developer — Kite Media
February 2015 – April 2017
- Python and Django for a newspaper's publishing tools.
# Education
MSc Informatics, University of Bergen, 2013 – 2015
BSc Computer Science, University of Bergen, 2010 – 2013
# Skills
Python, Django, AWS, PostgreSQL, Terraform
""",
    "principal-engineer-years/hire.pdf": """\
= Rafael Quintero
Principal Engineer
# Experience
Principal Software Engineer, Marrowfield Energy
October 2025 – Present
Principal Engineer, Ostrava Grid Systems
January 2019 – August 2025
- Technical lead for grid-forecasting services in Python on AWS.
- Mentored eight engineers; two became tech leads.
Senior Software Engineer, Tallis Software
March 2014 – December 2018
- Python and Go services for billing.
# Education
BSc Computer Engineering, Czech Technical University, 2010 – 2014
""",
    "msc-statistics-related/resume.docx": """\
= Anouk Verbeek
Data Scientist
# Work experience
Data Scientist, Tulpveld Insurance
March 2020 – Present
- Pricing models in R and Python; Bayesian hierarchical models for claims.
- SQL on Snowflake; dashboards for the underwriting team.
Junior Analyst, Tulpveld Insurance
September 2018 – February 2020
- Claims reporting in SQL and Excel.
# Education
MSc Statistics, Leiden University, 2016 – 2018
BSc Mathematics, Utrecht University, 2013 – 2016
# Skills
Python, R, SQL, Snowflake, scikit-learn, Bayesian statistics
""",
    "nurse-to-software/resume.pdf": """\
= Bronwen Ellery
Junior Software Developer
# Experience
Junior Software Developer, Quayside Apps
January 2025 – Present
- Python and Django features for a booking app; writing tests with pytest.
Registered Nurse, St Aldric's Hospital
June 2015 – December 2023
- Acute medical ward; charge nurse on night shifts.
# Education
Software Development Bootcamp, Northcode Academy, 2024
BSc (Hons) Adult Nursing, Cardiff University, 2012 – 2015
# Skills
Python, Django, JavaScript, Git, SQL
""",
    "district-nurse-spq/hire.docx": """\
= Marguerite Oyenuga
Community Staff Nurse
# Professional experience
District Nursing Sister, Wyvern Community Health
March 2025 – Present
Community Staff Nurse, Wyvern Community Health
October 2020 – February 2025
- Wound care, palliative care and insulin visits for a caseload of 35 patients.
Staff Nurse, Elmsworth General Hospital
September 2018 – September 2020
- Surgical ward.
# Education
BSc (Hons) Adult Nursing, University of Worcester, 2015 – 2018
# Registrations
NMC Registered Nurse (Adult), 2018
Non-medical prescriber (V150), 2022
""",
    "district-nurse-spq/resume.docx": """\
= Rhiannon Attwater-Bello
District Nurse
# Experience
District Nurse (Band 6), Severnside Community Trust
May 2021 – Present
- Lead a team of four community nurses; complex wound care and end-of-life care.
Community Staff Nurse, Severnside Community Trust
August 2016 – April 2021
Staff Nurse, Gloucester Royal Hospital
September 2014 – July 2016
# Education
Specialist Practitioner Qualification (District Nursing), University of the West of England, 2020 – 2021
BSc (Hons) Adult Nursing, University of Gloucestershire, 2011 – 2014
# Registrations
NMC Registered Nurse (Adult), 2014
Non-medical prescriber (V150), 2021
""",  # noqa: E501
}


def _lines(text: str) -> list[tuple[str, str]]:
    out = []
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line:
            continue
        if line.startswith("= "):
            out.append(("name", line[2:]))
        elif line.startswith("# "):
            out.append(("heading", line[2:]))
        elif line.startswith("- "):
            out.append(("bullet", line[2:]))
        else:
            out.append(("text", line))
    return out


def _fixed_zip(data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return buffer.getvalue()


def make_docx(text: str) -> bytes:
    from docx import Document

    doc = Document()
    doc.core_properties.author = "runnerup fixtures"
    for kind, line in _lines(text):
        if kind == "name":
            doc.add_heading(line, level=0)
        elif kind == "heading":
            doc.add_heading(line, level=1)
        elif kind == "bullet":
            doc.add_paragraph(line, style="List Bullet")
        else:
            doc.add_paragraph(line)
    buffer = io.BytesIO()
    doc.save(buffer)
    return _fixed_zip(buffer.getvalue())


def make_pdf(text: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    _, height = A4
    y = height - 60
    for kind, line in _lines(text):
        if kind == "name":
            pdf.setFont("Helvetica-Bold", 18)
            pdf.drawString(56, y, line)
            y -= 26
            continue
        if kind == "heading":
            y -= 8
            pdf.setFont("Helvetica-Bold", 12)
            pdf.drawString(56, y, line.upper())
            y -= 18
            continue
        pdf.setFont("Helvetica", 10)
        if kind == "bullet":
            pdf.drawString(66, y, "\u2022 " + line)
        else:
            pdf.drawString(56, y, line)
        y -= 14
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def main() -> None:
    for name, text in DOCUMENTS.items():
        path = CASES / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = make_docx(text) if path.suffix == ".docx" else make_pdf(text)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(CASES.parent.parent)}")


if __name__ == "__main__":
    main()
