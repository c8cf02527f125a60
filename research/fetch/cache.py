"""The HTTP cache: hishel 2.x in RFC 9111 mode (a private cache: ``no-store`` is never
stored, freshness and validators are honoured), SQLite under the cache folder.

Entries are keyed by the request URL as given (the original ``https://`` URL even when
``--connect-to`` routes it elsewhere), so :func:`forget_urls` can delete them by URL, and by
host (each entry's stored request names its URL). The file is created 0600.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

CACHE_FILE = "http-cache.sqlite3"


def cache_key(url: str) -> str:
    """The key hishel 2.x uses in RFC mode for ``url``."""
    return hashlib.sha256(f"RFC {url}".encode()).hexdigest()


class _InlineCursor:
    """anysqlite's cursor API, run inline: SQLite on a local file answers in microseconds,
    far less than a hop to a worker thread and back costs (anysqlite does one per call)."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._cursor.lastrowid

    @property
    def description(self) -> Any:
        return self._cursor.description

    async def execute(self, sql: str, parameters: Any = ()) -> _InlineCursor:
        self._cursor.execute(sql, parameters)
        return self

    async def executemany(self, sql: str, seq_of_parameters: Any) -> _InlineCursor:
        self._cursor.executemany(sql, seq_of_parameters)
        return self

    async def fetchone(self) -> Any:
        return self._cursor.fetchone()

    async def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    async def fetchmany(self, size: int = 1) -> list[Any]:
        return self._cursor.fetchmany(size)

    async def close(self) -> None:
        self._cursor.close()


class _InlineConnection:
    """anysqlite's connection API over a plain ``sqlite3`` connection (autocommit), opened
    on first use: a door that never caches a page never creates the file."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._opened: sqlite3.Connection | None = None

    @property
    def _connection(self) -> sqlite3.Connection:
        if self._opened is None:
            from research.private_files import private_file

            private_file(self._path)
            self._opened = sqlite3.connect(self._path, isolation_level=None, timeout=5)
        return self._opened

    async def cursor(self) -> _InlineCursor:
        return _InlineCursor(self._connection.cursor())

    async def execute(self, sql: str, parameters: Any = ()) -> _InlineCursor:
        return _InlineCursor(self._connection.execute(sql, parameters))

    async def executemany(self, sql: str, seq_of_parameters: Any) -> _InlineCursor:
        return _InlineCursor(self._connection.executemany(sql, seq_of_parameters))

    async def executescript(self, script: str) -> _InlineCursor:
        return _InlineCursor(self._connection.executescript(script))

    async def commit(self) -> None:
        self._connection.commit()

    async def rollback(self) -> None:
        self._connection.rollback()

    async def close(self) -> None:
        if self._opened is not None:
            self._opened.close()
            self._opened = None


def cache_transport(
    inner: httpx.AsyncBaseTransport, cache_dir: Path, *, max_entry: int
) -> tuple[httpx.AsyncBaseTransport, Any]:
    """The caching transport over ``inner`` and its storage."""
    from hishel import AsyncSqliteStorage, CacheOptions
    from hishel.httpx import AsyncCacheTransport

    path = cache_dir / CACHE_FILE
    storage = AsyncSqliteStorage(
        connection=_InlineConnection(path),  # type: ignore[arg-type]  # same API, inline
        database_path=path,
        max_stream_size=max_entry,
    )
    options = CacheOptions(shared=False, supported_methods=["GET", "HEAD"], allow_stale=False)
    transport = AsyncCacheTransport(next_transport=inner, storage=storage, rfc=options)
    return transport, storage


async def remove_cached(storage: Any, urls: Iterable[str]) -> int:
    """Hide the cached entries of ``urls`` in an open storage; returns how many."""
    removed = 0
    for url in urls:
        for entry in await storage.get_entries(cache_key(url)):
            await storage.remove_entry(entry.id)
            removed += 1
    return removed


def _url_keys(urls: Iterable[str]) -> list[bytes]:
    import httpx

    variants: set[str] = set()
    for url in urls:
        variants.add(url)
        try:
            variants.add(str(httpx.URL(url)))
        except httpx.InvalidURL:
            continue
    return [cache_key(url).encode() for url in sorted(variants)]


def _host_patterns(hosts: Iterable[str]) -> list[bytes]:
    """Byte patterns that find a host in an entry's stored request URL."""
    patterns = []
    for host in sorted({h.lower().rstrip(".") for h in hosts if h}):
        for end in ("/", ":", "?", "#"):
            patterns.append(f"//{host}{end}".encode())
    return patterns


def _matching(connection: sqlite3.Connection, keys: list[bytes], patterns: list[bytes]) -> set[Any]:
    ids: set[Any] = set()
    for key in keys:
        for row in connection.execute("SELECT id FROM entries WHERE cache_key = ?", (key,)):
            ids.add(row[0])
    for pattern in patterns:
        for row in connection.execute(
            "SELECT id FROM entries WHERE instr(lower(CAST(data AS BLOB)), ?) > 0", (pattern,)
        ):
            ids.add(row[0])
    return ids


def count_cached(cache_dir: Path, urls: Iterable[str], hosts: Iterable[str] = ()) -> int:
    """How many HTTP-cache entries :func:`forget_urls` would delete for these URLs and
    hosts (what ``runnerup forget`` announces before it erases)."""
    path = cache_dir / CACHE_FILE
    if not path.exists():
        return 0
    connection = sqlite3.connect(path, timeout=10)
    try:
        return len(_matching(connection, _url_keys(urls), _host_patterns(hosts)))
    except sqlite3.OperationalError as error:
        if "no such table" in str(error):
            return 0
        raise
    finally:
        connection.close()


def forget_urls(cache_dir: Path, urls: Iterable[str], hosts: Iterable[str] = ()) -> int:
    """Delete the HTTP-cache entries (and their bodies) of ``urls`` and of every URL on
    ``hosts``; returns how many were deleted. The deleted rows are overwritten, the file is
    vacuumed and its write-ahead log emptied, so nothing of them stays on disk. For
    ``runnerup forget`` and retention. A missing cache deletes nothing."""
    path = cache_dir / CACHE_FILE
    if not path.exists():
        return 0
    keys, patterns = _url_keys(urls), _host_patterns(hosts)
    if not keys and not patterns:
        return 0
    connection = sqlite3.connect(path, timeout=10, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("PRAGMA secure_delete=ON")
        try:
            connection.execute("BEGIN IMMEDIATE")
            ids = _matching(connection, keys, patterns)
            for id_ in ids:
                connection.execute("DELETE FROM streams WHERE entry_id = ?", (id_,))
                connection.execute("DELETE FROM entries WHERE id = ?", (id_,))
            connection.execute("COMMIT")
        except sqlite3.OperationalError as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            if "no such table" in str(error):
                return 0
            raise
        if ids:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute("VACUUM")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return len(ids)
    finally:
        connection.close()


__all__ = [
    "CACHE_FILE",
    "cache_key",
    "cache_transport",
    "count_cached",
    "forget_urls",
    "remove_cached",
]
