"""What ``runnerup read`` reads (and any other front end that shows a document): a file or a
URL, as a Career or a Role.

What is read as what (``read_as`` overrides it):

* a file is what :func:`~research.inputs.documents.classify_document` says it holds:
  runnerup's own JSON as it is; a posting when it carries JobPosting data or reads as one (a
  "Requirements"-like heading and no experience section); else a resume;
* ``profile`` on a file reads a saved web page the way the fallback source (the one that
  declares ``Source.fallback``: ``webpage`` as shipped) reads pages,
  and any other saved profile (LinkedIn's PDF, model JSON) as ``--profile`` reads it;
* a URL is fetched once through the door (robots.txt and pacing obeyed); a web page is a
  posting when it carries schema.org JobPosting data, else a profile; a document (PDF,
  DOCX, text) follows the file rule.
"""

from __future__ import annotations

import asyncio
import importlib
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from research.errors import UsageError
from research.inputs.documents import career_of, document_class, is_url, posting_of
from research.model import Career, Role

if TYPE_CHECKING:
    from research.source import Fetcher, Registry, Source

ReadAs = Literal["resume", "posting", "profile"]
READ_AS: tuple[str, ...] = ("resume", "posting", "profile")


def check_read_as(read_as: str | None) -> ReadAs | None:
    if read_as is None:
        return None
    value = read_as.strip().lower()
    if value not in READ_AS:
        raise UsageError(
            f"--as {read_as!r} is not one of resume, posting, profile",
            hint="For example: runnerup read posting.pdf --as posting",
        )
    return value  # type: ignore[return-value]


def page_reader(registry: Registry | None = None) -> type[Source] | None:
    """The source that reads any web page (the one declaring ``Source.fallback``), found
    in the registry by that role, never by its id; None when none is installed (or it is
    broken: the registry records the problem)."""
    from research.source import discover

    registry = registry or discover(env={})  # every installed source, whatever RUNNERUP_SOURCES
    loaded = (registry.load(source_id) for source_id in registry.ids())
    return next((cls for cls in loaded if cls is not None and cls.fallback), None)


def parse_profile_page(
    page: str, url: str, fetched_at: datetime | None, *, registry: Registry | None = None
) -> Career:
    """A profile page read by the page reader's pure parser (the ``parse_profile_page`` of
    :func:`page_reader`'s module: sources are plugins, imported when used)."""
    reader = page_reader(registry)
    module = importlib.import_module(reader.__module__) if reader is not None else None
    parse = getattr(module, "parse_profile_page", None)
    if reader is None or parse is None:
        raise UsageError(
            "reading a profile page needs a source that reads any web page (runnerup's "
            "'webpage' source), and none is installed",
            hint="Reinstall runnerup, or read the page as a posting or a resume with --as.",
        )
    career = parse(page, url, fetched_at)
    if not isinstance(career, Career):
        raise TypeError(f"the {reader.info.id} source's parse_profile_page did not return a Career")
    return career


def read_file(path: str, read_as: ReadAs | None) -> Career | Role:
    """A file as a Career or a Role; InputError subclasses for unreadable files."""
    from research.read.files import decode_text, load_document

    doc = load_document(path)
    if read_as is None:
        found = document_class(doc)
        if found.model is not None:
            return found.model
        read_as = "posting" if found.holds == "posting" else "resume"
    if read_as == "posting":
        return posting_of(doc)
    if read_as == "profile" and doc.kind == "html":
        page = decode_text(doc.data) or ""
        return parse_profile_page(page, Path(path).resolve().as_uri(), None)
    # a resume, or a saved profile (LinkedIn's "Save to PDF", model JSON), read the way
    # ``lookup --profile`` and ``compare --profile`` read it
    return career_of(doc)


async def read_url(url: str, read_as: ReadAs | None, fetcher: Fetcher) -> Career | Role:
    """A URL fetched once through ``fetcher`` (the door), read as a Career or a Role."""
    from research.inputs.fetched import posting_from_fetched, refusal_message
    from research.read.posting_jsonld import has_job_posting

    fetched = await fetcher.get(url, source="read", purpose="show what runnerup reads")
    if not fetched.usable:
        raise refusal_message(url, fetched)
    where = fetched.final_url or url
    html = "html" in fetched.content_type.lower()
    if read_as is None and html:
        read_as = "posting" if has_job_posting(fetched.text()) else "profile"
    elif read_as is None:
        from research.read.files import Document, sniff
        from research.read.posting import document_looks_like_posting

        doc = Document(name=where, kind=sniff(fetched.body, where), data=fetched.body)
        read_as = "posting" if document_looks_like_posting(doc) else "resume"
    if read_as == "posting":
        return posting_from_fetched(url, fetched)
    if read_as == "resume":
        from research.read.resume import career_from_bytes

        return career_from_bytes(
            fetched.body, name=where, url=where, fetched_at=fetched.provenance.fetched_at
        )
    if not html:
        raise UsageError(
            f"{url}: --as profile reads a web page, and this address gives "
            f"{fetched.content_type or 'something else'}",
            hint="Leave out --as, or use --as posting or --as resume for a document.",
        )
    return parse_profile_page(fetched.text(), where, fetched.provenance.fetched_at)


async def read_target(
    target: str, read_as: str | None, fetcher: Fetcher | None = None
) -> Career | Role:
    """What ``runnerup read`` reads: a file, or a URL fetched through ``fetcher``, as a
    Career or a Role (``read_as`` is checked first: a usage error, exit 2, names a bad
    value)."""
    chosen = check_read_as(read_as)
    if not is_url(target):
        return await asyncio.to_thread(read_file, target, chosen)
    if fetcher is None:
        raise UsageError(
            f"{target}: reading a URL needs the fetch door",
            hint="Save the page to a file and give the file instead.",
        )
    return await read_url(target, chosen, fetcher)


def explain_file(path: str, career: Career) -> list[Any]:
    """Per line of a resume file: its section, and whether and why it was taken (empty
    for a LinkedIn PDF, a JSON Resume or runnerup's JSON, which have readers of their own)."""
    from research.read.explain import explain_blocks
    from research.read.files import load_document
    from research.read.resume import document_blocks

    doc = load_document(path)
    if doc.kind == "json":
        return []
    blocks = document_blocks(doc)
    return [] if blocks is None else explain_blocks(blocks, career)


__all__ = [
    "READ_AS",
    "ReadAs",
    "check_read_as",
    "explain_file",
    "page_reader",
    "parse_profile_page",
    "read_file",
    "read_target",
    "read_url",
]
