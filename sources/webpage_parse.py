"""Pure parsing for the ``webpage`` source: one HTML page -> :class:`Career`, links, leads.

:func:`parse_profile_page` reads, in order of trust, and merges (the first reader's entry
wins; later readers fill its gaps and add their evidence):

1. JSON-LD ``Person`` (:mod:`sources.webpage_ld`): a page's ``mainEntity`` or ``about``,
   top-level persons and ``@graph`` members, then persons nested in any other node (a
   Course's ``instructor``, an Article's ``author``); the same person described in several
   blocks is read from all of them. ``name``, ``jobTitle``, ``worksFor`` (an Organization,
   or a Role with dates), ``alumniOf`` (an EducationalOrganization or an
   ``OrganizationRole`` with dates; a role without ``@type`` is recognised by its
   properties), ``hasOccupation`` (a Role with dates is a job even without an employer),
   ``hasCredential`` (degrees -> education, others -> certifications), ``knowsAbout``
   (skills), ``knowsLanguage``, ``address.addressLocality`` (never the street),
   ``description``;
2. microformats2 (:mod:`sources.webpage_mf`, mf2py): ``h-resume`` named by its own
   ``p-name`` or a person's ``p-contact`` card (never an organisation's card), with
   ``p-experience``/``p-education`` as ``h-event`` or ``h-card`` (``p-title`` or
   ``p-job-title``; a degree in ``p-description``), ``dt-start``/``dt-end``, ``p-skill``,
   ``p-summary``; else a person's ``h-card`` (``p-name``, ``p-job-title``, ``p-org``,
   ``p-locality``; ``u-email``, ``p-tel``, ``p-street-address`` are never read);
3. OpenGraph (``og:title``, ``og:description``, ``profile:first_name``/``last_name``): the
   name and headline only;
4. a text fallback (``research.read``: the resume reader over the visible page) that finds
   experience/education sections, used only when 1-2 found neither.

When the page is read for a named person, "the same name" is decided by
:func:`research.identity.names.same_name` ("Dr. Jeff Leek", "Jeff Leek, PhD" and "Leek,
Jeff" are "Jeff Leek"; another given name is not).

Every item carries :class:`Evidence` (the method and a short scrubbed quote). Free text
is passed through :func:`research.privacy.scrub`.

Links: :func:`page_links` (profile cross-links: ``sameAs``, ``rel=me``, code hosts, ORCID),
:func:`json_resume_links` and :func:`document_links` (CV/resume PDFs and DOCX), which the
source fetches and reads with ``research.read``.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

from research.identity.names import same_name
from research.model import Career, Lead, Method
from research.privacy import scrub
from sources._html import (
    absolute,
    as_list,
    clean,
    json_ld_nodes,
    meta_content,
    quote,
    soup,
    visible_text,
)
from sources.webpage_common import SOURCE_ID, merge_careers
from sources.webpage_ld import career_from_json_ld, person_links, pick_person
from sources.webpage_mf import career_from_mf_items, career_from_microformats

_CV_WORDS = re.compile(
    r"(?:\b|_)(?:resume|résumé|cv|curriculum|vitae|lebenslauf)(?:\b|_)", re.IGNORECASE
)
_DOCUMENT_EXT = re.compile(r"\.(?:pdf|docx)$", re.IGNORECASE)
_PROFILE_HOSTS = (
    ("github.com", re.compile(r"^/[A-Za-z0-9-]{1,39}/?$")),
    ("gitlab.com", re.compile(r"^/[\w.-]+/?$")),
    ("codeberg.org", re.compile(r"^/[\w.-]+/?$")),
    ("bitbucket.org", re.compile(r"^/[\w.-]+/?$")),
    ("orcid.org", re.compile(r"^/\d{4}-\d{4}-\d{4}-\d{3}[\dX]/?$")),
    ("linkedin.com", re.compile(r"^/in/[^/]+/?$")),
    ("stackoverflow.com", re.compile(r"^/users/\d+")),
    ("twitter.com", re.compile(r"^/\w{1,15}/?$")),
    ("x.com", re.compile(r"^/\w{1,15}/?$")),
    ("bsky.app", re.compile(r"^/profile/[^/]+/?$")),
    ("huggingface.co", re.compile(r"^/[\w.-]+/?$")),
    ("scholar.google.com", re.compile(r"^/citations")),
    ("keybase.io", re.compile(r"^/\w+/?$")),
    ("medium.com", re.compile(r"^/@[\w.-]+/?$")),
    ("dev.to", re.compile(r"^/[\w-]+/?$")),
    ("gitee.com", re.compile(r"^/[\w-]+/?$")),
)
_SHELL_TEXT = 120
"""Below this many characters of visible text, a page with scripts is a JavaScript shell."""


# -- OpenGraph --------------------------------------------------------------------------------


def opengraph(doc: BeautifulSoup | str, name: str | None = None) -> tuple[str | None, str | None]:
    """``(name, headline)`` from OpenGraph: ``profile:first_name``/``last_name`` and the
    part of ``og:title`` after the name ("Ada Okafor – Head of Platform"), else
    ``og:description``."""
    doc = soup(doc) if isinstance(doc, str) else doc
    first = meta_content(doc, "profile:first_name")
    last = meta_content(doc, "profile:last_name")
    og_name = " ".join(p for p in (first, last) if p) or None
    title = meta_content(doc, "og:title")
    description = meta_content(doc, "og:description")
    headline = None
    who = og_name or name
    if title and who:
        parts = re.split(r"\s+[-–—|:·]\s+", title, maxsplit=1)
        if len(parts) == 2 and same_name(parts[0], who):
            headline = parts[1]
            og_name = og_name or parts[0]
    if headline is None and description and len(description) <= 200:
        headline = description
    return og_name, (scrub(headline) if headline else None)


# -- text fallback ----------------------------------------------------------------------------


_NAV_TEXT = frozenset(
    {
        "home",
        "back",
        "back home",
        "back to top",
        "top",
        "next",
        "previous",
        "menu",
        "more",
        "read more",
        "skip to content",
        "all posts",
        "contact",
        "about",
        "blog",
    }
)


def _without_navigation(html: str) -> str:
    """The page without navigation: nav/header/footer/aside/form elements and lines that are
    only a "Home"/"Back"-style link."""
    doc = soup(html)
    for tag in doc.find_all(["nav", "header", "footer", "aside", "form", "script", "style"]):
        tag.decompose()
    for tag in doc.find_all(["p", "li", "div"]):
        if isinstance(tag, Tag) and clean(tag.get_text(" ")).casefold() in _NAV_TEXT:
            tag.decompose()
    return str(doc)


def career_from_visible_text(
    html: str, url: str, fetched_at: datetime | None = None, *, source: str = SOURCE_ID
) -> Career:
    """Experience/education sections found in the page by the resume reader
    (``research.read``); an empty Career when the reader is missing or fails."""
    try:
        from research.read import career_from_bytes
    except ImportError:
        return Career()
    try:
        return career_from_bytes(
            _without_navigation(html).encode("utf-8"),
            name="page.html",
            source=source,
            url=url,
            fetched_at=fetched_at,
            method=Method.TEXT,
        )
    except Exception:  # a page the reader cannot cut into sections says nothing
        return Career()


# -- the page as a whole ----------------------------------------------------------------------


def parse_profile_page(
    html: str,
    url: str,
    fetched_at: datetime | None = None,
    *,
    name: str | None = None,
    source: str = SOURCE_ID,
    text_fallback: bool = True,
) -> Career:
    """Everything a profile page says about its person (see the module docstring).

    ``name``: the person the page is read for; when given, JSON-LD persons and h-cards
    with another name are ignored (a team page lists many people)."""
    doc = soup(html)
    from_ld = career_from_json_ld(doc, url, fetched_at, name=name, source=source)
    from_mf = career_from_microformats(html, url, fetched_at, name=name, source=source)
    career = merge_careers(from_ld, from_mf)
    og_name, og_headline = opengraph(doc, name or career.name)
    if not (name and og_name and not same_name(og_name, name)):  # not someone else's
        career.name = career.name or og_name
        career.headline = career.headline or og_headline
    if text_fallback and not (career.experiences or career.education):
        from_text = career_from_visible_text(html, url, fetched_at, source=source)
        named = not name or not from_text.name or same_name(from_text.name, name)
        if named:
            keep_name = career.name
            career = merge_careers(career, from_text)
            career.name = keep_name or from_text.name
    if career.name:
        career.name = scrub(career.name) or None
    return career


def looks_like_js_shell(html: str) -> bool:
    """An empty JavaScript application page: scripts, and almost no visible text or data."""
    doc = soup(html)
    scripts = [
        s
        for s in doc.find_all("script")
        if not re.search(r"ld\+json", str(s.get("type") or ""), re.I)
    ]
    if not scripts:
        return False
    if any(True for _ in json_ld_nodes(doc)):
        return False
    body = doc.body or doc
    text = visible_text(body)
    return len(text) < _SHELL_TEXT


def _link_tags(doc: BeautifulSoup) -> list[Tag]:
    return [t for t in doc.find_all(["a", "link"], href=True) if isinstance(t, Tag)]


def _is_profile_url(url: str) -> bool:
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    for domain, path in _PROFILE_HOSTS:
        if host == domain or (domain == "linkedin.com" and host.endswith(".linkedin.com")):
            return bool(path.match(parts.path or "/"))
    return host.endswith(".github.io") and parts.path in ("", "/")


def page_links(html: str, base_url: str) -> list[str]:
    """Absolute http(s) links that look like the person's other profiles: JSON-LD
    ``sameAs``/``url``, ``rel=me`` links, and links to code hosts, ORCID, LinkedIn and the
    like. The page itself is left out; order kept, duplicates dropped."""
    doc = soup(html)
    found = person_links(doc, base_url)
    for tag in _link_tags(doc):
        link = absolute(tag.get("href"), base_url)
        if not link:
            continue
        rels = {str(r).lower() for r in as_list(tag.get("rel"))}
        if "me" in rels or _is_profile_url(link):
            found.append(link)
    own = absolute(base_url, base_url)
    out: list[str] = []
    for link in found:
        if link != own and link not in out:
            out.append(link)
    return out


def json_resume_links(html: str, base_url: str) -> list[str]:
    """Links to JSON Resume files (``resume.json``, or JSON links called a resume)."""
    doc = soup(html)
    out: list[str] = []
    for tag in _link_tags(doc):
        link = absolute(tag.get("href"), base_url)
        if not link:
            continue
        path = urlsplit(link).path.lower()
        text = (
            clean(tag.get_text(" ")) + " " + clean(tag.get("title")) + " " + clean(tag.get("type"))
        )
        named = path.endswith("resume.json") or (
            (path.endswith(".json") or "json" in text.lower())
            and _CV_WORDS.search(path + " " + text) is not None
        )
        if named and link not in out:
            out.append(link)
    return out


def document_links(html: str, base_url: str) -> list[str]:
    """Links to CV/resume documents: a PDF or DOCX link whose text or address says resume,
    CV, curriculum vitae or Lebenslauf."""
    doc = soup(html)
    out: list[str] = []
    for tag in doc.find_all("a", href=True):
        if not isinstance(tag, Tag):
            continue
        link = absolute(tag.get("href"), base_url)
        if not link:
            continue
        path = urlsplit(link).path
        if not _DOCUMENT_EXT.search(path):
            continue
        text = clean(tag.get_text(" ")) + " " + clean(tag.get("title"))
        if (_CV_WORDS.search(path.rsplit("/", 1)[-1]) or _CV_WORDS.search(text)) and (
            link not in out
        ):
            out.append(link)
    return out


def page_title(doc: BeautifulSoup) -> str:
    title = doc.find("title")
    return clean(title.get_text(" ")) if isinstance(title, Tag) else ""


def profile_lead(
    html: str,
    url: str,
    *,
    name: str | None = None,
    source: str = SOURCE_ID,
) -> Lead:
    """A lead describing a profile page: who it names, their headline, employer and
    location, and the profiles it links to."""
    doc = soup(html)
    career = parse_profile_page(html, url, name=name, source=source, text_fallback=False)
    current = next((e for e in career.experiences if e.end is None and e.employer), None)
    description = meta_content(doc, "description", "og:description")
    return Lead(
        url=url,
        source=source,
        title=scrub(page_title(doc)),
        snippet=quote(description) if description else "",
        name=career.name,
        employer=current.employer if current else None,
        headline=career.headline,
        location=career.location,
        links=page_links(html, url),
    )


__all__ = [
    "career_from_json_ld",
    "career_from_mf_items",
    "career_from_microformats",
    "career_from_visible_text",
    "document_links",
    "json_resume_links",
    "looks_like_js_shell",
    "merge_careers",
    "opengraph",
    "page_links",
    "parse_profile_page",
    "pick_person",
    "profile_lead",
]
