"""Any public web page: a personal homepage, a staff page, an online CV.

The ``webpage`` source reads pages that the user gave (``--url``, or a URL in the
subject's hints) or that another source found (a homepage linked from a GitHub profile, a
``sameAs`` link). It has no search engine of its own.

``search(subject)``: one lead per http(s) URL in ``subject.hints`` (other hints, such as
``aka:Brand``, are ignored). Each allowed page is fetched once (the door's cache makes the
later ``collect`` cheap) so that the lead says who the page is about (name, headline,
employer, location) and which other profiles it links to (``Lead.links``); a page that
cannot be read still gives a lead named after the subject (the user vouched for it). Hosts
on the terms deny list give a lead with ``fetchable=False`` and are never fetched.

``collect(lead)``: fetches the page through the door (robots.txt, the terms deny list and
the rate apply) and reads it with :func:`sources.webpage_parse.parse_profile_page`
(JSON-LD Person, microformats h-card/h-resume, OpenGraph, then a text fallback; re-exported
here with :func:`page_links` for ``runnerup read --as profile`` and the pipeline). Then:

* an empty JavaScript shell (scripts and almost no text) is rendered in Chromium through
  the door (``render``); without a browser the outcome is ``unsupported`` and the source
  reads what the shell has (usually nothing): the lookup reports it from the door's log;
* up to :data:`MAX_DOCUMENTS` linked JSON Resume files and CV/resume PDFs or DOCX are
  fetched (robots.txt applies to them too) and read with ``research.read``
  (``career_from_json_resume`` / ``career_from_bytes``); the results are merged into the
  page's career. When ``research.read`` cannot be imported the documents are skipped (their
  links stay visible through :func:`sources.webpage_parse.document_links`);
* a lead that is itself a PDF, DOCX, JSON Resume or text file is read as a document.

A page with ``noindex`` (meta robots or ``X-Robots-Tag``) comes back from the door without
a body: the career is empty; the lookup keeps the link. Contact details (emails, phone
numbers, street addresses) are never read from structured data and are scrubbed from any
text kept.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from research.fetch.outcome import Fetched
from research.model import Career, Evidence, Lead, Method, Subject
from research.source import Canary, Example, Expect, Source, SourceInfo
from sources.webpage_parse import (
    document_links,
    json_resume_links,
    looks_like_js_shell,
    merge_careers,
    page_links,
    parse_profile_page,
    profile_lead,
    same_person_name,
)

SOURCE_ID = "webpage"
MAX_DOCUMENTS = 2
"""Linked CV documents (and, separately, JSON Resume files) read per page."""
MAX_HINTS = 5
_DOCUMENT_TYPES = {
    "application/pdf": "cv.pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "cv.docx",
    "text/plain": "cv.txt",
}
_JSON_TYPES = {"application/json", "text/json"}

_HIRE = "Ada Okafor"


def _is_http(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _denied(url: str) -> bool:
    from research.fetch.guard import DEFAULT_DENY_HOSTS, deny_entry

    return deny_entry(urlsplit(url).hostname or "", DEFAULT_DENY_HOSTS) is not None


class WebPageSource(Source):
    """Reads one public page (and the CV documents it links to) into a Career."""

    fallback = True
    info = SourceInfo(
        id=SOURCE_ID,
        name="Web page",
        site="any public web page",
        kind="html",
        base_url="https://github.com/runnerup-cli/runnerup",
        terms_url="https://github.com/runnerup-cli/runnerup#terms-and-privacy",
        terms_reviewed=date(2026, 11, 25),
        terms_summary=(
            "Reads a page only when that site's robots.txt allows runnerup, never behind a "
            "login, never on hosts whose terms forbid automated access; honours "
            "noindex/noarchive"
        ),
        rate=1.0,
        fields=(
            "name",
            "headline",
            "experience",
            "education",
            "skills",
            "languages",
            "certifications",
            "location",
        ),
        canary=Canary(
            "https://microformats.org/wiki/h-card",
            "the microformats wiki's h-card page, which documents the markup this source reads",
            needs=("h-card", "p-name"),
        ),
    )

    examples = (
        Example(
            name="hire-homepage",
            sites=("ada-okafor.test",),
            lead=Lead(url="https://ada-okafor.test/", source=SOURCE_ID, name=_HIRE),
            expect=Expect(
                names=(_HIRE,),
                employers=("Northwind Robotics", "Tessellate Labs", "Brightwave"),
                titles=("Head of Platform", "Staff Engineer"),
                institutions=("University of Lakeside",),
                skills=("Kubernetes",),
                headline="Head of Platform",
            ),
        ),
        Example(
            name="namesake-staff-page",
            sites=("lakeside-health.test",),
            lead=Lead(
                url="https://lakeside-health.test/staff/ada-okafor", source=SOURCE_ID, name=_HIRE
            ),
            expect=Expect(
                names=(_HIRE,),
                employers=("Lakeside Health",),
                titles=("Charge Nurse",),
            ),
        ),
        Example(
            name="noindex-page-is-empty",
            sites=("ada-okafor.test",),
            lead=Lead(url="https://ada-okafor.test/drafts/notes.html", source=SOURCE_ID),
            expect=Expect(empty=True),
        ),
        Example(
            name="hint-url-gives-a-lead",
            sites=("ada-okafor.test",),
            subject=Subject(
                name=_HIRE,
                employer="Northwind Robotics",
                hints=["aka:Northwind", "https://ada-okafor.test/"],
            ),
            expect=Expect(
                lead_urls=("https://ada-okafor.test/",),
                max_leads=1,
                names=(_HIRE,),
                employers=("Northwind Robotics",),
                titles=("Head of Platform",),
            ),
        ),
        Example(
            name="js-homepage-rendered",
            sites=("ada-okafor-js.test",),
            lead=Lead(url="https://ada-okafor-js.test/", source=SOURCE_ID, name=_HIRE),
            expect=Expect(
                names=(_HIRE,),
                employers=("Northwind Robotics", "Tessellate Labs"),
                titles=("Head of Platform",),
            ),
            options={"needs_browser": True},
        ),
    )

    def accepts(self, lead: Lead) -> bool:
        """Any fetchable http(s) page on a host whose terms allow automated access."""
        return lead.fetchable and _is_http(lead.url) and not _denied(lead.url)

    async def search(self, subject: Subject) -> list[Lead]:
        leads: list[Lead] = []
        seen: set[str] = set()
        for hint in subject.hints:
            url = hint.strip()
            if not _is_http(url) or url in seen:
                continue
            seen.add(url)
            if len(seen) > MAX_HINTS:
                break
            leads.append(await self._hint_lead(url, subject))
        return leads

    async def _hint_lead(self, url: str, subject: Subject) -> Lead:
        extra = {"given_by_user": "yes"}
        base = Lead(
            url=url, source=SOURCE_ID, title="given as a hint", name=subject.name, extra=extra
        )
        if _denied(url):
            return base.model_copy(update={"fetchable": False})
        fetched = await self.get(url, purpose="see whom a given page is about")
        if not fetched.usable or fetched.content_type not in ("text/html", "application/xhtml+xml"):
            return base
        lead = profile_lead(fetched.text(), fetched.final_url or url, source=SOURCE_ID)
        return lead.model_copy(
            update={"url": url, "name": lead.name or subject.name, "extra": extra}
        )

    async def collect(self, lead: Lead) -> Career:
        if not self.accepts(lead):
            return Career()
        fetched = await self.get(lead.url, purpose="read a profile page")
        if not fetched.usable:
            return Career()
        url = fetched.final_url or lead.url
        fetched_at = fetched.provenance.fetched_at
        if fetched.content_type in _DOCUMENT_TYPES or fetched.content_type in _JSON_TYPES:
            return self._read_document(fetched, url, fetched_at) or Career()
        if fetched.content_type not in ("text/html", "application/xhtml+xml"):
            return Career()
        html = fetched.text()
        if looks_like_js_shell(html):
            rendered = await self.ctx.fetcher.render(
                url, source=SOURCE_ID, purpose="render a JavaScript-only page"
            )
            if rendered.usable and rendered.body:
                html = rendered.text()
                fetched_at = rendered.provenance.fetched_at
            elif rendered.noindex:
                return Career()
        career = parse_profile_page(html, url, fetched_at, name=lead.name, source=SOURCE_ID)
        readings = [career]
        for link in json_resume_links(html, url)[:MAX_DOCUMENTS]:
            readings.append(await self._fetch_document(link, lead.name))
        for link in document_links(html, url)[:MAX_DOCUMENTS]:
            readings.append(await self._fetch_document(link, lead.name))
        merged = merge_careers(*readings)
        merged.name = career.name or merged.name
        merged.headline = career.headline or merged.headline
        return merged

    async def _fetch_document(self, url: str, name: str | None) -> Career:
        fetched = await self.get(url, purpose="read a CV linked from a profile page")
        if not fetched.usable:
            return Career()
        career = self._read_document(
            fetched, fetched.final_url or url, fetched.provenance.fetched_at
        )
        if career is None:
            return Career()
        if name and career.name and not same_person_name(career.name, name):
            return Career()  # someone else's CV
        return career

    def _read_document(self, fetched: Fetched, url: str, fetched_at: datetime) -> Career | None:
        """A fetched CV document (PDF, DOCX, text, JSON Resume) -> Career; None when it is
        not one runnerup reads (or ``research.read`` is missing)."""
        try:
            from research.read import career_from_bytes, career_from_json_resume, is_json_resume
        except ImportError:
            return None
        try:
            if fetched.content_type in _JSON_TYPES:
                data: Any = fetched.json()
                if not is_json_resume(data):
                    return None
                evidence = Evidence(
                    source=SOURCE_ID, url=url, fetched_at=fetched_at, method=Method.JSON_RESUME
                )
                return career_from_json_resume(data, evidence=evidence)
            name = _DOCUMENT_TYPES.get(fetched.content_type)
            if name is None:
                return None
            tail = urlsplit(url).path.rsplit("/", 1)[-1]
            if re.search(r"\.(?:pdf|docx|txt|md)$", tail, re.IGNORECASE):
                name = tail
            return career_from_bytes(
                fetched.body, name=name, source=SOURCE_ID, url=url, fetched_at=fetched_at
            )
        except Exception:  # a broken document loses itself, not the page
            return None


__all__ = [
    "MAX_DOCUMENTS",
    "SOURCE_ID",
    "WebPageSource",
    "page_links",
    "parse_profile_page",
]
