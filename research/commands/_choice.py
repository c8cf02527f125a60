"""The terminal's side of choosing the hire among candidates: the table and the prompt.

Choosing is a call the front end makes: :mod:`research.identity` only decides whether a
candidate may be taken without asking (:func:`research.identity.decide`); the CLI shows
the candidates here and asks, and the web page asks through its own form (both reach the
pipeline through ``choose=``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

from rich.console import Console
from rich.table import Table

from research.model import Candidate

MAX_PROMPT_ATTEMPTS = 5


def _hosts(candidate: Candidate) -> str:
    seen: list[str] = []
    for lead in candidate.leads:
        host = (urlsplit(lead.url).hostname or lead.url).removeprefix("www.")
        if lead.url.startswith("file:"):  # a profile file the user gave: its name
            host = lead.title or host
        label = f"{lead.source}: {host}" + ("" if lead.fetchable else " (not read)")
        if label not in seen:
            seen.append(label)
    return "\n".join(seen)


def top_reasons(candidate: Candidate, limit: int = 3) -> list[str]:
    """The strongest reasons for, then any against."""
    ranked = sorted(
        (p for p in candidate.parts if p.detail),
        key=lambda p: (-abs(p.points), p.name),
    )
    pro = [p.detail for p in ranked if p.points > 0][:limit]
    con = [f"against: {p.detail}" for p in ranked if p.points < 0][:2]
    return pro + con


def render_candidates(candidates: Sequence[Candidate]) -> Table:
    """A table of the candidates: number, name, headline, employer, where found, score and
    top reasons. Pure: build it, print it elsewhere."""
    table = Table(title="Who is the hire?", show_lines=True)
    for column in ("#", "Name", "Headline", "Employer", "Where found", "Score", "Why"):
        table.add_column(column, justify="right" if column in ("#", "Score") else "left")
    for c in sorted(candidates, key=lambda c: c.id):
        table.add_row(
            str(c.id),
            c.name,
            c.headline or "",
            c.employer or "",
            _hosts(c),
            f"{c.score:.2f}",
            "\n".join(top_reasons(c)),
        )
    return table


def prompt_choice(
    candidates: Sequence[Candidate],
    console: Console,
    input_fn: Callable[[str], str] = input,
) -> Candidate | None:
    """Show the candidates and ask for a number; 0 or Enter means "none of these"
    (None). Invalid answers are asked again, at most :data:`MAX_PROMPT_ATTEMPTS` times."""
    if not candidates:
        console.print("No candidates were found.")
        return None
    ordered = sorted(candidates, key=lambda c: c.id)
    console.print(render_candidates(ordered))
    ids = [c.id for c in ordered]
    question = f"Which one is the hire? [{min(ids)}-{max(ids)}, 0 or Enter = none of these] "
    for _ in range(MAX_PROMPT_ATTEMPTS):
        try:
            answer = input_fn(question).strip()
        except EOFError:
            return None
        if answer in ("", "0"):
            return None
        if answer.isdigit() and int(answer) in ids:
            return next(c for c in ordered if c.id == int(answer))
        console.print(f"Please type a number from {min(ids)} to {max(ids)}, or 0 for none.")
    return None


__all__ = ["MAX_PROMPT_ATTEMPTS", "prompt_choice", "render_candidates"]
