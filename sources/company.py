"""The employer's own website: team pages, about pages, news and press releases.

Which site: ``options["employer_site"]`` (``--employer-site``), else
``subject.employer_site``, else ``options["employer_url"]`` (the posting's
hiringOrganization ``sameAs``/``url``), else the registrable domain of
``options["posting_url"]`` (``https://jobs.northwind-robotics.test/x`` ->
``https://northwind-robotics.test/``) unless the posting is on a job board. Without any of
these, ``search`` returns no leads: a company's domain is never guessed from its name.

``search(subject)``: reads ``/sitemap.xml`` (and the child sitemaps of a
``<sitemapindex>``, at most :data:`MAX_SITEMAPS`); when there is none (or robots.txt
disallows it: the door answers ``disallowed`` and nothing is requested), the home page's
links. Pages are ranked (:func:`sources.company_parse.rank_pages`): an address carrying the
person's name first, then team/people/leadership, about, news/press/blog; careers, legal
and shop pages are never read; news and team listings add their links. Pages are read up
to the page budget (``options["page_budget"]``, default :data:`DEFAULT_PAGE_BUDGET`,
counting every fetch, sitemaps included). robots.txt is applied by the door to every page:
a disallowed page is never requested.

Each page that names the person (case and diacritics ignored) gives one lead: ``name`` as
written, ``employer`` (the site's JSON-LD Organization, a news article's publisher or
``og:site_name``; else the subject's employer), ``headline`` (the role from an
announcement - "welcomes X as", "X joins ... as", "appointed", "has hired", "promoted to" -
or the role next to the name on a team page), ``snippet`` (the sentence, scrubbed),
``links`` (links near the name, e.g. to a homepage), ``extra["page_kind"]``
(``announcement`` or ``team``) and ``extra["start"]`` (``YYYY-MM``, the announcement's
date).

``collect(lead)``: re-reads the page (the door's cache makes it cheap) and returns the role
at the company (from the announcement date, open-ended) and the background the page gives
("She joins from Tessellate Labs, where she was Staff Engineer" - ended at the announcement
date -, "Previously, she was ... at ...", "holds an MSc in ... from ...").
"""

from __future__ import annotations

from datetime import date
from urllib.parse import urljoin

from research.fetch.outcome import Fetched
from research.model import Career, Lead, Subject
from research.source import Canary, Example, Expect, Source, SourceInfo
from sources.company_parse import (
    Mention,
    find_mention,
    is_listing,
    parse_announcement,
    parse_sitemap,
    rank_pages,
    same_site,
    site_links,
    site_organisation,
    site_root,
)

SOURCE_ID = "company"
DEFAULT_PAGE_BUDGET = 25
MAX_SITEMAPS = 5
_HTML = ("text/html", "application/xhtml+xml")
_XML = ("application/xml", "text/xml", "text/plain")

_HIRE = "Ada Okafor"
_PRESS_RELEASE = "https://northwind-robotics.test/news/ada-okafor-joins.html"


class _Budget:
    def __init__(self, pages: int) -> None:
        self.left = max(0, pages)

    def take(self) -> bool:
        if self.left <= 0:
            return False
        self.left -= 1
        return True


class CompanySource(Source):
    """Pages on the employer's own site that name the hire."""

    info = SourceInfo(
        id=SOURCE_ID,
        name="Employer's website",
        site="the employer's own site",
        kind="html",
        base_url="https://github.com/runnerup-cli/runnerup",
        terms_url="https://github.com/runnerup-cli/runnerup#terms-and-privacy",
        terms_reviewed=date(2026, 11, 25),
        terms_summary=(
            "The employer's own public pages (team, about, news, press), read only where its "
            "robots.txt allows runnerup; at most a page budget per lookup"
        ),
        rate=1.0,
        fields=("name", "headline", "employer", "start", "experience", "education"),
        canary=Canary(
            "https://www.python.org/psf/",
            "the Python Software Foundation's about page, an organisation's own public page",
            needs=("Python Software Foundation",),
        ),
    )

    examples = (
        Example(
            name="finds-the-press-release",
            sites=("northwind-robotics.test",),
            subject=Subject(name=_HIRE, employer="Northwind Robotics", role="Head of Platform"),
            options={"employer_site": "https://northwind-robotics.test/"},
            expect=Expect(
                lead_urls=(_PRESS_RELEASE, "https://northwind-robotics.test/team/"),
                no_lead_urls=("https://northwind-robotics.test/news/other-news.html",),
                names=(_HIRE,),
                employers=("Northwind Robotics",),
                titles=("Head of Platform",),
                not_requested=(
                    "northwind-robotics.test/careers/",
                    "northwind-robotics.test/private/",
                ),
            ),
        ),
        Example(
            name="site-from-the-posting-url",
            sites=("northwind-robotics.test",),
            subject=Subject(name=_HIRE, employer="Northwind Robotics"),
            options={
                "posting_url": "https://jobs.northwind-robotics.test/head-of-platform.html",
                "page_budget": 4,
            },
            expect=Expect(lead_urls=(_PRESS_RELEASE,), max_leads=3),
        ),
        Example(
            name="robots-disallowed-team-page-is-never-requested",
            sites=("tessellate-labs.test",),
            subject=Subject(name=_HIRE, employer="Northwind Robotics"),
            options={"employer_site": "https://tessellate-labs.test/"},
            expect=Expect(
                lead_urls=("https://tessellate-labs.test/news/2022/ada-okafor-promoted.html",),
                max_leads=1,
                titles=("Staff Engineer",),
                employers=("Tessellate Labs",),
                not_requested=("tessellate-labs.test/team/",),
            ),
        ),
        Example(
            name="collect-the-press-release",
            sites=("northwind-robotics.test",),
            lead=Lead(
                url=_PRESS_RELEASE, source=SOURCE_ID, name=_HIRE, employer="Northwind Robotics"
            ),
            expect=Expect(
                names=(_HIRE,),
                employers=("Northwind Robotics", "Tessellate Labs", "Brightwave"),
                titles=("Head of Platform", "Staff Engineer"),
                institutions=("University of Lakeside",),
                headline="Head of Platform",
            ),
        ),
        Example(
            name="someone-not-on-the-site",
            sites=("northwind-robotics.test",),
            subject=Subject(name="Jonas Whitfield", employer="Northwind Robotics"),
            options={"employer_site": "https://northwind-robotics.test/"},
            expect=Expect(max_leads=0),
        ),
        Example(
            name="no-site-no-guessing",
            sites=("northwind-robotics.test",),
            subject=Subject(name=_HIRE, employer="Northwind Robotics"),
            expect=Expect(max_leads=0, not_requested=("northwind-robotics.test/",)),
        ),
    )

    @property
    def page_budget(self) -> int:
        value = self.ctx.options.get("page_budget", DEFAULT_PAGE_BUDGET)
        try:
            return int(value)
        except (TypeError, ValueError):
            return DEFAULT_PAGE_BUDGET

    async def _fetch(self, url: str, budget: _Budget, purpose: str) -> Fetched | None:
        if not budget.take():
            return None
        return await self.get(url, purpose=purpose)

    async def search(self, subject: Subject) -> list[Lead]:
        root = site_root(self.ctx.options, subject)
        if root is None:
            return []
        budget = _Budget(self.page_budget)
        candidates: list[tuple[str, str]] = []
        maps = [urljoin(root, "/sitemap.xml")]
        seen_maps: set[str] = set()
        while maps and len(seen_maps) < MAX_SITEMAPS:
            sitemap_url = maps.pop(0)
            seen_maps.add(sitemap_url)
            fetched = await self._fetch(sitemap_url, budget, "read the employer's sitemap")
            if fetched is None:
                break
            if not fetched.usable or fetched.content_type not in _XML:
                continue
            parsed = parse_sitemap(fetched.body)
            candidates.extend((url, "") for url in parsed.urls)
            maps.extend(
                s
                for s in parsed.sitemaps
                if s not in seen_maps
                and s not in maps
                and not s.endswith(".gz")
                and same_site(s, root)
            )
        organisation: str | None = None
        if not rank_pages(candidates, subject.name, root):
            home = await self._fetch(root, budget, "read the employer's home page links")
            if home is not None and home.usable and home.content_type in _HTML:
                html = home.text()
                candidates.extend(site_links(html, home.final_url or root, root))
                organisation = site_organisation(html)
        leads: list[Lead] = []
        done: set[str] = set()
        queue = rank_pages(candidates, subject.name, root)
        while queue:
            url = queue.pop(0)
            if url in done:
                continue
            done.add(url)
            fetched = await self._fetch(url, budget, "find the hire on the employer's site")
            if fetched is None:
                break
            if not fetched.usable or fetched.content_type not in _HTML:
                continue
            html = fetched.text()
            page_url = fetched.final_url or url
            done.add(page_url)
            if is_listing(page_url):
                candidates.extend(site_links(html, page_url, root))
                queue = [u for u in rank_pages(candidates, subject.name, root) if u not in done]
            mention = find_mention(html, page_url, subject.name, root=root)
            if mention is None:
                continue
            organisation = organisation or mention.organisation
            if all(lead.url != page_url for lead in leads):
                leads.append(self._lead(page_url, mention, subject, organisation))
        return leads

    @staticmethod
    def _lead(url: str, mention: Mention, subject: Subject, organisation: str | None) -> Lead:
        extra = {"page_kind": mention.kind}
        if mention.kind == "announcement" and mention.start is not None:
            extra["start"] = str(mention.start)
        return Lead(
            url=url,
            source=SOURCE_ID,
            title=mention.title,
            snippet=mention.sentence,
            name=mention.written_name,
            employer=mention.organisation or organisation or subject.employer or None,
            headline=mention.role,
            links=mention.links,
            extra=extra,
        )

    async def collect(self, lead: Lead) -> Career:
        if not lead.name:
            return Career()
        fetched = await self.get(lead.url, purpose="read the employer's page about the hire")
        if not fetched.usable or fetched.content_type not in _HTML:
            return Career()
        return parse_announcement(
            fetched.text(),
            fetched.final_url or lead.url,
            lead.name,
            lead.employer,
            fetched.provenance.fetched_at,
            source=SOURCE_ID,
        )


__all__ = ["DEFAULT_PAGE_BUDGET", "MAX_SITEMAPS", "SOURCE_ID", "CompanySource"]
