"""Wikidata: notable people's employers, positions and education through the SPARQL
endpoint of the Wikidata Query Service.

Only notable people have items, so this source finds few hires; when it does, the data is
structured and dated. ``search`` asks for humans (``wdt:P31 wd:Q5``) whose label is exactly
the subject's name (English or the language-independent ``mul`` label) and returns one
lead per item: label, description (a namesake footballer's description says so), and the
employers and occupations listed, so the identity check can tell items apart.

``collect`` asks for one item's statements: employers (P108, with the role qualifiers P39 /
P2868 / P3831), positions held (P39, with "of" P642 / employer P108 qualifiers), educated at
(P69, with academic degree P512 and academic major P812), occupations (P106), each with
start / end time qualifiers (P580 / P582) and their precision. Deprecated statements are
left out. Dates keep the precision Wikidata states (year, or month); without a stated
precision a 1 January date is read as a year.

The queries are built by pure functions (:func:`build_search_query`,
:func:`build_collect_query`) and answered in the documented SPARQL 1.1 JSON results format
(``head.vars``, ``results.bindings``), parsed by :func:`parse_bindings` and friends.

Refusals: the query service refusing (HTTP 429 with Retry-After, 403 for a missing or
abusive User-Agent, a timeout) raises :class:`research.errors.SourceError`. The fetch door
sends an honest User-Agent (``runnerup/<version> (+project URL)``), as Wikimedia's
User-Agent policy asks.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from research.errors import SourceError
from research.fetch.outcome import Outcome
from research.fields import span as _span
from research.model import (
    Career,
    Education,
    Evidence,
    Experience,
    Lead,
    Method,
    PartialDate,
    Skill,
    Subject,
)
from research.privacy import scrub
from research.skills import degree_level, lookup_skill
from research.source import ApiEndpoint, Canary, Example, Expect, JsonAnswer, Source, SourceInfo

SOURCE_ID = "wikidata"
ENTITY_PREFIX = "http://www.wikidata.org/entity/"
MAX_LEADS = 5
SEARCH_LIMIT = 100
"""Rows per search query (an item with several employers and occupations has several)."""

_QID = re.compile(r"^Q[1-9]\d*$")
_TIME = re.compile(r"^[+]?(\d{4})-(\d{2})-(\d{2})T")

HEADERS: Mapping[str, str] = {"Accept": "application/sparql-results+json"}
SITE = "The Wikidata Query Service"
"""The service as messages name it."""
HINTS: Mapping[Outcome | int, str] = {
    Outcome.BLOCKED: "It blocks clients without an honest User-Agent or that query too much.",
}
"""The service's own advice after the contract's refusal messages."""

HIRE_QID = "Q999990001"
NAMESAKE_QID = "Q999990002"


# -- queries ----------------------------------------------------------------------------------


def sparql_string(text: str) -> str:
    """A SPARQL string literal (double quotes, escaped) holding ``text``."""
    escaped = (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    return f'"{escaped}"'


SEARCH_VARS = (
    "?item ?itemLabel ?itemDescription ?employer ?employerLabel ?occupation ?occupationLabel"
)
COLLECT_VARS = (
    "?statement ?property ?value ?valueLabel ?role ?roleLabel ?of ?ofLabel ?degree ?degreeLabel"
    " ?major ?majorLabel ?start ?startPrecision ?end ?endPrecision ?itemLabel ?itemDescription"
)
_LABELS = '  SERVICE wikibase:label { bd:serviceParam wikibase:language "en,mul". }'


def build_search_query(name: str) -> str:
    """Humans whose English or ``mul`` label is exactly ``name``, with their description,
    employers and occupations (one row per combination)."""
    literal = sparql_string(" ".join(name.split()))
    return "\n".join(
        (
            f"SELECT {SEARCH_VARS} WHERE {{",
            f"  VALUES ?label {{ {literal}@en {literal}@mul }}",
            "  ?item rdfs:label ?label ;",
            "        wdt:P31 wd:Q5 .",
            "  OPTIONAL { ?item wdt:P108 ?employer . }",
            "  OPTIONAL { ?item wdt:P106 ?occupation . }",
            _LABELS,
            "}",
            f"LIMIT {SEARCH_LIMIT}",
        )
    )


def build_collect_query(qid: str) -> str:
    """One item's employers, positions, education and occupations with their qualifiers."""
    if not _QID.match(qid):
        raise ValueError(f"not a Wikidata item id: {qid!r}")
    return "\n".join(
        (
            f"SELECT {COLLECT_VARS} WHERE {{",
            f"  VALUES ?item {{ wd:{qid} }}",
            "  VALUES (?property ?p ?ps) {",
            '    ("P108" p:P108 ps:P108)',
            '    ("P39" p:P39 ps:P39)',
            '    ("P69" p:P69 ps:P69)',
            '    ("P106" p:P106 ps:P106)',
            "  }",
            "  ?item ?p ?statement .",
            "  ?statement ?ps ?value .",
            "  FILTER NOT EXISTS { ?statement wikibase:rank wikibase:DeprecatedRank . }",
            "  OPTIONAL { ?statement pq:P39|pq:P2868|pq:P3831 ?role . }",
            "  OPTIONAL { ?statement pq:P642|pq:P108 ?of . }",
            "  OPTIONAL { ?statement pq:P512 ?degree . }",
            "  OPTIONAL { ?statement pq:P812 ?major . }",
            "  OPTIONAL { ?statement pqv:P580 [ wikibase:timeValue ?start ;",
            "                                   wikibase:timePrecision ?startPrecision ] . }",
            "  OPTIONAL { ?statement pqv:P582 [ wikibase:timeValue ?end ;",
            "                                   wikibase:timePrecision ?endPrecision ] . }",
            _LABELS,
            "}",
        )
    )


# -- pure parsing -----------------------------------------------------------------------------


def parse_bindings(data: Any) -> list[dict[str, str]]:
    """The rows of a SPARQL 1.1 JSON results document as ``{var: value}`` (unbound
    variables absent). ``head.vars`` limits the variables read."""
    if not isinstance(data, dict):
        return []
    head = data.get("head")
    wanted = head.get("vars") if isinstance(head, dict) else None
    results = data.get("results")
    bindings = results.get("bindings") if isinstance(results, dict) else None
    if not isinstance(bindings, list):
        return []
    rows: list[dict[str, str]] = []
    for binding in bindings:
        if not isinstance(binding, dict):
            continue
        row: dict[str, str] = {}
        for var, term in binding.items():
            if isinstance(wanted, list) and var not in wanted:
                continue
            if isinstance(term, dict) and isinstance(term.get("value"), str):
                row[var] = term["value"]
        rows.append(row)
    return rows


def qid_of(uri: str) -> str | None:
    """``http://www.wikidata.org/entity/Q42`` -> ``Q42``."""
    if not uri.startswith(ENTITY_PREFIX):
        return None
    qid = uri[len(ENTITY_PREFIX) :]
    return qid if _QID.match(qid) else None


def _label(row: Mapping[str, str], var: str) -> str:
    """A label from the label service; an unlabelled item comes back as its bare Q-id,
    which is no name."""
    label = scrub(row.get(f"{var}Label", "").strip())
    return "" if _QID.match(label) else label


def parse_time(value: str | None, precision: str | None = None) -> PartialDate | None:
    """A Wikidata time (``2019-03-01T00:00:00Z``, or ``+2019-03-01T00:00:00Z`` in the
    Wikibase form) as a year or a year and month. Precision 9 is a year, 10 or finer a
    month; without a precision, 1 January means a year."""
    match = _TIME.match((value or "").strip())
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    if precision is not None and precision.strip().isdigit():
        as_year = int(precision) <= 9
    else:
        as_year = month == 1 and day == 1
    try:
        if as_year or month == 0:
            return PartialDate(year=year)
        return PartialDate(year=year, month=month)
    except ValueError:
        return None  # before 1900 or malformed


def item_url(qid: str) -> str:
    return f"https://www.wikidata.org/wiki/{qid}"


@dataclass
class _Item:
    qid: str
    label: str = ""
    description: str = ""
    employers: list[str] = field(default_factory=list)
    occupations: list[str] = field(default_factory=list)


def _pick(values: list[str], hint: str | None) -> str | None:
    wanted = (hint or "").casefold().strip()
    if wanted:
        for value in values:
            folded = value.casefold()
            if wanted in folded or folded in wanted:
                return value
    return values[0] if values else None


def parse_search(data: Any, employer_hint: str | None = None) -> list[Lead]:
    """One lead per item in a search answer (rows grouped by ``?item``), in answer order."""
    items: dict[str, _Item] = {}
    for row in parse_bindings(data):
        qid = qid_of(row.get("item", ""))
        if qid is None:
            continue
        item = items.setdefault(qid, _Item(qid))
        item.label = item.label or _label(row, "item")
        item.description = item.description or scrub(row.get("itemDescription", "").strip())
        employer = _label(row, "employer")
        if employer and employer not in item.employers:
            item.employers.append(employer)
        occupation = _label(row, "occupation")
        if occupation and occupation not in item.occupations:
            item.occupations.append(occupation)
    leads: list[Lead] = []
    for item in items.values():
        url = item_url(item.qid)
        extra = {"qid": item.qid}
        if item.description:
            extra["description"] = item.description
        if item.employers:
            extra["employers"] = "; ".join(item.employers)
        if item.occupations:
            extra["occupations"] = "; ".join(item.occupations)
        headline = item.description or ("; ".join(item.occupations) or None)
        leads.append(
            Lead(
                url=url,
                source=SOURCE_ID,
                title=f"{item.label} ({item.description})" if item.description else item.label,
                snippet=item.description,
                handle=item.qid,
                name=item.label or None,
                employer=_pick(item.employers, employer_hint),
                headline=headline,
                links=[url],
                extra=extra,
            )
        )
    return leads


def _evidence(qid: str, prop: str, fetched_at: datetime | None, quote: str) -> Evidence:
    return Evidence(
        source=SOURCE_ID,
        url=f"{item_url(qid)}#{prop}",
        fetched_at=fetched_at,
        method=Method.API,
        quote=quote[:300],
    )


def parse_career(data: Any, qid: str, fetched_at: datetime | None) -> Career:
    """A career from a collect answer: P108 and P39 as experiences, P69 as education,
    P106 as the headline's fallback and (when the skills vocabulary knows it) skills."""
    rows = parse_bindings(data)
    name = ""
    description = ""
    statements: dict[str, dict[str, str]] = {}
    for row in rows:
        name = name or _label(row, "item")
        description = description or scrub(row.get("itemDescription", "").strip())
        key = row.get("statement") or f"{row.get('property')}|{row.get('value')}"
        merged = statements.setdefault(key, {})
        for var, value in row.items():
            merged.setdefault(var, value)
    experiences: list[Experience] = []
    education: list[Education] = []
    occupations: list[str] = []
    skills: dict[str, Skill] = {}
    for row in statements.values():
        prop = row.get("property", "")
        value = _label(row, "value")
        if not value:
            continue
        start = parse_time(row.get("start"), row.get("startPrecision"))
        end = parse_time(row.get("end"), row.get("endPrecision"))
        if prop == "P108":
            title = _label(row, "role")
            quote = f"employer: {value}" + (f", as {title}" if title else "") + _span(start, end)
            experiences.append(
                Experience(
                    title=title,
                    employer=value,
                    start=start,
                    end=end,
                    summary="Employer on Wikidata (P108).",
                    evidence=[_evidence(qid, "P108", fetched_at, quote)],
                )
            )
        elif prop == "P39":
            of = _label(row, "of")
            quote = f"position held: {value}" + (f" of {of}" if of else "") + _span(start, end)
            experiences.append(
                Experience(
                    title=value,
                    employer=of,
                    start=start,
                    end=end,
                    summary="Position held, on Wikidata (P39).",
                    evidence=[_evidence(qid, "P39", fetched_at, quote)],
                )
            )
        elif prop == "P69":
            degree = _label(row, "degree")
            major = _label(row, "major") or None
            quote = (
                f"educated at: {value}"
                + (f", {degree}" if degree else "")
                + (f" in {major}" if major else "")
                + _span(start, end)
            )
            education.append(
                Education(
                    institution=value,
                    degree=degree,
                    level=degree_level(degree) if degree else None,
                    field=major,
                    start=start,
                    end=end,
                    evidence=[_evidence(qid, "P69", fetched_at, quote)],
                )
            )
        elif prop == "P106":
            if value not in occupations:
                occupations.append(value)
            entry = lookup_skill(value)
            if entry is not None and entry.id not in skills:
                skills[entry.id] = Skill(
                    name=entry.name,
                    id=entry.id,
                    evidence=[_evidence(qid, "P106", fetched_at, f"occupation: {value}")],
                )
    experiences.sort(key=lambda e: e.start.first_month() if e.start else -1, reverse=True)
    education.sort(key=lambda e: e.start.first_month() if e.start else -1, reverse=True)
    headline = description or ("; ".join(occupations) or None)
    return Career(
        name=name or None,
        headline=headline,
        experiences=experiences,
        education=education,
        skills=list(skills.values()),
    )


def item_id_of(lead: Lead) -> str | None:
    """The item id of a lead: its handle when it came from this source, else the id in a
    ``https://www.wikidata.org/wiki/Q...`` (or ``/entity/Q...``) URL."""
    if lead.source == SOURCE_ID and lead.handle and _QID.match(lead.handle):
        return lead.handle
    parts = urlsplit(lead.url)
    if (parts.hostname or "").lower() not in ("www.wikidata.org", "wikidata.org", "m.wikidata.org"):
        return None
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) == 2 and segments[0] in ("wiki", "entity") and _QID.match(segments[1]):
        return segments[1]
    return None


# -- the source -------------------------------------------------------------------------------


class WikidataSource(Source):
    info = SourceInfo(
        id=SOURCE_ID,
        name="Wikidata",
        site="wikidata.org",
        kind="api",
        base_url="https://query.wikidata.org",
        terms_url="https://www.wikidata.org/wiki/Wikidata:Data_access",
        terms_reviewed=date(2026, 11, 25),
        terms_summary=(
            "Wikidata's data is CC0 and its Query Service may be used by tools that send an "
            "honest User-Agent (Wikimedia User-Agent policy); runnerup's door sends "
            "runnerup/<version> with its project URL, and asks two small queries per person, "
            "one at a time, two seconds apart."
        ),
        rate=2.0,
        fields=("name", "headline", "experiences", "education", "skills"),
        api_endpoints=(
            ApiEndpoint(
                "query.wikidata.org",
                ("/sparql",),
                "https://www.wikidata.org/wiki/Wikidata:Data_access",
            ),
        ),
        canary=Canary(
            "https://query.wikidata.org/sparql?format=json&query="
            "SELECT%20%3Fitem%20%3FitemLabel%20WHERE%20%7B%20VALUES%20%3F"
            "item%20%7B%20wd%3AQ42%20%7D%20SERVICE%20wikibase%3Alabel%20%"
            "7B%20bd%3AserviceParam%20wikibase%3Alanguage%20%22en%22.%20%7D%20%7D",
            "Q42 (Douglas Adams), the item Wikidata's own documentation uses as its example",
            needs=("head.vars=item", "results.bindings[].item.value"),
            headers={"Accept": "application/sparql-results+json"},
        ),
    )

    examples = (
        Example(
            name="finds the hire's item and the namesake footballer's, told apart",
            sites=("query.wikidata.org",),
            subject=Subject(name="Ada Okafor", employer="Northwind Robotics"),
            expect=Expect(
                lead_urls=(item_url(HIRE_QID), item_url(NAMESAKE_QID)),
                names=("Ada Okafor",),
                employers=("Northwind Robotics",),
                titles=("football player",),
            ),
        ),
        Example(
            name="collects the hire's employers, positions and education",
            sites=("query.wikidata.org",),
            lead=Lead(url=item_url(HIRE_QID), source=SOURCE_ID, handle=HIRE_QID),
            expect=Expect(
                names=("Ada Okafor",),
                employers=("Northwind Robotics", "Tessellate Labs", "Brightwave"),
                titles=("Head of Platform", "Staff Engineer"),
                institutions=("University of Lakeside",),
                headline="engineer",
            ),
        ),
        Example(
            name="the namesake footballer's item has no career to mix in",
            sites=("query.wikidata.org",),
            lead=Lead(url=item_url(NAMESAKE_QID), source="websearch"),
            expect=Expect(empty=True, names=("Ada Okafor",), headline="football player"),
        ),
        Example(
            name="nobody notable by that name",
            sites=("query.wikidata.org",),
            subject=Subject(name="Zora Quillfeather"),
            expect=Expect(max_leads=0),
        ),
    )

    async def _query(self, query: str, what: str) -> JsonAnswer:
        answer = await self.get_json(
            self.base_url + "/sparql",
            what,
            params={"query": query, "format": "json"},
            headers=HEADERS,
            site=SITE,
            hints=HINTS,
        )
        if answer.fetched.outcome is Outcome.NOT_FOUND:  # no endpoint: never "nobody found"
            raise SourceError(
                f"{SITE} has no SPARQL endpoint at {self.base_url}/sparql "
                f"({answer.fetched.detail or 'not found'}), so {what} could not be read. "
                "Check [sources.wikidata] base_url."
            )
        return answer

    async def search(self, subject: Subject) -> list[Lead]:
        if not subject.name.strip():
            return []
        answer = await self._query(build_search_query(subject.name), "the name search")
        return parse_search(answer.data, subject.employer)[:MAX_LEADS]

    def accepts(self, lead: Lead) -> bool:
        return item_id_of(lead) is not None

    async def collect(self, lead: Lead) -> Career:
        qid = item_id_of(lead)
        if qid is None:
            return Career()
        answer = await self._query(build_collect_query(qid), f"the statements of {qid}")
        return parse_career(answer.data, qid, answer.fetched_at)


__all__ = [
    "WikidataSource",
    "build_collect_query",
    "build_search_query",
    "item_id_of",
    "item_url",
    "parse_bindings",
    "parse_career",
    "parse_search",
    "parse_time",
    "qid_of",
    "sparql_string",
]
