"""The PDF report: the HTML report printed by WeasyPrint (the ``pdf`` extra), imported only
when a PDF is asked for. WeasyPrint fetches nothing: its URL fetcher refuses every URL."""

from __future__ import annotations

from typing import Any, NoReturn

from research.errors import RunnerupError
from research.model import Comparison
from research.report.html import render_html

NEEDS_EXTRA = "PDF output needs the 'pdf' extra: pip install 'runnerup[pdf]'"
NEEDS_LIBRARIES = (
    "PDF output needs the Pango text libraries, which WeasyPrint loads from the system: "
    "on Debian/Ubuntu apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0; "
    "on macOS brew install pango. Other formats (html, md, json) need nothing more"
)


def _refuse(url: str, *args: Any, **kwargs: Any) -> NoReturn:
    raise ValueError(f"the PDF report fetches nothing ({url[:60]})")


def _weasyprint() -> Any:
    try:
        import weasyprint
    except ImportError as error:
        raise RunnerupError(NEEDS_EXTRA, hint=f"({type(error).__name__}: {error})") from None
    except OSError as error:
        # WeasyPrint is installed but a system library it dlopens is missing
        raise RunnerupError(NEEDS_LIBRARIES, hint=f"({error})") from None
    return weasyprint


def render_pdf(comparison: Comparison) -> bytes:
    weasyprint = _weasyprint()
    document = weasyprint.HTML(string=render_html(comparison), url_fetcher=_refuse)
    data: bytes = document.write_pdf()
    return data


__all__ = ["NEEDS_EXTRA", "NEEDS_LIBRARIES", "render_pdf"]
