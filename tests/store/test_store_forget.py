"""forget in the store: exact counts, hosts only one person touched, nothing left in the file,
private permissions, and the fetch log's rule (schema 2)."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path

from research.model import Lead, Subject
from research.store import FetchRecord, Store

ADA = Subject(name="Ada Okafor", employer="Northwind Robotics", role="Head of Platform")
BEN = Subject(name="Ben Adeyemi", employer="Lakeside Health", role="Charge Nurse")


def _lookup(store: Store, subject: Subject, urls: list[str]) -> int:
    lookup = store.start_lookup(subject)
    store.add_leads(lookup, [Lead(url=u, source="webpage", name=subject.name) for u in urls])
    store.log_fetches(
        lookup,
        [
            FetchRecord(u, u, "ok", 200, "", None, "webpage", datetime.now(UTC), rule="robots.txt")
            for u in urls
        ],
    )
    return lookup


def test_forget_counts_what_it_deletes_and_names_her_hosts(tmp_path: Path) -> None:
    with Store(tmp_path / "db.sqlite3") as store:
        _lookup(store, ADA, ["https://ada-okafor.test/cv", "https://api.github.com/users/a"])
        _lookup(store, BEN, ["https://api.github.com/users/b"])
        plan = store.plan_forget(name="ada okafor")
        assert plan.hosts == ("ada-okafor.test",)  # api.github.com is Ben's too
        deleted = store.forget(plan)
        assert (
            deleted
            == plan.counts
            == {
                "lookups": 1,
                "leads": 2,
                "candidates": 0,
                "facts": 0,
                "fetch_log": 2,
            }
        )
        assert [r.subject.name for r in store.lookups()] == ["Ben Adeyemi"]
        (ben,) = store.lookups()
        assert store.fetch_log(ben.id)[0].rule == "robots.txt"


def test_nothing_of_a_forgotten_person_stays_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with Store(path) as store:
        _lookup(store, ADA, [f"https://ada-okafor.test/page-{n}" for n in range(200)])
        _lookup(store, BEN, ["https://ben.test/"])
        store.forget(store.plan_forget(name="Ada Okafor"))
    for file in tmp_path.iterdir():
        data = file.read_bytes()
        assert b"ada-okafor" not in data and b"Ada Okafor" not in data, file.name


def test_the_store_is_private(tmp_path: Path) -> None:
    home = tmp_path / "home"
    old = os.umask(0o022)
    try:
        with Store(home / "runnerup.sqlite3") as store:
            _lookup(store, ADA, ["https://ada-okafor.test/"])
    finally:
        os.umask(old)
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    for file in home.iterdir():
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file.name


def test_an_older_world_readable_store_is_tightened_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE x (a)")
    connection.close()
    path.chmod(0o644)
    # a schema-1 database: the migration adds the fetch log's rule column
    with Store(tmp_path / "v1.sqlite3") as store:
        store._db.execute("PRAGMA user_version = 1")
        store._db.execute("ALTER TABLE fetch_log DROP COLUMN rule")
    with Store(tmp_path / "v1.sqlite3") as store:
        assert store.schema_version == 2
        lookup = _lookup(store, ADA, ["https://ada-okafor.test/"])
        assert store.fetch_log(lookup)[0].rule == "robots.txt"
    os.chmod(path, 0o644)
    Store(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
