"""Resume section headings and the word lists that tell a job title from an employer, an
institution or a place. Pure data and small predicates."""

from __future__ import annotations

import re
from typing import Literal

from research.employers import DISTINCT_LEGAL_SUFFIXES

SectionKind = Literal[
    "experience",
    "education",
    "skills",
    "certifications",
    "projects",
    "publications",
    "talks",
    "patents",
    "languages",
    "summary",
    "contact",
    "other",
]

_HEADINGS: dict[str, SectionKind] = {}
for _kind, _words in {
    "experience": (
        "experience",
        "work experience",
        "work history",
        "employment",
        "employment history",
        "professional experience",
        "relevant experience",
        "career history",
        "career",
        "professional background",
        "positions",
        "clinical experience",
        "teaching experience",
        "industry experience",
        "work",
        "berufserfahrung",
        "berufliche erfahrung",
        "expérience professionnelle",
        "experience professionnelle",
        "expériences",
        "experiencia",
        "experiencia profesional",
        "experiencia laboral",
    ),
    "education": (
        "education",
        "education and training",
        "academic background",
        "qualifications",
        "academic qualifications",
        "education & training",
        "ausbildung",
        "bildung",
        "studium",
        "formation",
        "educación",
        "educacion",
        "formación",
        "formacion",
    ),
    "skills": (
        "skills",
        "technical skills",
        "core competencies",
        "competencies",
        "key skills",
        "top skills",
        "skills and tools",
        "tools",
        "technologies",
        "areas of expertise",
        "expertise",
        "skills & tools",
        "core skills",
        "professional skills",
        "tech stack",
        "kenntnisse",
        "fähigkeiten",
        "compétences",
        "competences",
        "habilidades",
    ),
    "certifications": (
        "certifications",
        "certificates",
        "certification",
        "licenses",
        "licences",
        "licenses and certifications",
        "licences and certifications",
        "certifications and licenses",
        "certifications and licences",
        "credentials",
        "professional qualifications",
        "zertifikate",
        "zertifizierungen",
    ),
    "projects": ("projects", "selected projects", "side projects", "open source", "projekte"),
    "publications": (
        "publications",
        "papers",
        "selected publications",
        "research papers",
        "articles",
        "books",
        "publications and talks",
        "publications and presentations",
        "veröffentlichungen",
        "publikationen",
    ),
    "talks": (
        "talks",
        "selected talks",
        "invited talks",
        "conference talks",
        "presentations",
        "speaking",
        "talks and presentations",
        "conferences",
        "vorträge",
    ),
    "patents": ("patents", "patents and inventions", "patente"),
    "languages": ("languages", "language skills", "sprachen", "langues", "idiomas"),
    "summary": (
        "summary",
        "profile",
        "about",
        "about me",
        "professional summary",
        "career summary",
        "personal profile",
        "objective",
        "career objective",
        "profil",
        "zusammenfassung",
        "résumé",
        "perfil",
    ),
    "contact": (
        "contact",
        "contact details",
        "contact information",
        "personal details",
        "kontakt",
        "coordonnées",
    ),
    "other": (
        "interests",
        "hobbies",
        "volunteering",
        "volunteer experience",
        "awards",
        "honors",
        "honours",
        "honors-awards",
        "honors and awards",
        "references",
        "activities",
        "memberships",
        "affiliations",
        "additional information",
        "leadership",
        "courses",
        "training",
    ),
}.items():
    for _word in _words:
        _HEADINGS[_word] = _kind  # type: ignore[assignment]


def _normal(text: str) -> str:
    value = text.strip().lower().replace("&", "and").replace("’", "'")
    value = re.sub(r"\s*\(\d{1,3}\)$", "", value)  # "Work Experience (3)": a count
    value = re.sub(r"(?<=\w)\s+\|\s+(?=\w)", " ", value)  # "PROFESSIONAL | SKILLS": a wide gap
    value = re.sub(r"[\s:|•·#*_=\-–—]+$", "", value)
    value = re.sub(r"^[\s:|•·#*_=\-–—]+", "", value)
    return re.sub(r"\s+", " ", value)


def heading_kind(text: str) -> SectionKind | None:
    """The section a heading names ("Work Experience:" -> experience), else None."""
    value = _normal(text)
    if not value or len(value) > 48:
        return None
    if value in _HEADINGS:
        return _HEADINGS[value]
    spaced = re.sub(r"(?<=\w) (?=\w\b)", "", value)  # "S K I L L S"
    if spaced in _HEADINGS:
        return _HEADINGS[spaced]
    initial = re.sub(r"\b(\w) (?=\w{2,})", r"\1", value)  # "W ORK E XPERIENCE": small caps
    if initial in _HEADINGS:
        return _HEADINGS[initial]
    return _compound_kind(value)


_CREDENTIAL_WORDS = frozenset(
    [
        "certifications",
        "certificates",
        "certification",
        "certificate",
        "licenses",
        "licences",
        "license",
        "licence",
        "registrations",
        "registration",
        "licensure",
        "accreditations",
        "accreditation",
        "credentials",
        "professional",
    ]
)
_SCHOOLING_WORDS = frozenset(["education", "qualifications", "training", "academic"])


def _compound_kind(value: str) -> SectionKind | None:
    """ "Licences and registrations", "Certifications / Licences", "Professional
    registration": credentials in any combination; "Education and certifications" is
    education (its certificate lines are told apart when the section is read)."""
    words = [w for w in re.split(r"\s*(?:\band\b|[,/+])\s*|\s+", value) if w]
    if not words or len(words) > 5 or not set(words) <= _CREDENTIAL_WORDS | _SCHOOLING_WORDS:
        return None
    if set(words) <= _CREDENTIAL_WORDS:
        return None if words == ["professional"] else "certifications"
    return "education" if len(words) > 1 else None


def inline_heading(text: str) -> tuple[SectionKind, str] | None:
    """ "Skills: Python, Go" -> ("skills", "Python, Go")."""
    match = re.match(r"^\s*([A-Za-zÀ-ÿ &'/]{3,40}?)\s*:\s*(\S.*)$", text)
    if not match:
        return None
    kind = heading_kind(match.group(1))
    if kind is None:
        return None
    return kind, match.group(2).strip()


ROLE_WORDS = frozenset(
    """
    engineer engineering developer programmer manager director head lead leader chief officer
    president vp vice cto ceo cfo coo cio ciso founder co-founder cofounder partner principal
    staff architect analyst consultant specialist scientist researcher designer administrator
    admin assistant associate coordinator supervisor technician representative executive
    intern internship trainee apprentice nurse rn lpn physician doctor surgeon therapist
    pharmacist midwife paramedic caregiver accountant auditor bookkeeper controller
    comptroller clerk cashier teller teacher tutor instructor lecturer professor educator
    headteacher principal counselor counsellor librarian editor writer journalist author
    translator marketer recruiter owner operator advisor adviser strategist planner buyer
    agent broker attorney lawyer paralegal solicitor barrister chef cook driver mechanic
    electrician plumber foreman superintendent inspector officer sergeant fellow postdoc
    student member volunteer sre devops maintainer contributor product owner
    ingenieur entwickler leiter leiterin berater softwareentwickler ingénieur développeur
    chef responsable directeur directrice consultante ingeniero desarrollador gerente
    jefe cheffe chargé chargée projet assistante ingénieure développeuse werkstudent
    praktikant referent sachbearbeiter
    operative worker receptionist secretary cleaner guard porter server waiter waitress
    barista bartender housekeeper dispatcher handler picker packer courier steward attendant
    aide carer hygienist dentist optometrist radiographer sonographer phlebotomist
    veterinarian economist statistician actuary underwriter surveyor draughtsman draftsman
    machinist welder carpenter fitter installer estimator scheduler merchandiser stylist
    photographer videographer animator illustrator producer presenter reporter copywriter
    proofreader curator archivist psychologist psychiatrist investigator firefighter pilot
    dietitian dietician nutritionist optician midwife sister matron registrar resident
    """.split()  # noqa: SIM905
)

ORG_WORDS = frozenset(
    """
    company co co. labs lab laboratories group bank hospital clinic
    school university college institute academy agency partners associates consulting
    solutions systems technologies technology tech software studio studios foundation trust
    council department ministry nhs health healthcare medical center centre robotics
    analytics ventures capital holdings industries media networks services logistics
    pharma pharmaceuticals district county authority board press publishing motors energy
    airlines insurance financial finance bakery restaurant hotel store stores retail cloud
    data digital works factory e.v. universität hochschule schule klinikum home homes
    pharmacy charity society association council church
    """.split()  # noqa: SIM905
)

INSTITUTION_WORDS = re.compile(
    r"\b(?:university|universit[äaé]t?|universidad|université|college|school|institute|"
    r"institut|academy|akademie|polytechnic|hochschule|conservatory|école|ecole|seminary|"
    r"gymnasium|lycée|lycee|iit|mit|eth|epfl|tu|universidade|università|universita|"
    r"universiteit|uniwersytet|univerzita|yliopisto|universitet|instituto|istituto|iut|"
    r"politecnico|politécnico|fachhochschule|escola|escuela|liceo|cegep|faculdade|facultad|"
    r"faculté|conservatoire|kolej|hogeschool|högskola|polytechnique)\b",
    re.IGNORECASE,
)

_LOCATION = re.compile(
    r"^(?:remote|hybrid|on-?site|worldwide|[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2}"
    r"(?:,\s*(?:[A-Z]{2}|[A-Z][\w'-]+(?: (?:of|[A-Z][\w'-]+)){0,4})){1,2})"
    r"(?:\s*\((?:remote|hybrid)\))?$",
)


def words(text: str) -> list[str]:
    return re.findall(r"[\w.&'-]+", text.lower())


def role_score(text: str) -> int:
    return sum(1 for w in words(text) if w.strip(".") in ROLE_WORDS)


def org_score(text: str) -> int:
    """How much a piece of text looks like an organisation's name (legal suffixes, from
    :data:`research.employers.DISTINCT_LEGAL_SUFFIXES`, count double)."""
    score = 0
    for word in words(text):
        bare = word.strip(".")
        if bare in DISTINCT_LEGAL_SUFFIXES:
            score += 2
        elif word in ORG_WORDS or bare in ORG_WORDS:
            score += 1
    return score + (1 if "&" in text else 0)


def looks_like_location(text: str) -> bool:
    value = text.strip()
    if not value or len(value.split()) > 6 or role_score(value) or org_score(value):
        return False
    return _LOCATION.match(value) is not None


__all__ = [
    "INSTITUTION_WORDS",
    "ORG_WORDS",
    "ROLE_WORDS",
    "SectionKind",
    "heading_kind",
    "inline_heading",
    "looks_like_location",
    "org_score",
    "role_score",
    "words",
]
