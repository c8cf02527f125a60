"""Where a report goes: stdout for text, Markdown and JSON without ``--out``; a file for
HTML and PDF. An existing file is never overwritten without ``--force``.

The format comes from ``--format``, else from the ``--out`` file's extension (``.html``,
``.htm``, ``.md``, ``.markdown``, ``.json``, ``.pdf``, ``.txt``), else ``text``. An
extension that names another format than ``--format`` is a usage error (exit 2): a file
called ``report.html`` never holds terminal text."""

from __future__ import annotations

import sys
from pathlib import Path

from research.errors import RunnerupError, UsageError
from research.model import Comparison

FORMATS = ("text", "html", "md", "json", "pdf")
_EXTENSIONS = {"text": "txt", "md": "md", "json": "json", "html": "html", "pdf": "pdf"}
FORMAT_OF_EXTENSION = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".markdown": "md",
    ".json": "json",
    ".pdf": "pdf",
}
"""The file extensions that name a format (any case)."""


def check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise UsageError(f"--format {fmt!r} is not one of: {', '.join(FORMATS)}")


def format_of_file(out: str) -> str | None:
    """The format an ``--out`` file's extension names, or None (no or another extension)."""
    return FORMAT_OF_EXTENSION.get(Path(out).suffix.casefold())


def resolve_format(fmt: str | None, out: str | None) -> str:
    """The report's format: ``--format``, else the ``--out`` extension's, else ``text``.

    Raises :class:`UsageError` (exit 2) for an unknown ``--format`` and when the ``--out``
    extension names another format than ``--format`` (``-f md -o report.html``)."""
    if fmt is not None:
        check_format(fmt)
    implied = format_of_file(out) if out else None
    if fmt is None:
        return implied or "text"
    if implied is not None and implied != fmt:
        suffix = Path(out or "").suffix
        raise UsageError(
            f"--format {fmt} contradicts --out {out}: a {suffix} file holds {implied}",
            hint=(
                f"Drop --format (the extension picks {implied}), or name the file "
                f"*.{_EXTENSIONS[fmt]} for {fmt}."
            ),
        )
    return fmt


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
    """Refuse an existing --out before any work is done (exit 2, naming the file)."""
    if out is None:
        return
    path = Path(out)
    if path.is_dir():
        raise UsageError(f"--out {out}: is a folder", hint="Give a file name, e.g. report.html")
    if path.exists() and not force:
        raise UsageError(
            f"{out} already exists and was left as it is",
            hint="Choose another --out, or add --force to overwrite it.",
        )


def emit(
    comparison: Comparison,
    fmt: str,
    out: str | None,
    *,
    force: bool,
    stem: str = "runnerup-report",
) -> Path | None:
    """Deliver the report: text, Markdown and JSON to stdout without --out; otherwise a file
    (``<stem>.<ext>`` numbered when taken); returns the file written, if any."""
    from research.report import render, write_report

    check_format(fmt)
    check_out(out, force)
    if out is None and fmt in ("text", "md", "json"):
        if fmt == "text":
            from rich.console import Console

            from research.report.terminal import WIDTH, print_report

            console = Console(highlight=False)
            if not console.is_terminal:
                console = Console(highlight=False, width=WIDTH)
            print_report(comparison, console)
            return None
        text = render(comparison, fmt)
        assert isinstance(text, str)
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return None
    path = Path(out) if out else free_path(stem, fmt)
    try:
        write_report(comparison, fmt, path, force=force)
    except OSError as error:
        raise RunnerupError(
            f"{path}: cannot write the report ({error.strerror})",
            hint="Check the folder exists and is writable, or choose another --out.",
        ) from None
    print(f"Report written to {path}", file=sys.stderr)
    return path
