"""The demo lookup on the fixture web with a 50 ms server delay.

Prints the wall time beside the politeness bound (the slowest host's chain of requests:
its spacings plus its delays; goal: wall / bound <= 1.10), the CPU time, and the peak
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

from research.demo import DEMO_POSTING, DEMO_SUBJECT, demo_config, demo_data
from research.fetch import Door, DoorConfig
from research.lookup import LookupRequest, run_lookup
from research.model import Subject
from research.settings import ConnectTo, Settings
from research.testing import FixtureWeb

DELAY_MS = 50
SPACING = 0.2
RATIO_GOAL = 1.10
MEMORY_GOAL_MB = 150


async def lookup(settings: Settings, resume: Path) -> None:
    config = demo_config()
    door = Door(
        DoorConfig(
            connect_to=settings.connect_to,
            min_interval=SPACING,
            cache_dir=settings.cache_dir,
            browser_executable="/nonexistent/no-browser-in-this-benchmark",
        )
    )
    request = LookupRequest(
        subject=Subject(**DEMO_SUBJECT), posting=DEMO_POSTING, resume=str(resume), yes=True
    )
    await run_lookup(request, settings=settings, config=config, door=door)


def main() -> int:
    data = demo_data()
    with tempfile.TemporaryDirectory() as home, FixtureWeb(data.web, delay_ms=DELAY_MS) as web:
        settings = Settings(home=Path(home), connect_to=(ConnectTo("*", "127.0.0.1", web.port),))
        cpu0, wall0 = time.process_time(), time.perf_counter()
        asyncio.run(lookup(settings, data.resume))
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        per_host = Counter(r.host for r in web.log)
    chains = {h: (n - 1) * SPACING + n * DELAY_MS / 1000 for h, n in per_host.items()}
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
