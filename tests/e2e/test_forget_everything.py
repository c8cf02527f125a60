"""``runnerup forget NAME`` after a lookup on the demo web leaves no file under the home that
mentions the person or the hosts only their lookup touched - the SQLite files included,
whose deleted rows could otherwise linger in free pages or the write-ahead log - and the
counts it announces are the counts it erases. The home is 0700, its files 0600."""

from __future__ import annotations

import re
import stat
from pathlib import Path

from research.settings import Settings
from research.store import Store

from .conftest import HIRE, Invoke

COUNTS = re.compile(
    r"(\d+) lookup\(s\), (\d+) lead\(s\), (\d+) candidate\(s\), (\d+) fact set\(s\), "
    r"(\d+) fetch-log row\(s\), (\d+) cached page\(s\) and (\d+) robots\.txt verdict\(s\)"
)


def _mentions(home: Path, needles: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(home.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes().lower()
        hits = [n for n in needles if n.lower().encode() in data]
        if hits:
            found[path.relative_to(home).as_posix()] = hits
    return found


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_forget_leaves_nothing_of_the_person_under_the_home(cli: Invoke, tmp_path: Path) -> None:
    home = tmp_path / "runnerup-home"
    run = cli("lookup", *HIRE, "--yes", "--format", "json", home=home)
    assert run.exit_code == 0, run.stderr

    with Store(Settings(home=home).store_path) as store:
        plan = store.plan_forget(name="Ada Okafor")
    hosts = list(plan.hosts)
    assert "ada-okafor.test" in hosts and "api.github.com" in hosts
    needles = ["Ada Okafor", "Okafor", "adaokafor", *hosts]
    before = _mentions(home, needles)
    # the test is not moot: the store, the page cache and the robots cache all knew her
    files = " ".join(before)
    for name in ("runnerup.sqlite3", "cache/http-cache.sqlite3", "cache/robots-cache.json"):
        assert name in files, f"{name} never mentioned her: the test would be moot"

    # private: a 0700 home and 0600 files
    assert _mode(home) == 0o700 and _mode(home / "cache") == 0o700
    for path in home.rglob("*"):
        if path.is_file():
            assert _mode(path) == 0o600, f"{path} is {oct(_mode(path))}"

    gone = cli("forget", "Ada Okafor", "--yes", home=home)
    assert gone.exit_code == 0, gone.stderr
    announced, erased = COUNTS.findall(gone.stderr)
    assert announced == erased
    assert int(erased[0]) == 1 and int(erased[5]) > 0 and int(erased[6]) > 0

    assert _mentions(home, needles) == {}, "the forgotten person is still on disk"
    with Store(Settings(home=home).store_path) as store:
        assert store.counts() == dict.fromkeys(store.counts(), 0)


def test_forget_keeps_what_another_person_shares(cli: Invoke, tmp_path: Path) -> None:
    """Hosts another remembered lookup also touched keep their robots.txt verdicts; the
    hosts only the forgotten person's lookup touched lose theirs."""
    home = tmp_path / "home2"
    sources = ["--source", "github", "--source", "websearch"]
    pages = ["--source", "webpage"]
    assert cli("lookup", *HIRE, *sources, *pages, "--yes", home=home).exit_code == 0
    nobody = ["Zebediah Nobody", "--employer", "X", "--role", "Y"]
    assert cli("lookup", *nobody, *sources, home=home).exit_code == 1
    with Store(Settings(home=home).store_path) as store:
        plan = store.plan_forget(name="Ada Okafor")
    assert "searx.test" not in plan.hosts  # Zebediah's lookup asked it too
    robots_file = home / "cache" / "robots-cache.json"
    mine = [h for h in plan.hosts if f"//{h}:" in robots_file.read_text(encoding="utf-8")]
    assert mine, "no robots.txt verdict of hers was cached: the test would be moot"
    assert cli("forget", "Ada Okafor", "--yes", home=home).exit_code == 0
    robots = robots_file.read_text(encoding="utf-8")
    assert "//searx.test:" in robots
    assert [h for h in mine if f"//{h}:" in robots] == []
