"""Render a :class:`~research.model.Comparison`: terminal text, HTML, Markdown, JSON, PDF.

Rendering is pure (:func:`render` returns ``str`` or ``bytes``); only :func:`write_report`
writes a file, and it never overwrites one without ``force``. The comparison is scrubbed of
contact details again before rendering (defence in depth).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Literal, get_args

from research.errors import UsageError
from research.model import Comparison

Format = Literal["text", "html", "md", "json", "pdf"]
FORMATS: tuple[str, ...] = get_args(Format)
EXTENSIONS: dict[str, str] = {
    "text": "txt",
    "html": "html",
    "md": "md",
    "json": "json",
    "pdf": "pdf",
}


def render(comparison: Comparison, fmt: str) -> str | bytes:
    """The report in one format: ``text`` (80 columns), ``html``, ``md``, ``json`` (str) or
    ``pdf`` (bytes)."""
    from research.privacy import scrub_model

    comparison = scrub_model(comparison)
    if fmt == "text":
        from research.report.terminal import render_text

        return render_text(comparison)
    if fmt == "html":
        from research.report.html import render_html

        return render_html(comparison)
    if fmt == "md":
        from research.report.markdown import render_markdown

        return render_markdown(comparison)
    if fmt == "json":
        from research.report.json import render_json

        return render_json(comparison)
    if fmt == "pdf":
        from research.report.pdf import render_pdf

        return render_pdf(comparison)
    raise UsageError(f"unknown report format {fmt!r}", hint="Use one of: " + ", ".join(FORMATS))


def write_report(comparison: Comparison, fmt: str, out: Path, force: bool = False) -> Path:
    """Render and write the report to ``out``. An existing file is kept unless ``force``
    (:class:`~research.errors.UsageError`, exit 2, naming the file). Written to a temporary
    file in the same folder first, then moved into place."""
    if out.is_dir():
        raise UsageError(f"{out} is a folder", hint="Give a file name with --out.")
    if out.exists() and not force:
        raise UsageError(f"{out} already exists", hint="Use --force to overwrite it.")
    data = render(comparison, fmt)
    payload = data if isinstance(data, bytes) else data.encode("utf-8")
    folder = out.parent if str(out.parent) else Path(".")
    fd, temp = tempfile.mkstemp(prefix=".runnerup-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        if not force and out.exists():
            raise UsageError(f"{out} already exists", hint="Use --force to overwrite it.")
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return out


__all__ = ["EXTENSIONS", "FORMATS", "Format", "render", "write_report"]
