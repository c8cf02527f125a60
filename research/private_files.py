"""Files that hold what runnerup learned about a person are private to the user: folders
runnerup creates are 0700, the store, the HTTP cache, the robots cache and reports 0600.

POSIX permissions only; on other systems these calls do what the platform allows.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600


def private_dir(path: Path) -> None:
    """Create ``path`` (and missing parents) as 0700 folders. A folder that already exists
    is left as it is: it may be one the user chose and shares (``--home``)."""
    missing = []
    current = path
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    for folder in missing:
        with contextlib.suppress(OSError):
            os.chmod(folder, DIR_MODE)  # mkdir's mode is reduced by the umask


def private_file(path: Path) -> None:
    """Make sure ``path`` exists and only its owner may read or write it (0600); an
    existing file of runnerup's that others could read is tightened."""
    private_dir(path.parent)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
    except FileExistsError:
        with contextlib.suppress(OSError):
            if stat.S_IMODE(path.stat().st_mode) & 0o077:
                os.chmod(path, FILE_MODE)
        return
    os.close(fd)
    with contextlib.suppress(OSError):
        os.chmod(path, FILE_MODE)


def tighten(path: Path) -> None:
    """0600 for an existing file of runnerup's (a SQLite -wal or -shm file); nothing when
    it does not exist."""
    with contextlib.suppress(OSError):
        if stat.S_IMODE(path.stat().st_mode) & 0o077:
            os.chmod(path, FILE_MODE)


__all__ = ["DIR_MODE", "FILE_MODE", "private_dir", "private_file", "tighten"]
