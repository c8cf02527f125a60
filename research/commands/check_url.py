"""``runnerup check-url URL``: would runnerup fetch this URL, and why? Fetches only
robots.txt."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

SENTENCES = {
    "allowed": "runnerup may fetch {url}: robots.txt allows it.",
    "disallowed": "runnerup will not fetch {url}: the site's robots.txt disallows it.",
    "forbidden_by_terms": (
        "runnerup will not fetch {url}: the site's terms forbid automated access."
    ),
    "unsafe_address": (
        "runnerup will not fetch {url}: it points to a private or local network address."
    ),
    "unsupported_scheme": "runnerup will not fetch {url}: only http and https pages are fetched.",
    "unreachable": "runnerup cannot fetch {url}: the site cannot be found.",
}


def command(
    ctx: typer.Context,
    url: Annotated[
        str, typer.Argument(metavar="URL", help="The address to check, e.g. https://example.org/cv")
    ],
    json_: Annotated[
        bool,
        typer.Option(
            "--json", help='Print {"url", "allowed", "reason", "detail"} as JSON for machines.'
        ),
    ] = False,
) -> None:
    """Say whether runnerup would fetch URL and why (robots.txt, the site's terms, the
    address), fetching nothing but the site's robots.txt. Exit 0 when allowed, 1 when not."""
    from research.cli import run_reporting_errors

    allowed = run_reporting_errors(lambda: _check(ctx, url, json_))
    if not allowed:
        raise typer.Exit(1)


def _check(ctx: typer.Context, url: str, as_json: bool) -> bool:
    import asyncio

    from research.cli import settings_of
    from research.config import load_config
    from research.fetch.door import door_from

    settings = settings_of(ctx)
    config = load_config(settings.config_path)

    async def run() -> Any:
        async with door_from(settings, config) as door:
            return await door.check(url)

    result = asyncio.run(run())
    if as_json:
        sys.stdout.write(json.dumps(result.to_json(), indent=2) + "\n")
    else:
        sentence = SENTENCES.get(result.reason, "runnerup will not fetch {url}.")
        typer.echo(sentence.format(url=url))
        if result.detail:
            label = "Rule" if result.reason in ("allowed", "disallowed") else "Why"
            typer.echo(f"{label}: {result.detail}")
    return bool(result.allowed)
