"""What a plain-text posting says about itself: title, employer, location, date, salary.

Pure functions on text. Labelled lines win ("Company: ...", "Location: ...", "Posted:
...", "Salary: ..."); otherwise the first lines are read: "Senior Backend Engineer —
Northwind Robotics", "Head of Platform at Northwind Robotics", "Northwind Robotics is hiring
a Head of Platform", or a title line followed by "Northwind Robotics · Berlin, Germany",
"Holloway Park School, Derby" (an organisation's name before its place), "Tern Analytics —
Remote (EU) — posted 2025-06-02" (the date read too), or by the employer alone with its
place on the next line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from research.employers import DISTINCT_LEGAL_SUFFIXES, GROUP_WORDS, suffix_pattern
from research.model import SalaryRange
from research.read.places import city_shape, is_city, is_country, is_place, is_region
from research.read.posting_sections import clean_item, heading_of, looks_like_heading

_ROLE_WORDS = re.compile(
    r"\b(?:engineer|engineering|developer|manager|head|lead|director|designer|analyst|"
    r"scientist|architect|officer|specialist|consultant|administrator|coordinator|intern|"
    r"vp|vice president|chief|president|associate|assistant|technician|nurse|teacher|"
    r"accountant|writer|editor|sre|devops|researcher|programmer|tester|qa|owner|"
    r"representative|executive|advisor|recruiter|operator|agent|clerk|planner|strategist|"
    r"principal|staff|senior|junior)\b",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"^\s*(?:[*_]{0,2})(?P<label>company|employer|organi[sz]ation|hiring organi[sz]ation|"
    r"job title|title|position|role|location|based in|office|posted|date posted|"
    r"posted on|published|salary|compensation|pay|pay range|salary range|base salary)"
    r"(?:[*_]{0,2})\s*[:：](?:[*_]{0,2})\s*(?P<value>.+?)\s*$",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"\s+(?:[—–|]|-{1,2}|@|at)\s+")
_DOTS = re.compile(r"\s*[·•|]\s*")
_HIRING = re.compile(
    r"^(?P<employer>.+?)\s+(?:is|are)\s+(?:hiring|looking for|seeking|recruiting)\s+"
    r"(?:an?\s+|the\s+)?(?P<title>[^.!,]+)",
    re.IGNORECASE,
)
_POSTED = re.compile(
    r"^(?:posted|published|date posted)(?:\s+on)?\s*:?\s+(?P<value>.*\d{4}.*)$", re.IGNORECASE
)
_REMOTE = re.compile(r"\b(?:remote|anywhere|worldwide)\b", re.IGNORECASE)
_EMPLOYMENT = re.compile(
    r"^(?:full[- ]time|part[- ]time|contract|permanent|temporary|freelance|internship|"
    r"hybrid|on[- ]site|onsite|\d+ (?:days?|hours?).*)$",
    re.IGNORECASE,
)
_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        1,
    )
    for m in names
}
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")

_CURRENCY_SIGNS = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "₹": "INR", "CHF": "CHF"}
_AMOUNT = (
    r"(?P<{name}_cur>[€$£¥₹]|\b(?:EUR|USD|GBP|CHF|CAD|AUD|SEK|NOK|DKK|PLN|JPY|INR)\b)?\s*"
    r"(?P<{name}>\d{{1,3}}(?:[,.\s]\d{{3}})+|\d+(?:\.\d+)?)\s*(?P<{name}_k>[kK]\b)?"
    r"\s*(?P<{name}_cur2>[€$£]|\b(?:EUR|USD|GBP|CHF|CAD|AUD|SEK|NOK|DKK|PLN|JPY|INR)\b)?"
)
_SALARY = re.compile(
    _AMOUNT.format(name="low") + r"(?:\s*(?:-|–|—|to|and)\s*" + _AMOUNT.format(name="high") + r")?"
)
_PERIOD = re.compile(
    r"(?P<year>per\s+(?:year|annum)|a\s+year|/\s*(?:year|yr|a)|annual(?:ly)?|yearly|p\.?\s?a\.?)"
    r"|(?P<month>per\s+month|a\s+month|/\s*mo(?:nth)?|monthly)"
    r"|(?P<week>per\s+week|a\s+week|/\s*w(?:ee)?k|weekly)"
    r"|(?P<day>per\s+day|a\s+day|/\s*day|daily)"
    r"|(?P<hour>per\s+hour|an\s+hour|/\s*h(?:ou)?r|hourly)",
    re.IGNORECASE,
)
_SALARY_WORD = re.compile(r"\b(?:salary|compensation|pay|wage|base|range|ote)\b", re.I)


_CAREERS_SUFFIX = re.compile(
    r"(?<=\S)\s+(?:careers|jobs|job board|careers site|job openings|vacancies)\s*$", re.I
)


@dataclass(frozen=True)
class PostingHeader:
    title: str = ""
    employer: str = ""
    location: str | None = None
    date_posted: date | None = None
    salary: SalaryRange | None = None


def _bare(line: str) -> str:
    return clean_item(line.lstrip("#> ").strip()).strip(" :")


def parse_date(text: str) -> date | None:
    """An ISO date, "1 October 2026" or "October 1, 2026"."""
    try:
        if match := _ISO_DATE.search(text):
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if match := _DAY_MONTH.search(text):
            month = _MONTHS.get(match.group(2).lower())
            if month:
                return date(int(match.group(3)), month, int(match.group(1)))
        if match := _MONTH_DAY.search(text):
            month = _MONTHS.get(match.group(1).lower())
            if month:
                return date(int(match.group(3)), month, int(match.group(2)))
    except ValueError:
        return None
    return None


def _amount(digits: str, thousands: str | None) -> float | None:
    cleaned = re.sub(r"[,.\s](?=\d{3}\b)", "", digits)
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value * 1000 if thousands else value


def parse_salary(text: str) -> SalaryRange | None:
    """A salary stated in a line: "€90,000 – €110,000 per year", "$120k-$150k", "USD 45 an
    hour". Needs a currency, and a period or a salary word, so other numbers are not
    taken for pay."""
    text = re.sub(r"\s+", " ", text)
    for match in _SALARY.finditer(text):
        currency = next(
            (
                match.group(g)
                for g in ("low_cur", "low_cur2", "high_cur", "high_cur2")
                if match.group(g)
            ),
            None,
        )
        if currency is None:
            continue
        period_match = _PERIOD.search(text[match.end() : match.end() + 30])
        if period_match is None and not _SALARY_WORD.search(text):
            continue
        low = _amount(match.group("low"), match.group("low_k") or match.group("high_k"))
        high = (
            _amount(match.group("high"), match.group("high_k") or match.group("low_k"))
            if match.group("high")
            else low
        )
        if low is None or high is None or low < 1:
            continue
        period = next(k for k, v in period_match.groupdict().items() if v) if period_match else None
        return SalaryRange(
            minimum=low,
            maximum=high,
            currency=_CURRENCY_SIGNS.get(currency, currency.upper()),
            period=period,
        )
    return None


_NAVIGATION = re.compile(
    r"^(?:[←<«‹]|back to\b|all (?:open )?(?:positions|jobs|roles|vacancies)\b|view all\b|"
    r"apply(?: now| for this job)?$|easy apply\b|save$|share$|show (?:more|less)$)",
    re.IGNORECASE,
)
_TITLE_PREFIX = re.compile(
    r"^(?:job description|job title|vacancy|job|role|position)\s*[:：]\s*(?=\S.{0,80}$)",
    re.IGNORECASE,
)
_LEGAL = suffix_pattern(
    DISTINCT_LEGAL_SUFFIXES | GROUP_WORDS | {"company", "co", "partners"}, at_end=True
)
_PART_SEPARATORS = re.compile(r"\s*[·•|]\s*|\s+[—–-]\s+")


def _org_like(candidate: str, text: str) -> bool:
    """A short line naming an organisation: no role words, not a place or an arrangement,
    and with a legal suffix ("Ltd", "Group") or named again in the posting's text."""
    candidate = candidate.strip()
    words = candidate.split()
    if not words or len(words) > 6 or candidate.endswith((".", ":")):
        return False
    if _ROLE_WORDS.search(candidate) or _REMOTE.search(candidate) or _EMPLOYMENT.match(candidate):
        return False
    if "," in candidate or any(c.isdigit() for c in candidate):
        return False
    if _LEGAL.search(candidate):
        return True
    stem = " ".join(words[:2])
    return text.count(stem) >= 2


def _maybe_employer(part: str) -> bool:
    """A byline's first part that is not a role, a place ("Rotterdam, Netherlands") or an
    arrangement ("Remote in Portugal")."""
    return not (_ROLE_WORDS.search(part) or "," in part or _REMOTE.search(part))


def _posted_part(part: str) -> bool:
    """A byline part that dates the posting: "Posted 2025-09-15", "posted on 3 May 2025"."""
    match = _POSTED.match(part.strip())
    return match is not None and parse_date(match.group("value")) is not None


# Words that end an organisation's name ("Holloway Park School", "Marram Robotics"): general
# kinds of organisation and industry, so a name is told from a town before a county.
_ORGANISATION_TEXT = """
    academy agency analytics bank biotech capital care clinic college consulting council
    energy engineering foods foundation games group health healthcare holdings hospital
    insurance institute labs lab logistics media motors partners payments pharma
    pharmaceuticals practice retail robotics school schools services software solutions
    studio studios systems technologies technology trust university ventures
"""
_ORGANISATION_WORDS = frozenset(_ORGANISATION_TEXT.split())


def _organisation_end(name: str) -> bool:
    words = name.split()
    return bool(words) and words[-1].lower().strip(".,") in _ORGANISATION_WORDS


def _known_place(text: str) -> bool:
    """A place runnerup knows by name, or an arrangement ("Remote (Portugal)")."""
    first = re.sub(r"\s*\([^()]*\)\s*$", "", text).split(",")[0].strip()
    return is_place(text) or bool(_REMOTE.search(text)) or is_city(first)


def _placeish(text: str) -> bool:
    """Where a job is: a known place, an arrangement ("Remote (EU)"), or a town's shape."""
    bare = re.sub(r"\s*\([^()]*\)\s*$", "", text).strip()
    return bool(bare) and (
        is_place(text) or bool(_REMOTE.search(text)) or all(city_shape(p) for p in bare.split(","))
    )


def _name_before_place(part: str) -> tuple[str, str] | None:
    """ "Holloway Park School, Derby" -> the organisation and its place; ``None`` for a place
    alone ("Rotterdam, Netherlands", "Columbus, OH") or a one-word name that may be a town."""
    name, _, place = (p.strip() for p in part.partition(","))
    if not name or not place or not _placeish(place) or _ROLE_WORDS.search(name):
        return None
    if _LEGAL.search(name):
        return name, place
    if is_place(part) or is_place(name) or is_country(name) or is_region(name) or is_city(name):
        return None
    if len(name.split()) < 2 or _REMOTE.search(name) or any(c.isdigit() for c in name):
        return None
    if not _known_place(place) and not _organisation_end(name):
        return None  # "Milton Keynes, Buckinghamshire" may be a town and its county
    return name, place


def _byline_parts(line: str) -> list[str]:
    """The parts of a byline ("Amberline Systems — Edinburgh, Scotland (hybrid)", "Acme Ltd,
    York · Full-time", "Holloway Park School, Derby"), arrangements such as "Full-time" and a
    "Posted ..." date dropped; an organisation's name is parted from the place after its
    comma."""
    parts = [p.strip() for p in _PART_SEPARATORS.split(line) if p and p.strip()]
    parts = [p for p in parts if not _EMPLOYMENT.match(p) and not _posted_part(p)]
    if parts and "," in parts[0] and (split := _name_before_place(parts[0])):
        parts[0:1] = list(split)
    return parts


def _employer_line(part: str, following: str) -> bool:
    """A line under a title that names the employer although the title line seemed to
    ("Data Scientist – Pricing" / "Vireo Insurance" / "Utrecht, Netherlands"): a name that is
    neither a role nor a place, with its place beside it or on the next line."""
    if not _maybe_employer(part) or (_placeish(part) and len(part.split()) < 2):
        return False
    if is_place(part) or is_city(part) or is_country(part) or is_region(part):
        return False
    return bool(following) and (_placeish(following) or _posted_part(following))


def _split_title_line(line: str) -> tuple[str, str, bool]:
    """Title and employer of a first line, and whether the split is sure ("at", "@", "is
    hiring") rather than a dash that may set off a team ("Engineer — Payments")."""
    if _HIRING.match(line) or re.search(r"\s(?:at|@)\s", line):
        title, employer = _split_title(line)
        return title, employer, bool(employer)
    title, employer = _split_title(line)
    return title, employer, False


def _split_title(line: str) -> tuple[str, str]:
    """Title and employer of "Title — Employer" (either order, by role words)."""
    if match := _HIRING.match(line):
        return match.group("title").strip(), match.group("employer").strip()
    parts = _SEPARATORS.split(line, maxsplit=1)
    if len(parts) == 2:
        first, second = (p.strip() for p in parts)
        if _ROLE_WORDS.search(second) and not _ROLE_WORDS.search(first):
            return second, first
        return first, second
    return line.strip(), ""


def _is_byline(line: str) -> bool:
    """A short line under the title such as "Northwind Robotics · Berlin · Full-time"."""
    return (
        heading_of(line) is None
        and not looks_like_heading(line)
        and len(line) <= 80
        and not line.endswith(".")
        and not _POSTED.match(line)
        and not _SALARY_WORD.search(line)
    )


def parse_header(text: str) -> PostingHeader:
    """Title, employer, location, date and salary from a posting's text."""
    labels: dict[str, str] = {}
    salary: SalaryRange | None = None
    for line in text.splitlines():
        if match := _LABEL.match(line):
            label = match.group("label").lower()
            value = _bare(match.group("value"))
            key = (
                "employer"
                if label.startswith(("company", "employer", "organ", "hiring"))
                else "title"
                if label in {"job title", "title", "position", "role"}
                else "location"
                if label in {"location", "based in", "office"}
                else "posted"
                if label.startswith(("posted", "date", "published"))
                else "salary"
            )
            labels.setdefault(key, value)
        if salary is None and _SALARY_WORD.search(line):
            salary = parse_salary(line)
    head = [
        _bare(line)
        for line in text.splitlines()[:14]
        if line.strip() and not _LABEL.match(line) and not _NAVIGATION.match(_bare(line))
    ]
    head = [_TITLE_PREFIX.sub("", line) for line in head if line]
    title, employer, location = "", "", None
    at = 0
    if len(head) > 1 and _org_like(head[0], text) and _ROLE_WORDS.search(head[1]):
        at = 1  # "Thornbury Robotics" above "Robotics Software Engineer"
    if head and heading_of(head[at]) is None and not looks_like_heading(head[at]):
        line = head[at]
        title, employer, strong = _split_title_line(line)
        second = head[at + 1] if len(head) > at + 1 else ""
        byline = _byline_parts(second) if second and _is_byline(second) else []
        named = head[0] if at else ""
        if not named and byline and _org_like(byline[0], text):
            named = byline[0]
        if not named and not strong and len(byline) == 1 and second:
            following = head[at + 2] if len(head) > at + 2 else ""
            if _employer_line(byline[0], following):
                named = byline[0]
                if _placeish(following) and not _posted_part(following):
                    location = following
        if not named and not strong and len(byline) > 1 and _name_before_place(second):
            named = byline[0]
        if named or "employer" in labels:
            if employer and not strong and employer.casefold() != named.casefold():
                title = line  # "Project Manager – Rail Infrastructure": a suffix, not the employer
            employer = named or employer
        elif byline and not employer and _maybe_employer(byline[0]):
            employer = byline[0]
        places = [b for b in byline if b.casefold() != employer.casefold()]
        placed = bool(places) and (
            len(places) > 1 or "," in places[0] or bool(_REMOTE.search(places[0]))
        )
        if (places and (placed or byline[0].casefold() == employer.casefold())) or (
            places and _name_before_place(second)
        ):
            location = places[0]
    if "posted" not in labels:
        for line in text.splitlines()[:20]:
            parts = [_bare(line), *_PART_SEPARATORS.split(_bare(line))]
            if found := next((p for p in parts if _posted_part(p)), None):
                labels["posted"] = found.split(maxsplit=1)[1]
                break
    if "salary" in labels:
        salary = parse_salary(labels["salary"]) or salary
    posted = parse_date(labels["posted"]) if "posted" in labels else None
    return PostingHeader(
        title=labels.get("title", title),
        employer=labels.get("employer", employer),
        location=labels.get("location", location),
        date_posted=posted,
        salary=salary,
    )


def split_page_title(title: str, site_name: str = "") -> tuple[str, str]:
    """Title and employer from a page title such as "Head of Platform | Northwind Robotics"
    or "Careers at Northwind Robotics - Head of Platform"."""
    parts = [p.strip() for p in re.split(r"\s+[|—–-]\s+", title) if p.strip()]
    parts = [re.sub(r"^(?:careers|jobs)\s+(?:at|@)\s+", "", p, flags=re.I) for p in parts]
    parts = [_CAREERS_SUFFIX.sub("", p) for p in parts]
    parts = [p for p in parts if p.lower() not in {"careers", "jobs", "job"}]
    if not parts:
        return "", site_name
    if len(parts) == 1:
        return _split_title(parts[0])[0], site_name or _split_title(parts[0])[1]
    role = next((p for p in parts if _ROLE_WORDS.search(p)), parts[0])
    others = [p for p in parts if p != role]
    return role, site_name or (others[-1] if others else "")


__all__ = ["PostingHeader", "parse_date", "parse_header", "parse_salary", "split_page_title"]
