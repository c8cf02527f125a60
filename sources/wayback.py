"""The Wayback Machine: resumes and CVs the person once published on their own site.

Which sites: only sites that belong to the person. ``search`` takes them from
``subject.hints`` (homepage URLs the user gave; platform URLs such as github.com are
skipped): the CDX query covers the homepage's folder (``https://uni.test/~ada/`` ->
``uni.test/~ada/*``, ``https://ada.test/`` -> ``ada.test/*``), never a whole shared host.
Homepages found by other sources reach this source only as leads given to ``collect``
(a Wayback URL ``https://web.archive.org/web/<timestamp>/<url>``); looking up the captures
of a homepage another source found needs the lookup to run this search again with that
homepage as a hint.

``search`` asks the CDX API twice per site (documented at
https://github.com/internetarchive/wayback/tree/master/wayback-cdx-server, JSON output: a
list of rows whose first row names the fields ``urlkey, timestamp, original, mimetype,
statuscode, digest, length``): once for URLs named like a CV (``cv``, ``resume``,
``lebenslauf``, ``curriculum vitae``, ``vita``), once for PDF and DOCX documents; both
with ``filter=statuscode:200`` and ``collapse=urlkey``. These two queries FIND the URLs:
``collapse=urlkey`` keeps the first row of each URL, i.e. its OLDEST capture. The rows are
checked again here (:func:`parse_captures`), CV-named ones first.

The capture a lead points at is the LATEST one: for a URL that is gone from the live web,
one more CDX query asks for that exact URL's last row (``limit=-1``, which the CDX server
documents as "the last N results" and which implies ``fastLatest``), without a status
filter, since a later unchanged capture is a ``warc/revisit`` row (status ``-``) that a
``statuscode:200`` filter would drop; redirects and errors are skipped here
(:func:`parse_latest`). When that query finds nothing better, the first capture is kept.

The live page is always preferred. Before a capture is used, the live URL is fetched
through the door:

* live and readable: the lead points at the LIVE URL (``extra["live"] = "yes"``); this
  source does not collect it (:meth:`WaybackSource.accepts` is False), so ``webpage`` (or
  ``jsonresume`` for a ``resume.json``) reads the live page;
* gone (404/410, outcome ``not_found``): the lead points at the capture
  (``https://web.archive.org/web/<timestamp>/<url>``) with ``extra["archived_only"] =
  "yes"`` and the capture date. ``collect`` reads it only when the lookup runs with
  ``include_archived`` (the person may have removed it on purpose); without it, the lead is
  kept (its snippet says an archived copy exists and was not read) and ``collect`` returns
  an empty :class:`Career`;
* anything else (robots.txt disallows it, blocked, unreachable, noindex): the URL is
  skipped, since nothing says it was removed, or the site asks not to be read.

``collect`` fetches the capture's original bytes (``/web/<timestamp>id_/<url>``) and reads
them with :func:`research.read.career_from_bytes` (PDF, DOCX, HTML, text, JSON Resume).
Every fact's evidence has ``method=archive`` and ``archived_at`` (the capture time), so the
report shows how old it is.

Refusals: when the Wayback Machine refuses (rate limit, 403, unreachable) the source raises
:class:`research.errors.SourceError`; an empty index is "no captures", not an error.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import SplitResult, unquote, urlencode, urlsplit

from research.errors import RunnerupError, SourceError
from research.fetch.outcome import Outcome
from research.model import Career, Evidence, Lead, Method, Subject
from research.source import ApiEndpoint, Canary, Example, Expect, Source, SourceInfo

SOURCE_ID = "wayback"
SITE = "The Wayback Machine"
"""The archive as messages name it."""
HINTS: Mapping[Outcome | int, str] = {
    Outcome.BLOCKED: "The site may be excluded from the archive.",
}
"""The archive's own advice after the contract's refusal messages."""
MAX_SITES = 3
"""Homepages looked up per search (two CDX requests each)."""
MAX_CAPTURES = 5
"""Captured URLs checked per site (one live request each)."""
CDX_LIMIT = "100"
LATEST_LIMIT = "-1"
"""The last row only (the CDX server's ``limit=-N``: the last N results)."""
CV_NAME_FILTER = "urlkey:.*(cv|resume|lebenslauf|curriculum|vita).*"
DOCUMENT_FILTER = (
    "mimetype:(application/pdf|"
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document)"
)
DOCUMENT_TYPES = frozenset(
    {
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    }
)
READABLE_TYPES = DOCUMENT_TYPES | {
    "text/html",
    "application/xhtml+xml",
    "text/plain",
    "text/markdown",
    "application/json",
}
_CV_NAME = re.compile(
    r"(?:^|[/_.\-])(?:cv|resume|résumé|lebenslauf|curriculum[-_ ]?vitae|vita)(?:$|[/_.\-])"
)
_TIMESTAMP = re.compile(r"^\d{14}$")
_WAYBACK_URL = re.compile(r"^https?://web\.archive\.org/web/(\d{14})(?:id_)?/(https?://.+)$")
PLATFORM_HOSTS = (
    "github.com",
    "gitlab.com",
    "bitbucket.org",
    "linkedin.com",
    "x.com",
    "twitter.com",
    "bsky.app",
    "facebook.com",
    "instagram.com",
    "youtube.com",
    "medium.com",
    "orcid.org",
    "stackoverflow.com",
    "stackexchange.com",
    "wikipedia.org",
    "wikidata.org",
    "archive.org",
    "google.com",
)
"""Hosts of hints that are profiles on a platform, not the person's own site."""


# -- pure parsing -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Capture:
    """One captured URL in the CDX index and the capture of it that a lead points at (the
    latest 200 or unchanged revisit once :func:`parse_latest` has seen the URL's rows)."""

    original: str
    timestamp: str
    mimetype: str
    cv_named: bool

    @property
    def captured_at(self) -> datetime:
        return datetime.strptime(self.timestamp, "%Y%m%d%H%M%S").replace(tzinfo=UTC)

    @property
    def captured(self) -> str:
        return self.captured_at.date().isoformat()

    def replay_url(self, base: str = "https://web.archive.org") -> str:
        """The Wayback page a person would open."""
        return f"{base}/web/{self.timestamp}/{self.original}"

    def raw_url(self, base: str = "https://web.archive.org") -> str:
        """The captured bytes as first archived (``id_``: no Wayback banner or rewriting)."""
        return f"{base}/web/{self.timestamp}id_/{self.original}"

    @property
    def filename(self) -> str:
        path = unquote(urlsplit(self.original).path)
        name = PurePosixPath(path).name
        return "index.html" if not name or path.endswith("/") else name


def url_key(url: str) -> str:
    """A URL without scheme, ``www.``, default port and trailing slash, lower-case host."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host += f":{parts.port}"
    path = parts.path.rstrip("/")
    return host + path + (f"?{parts.query}" if parts.query else "")


def is_cv_named(url: str) -> bool:
    """Whether the URL's path names a CV or resume."""
    return bool(_CV_NAME.search(unquote(urlsplit(url).path).lower()))


def parse_captures(data: Any) -> list[Capture]:
    """CV-like captures from a CDX JSON answer (rows, the first the field names): 200s of
    readable types whose URL names a CV, or PDF/DOCX documents; the latest capture of each
    URL; CV-named first, then newest first."""
    if not isinstance(data, list) or not data or not isinstance(data[0], list):
        return []
    fields = [str(f) for f in data[0]]
    try:
        index = {name: fields.index(name) for name in ("timestamp", "original", "mimetype")}
    except ValueError:
        return []
    status_at = fields.index("statuscode") if "statuscode" in fields else None
    best: dict[str, Capture] = {}
    for row in data[1:]:
        if not isinstance(row, list) or len(row) < len(fields):
            continue
        timestamp, original = str(row[index["timestamp"]]), str(row[index["original"]]).strip()
        mimetype = str(row[index["mimetype"]]).split(";", 1)[0].strip().lower()
        if status_at is not None and str(row[status_at]) != "200":
            continue
        if not _TIMESTAMP.match(timestamp) or not original.startswith(("http://", "https://")):
            continue
        named = is_cv_named(original)
        if mimetype not in READABLE_TYPES or not (named or mimetype in DOCUMENT_TYPES):
            continue
        key = url_key(original)
        capture = Capture(original, timestamp, mimetype, named)
        if key not in best or best[key].timestamp < timestamp:
            best[key] = capture
    ordered = sorted(best.values(), key=lambda c: c.timestamp, reverse=True)
    return sorted(ordered, key=lambda c: not c.cv_named)


def merge_captures(*lists: Sequence[Capture]) -> list[Capture]:
    """Several :func:`parse_captures` answers as one, in the same order."""
    rows: list[list[str]] = [["timestamp", "original", "mimetype"]]
    for captures in lists:
        rows += [[c.timestamp, c.original, c.mimetype] for c in captures]
    return parse_captures(rows)


def homepage_folder(url: str) -> tuple[SplitResult, str, str] | None:
    """A URL on a person's own site as its parts, its host (lower case, without ``www.``)
    and the folder it is in (``/`` or ``/~ada/``); None for a platform URL
    (:data:`PLATFORM_HOSTS`) or anything that is not an http(s) URL."""
    url = url.strip()
    if not url.startswith(("http://", "https://")):
        return None
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    if not host or "." not in host or "@" in parts.netloc:
        return None
    if any(host == p or host.endswith("." + p) for p in PLATFORM_HOSTS):
        return None
    path = parts.path or "/"
    folder = path if path.endswith("/") else path.rsplit("/", 1)[0] + "/"
    return parts, host, folder


def site_prefix(url: str) -> str | None:
    """The CDX ``url`` value covering a homepage's folder, or None for a platform URL or
    anything that is not an http(s) URL."""
    found = homepage_folder(url)
    if found is None:
        return None
    _parts, host, folder = found
    return f"{host}{folder}*"


def site_prefixes(hints: Iterable[str]) -> list[str]:
    prefixes: list[str] = []
    for hint in hints:
        prefix = site_prefix(hint.strip())
        if prefix and prefix not in prefixes:
            prefixes.append(prefix)
    return prefixes


def cdx_url(base: str, prefix: str, what: str) -> str:
    """A CDX query for ``prefix`` (``filter`` is repeated, so the query is built here)."""
    query = urlencode(
        [
            ("url", prefix),
            ("output", "json"),
            ("filter", "statuscode:200"),
            ("filter", CV_NAME_FILTER if what == "named" else DOCUMENT_FILTER),
            ("collapse", "urlkey"),
            ("limit", CDX_LIMIT),
        ]
    )
    return f"{base}/cdx/search/cdx?{query}"


def latest_cdx_url(base: str, original: str) -> str:
    """A CDX query for the last captures of one exact URL (see the module docstring)."""
    query = urlencode(
        [
            ("url", original),
            ("output", "json"),
            ("filter", "!statuscode:[345].."),
            ("limit", LATEST_LIMIT),
        ]
    )
    return f"{base}/cdx/search/cdx?{query}"


def parse_latest(data: Any, capture: Capture) -> Capture:
    """The latest capture of ``capture``'s URL in a CDX answer: the newest row that is a
    200 or a ``warc/revisit`` (a later unchanged capture; it keeps the first capture's
    type); ``capture`` itself when no row is newer."""
    if not isinstance(data, list) or not data or not isinstance(data[0], list):
        return capture
    fields = [str(f) for f in data[0]]
    if "timestamp" not in fields:
        return capture
    at = {name: fields.index(name) for name in fields}
    best = capture
    key = url_key(capture.original)
    for row in data[1:]:
        if not isinstance(row, list) or len(row) < len(fields):
            continue
        timestamp = str(row[at["timestamp"]])
        original = str(row[at["original"]]).strip() if "original" in at else capture.original
        status = str(row[at["statuscode"]]) if "statuscode" in at else "200"
        mimetype = (
            str(row[at["mimetype"]]).split(";", 1)[0].strip().lower() if "mimetype" in at else ""
        )
        revisit = mimetype == "warc/revisit"
        if not _TIMESTAMP.match(timestamp) or url_key(original) != key:
            continue
        if not (status == "200" or (revisit and status in ("-", "200"))):
            continue
        if timestamp > best.timestamp:
            kept_type = capture.mimetype if revisit or not mimetype else mimetype
            best = Capture(capture.original, timestamp, kept_type, capture.cv_named)
    return best


def capture_of(lead: Lead) -> Capture | None:
    """The capture a lead points at: this source's ``extra``, or a Wayback URL."""
    original, timestamp = lead.extra.get("original", ""), lead.extra.get("timestamp", "")
    if not (original and timestamp):
        match = _WAYBACK_URL.match(lead.url)
        if not match:
            return None
        timestamp, original = match.group(1), match.group(2)
    if not _TIMESTAMP.match(timestamp) or not original.startswith(("http://", "https://")):
        return None
    mimetype = lead.extra.get("mimetype", "")
    return Capture(original, timestamp, mimetype, is_cv_named(original))


def live_lead(capture: Capture, base: str) -> Lead:
    """A lead to the live URL of a capture (read by ``webpage``)."""
    return Lead(
        url=capture.original,
        source=SOURCE_ID,
        title=f"{capture.filename} (live; also archived {capture.captured})",
        snippet="A CV or resume on the person's own site, still online.",
        extra={
            "live": "yes",
            "captured": capture.captured,
            "archive_url": capture.replay_url(base),
            "mimetype": capture.mimetype,
        },
    )


def archived_lead(capture: Capture, base: str) -> Lead:
    """A lead to a capture whose live page is gone."""
    return Lead(
        url=capture.replay_url(base),
        source=SOURCE_ID,
        title=f"{capture.filename} (removed; archived {capture.captured})",
        snippet=(
            f"Only an archived copy exists (captured {capture.captured}); the page is gone "
            "from the live site, maybe removed on purpose. It is read only with "
            "--include-archived."
        ),
        extra={
            "archived_only": "yes",
            "captured": capture.captured,
            "timestamp": capture.timestamp,
            "original": capture.original,
            "mimetype": capture.mimetype,
        },
    )


def mark_archived(career: Career, archived_at: datetime) -> Career:
    """Every piece of evidence in ``career`` marked as read from an archive at that time."""

    def fix(evidence: list[Evidence]) -> list[Evidence]:
        return [
            e.model_copy(update={"archived_at": archived_at, "method": Method.ARCHIVE})
            for e in evidence
        ]

    for group in (
        career.experiences,
        career.education,
        career.certifications,
        career.skills,
        career.languages,
        career.work,
    ):
        for item in group:
            item.evidence = fix(item.evidence)
    return career


# -- the source -------------------------------------------------------------------------------


class WaybackSource(Source):
    follows_links = True
    info = SourceInfo(
        id=SOURCE_ID,
        name="Wayback Machine",
        site="web.archive.org",
        kind="api",
        base_url="https://web.archive.org",
        terms_url="https://archive.org/about/terms.php",
        terms_reviewed=date(2026, 11, 25),
        terms_summary=(
            "The Internet Archive's Terms of Use allow scholarship and research use of the "
            "collections; runnerup asks the CDX API about the person's own site only, at one "
            "request per 2 s, and reads a removed CV only with --include-archived."
        ),
        rate=2.0,
        fields=("experiences", "education", "skills", "links"),
        api_endpoints=(
            ApiEndpoint(
                "web.archive.org",
                ("/cdx/search/cdx",),
                "https://archive.org/about/terms.php",
            ),
        ),
        canary=Canary(
            "https://web.archive.org/cdx/search/cdx?url=example.com/&output=json&limit=2",
            "example.com, the IANA's reserved example domain, archived since 2002",
            needs=("[0]=timestamp", "[0]=original", "[0]=statuscode", "[0]=mimetype"),
        ),
    )

    examples = (
        Example(
            name="finds a removed CV and prefers the live one",
            sites=("web.archive.org", "ada-okafor.test"),
            subject=Subject(
                name="Ada Okafor",
                employer="Northwind Robotics",
                hints=["https://ada-okafor.test/", "https://github.com/adaokafor"],
            ),
            expect=Expect(
                lead_urls=(
                    "https://ada-okafor.test/ada-okafor-cv.pdf",
                    # the latest capture (an unchanged 2023 revisit), not the first (2021)
                    "https://web.archive.org/web/20230902071500/"
                    "https://ada-okafor.test/cv/ada-okafor-cv-2021.pdf",
                ),
                no_lead_urls=(
                    "https://web.archive.org/web/20240410120000/"
                    "https://ada-okafor.test/ada-okafor-cv.pdf",
                    "https://web.archive.org/web/20210315093000/"
                    "https://ada-okafor.test/cv/ada-okafor-cv-2021.pdf",
                ),
                not_requested=("web.archive.org/web/", "web.archive.org/cdx/search/cdx?url=github"),
            ),
        ),
        Example(
            name="reads the removed CV with include_archived",
            sites=("web.archive.org", "ada-okafor.test"),
            lead=Lead(
                url="https://web.archive.org/web/20210315093000/"
                "https://ada-okafor.test/cv/ada-okafor-cv-2021.pdf",
                source=SOURCE_ID,
            ),
            options={"include_archived": True},
            expect=Expect(
                names=("Ada Okafor",),
                employers=("Tessellate Labs", "Brightwave"),
                institutions=("University of Lakeside",),
                skills=("Rust",),
            ),
        ),
        Example(
            name="without include_archived the removed CV is not read",
            sites=("web.archive.org", "ada-okafor.test"),
            lead=Lead(
                url="https://web.archive.org/web/20210315093000/"
                "https://ada-okafor.test/cv/ada-okafor-cv-2021.pdf",
                source=SOURCE_ID,
                extra={
                    "archived_only": "yes",
                    "timestamp": "20210315093000",
                    "original": "https://ada-okafor.test/cv/ada-okafor-cv-2021.pdf",
                },
            ),
            expect=Expect(empty=True, not_requested=("web.archive.org/", "ada-okafor.test/")),
        ),
        Example(
            name="a site with no captures gives no leads",
            sites=("web.archive.org",),
            subject=Subject(name="Ada Okafor", hints=["https://ada-okafor-rn.test/"]),
            expect=Expect(max_leads=0, not_requested=("ada-okafor-rn.test/",)),
        ),
    )

    @property
    def include_archived(self) -> bool:
        return bool(self.ctx.options.get("include_archived", False))

    async def captures(self, prefix: str) -> list[Capture]:
        """CV-like captures under ``prefix`` (two CDX queries)."""
        found: list[list[Capture]] = []
        for what in ("named", "documents"):
            label = f"the capture index of {prefix}"
            answer = await self.get_json(
                cdx_url(self.base_url, prefix, what), label, site=SITE, hints=HINTS
            )
            if answer.data is not None:
                found.append(parse_captures(answer.data))
        return merge_captures(*found)

    async def latest(self, capture: Capture) -> Capture:
        """The latest capture of ``capture``'s URL (one CDX query; ``capture`` when the
        index has nothing newer)."""
        label = f"the latest capture of {capture.original}"
        answer = await self.get_json(
            latest_cdx_url(self.base_url, capture.original),
            label,
            site=SITE,
            hints=HINTS,
            strict=False,
        )
        return capture if answer.data is None else parse_latest(answer.data, capture)

    async def search(self, subject: Subject) -> list[Lead]:
        """CV-like captures on the sites the hints name, each checked against the live
        site: a live one is a lead for ``webpage``, a gone one an archived lead. Sites and
        captures are looked at together (the door paces each host), so one site's checks
        never hold back the next site's index; the leads keep the sites' order."""
        sites = await asyncio.gather(
            *(self._site(prefix) for prefix in site_prefixes(subject.hints)[:MAX_SITES])
        )
        return [lead for leads in sites for lead in leads]

    async def _site(self, prefix: str) -> list[Lead]:
        captures = (await self.captures(prefix))[:MAX_CAPTURES]
        found = await asyncio.gather(*(self._checked(capture) for capture in captures))
        return [lead for lead in found if lead is not None]

    async def _checked(self, capture: Capture) -> Lead | None:
        live = await self.get(capture.original, purpose="whether the page is still online")
        if live.usable:
            return live_lead(capture, self.base_url)
        if live.outcome is Outcome.NOT_FOUND:
            return archived_lead(await self.latest(capture), self.base_url)
        return None

    def accepts(self, lead: Lead) -> bool:
        """Captures only: this source's archived leads and Wayback URLs (live URLs are for
        ``webpage``)."""
        if lead.extra.get("live") == "yes":
            return False
        if lead.source == SOURCE_ID:
            return capture_of(lead) is not None
        return _WAYBACK_URL.match(lead.url) is not None

    async def collect(self, lead: Lead) -> Career:
        capture = capture_of(lead)
        if capture is None or lead.extra.get("live") == "yes":
            return Career()
        if not self.include_archived:
            return Career()  # the report shows the lead: an archived copy exists, not read
        if lead.extra.get("archived_only") != "yes":
            # not checked by this source's search: the live page must be gone
            live = await self.get(capture.original, purpose="whether the page is still online")
            if live.outcome is not Outcome.NOT_FOUND:
                return Career()
        what = f"the archived copy of {capture.original}"
        fetched = await self.get(capture.raw_url(self.base_url), purpose=what)
        error = self.refusal(fetched, what, site=SITE, hints=HINTS)
        if error is not None:
            raise error
        if not fetched.usable:
            return Career()
        from research.read import career_from_bytes

        try:
            career = career_from_bytes(
                fetched.body,
                name=capture.filename,
                source=SOURCE_ID,
                url=capture.replay_url(self.base_url),
                fetched_at=fetched.provenance.fetched_at,
                method=Method.ARCHIVE,
            )
        except RunnerupError as error:
            raise SourceError(f"{SITE}: {what} could not be read: {error}") from None
        return mark_archived(career, capture.captured_at)


__all__ = [
    "Capture",
    "WaybackSource",
    "archived_lead",
    "capture_of",
    "cdx_url",
    "homepage_folder",
    "is_cv_named",
    "latest_cdx_url",
    "live_lead",
    "mark_archived",
    "merge_captures",
    "parse_captures",
    "parse_latest",
    "site_prefix",
    "site_prefixes",
    "url_key",
]
