"""The local store: lookups, facts, fetch log, retention and forget."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from research.errors import StoreError
from research.model import Candidate, Career, Experience, Lead, Subject
from research.store import SCHEMA_VERSION, FetchRecord, Store, person_key

ADA = Subject(name="Ada Okafor", employer="Northwind Robotics", role="Head of Platform")
BEN = Subject(name="Ben Adeyemi", employer="Lakeside Health", role="Charge Nurse")


def _fill(store: Store, subject: Subject, url: str) -> int:
    lookup = store.start_lookup(subject, {"format": "text"})
    store.add_leads(lookup, [Lead(url=url, source="github", name=subject.name)])
    store.add_candidates(lookup, [Candidate(id=1, name=subject.name, score=0.9)], chosen=1)
    career = Career(name=subject.name, experiences=[Experience(title="X", employer="Y")])
    store.save_facts(lookup, subject, "github", url, career)
    store.log_fetches(
        lookup,
        [FetchRecord(url, url, "ok", 200, "allowed", "abc", "github", datetime.now(UTC))],
    )
    store.finish_lookup(lookup, "done")
    return lookup


def test_person_key_folds_case_accents_and_spacing() -> None:
    assert person_key("  José  GARCÍA ") == person_key("jose garcia")
    assert person_key("Dr. A. Okafor") == "dr a okafor"


def test_a_new_store_is_at_the_current_schema(tmp_path: Path) -> None:
    with Store(tmp_path / "a" / "db.sqlite3") as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.counts() == {t: 0 for t in store.counts()}
    mode = sqlite3.connect(tmp_path / "a" / "db.sqlite3").execute("PRAGMA journal_mode").fetchone()
    assert mode[0] == "wal"


def test_lookups_and_facts_round_trip(tmp_path: Path) -> None:
    with Store(tmp_path / "db.sqlite3") as store:
        lookup = _fill(store, ADA, "https://github.com/adaokafor")
        row = store.lookup(lookup)
        assert row is not None and row.subject == ADA and row.status == "done"
        assert store.candidates(lookup)[0].name == "Ada Okafor"
        facts = store.recent_facts(ADA, "github", "https://github.com/adaokafor", timedelta(days=1))
        assert facts is not None and facts.experiences[0].title == "X"
        assert store.fetch_log(lookup)[0].outcome == "ok"
        assert (
            store.recent_facts(BEN, "github", "https://github.com/adaokafor", timedelta(1)) is None
        )


def test_forget_removes_one_person_and_nothing_else(tmp_path: Path) -> None:
    with Store(tmp_path / "db.sqlite3") as store:
        shared = "https://search.example.test/api"
        ada1 = _fill(store, ADA, "https://github.com/adaokafor")
        store.log_fetches(
            ada1, [FetchRecord(shared, shared, "ok", 200, "", None, "x", datetime.now(UTC))]
        )
        _fill(store, ADA.model_copy(update={"name": "ada okafor"}), "https://ada-okafor.test/")
        ben = _fill(store, BEN, "https://github.com/benadeyemi")
        store.log_fetches(
            ben, [FetchRecord(shared, shared, "ok", 200, "", None, "x", datetime.now(UTC))]
        )
        plan = store.plan_forget(name="ADA OKAFOR")
        assert len(plan.lookup_ids) == 2
        assert plan.counts["facts"] == 2 and plan.counts["leads"] == 2
        assert "https://github.com/adaokafor" in plan.urls
        assert shared not in plan.urls  # still used by another person's lookup
        store.forget(plan)
        assert [r.subject.name for r in store.lookups()] == ["Ben Adeyemi"]
        assert store.counts() == {
            "lookups": 1,
            "leads": 1,
            "candidates": 1,
            "facts": 1,
            "fetch_log": 2,
        }
        assert store.plan_forget(name="Ada Okafor").empty


def test_forget_one_lookup_by_id(tmp_path: Path) -> None:
    with Store(tmp_path / "db.sqlite3") as store:
        first = _fill(store, ADA, "https://github.com/adaokafor")
        second = _fill(store, ADA, "https://github.com/adaokafor")
        plan = store.plan_forget(lookup_id=first)
        assert plan.lookup_ids == (first,)
        assert plan.urls == ()  # the second lookup still uses that page
        store.forget(plan)
        assert [r.id for r in store.lookups()] == [second]


def test_retention_purges_old_lookups_and_facts(tmp_path: Path) -> None:
    with Store(tmp_path / "db.sqlite3") as store:
        old = _fill(store, ADA, "https://github.com/adaokafor")
        fresh = _fill(store, BEN, "https://github.com/benadeyemi")
        store.backdate(old, days=31)
        report = store.purge_expired(30)
        assert report.lookups == 1 and report.facts == 1
        assert report.urls == ("https://github.com/adaokafor",)
        assert [r.id for r in store.lookups()] == [fresh]
        assert store.counts()["facts"] == 1


def test_a_corrupt_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as info:
        Store(path)
    assert str(path) in str(info.value)


def test_a_killed_writer_leaves_the_database_consistent(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    script = textwrap.dedent(
        f"""
        import os, signal
        from research.model import Subject, Lead
        from pathlib import Path
        from research.store import Store
        store = Store(Path({str(path)!r}))
        subject = Subject(name="Ada Okafor")
        for i in range(200):
            lookup = store.start_lookup(subject)
            leads = [Lead(url=f"https://x.test/{{i}}/{{j}}", source="s") for j in range(20)]
            store.add_leads(lookup, leads)
            if i == 50:
                os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True)
    assert proc.returncode == -9
    with Store(path) as store:
        assert store._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        counts = store.counts()
        assert counts["lookups"] == 51
        assert counts["leads"] == 51 * 20  # every lead batch is all or nothing
