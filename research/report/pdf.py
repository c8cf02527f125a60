"""The PDF report: the HTML report printed by WeasyPrint (the ``pdf`` extra), imported only
when a PDF is asked for. WeasyPrint fetches nothing: its URL fetcher refuses every URL."""

from __future__ import annotations

from typing import Any, NoReturn

from research.errors import RunnerupError
from research.model import Comparison
from research.report.html import render_html

NEEDS_EXTRA = "PDF output needs the 'pdf' extra: pip install 'runnerup[pdf]'"


def _refuse(url: str, *args: Any, **kwargs: Any) -> NoReturn:
    raise ValueError(f"the PDF report fetches nothing ({url[:60]})")


def _weasyprint() -> Any:
    try:
        import weasyprint
    except (ImportError, OSError) as error:
        raise RunnerupError(NEEDS_EXTRA, hint=f"({type(error).__name__}: {error})") from None
    return weasyprint


def render_pdf(comparison: Comparison) -> bytes:
    weasyprint = _weasyprint()
    document = weasyprint.HTML(string=render_html(comparison), url_fetcher=_refuse)
    data: bytes = document.write_pdf()
    return data


__all__ = ["NEEDS_EXTRA", "render_pdf"]
