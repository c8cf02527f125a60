"""What each page shows, computed from the services the command line uses (the request
builder of `lookup`, the store, the source registry, the configuration). No HTML here: the
templates render these values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from starlette.datastructures import FormData

from research.config import Config
from research.forget import Forgetting
from research.lookup import LookupRequest
from research.model import Comparison, Subject
from research.settings import Settings
from research.store import Store
from research.web.jobs import Event, Job


def form_values(
    settings: Settings, config: Config, data: FormData | None = None, *, demo: bool = False
) -> dict[str, Any]:
    """The form's fields: what the user typed (when the form comes back with an error), or
    the demo's hire and posting (``runnerup serve --demo``)."""
    from research.overview import source_rows

    rows, _ = source_rows(config)
    given = {k: str(v) for k, v in (data or {}).items() if isinstance(v, str)}
    if demo and data is None:
        from research.demo import DEMO_POSTING, DEMO_SUBJECT

        given = {**DEMO_SUBJECT, "posting_url": DEMO_POSTING}
    picked = set(data.getlist("sources")) if data is not None else set()
    return {"values": given, "sources": rows, "picked": picked}


def lookup_request(
    data: FormData, resume: Path | None, profiles: list[Path], posting: str | None
) -> LookupRequest:
    """The form, through the request builder `runnerup lookup` uses (so a hire date or an
    empty name is refused with the same words)."""

    def text(name: str) -> str:
        value = data.get(name)
        return value.strip() if isinstance(value, str) else ""

    urls = tuple(u.strip() for u in text("urls").splitlines() if u.strip())
    return LookupRequest.of(
        text("name"),
        text("employer"),
        text("role"),
        posting=posting,
        resume=str(resume) if resume else None,
        urls=urls,
        profiles=tuple(str(p) for p in profiles),
        location=text("location") or None,
        hire_date=text("hire_date") or None,
        hire_date_label="Hire date",
        employer_site=text("employer_site") or None,
        sources=tuple(str(s) for s in data.getlist("sources")),
    )


def check_document(path: Path) -> None:
    """Read an uploaded document once, so a bad file is refused on the form itself."""
    from research.inputs import load_career

    load_career(path)


def title_of(subject: Subject) -> str:
    where = " at ".join(p for p in (subject.role, subject.employer) if p)
    return f"{subject.name}" + (f", {where}" if where else "")


def event_line(event: Event, private: Path | None = None) -> dict[str, str]:
    """One progress line, as the page shows it (and the script appends it); the private
    folder of the uploads is left out of it."""
    from research.web.uploads import shown

    return {"kind": event.kind, "text": shown(event.text, private), "status": event.status}


def job_view(job: Job) -> dict[str, Any]:
    return {
        "lines": [event_line(e, job.private) for e in job.events],
        "last": len(job.events),
        "candidates": job.candidates if job.state == "choosing" else [],
    }


def stored_comparison(settings: Settings, lookup_id: int) -> Comparison | None:
    if not settings.store_path.exists():
        return None
    with Store(settings.store_path) as store:
        return store.comparison(lookup_id)


def history_rows(settings: Settings) -> list[dict[str, Any]]:
    if not settings.store_path.exists():
        return []
    with Store(settings.store_path) as store:
        rows = store.lookups()
    return [
        {
            "id": r.id,
            "when": r.created_at.strftime("%Y-%m-%d %H:%M"),
            "name": r.subject.name,
            "role": " at ".join(p for p in (r.subject.role, r.subject.employer) if p),
            "status": r.status,
            "report": r.has_comparison,
        }
        for r in rows
    ]


def _lookup_id(lookup: str | None) -> int | None:
    return int(lookup) if lookup and lookup.isdigit() else None


def forget_plan(settings: Settings, name: str | None, lookup: str | None) -> Forgetting | None:
    """What `runnerup forget` would erase (the same service), or None."""
    from research.forget import preview

    lookup_id = _lookup_id(lookup)
    if (name is None) == (lookup_id is None):
        return None
    return preview(settings, name=name, lookup_id=lookup_id)


def forget(settings: Settings, name: str | None, lookup: str | None) -> Forgetting | None:
    """Erase as `runnerup forget` does; what was erased, or None when nothing was stored."""
    from research.forget import erase

    planned = forget_plan(settings, name, lookup)
    return erase(settings, planned) if planned is not None else None


def source_rows_of(config: Config) -> list[Any]:
    from research.overview import source_rows

    rows, _ = source_rows(config)
    return rows


def config_rows(settings: Settings, config: Config) -> list[tuple[str, str, str]]:
    from research.overview import effective_rows

    return effective_rows(settings, config, home_origin="runnerup serve")


__all__ = [
    "check_document",
    "config_rows",
    "event_line",
    "forget",
    "forget_plan",
    "form_values",
    "history_rows",
    "job_view",
    "lookup_request",
    "source_rows_of",
    "stored_comparison",
    "title_of",
]
