"""Both careers on one SVG timeline, aligned to the hire date (``as_of``).

One calendar axis for both people; a vertical line marks ``as_of``; each side's experiences
are bars in its own band (overlapping jobs on extra lanes); the hire's new job, as the
comparison recorded it (:attr:`~research.model.Comparison.new_role`), is drawn apart
(hatched); nothing here decides which job that is. Undated experiences are not drawn (the
coverage section counts them). All text is escaped; the SVG has no scripts, links or
external references.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from research.model import Career, Comparison, Experience, PartialDate
from research.report.view import shorten

WIDTH = 900
LEFT = 90
RIGHT = 20
LANE = 22
BAND_GAP = 14
TOP = 28
COLOURS = {"you": "#1565c0", "hire": "#6a1b9a", "new": "#ef6c00"}


@dataclass(frozen=True)
class Bar:
    first: int
    last: int
    label: str
    kind: str


def _bars(
    career: Career | None, as_of: PartialDate, new: Experience | None, side: str
) -> list[Bar]:
    if career is None:
        return []
    bars: list[Bar] = []
    for e in career.experiences:
        if e.start is None:
            continue
        first = e.start.first_month()
        last = e.end.last_month() if e.end is not None else max(as_of.last_month(), first)
        label = ", ".join(p for p in (e.title, e.employer) if p)
        kind = "new" if new is not None and e is new else side
        bars.append(Bar(first, max(first, last), shorten(label, 60), kind))
    return sorted(bars, key=lambda b: (b.first, b.last, b.label))


def _lanes(bars: list[Bar]) -> list[tuple[int, Bar]]:
    ends: list[int] = []
    placed: list[tuple[int, Bar]] = []
    for bar in bars:
        for lane, end in enumerate(ends):
            if bar.first > end:
                ends[lane] = bar.last
                placed.append((lane, bar))
                break
        else:
            ends.append(bar.last)
            placed.append((len(ends) - 1, bar))
    return placed


def svg(comparison: Comparison) -> Markup:
    """The timeline as inline SVG markup (empty when nothing is dated)."""
    as_of = comparison.as_of
    if as_of is None:
        return Markup("")
    new = comparison.new_role_experience()
    sides = [
        ("You", _bars(comparison.you, as_of, None, "you")),
        ("The hire", _bars(comparison.hire, as_of, new, "hire")),
    ]
    all_bars = [b for _, bars in sides for b in bars]
    if not all_bars:
        return Markup("")
    lo = min(min(b.first for b in all_bars), as_of.first_month()) - 6
    hi = max(max(b.last for b in all_bars), as_of.last_month()) + 6
    lo -= lo % 12
    span = max(hi - lo, 1)
    plot = WIDTH - LEFT - RIGHT

    def x(month: int) -> float:
        return round(LEFT + (month - lo) / span * plot, 1)

    parts: list[str] = []
    y = TOP
    for name, bars in sides:
        placed = _lanes(bars)
        lanes = max((lane for lane, _ in placed), default=0) + 1
        height = lanes * LANE
        parts.append(
            f'<text x="4" y="{y + 15}" font-size="12" font-weight="bold">{escape(name)}</text>'
        )
        parts.append(f'<rect x="{LEFT}" y="{y}" width="{plot}" height="{height}" fill="#f5f5f5"/>')
        if not placed:
            parts.append(
                f'<text x="{LEFT + 6}" y="{y + 15}" font-size="11" fill="#616161">'
                "no dated experience</text>"
            )
        for lane, bar in placed:
            bx, bw = x(bar.first), max(x(bar.last + 1) - x(bar.first), 2.0)
            by = y + lane * LANE + 2
            fill = COLOURS[bar.kind]
            pattern = (
                ' fill-opacity="0.55" stroke="#ef6c00" stroke-dasharray="4 2"'
                if (bar.kind == "new")
                else ""
            )
            parts.append(
                f'<rect x="{bx}" y="{by}" width="{round(bw, 1)}" height="{LANE - 4}" '
                f'rx="3" fill="{fill}"{pattern}><title>{escape(bar.label)}</title></rect>'
            )
            chars = int(bw / 6.2)
            if chars >= 4:
                parts.append(
                    f'<text x="{bx + 4}" y="{by + 13}" font-size="10" fill="#fff">'
                    f"{escape(shorten(bar.label, chars))}</text>"
                )
        y += height + BAND_GAP
    bottom = y
    for year in range(lo // 12, hi // 12 + 1):
        tx = x(year * 12)
        if tx < LEFT or tx > WIDTH - RIGHT:
            continue
        parts.append(
            f'<line x1="{tx}" y1="{TOP - 6}" x2="{tx}" y2="{bottom - BAND_GAP}" stroke="#e0e0e0"/>'
        )
        parts.append(
            f'<text x="{tx}" y="{TOP - 10}" font-size="10" text-anchor="middle" '
            f'fill="#616161">{year}</text>'
        )
    ax = x(as_of.first_month())
    parts.append(
        f'<line x1="{ax}" y1="{TOP - 4}" x2="{ax}" y2="{bottom - BAND_GAP + 4}" '
        'stroke="#d32f2f" stroke-width="2"/>'
    )
    parts.append(
        f'<text x="{ax - 4 if ax > WIDTH - 120 else ax + 4}" y="{bottom}" font-size="11" '
        f'text-anchor="{"end" if ax > WIDTH - 120 else "start"}" fill="#d32f2f">'
        f"as of {escape(str(as_of))}</text>"
    )
    height = bottom + 8
    body = "".join(parts)
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" role="img" aria-label="Career timeline of both sides, as of '
        f'{escape(str(as_of))}" font-family="sans-serif">{body}</svg>'
    )


__all__ = ["svg"]
