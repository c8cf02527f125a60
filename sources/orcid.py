"""ORCID: researchers' public records through the public API v3.0 (``pub.orcid.org``).

``search`` asks the expanded search (``/expanded-search/``, Solr syntax) for
``given-names:Ada AND family-name:Okafor AND affiliation-org-name:"Northwind Robotics"``;
when that finds nobody it asks once more without the affiliation, because many records
list no employer. Each hit becomes a lead (``https://orcid.org/<iD>``) with the record's
affiliations in ``extra["institutions"]`` and the snippet. The lead's ``employer`` is the
affiliation that matches the subject's employer, and otherwise NONE: the search answer's
``institution-name`` is every affiliation of the record (employments, schools, memberships,
funders, as ORCID's own example shows) in no order that says which is current, so no
entry of it can stand for the person's employer. The record's employments (``collect``)
say that.

``collect`` reads four documented endpoints of one iD: ``/personal-details`` (name and
biography), ``/employments`` and ``/educations`` (the "affiliation-group" / "summaries"
shapes: role title, department, organisation, start and end dates) and ``/works`` (titles,
dates and DOIs). ORCID records are entered by their owners in structured fields, so the
dates and titles are used exactly as given (year, or year and month).

Never read: the ``email`` lists of search results and records; any contact detail in a
biography is scrubbed (:func:`research.privacy.scrub`).

Refusals: ORCID refusing a request this source needs (rate limit, 401/403, a server that
fails) raises :class:`research.errors.SourceError`; an unknown iD (404) or a deprecated,
locked or deactivated record (409, 410) gives an empty career. The public API needs no
key; ``[sources.orcid] base_url`` points at the sandbox (``https://pub.sandbox.orcid.org/v3.0``)
if wanted.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from research.fields import span as _span
from research.fields import text as _text
from research.model import (
    Career,
    Education,
    Evidence,
    Experience,
    Lead,
    Method,
    PartialDate,
    Subject,
    Work,
    WorkKind,
)
from research.privacy import scrub
from research.skills import degree_level
from research.source import ApiEndpoint, Canary, Example, Expect, JsonAnswer, Source, SourceInfo
from sources._api import api_evidence

SOURCE_ID = "orcid"
ROWS = 10
"""Search results asked for (one request)."""
MAX_LEADS = 5
MAX_WORKS = 50
MAX_SUMMARY_CHARS = 2000

_ORCID_ID = re.compile(r"^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$")
_SOLR_SPECIAL = re.compile(r'[+\-&|!(){}\[\]^"~*?:\\/]')

HEADERS: Mapping[str, str] = {"Accept": "application/json"}

HIRE_ID = "0000-0003-4521-7783"
NAMESAKE_ID = "0000-0002-8890-114X"


# -- pure parsing -----------------------------------------------------------------------------


def _value(node: Any) -> str:
    """``{"value": "x"}`` -> ``"x"`` (ORCID wraps most scalars this way)."""
    if isinstance(node, dict):
        value = node.get("value")
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return _text(value)
    return _text(node)


def _dict(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def is_orcid_id(text: str) -> bool:
    """Whether ``text`` is an ORCID iD with a valid ISO 7064 11-2 check digit."""
    if not _ORCID_ID.match(text):
        return False
    digits = text.replace("-", "")
    total = 0
    for char in digits[:-1]:
        total = (total + int(char)) * 2
    check = (12 - total % 11) % 11
    return digits[-1] == ("X" if check == 10 else str(check))


def record_url(orcid_id: str) -> str:
    return f"https://orcid.org/{orcid_id}"


def _solr_value(text: str) -> str:
    """A Solr field value: special characters removed, quoted when it has spaces."""
    cleaned = " ".join(_SOLR_SPECIAL.sub(" ", text).split())
    return f'"{cleaned}"' if " " in cleaned else cleaned


def build_query(subject: Subject, *, with_affiliation: bool = True) -> str:
    """The ``q`` of an expanded search in ORCID's documented Solr syntax."""
    words = _SOLR_SPECIAL.sub(" ", subject.name).split()
    if not words:
        return ""
    parts: list[str] = []
    if len(words) > 1:
        parts.append(f"given-names:{_solr_value(' '.join(words[:-1]))}")
    parts.append(f"family-name:{_solr_value(words[-1])}")
    employer = " ".join(_SOLR_SPECIAL.sub(" ", subject.employer).split())
    if with_affiliation and employer:
        parts.append(f'affiliation-org-name:"{employer}"')
    return " AND ".join(parts)


def _pick_employer(institutions: list[str], hint: str | None) -> str | None:
    """The affiliation that matches the employer the user gave; None when none does (see
    the module docstring: the list does not say which affiliation is an employer)."""
    wanted = (hint or "").casefold().strip()
    if not wanted:
        return None
    for name in institutions:
        folded = name.casefold()
        if wanted in folded or folded in wanted:
            return name
    return None


_PLACEHOLDER = re.compile(r"^[a-z]+:[a-z-]+$")
"""An unfilled element name standing in for an organisation ("common:name")."""


def parse_search(data: Mapping[str, Any], employer_hint: str | None = None) -> list[Lead]:
    """Leads from an ``/expanded-search/`` answer (``expanded-result`` is null when nothing
    matched). The ``email`` lists are never read."""
    leads: list[Lead] = []
    seen: set[str] = set()
    for item in _list(data.get("expanded-result")):
        if not isinstance(item, dict):
            continue
        orcid_id = _text(item.get("orcid-id")).upper()
        if not is_orcid_id(orcid_id) or orcid_id in seen:
            continue
        seen.add(orcid_id)
        given = scrub(_text(item.get("given-names")))
        family = scrub(_text(item.get("family-names")))
        credit = scrub(_text(item.get("credit-name")))
        name = " ".join(p for p in (given, family) if p) or credit or None
        institutions: list[str] = []
        for raw in _list(item.get("institution-name")):
            institution = scrub(_text(raw))
            if _PLACEHOLDER.match(institution):
                continue
            if institution and institution not in institutions:
                institutions.append(institution)
        extra: dict[str, str] = {"orcid_id": orcid_id}
        if institutions:
            extra["institutions"] = "; ".join(institutions)
        other = [scrub(_text(n)) for n in _list(item.get("other-name")) if _text(n)]
        if other:
            extra["other_names"] = "; ".join(other)
        url = record_url(orcid_id)
        leads.append(
            Lead(
                url=url,
                source=SOURCE_ID,
                title=f"{name} ({orcid_id})" if name else orcid_id,
                snippet=("Affiliations: " + "; ".join(institutions)) if institutions else "",
                handle=orcid_id,
                name=name,
                employer=_pick_employer(institutions, employer_hint),
                links=[url],
                extra=extra,
            )
        )
    return leads


def parse_date(node: Any) -> PartialDate | None:
    """An ORCID fuzzy date ``{"year": {"value": "2019"}, "month": {"value": "03"}, ...}``
    as a year or a year and month (the day is dropped)."""
    node = _dict(node)
    year = _value(node.get("year"))
    if not year.isdigit():
        return None
    month = _value(node.get("month"))
    try:
        if month.isdigit() and 1 <= int(month) <= 12:
            return PartialDate(year=int(year), month=int(month))
        return PartialDate(year=int(year))
    except ValueError:
        return None


def _summaries(data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    """The ``<key>`` summaries of an affiliations answer (``affiliation-group`` ->
    ``summaries`` -> ``{key: {...}}``), in ORCID's order, duplicates dropped."""
    found: list[Mapping[str, Any]] = []
    for group in _list(data.get("affiliation-group")):
        for entry in _list(_dict(group).get("summaries")):
            summary = _dict(_dict(entry).get(key))
            if summary:
                found.append(summary)
    return found


def _organization(summary: Mapping[str, Any]) -> tuple[str, str | None]:
    org = _dict(summary.get("organization"))
    name = scrub(_text(org.get("name")))
    address = _dict(org.get("address"))
    parts = [scrub(_text(address.get(k))) for k in ("city", "region", "country")]
    location = ", ".join(p for p in parts if p) or None
    return name, location


def parse_employments(
    data: Mapping[str, Any], url: str, fetched_at: datetime | None
) -> list[Experience]:
    """Experiences from an ``/employments`` answer: title = role-title, employer =
    organization name, dates as entered; the department becomes the summary."""
    experiences: list[Experience] = []
    seen: set[tuple[str, str, str]] = set()
    for summary in _summaries(data, "employment-summary"):
        employer, location = _organization(summary)
        title = scrub(_text(summary.get("role-title")))
        if not employer and not title:
            continue
        start = parse_date(summary.get("start-date"))
        end = parse_date(summary.get("end-date"))
        key = (title.casefold(), employer.casefold(), str(start))
        if key in seen:
            continue
        seen.add(key)
        department = scrub(_text(summary.get("department-name")))
        quote = ", ".join(p for p in (title, department, employer) if p) + _span(start, end)
        experiences.append(
            Experience(
                title=title,
                employer=employer,
                start=start,
                end=end,
                location=location,
                summary=f"Department: {department}" if department else "",
                evidence=[api_evidence(SOURCE_ID, url, fetched_at, quote)],
            )
        )
    return experiences


def parse_educations(
    data: Mapping[str, Any], url: str, fetched_at: datetime | None
) -> list[Education]:
    """Education from an ``/educations`` answer: degree = role-title (its level by
    :func:`research.skills.degree_level`), field = department-name."""
    education: list[Education] = []
    seen: set[tuple[str, str, str]] = set()
    for summary in _summaries(data, "education-summary"):
        institution, _location = _organization(summary)
        degree = scrub(_text(summary.get("role-title")))
        if not institution:
            continue
        start = parse_date(summary.get("start-date"))
        end = parse_date(summary.get("end-date"))
        key = (degree.casefold(), institution.casefold(), str(start))
        if key in seen:
            continue
        seen.add(key)
        field = scrub(_text(summary.get("department-name"))) or None
        quote = ", ".join(p for p in (degree, field, institution) if p) + _span(start, end)
        education.append(
            Education(
                institution=institution,
                degree=degree,
                level=degree_level(degree) if degree else None,
                field=field,
                start=start,
                end=end,
                evidence=[api_evidence(SOURCE_ID, url, fetched_at, quote)],
            )
        )
    return education


_WORK_KINDS: dict[str, WorkKind] = {
    "patent": "patent",
    "lecture-speech": "talk",
    "conference-presentation": "talk",
    "software": "project",
    "data-set": "project",
}


def _work_url(summary: Mapping[str, Any]) -> str | None:
    ids = _list(_dict(summary.get("external-ids")).get("external-id"))
    for wanted in ("doi", "arxiv", "uri"):
        for ext in ids:
            ext = _dict(ext)
            if _text(ext.get("external-id-type")).lower() != wanted:
                continue
            link = _value(ext.get("external-id-url"))
            value = _text(ext.get("external-id-value"))
            if not link and wanted == "doi" and value:
                link = "https://doi.org/" + value
            if link.startswith(("https://", "http://")):
                return link
    link = _value(summary.get("url"))
    return link if link.startswith(("https://", "http://")) else None


def parse_works(data: Mapping[str, Any], url: str, fetched_at: datetime | None) -> list[Work]:
    """Works from a ``/works`` answer (``group`` -> ``work-summary``; the first summary of
    each group is ORCID's preferred version). ``url`` (the record) is the evidence of a
    work that has no link of its own."""
    works: list[Work] = []
    for group in _list(data.get("group")):
        summaries = [s for s in _list(_dict(group).get("work-summary")) if isinstance(s, dict)]
        if not summaries:
            continue
        summary = summaries[0]
        title = scrub(_value(_dict(summary.get("title")).get("title")))
        if not title:
            continue
        kind_name = _text(summary.get("type")).lower()
        journal = scrub(_value(summary.get("journal-title")))
        published = parse_date(summary.get("publication-date"))
        link = _work_url(summary)
        description = ", ".join(p for p in (kind_name.replace("-", " "), journal) if p)
        quote = (
            title + (f" ({journal})" if journal else "") + (f", {published}" if published else "")
        )
        works.append(
            Work(
                kind=_WORK_KINDS.get(kind_name, "publication"),
                title=title,
                url=link,
                date=published,
                description=description,
                evidence=[
                    Evidence(
                        source=SOURCE_ID,
                        url=link or url,
                        fetched_at=fetched_at,
                        method=Method.API,
                        quote=quote[:300],
                    )
                ],
            )
        )
        if len(works) >= MAX_WORKS:
            break
    return works


def parse_personal_details(data: Mapping[str, Any]) -> tuple[str | None, str]:
    """Name (given + family, else credit name) and the scrubbed biography of a
    ``/personal-details`` answer."""
    name_node = _dict(data.get("name"))
    given = scrub(_value(name_node.get("given-names")))
    family = scrub(_value(name_node.get("family-name")))
    credit = scrub(_value(name_node.get("credit-name")))
    name = " ".join(p for p in (given, family) if p) or credit or None
    biography = _text(_dict(data.get("biography")).get("content"))
    lines = [scrub(line).strip() for line in biography.splitlines()]
    summary = "\n".join(line for line in lines if line)
    return name, summary[:MAX_SUMMARY_CHARS]


def headline_of(experiences: list[Experience]) -> str | None:
    """ "Title at Employer" of the first open-ended employment (ORCID lists the most
    recent first), else of the first one."""
    current = next((e for e in experiences if e.end is None), None) or (
        experiences[0] if experiences else None
    )
    if current is None:
        return None
    if current.title and current.employer:
        return f"{current.title} at {current.employer}"
    return current.title or current.employer or None


def orcid_of(lead: Lead) -> str | None:
    """The ORCID iD of a lead: its handle when it came from this source, else the path of
    an ``https://orcid.org/<iD>`` URL."""
    if lead.source == SOURCE_ID and lead.handle and is_orcid_id(lead.handle.upper()):
        return lead.handle.upper()
    parts = urlsplit(lead.url)
    if (parts.hostname or "").lower() not in ("orcid.org", "www.orcid.org"):
        return None
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) != 1:
        return None
    candidate = segments[0].upper()
    return candidate if is_orcid_id(candidate) else None


# -- the source -------------------------------------------------------------------------------


class OrcidSource(Source):
    info = SourceInfo(
        id=SOURCE_ID,
        name="ORCID",
        site="orcid.org",
        kind="api",
        base_url="https://pub.orcid.org/v3.0",
        terms_url="https://info.orcid.org/public-client-terms-of-service/",
        terms_reviewed=date(2026, 11, 25),
        terms_summary=(
            "ORCID's public API terms allow non-commercial use of the data people made "
            "public; runnerup reads one person's public record for the user's own "
            "comparison, never emails, at one request a second (far under the documented "
            "24 requests a second)."
        ),
        rate=1.0,
        fields=("name", "summary", "experiences", "education", "publications"),
        api_endpoints=(
            ApiEndpoint(
                "pub.orcid.org",
                ("/v3.0/",),
                "https://info.orcid.org/public-client-terms-of-service/",
            ),
        ),
        canary=Canary(
            "https://pub.orcid.org/v3.0/0000-0002-1825-0097/personal-details",
            "Josiah Carberry, ORCID's fictitious test researcher",
            needs=("name.given-names.value", "name.family-name.value"),
            headers={"Accept": "application/json"},
        ),
    )

    examples = (
        Example(
            name="finds the hire by name and employer",
            sites=("pub.orcid.org",),
            subject=Subject(
                name="Ada Okafor", employer="Northwind Robotics", role="Head of Platform"
            ),
            expect=Expect(
                lead_urls=(record_url(HIRE_ID),),
                no_lead_urls=(record_url(NAMESAKE_ID),),
                min_leads=1,
                max_leads=1,
                names=("Ada Okafor",),
                employers=("Northwind Robotics",),
            ),
        ),
        Example(
            name="without a matching employer both namesakes come back, told apart",
            sites=("pub.orcid.org",),
            subject=Subject(name="Ada Okafor", employer="Acme Widgets"),
            expect=Expect(
                lead_urls=(record_url(HIRE_ID), record_url(NAMESAKE_ID)),
                min_leads=2,
                # told apart by their affiliations (the snippet), not by a guessed employer
                employers=(),
                not_requested=(f"pub.orcid.org/v3.0/{HIRE_ID}",),
            ),
        ),
        Example(
            name="collects the hire's employments, education and works",
            sites=("pub.orcid.org",),
            lead=Lead(url=record_url(HIRE_ID), source=SOURCE_ID, handle=HIRE_ID),
            expect=Expect(
                names=("Ada Okafor",),
                employers=("Northwind Robotics", "Tessellate Labs", "Brightwave"),
                titles=("Head of Platform", "Staff Engineer", "Software Engineer"),
                institutions=("University of Lakeside",),
                works=("motion planning",),
                headline="Head of Platform at Northwind Robotics",
            ),
        ),
        Example(
            name="the namesake's record is a nurse's",
            sites=("pub.orcid.org",),
            lead=Lead(url=record_url(NAMESAKE_ID), source=SOURCE_ID, handle=NAMESAKE_ID),
            expect=Expect(
                names=("Ada Okafor",),
                employers=("Lakeside Health",),
                titles=("Nurse",),
                headline="Lakeside Health",
                not_requested=(f"pub.orcid.org/v3.0/{HIRE_ID}",),
            ),
        ),
        Example(
            name="nobody by that name",
            sites=("pub.orcid.org",),
            subject=Subject(name="Zora Quillfeather", employer="Northwind Robotics"),
            expect=Expect(max_leads=0),
        ),
    )

    async def _api(
        self, path: str, what: str, *, params: Mapping[str, str] | None = None
    ) -> JsonAnswer:
        # 409: a deprecated, locked or deactivated record: nothing to read, not a failure
        return await self.get_json(
            self.base_url + path, what, params=params, headers=HEADERS, absent=(409,)
        )

    async def search(self, subject: Subject) -> list[Lead]:
        queries = [build_query(subject)]
        if subject.employer.strip():
            queries.append(build_query(subject, with_affiliation=False))
        leads: list[Lead] = []
        for query in dict.fromkeys(q for q in queries if q):
            answer = await self._api(
                "/expanded-search/", "the record search", params={"q": query, "rows": str(ROWS)}
            )
            data = answer.data
            leads = parse_search(data, subject.employer) if isinstance(data, dict) else []
            if leads:
                break
        return leads[:MAX_LEADS]

    def accepts(self, lead: Lead) -> bool:
        return orcid_of(lead) is not None

    async def collect(self, lead: Lead) -> Career:
        orcid_id = orcid_of(lead)
        if orcid_id is None:
            return Career()
        url = record_url(orcid_id)
        details = await self._api(f"/{orcid_id}/personal-details", f"the name of {orcid_id}")
        if details.data is None:
            return Career()
        name, summary = (
            parse_personal_details(details.data) if isinstance(details.data, dict) else (None, "")
        )
        jobs = await self._api(f"/{orcid_id}/employments", f"the employments of {orcid_id}")
        experiences = (
            parse_employments(jobs.data, url, jobs.fetched_at)
            if isinstance(jobs.data, dict)
            else []
        )
        schools = await self._api(f"/{orcid_id}/educations", f"the education of {orcid_id}")
        education = (
            parse_educations(schools.data, url, schools.fetched_at)
            if isinstance(schools.data, dict)
            else []
        )
        works_answer = await self._api(f"/{orcid_id}/works", f"the works of {orcid_id}")
        works = (
            parse_works(works_answer.data, url, works_answer.fetched_at)
            if isinstance(works_answer.data, dict)
            else []
        )
        return Career(
            name=name or lead.name,
            headline=headline_of(experiences),
            summary=summary,
            experiences=experiences,
            education=education,
            work=works,
        )


__all__ = [
    "OrcidSource",
    "build_query",
    "headline_of",
    "is_orcid_id",
    "orcid_of",
    "parse_date",
    "parse_educations",
    "parse_employments",
    "parse_personal_details",
    "parse_search",
    "parse_works",
    "record_url",
]
