"""The HTTP cache: hishel 2.x in RFC 9111 mode (a private cache: ``no-store`` is never
stored, freshness and validators are honoured), SQLite under the cache folder.

Entries are keyed by the request URL as given (the original ``https://`` URL even when
``--connect-to`` routes it elsewhere), so :func:`forget_urls` can delete them by URL.
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
            self._path.parent.mkdir(parents=True, exist_ok=True)
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


def forget_urls(cache_dir: Path, urls: Iterable[str]) -> int:
    """Delete the HTTP-cache entries (and their bodies) of ``urls``; returns how many were
    deleted. For ``runnerup forget``. A missing cache deletes nothing."""
    path = cache_dir / CACHE_FILE
    if not path.exists():
        return 0
    import httpx

    variants: set[str] = set()
    for url in urls:
        variants.add(url)
        try:
            variants.add(str(httpx.URL(url)))
        except httpx.InvalidURL:
            continue
    keys = [cache_key(url).encode() for url in sorted(variants)]
    if not keys:
        return 0
    connection = sqlite3.connect(path, timeout=10)
    try:
        connection.execute("PRAGMA foreign_keys=ON")
        try:
            deleted = 0
            with connection:
                for key in keys:
                    ids = [
                        row[0]
                        for row in connection.execute(
                            "SELECT id FROM entries WHERE cache_key = ?", (key,)
                        )
                    ]
                    for id_ in ids:
                        connection.execute("DELETE FROM streams WHERE entry_id = ?", (id_,))
                        connection.execute("DELETE FROM entries WHERE id = ?", (id_,))
                    deleted += len(ids)
        except sqlite3.OperationalError as error:
            if "no such table" in str(error):
                return 0
            raise
        return deleted
    finally:
        connection.close()


__all__ = ["CACHE_FILE", "cache_key", "cache_transport", "forget_urls", "remove_cached"]
