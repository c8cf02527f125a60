"""LinkedIn, read only from a PDF the user saved themselves.

LinkedIn's User Agreement forbids automated access (scraping, crawlers, bots), so runnerup
never fetches linkedin.com: ``search`` returns nothing and touches no network. What it can
read is the PDF that LinkedIn's own "More > Save to PDF" button produces, saved by the user
from a profile they can see: :meth:`LinkedInSource.collect` reads that file (a ``file://``
URL in ``lead.url``, or a path in ``lead.extra["path"]``) with
:func:`research.read.linkedin.career_from_linkedin_pdf`. The sidebar's contact details are
dropped; every item cites the file and page.

A file that is not a LinkedIn PDF gives an empty career (other readers handle resumes).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from urllib.parse import unquote, urlsplit

from research.model import Career, Evidence, Lead, Method, Subject
from research.read.files import load_document
from research.read.linkedin import career_from_linkedin_lines, is_linkedin_pdf
from research.read.pdf import pdf_lines
from research.source import Example, Expect, Source, SourceInfo

SOURCE_ID = "linkedin"
_REPO = Path(__file__).resolve().parents[1]
_FIXTURES = "fixtures/documents/resumes"


def lead_path(lead: Lead) -> Path | None:
    """The saved PDF a lead points at: a ``file://`` URL, else ``extra["path"]``; a relative
    path is taken from the working directory, else from the project folder."""
    raw: str | None = None
    if lead.url.startswith("file:"):
        raw = unquote(urlsplit(lead.url).path)
    elif lead.extra.get("path"):
        raw = lead.extra["path"]
    if not raw:
        return None
    path = Path(raw).expanduser()
    if not path.is_absolute() and not path.exists() and (_REPO / path).exists():
        path = _REPO / path
    return path


def _lead(name: str, file: str) -> Lead:
    return Lead(
        url=f"https://www.linkedin.com/in/{name}",
        source=SOURCE_ID,
        name="Ada Okafor",
        fetchable=False,
        extra={"path": f"{_FIXTURES}/{file}"},
    )


class LinkedInSource(Source):
    info = SourceInfo(
        id=SOURCE_ID,
        name="LinkedIn (saved PDF)",
        site="linkedin.com",
        kind="manual",
        base_url="https://www.linkedin.com",
        terms_url="https://www.linkedin.com/legal/user-agreement",
        terms_reviewed=date(2026, 11, 25),
        terms_summary=(
            "LinkedIn's User Agreement forbids automated access, so runnerup never fetches "
            "linkedin.com; it only reads a PDF the user saved themselves with LinkedIn's own "
            "'Save to PDF'."
        ),
        rate=0.0,
        fields=(
            "name",
            "headline",
            "location",
            "summary",
            "experiences",
            "education",
            "skills",
            "languages",
            "certifications",
        ),
    )
    examples = (
        Example(
            name="reads the hire's saved LinkedIn PDF",
            sites=(),
            lead=_lead("ada-okafor", "ada-okafor-linkedin.pdf"),
            expect=Expect(
                names=("Ada Okafor",),
                employers=("Northwind Robotics", "Tessellate Labs", "Brightwave"),
                titles=("Head of Platform", "Staff Engineer"),
                institutions=("University of Lakeside",),
                skills=("Kubernetes",),
                headline="Head of Platform",
            ),
        ),
        Example(
            name="the namesake's saved PDF is a pharmacist in Lagos",
            sites=(),
            lead=_lead("ada-okafor-pharm", "ada-okafor-namesake-linkedin.pdf"),
            expect=Expect(
                names=("Ada Okafor",),
                employers=("Greenleaf Pharmacy",),
                institutions=("University of Lagos",),
                headline="Pharmacist",
            ),
        ),
        Example(
            name="a resume that is not a LinkedIn PDF gives nothing",
            sites=(),
            lead=_lead("sam-rivera", "sam-rivera.pdf"),
            expect=Expect(empty=True),
        ),
        Example(
            name="search never touches linkedin.com",
            sites=(),
            subject=Subject(name="Ada Okafor", employer="Northwind Robotics"),
            expect=Expect(max_leads=0, not_requested=("www.linkedin.com/",)),
        ),
    )

    async def search(self, subject: Subject) -> list[Lead]:
        """Nothing: LinkedIn's terms forbid automated access, so there is nothing to ask."""
        return []

    def accepts(self, lead: Lead) -> bool:
        return lead.source == SOURCE_ID or lead.url.startswith("file:")

    async def collect(self, lead: Lead) -> Career:
        """The career in the saved PDF the lead points at (empty when it is not a LinkedIn
        PDF); raises InputError subclasses for a missing or unreadable file."""
        path = lead_path(lead)
        if path is None:
            return Career()
        doc = load_document(path)
        if doc.kind != "pdf":
            return Career()
        lines = pdf_lines(doc.data, doc.name)
        if not is_linkedin_pdf(lines):
            return Career()
        evidence = Evidence(source=SOURCE_ID, file=doc.name, method=Method.PDF)
        return career_from_linkedin_lines(lines, evidence=evidence)


__all__ = ["LinkedInSource", "lead_path"]
