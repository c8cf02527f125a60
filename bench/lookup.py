"""The demo lookup on the fixture web with a 50 ms server delay.

Prints the wall time beside the politeness bound (the slowest host's chain of requests:
its delays plus the gaps between them, each gap the door's spacing or the slower rate the
source declared; goal: wall / bound <= 1.10), the CPU time, and the peak
memory (RSS, without the browser; goal <= 150 MB).
"""

from __future__ import annotations

import asyncio
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from research.demo import demo_data, run_demo_lookup
from research.settings import ConnectTo, Settings
from research.source import discover
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
        _, log = asyncio.run(
            run_demo_lookup(
                settings,
                data,
                spacing=SPACING,
                browser_executable="/nonexistent/no-browser-in-this-benchmark",
            )
        )
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        per_host = Counter(r.host for r in web.log)
    # each host's required gap: the door's spacing, or the slower rate a source declared
    rates = {cls.info.id: cls.info.rate for cls in discover(env={}).load_all().values()}
    gap: dict[str, float] = {}
    for record in log:
        host = urlsplit(record.url).hostname or ""
        gap[host] = max(gap.get(host, SPACING), rates.get(record.source or "", 0.0))
    chains = {h: (n - 1) * gap.get(h, SPACING) + n * DELAY_MS / 1000 for h, n in per_host.items()}
    slowest = max(chains, key=lambda h: chains[h])
    bound = chains[slowest]
    ratio = wall / bound
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"requests            {sum(per_host.values())} to {len(per_host)} hosts")
    print(f"politeness bound    {bound:.2f} s  ({slowest}: {per_host[slowest]} requests)")
    print(f"wall time           {wall:.2f} s")
    verdict = "ok" if ratio <= RATIO_GOAL else "OVER GOAL"
    print(f"wall / bound        {ratio:.2f}   goal <= {RATIO_GOAL:.2f}   {verdict}")
    print(f"CPU time            {cpu:.2f} s")
    verdict = "ok" if rss_mb <= MEMORY_GOAL_MB else "OVER GOAL"
    print(f"peak memory (RSS)   {rss_mb:.0f} MB   goal <= {MEMORY_GOAL_MB} MB   {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
