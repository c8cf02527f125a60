"""Lookups started from the web page: each runs the same pipeline as `runnerup lookup`
(:func:`research.lookup.run_lookup`) in a worker thread, and numbers the pipeline's events
(:mod:`research.events`) so that the page can stream them (server-sent events) and pick up
where it left off.

Choosing a candidate is a call the page makes: the pipeline's chooser waits (in the worker
thread) until :meth:`Job.choose` is called with a candidate or with "none of these".
"""

from __future__ import annotations

import asyncio
import secrets
import threading
import time
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from research.errors import RunnerupError
from research.events import (
    CandidatesNeedChoice,
    ComparisonReady,
    Listener,
    LookupEvent,
    PageNotRead,
    PageRead,
    SourceFinished,
    SourceWorking,
    StageStarted,
    describe,
)
from research.lookup import Chooser, LookupResult, NeedsChoice, NothingFound
from research.model import Candidate, Comparison, SourceOutcome
from research.web.uploads import discard

State = Literal["running", "choosing", "done", "failed"]
CHOICE_TIMEOUT = 30 * 60.0
"""Seconds the pipeline waits for the user's choice before giving up (as "none of these")."""


Kind = Literal["stage", "source", "outcome", "page", "refused", "choose", "ready", "done", "failed"]
KINDS: dict[type, Kind] = {
    StageStarted: "stage",
    SourceWorking: "source",
    SourceFinished: "outcome",
    PageRead: "page",
    PageNotRead: "refused",
    CandidatesNeedChoice: "choose",
    ComparisonReady: "ready",
}


@dataclass(frozen=True)
class Event:
    """One numbered line of a job's progress, as the page shows it."""

    seq: int
    kind: Kind
    text: str
    status: str = ""


@dataclass
class Job:
    id: str
    title: str
    uploads: Path | None = None
    """The upload folder to delete when the lookup ends (None: nothing, or the user keeps it)."""
    private: Path | None = None
    """The upload folder, whose path is left out of what the page shows."""
    state: State = "running"
    events: list[Event] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    outcomes: list[SourceOutcome] = field(default_factory=list)
    comparison: Comparison | None = None
    lookup_id: int | None = None
    error: str | None = None
    hint: str | None = None
    started: float = field(default_factory=time.monotonic)
    _cond: threading.Condition = field(default_factory=threading.Condition, repr=False)
    _answer: list[int | None] = field(default_factory=list, repr=False)

    # -- the pipeline's side (worker thread) ------------------------------------------------
    def listen(self, event: LookupEvent) -> None:
        """The pipeline's listener: each event becomes a numbered line."""
        status = ""
        if isinstance(event, SourceFinished):
            self.outcomes.append(event.outcome)
            status = event.outcome.status
        elif isinstance(event, CandidatesNeedChoice):
            self._asking(event.candidates)  # before the page hears of it and reloads
        self.emit(KINDS[type(event)], describe(event), status)

    def _asking(self, candidates: Sequence[Candidate]) -> None:
        with self._cond:
            self.candidates = list(candidates)
            self.state = "choosing"
            self._cond.notify_all()

    def emit(self, kind: Kind, text: str, status: str = "") -> None:
        with self._cond:
            self.events.append(Event(len(self.events) + 1, kind, text, status))
            self._cond.notify_all()

    def wait_for_choice(self, candidates: Sequence[Candidate]) -> Candidate | None:
        if self.state != "choosing":
            self._asking(candidates)
        with self._cond:
            self._cond.wait_for(lambda: bool(self._answer), timeout=CHOICE_TIMEOUT)
            answer = self._answer[0] if self._answer else None
            self.state = "running"
        return next((c for c in candidates if c.id == answer), None)

    # -- the page's side ----------------------------------------------------------------------
    def choose(self, candidate_id: int | None) -> bool:
        """The user's answer; False when nothing is being asked (a stale form)."""
        with self._cond:
            if self.state != "choosing" or self._answer:
                return False
            if candidate_id is not None and all(c.id != candidate_id for c in self.candidates):
                return False
            self._answer.append(candidate_id)
            self._cond.notify_all()
        return True

    def events_after(self, seq: int, timeout: float) -> list[Event]:
        """Events numbered above ``seq``; waits up to ``timeout`` seconds for one."""
        with self._cond:
            self._cond.wait_for(lambda: len(self.events) > seq, timeout=timeout)
            return self.events[seq:]

    @property
    def finished(self) -> bool:
        return self.state in ("done", "failed")

    def discard_uploads(self) -> None:
        discard(self.uploads)
        self.uploads = None


Runner = Callable[[Listener, Chooser], Coroutine[Any, Any, LookupResult]]
"""Starts the pipeline with the job's listener and chooser."""


class Jobs:
    """The lookups of this server, by id (kept in memory for the server's life)."""

    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def start(
        self,
        title: str,
        runner: Runner,
        *,
        uploads: Path | None = None,
        private: Path | None = None,
    ) -> Job:
        job = Job(id=secrets.token_urlsafe(9), title=title, uploads=uploads, private=private)
        with self._lock:
            self._jobs[job.id] = job
        job.emit("stage", "Starting: reading your documents and the posting")
        thread = threading.Thread(target=_work, args=(job, runner), daemon=True)
        thread.start()
        return job


def _work(job: Job, runner: Runner) -> None:
    try:
        result = asyncio.run(runner(job.listen, job.wait_for_choice))
    except NeedsChoice as needs:
        job.lookup_id = needs.lookup_id or None
        _fail(job, needs.message, "No candidate was chosen, so nothing was compared.")
    except NothingFound as nothing:
        _fail(job, nothing.message, nothing.hint)
    except RunnerupError as error:
        _fail(job, error.message, error.hint)
    except Exception as error:  # the page must say something, never hang
        _fail(job, f"the lookup stopped: {type(error).__name__}: {error}", None)
    else:
        job.comparison = result.comparison
        job.lookup_id = result.lookup_id
        job.state = "done"
        job.emit("done", "The report is ready.", "found")
    finally:
        job.discard_uploads()


def _fail(job: Job, message: str, hint: str | None) -> None:
    job.error, job.hint = message, hint
    job.state = "failed"
    job.emit("failed", message, "failed")


__all__ = ["KINDS", "Event", "Job", "Jobs", "Kind", "Runner"]
