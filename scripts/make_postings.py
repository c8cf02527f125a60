"""Generate the PDF and DOCX job postings in ``fixtures/documents/postings/``.

Run ``python scripts/make_postings.py`` after changing the texts below; the generated files
are committed so the tests need neither reportlab nor this script. The companies and
postings are invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "fixtures" / "documents" / "postings"

TIDEWELL_PAGE_1: list[tuple[str, str]] = [
    ("title", "Machine Learning Engineer — Tidewell Labs"),
    ("body", "Amsterdam, Netherlands · Full-time"),
    ("body", "Posted 14 October 2026"),
    ("body", "Salary: €85,000 – €100,000 per year (gross)"),
    ("heading", "About Tidewell Labs"),
    (
        "body",
        "Tidewell Labs forecasts water levels for ports and river authorities. Our models run "
        "every ten minutes on data from two thousand sensors, and our users plan shipping "
        "around them.",
    ),
    ("heading", "Responsibilities"),
    ("bullet", "Train, evaluate and ship forecasting models"),
    ("bullet", "You will own the feature pipeline from sensor data to training sets"),
    ("bullet", "Work with hydrologists to turn domain knowledge into features"),
    ("heading", "Minimum qualifications"),
    ("bullet", "MSc or PhD in Machine Learning, Statistics or a related field"),
    ("bullet", "3+ years of experience training and deploying models in production"),
    (
        "bullet",
        "Proficiency in Python and PyTorch, including writing tested, maintainable code that "
        "other engineers can build on",
    ),
    ("bullet", "Experience with Docker and Kubernetes"),
]
TIDEWELL_PAGE_2: list[tuple[str, str]] = [
    ("heading", "Preferred qualifications"),
    ("bullet", "Experience with MLOps tools such as MLflow or Kubeflow"),
    ("bullet", "Time-series forecasting experience"),
    ("bullet", "Dutch language skills"),
    ("heading", "What we offer"),
    ("bullet", "A yearly conference budget"),
    ("bullet", "Thirty days of paid leave"),
    ("body", "Apply through our careers page before 30 November 2026."),
]

ORCHARD: list[tuple[str, str]] = [
    ("title", "Business Intelligence Analyst at Orchard Analytics"),
    ("body", "Location: Manchester, UK"),
    ("body", "Salary: £42,000 to £50,000 per annum"),
    ("body", "Posted: 2026-11-10"),
    ("heading", "The role"),
    (
        "body",
        "Orchard Analytics helps fruit growers plan harvests. You will build the dashboards "
        "our growers open every morning.",
    ),
    ("heading", "Requirements"),
    ("bullet", "2+ years of experience in a BI or data analyst role"),
    ("bullet", "Advanced SQL"),
    ("bullet", "Power BI or Tableau"),
    ("bullet", "Bachelor's degree in Economics, Statistics or similar"),
    ("heading", "Desirable"),
    ("bullet", "Microsoft Certified: Power BI Data Analyst Associate"),
    ("bullet", "Experience with Python for data analysis"),
    ("heading", "Benefits"),
    ("bullet", "Hybrid working, two days in the office"),
]


def make_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    style = {"title": styles["Title"], "heading": styles["Heading2"], "body": styles["BodyText"]}

    def flow(entries: list[tuple[str, str]]) -> list[object]:
        out: list[object] = []
        bullets: list[object] = []
        for kind, text in [*entries, ("end", "")]:
            if kind == "bullet":
                bullets.append(ListItem(Paragraph(text, styles["BodyText"])))
                continue
            if bullets:
                out.append(ListFlowable(bullets, bulletType="bullet", start="•"))
                bullets = []
            if kind != "end":
                out.append(Paragraph(text, style[kind]))
        return out

    doc = SimpleDocTemplate(
        str(path), pagesize=A4, title="Machine Learning Engineer", author="Tidewell Labs"
    )
    doc.build([*flow(TIDEWELL_PAGE_1), PageBreak(), *flow(TIDEWELL_PAGE_2)])


def make_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.core_properties.author = "Orchard Analytics"
    for kind, text in ORCHARD:
        if kind == "title":
            doc.add_heading(text, level=1)
        elif kind == "heading":
            doc.add_heading(text, level=2)
        elif kind == "bullet":
            doc.add_paragraph(text, style="List Bullet")
        else:
            doc.add_paragraph(text)
    doc.save(str(path))


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    make_pdf(OUT / "tidewell-ml-engineer.pdf")
    make_docx(OUT / "orchard-bi-analyst.docx")
    print(f"wrote {OUT / 'tidewell-ml-engineer.pdf'} and {OUT / 'orchard-bi-analyst.docx'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
