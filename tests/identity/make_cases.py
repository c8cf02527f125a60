"""Writes ``cases.json``: the labelled identity cases (invented people only).

Run ``.venv/bin/python tests/identity/make_cases.py`` after changing a scenario; the JSON is
what the tests and ``bench/identity.py`` read. Leads look as the sources make them: a GitHub
user (name, company "@northwind", location, blog link), a homepage's JSON-LD Person (name,
worksFor, jobTitle), a press release on the employer's site (title, start date), an ORCID
record (name, affiliation), a web search result for a LinkedIn profile (never read).

Each case: ``subject``, ``leads``, optional ``careers`` (lead URL -> Career), ``expect``
("auto": the right person must be picked; "ask": nobody may be picked automatically;
"none": no candidate may reach the bar), ``right`` (the URLs of the right person's leads),
``hard`` and a ``note``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("cases.json")

Lead = dict[str, Any]


@dataclass(frozen=True)
class P:
    """An invented person and the job they were hired into."""

    given: str
    family: str
    employer: str
    site: str
    company: str
    city: str
    country: str
    role: str
    hire: str
    handle: str
    home: str

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def slug(self) -> str:
        return self.handle.replace("_", "-")


PEOPLE = [
    P(
        "Ada",
        "Okafor",
        "Northwind Robotics",
        "https://northwind-robotics.test",
        "@northwind",
        "Berlin",
        "Germany",
        "Head of Platform",
        "2024-03",
        "adaokafor",
        "ada-okafor.test",
    ),
    P(
        "Priya",
        "Shah",
        "Contoso Health",
        "https://contoso-health.test",
        "Contoso Health Ltd",
        "London",
        "United Kingdom",
        "Senior Data Scientist",
        "2023-09",
        "priyashah-ds",
        "priyashah.test",
    ),
    P(
        "Mateo",
        "Ferreira",
        "Tailspin Analytics",
        "https://tailspin-analytics.test",
        "@tailspin-analytics",
        "Lisbon",
        "Portugal",
        "Staff Software Engineer",
        "2025-01",
        "mateof",
        "mateo-ferreira.test",
    ),
    P(
        "Hannah",
        "Lindqvist",
        "Lakeside Bank AB",
        "https://lakeside-bank.test",
        "Lakeside Bank",
        "Stockholm",
        "Sweden",
        "Senior Accountant",
        "2022-11",
        "hlindqvist",
        "lindqvist.test",
    ),
    P(
        "Tomasz",
        "Nowak",
        "Harbor Point Hospital",
        "https://harborpoint-hospital.test",
        "Harbor Point Hospital",
        "Boston",
        "USA",
        "Registered Nurse",
        "2024-06",
        "tnowak-rn",
        "tomasz-nowak.test",
    ),
    P(
        "Amara",
        "Nwosu",
        "Fabrikam Instruments GmbH",
        "https://fabrikam-instruments.test",
        "@fabrikam",
        "Munich",
        "Germany",
        "Principal Firmware Engineer",
        "2023-04",
        "amaranwosu",
        "amara-nwosu.test",
    ),
]

OTHER_EMPLOYERS = [
    ("Alder & Finch LLP", "London", "United Kingdom"),
    ("Meridian Logistics", "Toronto", "Canada"),
    ("Kestrel Energy", "Denver", "USA"),
    ("Bluefin Games", "Tokyo", "Japan"),
    ("Quillon Press", "Sydney", "Australia"),
    ("Orchard Biotech", "Singapore", "Singapore"),
]


def _year_month(text: str, shift: int) -> str:
    year, month = (int(x) for x in text.split("-"))
    index = year * 12 + month - 1 + shift
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


# ---- leads as sources produce them -------------------------------------------------------


def github(
    p: P,
    *,
    name: str | None = None,
    company: str | None = "",
    location: str | None = "",
    blog: bool = True,
    handle: str | None = None,
    bio: str | None = None,
) -> Lead:
    h = handle or p.handle
    return {
        "url": f"https://github.com/{h}",
        "source": "github",
        "title": f"{h} ({name or p.name}) · GitHub",
        "handle": h,
        "name": name or p.name,
        "employer": p.company if company == "" else company,
        "headline": bio,
        "location": f"{p.city}, {p.country}" if location == "" else location,
        "links": [f"https://{p.home}/"] if blog else [],
    }


def homepage(
    p: P,
    *,
    name: str | None = None,
    employer: str | None = "",
    title: str | None = "",
    links: list[str] | None = None,
) -> Lead:
    return {
        "url": f"https://{p.home}/",
        "source": "webpage",
        "title": f"{name or p.name} – {p.role}",
        "name": name or p.name,
        "employer": p.employer if employer == "" else employer,
        "headline": p.role if title == "" else title,
        "links": links if links is not None else [f"https://github.com/{p.handle}", p.site + "/"],
        "extra": {"jobTitle": p.role if title == "" else (title or "")},
    }


def press(
    p: P,
    *,
    name: str | None = None,
    start: str | None = None,
    shift: int = 0,
    role: str | None = None,
    links: list[str] | None = None,
) -> Lead:
    who, what = name or p.name, role or p.role
    begin = start or _year_month(p.hire, shift)
    return {
        "url": f"{p.site}/news/{p.slug}-joins",
        "source": "company",
        "title": f"{p.employer} welcomes {who} as {what}",
        "snippet": f"We are delighted to announce that {who} joins us as {what} this month.",
        "name": who,
        "employer": p.employer,
        "headline": what,
        "links": links or [],
        "extra": {"start": begin},
    }


def orcid(
    p: P,
    *,
    name: str | None = None,
    affiliation: str | None = "",
    number: int = 1,
    email_domain: str | None = None,
) -> Lead:
    extra = {"email_domain": email_domain} if email_domain else {}
    return {
        "url": f"https://orcid.org/0000-0002-{1000 + number:04d}-{2000 + number:04d}",
        "source": "orcid",
        "name": name or p.name,
        "employer": p.employer if affiliation == "" else affiliation,
        "extra": extra,
    }


def linkedin(
    p: P,
    *,
    name: str | None = None,
    role: str | None = None,
    employer: str | None = None,
    slug: str | None = None,
    location: str | None = "",
) -> Lead:
    who = name or p.name
    return {
        "url": f"https://www.linkedin.com/in/{slug or p.slug}",
        "source": "websearch",
        "title": f"{who} - {role or p.role} - {employer or p.employer} | LinkedIn",
        "snippet": f"{p.city if location == '' else location} · {role or p.role} at "
        f"{employer or p.employer}",
        "location": f"{p.city}, {p.country}" if location == "" else location,
        "fetchable": False,
    }


def search_hit(url: str, title: str, snippet: str) -> Lead:
    return {"url": url, "source": "websearch", "title": title, "snippet": snippet}


def namesake_github(
    p: P,
    k: int,
    *,
    name: str | None = None,
    employer: str | None = None,
    city: str | None = None,
    country: str | None = None,
    bio: str | None = None,
) -> Lead:
    other, ocity, ocountry = OTHER_EMPLOYERS[k % len(OTHER_EMPLOYERS)]
    h = f"{p.given.lower()}-{p.family.lower()}-{k}"
    return {
        "url": f"https://github.com/{h}",
        "source": "github",
        "title": f"{h} · GitHub",
        "handle": h,
        "name": name or p.name,
        "employer": employer if employer is not None else other,
        "headline": bio,
        "location": f"{city or ocity}, {country or ocountry}",
        "links": [f"https://{h}.test/"],
    }


def subject(p: P, **changes: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": p.name,
        "employer": p.employer,
        "role": p.role,
        "location": f"{p.city}, {p.country}",
        "hints": [],
        "hire_date": p.hire,
        "employer_site": p.site,
    }
    out.update(changes)
    return out


# ---- scenarios ---------------------------------------------------------------------------

Case = dict[str, Any]
Scenario = Callable[[P, int], Case]


def case(
    note: str,
    expect: str,
    hard: bool,
    subj: dict[str, Any],
    right: list[Lead],
    wrong: list[Lead],
    careers: dict[str, Any] | None = None,
) -> Case:
    leads = [*right, *wrong]
    return {
        "note": note,
        "expect": expect,
        "hard": hard,
        "subject": subj,
        "leads": leads,
        "right": [lead["url"] for lead in right],
        **({"careers": careers} if careers else {}),
    }


def strong_three(p: P, k: int) -> Case:
    return case(
        "press release, GitHub and homepage agree and link",
        "auto",
        False,
        subject(p),
        [press(p, links=[f"https://{p.home}/"]), github(p), homepage(p)],
        [],
    )


def press_alone(p: P, k: int) -> Case:
    return case(
        "the employer's announcement alone, dated at the hire",
        "auto",
        False,
        subject(p),
        [press(p, shift=-1)],
        [],
    )


def github_homepage_timing(p: P, k: int) -> Case:
    career = {"experiences": [{"title": p.role, "employer": p.employer, "start": p.hire}]}
    right = [github(p, company=None), homepage(p)]
    return case(
        "GitHub and homepage cross-linked; collected career starts at the hire",
        "auto",
        False,
        subject(p),
        right,
        [],
        {right[1]["url"]: career},
    )


def strong_with_namesake(p: P, k: int) -> Case:
    return case(
        "strong match; a namesake at another employer abroad",
        "auto",
        True,
        subject(p),
        [press(p), github(p), homepage(p)],
        [namesake_github(p, k)],
    )


def strong_with_former(p: P, k: int) -> Case:
    wrong = namesake_github(p, k + 1, bio=f"ex-{p.employer}. Now building things.")
    return case(
        "strong match; a namesake who used to work at the employer",
        "auto",
        True,
        subject(p),
        [press(p), github(p), homepage(p)],
        [wrong],
    )


def strong_with_linkedin(p: P, k: int) -> Case:
    return case(
        "strong match plus the LinkedIn search result (never read)",
        "auto",
        True,
        subject(p),
        [press(p), github(p), linkedin(p)],
        [],
    )


def nickname(p: P, k: int) -> Case:
    nick = {"Robert": "Bob", "Elizabeth": "Liz", "William": "Bill", "Katherine": "Kate"}
    q = replace(p, given=["Robert", "Elizabeth", "William", "Katherine"][k % 4])
    short = f"{nick[q.given]} {q.family}"
    q2 = replace(
        q,
        handle=f"{nick[q.given].lower()}{q.family.lower()}",
        home=f"{nick[q.given].lower()}-{q.family.lower()}.test",
    )
    right = [press(q2, name=short), github(q2, name=short), homepage(q2, name=short)]
    return case("the hire goes by a nickname everywhere", "auto", True, subject(q), right, [])


def diacritics(p: P, k: int) -> Case:
    names = [
        ("José", "García Márquez", "Jose Garcia"),
        ("Zoë", "Müller-Brandt", "Zoe Muller"),
        ("Łucja", "Wróbel", "Lucja Wrobel"),
        ("Søren", "Holmgaard", "Soren Holmgaard"),
    ]
    given, family, plain = names[k % len(names)]
    q = replace(p, given=given, family=family)
    right = [press(q, name=plain), github(q, name=plain.upper()), orcid(q, name=plain, number=k)]
    return case("accents lost on every source", "auto", True, subject(q), right, [])


def family_first(p: P, k: int) -> Case:
    names = [("Wei", "Wang"), ("Min-jun", "Kim"), ("Yuki", "Tanaka"), ("Priya", "Shah")]
    given, family = names[k % len(names)]
    q = replace(p, given=given, family=family, handle=f"{family.lower()}{given.lower()}")
    flipped = f"{family} {given}"
    right = [press(q, name=flipped), orcid(q, name=flipped, number=k), github(q, name=flipped)]
    return case("family name first on every source", "auto", True, subject(q), right, [])


def cjk_script(p: P, k: int) -> Case:
    names = [("Wei", "Wang", "王伟"), ("Min", "Li", "李敏")]
    given, family, native = names[k % len(names)]
    q = replace(p, given=given, family=family, handle=f"{given.lower()}{family.lower()}")
    right = [press(q), orcid(q, name=native, number=k), github(q)]
    return case("the name in Chinese characters on ORCID", "auto", True, subject(q), right, [])


def hyphenated(p: P, k: int) -> Case:
    q = replace(p, family=f"{p.family}-Reyes")
    right = [
        press(q),
        github(q, name=f"{p.given} Reyes"),
        homepage(q, name=f"{p.given} {p.family} Reyes"),
    ]
    return case("double family name, shortened on one source", "auto", True, subject(q), right, [])


def honorifics(p: P, k: int) -> Case:
    right = [
        press(p, name=f"Dr. {p.name}"),
        orcid(p, name=f"{p.family}, {p.given}", number=k),
        homepage(p, name=f"{p.name}, PhD"),
    ]
    return case("honorific, suffix and 'Family, Given' forms", "auto", True, subject(p), right, [])


def acronym_alias(p: P, k: int) -> Case:
    subj = subject(p, hints=["aka:NWX Group"])
    right = [press(p), github(p, company="NWX Group"), homepage(p, employer="NWX Group")]
    return case("employer known by a brand name given as a hint", "auto", True, subj, right, [])


def email_domain(p: P, k: int) -> Case:
    right = [press(p), orcid(p, affiliation=None, email_domain=p.site.split("//")[1], number=k)]
    return case(
        "ORCID without affiliation, email domain of the employer",
        "auto",
        False,
        subject(p),
        right,
        [],
    )


def location_alias(p: P, k: int) -> Case:
    q = replace(p, city="New York", country="NY")
    right = [press(q), github(q, location="NYC"), homepage(q)]
    return case(
        "'NYC' against 'New York, NY'", "auto", False, subject(q, location="New York"), right, []
    )


def common_name_only(p: P, k: int) -> Case:
    q = replace(p, given="John", family="Smith")
    wrong = [namesake_github(q, k + i, employer="") for i in range(3)] + [
        search_hit(
            f"https://people.example.test/john-smith-{k}",
            "John Smith - Profile",
            "John Smith is a consultant.",
        ),
    ]
    for lead in wrong:
        lead["employer"] = None
    return case("a common name and no other signal", "none", True, subject(q), [], wrong)


def namesake_elsewhere_only(p: P, k: int) -> Case:
    return case(
        "only a namesake at another employer",
        "none",
        True,
        subject(p),
        [],
        [namesake_github(p, k), namesake_github(p, k + 2)],
    )


def former_only(p: P, k: int) -> Case:
    wrong = namesake_github(p, k, employer="", bio=f"Formerly at {p.employer}; now freelance.")
    wrong["employer"] = None
    wrong["location"] = f"{p.city}, {p.country}"
    hit = search_hit(
        f"https://blog.{p.slug}-notes.test/about",
        f"About {p.name}",
        f"{p.name}, previously at {p.employer}, writes about tooling.",
    )
    return case(
        "only someone who used to work at the employer", "none", True, subject(p), [], [wrong, hit]
    )


def two_same_employer(p: P, k: int) -> Case:
    right = [press(p), github(p), homepage(p)]
    other_city, other_country = OTHER_EMPLOYERS[k % len(OTHER_EMPLOYERS)][1:]
    wrong = [namesake_github(p, k, employer=p.company, city=other_city, country=other_country)]
    return case(
        "two people with the same name at the same employer", "ask", True, subject(p), right, wrong
    )


def two_same_employer_same_country(p: P, k: int) -> Case:
    right = [press(p), homepage(p, links=[p.site + "/"])]
    wrong = [github(p, handle=f"{p.handle}-{k}", blog=False, location=f"Elsewhere, {p.country}")]
    wrong[0]["location"] = f"{['Hamburg', 'Manchester', 'Porto', 'Gothenburg'][k % 4]}, {p.country}"
    return case("same name, same employer, another city", "ask", True, subject(p), right, wrong)


def two_same_employer_two_accounts(p: P, k: int) -> Case:
    right = [press(p), github(p), homepage(p)]
    wrong = [github(p, handle=f"{p.handle}{k + 7}", blog=False, location=None)]
    return case(
        "same name, same employer: two GitHub accounts", "ask", True, subject(p), right, wrong
    )


def linkedin_only(p: P, k: int) -> Case:
    return case(
        "only LinkedIn search results (never read)", "none", True, subject(p), [linkedin(p)], []
    )


def initials_only(p: P, k: int) -> Case:
    short = f"{p.given[0]}. {p.family}"
    right = [github(p, name=short, blog=False)]
    return case("initials on one source, nothing else", "ask", True, subject(p), right, [])


def github_only(p: P, k: int) -> Case:
    return case(
        "one GitHub profile naming the employer",
        "ask",
        False,
        subject(p),
        [github(p, blog=False)],
        [],
    )


def long_tenure(p: P, k: int) -> Case:
    right: list[Lead] = []
    wrong = [press(p, start=_year_month(p.hire, -60))]
    return case(
        "a namesake at the employer for years before the hire",
        "none",
        True,
        subject(p),
        right,
        wrong,
    )


def different_given(p: P, k: int) -> Case:
    other = ["Rahul", "Grace", "Pedro", "Ingrid", "Marek", "Chidi"][k % 6]
    q = replace(p, given=other, handle=f"{other.lower()}{p.family.lower()}")
    wrong = [press(q), github(q)]
    return case(
        "same family name, different given name, at the employer",
        "none",
        True,
        subject(p),
        [],
        wrong,
    )


def abroad_only(p: P, k: int) -> Case:
    far = OTHER_EMPLOYERS[(k + 3) % len(OTHER_EMPLOYERS)]
    lead = github(p, blog=False, location=f"{far[1]}, {far[2]}", company=None)
    lead["headline"] = f"Engineer. Opinions my own. {p.employer} fan."
    return case(
        "name matches, lives abroad, mentions the employer in passing",
        "none",
        True,
        subject(p),
        [],
        [lead],
    )


def close_pair(p: P, k: int) -> Case:
    nick = {"Robert": "Bob", "Elizabeth": "Liz", "William": "Bill", "Katherine": "Kate"}
    q = replace(p, given=["Robert", "Elizabeth", "William", "Katherine"][k % 4])
    short = f"{nick[q.given]} {q.family}"
    a = github(q, name=short, blog=False, handle=f"{nick[q.given].lower()}-{k}")
    b = homepage(q, links=[])
    b["url"] = f"https://{q.family.lower()}-{k}.test/"
    return case(
        "two unlinked profiles, one by a nickname, both at the employer",
        "ask",
        True,
        subject(q),
        [],
        [a, b],
    )


def namesake_same_name_no_employer(p: P, k: int) -> Case:
    wrong = namesake_github(p, k, employer="")
    wrong["employer"] = None
    wrong["location"] = f"{p.city}, {p.country}"
    return case(
        "strong match; a namesake in the same city with no employer",
        "auto",
        True,
        subject(p),
        [press(p), github(p), homepage(p)],
        [wrong],
    )


def initials_corroborated(p: P, k: int) -> Case:
    short = f"{p.given[0]}. {p.family}"
    right = [
        press(p, name=short, links=[f"https://{p.home}/"]),
        github(p, name=short),
        homepage(p, name=short),
    ]
    return case(
        "initials everywhere, but the announcement and linked pages agree",
        "auto",
        True,
        subject(p),
        right,
        [],
    )


def typo_name(p: P, k: int) -> Case:
    typo = p.family[:-1] + {"a": "e", "e": "a", "i": "y", "o": "ou", "r": "rr"}.get(
        p.family[-1], p.family[-1] + "e"
    )
    q = replace(p, family=typo)
    return case(
        "a close spelling only: could be someone else",
        "ask",
        True,
        subject(p),
        [],
        [press(q), github(q)],
    )


def generation_conflict(p: P, k: int) -> Case:
    q = replace(p, given="Robert", family="Miller")
    subj = subject(q, name="Robert Miller Jr.")
    wrong = [
        press(q, name="Robert Miller Sr.", start=_year_month(q.hire, -120)),
        orcid(q, name="Robert Miller Sr.", number=k),
    ]
    return case("the father, 'Sr.', at the same firm", "none", True, subj, [], wrong)


def middle_initial_conflict(p: P, k: int) -> Case:
    q = replace(p, given="Jonathan", family="Miller")
    subj = subject(q, name="Jonathan Q. Miller")
    wrong = [github(q, name="Jonathan R. Miller", blog=False)]
    return case("a different middle initial at the employer", "none", True, subj, [], wrong)


def linkedin_namesake_abroad(p: P, k: int) -> Case:
    far = OTHER_EMPLOYERS[k % len(OTHER_EMPLOYERS)]
    wrong = [linkedin(p, slug=f"{p.slug}-{k}", location=f"{far[1]}, {far[2]}")]
    return case(
        "strong match; a LinkedIn namesake at the same employer abroad",
        "ask",
        True,
        subject(p),
        [press(p), github(p), homepage(p)],
        wrong,
    )


def linkedin_namesake_elsewhere(p: P, k: int) -> Case:
    other = OTHER_EMPLOYERS[k % len(OTHER_EMPLOYERS)]
    wrong = [
        linkedin(
            p,
            slug=f"{p.slug}-{k}",
            employer=other[0],
            role="Consultant",
            location=f"{other[1]}, {other[2]}",
        )
    ]
    return case(
        "strong match; a LinkedIn namesake at another employer",
        "auto",
        True,
        subject(p),
        [press(p), github(p), linkedin(p)],
        wrong,
    )


def no_announcement(p: P, k: int) -> Case:
    gh = github(p, bio=p.role)
    wrong = [namesake_github(p, k, city=p.city, country=p.country)]
    return case(
        "GitHub and homepage linked, no date; a namesake in the same city elsewhere",
        "auto",
        True,
        subject(p, hire_date=None),
        [gh, homepage(p)],
        wrong,
    )


def area_location(p: P, k: int) -> Case:
    right = [
        press(p),
        github(p, location=f"Greater {p.city} Area"),
        linkedin(p, location=f"{p.city} Metropolitan Area"),
    ]
    return case("'Greater X Area' locations", "auto", False, subject(p), right, [])


def namesake_same_employer_other_role(p: P, k: int) -> Case:
    role = ["Sales Director", "Office Manager", "Recruiter"][k % 3]
    hit = search_hit(
        f"https://events.example.test/speakers/{p.slug}-{k}",
        f"{p.name} - {role} - {p.employer}",
        f"{p.name} ({role}, {p.employer}) will speak at the trade fair.",
    )
    return case(
        "strong match; a namesake at the employer in another job",
        "ask",
        True,
        subject(p),
        [press(p), github(p), homepage(p)],
        [hit],
    )


def stale_company_prefix(p: P, k: int) -> Case:
    first = p.employer.split()[0]
    wrong = namesake_github(p, k, employer=f"@{first.lower()}", city=p.city, country=p.country)
    wrong["headline"] = f"Logistics at {first} Traders"
    return case(
        "a namesake whose GitHub company is a prefix shared with another firm",
        "ask",
        True,
        subject(p),
        [github(p, blog=False)],
        [wrong],
    )


FIXTURE_LEADS = Path(__file__).with_name("fixture_leads.json")
"""Leads exactly as the github and websearch sources made them from the fixture web
(``fixtures/web/api.github.com``, ``fixtures/web/searx.test``): a snapshot."""
LAKESIDE = ("ada-okafor-lh", "lakeside-health.test", "ada-okafor-rn")


def fixture_cases() -> list[Case]:
    leads: list[Lead] = json.loads(FIXTURE_LEADS.read_text(encoding="utf-8"))
    nurse = [lead for lead in leads if any(m in lead["url"] for m in LAKESIDE)]
    hire = [lead for lead in leads if lead not in nurse]
    northwind: dict[str, Any] = {
        "name": "Ada Okafor",
        "employer": "Northwind Robotics",
        "role": "Head of Platform",
        "location": "Lagos, Nigeria",
        "hints": [],
        "hire_date": "2024-03",
        "employer_site": "https://northwind-robotics.test",
    }
    lakeside: dict[str, Any] = {
        "name": "Ada Okafor",
        "employer": "Lakeside Health",
        "role": "Registered Nurse",
        "location": "Ibadan, Nigeria",
        "hints": [],
        "hire_date": None,
        "employer_site": None,
    }
    return [
        {
            "id": "fixture-web-hire",
            **case("the fixture web as the sources read it", "auto", True, northwind, hire, nurse),
        },
        {
            "id": "fixture-web-nurse",
            **case("the fixture web, hired at the hospital", "auto", True, lakeside, nurse, hire),
        },
        {
            "id": "fixture-web-namesake-only",
            **case("the fixture web without the hire", "none", True, northwind, [], nurse),
        },
    ]


SCENARIOS: list[tuple[Scenario, range]] = [
    (strong_three, range(6)),
    (press_alone, range(3)),
    (github_homepage_timing, range(3)),
    (strong_with_namesake, range(4)),
    (strong_with_former, range(3)),
    (strong_with_linkedin, range(4)),
    (nickname, range(4)),
    (diacritics, range(4)),
    (family_first, range(4)),
    (cjk_script, range(2)),
    (hyphenated, range(2)),
    (initials_corroborated, range(2)),
    (typo_name, range(2)),
    (generation_conflict, range(2)),
    (middle_initial_conflict, range(2)),
    (linkedin_namesake_abroad, range(2)),
    (linkedin_namesake_elsewhere, range(2)),
    (no_announcement, range(3)),
    (area_location, range(2)),
    (namesake_same_employer_other_role, range(3)),
    (stale_company_prefix, range(2)),
    (honorifics, range(3)),
    (acronym_alias, range(2)),
    (email_domain, range(2)),
    (location_alias, range(2)),
    (namesake_same_name_no_employer, range(3)),
    (common_name_only, range(3)),
    (namesake_elsewhere_only, range(3)),
    (former_only, range(3)),
    (two_same_employer, range(4)),
    (two_same_employer_same_country, range(3)),
    (two_same_employer_two_accounts, range(3)),
    (linkedin_only, range(3)),
    (initials_only, range(2)),
    (github_only, range(2)),
    (long_tenure, range(2)),
    (different_given, range(3)),
    (abroad_only, range(2)),
    (close_pair, range(3)),
]


def build() -> list[Case]:
    cases: list[Case] = []
    for scenario, ks in SCENARIOS:
        for k in ks:
            p = PEOPLE[(k + len(cases)) % len(PEOPLE)]
            found = scenario(p, k)
            found["id"] = f"{scenario.__name__}-{k + 1}"
            cases.append({"id": found.pop("id"), **found})
    return cases + fixture_cases()


def main() -> None:
    cases = build()
    OUT.write_text(json.dumps(cases, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    hard = sum(c["hard"] for c in cases)
    print(f"wrote {len(cases)} cases ({hard} hard) to {OUT}")


if __name__ == "__main__":
    main()
