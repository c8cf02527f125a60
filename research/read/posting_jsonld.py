"""Find a schema.org ``JobPosting`` in a page and read its fields: pure, no I/O.

JSON-LD blocks are read by :mod:`research.read.jsonld` (tolerant of what pages get wrong; a
broken block is skipped, never fatal). A JobPosting is found at the top level, in a list of
objects, inside ``@graph``, or (when the page has no JSON-LD one) as microdata.
"""

from __future__ import annotations

import html as html_lib
import re
from datetime import date
from typing import Any

from research.model import SalaryRange
from research.read.jsonld import (
    JsonObject,
    as_list,
    id_index,
    json_ld_blocks,
    resolve,
    types_of,
    walk,
)

_PERIODS = {
    "YEAR": "year",
    "ANNUAL": "year",
    "YEARLY": "year",
    "ANN": "year",
    "MONTH": "month",
    "MONTHLY": "month",
    "WEEK": "week",
    "WEEKLY": "week",
    "DAY": "day",
    "DAILY": "day",
    "HOUR": "hour",
    "HOURLY": "hour",
}


def _from_microdata(item: Any) -> Any:
    """extruct's microdata item as a JSON-LD-like object."""
    if isinstance(item, list):
        return [_from_microdata(i) for i in item]
    if isinstance(item, dict) and "properties" in item:
        node: JsonObject = {"@type": item.get("type", "")}
        for key, value in item["properties"].items():
            node[key] = _from_microdata(value)
        return node
    return item


def _microdata_postings(page: str) -> list[JsonObject]:
    if not re.search(r"itemtype\s*=\s*[\"']?[^\"'>]*JobPosting", page, re.IGNORECASE):
        return []
    try:
        from extruct.w3cmicrodata import MicrodataExtractor

        items = MicrodataExtractor().extract(page)
    except Exception:  # a broken page must not stop the reader: fall back to its text
        return []
    nodes = [_from_microdata(item) for item in items]
    return [n for n in walk(nodes) if "JobPosting" in types_of(n)]


def job_postings_in(value: Any) -> list[JsonObject]:
    """Every JobPosting object in parsed JSON(-LD): top level, lists, ``@graph``; references
    by ``@id`` (a hiringOrganization defined elsewhere in the graph) resolved."""
    nodes = list(walk(value))
    index = id_index(nodes)
    return [
        {key: resolve(item, index) for key, item in node.items()}
        for node in nodes
        if "JobPosting" in types_of(node)
    ]


def find_job_postings(page: str) -> list[JsonObject]:
    """Every JobPosting object of the page: JSON-LD first, then microdata."""
    found = [node for block in json_ld_blocks(page) for node in job_postings_in(block)]
    return found or _microdata_postings(page)


def has_job_posting(page: str) -> bool:
    return bool(find_job_postings(page))


# -- field readers: each tolerates any shape and returns None (or []) when it cannot read --


def text_of(value: Any) -> str:
    """A string field as plain text (entities decoded); the first of a list; a name."""
    if isinstance(value, list):
        return next((t for t in (text_of(v) for v in value) if t), "")
    if isinstance(value, dict):
        return text_of(value.get("name") or value.get("@value") or "")
    if isinstance(value, str):
        return html_lib.unescape(value).strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def texts_of(value: Any) -> list[str]:
    """Every string of a string-or-list field."""
    if isinstance(value, list):
        return [t for v in value for t in texts_of(v)]
    text = text_of(value)
    return [text] if text else []


def url_of(value: Any) -> str | None:
    for text in texts_of(value if not isinstance(value, dict) else value.get("@id") or ""):
        if text.startswith(("http://", "https://")):
            return text
    return None


def date_of(value: Any) -> date | None:
    text = text_of(value)
    match = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def organisation_of(value: Any) -> tuple[str, str | None]:
    """The hiring organisation's name and URL (``url``, else the first ``sameAs``)."""
    if isinstance(value, list):
        value = value[0] if value else {}
    if isinstance(value, str):
        return html_lib.unescape(value).strip(), None
    if not isinstance(value, dict):
        return "", None
    name = text_of(value.get("name") or value.get("legalName") or "")
    return name, url_of(value.get("url")) or url_of(value.get("sameAs"))


def _place(value: Any) -> str:
    if isinstance(value, str):
        return html_lib.unescape(value).strip()
    if not isinstance(value, dict):
        return ""
    address = value.get("address", value)
    if isinstance(address, list):
        address = address[0] if address else {}
    if isinstance(address, str):
        return html_lib.unescape(address).strip()
    if not isinstance(address, dict):
        return ""
    parts = [
        text_of(address.get(key)) for key in ("addressLocality", "addressRegion", "addressCountry")
    ]
    unique = list(dict.fromkeys(p for p in parts if p))
    return ", ".join(unique) or text_of(value.get("name"))


def location_of(posting: JsonObject) -> str | None:
    """City, region and country of ``jobLocation`` (never the street); "Remote" for a
    ``TELECOMMUTE`` job, with the applicant location when one is given."""
    raw = posting.get("jobLocation")
    places = raw if isinstance(raw, list) else [raw] if raw else []
    names = list(dict.fromkeys(p for p in (_place(v) for v in places) if p))
    remote = "TELECOMMUTE" in text_of(posting.get("jobLocationType")).upper()
    if remote:
        wanted = as_list(posting.get("applicantLocationRequirements"))
        where = ", ".join(dict.fromkeys(p for p in (_place(v) for v in wanted) if p))
        remote_text = f"Remote ({where})" if where else "Remote"
        return "; ".join([*names, remote_text]) if names else remote_text
    return "; ".join(names) or None


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        cleaned = re.sub(r"[^\d.]", "", value.replace(",", ""))
        try:
            return float(cleaned) if cleaned else None
        except ValueError:
            return None
    return None


def salary_of(posting: JsonObject) -> SalaryRange | None:
    """``baseSalary`` (else ``estimatedSalary``) as a range: minValue/maxValue or a single
    value, the unitText as a period, the currency."""
    for key in ("baseSalary", "estimatedSalary"):
        for amount in as_list(posting.get(key)):
            salary = _salary(amount, text_of(posting.get("salaryCurrency")))
            if salary is not None:
                return salary
    return None


def _salary(amount: Any, default_currency: str) -> SalaryRange | None:
    if not isinstance(amount, dict):
        number = _number(amount)
        if number is None:
            return None
        return SalaryRange(minimum=number, maximum=number, currency=default_currency or None)
    currency = text_of(amount.get("currency")) or default_currency or None
    value = amount.get("value", amount)
    if isinstance(value, list):
        value = value[0] if value else {}
    unit = text_of(amount.get("unitText"))
    if isinstance(value, dict):
        unit = text_of(value.get("unitText")) or unit
        single = _number(value.get("value"))
        low = _number(value.get("minValue"))
        high = _number(value.get("maxValue"))
        low = single if low is None else low
        high = single if high is None else high
    else:
        low = high = _number(value)
    if low is None and high is None:
        return None
    return SalaryRange(
        minimum=low,
        maximum=high,
        currency=currency.upper() if currency else None,
        period=_PERIODS.get(unit.upper()) if unit else None,
    )


__all__ = [
    "JsonObject",
    "date_of",
    "find_job_postings",
    "has_job_posting",
    "job_postings_in",
    "location_of",
    "organisation_of",
    "salary_of",
    "text_of",
    "texts_of",
    "url_of",
]
