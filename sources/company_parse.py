"""Pure parsing for the ``company`` source: sitemaps, page picking, mentions and
announcements on an employer's own site. No I/O.

* :func:`site_root` - the employer's site from the lookup options or the subject (never
  guessed from the company name).
* :func:`parse_sitemap` - ``<urlset>`` page URLs and ``<sitemapindex>`` child sitemaps.
* :func:`page_score` / :func:`rank_pages` - which pages to read first: a page whose address
  carries the person's name, then team/people/leadership, about, news/press/blog; careers,
  legal and shop pages never.
* :func:`site_links` - same-site links with their text (home page and listing pages).
* :func:`find_mention` - whether a page names the person, and what it says: an
  announcement ("welcomes X as", "X joins ... as", "appointed", "has hired", "promoted
  to") with the role and the date, or a team entry with the role next to the name.
* :func:`parse_announcement` - a page about the person as a :class:`Career`: the role at the
  company from the announcement's date, and the background the page gives ("joins from
  Tessellate Labs, where she was Staff Engineer", "previously ... at ...", "holds an MSc in
  ... from ..."), each with evidence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

from research.model import (
    Career,
    Education,
    Evidence,
    Experience,
    Method,
    PartialDate,
    Subject,
)
from research.privacy import scrub
from sources._html import (
    DATE_IN_TEXT,
    absolute,
    as_list,
    clean,
    find_name,
    first_text,
    fold,
    json_ld_nodes,
    meta_content,
    partial_date,
    quote,
    sentences,
    soup,
    types_of,
    visible_text,
)

SOURCE_ID = "company"

JOB_BOARDS = frozenset(
    {
        "greenhouse.io",
        "lever.co",
        "myworkdayjobs.com",
        "workday.com",
        "smartrecruiters.com",
        "ashbyhq.com",
        "indeed.com",
        "linkedin.com",
        "glassdoor.com",
        "recruitee.com",
        "personio.de",
        "personio.com",
        "teamtailor.com",
        "bamboohr.com",
        "workable.com",
        "jobvite.com",
        "icims.com",
        "taleo.net",
        "successfactors.com",
        "stepstone.de",
        "welcometothejungle.com",
        "wellfound.com",
        "otta.com",
        "jobs.ch",
        "xing.com",
    }
)
"""Posting hosts that are not the employer's site: a posting there gives no site."""

_ORG_TYPES = {
    "Organization",
    "Corporation",
    "LocalBusiness",
    "NGO",
    "EducationalOrganization",
    "GovernmentOrganization",
    "Hospital",
    "MedicalOrganization",
    "NewsMediaOrganization",
    "OnlineBusiness",
    "ResearchOrganization",
    "CollegeOrUniversity",
    "Company",
}
_KIND_WORDS: dict[str, tuple[int, str]] = {
    "team": (30, "team"),
    "teams": (30, "team"),
    "people": (30, "team"),
    "leadership": (32, "team"),
    "management": (28, "team"),
    "executives": (28, "team"),
    "staff": (25, "team"),
    "founders": (22, "team"),
    "board": (18, "team"),
    "who": (10, "about"),
    "about": (15, "about"),
    "company": (8, "about"),
    "news": (14, "news"),
    "press": (14, "news"),
    "newsroom": (14, "news"),
    "announcements": (16, "news"),
    "media": (8, "news"),
    "blog": (10, "news"),
    "stories": (6, "news"),
    "updates": (6, "news"),
    "insights": (4, "news"),
}
_SKIP_WORDS = frozenset(
    {
        "careers",
        "career",
        "jobs",
        "job",
        "vacancies",
        "openings",
        "privacy",
        "terms",
        "legal",
        "cookies",
        "cookie",
        "imprint",
        "impressum",
        "login",
        "signin",
        "sign",
        "register",
        "cart",
        "checkout",
        "shop",
        "store",
        "search",
        "tag",
        "tags",
        "category",
        "feed",
        "rss",
        "wp",
        "admin",
        "cdn",
        "assets",
        "static",
    }
)
_SKIP_EXT = re.compile(r"\.(?:pdf|jpe?g|png|gif|svg|webp|zip|gz|mp4|mp3|css|js|xml|ico)$", re.I)

_CONNECT = r"(?:of|for|and|&|the|de|du|la|in)"
_TITLE_WORD = r"[A-Z][\w&/'’-]*"
_CAP_ROLE = rf"{_TITLE_WORD}(?:\s+(?:{_CONNECT}\s+)?{_TITLE_WORD})*"
_ROLE_END = (
    r"(?=\s*(?:[,.;:()!]|$|\s+[-–—]\s|\s+(?:from|effective|starting|on|in|where|with|after|"
    r"at|following|to\s+lead|to\s+head|to\s+run|and\s+will|who|this|today|later|since)\b))"
)
_ARTICLE = r"(?:(?:our|its|their|the|a|an|her|his)\s+)?(?:new\s+)?"
ROLE = rf"{_ARTICLE}(?P<role>{_CAP_ROLE}|[a-z][^,.;()]{{1,60}}?){_ROLE_END}"
PERSON = "\u2063PERSON\u2063"
_P = re.escape(PERSON)
_APPOSITION = r"(?:,[^,.;]{1,80},)?"
ANNOUNCEMENT_PATTERNS = (
    re.compile(
        r"\b(?:welcomes?|welcomed|is\s+(?:pleased|delighted|excited|proud|happy)\s+to\s+"
        r"(?:welcome|announce)|appoints?|appointed|hires?|hired|names|named|promotes?|promoted"
        r"|announces?|announced)\s+(?:the\s+(?:appointment|arrival|hiring)\s+of\s+)?"
        rf"{_P}{_APPOSITION}\s+(?:as|to(?:\s+the\s+(?:role|position)\s+of)?|to\s+be)\s+{ROLE}",
    ),
    re.compile(
        rf"{_P}{_APPOSITION}\s+(?:has\s+|have\s+|will\s+|is\s+)?(?:joined|joins|joining|join)"
        rf"\b[^.;]{{0,80}}?\bas\s+{ROLE}",
    ),
    re.compile(
        rf"{_P}{_APPOSITION}\s+(?:has\s+been|had\s+been|was|is|will\s+be|gets)\s+(?:appointed|"
        r"named|hired|promoted)\s+(?:as\s+|to\s+(?:the\s+(?:role|position)\s+of\s+)?)?"
        rf"{ROLE}",
    ),
    re.compile(
        rf"{_P}{_APPOSITION}\s+(?:promoted|appointed|named|hired|joins|joined)\s+"
        rf"(?:as\s+|to\s+)?{ROLE}",
    ),
    re.compile(rf"\bnew\s+(?P<role>{_CAP_ROLE}),?\s+{_P}"),
)
"""Announcement phrases, on a sentence whose mention of the person is replaced by
:data:`PERSON`; each has a ``role`` group."""

_WORDS = {"joins", "joined", "appointed", "welcomes", "welcome", "hired", "promoted", "named"}
_TITLE = r"(?P<title>[A-Za-z][\w&/'’ -]{1,60}?)"
_TITLE_END = (
    r"(?=\s*(?:[,.;()]|$|\s+(?:leading|responsible|running|for|on|in|working|until|from|"
    r"between|and|where|since|before|after|with)\b))"
)
_PROPER = r"[A-Z][\w&'’-]*(?:\s+(?:(?:of|and|&|for|de|du|la)\s+)?[A-Z][\w&'’-]*)*"
"""Capitalised words, joined by of/and/for: "University of Lakeside"."""
_ORG = rf"(?:the\s+)?(?P<org>(?-i:{_PROPER}))"
_PRONOUN = r"(?:she|he|they)"
_BACKGROUND = (
    re.compile(
        rf"\b(?:joins|joined|comes|came|arrives|arrived)(?:\s+\w+){{0,3}}?\s+from\s+{_ORG}"
        rf"(?:,?\s+where\s+{_PRONOUN}\s+(?:was|served\s+as|worked\s+as|has\s+been|had\s+been)"
        rf"\s+(?:a\s+|an\s+|the\s+)?{_TITLE}{_TITLE_END})?(?P<rest>[^.]*)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:previously|before\s+(?:that|this|joining[^,]*)|prior\s+to\s+(?:that|this|"
        rf"joining[^,]*)|formerly|earlier\s+in\s+(?:her|his|their)\s+career),?\s+(?:{_PRONOUN}\s+|"
        rf"{_P}\s+)?(?:was|served\s+as|worked\s+as|held\s+the\s+role\s+of|spent[^.]*?\s+as)\s+"
        rf"(?:a\s+|an\s+|the\s+)?{_TITLE}\s+at\s+{_ORG}(?P<rest>[^.]*)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:{_PRONOUN}|{_P})\s+(?:previously|formerly|earlier|also)\s+(?:was|served\s+as|"
        rf"worked\s+as|spent[^.]*?\s+as)\s+(?:a\s+|an\s+|the\s+)?{_TITLE}\s+at\s+{_ORG}"
        rf"(?P<rest>[^.]*)",
        re.IGNORECASE,
    ),
)
_JOINED_IN = re.compile(
    rf"\b(?:{_PRONOUN}|{_P})\s+(?:first\s+|originally\s+)?joined\s+{_ORG}\s+in\s+"
    rf"(?P<when>(?:[A-Za-z]+\s+)?(?:19|20)\d{{2}})\s+as\s+(?:a\s+|an\s+|the\s+)?{_TITLE}"
    rf"{_TITLE_END}",
    re.IGNORECASE,
)
"""An earlier role, often at the same company: "She joined Tessellate Labs in May 2019 as a
Senior Software Engineer" (ended by the promotion the page announces)."""
_EDUCATION = re.compile(
    r"\b(?:holds|has|earned|received|completed|gained|graduated\s+with)\s+(?:a|an|her|his|"
    r"their)\s+(?P<degree>(?:MSc|M\.Sc\.?|BSc|B\.Sc\.?|PhD|Ph\.D\.?|MBA|MA|BA|MEng|BEng|MPhil|"
    r"DPhil|LLB|LLM|master'?s|bachelor'?s|doctorate|degree)\b[^.]*?)\s+(?:from|at)\s+"
    rf"(?:the\s+)?(?P<inst>(?-i:{_PROPER}))",
    re.IGNORECASE,
)
_YEARS = re.compile(
    r"\(?\s*(?:from\s+)?(?P<s>(?:19|20)\d{2})\s*(?:[-–—]|to|until|and)\s*"
    r"(?P<e>(?:19|20)\d{2}|present|now|today)\s*\)?",
    re.IGNORECASE,
)
_BLOCKS = ("li", "tr", "figure", "article", "p", "dd", "div", "section", "td", "h1", "h2", "h3")


# -- the employer's site ----------------------------------------------------------------------


def _origin(url: str) -> str | None:
    text = url.strip()
    if not text:
        return None
    if "//" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return f"{parts.scheme}://{parts.netloc.lower()}/"


def registered_domain(url: str) -> str:
    from research.employers import registered_domain as domain

    return domain(url)


def site_root(options: Mapping[str, Any], subject: Subject | None = None) -> str | None:
    """The employer's site as ``scheme://host/``, from, in order: ``options["employer_site"]``,
    ``subject.employer_site``, ``options["employer_url"]`` (the posting's
    hiringOrganization), or the registrable domain of ``options["posting_url"]`` unless the
    posting is on a job board. None when there is none: no domain is ever guessed."""
    for value in (
        options.get("employer_site"),
        subject.employer_site if subject else None,
        options.get("employer_url"),
    ):
        if isinstance(value, str):
            root = _origin(value)
            if root:
                return root
    posting = options.get("posting_url")
    if isinstance(posting, str) and _origin(posting):
        domain = registered_domain(posting)
        if domain and domain not in JOB_BOARDS and "." in domain:
            return f"{urlsplit(posting).scheme}://{domain}/"
    return None


def same_site(url: str, root: str) -> bool:
    a, b = registered_domain(url), registered_domain(root)
    return bool(a) and a == b


# -- sitemaps ---------------------------------------------------------------------------------


@dataclass
class Sitemap:
    urls: list[str] = field(default_factory=list)
    """Page URLs of a ``<urlset>``."""
    sitemaps: list[str] = field(default_factory=list)
    """Child sitemaps of a ``<sitemapindex>``."""


def parse_sitemap(data: bytes | str) -> Sitemap:
    """A sitemap or sitemap index (any namespace; broken XML read as far as it goes)."""
    from lxml import etree  # type: ignore[import-untyped]

    raw = data.encode("utf-8") if isinstance(data, str) else data
    out = Sitemap()
    if not raw.lstrip().startswith(b"<"):  # a text sitemap: one URL a line
        for line in raw.decode("utf-8", errors="replace").splitlines():
            text = line.strip()
            is_url = text.startswith(("http://", "https://")) and " " not in text
            if is_url and text not in out.urls:
                out.urls.append(text)
        return out
    try:
        parser = etree.XMLParser(
            recover=True, resolve_entities=False, no_network=True, huge_tree=False
        )
        root = etree.fromstring(raw.strip(), parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        return out
    if root is None:
        return out
    for loc in root.iter():
        if not isinstance(loc.tag, str) or etree.QName(loc).localname != "loc":
            continue
        parent = loc.getparent()
        text = clean(loc.text)
        if parent is None or not text.startswith(("http://", "https://")):
            continue
        kind = etree.QName(parent).localname if isinstance(parent.tag, str) else ""
        if kind not in ("url", "sitemap"):
            continue  # image:loc, video:loc and the like
        target = out.sitemaps if kind == "sitemap" else out.urls
        if text not in target:
            target.append(text)
    return out


# -- choosing pages ---------------------------------------------------------------------------


def _tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[^a-z0-9]+", fold(text)) if t]


def page_score(url: str, text: str = "", name: str = "") -> tuple[int, str]:
    """How worth reading a page is, and its kind (``person``, ``team``, ``about``, ``news``);
    ``(0, "")`` for pages never read (careers, legal, files, the home page)."""
    parts = urlsplit(url)
    path = parts.path or "/"
    if _SKIP_EXT.search(path) or path == "/":
        return 0, ""
    words = _tokens(path)
    link_words = _tokens(text)
    name_words = _tokens(name)
    if name_words and len(name_words) >= 2:
        first, last = name_words[0], name_words[-1]
        if (first in words and last in words) or (first in link_words and last in link_words):
            return 100, "person"
    if any(w in _SKIP_WORDS for w in words):
        return 0, ""
    best, kind = 0, ""
    for position, word in enumerate(words):
        if word in _KIND_WORDS:
            score, what = _KIND_WORDS[word]
            if position < len(words) - 1 and what == "news":
                score -= 4  # an article under /news/ ranks below the listing
            if score > best:
                best, kind = score, what
    for word in link_words:
        if word in _KIND_WORDS and _KIND_WORDS[word][0] > best:
            best, kind = _KIND_WORDS[word]
    return best, kind


def rank_pages(candidates: list[tuple[str, str]], name: str, root: str) -> list[str]:
    """Same-site candidate ``(url, link text)`` pairs worth reading, best first."""
    scored: dict[str, int] = {}
    for url, text in candidates:
        if not same_site(url, root):
            continue
        score, _ = page_score(url, text, name)
        if score > 0:
            key = url.split("#", 1)[0]
            scored[key] = max(scored.get(key, 0), score)
    return sorted(scored, key=lambda u: (-scored[u], len(u), u))


def site_links(html: str, base_url: str, root: str) -> list[tuple[str, str]]:
    """Same-site links of a page with their text."""
    doc = soup(html)
    out: list[tuple[str, str]] = []
    for tag in doc.find_all("a", href=True):
        if not isinstance(tag, Tag):
            continue
        link = absolute(tag.get("href"), base_url)
        if link and same_site(link, root):
            out.append((link, clean(tag.get_text(" "))))
    return out


def is_listing(url: str) -> bool:
    """A news/press/blog index page (its last path word is a news word)."""
    words = _tokens(urlsplit(url).path)
    return bool(words) and _KIND_WORDS.get(words[-1], (0, ""))[1] in ("news", "team")


# -- the organisation -------------------------------------------------------------------------


def site_organisation(html: str | BeautifulSoup) -> str | None:
    """The site's own organisation: a JSON-LD Organization (or a news article's publisher),
    else ``og:site_name``."""
    doc = soup(html) if isinstance(html, str) else html
    publisher = None
    for node in json_ld_nodes(doc):
        kinds = types_of(node)
        if kinds & _ORG_TYPES:
            name = first_text(node.get("name"))
            if name:
                return scrub(name)
        for key in ("publisher", "sourceOrganization"):
            value = node.get(key)
            for item in as_list(value):
                if isinstance(item, dict) and first_text(item.get("name")):
                    publisher = publisher or first_text(item.get("name"))
    if publisher:
        return scrub(publisher)
    site_name = meta_content(doc, "og:site_name")
    return scrub(site_name) if site_name else None


def published_date(doc: BeautifulSoup, text: str | None = None) -> PartialDate | None:
    """When a page was published: ``article:published_time``, a JSON-LD ``datePublished``,
    a ``<time datetime>``, or the first date written in its text."""
    for key in ("article:published_time", "datePublished", "date", "dc.date", "pubdate"):
        value = partial_date(meta_content(doc, key))
        if value:
            return value
    for node in json_ld_nodes(doc):
        value = partial_date(node.get("datePublished") or node.get("dateCreated"))
        if value:
            return value
    for tag in doc.find_all("time"):
        if isinstance(tag, Tag):
            value = partial_date(tag.get("datetime") or tag.get_text(" "))
            if value and value.month:
                return value
    found = DATE_IN_TEXT.search(text if text is not None else visible_text(doc))
    return partial_date(found.group(0)) if found else None


# -- mentions ---------------------------------------------------------------------------------


@dataclass
class Mention:
    """What a page says about the person."""

    kind: str
    """``announcement`` or ``team``."""
    written_name: str
    sentence: str
    role: str | None = None
    start: PartialDate | None = None
    links: list[str] = field(default_factory=list)
    organisation: str | None = None
    title: str = ""


def _with_person(sentence: str, name: str) -> str:
    spans = find_name(name, sentence)
    out, last = [], 0
    for start, end in spans:
        out.append(sentence[last:start])
        out.append(PERSON)
        last = end
    out.append(sentence[last:])
    return "".join(out)


def _clean_role(role: str) -> str | None:
    role = clean(role).strip(" -–—,:;")
    role = re.sub(r"^(?:our|its|their|the|a|an|new)\s+", "", role, flags=re.I)
    role = re.sub(r"^new\s+", "", role, flags=re.I)
    if not role or len(role.split()) > 8 or PERSON in role:
        return None
    return scrub(role) or None


def announcement_role(sentence: str, name: str) -> str | None:
    """The role an announcement sentence gives the person, or None when it is not one."""
    marked = _with_person(clean(sentence), name)
    if PERSON not in marked:
        return None
    for pattern in ANNOUNCEMENT_PATTERNS:
        match = pattern.search(marked)
        if match:
            role = _clean_role(match.group("role"))
            if role:
                return role
    return None


_CARDS = ("li", "tr", "figure", "article", "div", "section", "dd", "td")
_CARD_TEXT = 400


def _block_of(node: Tag) -> Tag:
    current: Tag | None = node
    while current is not None and current.name not in _BLOCKS:
        parent = current.parent
        current = parent if isinstance(parent, Tag) else None
    return current or node


def _card_of(node: Tag) -> Tag:
    """The smallest block around a mention, widened to its card (a team grid's figure, a
    list item) but never to a list of several cards or a long page section."""
    current = _block_of(node)
    while True:
        parent = current.parent
        if not isinstance(parent, Tag) or parent.name in ("body", "html", "main", "[document]"):
            return current
        if current.name in _CARDS and len(parent.find_all(current.name, recursive=False)) > 1:
            return current  # one of several repeated cards
        if len(visible_text(parent)) > _CARD_TEXT:
            return current
        current = parent


def _near_links(block: Tag, base_url: str, root: str | None, name: str) -> list[str]:
    out: list[str] = []
    for tag in block.find_all("a", href=True):
        if not isinstance(tag, Tag):
            continue
        link = absolute(tag.get("href"), base_url)
        if not link:
            continue
        text = clean(tag.get_text(" "))
        own_site = root is not None and same_site(link, root)
        if own_site and not find_name(name, text):
            continue  # navigation on the company's own site
        if link not in out:
            out.append(link)
    return out


def _team_role(block_text: str, name: str) -> str | None:
    spans = find_name(name, block_text)
    if not spans:
        return None
    after = block_text[spans[0][1] :]
    match = re.match(r"^\s*(?:[-–—|,:]\s*|\n\s*)(?P<role>[^\n,;·|()]{2,80})", after)
    if not match:
        return None
    role = clean(match.group("role"))
    role = re.split(r"\s+(?:[-–—]|at)\s+", role)[0]
    if len(role.split()) > 8 or DATE_IN_TEXT.search(role):
        return None
    return scrub(role) or None


def _mention_blocks(body: Tag | BeautifulSoup, name: str, limit: int = 5) -> list[Tag]:
    """The cards around the first mentions of the name."""
    blocks: list[Tag] = []
    for node in body.find_all(string=True):
        parent = node.parent
        if not isinstance(parent, Tag) or parent.name in ("script", "style", "title"):
            continue
        if find_name(name, str(node)):
            card = _card_of(parent)
            if all(card is not b for b in blocks):
                blocks.append(card)
            if len(blocks) >= limit:
                break
    if not blocks:  # the name split over elements: "<b>Ada</b> Okafor"
        found = [t for t in body.find_all(list(_BLOCKS)) if find_name(name, t.get_text(" "))]
        inner = [
            t
            for t in found
            if not any(o is not t and any(p is t for p in o.parents) for o in found)
        ]
        blocks = [_card_of(t) for t in inner[:limit]]
    return blocks


def find_mention(html: str, url: str, name: str, *, root: str | None = None) -> Mention | None:
    """Whether the page names the person (case and diacritics ignored) and what it says;
    None when it does not."""
    doc = soup(html)
    body = doc.body or doc
    text = visible_text(body)
    if not find_name(name, text):
        return None
    title_tag = doc.find("title")
    title = clean(title_tag.get_text(" ")) if isinstance(title_tag, Tag) else ""
    all_sentences = sentences(text)
    named = [s for s in all_sentences if find_name(name, s)]
    written = text[slice(*find_name(name, text)[0])]
    organisation = site_organisation(doc)
    role = None
    sentence = named[0] if named else ""
    for candidate in named:
        role = announcement_role(candidate, name)
        if role:
            sentence = candidate
            break
    blocks = _mention_blocks(body, name)
    links: list[str] = []
    for block in blocks:
        for link in _near_links(block, url, root, name):
            if link not in links and link != url:
                links.append(link)
    if role:
        return Mention(
            kind="announcement",
            written_name=written,
            sentence=quote(sentence),
            role=role,
            start=published_date(doc, text),
            links=links,
            organisation=organisation,
            title=scrub(title),
        )
    team_role = None
    for block in blocks:
        team_role = _team_role(visible_text(block), name)
        if team_role:
            sentence = clean(visible_text(block, separator=" "))
            break
    return Mention(
        kind="team",
        written_name=written,
        sentence=quote(sentence),
        role=team_role,
        links=links,
        organisation=organisation,
        title=scrub(title),
    )


# -- the page as a career ---------------------------------------------------------------------


def _about_person(sentence: str, name: str) -> bool:
    if find_name(name, sentence):
        return True
    words = fold(name).split()
    folded = fold(sentence).split()
    if words and (words[-1] in folded[:3] or words[0] in folded[:2]):
        return True
    return bool(
        re.match(r"^\s*(?:[\w-]+,?\s+){0,3}(?:she|he|they|her|his|their)\b", sentence, re.I)
    )


def _years(rest: str) -> tuple[PartialDate | None, PartialDate | None]:
    match = _YEARS.search(rest)
    if not match:
        return None, None
    end = match.group("e")
    return (
        partial_date(match.group("s")),
        None if end.lower() in ("present", "now", "today") else partial_date(end),
    )


def _clean_title(title: str | None) -> str:
    text = clean(title or "").strip(" ,")
    text = re.sub(r"^(?:a|an|the)\s+", "", text, flags=re.I)
    return scrub(text)


def _level(degree: str) -> Any:
    try:
        from research.read.vocab import degree_level
    except ImportError:
        return None
    try:
        return degree_level(degree)
    except Exception:
        return None


def _field(degree: str) -> str | None:
    match = re.search(r"\b(?:in|of)\s+(.+)$", degree)
    return clean(match.group(1)) if match else None


def parse_announcement(
    html: str,
    url: str,
    name: str,
    employer: str | None = None,
    fetched_at: datetime | None = None,
    *,
    source: str = SOURCE_ID,
) -> Career:
    """A company page about the person as a Career: the role at the company (from the
    announcement date, open-ended) and the background the page states. Empty when the page
    does not name the person."""
    mention = find_mention(html, url, name)
    career = Career()
    if mention is None:
        return career

    def ev(text: str) -> Evidence:
        return Evidence(
            source=source, url=url, fetched_at=fetched_at, method=Method.HTML, quote=quote(text)
        )

    company = employer or mention.organisation or ""
    career.name = scrub(mention.written_name) or None
    career.headline = mention.role
    if mention.role and company:
        start = mention.start if mention.kind == "announcement" else None
        career.experiences.append(
            Experience(
                title=mention.role,
                employer=company,
                start=start,
                end=None,
                evidence=[ev(mention.sentence)],
            )
        )
    doc = soup(html)
    text = visible_text(doc.body or doc)
    all_sentences = sentences(text)
    first = next((i for i, s in enumerate(all_sentences) if find_name(name, s)), None)
    if first is None:
        return career
    for sentence in all_sentences[first:]:
        if not _about_person(sentence, name):
            continue
        marked = _with_person(sentence, name)
        for match in _JOINED_IN.finditer(marked):
            org = scrub(clean(match.group("org")))
            title = _clean_title(match.group("title"))
            if not org or not title or (fold(org) == fold(company) and title == mention.role):
                continue
            end = None
            if fold(org) == fold(company) and mention.kind == "announcement":
                end = mention.start  # the role the announced one replaced
            career.experiences.append(
                Experience(
                    title=title,
                    employer=org,
                    start=partial_date(match.group("when")),
                    end=end,
                    evidence=[ev(sentence)],
                )
            )
        for pattern in _BACKGROUND:
            for match in pattern.finditer(marked):
                org = scrub(clean(match.group("org")))
                title = _clean_title(match.groupdict().get("title"))
                if not org or fold(org) == fold(company) or fold(org) in _WORDS:
                    continue
                start, end = _years(match.group("rest") or "")
                joined_from = re.match(
                    r"(?i)\s*(?:joins|joined|comes|came|arrives|arrived)", match.group(0)
                )
                if joined_from and end is None and mention.kind == "announcement":
                    end = mention.start  # she came from there when she joined
                if any(
                    fold(e.employer) == fold(org) and fold(e.title) == fold(title)
                    for e in career.experiences
                ):
                    continue
                career.experiences.append(
                    Experience(
                        title=title, employer=org, start=start, end=end, evidence=[ev(sentence)]
                    )
                )
        for match in _EDUCATION.finditer(sentence):
            degree = scrub(clean(match.group("degree")))
            institution = scrub(clean(match.group("inst")))
            if not institution:
                continue
            career.education.append(
                Education(
                    institution=institution,
                    degree=degree,
                    level=_level(degree),
                    field=_field(degree),
                    evidence=[ev(sentence)],
                )
            )
    return career


__all__ = [
    "ANNOUNCEMENT_PATTERNS",
    "JOB_BOARDS",
    "Mention",
    "Sitemap",
    "announcement_role",
    "find_mention",
    "is_listing",
    "page_score",
    "parse_announcement",
    "parse_sitemap",
    "published_date",
    "rank_pages",
    "same_site",
    "site_links",
    "site_organisation",
    "site_root",
]
