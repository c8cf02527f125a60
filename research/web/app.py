"""The pages of `runnerup serve` (Starlette): the form, live progress, the candidates, the
report, history, forget, sources and configuration.

Every page calls the same services as the command line: the lookup pipeline
(:func:`research.lookup.run_lookup`, or the demo's), the request builder of `lookup`, the
report renderers, the store, and the source registry. No lookup logic lives here.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from research.config import Config
from research.errors import RunnerupError
from research.events import Listener
from research.lookup import Chooser, LookupRequest
from research.settings import Settings
from research.web import pages
from research.web.jobs import Job, Jobs
from research.web.security import Guard, csrf_ok, new_secret
from research.web.uploads import MAX_FILES, MAX_UPLOAD, discard, new_folder, save, shown

HERE = Path(__file__).resolve().parent
REPORT_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'self'"
)
DOWNLOADS = {"html": "text/html", "md": "text/markdown", "json": "application/json"}
DOWNLOADS["pdf"] = "application/pdf"
EVENT_WAIT = 15.0


@dataclass
class Demo:
    """``--demo``: the bundled demo web, served on loopback for the server's life; the form
    comes filled in with the demo's hire and posting."""

    resume: Path
    run: Callable[[Settings, LookupRequest, Listener, Chooser], Any]


@dataclass
class WebContext:
    settings: Settings
    config: Config
    port: int
    token: str = field(default_factory=new_secret)
    csrf: str = field(default_factory=new_secret)
    demo: Demo | None = None
    jobs: Jobs = field(default_factory=Jobs)


def warm_up() -> None:
    """Import what a lookup needs now, so the first lookup starts as fast as the next."""
    from research.lookup import preload

    preload()


def create_app(context: WebContext) -> Guard:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(
        loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True)
    )
    templates = Jinja2Templates(env=env)
    templates.env.globals["csrf"] = context.csrf

    def page(request: Request, template: str, status: int = 200, **values: Any) -> Response:
        values["nonce"] = request.scope.get("state", {}).get("nonce", "")
        values["demo"] = context.demo is not None
        response: Response = templates.TemplateResponse(
            request, template, values, status_code=status
        )
        return response

    def expired(request: Request) -> Response:
        return page(request, "error.html", 403, message="This form has expired.", hint=RELOAD)

    async def form(request: Request) -> Response:
        values = pages.form_values(context.settings, context.config, demo=context.demo is not None)
        return page(request, "form.html", **values)

    async def start(request: Request) -> Response:
        async with request.form(max_files=MAX_FILES, max_part_size=MAX_UPLOAD + 4096) as data:
            if not csrf_ok(context.csrf, data.get("csrf")):
                return expired(request)
            folder = new_folder(context.settings.home)
            try:
                job = await _start_job(context, data, folder)
            except RunnerupError as error:
                discard(folder)
                values = pages.form_values(context.settings, context.config, data)
                values["error"] = shown(error.message, folder)
                values["hint"] = error.hint
                return page(request, "form.html", 400, **values)
        return RedirectResponse(f"/lookups/{job.id}", status_code=303)

    async def job_page(request: Request) -> Response:
        job = context.jobs.get(request.path_params["job"])
        if job is None:
            return page(request, "error.html", 404, message="No such lookup here.", hint=GO_HOME)
        return page(request, "job.html", job=job, view=pages.job_view(job))

    async def events(request: Request) -> Response:
        job = context.jobs.get(request.path_params["job"])
        if job is None:
            return Response("no such lookup", status_code=404, media_type="text/plain")
        after = int(request.query_params.get("after", "0") or 0)

        async def stream() -> AsyncIterator[str]:
            import anyio

            seq = after
            while True:
                new = await anyio.to_thread.run_sync(job.events_after, seq, EVENT_WAIT)
                if not new:
                    yield ": still working\n\n"
                for event in new:
                    seq = event.seq
                    payload = json.dumps(pages.event_line(event, job.private))
                    yield f"id: {event.seq}\nevent: {event.kind}\ndata: {payload}\n\n"
                if job.finished and seq >= len(job.events):
                    return
                if await request.is_disconnected():
                    return

        headers = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
        return StreamingResponse(stream(), media_type="text/event-stream", headers=headers)

    async def choose(request: Request) -> Response:
        job = context.jobs.get(request.path_params["job"])
        async with request.form() as data:
            if job is None or not csrf_ok(context.csrf, data.get("csrf")):
                return expired(request)
            answer = str(data.get("candidate", ""))
        candidate = int(answer) if answer.isdigit() else None
        job.choose(candidate)
        return RedirectResponse(f"/lookups/{job.id}", status_code=303)

    async def report(request: Request) -> Response:
        lookup_id = int(request.path_params["lookup"])
        fmt = request.path_params["fmt"]
        comparison = pages.stored_comparison(context.settings, lookup_id)
        if comparison is None or fmt not in DOWNLOADS:
            return page(request, "error.html", 404, message="No such report.", hint=GO_HOME)
        from research.report import render

        try:
            body = render(comparison, fmt)
        except RunnerupError as error:
            return page(request, "error.html", 501, message=error.message, hint=error.hint)
        headers = {"Content-Security-Policy": REPORT_CSP}
        if fmt != "html" or request.query_params.get("download"):
            name = f"runnerup-report-{lookup_id}.{fmt}"
            headers["Content-Disposition"] = f'attachment; filename="{name}"'
        media = DOWNLOADS[fmt] + ("; charset=utf-8" if fmt != "pdf" else "")
        return Response(body, media_type=media, headers=headers)

    async def history(request: Request) -> Response:
        return page(request, "history.html", rows=pages.history_rows(context.settings))

    async def forget_ask(request: Request) -> Response:
        name = request.query_params.get("name") or None
        lookup = request.query_params.get("lookup") or None
        plan = pages.forget_plan(context.settings, name, lookup)
        return page(request, "forget.html", plan=plan, name=name, lookup=lookup)

    async def forget_do(request: Request) -> Response:
        async with request.form() as data:
            if not csrf_ok(context.csrf, data.get("csrf")):
                return expired(request)
            name = str(data.get("name") or "") or None
            lookup = str(data.get("lookup") or "") or None
        done = pages.forget(context.settings, name, lookup)
        return page(request, "forgotten.html", done=done)

    async def sources(request: Request) -> Response:
        return page(request, "sources.html", rows=pages.source_rows_of(context.config))

    async def configuration(request: Request) -> Response:
        rows = pages.config_rows(context.settings, context.config)
        return page(request, "config.html", rows=rows)

    routes = [
        Route("/", form),
        Route("/lookups", start, methods=["POST"]),
        Route("/lookups/{job}", job_page),
        Route("/lookups/{job}/events", events),
        Route("/lookups/{job}/choose", choose, methods=["POST"]),
        Route("/reports/{lookup:int}.{fmt}", report),
        Route("/history", history),
        Route("/forget", forget_ask),
        Route("/forget", forget_do, methods=["POST"]),
        Route("/sources", sources),
        Route("/config", configuration),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    app = Starlette(routes=routes)
    return Guard(app, port=context.port, token=context.token, max_body=MAX_FILES * MAX_UPLOAD)


RELOAD = "Reload the page and send it again."
GO_HOME = "Start from the form, or open History."


async def _start_job(context: WebContext, data: FormData, folder: Path) -> Job:
    """Save the uploads, check every input as `runnerup lookup` would, then start."""
    resume_file = data.get("resume")
    resume: Path | None = None
    if isinstance(resume_file, UploadFile) and resume_file.filename:
        resume = await save(resume_file, folder)
    profiles = [
        await save(item, folder)
        for item in data.getlist("profiles")
        if isinstance(item, UploadFile) and item.filename
    ]
    posting_file = data.get("posting_file")
    posting = str(data.get("posting_url") or "").strip() or None
    if isinstance(posting_file, UploadFile) and posting_file.filename:
        posting = str(await save(posting_file, folder))
    for path in [p for p in (resume, *profiles) if p is not None]:
        pages.check_document(path)  # the same messages as the command line, before starting
    keep = data.get("keep") == "on"
    uploads = None if keep else folder
    demo = context.demo
    if demo is not None and resume is None:
        resume = demo.resume  # the demo's invented runner-up, unless you upload yours
    request = pages.lookup_request(data, resume, profiles, posting)
    settings, config = context.settings, context.config

    def runner(listen: Listener, choose: Chooser) -> Any:
        if demo is not None:
            return demo.run(settings, request, listen, choose)
        from research.lookup import run_lookup

        return run_lookup(request, settings=settings, config=config, listen=listen, choose=choose)

    title = pages.title_of(request.subject)
    return context.jobs.start(title, runner, uploads=uploads, private=folder)


__all__ = ["Demo", "WebContext", "create_app", "warm_up"]
