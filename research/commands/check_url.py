"""``runnerup check-url URL``: would runnerup fetch this URL, and why? Fetches only
robots.txt.

The answer names the rule that governs the URL: ``robots.txt``, or ``api-terms <terms URL>``
when the URL is a documented API endpoint that an installed source declares (that source's
calls to it follow the API's terms; any other fetch of it still obeys robots.txt, whose
verdict is shown too)."""

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
            "--json",
            help='Print {"url", "allowed", "reason", "detail", "rule", "api_source", "robots"} '
            "as JSON for machines; rule is robots.txt or api-terms <terms URL>.",
        ),
    ] = False,
) -> None:
    """Say whether runnerup would fetch URL and why (robots.txt, a documented API's terms, the
    site's terms, the address), fetching nothing but the site's robots.txt. A source's own
    documented API endpoint follows that API's terms instead of robots.txt (unless
    [fetch] robots_for_apis = true). Exit 0 when allowed, 1 when not."""
    from research.commands._invocation import run_reporting_errors

    allowed = run_reporting_errors(lambda: _check(ctx, url, json_))
    if not allowed:
        raise typer.Exit(1)


def _check(ctx: typer.Context, url: str, as_json: bool) -> bool:
    import asyncio

    from research.commands._invocation import settings_of
    from research.config import load_config
    from research.doors import open_door

    settings = settings_of(ctx)
    config = load_config(settings.config_path)

    async def run() -> Any:
        async with open_door(settings, config) as door:
            return await door.check(url)

    result = asyncio.run(run())
    if as_json:
        sys.stdout.write(json.dumps(result.to_json(), indent=2) + "\n")
    elif result.rule.startswith("api-terms"):
        terms = result.rule.removeprefix("api-terms").strip()
        typer.echo(
            f"runnerup's {result.api_source} source may fetch {url}: it is a documented API "
            "endpoint, governed by the API's terms and limits, not robots.txt."
        )
        typer.echo(f"Rule: api-terms {terms}")
        typer.echo(f"robots.txt (for any other fetch of it): {result.robots}")
    else:
        sentence = SENTENCES.get(result.reason, "runnerup will not fetch {url}.")
        typer.echo(sentence.format(url=url))
        if result.detail:
            label = "Rule" if result.reason in ("allowed", "disallowed") else "Why"
            typer.echo(f"{label}: {result.detail}")
        if result.api_source:
            typer.echo(
                f"It is a documented API endpoint of the {result.api_source} source, but "
                "[fetch] robots_for_apis = true makes API calls obey robots.txt too."
            )
    return bool(result.allowed)
