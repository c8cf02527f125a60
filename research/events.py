"""What a lookup tells its front end while it works: a stream of typed events.

The pipeline (:mod:`research.lookup`) calls one listener with each event, in order. The CLI
prints them (``commands/lookup_run.TerminalProgress``); the web page numbers them and streams
them to the browser (``web/jobs.py``). Choosing a candidate is not an event the pipeline waits
on by itself: after :class:`CandidatesNeedChoice` it calls the chooser the front end gave it
(a prompt at a terminal, a form on the page), and a front end without one gets exit 3.

No I/O here; the model only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from research.model import Candidate, Comparison, SourceOutcome


@dataclass(frozen=True)
class StageStarted:
    """A stage of the lookup begins (reading the posting, searching, collecting, comparing)."""

    text: str


@dataclass(frozen=True)
class SourceWorking:
    """A source starts something: searching, or reading a lead."""

    source: str
    what: str


@dataclass(frozen=True)
class SourceFinished:
    """A source's outcome, new or changed (the last one of a source is its table row)."""

    outcome: SourceOutcome


@dataclass(frozen=True)
class PageRead:
    """A source reads one of the chosen person's pages (or reuses what it stored)."""

    source: str
    url: str
    reused: bool = False


@dataclass(frozen=True)
class PageNotRead:
    """A page that was not read, and why (robots.txt, the site's terms, a login, an error)."""

    source: str
    url: str
    why: str


@dataclass(frozen=True)
class CandidatesNeedChoice:
    """Identity is not certain: the front end's chooser is about to be asked."""

    candidates: tuple[Candidate, ...]


@dataclass(frozen=True)
class ComparisonReady:
    """The comparison is stored as lookup ``lookup_id``."""

    lookup_id: int
    comparison: Comparison


LookupEvent = (
    StageStarted
    | SourceWorking
    | SourceFinished
    | PageRead
    | PageNotRead
    | CandidatesNeedChoice
    | ComparisonReady
)
Listener = Callable[[LookupEvent], None]


def ignore(event: LookupEvent) -> None:
    """The listener of a front end that shows nothing."""


def describe(event: LookupEvent) -> str:
    """One line of plain text for an event (the web page's progress list)."""
    match event:
        case StageStarted(text=text):
            return text
        case SourceWorking(source=source, what=what):
            return f"{source}: {what}"
        case SourceFinished(outcome=outcome):
            return f"{outcome.source}: {outcome.summary}"  # the words the CLI's table shows
        case PageRead(source=source, url=url, reused=reused):
            verb = "reusing stored facts for" if reused else "reading"
            return f"{source}: {verb} {url}"
        case PageNotRead(source=source, url=url, why=why):
            return f"{source} could not read {url}: {why}"
        case CandidatesNeedChoice(candidates=candidates):
            return f"Which of these {len(candidates)} candidates is the hire?"
        case ComparisonReady():
            return "The report is ready."
    raise TypeError(f"not a lookup event: {event!r}")


__all__ = [
    "CandidatesNeedChoice",
    "ComparisonReady",
    "Listener",
    "LookupEvent",
    "PageNotRead",
    "PageRead",
    "SourceFinished",
    "SourceWorking",
    "StageStarted",
    "describe",
    "ignore",
]
