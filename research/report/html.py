"""The HTML report: one self-contained file.

Inline CSS and SVG only; no scripts, fonts or images by URL; a Content-Security-Policy meta
tag forbids every fetch (``default-src 'none'``). Jinja2 autoescapes every string; links
are made only for plain http(s) URLs (anything else is shown as text). Prints well.
"""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from research.model import Comparison
from research.report.charts import coverage_svg
from research.report.timeline import svg as timeline_svg
from research.report.view import (
    ACTION_LABEL,
    LEANS_LABEL,
    VERDICT_LABEL,
    answers,
    as_of_text,
    counts,
    safe_url,
    title,
)

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'"
)


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("research.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["safe_url"] = safe_url
    return env


def render_html(comparison: Comparison) -> str:
    template = environment().get_template("report.html.j2")
    return template.render(
        c=comparison,
        csp=CSP,
        title=title(comparison),
        as_of=as_of_text(comparison),
        answers=answers(comparison),
        leans_label=LEANS_LABEL,
        verdict_label=VERDICT_LABEL,
        action_label=ACTION_LABEL,
        you_counts=counts(comparison.requirements, "you"),
        hire_counts=counts(comparison.requirements, "hire"),
        timeline=timeline_svg(comparison),
        chart=coverage_svg(comparison),
    )


__all__ = ["CSP", "environment", "render_html"]
