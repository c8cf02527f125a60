"""The demo lookup on the fixture web with a 50 ms server delay, paced as on the real web.

The demo web is served on loopback, but the bench keeps the real web's pacing there (no
loopback mode: 1 s between requests to a host, and the slower rate a source declares), so
the lookup waits as it would for real sites and the bound is what politeness costs.

Prints the wall time beside the politeness bound taken stage by stage (reading the
posting, searching, collecting: identity needs every lead before any profile is read, so
the stages cannot overlap; in each stage the slowest host's chain of requests: their delays
plus the gaps between them, each gap the interval the door must leave before that request:
its spacing, or the slower rate the asking source declared; goal: wall / stage bound <=
1.10), the same chain over the whole run for reference, the CPU time, and the peak memory
(RSS, without the browser; goal <= 150 MB).

Every request the fixture web answered counts, robots.txt included: the door asks an
origin's robots.txt before its first page there, at the door's spacing, and the page then
waits its own interval after it. A host's chain in a stage leaves out one interval, that
of the request that may go first (a robots.txt when every page needs one fetched in that
stage). Per stage it prints the slowest hosts and the idle time: moments when no host was
answering a request nor holding one back for its spacing (the lookup itself was busy, or
waiting for nothing).
"""

from __future__ import annotations

import asyncio
import itertools
import os
import resource
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from research.demo import demo_data, run_demo_lookup
from research.events import LookupEvent, StageStarted
from research.fetch.routes import ENV_FIXTURE_SPACING
from research.settings import ConnectTo, Settings
from research.source import discover
from research.testing import FixtureWeb

DELAY_MS = 50
SPACING = 1.0
"""The door's spacing on the real web (its floor, and the default): the bench keeps the real
web's pacing on the demo web (no loopback mode), so the bound is what politeness costs."""
RATIO_GOAL = 1.10
MEMORY_GOAL_MB = 150
SLACK = 0.03
"""A gap this much longer than the interval still counts as the host holding a request."""


@dataclass(frozen=True)
class Sent:
    """One request the fixture web answered, with the interval the door leaves before it."""

    host: str
    start: float
    end: float
    interval: float
    robots: bool
    needs_robots: bool
    """A page read under robots.txt (not under an API's terms)."""


def chain(requests: list[Sent], earlier_robots: bool) -> float:
    """The least time one host needs for ``requests``, in any order the rules allow."""
    if not requests:
        return 0.0
    delays = sum(r.end - r.start for r in requests)
    intervals = [r.interval for r in requests]
    robots_first = not earlier_robots and all(r.robots or r.needs_robots for r in requests)
    first = SPACING if robots_first and any(r.robots for r in requests) else max(intervals)
    return delays + sum(intervals) - first


def idle_time(requests: list[Sent], start: float, end: float) -> float:
    """Time in [start, end) when no host answered or held back a request."""
    busy: list[tuple[float, float]] = []
    last: dict[str, Sent] = {}
    for r in sorted(requests, key=lambda r: r.start):
        before = last.get(r.host)
        if before is not None and r.start - before.end <= r.interval + SLACK:
            busy.append((before.end, r.start))
        busy.append((r.start, r.end))
        last[r.host] = r
    covered, reach = 0.0, start
    for a, b in sorted(busy):
        a, b = max(a, reach), min(b, end)
        if b > a:
            covered += b - a
            reach = b
    return max(0.0, end - start - covered)


def stage_name(text: str) -> str:
    words = {"resume": "resume", "posting": "posting", "Searching": "search"}
    words |= {"Collecting": "collect", "Comparing": "compare"}
    return next((name for word, name in words.items() if word in text.split()), text)


def main() -> int:
    os.environ.pop(ENV_FIXTURE_SPACING, None)  # the real web's pacing, not the fixture web's
    data = demo_data()
    stages: list[tuple[float, str]] = []

    def listen(event: LookupEvent) -> None:
        if isinstance(event, StageStarted):
            stages.append((time.monotonic(), stage_name(event.text)))

    with tempfile.TemporaryDirectory() as home, FixtureWeb(data.web, delay_ms=DELAY_MS) as web:
        settings = Settings(home=Path(home), connect_to=(ConnectTo("*", "127.0.0.1", web.port),))
        cpu0, wall0 = time.process_time(), time.perf_counter()
        start = time.monotonic()
        _result, log = asyncio.run(
            run_demo_lookup(
                settings,
                data,
                spacing=None,
                browser_executable="/nonexistent/no-browser-in-this-benchmark",
                listen=listen,
            )
        )
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        finish = time.monotonic()
        answered = web.log
    # each request's interval: the door's spacing, or the slower rate its source declared
    # (the bench keeps the real web's pacing: no loopback mode, see fetch/config.door_spacing)
    rates = {sid: cls.info.rate for sid, cls in discover(env={}).load_all().items()}
    # which source asked each request the web answered, and under which rule
    asked: dict[tuple[str, str, str], list[tuple[float, bool]]] = defaultdict(list)
    for record in log:
        if record.from_cache or not record.rule:
            continue
        parts = urlsplit(record.url)
        rate = 0.0 if record.purpose.startswith("browser") else rates.get(record.source or "", 0)
        key = ((parts.hostname or "").lower(), parts.path or "/", parts.query)
        asked[key].append((rate, record.rule == "robots.txt"))
    sent: list[Sent] = []
    for r in sorted(answered, key=lambda r: r.time):
        robots = r.path == "/robots.txt"
        queue = asked.get((r.host, r.path, r.query)) if not robots else None
        rate, needs_robots = queue.pop(0) if queue else (0.0, False)
        # end: the answer's delay and a little for the transfer, as the door saw it
        end = r.time + DELAY_MS / 1000
        sent.append(Sent(r.host, r.time, end, max(SPACING, rate), robots, needs_robots))

    per_host: dict[str, list[Sent]] = defaultdict(list)
    for s in sent:
        per_host[s.host].append(s)
    whole = {h: chain(rs, False) for h, rs in per_host.items()}
    slowest = max(whole, key=lambda h: whole[h])
    print(f"requests            {len(sent)} to {len(per_host)} hosts")
    print(f"politeness bound    {whole[slowest]:.2f} s  (slowest host {slowest})")

    bounds = [(start, "start"), *stages, (finish, "end")]
    staged = 0.0
    robots_seen: set[str] = set()
    print("by stage            wall    bound  idle   slowest hosts (chain s)")
    for (a, name), (b, _next) in itertools.pairwise(bounds):
        in_stage = [s for s in sent if a <= s.start < b]
        hosts: dict[str, list[Sent]] = defaultdict(list)
        for s in in_stage:
            hosts[s.host].append(s)
        chains = {h: chain(rs, h in robots_seen) for h, rs in hosts.items()}
        robots_seen.update(s.host for s in in_stage if s.robots)
        top = sorted(chains, key=lambda h: -chains[h])[:3]
        bound = chains[top[0]] if top else 0.0
        staged += bound
        shown = ", ".join(f"{h} {chains[h]:.2f}" for h in top)
        idle = idle_time(sent, a, b)
        print(f"  {name:<16} {b - a:6.2f}  {bound:6.2f} {idle:5.2f}   {shown}")
    print(f"  stage bound       {staged:.2f} s  (the stages in turn)")
    print(f"wall time           {wall:.2f} s")
    # identity needs every lead before any page is read: the stages cannot overlap, so the
    # goal is on the stage bound; the slowest host's chain over the whole run is shown beside
    print(f"wall / bound        {wall / whole[slowest]:.2f}   (the stages cannot overlap)")
    ratio = wall / staged
    verdict = "ok" if ratio <= RATIO_GOAL else "OVER GOAL"
    print(f"wall / stage bound  {ratio:.2f}   goal <= {RATIO_GOAL:.2f}   {verdict}")
    print(f"CPU time            {cpu:.2f} s")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    verdict = "ok" if rss_mb <= MEMORY_GOAL_MB else "OVER GOAL"
    print(f"peak memory (RSS)   {rss_mb:.0f} MB   goal <= {MEMORY_GOAL_MB} MB   {verdict}")
    print(f"requests per host   {dict(Counter(s.host for s in sent).most_common(5))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
