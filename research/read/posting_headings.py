"""The headings a job posting uses, and the section each opens: data for
:mod:`research.read.posting_sections`.

* **required**: "Requirements", "What you'll need", "Qualifications", "Essential criteria"...
* **preferred**: "Nice to have", "Preferred qualifications", "Desirable", "Bonus points"...
* **ignored**: "Responsibilities", "About us", "Benefits", "Compensation and benefits"...

Headings not known word for word are recognised by a telling word (:data:`HEADING_WORDS`).
"""

from __future__ import annotations

import re
from enum import Enum


class Section(Enum):
    REQUIRED = "required"
    PREFERRED = "preferred"
    IGNORED = "ignored"
    NONE = "none"


REQUIRED_HEADINGS = (
    "requirements",
    "job requirements",
    "minimum requirements",
    "key requirements",
    "the requirements",
    "what you'll need",
    "what you will need",
    "what you need",
    "what you need to succeed",
    "what you bring",
    "what you'll bring",
    "what you will bring",
    "what we're looking for",
    "what we are looking for",
    "who we're looking for",
    "who we are looking for",
    "we're looking for",
    "we are looking for",
    "qualifications",
    "minimum qualifications",
    "basic qualifications",
    "required qualifications",
    "required skills",
    "required experience",
    "must have",
    "must haves",
    "must-have",
    "must-haves",
    "essential",
    "essentials",
    "essential skills",
    "essential criteria",
    "you have",
    "you bring",
    "you are",
    "you'll have",
    "you will have",
    "about you",
    "who you are",
    "your profile",
    "your skills",
    "your experience",
    "skills",
    "skills and experience",
    "skills & experience",
    "experience and skills",
    "key skills",
    "requirements and qualifications",
    "skills and qualifications",
    "what it takes",
    "to be successful",
    "you will need",
    "you'll need",
    "you need",
    "you should have",
    "we'd love you to have",
    "what we need",
    "what we need from you",
    "essential criteria",
    "essential skills and experience",
    "person specification",
    "the successful candidate will have",
    "the ideal candidate will have",
    "the ideal candidate",
    "candidate requirements",
    "requirements for the role",
    "required",
    "the person we are looking for",
    "the person we're looking for",
    "you will bring",
    "you'll bring",
)
PREFERRED_HEADINGS = (
    "nice to have",
    "nice to haves",
    "nice-to-have",
    "nice-to-haves",
    "preferred",
    "preferred qualifications",
    "preferred skills",
    "preferred experience",
    "desirable",
    "desired",
    "desired qualifications",
    "desired skills",
    "bonus",
    "bonus points",
    "bonus points if you have",
    "pluses",
    "plus",
    "plusses",
    "good to have",
    "great to have",
    "even better",
    "extra credit",
    "it would be great if",
    "it would be great if you have",
    "ideally",
    "ideally you have",
    "optional",
    "bonus if you have",
    "we'd love it if you have",
    "it's a plus if you have",
    "additional qualifications",
    "desirable criteria",
    "desirable skills",
    "it would be great if you also had",
    "it would be great if you also have",
)
IGNORED_HEADINGS = (
    "responsibilities",
    "key responsibilities",
    "your responsibilities",
    "the role",
    "about the role",
    "role",
    "what you'll do",
    "what you will do",
    "what you'll be doing",
    "what you will be doing",
    "what you'll work on",
    "in this role",
    "in this role you will",
    "day to day",
    "the job",
    "your impact",
    "your mission",
    "the opportunity",
    "about us",
    "about the company",
    "about the team",
    "the team",
    "who we are",
    "company",
    "benefits",
    "perks",
    "perks and benefits",
    "benefits and perks",
    "what we offer",
    "we offer",
    "why join us",
    "why us",
    "compensation",
    "salary",
    "pay",
    "how to apply",
    "to apply",
    "application process",
    "interview process",
    "our process",
    "equal opportunity",
    "equal opportunity employer",
    "diversity",
    "location",
    "summary",
    "overview",
    "job description",
    "description",
    "details",
    "our stack",
    "tech stack",
    "compensation and benefits",
    "our commitment",
    "what we offer you",
    "why join",
    "position summary",
    "position overview",
    "purpose of the role",
    "job duties",
    "duties",
    "key duties",
    "the team",
    "about the job",
)

HEADINGS: dict[str, Section] = {
    **{h: Section.IGNORED for h in IGNORED_HEADINGS},
    **{h: Section.REQUIRED for h in REQUIRED_HEADINGS},
    **{h: Section.PREFERRED for h in PREFERRED_HEADINGS},
}

# Headings runnerup does not know word for word, recognised by a telling word; the first
# that matches decides ("Preferred Requirements" is preferred).
HEADING_WORDS: tuple[tuple[re.Pattern[str], Section], ...] = (
    (
        re.compile(
            r"\b(?:nice[- ]to[- ]haves?|preferred|bonus|desirable|desired|pluses|"
            r"good[- ]to[- ]haves?|extra credit|even better|would be (?:great|nice|a plus))\b"
        ),
        Section.PREFERRED,
    ),
    (
        re.compile(
            r"\b(?:responsibilit\w*|what you(?:'ll| will)? (?:do|be doing|work on)|benefits?|"
            r"perks|about (?:us|the (?:role|team|company|job))|we offer|how to apply|"
            r"compensation|why (?:join|work)|overview|summary|duties)\b"
        ),
        Section.IGNORED,
    ),
    (
        re.compile(
            r"\b(?:requirements?|required|qualifications?|must[- ]haves?|what you(?:'ll| will)? "
            r"(?:need|bring)|(?:who|what|person|people|candidate|someone) we(?:'re| are) "
            r"(?:looking for|seeking)|about you|who you are|"
            r"your profile|what we need|essential|criteria|person specification|"
            r"(?:candidate|applicant|you) (?:will|should|must) (?:also )?(?:have|need|bring)|"
            r"you(?:'ll| will)? (?:also )?(?:need|bring))\b"
        ),
        Section.REQUIRED,
    ),
)

_SECTION_WORDS_TEXT = """
criteria skills skill qualifications qualification requirements requirement experience
attributes knowledge competencies and & the role job benefits perks to have haves points
if you also had would be great nice plus extras what we offer package summary overview of
our commitment why join us work here apply how compensation pay salary information details
duties profile it a an for need needs essential desirable desired preferred bonus minimum
basic key required additional
"""
SECTION_WORDS = frozenset(_SECTION_WORDS_TEXT.split())
"""The words a sentence-case heading may hold besides its telling first word."""


def only_heading_words(heading: str) -> bool:
    return all(word in SECTION_WORDS for word in re.findall(r"[\w&]+", heading))


__all__ = [
    "HEADINGS",
    "HEADING_WORDS",
    "IGNORED_HEADINGS",
    "PREFERRED_HEADINGS",
    "REQUIRED_HEADINGS",
    "Section",
    "only_heading_words",
]
