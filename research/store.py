"""The local store: SQLite in the runnerup home (WAL, versioned schema with migrations).

What it keeps: lookups (inputs, time, status, the produced comparison), leads, candidates,
facts with evidence (one collected :class:`~research.model.Career` per source and URL), and
the fetch log. Every write is one transaction, so a lookup interrupted at any point (Ctrl-C
or ``kill -9``) leaves the database consistent; facts are reused by the next lookup of the
same person while they are younger than the retention period.

Rows about a person expire after ``retention_days`` (purged at start) and ``forget`` removes
them everywhere; its plan names the URLs whose HTTP-cache entries and the hosts whose
robots.txt verdicts must go too. Deleted rows are overwritten (``secure_delete``), the file
is vacuumed and the write-ahead log truncated, so nothing of a forgotten person lingers in
free pages. The database is created 0600 in a 0700 folder.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from research.errors import StoreError
from research.model import Candidate, Career, Comparison, Lead, Subject
from research.private_files import private_file, tighten

SCHEMA_VERSION = 2

_MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE lookups (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        finished_at TEXT,
        person_key TEXT NOT NULL,
        subject_json TEXT NOT NULL,
        inputs_json TEXT NOT NULL DEFAULT '{}',
        status TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        comparison_json TEXT
    );
    CREATE INDEX lookups_person ON lookups(person_key);
    CREATE TABLE leads (
        id INTEGER PRIMARY KEY,
        lookup_id INTEGER NOT NULL REFERENCES lookups(id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        url TEXT NOT NULL,
        lead_json TEXT NOT NULL
    );
    CREATE INDEX leads_lookup ON leads(lookup_id);
    CREATE TABLE candidates (
        id INTEGER PRIMARY KEY,
        lookup_id INTEGER NOT NULL REFERENCES lookups(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        score REAL NOT NULL,
        chosen INTEGER NOT NULL DEFAULT 0,
        candidate_json TEXT NOT NULL
    );
    CREATE INDEX candidates_lookup ON candidates(lookup_id);
    CREATE TABLE facts (
        id INTEGER PRIMARY KEY,
        lookup_id INTEGER NOT NULL REFERENCES lookups(id) ON DELETE CASCADE,
        person_key TEXT NOT NULL,
        source TEXT NOT NULL,
        url TEXT NOT NULL,
        collected_at TEXT NOT NULL,
        career_json TEXT NOT NULL
    );
    CREATE INDEX facts_person ON facts(person_key, source, url);
    CREATE TABLE fetch_log (
        id INTEGER PRIMARY KEY,
        lookup_id INTEGER NOT NULL REFERENCES lookups(id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        final_url TEXT NOT NULL,
        outcome TEXT NOT NULL,
        status INTEGER,
        robots TEXT NOT NULL DEFAULT '',
        sha256 TEXT,
        source TEXT,
        fetched_at TEXT NOT NULL,
        from_cache INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX fetch_log_lookup ON fetch_log(lookup_id);
    """,
    2: """
    ALTER TABLE fetch_log ADD COLUMN rule TEXT NOT NULL DEFAULT '';
    """,
}

TABLES = ("lookups", "leads", "candidates", "facts", "fetch_log")


def person_key(name: str) -> str:
    """The key that ties lookups of one person together: case, accents and spacing folded."""
    from anyascii import anyascii

    return " ".join(anyascii(name).casefold().replace(".", " ").split())


def _now() -> datetime:
    return datetime.now(UTC)


def _hosts(urls: Iterable[str]) -> set[str]:
    from urllib.parse import urlsplit

    hosts = set()
    for url in urls:
        try:
            host = urlsplit(url).hostname
        except ValueError:
            continue
        if host:
            hosts.add(host.lower().rstrip("."))
    return hosts


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class LookupRow:
    id: int
    created_at: datetime
    finished_at: datetime | None
    subject: Subject
    status: str
    detail: str
    has_comparison: bool
    inputs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FetchRecord:
    url: str
    final_url: str
    outcome: str
    status: int | None
    robots: str
    sha256: str | None
    source: str | None
    fetched_at: datetime
    from_cache: bool = False
    rule: str = ""
    """What let the fetch through: ``robots.txt`` or ``api-terms <terms URL>``."""


@dataclass(frozen=True)
class ForgetPlan:
    lookup_ids: tuple[int, ...]
    names: tuple[str, ...]
    counts: dict[str, int]
    urls: tuple[str, ...]
    """URLs of this person's pages that no remaining lookup uses: their HTTP-cache entries
    must be deleted too."""
    hosts: tuple[str, ...] = ()
    """Hosts that only this person's lookups touched: their robots.txt verdicts (and any
    cached page of theirs) must be deleted too."""

    @property
    def empty(self) -> bool:
        return not self.lookup_ids


@dataclass(frozen=True)
class PurgeReport:
    lookups: int
    facts: int
    urls: tuple[str, ...]


class Store:
    """One SQLite database. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: Path | str) -> None:
        path = Path(path)
        self.path = path
        try:
            private_file(path)
            self._db = sqlite3.connect(path, timeout=10.0, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA secure_delete=ON")  # deleted rows are overwritten
            for suffix in ("-wal", "-shm"):
                tighten(path.with_name(path.name + suffix))
            self._migrate()
        except sqlite3.DatabaseError as error:
            raise StoreError(
                f"{path}: the runnerup database cannot be used ({error})",
                hint="Move the file aside (runnerup starts a new one), or use --home DIR.",
            ) from None
        except OSError as error:
            raise StoreError(
                f"{path}: cannot create the runnerup database ({error.strerror})",
                hint="Check the folder's permissions, or use --home DIR.",
            ) from None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        else:
            self._db.execute("COMMIT")

    def _migrate(self) -> None:
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: made by a newer runnerup (schema {version} > {SCHEMA_VERSION})",
                hint="Upgrade runnerup, or use another --home.",
            )
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self._tx() as db:
                for statement in _MIGRATIONS[target].split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {target}")

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    # lookups -------------------------------------------------------------------------

    def start_lookup(self, subject: Subject, inputs: dict[str, Any] | None = None) -> int:
        with self._tx() as db:
            cursor = db.execute(
                "INSERT INTO lookups (created_at, person_key, subject_json, inputs_json, status)"
                " VALUES (?, ?, ?, ?, 'running')",
                (
                    _iso(_now()),
                    person_key(subject.name),
                    subject.model_dump_json(),
                    json.dumps(inputs or {}, sort_keys=True),
                ),
            )
            return int(cursor.lastrowid or 0)

    def finish_lookup(
        self,
        lookup_id: int,
        status: str,
        *,
        detail: str = "",
        comparison: Comparison | None = None,
    ) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE lookups SET status = ?, detail = ?, finished_at = ?,"
                " comparison_json = COALESCE(?, comparison_json) WHERE id = ?",
                (
                    status,
                    detail,
                    _iso(_now()),
                    comparison.model_dump_json() if comparison else None,
                    lookup_id,
                ),
            )

    def add_leads(self, lookup_id: int, leads: Iterable[Lead]) -> None:
        rows = [(lookup_id, lead.source, lead.url, lead.model_dump_json()) for lead in leads]
        with self._tx() as db:
            db.executemany(
                "INSERT INTO leads (lookup_id, source, url, lead_json) VALUES (?, ?, ?, ?)", rows
            )

    def add_candidates(
        self, lookup_id: int, candidates: Iterable[Candidate], chosen: int | None
    ) -> None:
        rows = [
            (lookup_id, c.id, c.score, int(c.id == chosen), c.model_dump_json()) for c in candidates
        ]
        with self._tx() as db:
            db.execute("DELETE FROM candidates WHERE lookup_id = ?", (lookup_id,))
            db.executemany(
                "INSERT INTO candidates (lookup_id, number, score, chosen, candidate_json)"
                " VALUES (?, ?, ?, ?, ?)",
                rows,
            )

    def candidates(self, lookup_id: int) -> list[Candidate]:
        rows = self._db.execute(
            "SELECT candidate_json FROM candidates WHERE lookup_id = ? ORDER BY number",
            (lookup_id,),
        ).fetchall()
        return [Candidate.model_validate_json(r[0]) for r in rows]

    def save_facts(
        self, lookup_id: int, subject: Subject, source: str, url: str, career: Career
    ) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT INTO facts (lookup_id, person_key, source, url, collected_at, career_json)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    lookup_id,
                    person_key(subject.name),
                    source,
                    url,
                    _iso(_now()),
                    career.model_dump_json(),
                ),
            )

    def recent_facts(
        self, subject: Subject, source: str, url: str, max_age: timedelta
    ) -> Career | None:
        """Facts collected from this source and URL for this person within ``max_age``."""
        since = _iso(_now() - max_age)
        row = self._db.execute(
            "SELECT career_json FROM facts WHERE person_key = ? AND source = ? AND url = ?"
            " AND collected_at >= ? ORDER BY collected_at DESC, id DESC LIMIT 1",
            (person_key(subject.name), source, url, since),
        ).fetchone()
        return Career.model_validate_json(row[0]) if row else None

    def log_fetches(self, lookup_id: int, records: Iterable[FetchRecord]) -> None:
        rows = [
            (
                lookup_id,
                r.url,
                r.final_url,
                r.outcome,
                r.status,
                r.robots,
                r.sha256,
                r.source,
                _iso(r.fetched_at),
                int(r.from_cache),
                r.rule,
            )
            for r in records
        ]
        with self._tx() as db:
            db.executemany(
                "INSERT INTO fetch_log (lookup_id, url, final_url, outcome, status, robots,"
                " sha256, source, fetched_at, from_cache, rule)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    def fetch_log(self, lookup_id: int) -> list[FetchRecord]:
        rows = self._db.execute(
            "SELECT url, final_url, outcome, status, robots, sha256, source, fetched_at,"
            " from_cache, rule FROM fetch_log WHERE lookup_id = ? ORDER BY id",
            (lookup_id,),
        ).fetchall()
        return [
            FetchRecord(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                datetime.fromisoformat(r[7]),
                bool(r[8]),
                r[9],
            )
            for r in rows
        ]

    def _row(self, r: tuple[Any, ...]) -> LookupRow:
        return LookupRow(
            id=r[0],
            created_at=datetime.fromisoformat(r[1]),
            finished_at=datetime.fromisoformat(r[2]) if r[2] else None,
            subject=Subject.model_validate_json(r[3]),
            status=r[4],
            detail=r[5],
            has_comparison=bool(r[6]),
            inputs=json.loads(r[7] or "{}"),
        )

    _COLUMNS = (
        "id, created_at, finished_at, subject_json, status, detail,"
        " comparison_json IS NOT NULL, inputs_json"
    )

    def lookups(self) -> list[LookupRow]:
        rows = self._db.execute(f"SELECT {self._COLUMNS} FROM lookups ORDER BY id").fetchall()
        return [self._row(r) for r in rows]

    def lookup(self, lookup_id: int) -> LookupRow | None:
        row = self._db.execute(
            f"SELECT {self._COLUMNS} FROM lookups WHERE id = ?", (lookup_id,)
        ).fetchone()
        return self._row(row) if row else None

    def comparison(self, lookup_id: int) -> Comparison | None:
        row = self._db.execute(
            "SELECT comparison_json FROM lookups WHERE id = ?", (lookup_id,)
        ).fetchone()
        if not row or not row[0]:
            return None
        return Comparison.model_validate_json(row[0])

    def counts(self) -> dict[str, int]:
        return {
            table: int(self._db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
            for table in TABLES
        }

    # forgetting ----------------------------------------------------------------------

    def _urls_of(self, lookup_ids: Iterable[int]) -> set[str]:
        urls: set[str] = set()
        for lookup_id in lookup_ids:
            for query in (
                "SELECT url FROM leads WHERE lookup_id = ?",
                "SELECT url FROM facts WHERE lookup_id = ?",
                "SELECT url FROM fetch_log WHERE lookup_id = ?",
                "SELECT final_url FROM fetch_log WHERE lookup_id = ?",
            ):
                urls.update(r[0] for r in self._db.execute(query, (lookup_id,)))
        return urls

    def plan_forget(self, *, name: str | None = None, lookup_id: int | None = None) -> ForgetPlan:
        """What ``forget`` would remove: the lookups of a person (by name) or one lookup."""
        if lookup_id is not None:
            rows = self._db.execute(
                "SELECT id, subject_json FROM lookups WHERE id = ?", (lookup_id,)
            ).fetchall()
        elif name is not None:
            rows = self._db.execute(
                "SELECT id, subject_json FROM lookups WHERE person_key = ? ORDER BY id",
                (person_key(name),),
            ).fetchall()
        else:
            raise ValueError("plan_forget needs a name or a lookup id")
        ids = tuple(int(r[0]) for r in rows)
        names = tuple(sorted({Subject.model_validate_json(r[1]).name for r in rows}))
        counts = {"lookups": len(ids)}
        for table in TABLES[1:]:
            total = 0
            for one in ids:
                total += int(
                    self._db.execute(
                        f"SELECT COUNT(*) FROM {table} WHERE lookup_id = ?", (one,)
                    ).fetchone()[0]
                )
            counts[table] = total
        others = [r[0] for r in self._db.execute("SELECT id FROM lookups") if r[0] not in ids]
        mine, theirs = self._urls_of(ids), self._urls_of(others)
        urls = mine - theirs
        hosts = _hosts(mine) - _hosts(theirs)
        return ForgetPlan(ids, names, counts, tuple(sorted(urls)), tuple(sorted(hosts)))

    def forget(self, plan: ForgetPlan) -> dict[str, int]:
        """Delete the plan's lookups and everything that hangs on them; returns how many
        rows of each table were deleted. The file is then vacuumed and its log truncated,
        so the deleted rows are gone from the disk, not only from the tables."""
        deleted = dict.fromkeys(TABLES, 0)
        with self._tx() as db:
            for lookup_id in plan.lookup_ids:
                for table in TABLES[1:]:
                    deleted[table] += int(
                        db.execute(
                            f"SELECT COUNT(*) FROM {table} WHERE lookup_id = ?", (lookup_id,)
                        ).fetchone()[0]
                    )
                deleted["lookups"] += db.execute(
                    "DELETE FROM lookups WHERE id = ?", (lookup_id,)
                ).rowcount
        self.compact()
        return deleted

    def compact(self) -> None:
        """Rewrite the file without free pages and empty the write-ahead log."""
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._db.execute("VACUUM")
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def purge_expired(self, retention_days: int, *, now: datetime | None = None) -> PurgeReport:
        """Remove lookups and facts older than the retention period (0 keeps nothing)."""
        cutoff = _iso((now or _now()) - timedelta(days=retention_days))
        old = [
            int(r[0])
            for r in self._db.execute("SELECT id FROM lookups WHERE created_at < ?", (cutoff,))
        ]
        keep = [
            int(r[0])
            for r in self._db.execute("SELECT id FROM lookups WHERE created_at >= ?", (cutoff,))
        ]
        urls = self._urls_of(old) - self._urls_of(keep)
        with self._tx() as db:
            facts = db.execute("DELETE FROM facts WHERE collected_at < ?", (cutoff,)).rowcount
            for lookup_id in old:
                db.execute("DELETE FROM lookups WHERE id = ?", (lookup_id,))
        if old or facts > 0:
            self.compact()
        return PurgeReport(lookups=len(old), facts=max(0, facts), urls=tuple(sorted(urls)))

    def backdate(self, lookup_id: int, days: int) -> None:
        """Make a lookup and its facts look ``days`` older (for retention tests and demos)."""
        with self._tx() as db:
            for table, column in (("lookups", "created_at"), ("facts", "collected_at")):
                key = "id" if table == "lookups" else "lookup_id"
                rows = db.execute(
                    f"SELECT rowid, {column} FROM {table} WHERE {key} = ?", (lookup_id,)
                ).fetchall()
                for rowid, stamp in rows:
                    moved = datetime.fromisoformat(stamp) - timedelta(days=days)
                    db.execute(
                        f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (_iso(moved), rowid)
                    )


__all__ = [
    "SCHEMA_VERSION",
    "FetchRecord",
    "ForgetPlan",
    "LookupRow",
    "PurgeReport",
    "Store",
    "person_key",
]
