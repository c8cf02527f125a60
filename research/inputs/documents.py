"""The user's documents, read the same way by every command: a career (a resume or a saved
profile) and a posting.

:func:`classify_document` says what a file holds; :func:`load_career` and
:func:`load_posting` read it. ``lookup``, ``compare`` and ``read`` all call them, so they
accept the same files and refuse the same files with the same words:

* runnerup's own model JSON (a :class:`~research.model.Career` or
  :class:`~research.model.Role` as ``read --json`` prints it) is taken as it is, whatever
  the file is named; a Role given where a career is wanted (or a Career where a posting is
  wanted) is refused, naming the file and the option that takes it;
* anything else goes to the readers: PDF (LinkedIn's "Save to PDF" included), DOCX, HTML,
  Markdown, text, JSON Resume, and for postings schema.org JobPosting data;
* a file that cannot be read is an :class:`~research.errors.InputError` (exit 4) naming it.

A posting given as an http(s) URL is fetched through the :class:`~research.source.Fetcher`
the caller passes in (the door: robots.txt, pacing and guards apply).
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

from pydantic import ValidationError

from research.errors import UnsupportedDocument, UsageError
from research.model import Career, Evidence, Role

if TYPE_CHECKING:  # the readers are imported when used: parsing a hire date stays light
    from research.read.files import Document, DocumentKind
    from research.source import Fetcher

Holds = Literal["career", "posting"]
M = TypeVar("M", Career, Role)

_FORMATS: dict[DocumentKind, str] = {
    "pdf": "PDF",
    "docx": "Word document",
    "html": "web page",
    "text": "text file",
    "markdown": "Markdown file",
    "json": "JSON file",
}


@dataclass(frozen=True)
class DocumentClass:
    """What a file is: its format, whether it holds a career or a posting, and in words."""

    name: str
    format: DocumentKind
    holds: Holds
    what: str
    """e.g. "runnerup's JSON of a career", "a JSON Resume", "a job posting (text file)"."""
    model: Career | Role | None = None
    """The model itself, when the file is runnerup's own JSON."""


def _load(path: Path | str) -> Document:
    from research.read.files import load_document

    return load_document(path)


def is_url(target: str) -> bool:
    return target.lower().startswith(("http://", "https://"))


def _model_json(doc: Document, first: type[Career] | type[Role] = Career) -> Career | Role | None:
    """runnerup's own model JSON (``first`` tried first: ``{}`` is both), or None."""
    if doc.kind != "json":
        return None
    models: tuple[type[Career] | type[Role], ...] = (first, Role if first is Career else Career)
    for model in models:
        try:
            return model.model_validate_json(doc.data)
        except ValidationError:
            continue
    return None


def _json_what(doc: Document) -> tuple[Holds, str]:
    from research.read.files import decode_text
    from research.read.jsonresume import is_json_resume
    from research.read.posting_jsonld import job_postings_in

    text = decode_text(doc.data)
    try:
        value = json.loads(text) if text else None
    except ValueError:
        value = None
    if job_postings_in(value):
        return "posting", "a job posting (JobPosting JSON)"
    if is_json_resume(value):
        return "career", "a JSON Resume"
    return "career", "a JSON file that is neither a JSON Resume nor runnerup's JSON"


_OWN_JSON: dict[type[Career | Role], tuple[str, str, str]] = {  # what it is, is not, todo
    Career: (
        "runnerup's JSON of a career",
        "a resume or profile",
        "Give it as a resume (--resume) or a saved profile (--profile).",
    ),
    Role: (
        "runnerup's JSON of a job posting",
        "a job posting",
        "Give it as the posting (--posting).",
    ),
}


def document_class(doc: Document) -> DocumentClass:
    """:func:`classify_document` of a document already loaded."""
    from research.read.posting import document_looks_like_posting

    model = _model_json(doc)
    if model is not None:
        holds: Holds = "career" if isinstance(model, Career) else "posting"
        return DocumentClass(doc.name, doc.kind, holds, _OWN_JSON[type(model)][0], model)
    if doc.kind == "json":
        return DocumentClass(doc.name, doc.kind, *_json_what(doc))
    form = _FORMATS[doc.kind]
    if document_looks_like_posting(doc):
        return DocumentClass(doc.name, doc.kind, "posting", f"a job posting ({form})")
    return DocumentClass(doc.name, doc.kind, "career", f"a resume or profile ({form})")


def classify_document(path: Path | str) -> DocumentClass:
    """What the file holds (a career or a posting) and its format, in words for messages;
    an unreadable file is an InputError naming it."""
    return document_class(_load(path))


def _own_model(doc: Document, wanted: type[M]) -> M | None:
    """runnerup's own JSON of the ``wanted`` model, or None for any other document; the
    other model (a posting where a career is wanted) is refused, naming the file."""
    model = _model_json(doc, wanted)
    if model is None or isinstance(model, wanted):
        return model
    found, _, todo = _OWN_JSON[type(model)]
    raise UnsupportedDocument(doc.name, f"this is {found}, not {_OWN_JSON[wanted][1]}", todo)


def career_of(doc: Document) -> Career:
    """A loaded document as a career: runnerup's Career JSON as it is, else the readers'."""
    own = _own_model(doc, Career)
    if own is not None:
        return own
    from research.read.resume import career_from_bytes

    return career_from_bytes(doc.data, name=doc.name)


def posting_of(doc: Document) -> Role:
    """A loaded document as a posting: runnerup's Role JSON as it is, else the readers'."""
    own = _own_model(doc, Role)
    if own is not None:
        return own
    from research.read.posting import SOURCE, posting_from_document

    return posting_from_document(doc, Evidence(source=SOURCE, file=doc.name))


def load_career(path: Path | str) -> Career:
    """A resume or saved profile file (any format the readers read, or runnerup's Career
    JSON) as a Career; InputError subclasses (exit 4) for files that cannot be used."""
    return career_of(_load(path))


def load_posting_file(path: Path | str) -> Role:
    """A posting file (any format the posting reader reads, or runnerup's Role JSON)."""
    return posting_of(_load(path))


def posting_note(role: Role) -> str | None:
    """What to tell the user when the posting's job title or employer was not found: which
    option gives it (``--role``, ``--employer``)."""
    from research.read.posting import missing_header_note

    return missing_header_note(role)


async def load_posting(target: str, fetcher: Fetcher | None = None) -> Role:
    """The posting from a file, or from an http(s) URL fetched through ``fetcher`` (a
    refusal or failure is a FetchError naming the URL, exit 5)."""
    if is_url(target):
        if fetcher is None:
            raise UsageError(
                f"{target}: a posting URL needs the fetch door",
                hint="Save the posting's page to a file and give the file instead.",
            )
        from research.inputs.fetched import fetch_posting

        return await fetch_posting(target, fetcher)
    return await asyncio.to_thread(load_posting_file, target)


__all__ = [
    "DocumentClass",
    "career_of",
    "classify_document",
    "document_class",
    "is_url",
    "load_career",
    "load_posting",
    "load_posting_file",
    "posting_note",
    "posting_of",
]
