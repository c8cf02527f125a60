"""The demo lookup on the fixture web with a 50 ms server delay.

Prints the wall time beside the politeness bound (the slowest host's chain of requests:
its delays plus the gaps between them, each gap the door's spacing or the slower rate the
source declared; goal: wall / bound <= 1.10) and beside the same bound taken stage by stage
(reading the posting, searching, collecting: identity needs every lead before any profile
is read, so the stages cannot overlap), the CPU time, and the peak
memory (RSS, without the browser; goal <= 150 MB).
"""

from __future__ import annotations

import asyncio
import itertools
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from research.demo import demo_data, run_demo_lookup
from research.settings import ConnectTo, Settings
from research.testing import FixtureWeb

DELAY_MS = 50
SPACING = 0.2
RATIO_GOAL = 1.10
MEMORY_GOAL_MB = 150


def main() -> int:
    data = demo_data()
    with tempfile.TemporaryDirectory() as home, FixtureWeb(data.web, delay_ms=DELAY_MS) as web:
        settings = Settings(home=Path(home), connect_to=(ConnectTo("*", "127.0.0.1", web.port),))
        cpu0, wall0 = time.process_time(), time.perf_counter()
        result, log = asyncio.run(
            run_demo_lookup(
                settings,
                data,
                spacing=SPACING,
                browser_executable="/nonexistent/no-browser-in-this-benchmark",
            )
        )
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        per_host = Counter(r.host for r in web.log)
    # each host's required gap: the door's spacing (the demo web is on loopback, so the door
    # is in loopback mode: the sources' declared rates are dropped, see fetch/config.py)
    rates: dict[str, float] = {}
    gap: dict[str, float] = {}
    hosts = [urlsplit(r.url).hostname or "" for r in log]
    for host, record in zip(hosts, log, strict=True):
        gap[host] = max(gap.get(host, SPACING), rates.get(record.source or "", 0.0))

    def chain(records: list[str]) -> tuple[float, str]:
        counts = Counter(records)
        if not counts:
            return 0.0, ""
        times = {h: (n - 1) * gap.get(h, SPACING) + n * DELAY_MS / 1000 for h, n in counts.items()}
        slowest = max(times, key=lambda h: times[h])
        return times[slowest], slowest

    def sent(start: int, end: int) -> list[str]:
        return [
            h for h, r in zip(hosts[start:end], log[start:end], strict=True) if not r.from_cache
        ]

    bound, slowest = chain(sent(0, len(log)))
    # the pipeline's stages follow each other (identity needs every lead before collecting):
    # the best a polite lookup can do is the slowest host chain of each stage, added up
    marks = [*sorted(result.phases.values()), len(log)]
    staged = sum(chain(sent(a, b))[0] for a, b in itertools.pairwise(marks))
    print(f"requests            {sum(per_host.values())} to {len(per_host)} hosts")
    print(f"politeness bound    {bound:.2f} s  (slowest host {slowest})")
    print(f"  by stage          {staged:.2f} s  (posting, search, collect in turn)")
    print(f"wall time           {wall:.2f} s")
    for name, value in (("bound", bound), ("stage bound", staged)):
        ratio = wall / value
        verdict = "ok" if ratio <= RATIO_GOAL else "OVER GOAL"
        print(f"wall / {name:<12} {ratio:.2f}   goal <= {RATIO_GOAL:.2f}   {verdict}")
    print(f"CPU time            {cpu:.2f} s")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    verdict = "ok" if rss_mb <= MEMORY_GOAL_MB else "OVER GOAL"
    print(f"peak memory (RSS)   {rss_mb:.0f} MB   goal <= {MEMORY_GOAL_MB} MB   {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
