"""Benchmark of the fetch door: politeness overhead and CPU cost per request.

    python bench/fetch.py

Six fixture hosts x five pages, served on loopback by the fixture web (in a child process,
so its CPU time is not counted) with a 50 ms delay on every response; the door's spacing
is 0.2 s. All 30 pages are requested at once.

Politeness bound: every host needs 6 requests (robots.txt + 5 pages), one at a time, each
at least ``delay`` long, with at least ``spacing`` between the end of one and the start of
the next (end-to-start). So no polite door can finish faster than

    bound = requests_per_host * delay + (requests_per_host - 1) * spacing
          = 6 * 0.05 + 5 * 0.2 = 1.30 s

The ratio wall / bound shows the door's own overhead (goal <= 1.10). CPU cost is the
process CPU time of the fetching pass divided by the number of ``door.get`` calls, for a
cold pass (cache misses, robots.txt included) and a warm pass (HTTP-cache hits); goal
<= 2 ms each. Figures are the median of three rounds. Exits 0 (figures are printed
beside their goals, not enforced).
"""

from __future__ import annotations

import asyncio
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HOSTS = 6
PAGES = 5
DELAY = 0.050
SPACING = 0.2
WALL_GOAL = 1.10
CPU_GOAL_MS = 2.0
RUNS = 3

ROUTES = """
[[route]]
path = "/p*.html"
body = "_page.html"
content_type = "text/html; charset=utf-8"
headers = { Cache-Control = "max-age=3600" }
"""


WARM_UP_URL = "https://warm-up.door.test/p0.html"


def build_sites(root: Path) -> list[str]:
    urls = []
    paragraph = "<p>Ada Okafor led the robotics platform team for three years.</p>\n" * 40
    for h in range(-1, HOSTS):
        host = f"bench{h}.door.test" if h >= 0 else "warm-up.door.test"
        site = root / host
        site.mkdir(parents=True)
        (site / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n")
        head = f"<!doctype html><html><head><title>{host}</title></head>"
        (site / "_page.html").write_text(f"{head}<body>{paragraph}</body></html>")
        (site / "_routes.toml").write_text(ROUTES)
        if h >= 0:
            urls += [f"https://{host}/p{i}.html" for i in range(PAGES)]
    return urls


def start_server(root: Path) -> tuple[subprocess.Popen[str], int]:
    process = subprocess.Popen(
        [sys.executable, "-m", "research.testing", "serve", str(root), "--delay-ms", "50"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    match = re.search(r"127\.0\.0\.1:(\d+)", line)
    if not match:
        process.terminate()
        raise SystemExit(f"fixture web did not start: {line!r}")
    return process, int(match.group(1))


async def run(urls: list[str], port: int, cache: Path) -> dict[str, float]:
    """The median of ``RUNS`` rounds (the machine is shared: one round can be unlucky)."""
    rounds = [await one_round(urls, port, cache / f"round{i}") for i in range(RUNS)]
    reference = await httpx_reference(port, len(urls))
    figures = {key: statistics.median(r[key] for r in rounds) for key in rounds[0]}
    figures["httpx_cpu"] = reference
    return figures


async def one_round(urls: list[str], port: int, cache: Path) -> dict[str, float]:
    from research.config import Config
    from research.doors import open_door
    from research.fetch import Outcome
    from research.settings import ConnectTo, Settings

    # the door every command builds; the fixture web's own spacing (loopback mode)
    settings = Settings(home=cache, connect_to=(ConnectTo("*", "127.0.0.1", port),))
    door = open_door(settings, Config(), sources=(), fixture_spacing=SPACING)
    if door.spacing != SPACING:
        raise SystemExit(f"the door spaces requests {door.spacing} s apart, not {SPACING} s")
    figures: dict[str, float] = {}
    async with door:
        # Warm-up on a host of its own: first-use imports (h11, protego, ...) and opening
        # the SQLite cache happen once per process, not per request.
        await door.get(WARM_UP_URL)
        await door.get(WARM_UP_URL)
        cpu0, wall0 = time.process_time(), time.perf_counter()
        cold = await asyncio.gather(*(door.get(url) for url in urls))
        figures["cold_wall"] = time.perf_counter() - wall0
        figures["cold_cpu"] = time.process_time() - cpu0
        bad = [f for f in cold if f.outcome is not Outcome.OK or f.provenance.from_cache]
        if bad:
            raise SystemExit(f"cold pass: {bad[0].url} -> {bad[0].outcome} {bad[0].detail}")

        cpu0, wall0 = time.process_time(), time.perf_counter()
        warm = await asyncio.gather(*(door.get(url) for url in urls))
        figures["warm_wall"] = time.perf_counter() - wall0
        figures["warm_cpu"] = time.process_time() - cpu0
        if not all(f.provenance.from_cache for f in warm):
            raise SystemExit("warm pass: not every page came from the cache")
    return figures


async def httpx_reference(port: int, n: int) -> float:
    """CPU per request of a bare httpx client on the same server, for scale: the floor
    any door built on httpx stands on (on this machine, under this load)."""
    import httpx

    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        headers = {"host": "bench0.door.test"}
        await client.get("/p0.html", headers=headers)
        cpu0 = time.process_time()
        for i in range(n):
            await client.get(f"/p{i % PAGES}.html", headers=headers)
        return (time.process_time() - cpu0) / n


def main() -> int:
    import hishel.httpx  # noqa: F401
    import httpx  # noqa: F401  - imports are not part of the per-request cost

    import research.fetch.door  # noqa: F401

    with tempfile.TemporaryDirectory(prefix="runnerup-bench-") as tmp:
        web = Path(tmp) / "web"
        urls = build_sites(web)
        process, port = start_server(web)
        try:
            figures = asyncio.run(run(urls, port, Path(tmp) / "cache"))
        finally:
            process.terminate()
            process.communicate(timeout=10)

    per_host = PAGES + 1
    bound = per_host * DELAY + (per_host - 1) * SPACING
    ratio = figures["cold_wall"] / bound
    calls = len(urls)
    cold_ms = figures["cold_cpu"] / calls * 1000
    warm_ms = figures["warm_cpu"] / calls * 1000
    requests = calls + HOSTS
    print(
        f"fetch door benchmark: {HOSTS} hosts x {PAGES} pages, {DELAY * 1000:.0f} ms delay, "
        f"{SPACING} s spacing (end-to-start); median of {RUNS} rounds"
    )
    print(
        f"  politeness bound     {bound:6.3f} s   = {per_host} x {DELAY} s + "
        f"{per_host - 1} x {SPACING} s (robots.txt + {PAGES} pages per host)"
    )
    print(f"  wall time (cold)     {figures['cold_wall']:6.3f} s")
    print(
        f"  wall / bound         {ratio:6.3f}     goal <= {WALL_GOAL:.2f}  "
        f"{'ok' if ratio <= WALL_GOAL else 'OVER'}"
    )
    print(
        f"  CPU per get, miss    {cold_ms:6.3f} ms  goal <= {CPU_GOAL_MS:.1f}  "
        f"{'ok' if cold_ms <= CPU_GOAL_MS else 'OVER'}  "
        f"({figures['cold_cpu'] * 1000 / requests:.3f} ms per HTTP request, "
        f"{requests} requests incl. robots.txt)"
    )
    print(
        f"  CPU per get, hit     {warm_ms:6.3f} ms  goal <= {CPU_GOAL_MS:.1f}  "
        f"{'ok' if warm_ms <= CPU_GOAL_MS else 'OVER'}  "
        f"(wall {figures['warm_wall'] * 1000:.1f} ms for {calls} hits)"
    )
    bare_ms = figures["httpx_cpu"] * 1000
    overhead_ms = figures["cold_cpu"] * 1000 / requests - bare_ms
    print(
        f"  for scale: bare httpx {bare_ms:6.3f} ms CPU per request on the same server "
        "(no door, no cache, no robots)"
    )
    print(
        f"  door's own cost      {overhead_ms:6.3f} ms per HTTP request on a miss "
        "(guard, robots, pacing, HTTP-cache store, caps, signals)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
