"""Where a report goes: stdout for text, Markdown and JSON without ``--out``; a file for
HTML and PDF. An existing file is never overwritten without ``--force``."""

from __future__ import annotations

import sys
from pathlib import Path

from research.errors import RunnerupError, UsageError
from research.model import Comparison

FORMATS = ("text", "html", "md", "json", "pdf")
_EXTENSIONS = {"text": "txt", "md": "md", "json": "json", "html": "html", "pdf": "pdf"}


def check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise UsageError(f"--format {fmt!r} is not one of: {', '.join(FORMATS)}")


def free_path(stem: str, fmt: str, directory: Path | None = None) -> Path:
    """``<stem>.<ext>`` in the folder, numbered when the name is taken."""
    folder = directory or Path.cwd()
    ext = _EXTENSIONS[fmt]
    path = folder / f"{stem}.{ext}"
    number = 1
    while path.exists():
        number += 1
        path = folder / f"{stem}-{number}.{ext}"
    return path


def check_out(out: str | None, force: bool) -> None:
    """Refuse an existing --out before any work is done."""
    if out is None:
        return
    path = Path(out)
    if path.is_dir():
        raise UsageError(f"--out {out}: is a folder", hint="Give a file name, e.g. report.html")
    if path.exists() and not force:
        raise RunnerupError(
            f"--out {out}: the file already exists and was left as it is",
            hint="Choose another --out, or add --force to overwrite it.",
        )


def emit(comparison: Comparison, fmt: str, out: str | None, *, force: bool) -> Path | None:
    """Render and deliver the report; returns the file written, if any."""
    from research.report import render

    check_format(fmt)
    check_out(out, force)
    if out is None and fmt in ("text", "md", "json"):
        if fmt == "text":
            from rich.console import Console

            from research.report.terminal import print_report

            print_report(comparison, Console())
            return None
        text = render(comparison, fmt)
        assert isinstance(text, str)
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return None
    path = Path(out) if out else free_path("runnerup-report", fmt)
    data = render(comparison, fmt)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        tmp.write_bytes(payload)
        tmp.replace(path)
    except OSError as error:
        raise RunnerupError(
            f"{path}: cannot write the report ({error.strerror})",
            hint="Check the folder exists and is writable, or choose another --out.",
        ) from None
    print(f"Report written to {path}", file=sys.stderr)
    return path
