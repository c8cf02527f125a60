"""Invented careers of other shapes for the second held-out set (``make_corpus_heldout.py``):
a very long career, a career written with years only, a German and a French resume (the
French one puts its education before its experience). Every person, employer, address and
phone number is invented (example.com, 555).

``Person.language`` picks the headings and month names of the layouts that are written by
hand here (TeX and DOCX); JSON Resume themes print their own headings and dates.
"""

from __future__ import annotations

from dataclasses import dataclass

from corpus.careers import CAREERS, Job, Person, School


@dataclass
class LocalPerson:
    """A career with the language it is written in and the order of its sections."""

    person: Person
    language: str = "en"
    """"en", "de" or "fr"."""
    education_first: bool = False


LONG = Person(
    slug="harriet-vale",
    name="Harriet Vale",
    headline="Director of Engineering",
    location="Leeds, United Kingdom",
    email="harriet.vale@example.com",
    phone="+44 555 0140",
    summary="Thirty years of building software and the teams that build it.",
    jobs=[
        Job(
            "Director of Engineering",
            "Moorgate Insurance",
            "2021-05",
            None,
            "Leeds, UK",
            bullets=["Runs four product teams of 38 engineers."],
        ),
        Job(
            "Head of Platform",
            "Moorgate Insurance",
            "2018-01",
            "2021-04",
            "Leeds, UK",
            bullets=["Moved claims processing to Kubernetes."],
        ),
        Job(
            "Engineering Manager",
            "Pennine Travel",
            "2015-03",
            "2017-12",
            "Manchester, UK",
            bullets=["Managed the booking and payments teams."],
        ),
        Job(
            "Principal Engineer",
            "Calder Analytics",
            "2012-09",
            "2015-02",
            "Halifax, UK",
            bullets=["Designed the reporting warehouse in PostgreSQL."],
        ),
        Job(
            "Senior Software Engineer",
            "Wharfedale Telecom",
            "2010-02",
            "2012-08",
            "Leeds, UK",
            bullets=["Billing mediation services in Java."],
        ),
        Job(
            "Software Engineer",
            "Wharfedale Telecom",
            "2007-06",
            "2010-01",
            "Leeds, UK",
            bullets=["Provisioning scripts in Perl and Python."],
        ),
        Job(
            "Contract Developer",
            "Aire Valley Consulting",
            "2005-01",
            "2007-05",
            "Bradford, UK",
            bullets=["Short contracts for local councils."],
        ),
        Job(
            "Developer",
            "Kirkstall Software",
            "2001-10",
            "2004-12",
            "Leeds, UK",
            bullets=["Stock control software in Delphi."],
        ),
        Job(
            "Junior Developer",
            "Brontë Systems",
            "1998-07",
            "2001-09",
            "Keighley, UK",
            bullets=["Maintained a payroll system in COBOL."],
        ),
        Job(
            "Support Analyst",
            "Ilkley Data Services",
            "1996-09",
            "1998-06",
            "Ilkley, UK",
            bullets=["First-line support for accounting software."],
        ),
        Job(
            "Computer Operator",
            "Otley Mills",
            "1995-01",
            "1996-08",
            "Otley, UK",
            bullets=["Night shift on the mainframe."],
        ),
    ],
    schools=[
        School(
            "University of Bradford",
            "Bachelor of Science",
            "bachelor",
            "Computing",
            "1991-09",
            "1994-06",
        ),
    ],
    skills={
        "Engineering": ["Java", "Python", "PostgreSQL", "Kubernetes"],
        "Management": ["Hiring", "Budgeting"],
    },
    languages=[("English", "Native")],
)

YEARS = Person(
    slug="tobias-reinholt",
    name="Tobias Reinholt",
    headline="Civil Engineer",
    location="Aarhus, Denmark",
    email="tobias.reinholt@example.com",
    phone="+45 555 0141",
    summary="Bridge and road engineer; writes his dates in years.",
    jobs=[
        Job(
            "Senior Civil Engineer",
            "Kattegat Bridges",
            "2019",
            None,
            "Aarhus, Denmark",
            bullets=["Leads inspections of 40 road bridges."],
        ),
        Job(
            "Civil Engineer",
            "Jutland Roads",
            "2013",
            "2018",
            "Vejle, Denmark",
            bullets=["Designed drainage for the E45 widening."],
        ),
        Job(
            "Site Engineer",
            "Limfjord Construction",
            "2010",
            "2013",
            "Aalborg, Denmark",
            bullets=["Supervised concrete works on site."],
        ),
    ],
    schools=[
        School(
            "Aalborg University",
            "Master of Science",
            "master",
            "Structural Engineering",
            "2008",
            "2010",
        ),
        School(
            "Aalborg University",
            "Bachelor of Science",
            "bachelor",
            "Civil Engineering",
            "2005",
            "2008",
        ),
    ],
    skills={"Tools": ["AutoCAD", "Revit", "Bridge Inspection"]},
    languages=[("Danish", "Native"), ("English", "Fluent")],
)

GERMAN = Person(
    slug="katharina-wendt",
    name="Katharina Wendt",
    headline="Softwareentwicklerin",
    location="Köln, Deutschland",
    email="katharina.wendt@example.com",
    phone="+49 555 0142",
    summary="Softwareentwicklerin mit Schwerpunkt Logistik und Datenbanken.",
    jobs=[
        Job(
            "Senior Softwareentwicklerin",
            "Rheinfracht Logistik GmbH",
            "2021-03",
            None,
            "Köln",
            bullets=["Leitung der Migration auf PostgreSQL."],
        ),
        Job(
            "Softwareentwicklerin",
            "Domblick Software AG",
            "2017-10",
            "2021-02",
            "Köln",
            bullets=["Entwicklung von Lagerverwaltung in Java."],
        ),
        Job(
            "Werkstudentin Softwareentwicklung",
            "Siebengebirge IT GmbH",
            "2015-05",
            "2017-09",
            "Bonn",
            bullets=["Tests und Wartung einer Webanwendung."],
        ),
    ],
    schools=[
        School(
            "Universität Bonn", "Master of Science", "master", "Informatik", "2015-10", "2017-09"
        ),
        School(
            "Technische Hochschule Köln",
            "Bachelor of Science",
            "bachelor",
            "Informatik",
            "2012-10",
            "2015-09",
        ),
    ],
    skills={"Programmierung": ["Java", "PostgreSQL", "Docker"]},
    languages=[("Deutsch", "Muttersprache"), ("Englisch", "Fließend")],
)

FRENCH = Person(
    slug="amandine-roussel",
    name="Amandine Roussel",
    headline="Comptable",
    location="Nantes, France",
    email="amandine.roussel@example.com",
    phone="+33 555 0143",
    summary="Comptable en cabinet puis en entreprise.",
    jobs=[
        Job(
            "Responsable comptable",
            "Atlantique Conserves",
            "2020-02",
            None,
            "Nantes",
            bullets=["Clôtures mensuelles et consolidation."],
        ),
        Job(
            "Comptable",
            "Cabinet Loire Audit",
            "2016-09",
            "2020-01",
            "Angers",
            bullets=["Portefeuille de 60 clients."],
        ),
        Job(
            "Assistante comptable",
            "Vendée Menuiseries",
            "2014-07",
            "2016-08",
            "La Roche-sur-Yon",
            bullets=["Saisie et rapprochements bancaires."],
        ),
    ],
    schools=[
        School(
            "Université de Nantes",
            "Master",
            "master",
            "Comptabilité, contrôle, audit",
            "2012-09",
            "2014-06",
        ),
    ],
    skills={"Outils": ["Sage", "Excel", "Consolidation"]},
    languages=[("Français", "Langue maternelle"), ("Anglais", "Courant")],
)

NEW_CAREERS: list[LocalPerson] = [
    LocalPerson(LONG),
    LocalPerson(YEARS),
    LocalPerson(GERMAN, language="de"),
    LocalPerson(FRENCH, language="fr", education_first=True),
]

ALL_CAREERS: list[LocalPerson] = [LocalPerson(p) for p in CAREERS] + NEW_CAREERS
"""The first corpus's careers (English) followed by the new ones."""

HEADINGS = {
    "en": {
        "experience": "Experience",
        "education": "Education",
        "skills": "Skills",
        "languages": "Languages",
        "present": "Present",
        "profile": "Profile",
    },
    "de": {
        "experience": "Berufserfahrung",
        "education": "Ausbildung",
        "skills": "Kenntnisse",
        "languages": "Sprachen",
        "present": "heute",
        "profile": "Profil",
    },
    "fr": {
        "experience": "Expérience professionnelle",
        "education": "Formation",
        "skills": "Compétences",
        "languages": "Langues",
        "present": "aujourd'hui",
        "profile": "Profil",
    },
}

MONTH_NAMES = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
}


SHORT_MONTHS = {
    "en": [
        "Jan.",
        "Feb.",
        "Mar.",
        "Apr.",
        "May",
        "June",
        "July",
        "Aug.",
        "Sep.",
        "Oct.",
        "Nov.",
        "Dec.",
    ],
    "de": [
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sep.",
        "Okt.",
        "Nov.",
        "Dez.",
    ],
    "fr": [
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ],
}
"""The usual abbreviations (with their full stop) of each language."""


def month_year(value: str, language: str, *, short: bool = False) -> str:
    """A career date as a person writing in ``language`` prints it ("März 2021",
    "Okt. 2017" when ``short``)."""
    if len(value) == 4:
        return value
    names = SHORT_MONTHS if short else MONTH_NAMES
    return f"{names[language][int(value[5:7]) - 1]} {value[:4]}"
