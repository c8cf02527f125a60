"""`runnerup serve --demo`, measured over loopback HTTP with a real server.

Prints, each beside its bound:
- server time for the form page and for a stored report page (median of 30, in ms; bound 50);
- time from submitting the form to the first progress event (server-sent events; bound 300 ms),
  and, for scale, to the pipeline's own first stage;
- peak memory (RSS) of the process that serves, with one lookup done (bound 200 MB; the
  benchmark's own HTTP client runs in the same process, so the figure is an upper bound).

Needs the 'web' extra; skipped with a message without it.
"""

from __future__ import annotations

import http.client
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

RUNS = 30
PAGE_BOUND_MS = 50.0
FIRST_EVENT_BOUND_MS = 300.0
MEMORY_BOUND_MB = 200.0


def _median_ms(port: int, cookie: str, path: str) -> float:
    """Median time of a GET over one kept-alive connection (the standard library's client:
    it sends each request in one write, so the figure is the server's, not Nagle's)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Cookie": cookie}
    times = []
    try:
        for _ in range(RUNS):
            start = time.perf_counter()
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            response.read()
            assert response.status == 200, (path, response.status)
            times.append((time.perf_counter() - start) * 1000)
    finally:
        connection.close()
    return statistics.median(times)


def _line(label: str, value: float, unit: str, bound: float) -> str:
    verdict = "ok" if value <= bound else "OVER BOUND"
    return f"{label:<38} {value:8.1f} {unit:<3} bound {bound:.0f} {unit}   {verdict}"


def main() -> int:
    try:
        import httpx

        from research.commands.serve_run import demo_of
        from research.demo import DEMO_POSTING, DEMO_SUBJECT, demo_config, demo_data
        from research.settings import ConnectTo, Settings
        from research.testing import FixtureWeb
        from research.web.app import WebContext, create_app, warm_up
        from research.web.server import BackgroundServer, bind
    except ImportError as error:
        print(f"skipped: the 'web' extra is not installed ({error})")
        return 0
    data = demo_data()
    warm_up()  # as `runnerup serve` does before it prints the address
    with tempfile.TemporaryDirectory() as home, FixtureWeb(data.web) as web:
        sock = bind(0)
        port = sock.getsockname()[1]
        settings = Settings(home=Path(home), connect_to=(ConnectTo("*", "127.0.0.1", web.port),))
        context = WebContext(settings=settings, config=demo_config(), port=port, demo=demo_of(data))
        base = f"http://127.0.0.1:{port}"
        with (
            BackgroundServer(create_app(context), sock),
            httpx.Client(base_url=base, follow_redirects=True, timeout=60) as client,
        ):
            client.get(f"/?token={context.token}").raise_for_status()
            cookie = f"runnerup_session={context.token}"
            static_ms = _median_ms(port, cookie, "/static/app.css")
            form_ms = _median_ms(port, cookie, "/")
            csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/").text)
            assert csrf is not None
            start = time.perf_counter()
            form = {**DEMO_SUBJECT, "posting_url": DEMO_POSTING, "csrf": csrf.group(1)}
            posted = client.post("/lookups", data=form, follow_redirects=False)
            job_id = posted.headers["location"].rsplit("/", 1)[1]
            seen = []
            with client.stream("GET", f"/lookups/{job_id}/events") as stream:
                for raw in stream.iter_lines():
                    if raw.startswith("event: "):
                        seen.append((time.perf_counter() - start) * 1000)
                        if len(seen) == 2:
                            break
            # the first event is the job's own "Starting" line; the second, the pipeline's first
            first_event_ms, pipeline_event_ms = seen
            job = context.jobs.get(job_id)
            assert job is not None
            while job.state != "choosing":
                time.sleep(0.05)
            right = max(job.candidates, key=lambda c: c.score)
            job.choose(right.id)
            while not job.finished:
                time.sleep(0.05)
            assert job.state == "done", job.error
            report_ms = _median_ms(port, cookie, f"/reports/{job.lookup_id}.html")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"median of {RUNS} requests over loopback; the demo lookup chose {right.name}")
    print(f"{'(a static file, for scale)':<38} {static_ms:8.1f} ms")
    print(_line("form page", form_ms, "ms", PAGE_BOUND_MS))
    print(_line("stored report page", report_ms, "ms", PAGE_BOUND_MS))
    print(_line("submit to first progress event", first_event_ms, "ms", FIRST_EVENT_BOUND_MS))
    print(f"{'  (to the pipeline first reporting)':<38} {pipeline_event_ms:8.1f} ms")
    print(_line("peak memory, one lookup done", peak_mb, "MB", MEMORY_BOUND_MB))
    return 0


if __name__ == "__main__":
    sys.exit(main())
