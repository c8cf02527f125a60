"""The requirement coverage chart: one stacked SVG bar per side (met, partial, not shown,
unknown). Numbers and fixed labels only; nothing from outside."""

from __future__ import annotations

from markupsafe import Markup

from research.model import Comparison
from research.report.view import VERDICT_COLOUR, VERDICT_LABEL, VERDICTS, counts

WIDTH = 600
LEFT = 80
BAR = 26


def coverage_svg(comparison: Comparison) -> Markup:
    rows = comparison.requirements
    if not rows:
        return Markup("")
    total = len(rows)
    plot = WIDTH - LEFT - 10
    parts: list[str] = []
    y = 10
    for label, side in (("You", "you"), ("The hire", "hire")):
        parts.append(f'<text x="4" y="{y + 17}" font-size="12">{label}</text>')
        x = float(LEFT)
        for verdict, n in counts(rows, side).items():
            if not n:
                continue
            w = round(n / total * plot, 1)
            parts.append(
                f'<rect x="{x}" y="{y}" width="{w}" height="{BAR}" '
                f'fill="{VERDICT_COLOUR[verdict]}"><title>{VERDICT_LABEL[verdict]}: {n}</title>'
                "</rect>"
            )
            if w >= 18:
                parts.append(
                    f'<text x="{round(x + w / 2, 1)}" y="{y + 17}" font-size="12" '
                    f'text-anchor="middle" fill="#fff">{n}</text>'
                )
            x = round(x + w, 1)
        y += BAR + 8
    lx = float(LEFT)
    for verdict in VERDICTS:
        parts.append(
            f'<rect x="{lx}" y="{y + 2}" width="10" height="10" fill="{VERDICT_COLOUR[verdict]}"/>'
        )
        parts.append(
            f'<text x="{lx + 14}" y="{y + 11}" font-size="11">{VERDICT_LABEL[verdict]}</text>'
        )
        lx += 110
    height = y + 20
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="100%" '
        f'style="max-width:{WIDTH}px" role="img" aria-label="Requirements met per side" '
        f'font-family="sans-serif">{"".join(parts)}</svg>'
    )


__all__ = ["coverage_svg"]
