"""Files the user uploads: checked (type by name, size), kept 0600 in a 0700 folder of the
runnerup home, one folder per lookup, removed when the lookup ends unless the user keeps it."""

from __future__ import annotations

import os
import re
import secrets
import shutil
from pathlib import Path
from typing import Protocol

from research.errors import InputError

ALLOWED = (".pdf", ".docx", ".txt", ".md", ".markdown", ".html", ".htm", ".json")
MAX_UPLOAD = 10 * 1024 * 1024
"""Bytes one uploaded file may have."""
MAX_FILES = 6


class Upload(Protocol):
    """What Starlette's ``UploadFile`` offers that we use."""

    filename: str | None

    async def read(self, size: int = -1) -> bytes: ...


class UploadRefused(InputError):
    """An upload of a type runnerup does not read, too large, or empty."""


def safe_name(name: str) -> str:
    """The file's own name, reduced to characters safe on any file system."""
    base = Path(name.replace("\\", "/")).name
    cleaned = re.sub(r"[^A-Za-z0-9._ -]+", "_", base).strip(" .") or "upload"
    return cleaned[:100]


def new_folder(home: Path) -> Path:
    root = home / "uploads"
    root.mkdir(parents=True, exist_ok=True)
    os.chmod(root, 0o700)
    folder = root / secrets.token_hex(8)
    folder.mkdir(mode=0o700)
    return folder


async def save(upload: Upload, folder: Path) -> Path:
    """Write one upload into ``folder`` (0600); refuses other types and oversized files."""
    name = safe_name(upload.filename or "")
    if not name.lower().endswith(ALLOWED):
        raise UploadRefused(
            name,
            "this type of file is not read by runnerup",
            "Upload a PDF, DOCX, plain text, Markdown, HTML or JSON Resume file.",
        )
    data = await upload.read(MAX_UPLOAD + 1)
    if len(data) > MAX_UPLOAD:
        raise UploadRefused(
            name,
            f"the file is over the {MAX_UPLOAD // (1024 * 1024)} MiB limit for an upload",
            "Save a smaller copy (for example without embedded pictures) and try again.",
        )
    if not data:
        raise UploadRefused(name, "the file is empty", "Choose the file again.")
    path = folder / name
    number = 1
    while path.exists():
        number += 1
        path = folder / f"{number}-{name}"
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    return path


def discard(folder: Path | None) -> None:
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def shown(message: str, folder: Path | None) -> str:
    """A message about an uploaded file, without the private folder it was saved in."""
    if folder is None:
        return message
    return message.replace(f"{folder}{os.sep}", "")


__all__ = [
    "ALLOWED",
    "MAX_FILES",
    "MAX_UPLOAD",
    "UploadRefused",
    "discard",
    "new_folder",
    "safe_name",
    "save",
    "shown",
]
