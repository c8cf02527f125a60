"""Generate the resume fixtures in ``fixtures/documents/resumes/``: PDFs (reportlab), DOCX
(python-docx), text, Markdown, HTML and JSON Resume, each with ``<name>.expected.json``
(the Career fields the golden tests compare), plus the bad inputs in ``bad/``.

Run ``.venv/bin/python scripts/make_documents.py``; the output is committed, so tests need
neither reportlab nor this script. Every person here is invented; their contact details
use example.com / .test domains and 555-01xx numbers so tests can check they are dropped.
Output is deterministic: PDFs are written with reportlab's ``invariant`` mode and DOCX
zips are rewritten with fixed timestamps.
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from anyascii import anyascii

OUT = Path(__file__).resolve().parents[1] / "fixtures" / "documents" / "resumes"
BAD = OUT / "bad"
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


@dataclass
class Job:
    title: str
    employer: str
    start: str
    end: str | None
    location: str = ""
    bullets: list[str] = field(default_factory=list)
    dates: str = ""
    """The dates as the document writes them."""


@dataclass
class School:
    institution: str
    degree: str
    level: str
    field: str | None
    start: str | None
    end: str | None
    dates: str = ""


@dataclass
class Person:
    slug: str
    name: str
    headline: str
    location: str
    email: str
    phone: str
    address: str
    summary: str
    jobs: list[Job]
    schools: list[School]
    skills: list[str]
    certifications: list[str] = field(default_factory=list)
    languages: list[tuple[str, str]] = field(default_factory=list)


def slug(name: str) -> str:
    text = anyascii(name).lower().replace("+", "p").replace("#", "sharp").replace("&", "-and-")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


# --- the people -------------------------------------------------------------------------

SAM = Person(
    slug="sam-rivera",
    name="Sam Rivera",
    headline="Senior Backend Engineer",
    location="Portland, OR",
    email="sam.rivera@example.com",
    phone="+1 555-0142",
    address="42 Harbor Street, Portland",
    summary=(
        "Backend engineer with ten years of experience building payment and logistics "
        "platforms in Python and Go. I care about reliable systems, clear on-call practice "
        "and mentoring engineers."
    ),
    jobs=[
        Job(
            "Senior Backend Engineer",
            "Corvid Payments",
            "2021-03",
            None,
            "Portland, OR",
            [
                "Led the migration of the settlement service from a monolith to Go "
                "microservices on Kubernetes, cutting batch time from four hours to twenty "
                "minutes.",
                "Designed the idempotent payments API used by 300 merchants; mentored four "
                "engineers through their first on-call rotations and incident reviews.",
                "Introduced contract testing and observability dashboards with Prometheus and "
                "Grafana.",
            ],
            dates="Mar 2021 – Present",
        ),
        Job(
            "Backend Engineer",
            "Harborline Freight",
            "2017-06",
            "2021-02",
            "Seattle, WA",
            [
                "Built shipment tracking services in Python and PostgreSQL handling two million "
                "events a day.",
                "Moved deployments to Terraform-managed AWS infrastructure.",
            ],
            dates="Jun 2017 – Feb 2021",
        ),
        Job(
            "Software Engineer",
            "Brightleaf Analytics",
            "2015-01",
            "2017-05",
            "Seattle, WA",
            ["Wrote ETL jobs and internal APIs in Python."],
            dates="Jan 2015 – May 2017",
        ),
    ],
    schools=[
        School(
            "Oregon State University",
            "BSc Computer Science",
            "bachelor",
            "Computer Science",
            "2010",
            "2014",
            "2010 – 2014",
        ),
    ],
    skills=[
        "Python",
        "Go",
        "PostgreSQL",
        "Kubernetes",
        "AWS",
        "Terraform",
        "Kafka",
        "gRPC",
        "Redis",
        "Prometheus",
    ],
    certifications=["AWS Certified Solutions Architect – Associate"],
    languages=[("English", "native"), ("Spanish", "professional")],
)

ADA = Person(
    slug="ada-okafor-linkedin",
    name="Ada Okafor",
    headline="Head of Platform at Northwind Robotics",
    location="Bristol, England, United Kingdom",
    email="ada.okafor@example.com",
    phone="+44 555 0101",
    address="",
    summary=(
        "Platform engineering leader. I build the internal platform that lets robotics teams "
        "ship safely: Kubernetes, observability and developer tooling."
    ),
    jobs=[
        Job(
            "Head of Platform",
            "Northwind Robotics",
            "2024-03",
            None,
            "Bristol, England, United Kingdom",
            ["Lead four platform teams (22 engineers) running the fleet control plane."],
            dates="March 2024 - Present (2 years 9 months)",
        ),
        Job(
            "Staff Engineer",
            "Tessellate Labs",
            "2022-01",
            "2024-02",
            "London, England, United Kingdom",
            ["Technical lead for the Kubernetes platform; led the 2022 - 2023 move to GitOps."],
            dates="January 2022 - February 2024 (2 years 2 months)",
        ),
        Job(
            "Senior Software Engineer",
            "Tessellate Labs",
            "2019-05",
            "2021-12",
            "London, England, United Kingdom",
            ["Built the observability stack with Prometheus and Grafana."],
            dates="May 2019 - December 2021 (2 years 8 months)",
        ),
        Job(
            "Software Engineer",
            "Brightwave",
            "2015-09",
            "2019-04",
            "Manchester, England, United Kingdom",
            ["Backend services in Python and Go."],
            dates="September 2015 - April 2019 (3 years 8 months)",
        ),
    ],
    schools=[
        School(
            "University of Lakeside",
            "Master of Science - MSc",
            "master",
            "Computer Science",
            "2013",
            "2014",
            "(2013 - 2014)",
        ),
        School(
            "University of Ibadan",
            "Bachelor of Science - BSc",
            "bachelor",
            "Computer Science",
            "2009",
            "2013",
            "(2009 - 2013)",
        ),
    ],
    skills=["Kubernetes", "Platform Engineering", "Go"],
    certifications=["Certified Kubernetes Administrator (CKA)"],
    languages=[("English", "Native or Bilingual"), ("Yoruba", "Native or Bilingual")],
)

ADA_NAMESAKE = Person(
    slug="ada-okafor-namesake-linkedin",
    name="Ada Okafor",
    headline="Community Pharmacist",
    location="Lagos, Lagos State, Nigeria",
    email="ada.pharm@example.test",
    phone="+234 555 0133",
    address="",
    summary="Community pharmacist focused on patient counselling and medicines safety.",
    jobs=[
        Job(
            "Community Pharmacist",
            "Greenleaf Pharmacy",
            "2018-07",
            None,
            "Lagos, Lagos State, Nigeria",
            ["Run a busy community pharmacy."],
            dates="July 2018 - Present (8 years 6 months)",
        ),
    ],
    schools=[
        School(
            "University of Lagos",
            "Bachelor of Pharmacy - BPharm",
            "bachelor",
            "Pharmacy",
            "2012",
            "2017",
            "(2012 - 2017)",
        ),
    ],
    skills=["Pharmacy", "Patient Counseling"],
    languages=[("English", "Full Professional")],
)

PRIYA = Person(
    slug="priya-nair-two-column",
    name="Priya Nair",
    headline="Data Engineer",
    location="Austin, TX",
    email="priya.nair@example.com",
    phone="(555) 010-0118",
    address="",
    summary=(
        "Data engineer who builds reliable batch and streaming pipelines for analytics and "
        "machine learning teams."
    ),
    jobs=[
        Job(
            "Senior Data Engineer",
            "Lumenfield Health",
            "2020-08",
            None,
            "Austin, TX",
            [
                "Own the Airflow and dbt platform that feeds 40 dashboards.",
                "Cut warehouse costs by a third by partitioning Snowflake tables.",
            ],
            dates="08/2020 – Present",
        ),
        Job(
            "Data Engineer",
            "Quarry Retail Group",
            "2018-02",
            "2020-07",
            "Dallas, TX",
            ["Built Spark jobs for demand forecasting."],
            dates="02/2018 – 07/2020",
        ),
        Job(
            "Data Analyst",
            "Quarry Retail Group",
            "2016-06",
            "2018-01",
            "Dallas, TX",
            ["SQL reporting and Tableau dashboards for store operations."],
            dates="06/2016 – 01/2018",
        ),
    ],
    schools=[
        School(
            "University of Texas at Austin",
            "MS Statistics",
            "master",
            "Statistics",
            "2014",
            "2016",
            "2014 – 2016",
        ),
        School(
            "University of Kerala",
            "BSc Mathematics",
            "bachelor",
            "Mathematics",
            "2010",
            "2013",
            "2010 – 2013",
        ),
    ],
    skills=["Python", "SQL", "Apache Airflow", "dbt", "Snowflake", "Spark", "Tableau"],
    certifications=["Snowflake SnowPro Core"],
    languages=[("English", "fluent"), ("Malayalam", "native")],
)

TOMAS = Person(
    slug="tomas-lindqvist-tables",
    name="Tomas Lindqvist",
    headline="Site Reliability Engineer",
    location="Oslo, Norway",
    email="tomas@lindqvist.test",
    phone="+47 555 0177",
    address="",
    summary="Site reliability engineer focused on Linux fleets, automation and incident response.",
    jobs=[
        Job(
            "Site Reliability Engineer",
            "Fjordline Logistics",
            "2020",
            None,
            "Oslo",
            [
                "Run 900 Linux hosts with Ansible and Terraform.",
                "Own incident management and the on-call handbook.",
            ],
            dates="2020 – Present",
        ),
        Job(
            "Systems Administrator",
            "Nordkapp Energy",
            "2016",
            "2019",
            "Bergen",
            ["Migrated monitoring to Prometheus."],
            dates="2016 – 2019",
        ),
    ],
    schools=[
        School(
            "Norwegian University of Science and Technology",
            "BEng Computer Engineering",
            "bachelor",
            "Computer Engineering",
            "2012",
            "2015",
            "2012 – 2015",
        ),
    ],
    skills=["Linux", "Ansible", "Terraform", "Prometheus", "Docker", "Kubernetes"],
)

GRACE = Person(
    slug="grace-mensah-nurse",
    name="Grace Mensah",
    headline="Registered Nurse, Acute Medicine",
    location="Leeds, UK",
    email="grace.mensah@example.com",
    phone="+44 555 0109",
    address="17 Elm Road, Leeds",
    summary=("Registered nurse with eight years on acute medical wards, mentor to student nurses."),
    jobs=[
        Job(
            "Senior Staff Nurse",
            "St Brigid's Hospital",
            "2020-09",
            None,
            "Leeds, UK",
            [
                "Lead a team of six nurses on a 28-bed acute medical ward.",
                "Mentor student nurses and run the ward's sepsis training.",
            ],
            dates="September 2020 – Present",
        ),
        Job(
            "Staff Nurse",
            "Riverside General Hospital",
            "2017-10",
            "2020-08",
            "York, UK",
            ["Delivered care for patients with complex respiratory conditions."],
            dates="October 2017 – August 2020",
        ),
    ],
    schools=[
        School(
            "University of Leeds",
            "BSc (Hons) Adult Nursing",
            "bachelor",
            "Adult Nursing",
            "2014",
            "2017",
            "2014 – 2017",
        ),
    ],
    skills=["Patient assessment", "Wound care", "Medication administration", "Triage"],
    certifications=["Advanced Life Support (ALS)", "NMC Registered Nurse"],
    languages=[("English", "native"), ("Twi", "native")],
)

LI = Person(
    slug="li-wei-accountant",
    name="Li Wei",
    headline="Chartered Accountant",
    location="Manchester, UK",
    email="li.wei@example.com",
    phone="+44 555 0117",
    address="",
    summary="Chartered accountant with audit and group reporting experience.",
    jobs=[
        Job(
            "Senior Accountant",
            "Hartley & Finch LLP",
            "2019-01",
            None,
            "Manchester",
            [
                "Prepare consolidated accounts under IFRS for 12 entities.",
                "Lead the month-end close and the audit file.",
            ],
            dates="Jan 2019 – Present",
        ),
        Job(
            "Audit Associate",
            "Pemberton Audit Ltd",
            "2015-09",
            "2018-12",
            "Leeds",
            ["Audited manufacturing and charity clients."],
            dates="Sep 2015 – Dec 2018",
        ),
    ],
    schools=[
        School(
            "University of Manchester",
            "BA Accounting and Finance",
            "bachelor",
            "Accounting and Finance",
            "2012",
            "2015",
            "2012 – 2015",
        ),
    ],
    skills=["Financial reporting", "IFRS", "Microsoft Excel", "SAP", "Auditing"],
    certifications=["ACA, Institute of Chartered Accountants in England and Wales"],
)

MARIA = Person(
    slug="maria-gonzalez-teacher",
    name="Maria Gonzalez",
    headline="Secondary Mathematics Teacher",
    location="Denver, CO",
    email="maria.gonzalez@example.com",
    phone="(555) 010-0166",
    address="",
    summary="Mathematics teacher who brings algebra to life with projects and data.",
    jobs=[
        Job(
            "Mathematics Teacher",
            "Lincoln High School",
            "2016-09",
            None,
            "Denver, CO",
            [
                "Teach algebra and statistics to 150 students a year.",
                "Coordinate the district maths fair.",
            ],
            dates="Sept 2016 – Present",
        ),
        Job(
            "Student Teacher",
            "Aurora Middle School",
            "2015-01",
            "2015-05",
            "Aurora, CO",
            ["Planned and taught a semester of pre-algebra."],
            dates="Jan – May 2015",
        ),
    ],
    schools=[
        School(
            "University of Colorado Denver",
            "Master of Arts in Education",
            "master",
            "Education",
            "2014",
            "2016",
            "2014 – 2016",
        ),
        School(
            "Colorado State University",
            "Bachelor of Science in Mathematics",
            "bachelor",
            "Mathematics",
            "2010",
            "2014",
            "2010 – 2014",
        ),
    ],
    skills=[
        "Curriculum development",
        "Classroom management",
        "Differentiated instruction",
        "Google Classroom",
    ],
    certifications=["Colorado Professional Educator License"],
    languages=[("English", "native"), ("Spanish", "fluent")],
)

JONAS = Person(
    slug="jonas-becker-de",
    name="Jonas Becker",
    headline="Senior Softwareentwickler",
    location="Köln",
    email="jonas.becker@example.test",
    phone="+49 555 0123",
    address="Lindenstraße 12, 50674 Köln",
    summary="Softwareentwickler mit Schwerpunkt Java, Kotlin und verteilte Systeme.",
    jobs=[
        Job(
            "Senior Softwareentwickler",
            "Rheinwerk Logistik GmbH",
            "2020-03",
            None,
            "Köln",
            ["Verantwortlich für die Tourenplanung in Java und Kotlin."],
            dates="März 2020 – heute",
        ),
        Job(
            "Softwareentwickler",
            "Datenhafen AG",
            "2016-10",
            "2020-02",
            "Hamburg",
            ["Entwicklung von Microservices mit Spring Boot."],
            dates="Okt. 2016 – Feb. 2020",
        ),
        Job(
            "Werkstudent",
            "Datenhafen AG",
            "2015-05",
            "2016-09",
            "Hamburg",
            ["Testautomatisierung."],
            dates="Mai 2015 – Sept. 2016",
        ),
    ],
    schools=[
        School(
            "Technische Universität München",
            "M.Sc. Informatik",
            "master",
            "Informatik",
            "2013-10",
            "2016-09",
            "Okt. 2013 – Sept. 2016",
        ),
    ],
    skills=["Java", "Kotlin", "Spring Boot", "PostgreSQL", "Docker"],
    languages=[("Deutsch", "Muttersprache"), ("Englisch", "C1")],
)

OWEN = Person(
    slug="owen-price-frontend",
    name="Owen Price",
    headline="Frontend Developer",
    location="Bristol, UK",
    email="owen@price.test",
    phone="+44 555 0150",
    address="",
    summary="Frontend developer building accessible React applications.",
    jobs=[
        Job(
            "Frontend Developer",
            "Lumen Studio",
            "2020-01",
            None,
            "Bristol, UK",
            [
                "Build the design system in React and TypeScript.",
                "Raised the accessibility score of the main app to AA.",
            ],
            dates="January 2020 – Present",
        ),
        Job(
            "Web Developer",
            "Copperfield Media",
            "2017-07",
            "2019-12",
            "Bath, UK",
            ["Built campaign sites in JavaScript."],
            dates="July 2017 – December 2019",
        ),
    ],
    schools=[
        School(
            "University of the West of England",
            "BSc Computer Science",
            "bachelor",
            "Computer Science",
            "2014",
            "2017",
            "2014 – 2017",
        ),
    ],
    skills=["JavaScript", "TypeScript", "React", "CSS", "Jest"],
)

NOAH = Person(
    slug="noah-williams",
    name="Noah Williams",
    headline="Product Manager",
    location="Chicago, IL",
    email="noah.williams@example.com",
    phone="+1 555-0190",
    address="221 Lake Shore Drive",
    summary="Product manager for B2B logistics software.",
    jobs=[
        Job(
            "Senior Product Manager",
            "Freightly",
            "2021-04",
            None,
            "Chicago, IL",
            ["Own the carrier portal roadmap."],
        ),
        Job(
            "Product Manager",
            "Parcelpoint",
            "2018-01",
            "2021-03",
            "Chicago, IL",
            ["Launched route optimisation."],
        ),
    ],
    schools=[
        School(
            "Northwestern University", "MBA", "master", "Business Administration", "2016", "2018"
        ),
        School(
            "University of Illinois", "Bachelor of Arts", "bachelor", "Economics", "2008", "2012"
        ),
    ],
    skills=["SQL", "Jira", "A/B testing"],
    certifications=["Certified Scrum Product Owner"],
    languages=[("English", "Native speaker")],
)

FATIMA = Person(
    slug="fatima-haddad-cp1252",
    name="Fatima Haddad",
    headline="Financial Analyst",
    location="Montréal, QC",
    email="fatima.haddad@example.com",
    phone="555-0112",
    address="",
    summary="Financial analyst – forecasting, budgeting and café-chain unit economics.",
    jobs=[
        Job(
            "Financial Analyst",
            "Brûlerie Café Group",
            "2019-04",
            None,
            "Montréal, QC",
            ["Built the rolling forecast model in Excel and Power BI."],
            dates="Apr 2019 – Present",
        ),
        Job(
            "Junior Analyst",
            "Laurentide Bank",
            "2016-07",
            "2019-03",
            "Québec, QC",
            ["Variance analysis for retail branches."],
            dates="Jul 2016 – Mar 2019",
        ),
    ],
    schools=[
        School(
            "Université de Montréal",
            "Bachelor of Commerce",
            "bachelor",
            "Commerce",
            "2012",
            "2016",
            "2012 – 2016",
        ),
    ],
    skills=["Financial modeling", "Budgeting", "Power BI", "SQL"],
    certifications=["CFA Level II"],
    languages=[("English", "fluent"), ("French", "native"), ("Arabic", "native")],
)

ELENA = Person(
    slug="elena-petrova-utf16",
    name="Elena Petrova",
    headline="Research Scientist",
    location="Cambridge, UK",
    email="elena.petrova@example.com",
    phone="+44 555 0104",
    address="",
    summary="Computational biologist working on protein structure prediction.",
    jobs=[
        Job(
            "Research Scientist",
            "Helix Bio",
            "2019",
            "2023",
            "",
            ["Protein models in PyTorch."],
            dates="2019-2023",
        ),
        Job(
            "Postdoctoral Researcher",
            "University of Cambridge",
            "2016",
            "2019",
            "",
            ["Structural bioinformatics."],
            dates="2016-2019",
        ),
    ],
    schools=[
        School(
            "University of Oxford",
            "PhD Computational Biology",
            "doctorate",
            "Computational Biology",
            "2012",
            "2016",
            "2012 – 2016",
        ),
    ],
    skills=["Python", "PyTorch", "Bioinformatics", "R"],
    languages=[("English", "fluent"), ("Russian", "native")],
)

CAMILLE = Person(
    slug="camille-laurent-fr",
    name="Camille Laurent",
    headline="Cheffe de projet digital",
    location="Lyon, France",
    email="camille.laurent@example.test",
    phone="+33 5 55 01 01 55",
    address="",
    summary="Cheffe de projet digital, dix ans dans le e-commerce.",
    jobs=[
        Job(
            "Cheffe de projet digital",
            "Maison Lumière SAS",
            "2019-09",
            None,
            "Lyon",
            ["Pilotage de la refonte du site e-commerce."],
            dates="septembre 2019 – aujourd'hui",
        ),
        Job(
            "Chargée de marketing",
            "Vélocité Group",
            "2015-02",
            "2019-08",
            "Paris",
            ["Campagnes d'acquisition et SEO."],
            dates="février 2015 – août 2019",
        ),
    ],
    schools=[
        School(
            "Université Lumière Lyon 2",
            "Master Marketing digital",
            "master",
            "Marketing digital",
            "2012",
            "2014",
            "2012 – 2014",
        ),
    ],
    skills=["SEO", "Google Analytics", "Jira"],
    languages=[("Français", "langue maternelle"), ("Anglais", "courant")],
)


KWAME = Person(
    slug="kwame-asante-right-sidebar",
    name="Kwame Asante",
    headline="Civil Engineer",
    location="Accra, Ghana",
    email="kwame.asante@example.com",
    phone="+233 555 0161",
    address="",
    summary="Civil engineer designing drainage and road projects.",
    jobs=[
        Job(
            "Senior Civil Engineer",
            "Meridian Infrastructure Ltd",
            "2019-02",
            None,
            "Accra, Ghana",
            ["Lead designer for 40 km of urban drainage.", "Review contractor designs."],
            dates="Feb 2019 – Present",
        ),
        Job(
            "Graduate Engineer",
            "Coastline Consulting Group",
            "2015-09",
            "2019-01",
            "Takoradi, Ghana",
            ["Road and culvert design in AutoCAD Civil 3D."],
            dates="Sep 2015 – Jan 2019",
        ),
    ],
    schools=[
        School(
            "Kwame Nkrumah University of Science and Technology",
            "BSc Civil Engineering",
            "bachelor",
            "Civil Engineering",
            "2011",
            "2015",
            "2011 – 2015",
        ),
    ],
    skills=["AutoCAD", "Project management", "Hydrology"],
    certifications=["Project Management Professional (PMP)"],
    languages=[("English", "fluent"), ("Twi", "native")],
)


def expected(person: Person) -> dict[str, Any]:
    return {
        "name": person.name,
        "experiences": [
            {"title": j.title, "employer": j.employer, "start": j.start, "end": j.end}
            for j in person.jobs
        ],
        "education": [
            {"institution": s.institution, "level": s.level, "field": s.field}
            for s in person.schools
        ],
        "skills": person.skills,
        "certifications": person.certifications,
        "contact": [c for c in (person.email, person.phone, person.address) if c],
    }


# --- PDF --------------------------------------------------------------------------------


def _canvas(buffer: io.BytesIO, title: str) -> Any:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    pdf.setTitle(title)
    pdf.setAuthor("runnerup fixtures")
    return pdf


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if stringWidth(trial, font, size) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


class Writer:
    """A cursor over a canvas column."""

    def __init__(self, pdf: Any, x: float, y: float, width: float, bottom: float = 60) -> None:
        self.pdf, self.x, self.y, self.width, self.bottom = pdf, x, y, width, bottom

    def space(self, points: float) -> None:
        self.y -= points

    def text(
        self,
        text: str,
        font: str = "Helvetica",
        size: float = 10,
        lead: float = 0,
        indent: float = 0,
    ) -> None:
        for line in _wrap(text, font, size, self.width - indent):
            self._break()
            self.pdf.setFont(font, size)
            self.pdf.drawString(self.x + indent, self.y, line)
            self.y -= lead or size * 1.35

    def bullet(self, text: str, size: float = 10, hyphenate: bool = False) -> None:
        lines = _wrap(text, "Helvetica", size, self.width - 14)
        if hyphenate and len(lines) > 1:
            # split the last word of the first line across the break, as a word processor
            # with hyphenation does
            head, _, last = lines[0].rpartition(" ")
            cut = len(last) // 2
            lines[0] = f"{head} {last[:cut]}-"
            lines[1] = f"{last[cut:]} {lines[1]}"
        for i, line in enumerate(lines):
            self._break()
            self.pdf.setFont("Helvetica", size)
            if i == 0:
                self.pdf.drawString(self.x + 2, self.y, "•")
            self.pdf.drawString(self.x + 14, self.y, line)
            self.y -= size * 1.35

    def row(self, left: str, right: str, font: str = "Helvetica-Bold", size: float = 10.5) -> None:
        self._break()
        self.pdf.setFont(font, size)
        self.pdf.drawString(self.x, self.y, left)
        self.pdf.setFont("Helvetica", size - 0.5)
        self.pdf.drawRightString(self.x + self.width, self.y, right)
        self.y -= size * 1.4

    def _break(self) -> None:
        if self.y < self.bottom:
            self.pdf.showPage()
            self.y = 800


def pdf_one_column(person: Person) -> bytes:
    buffer = io.BytesIO()
    pdf = _canvas(buffer, f"{person.name} - Resume")
    w = Writer(pdf, 56, 790, 483)
    w.text(person.name, "Helvetica-Bold", 22)
    w.space(4)
    w.text(person.headline, "Helvetica", 12)
    w.text(f"{person.location} | {person.email} | {person.phone}", size=9.5)
    w.space(10)
    w.text("SUMMARY", "Helvetica-Bold", 12.5)
    w.text(person.summary)
    w.space(8)
    w.text("EXPERIENCE", "Helvetica-Bold", 12.5)
    for n, job in enumerate(person.jobs):
        w.space(4)
        w.row(f"{job.title}, {job.employer} — {job.location}", job.dates)
        for k, item in enumerate(job.bullets):
            w.bullet(item, hyphenate=(n == 0 and k == 0))
    w.space(8)
    w.text("EDUCATION", "Helvetica-Bold", 12.5)
    for school in person.schools:
        w.row(f"{school.degree}, {school.institution}", school.dates)
    w.space(8)
    w.text("SKILLS", "Helvetica-Bold", 12.5)
    w.text(", ".join(person.skills))
    w.space(8)
    w.text("CERTIFICATIONS", "Helvetica-Bold", 12.5)
    for cert in person.certifications:
        w.bullet(f"{cert} (Amazon Web Services, 2022)")
    w.space(8)
    w.text("LANGUAGES", "Helvetica-Bold", 12.5)
    w.text(", ".join(f"{name} ({level})" for name, level in person.languages))
    # a long second page, as a two-page resume
    pdf.showPage()
    w = Writer(pdf, 56, 790, 483)
    w.text("PROJECTS", "Helvetica-Bold", 12.5)
    w.row("ledgerline — open-source double-entry ledger library", "2022")
    w.bullet("A Python library for auditable double-entry bookkeeping, used by two fintechs.")
    w.row("Talk: Idempotency keys in practice, PyCon US", "2023")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pdf_two_column(person: Person) -> bytes:
    from reportlab.lib.colors import HexColor

    buffer = io.BytesIO()
    pdf = _canvas(buffer, f"{person.name} CV")
    pdf.setFillColor(HexColor("#EEF1F5"))
    pdf.rect(0, 0, 190, 842, stroke=0, fill=1)
    pdf.setFillColor(HexColor("#111111"))
    side = Writer(pdf, 28, 780, 140)
    side.text("Contact", "Helvetica-Bold", 12)
    side.text(person.email, size=8)
    side.text(person.phone, size=8)
    side.text(person.location, size=8)
    side.space(10)
    side.text("Skills", "Helvetica-Bold", 12)
    for skill in person.skills:
        side.text(skill, size=9)
    side.space(10)
    side.text("Languages", "Helvetica-Bold", 12)
    for name, level in person.languages:
        side.text(f"{name} ({level})", size=9)
    side.space(10)
    side.text("Certifications", "Helvetica-Bold", 12)
    for cert in person.certifications:
        side.text(cert, size=9)
    main = Writer(pdf, 214, 790, 340)
    main.text(person.name, "Helvetica-Bold", 24)
    main.text(person.headline, "Helvetica", 13)
    main.space(8)
    main.text("Profile", "Helvetica-Bold", 13)
    main.text(person.summary, size=10)
    main.space(6)
    main.text("Work Experience", "Helvetica-Bold", 13)
    for job in person.jobs:
        main.space(4)
        main.text(job.employer, "Helvetica-Bold", 10.5)
        main.text(job.title, "Helvetica-Oblique", 10)
        main.text(f"{job.dates} | {job.location}", size=9)
        for item in job.bullets:
            main.bullet(item, size=9.5)
    main.space(6)
    main.text("Education", "Helvetica-Bold", 13)
    for school in person.schools:
        main.text(school.institution, "Helvetica-Bold", 10.5)
        main.text(f"{school.degree} | {school.dates}", size=10)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pdf_right_sidebar(person: Person) -> bytes:
    """A centred full-width header, the main column on the left, a sidebar on the right."""
    buffer = io.BytesIO()
    pdf = _canvas(buffer, f"{person.name} resume")
    pdf.setFont("Helvetica-Bold", 24)
    pdf.drawCentredString(297, 800, person.name)
    pdf.setFont("Helvetica", 11)
    pdf.drawCentredString(
        297, 782, f"{person.headline} · {person.email} · {person.phone} · {person.location}"
    )
    main = Writer(pdf, 40, 740, 330)
    main.text("EXPERIENCE", "Helvetica-Bold", 13)
    for job in person.jobs:
        main.text(f"{job.title} | {job.employer}", "Helvetica-Bold", 10.5)
        main.text(f"{job.dates} | {job.location}", size=9)
        for item in job.bullets:
            main.bullet(item, size=9.5)
    main.space(6)
    main.text("EDUCATION", "Helvetica-Bold", 13)
    for school in person.schools:
        main.text(school.institution, size=10)
        main.text(f"{school.degree}, {school.dates}", size=9)
    side = Writer(pdf, 400, 740, 150)
    side.text("SKILLS", "Helvetica-Bold", 13)
    for skill in person.skills:
        side.text(skill, size=9.5)
    side.space(6)
    side.text("CERTIFICATIONS", "Helvetica-Bold", 13)
    for cert in person.certifications:
        side.text(cert, size=8)
    side.space(6)
    side.text("LANGUAGES", "Helvetica-Bold", 13)
    for name, level in person.languages:
        side.text(f"{name} ({level})", size=9.5)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pdf_tables(person: Person) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    bold = ParagraphStyle("bold", parent=body, fontName="Helvetica-Bold")
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=22, leading=28)
    heading = ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=13, leading=20)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        invariant=1,
        title=f"{person.name} resume",
        leftMargin=50,
        rightMargin=50,
        topMargin=50,
        bottomMargin=50,
    )
    style = TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ]
    )
    story: list[Any] = [
        Paragraph(person.name, title),
        Paragraph(person.headline, body),
        Paragraph(f"{person.location} · {person.email} · {person.phone}", body),
        Spacer(1, 10),
        Paragraph("Summary", heading),
        Paragraph(person.summary, body),
        Paragraph("Experience", heading),
    ]
    rows = []
    for job in person.jobs:
        cell = [Paragraph(f"{job.title} — {job.employer}, {job.location}", bold)]
        cell += [Paragraph(f"• {b}", body) for b in job.bullets]
        rows.append([Paragraph(job.dates, body), cell])
    story.append(Table(rows, colWidths=[110, 385], style=style))
    story.append(Paragraph("Education", heading))
    rows = [
        [Paragraph(s.dates, body), Paragraph(f"{s.degree}, {s.institution}", body)]
        for s in person.schools
    ]
    story.append(Table(rows, colWidths=[110, 385], style=style))
    story.append(Paragraph("Technical Skills", heading))
    groups = [
        ("Operating systems:", person.skills[:1]),
        ("Automation:", person.skills[1:3]),
        ("Observability and containers:", person.skills[3:]),
    ]
    rows = [[Paragraph(label, bold), Paragraph(", ".join(items), body)] for label, items in groups]
    story.append(Table(rows, colWidths=[180, 315], style=style))
    doc.build(story)
    return buffer.getvalue()


def pdf_flowing() -> bytes:
    """A word-processor-like PDF: inline bold and italic runs on one line, a wrapped list
    item, an institution name with commas (platypus sample styles)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    body = styles["Normal"]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1, title="Leah Novak")
    item = (
        "Redesigned onboarding, lifting activation by 18 percent across all mobile "
        "platforms and the web app, working with research."
    )
    story = [
        Paragraph("Leah Novak", styles["Title"]),
        Paragraph("Product Designer · leah@novak.test · +420 555 0135 · Prague", body),
        Paragraph("Experience", styles["Heading2"]),
        Paragraph(
            "<b>Senior Product Designer</b>, Kestrel Apps s.r.o. &nbsp;&nbsp; "
            "<i>Feb 2021 – Present</i>",
            body,
        ),
        ListFlowable([ListItem(Paragraph(item, body))], bulletType="bullet"),
        Paragraph(
            "<b>Product Designer</b>, Mosaic Studio &nbsp;&nbsp; <i>Sep 2017 – Jan 2021</i>", body
        ),
        Paragraph("Education", styles["Heading2"]),
        Paragraph(
            "MA Interaction Design, Academy of Arts, Architecture and Design in Prague, "
            "2015 – 2017",
            body,
        ),
        Paragraph("Skills", styles["Heading2"]),
        Paragraph("Figma, User research, Prototyping, Design systems", body),
    ]
    doc.build(story)
    return buffer.getvalue()


LEAH_EXPECTED: dict[str, Any] = {
    "name": "Leah Novak",
    "experiences": [
        {
            "title": "Senior Product Designer",
            "employer": "Kestrel Apps s.r.o.",
            "start": "2021-02",
            "end": None,
        },
        {
            "title": "Product Designer",
            "employer": "Mosaic Studio",
            "start": "2017-09",
            "end": "2021-01",
        },
    ],
    "education": [
        {
            "institution": "Academy of Arts, Architecture and Design in Prague",
            "level": "master",
            "field": "Interaction Design",
        }
    ],
    "skills": ["Figma", "User research", "Prototyping", "Design systems"],
    "certifications": [],
    "contact": ["leah@novak.test", "+420 555 0135"],
}


def pdf_linkedin(person: Person, handle: str) -> bytes:
    """The layout of LinkedIn's "Save to PDF"."""
    from reportlab.lib.colors import HexColor

    buffer = io.BytesIO()
    pdf = _canvas(buffer, "LinkedIn")
    pages = [1]

    def footer() -> None:
        pdf.setFont("Helvetica", 9)
        pdf.setFillColor(HexColor("#888888"))
        pdf.drawCentredString(297, 30, f"Page {pages[0]} of 2")
        pdf.setFillColor(HexColor("#000000"))

    def new_page(writer: Writer) -> None:
        footer()
        pdf.showPage()
        pages[0] += 1
        writer.y = 800

    pdf.setFillColor(HexColor("#E9EEF3"))
    pdf.rect(0, 0, 200, 842, stroke=0, fill=1)
    pdf.setFillColor(HexColor("#000000"))
    side = Writer(pdf, 28, 790, 160)
    side.text("Contact", "Helvetica-Bold", 13)
    side.text(person.email, size=10.5)
    side.text(f"{person.phone} (Mobile)", size=10.5)
    side.text(f"www.linkedin.com/in/{handle}", size=10.5)
    side.text("(LinkedIn)", size=10.5)
    side.space(10)
    side.text("Top Skills", "Helvetica-Bold", 13)
    for skill in person.skills:
        side.text(skill, size=10.5)
    side.space(10)
    side.text("Languages", "Helvetica-Bold", 13)
    for name, level in person.languages:
        side.text(f"{name} ({level})", size=10.5)
    if person.certifications:
        side.space(10)
        side.text("Certifications", "Helvetica-Bold", 13)
        for cert in person.certifications:
            side.text(cert, size=10.5)
    main = Writer(pdf, 228, 790, 330)
    main.text(person.name, "Helvetica", 26)
    main.space(2)
    main.text(person.headline, "Helvetica", 12)
    main.text(person.location, size=10.5)
    main.space(12)
    main.text("Summary", "Helvetica", 15.75)
    main.text(person.summary, size=10.5)
    main.space(12)
    main.text("Experience", "Helvetica", 15.75)
    by_company: list[tuple[str, list[Job]]] = []
    for job in person.jobs:
        if by_company and by_company[-1][0] == job.employer:
            by_company[-1][1].append(job)
        else:
            by_company.append((job.employer, [job]))
    for company, jobs in by_company:
        if main.y < 220:
            new_page(main)
        main.space(6)
        main.text(company, "Helvetica", 12)
        if len(jobs) > 1:
            main.text("4 years 10 months", size=10.5)
        for job in jobs:
            main.text(job.title, "Helvetica-Bold", 11.5)
            main.text(job.dates, size=10.5)
            main.text(job.location, size=10.5)
            for item in job.bullets:
                main.text(item, size=10.5)
            main.space(4)
    if main.y < 200:
        new_page(main)
    main.space(10)
    main.text("Education", "Helvetica", 15.75)
    for school in person.schools:
        main.space(4)
        main.text(school.institution, "Helvetica-Bold", 12)
        main.text(f"{school.degree}, {school.field} · {school.dates}", size=10.5)
    footer()
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


# --- DOCX -------------------------------------------------------------------------------


def _fixed_zip(data: bytes) -> bytes:
    """The same zip with fixed timestamps, so reruns give identical bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def _docx_bytes(document: Any) -> bytes:
    from datetime import datetime

    props = document.core_properties
    props.author = "runnerup fixtures"
    props.created = datetime(2026, 1, 1)
    props.modified = datetime(2026, 1, 1)
    props.last_modified_by = "runnerup fixtures"
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


def docx_headings(person: Person) -> bytes:
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = f"{person.email} · {person.phone} · {person.address}"
    document.add_paragraph(person.name, style="Title")
    document.add_paragraph(person.headline)
    document.add_paragraph(f"{person.location} · {person.email} · {person.phone}")
    document.add_heading("Professional Summary", level=1)
    document.add_paragraph(person.summary)
    document.add_heading("Clinical Experience", level=1)
    for job in person.jobs:
        document.add_heading(f"{job.title} — {job.employer}", level=2)
        document.add_paragraph(f"{job.location} | {job.dates}")
        for item in job.bullets:
            document.add_paragraph(item, style="List Bullet")
    document.add_heading("Education", level=1)
    for school in person.schools:
        document.add_paragraph(f"{school.degree} — {school.institution}, {school.dates}")
    document.add_heading("Licences and Certifications", level=1)
    for cert in person.certifications:
        document.add_paragraph(cert, style="List Bullet")
    document.add_heading("Core Competencies", level=1)
    document.add_paragraph(" • ".join(person.skills))
    document.add_heading("Languages", level=1)
    document.add_paragraph(", ".join(f"{n} ({lvl})" for n, lvl in person.languages))
    return _docx_bytes(document)


def docx_table(person: Person) -> bytes:
    import docx

    document = docx.Document()
    top = document.add_table(rows=1, cols=2)
    name_cell, contact_cell = top.rows[0].cells
    name_cell.paragraphs[0].add_run(person.name).bold = True
    name_cell.add_paragraph(person.headline)
    contact_cell.paragraphs[0].text = person.email
    contact_cell.add_paragraph(person.phone)
    contact_cell.add_paragraph(person.location)
    document.add_paragraph().add_run("PROFILE").bold = True
    document.add_paragraph(person.summary)
    document.add_paragraph().add_run("EMPLOYMENT HISTORY").bold = True
    table = document.add_table(rows=0, cols=2)
    for job in person.jobs:
        left, right = table.add_row().cells
        left.paragraphs[0].text = job.dates
        right.paragraphs[0].add_run(job.title).bold = True
        right.add_paragraph(f"{job.employer}, {job.location}")
        for item in job.bullets:
            right.add_paragraph(item, style="List Bullet")
    document.add_paragraph().add_run("EDUCATION").bold = True
    table = document.add_table(rows=0, cols=2)
    for school in person.schools:
        left, right = table.add_row().cells
        left.paragraphs[0].text = school.dates
        right.paragraphs[0].add_run(school.institution).bold = True
        right.add_paragraph(school.degree)
    document.add_paragraph().add_run("PROFESSIONAL QUALIFICATIONS").bold = True
    for cert in person.certifications:
        document.add_paragraph(cert, style="List Bullet")
    document.add_paragraph().add_run("SKILLS").bold = True
    table = document.add_table(rows=0, cols=2)
    half = (len(person.skills) + 1) // 2
    for pair in zip(person.skills[:half], [*person.skills[half:], ""], strict=False):
        left, right = table.add_row().cells
        left.paragraphs[0].text = f"• {pair[0]}"
        right.paragraphs[0].text = f"• {pair[1]}" if pair[1] else ""
    return _docx_bytes(document)


# --- text, Markdown, HTML, JSON ---------------------------------------------------------


def markdown(person: Person) -> str:
    lines = [
        f"# {person.name}",
        "",
        f"**{person.headline}**  ",
        f"{person.location} · [{person.email}](mailto:{person.email}) · {person.phone}",
        "",
        "## About",
        "",
        person.summary,
        "",
        "## Experience",
        "",
    ]
    for job in person.jobs:
        lines += [f"### {job.title} — {job.employer}", f"*{job.dates}* | {job.location}", ""]
        lines += [f"- {b}" for b in job.bullets] + [""]
    lines += ["## Education", ""]
    for school in person.schools:
        lines += [f"**{school.degree}**, {school.institution} ({school.dates})", ""]
    lines += ["## Licenses", ""] + [f"- {c}" for c in person.certifications] + [""]
    lines += ["## Skills", "", ", ".join(person.skills), ""]
    lines += ["## Languages", "", ", ".join(f"{n} ({lvl})" for n, lvl in person.languages), ""]
    return "\n".join(lines)


def text_german(person: Person) -> str:
    lines = [
        person.name,
        person.headline,
        person.address,
        f"E-Mail: {person.email}",
        f"Telefon: {person.phone}",
        "",
        "PROFIL",
        person.summary,
        "",
        "BERUFSERFAHRUNG",
        "",
    ]
    for job in person.jobs:
        lines += [f"{job.title} | {job.employer} | {job.location}", job.dates]
        lines += [f"- {b}" for b in job.bullets] + [""]
    lines += ["AUSBILDUNG", ""]
    for school in person.schools:
        lines += [f"{school.degree}, {school.institution}", school.dates, ""]
    lines += [
        "KENNTNISSE",
        ", ".join(person.skills),
        "",
        "SPRACHEN",
        ", ".join(f"{n} ({lvl})" for n, lvl in person.languages),
        "",
    ]
    return "\n".join(lines)


def text_plain(person: Person) -> str:
    lines = [
        person.name,
        person.headline,
        f"{person.email} | {person.phone} | {person.location}",
        "",
        "Summary",
        "-------",
        person.summary,
        "",
        "Work History",
        "------------",
    ]
    for job in person.jobs:
        if job.dates:
            lines += [f"{job.title} at {job.employer} ({job.dates})"]
        lines += [f"* {b}" for b in job.bullets] + [""]
    lines += ["Education", "---------"]
    for school in person.schools:
        lines += [f"{school.degree}, {school.institution}, {school.dates}"]
    lines += ["", "Skills", "------", " | ".join(person.skills), ""]
    if person.certifications:
        lines += ["Certifications", "--------------", *person.certifications, ""]
    lines += ["Languages", "---------"] + [f"{n} - {lvl}" for n, lvl in person.languages]
    return "\n".join(lines) + "\n"


def text_cp1252(person: Person) -> str:
    lines = [
        person.name.upper(),
        person.headline,
        f"{person.email} • {person.phone}",
        person.location,
        "",
        "PROFESSIONAL SUMMARY",
        person.summary,
        "",
        "PROFESSIONAL EXPERIENCE",
        "",
    ]
    for job in person.jobs:
        lines += [job.employer, f"{job.title} – {job.location}", job.dates]
        lines += [f"• {b}" for b in job.bullets] + [""]
    lines += ["EDUCATION", ""]
    for school in person.schools:
        lines += [f"{school.institution} — {school.degree} ({school.dates})"]
    lines += ["", "SKILLS", "; ".join(person.skills), "", "CERTIFICATIONS"]
    lines += person.certifications
    lines += ["", "LANGUAGES", ", ".join(f"{n} ({lvl})" for n, lvl in person.languages), ""]
    return "\r\n".join(lines)


def html_resume(person: Person, *, lang: str = "en") -> str:
    labels = {
        "en": ("Experience", "Education", "Skills", "Languages", "Contact"),
        "fr": ("Expérience professionnelle", "Formation", "Compétences", "Langues", "Coordonnées"),
    }[lang]
    jobs = "\n".join(
        f"""    <div class="job">
      <h3>{j.title} at {j.employer}</h3>
      <p class="meta">{j.dates} · {j.location}</p>
      <ul>{"".join(f"<li>{b}</li>" for b in j.bullets)}</ul>
    </div>"""
        for j in person.jobs
    )
    schools = "\n".join(
        f"    <li><strong>{s.degree}</strong>, {s.institution} <span>({s.dates})</span></li>"
        for s in person.schools
    )
    skills = "".join(f"<li>{s}</li>" for s in person.skills)
    languages = "".join(f"<li>{n} ({lvl})</li>" for n, lvl in person.languages)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><title>{person.name} — CV</title>
<style>body {{ font-family: sans-serif; }}</style>
<script>console.log("not resume text")</script></head>
<body>
<header>
  <h1>{person.name}</h1>
  <p class="headline">{person.headline}</p>
  <p>{person.location}</p>
</header>
<main>
  <section><h2>{labels[4]}</h2>
    <p>Email: <a href="mailto:{person.email}">{person.email}</a></p>
    <p>Phone: {person.phone}</p>
  </section>
  <section><h2>{labels[0]}</h2>
{jobs}
  </section>
  <section><h2>{labels[1]}</h2>
    <ul>
{schools}
    </ul>
  </section>
  <section><h2>{labels[2]}</h2><ul class="skills">{skills}</ul></section>
  <section><h2>{labels[3]}</h2><ul>{languages}</ul></section>
</main>
<footer><p>© {person.name}</p></footer>
</body>
</html>
"""


def json_resume(person: Person) -> dict[str, Any]:
    return {
        "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
        "basics": {
            "name": person.name,
            "label": person.headline,
            "email": person.email,
            "phone": person.phone,
            "summary": person.summary,
            "location": {
                "address": person.address,
                "postalCode": "60611",
                "city": "Chicago",
                "region": "IL",
                "countryCode": "US",
            },
            "profiles": [
                {"network": "GitHub", "username": "noahw", "url": "https://github.example/noahw"}
            ],
        },
        "work": [
            {
                "name": j.employer,
                "position": j.title,
                "startDate": f"{j.start}-01",
                **({"endDate": f"{j.end}-28"} if j.end else {}),
                "summary": j.bullets[0],
                "highlights": j.bullets[1:],
            }
            for j in person.jobs
        ],
        "education": [
            {
                "institution": s.institution,
                "area": s.field,
                "studyType": s.degree,
                "startDate": s.start,
                "endDate": s.end,
            }
            for s in person.schools
        ],
        "certificates": [
            {"name": c, "issuer": "Scrum Alliance", "date": "2019-05-01"}
            for c in person.certifications
        ],
        "skills": [
            {"name": "Analytics", "keywords": ["SQL", "A/B testing"]},
            {"name": "Delivery", "keywords": ["Jira"]},
        ],
        "languages": [{"language": n, "fluency": lvl} for n, lvl in person.languages],
        "projects": [
            {
                "name": "Carrier scorecards",
                "startDate": "2022-02",
                "description": "Weekly carrier quality scorecards.",
            }
        ],
        "publications": [
            {
                "name": "Routing at the last mile",
                "publisher": "Logistics Today",
                "releaseDate": "2020-09-01",
                "url": "https://example.com/routing",
            }
        ],
    }


# --- bad inputs --------------------------------------------------------------------------


def bad_inputs() -> dict[str, bytes]:
    from reportlab.lib.pdfencrypt import StandardEncryption

    out: dict[str, bytes] = {}
    buffer = io.BytesIO()
    pdf = _canvas(buffer, "locked")
    pdf.setEncrypt(StandardEncryption("secret", ownerPassword="owner", strength=40))
    pdf.drawString(72, 720, "Locked resume of an invented person")
    pdf.showPage()
    pdf.save()
    out["encrypted.pdf"] = buffer.getvalue()

    buffer = io.BytesIO()
    pdf = _canvas(buffer, "scan")
    for i in range(40):
        pdf.rect(60, 780 - i * 18, 300 + (i * 37) % 160, 9, stroke=0, fill=1)
    pdf.showPage()
    pdf.save()
    out["scanned-no-text.pdf"] = buffer.getvalue()

    whole = pdf_one_column(SAM)
    out["truncated.pdf"] = whole[: len(whole) // 3]
    docx_whole = docx_headings(GRACE)
    out["truncated.docx"] = docx_whole[: len(docx_whole) // 2]
    out["word-file-named.pdf"] = docx_whole

    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("[Content_Types].xml", FIXED_ZIP_TIME), "<Types/>")
        archive.writestr(
            zipfile.ZipInfo("word/document.xml", FIXED_ZIP_TIME),
            b" " * (120 * 1024 * 1024),
            zipfile.ZIP_DEFLATED,
        )
    out["zip-bomb.docx"] = bomb.getvalue()
    out["empty.pdf"] = b""
    # deterministic noise: a linear congruential generator, not a real random source
    state = 12345
    noise = bytearray()
    for _ in range(4096):
        state = (1103515245 * state + 12345) % 2**31
        noise.append(state >> 16 & 0xFF)
    out["random.bin"] = bytes(noise)
    out["old-word.doc"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    return out


# --- hand-written resumes, kept as written; each was read once before the parser was tuned
# on it (first-pass results are in the readers' report) ------------------------------------

HAND_WRITTEN: dict[str, tuple[str, dict[str, Any]]] = {
    "rosa-delgado-accounts.txt": (
        """\
Rosa Delgado
Accounts Payable Specialist
rosa.delgado@example.com • 555-0177 • Phoenix, AZ

SUMMARY
Detail-oriented AP specialist with 7 years in high-volume environments.

EMPLOYMENT HISTORY

Accounts Payable Specialist
Desert Sun Utilities, Phoenix, AZ
May 2020 – Present
• Process 1,200 invoices a month in Oracle
• Reconcile vendor statements

Accounting Clerk
Cactus Freight Inc., Tempe, AZ
Aug 2017 – Apr 2020
• Data entry and three-way matching

Bookkeeper (part-time)
Mesa Family Dental
2016 – 2017

EDUCATION
Associate of Applied Science, Accounting
Mesa Community College — 2016

SKILLS
Oracle · QuickBooks · Microsoft Excel · Accounts payable · Reconciliation
""",
        {
            "name": "Rosa Delgado",
            "experiences": [
                {
                    "title": "Accounts Payable Specialist",
                    "employer": "Desert Sun Utilities",
                    "start": "2020-05",
                    "end": None,
                },
                {
                    "title": "Accounting Clerk",
                    "employer": "Cactus Freight Inc.",
                    "start": "2017-08",
                    "end": "2020-04",
                },
                {
                    "title": "Bookkeeper (part-time)",
                    "employer": "Mesa Family Dental",
                    "start": "2016",
                    "end": "2017",
                },
            ],
            "education": [
                {
                    "institution": "Mesa Community College",
                    "level": "associate",
                    "field": "Accounting",
                },
            ],
            "skills": [
                "Oracle",
                "QuickBooks",
                "Microsoft Excel",
                "Accounts payable",
                "Reconciliation",
            ],
            "certifications": [],
            "contact": ["rosa.delgado@example.com", "555-0177"],
        },
    ),
    "hannah-kim-research.md": (
        """\
# Dr. Hannah Kim

Postdoctoral researcher · Machine learning for climate

## Experience

**Postdoctoral Fellow**, Alder Institute for Climate Research (2022–present)
- Downscaling climate projections with diffusion models.

**Research Intern**, Northwind Robotics, Summer 2019
- Sim-to-real transfer for grasping.

## Education

- **PhD**, Computer Science, University of Edinburgh, 2018–2022
- **BSc**, Mathematics, Seoul National University, 2014–2018

## Skills

Python, PyTorch, JAX, climate modelling, Slurm
""",
        {
            "name": "Dr. Hannah Kim",
            "experiences": [
                {
                    "title": "Postdoctoral Fellow",
                    "employer": "Alder Institute for Climate Research",
                    "start": "2022",
                    "end": None,
                },
                {
                    "title": "Research Intern",
                    "employer": "Northwind Robotics",
                    "start": "2019-06",
                    "end": "2019-06",
                },
            ],
            "education": [
                {
                    "institution": "University of Edinburgh",
                    "level": "doctorate",
                    "field": "Computer Science",
                },
                {
                    "institution": "Seoul National University",
                    "level": "bachelor",
                    "field": "Mathematics",
                },
            ],
            "skills": ["Python", "PyTorch", "JAX", "climate modelling", "Slurm"],
            "certifications": [],
            "contact": [],
        },
    ),
    "marcus-webb-teacher.txt": (
        """\
MARCUS WEBB
Secondary School History Teacher

PROFILE
Enthusiastic history teacher.

TEACHING EXPERIENCE
Sept 2018 - Present     Head of History, Kingsbridge Academy, Plymouth
                        Lead a department of 5 teachers.
Sept 2014 - Aug 2018    History Teacher, St Anne's School, Exeter

QUALIFICATIONS
2013 - 2014   PGCE Secondary History, University of Exeter
2010 - 2013   BA (Hons) History, University of Bristol

SKILLS
Curriculum planning, Behaviour management, Google Classroom
""",
        {
            "name": "Marcus Webb",
            "experiences": [
                {
                    "title": "Head of History",
                    "employer": "Kingsbridge Academy",
                    "start": "2018-09",
                    "end": None,
                },
                {
                    "title": "History Teacher",
                    "employer": "St Anne's School",
                    "start": "2014-09",
                    "end": "2018-08",
                },
            ],
            "education": [
                {"institution": "University of Exeter", "level": None, "field": None},
                {"institution": "University of Bristol", "level": "bachelor", "field": "History"},
            ],
            "skills": ["Curriculum planning", "Behaviour management", "Google Classroom"],
            "certifications": [],
            "contact": [],
        },
    ),
    "priyanka-sharma-engineer.txt": (
        """\
Priyanka Sharma
Senior Software Engineer | Bengaluru, India

WORK EXPERIENCE

Flipcart Technologies Pvt. Ltd. | Senior Software Engineer | Jul 2019 - till date
- Own the checkout service (Java, Spring Boot, Kafka).
- Mentored 6 engineers.

Infosys Limited | Systems Engineer | Jun 2015 - Jun 2019
- Maintained banking applications in Java.

EDUCATION
B.Tech in Computer Science and Engineering, National Institute of Technology, Trichy | 2011 - 2015

TECHNICAL SKILLS
Languages: Java, Kotlin, SQL
Frameworks: Spring Boot, Hibernate
Tools: Kafka, Docker, Jenkins
""",
        {
            "name": "Priyanka Sharma",
            "experiences": [
                {
                    "title": "Senior Software Engineer",
                    "employer": "Flipcart Technologies Pvt. Ltd.",
                    "start": "2019-07",
                    "end": None,
                },
                {
                    "title": "Systems Engineer",
                    "employer": "Infosys Limited",
                    "start": "2015-06",
                    "end": "2019-06",
                },
            ],
            "education": [
                {
                    "institution": "National Institute of Technology",
                    "level": "bachelor",
                    "field": "Computer Science and Engineering",
                },
            ],
            "skills": [
                "Java",
                "Kotlin",
                "SQL",
                "Spring Boot",
                "Hibernate",
                "Kafka",
                "Docker",
                "Jenkins",
            ],
            "certifications": [],
            "contact": [],
        },
    ),
    "tom-becker-operations.md": (
        """\
Tom Becker
===========

Operations manager, logistics

Experience
----------

* **Operations Manager** at Blue Harbor Shipping, Hamburg — 03/2018 – present
  * Run a team of 30 across two warehouses.
* **Shift Supervisor** at Blue Harbor Shipping — 06/2015 – 02/2018
* **Warehouse Associate**, Nordfracht GmbH — 2012–2015

Education
---------

* Bachelor of Business Administration, Hamburg School of Business, 2012

Certifications
--------------

* Lean Six Sigma Green Belt (2019)
* Forklift licence
""",
        {
            "name": "Tom Becker",
            "experiences": [
                {
                    "title": "Operations Manager",
                    "employer": "Blue Harbor Shipping",
                    "start": "2018-03",
                    "end": None,
                },
                {
                    "title": "Shift Supervisor",
                    "employer": "Blue Harbor Shipping",
                    "start": "2015-06",
                    "end": "2018-02",
                },
                {
                    "title": "Warehouse Associate",
                    "employer": "Nordfracht GmbH",
                    "start": "2012",
                    "end": "2015",
                },
            ],
            "education": [
                {
                    "institution": "Hamburg School of Business",
                    "level": "bachelor",
                    "field": "Business Administration",
                },
            ],
            "skills": [],
            "certifications": ["Lean Six Sigma Green Belt", "Forklift licence"],
            "contact": [],
        },
    ),
    "caroline-oneill-midwife.txt": (
        """\
CAROLINE O'NEILL
Registered Midwife

Career History

2019 to date: Community Midwife - Cork University Maternity Hospital
2016 to 2019: Staff Midwife - Rotunda Hospital, Dublin

Education & Training

Higher Diploma in Midwifery, University College Dublin (2014-2016)
BSc General Nursing, University of Limerick (2010-2014)

Key Skills
Antenatal care; Postnatal care; Breastfeeding support; Neonatal resuscitation
""",
        {
            "name": "Caroline O'Neill",
            "experiences": [
                {
                    "title": "Community Midwife",
                    "employer": "Cork University Maternity Hospital",
                    "start": "2019",
                    "end": None,
                },
                {
                    "title": "Staff Midwife",
                    "employer": "Rotunda Hospital",
                    "start": "2016",
                    "end": "2019",
                },
            ],
            "education": [
                {"institution": "University College Dublin", "level": None, "field": None},
                {
                    "institution": "University of Limerick",
                    "level": "bachelor",
                    "field": "General Nursing",
                },
            ],
            "skills": [
                "Antenatal care",
                "Postnatal care",
                "Breastfeeding support",
                "Neonatal resuscitation",
            ],
            "certifications": [],
            "contact": [],
        },
    ),
}


# --- main -------------------------------------------------------------------------------


def build() -> dict[str, bytes]:
    files: dict[str, bytes] = {
        "sam-rivera.pdf": pdf_one_column(SAM),
        "ada-okafor-linkedin.pdf": pdf_linkedin(ADA, "ada-okafor"),
        "ada-okafor-namesake-linkedin.pdf": pdf_linkedin(ADA_NAMESAKE, "ada-okafor-pharm"),
        "priya-nair-two-column.pdf": pdf_two_column(PRIYA),
        "kwame-asante-right-sidebar.pdf": pdf_right_sidebar(KWAME),
        "tomas-lindqvist-tables.pdf": pdf_tables(TOMAS),
        "grace-mensah-nurse.docx": docx_headings(GRACE),
        "li-wei-accountant.docx": docx_table(LI),
        "maria-gonzalez-teacher.md": markdown(MARIA).encode("utf-8"),
        "jonas-becker-de.txt": text_german(JONAS).encode("utf-8"),
        "owen-price-frontend.html": html_resume(OWEN).encode("utf-8"),
        "camille-laurent-fr.html": html_resume(CAMILLE, lang="fr").encode("utf-8"),
        "noah-williams.json": json.dumps(json_resume(NOAH), indent=2, ensure_ascii=False).encode(
            "utf-8"
        ),
        "fatima-haddad-cp1252.txt": text_cp1252(FATIMA).encode("cp1252"),
        "elena-petrova-utf16.txt": text_plain(ELENA).encode("utf-16"),
    }
    people = {
        "sam-rivera": SAM,
        "ada-okafor-linkedin": ADA,
        "ada-okafor-namesake-linkedin": ADA_NAMESAKE,
        "priya-nair-two-column": PRIYA,
        "tomas-lindqvist-tables": TOMAS,
        "grace-mensah-nurse": GRACE,
        "li-wei-accountant": LI,
        "maria-gonzalez-teacher": MARIA,
        "jonas-becker-de": JONAS,
        "owen-price-frontend": OWEN,
        "camille-laurent-fr": CAMILLE,
        "noah-williams": NOAH,
        "fatima-haddad-cp1252": FATIMA,
        "elena-petrova-utf16": ELENA,
        "kwame-asante-right-sidebar": KWAME,
    }
    for stem, person in people.items():
        text = json.dumps(expected(person), indent=2, ensure_ascii=False) + "\n"
        files[f"{stem}.expected.json"] = text.encode("utf-8")
    files["leah-novak-designer.pdf"] = pdf_flowing()
    files["leah-novak-designer.expected.json"] = (
        json.dumps(LEAH_EXPECTED, indent=2, ensure_ascii=False) + "\n"
    ).encode("utf-8")
    for name, (text, want) in HAND_WRITTEN.items():
        files[name] = text.encode("utf-8")
        stem = name.rsplit(".", 1)[0]
        files[f"{stem}.expected.json"] = (
            json.dumps(want, indent=2, ensure_ascii=False) + "\n"
        ).encode("utf-8")
    for name, data in bad_inputs().items():
        files[f"bad/{name}"] = data
    return files


def main() -> int:
    BAD.mkdir(parents=True, exist_ok=True)
    for name, data in build().items():
        path = OUT / name
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
            print(f"wrote {path.relative_to(OUT.parents[2])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
