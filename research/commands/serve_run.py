"""The body of ``runnerup serve``: bind 127.0.0.1, print the launch address, serve until
Ctrl+C. With ``--demo`` the demo web is served on loopback too, and a temporary home keeps
the demo's lookups apart from yours."""

from __future__ import annotations

import contextlib
import tempfile
import webbrowser
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer

from research.errors import RunnerupError

NEEDS_EXTRA = "runnerup serve needs the 'web' extra: pip install 'runnerup[web]'"
HOST = "127.0.0.1"


def demo_of(data: Any) -> Any:
    """``--demo``'s lookups: the form's request on the demo web, asking the user whenever
    identity is not certain."""
    from research.demo import run_demo_lookup
    from research.web.app import Demo

    async def run_demo(settings: Any, request: Any, listen: Any, choose: Any) -> Any:
        result, _ = await run_demo_lookup(
            settings, data, listen=listen, choose=choose, request=request
        )
        return result

    return Demo(resume=data.resume, run=run_demo)


@contextlib.contextmanager
def web_context(ctx: typer.Context, port: int, demo: bool) -> Iterator[Any]:
    from research.web.app import WebContext

    if not demo:
        from research.commands._invocation import settings_of
        from research.config import load_config

        settings = settings_of(ctx)
        yield WebContext(settings=settings, config=load_config(settings.config_path), port=port)
        return
    from research.demo import demo_config, demo_data
    from research.settings import ConnectTo, Settings
    from research.testing.web import FixtureWeb

    data = demo_data()
    with (
        tempfile.TemporaryDirectory(prefix="runnerup-serve-demo-") as home,
        FixtureWeb(data.web) as web,
    ):
        settings = Settings(home=Path(home), connect_to=(ConnectTo("*", HOST, web.port),))
        yield WebContext(settings=settings, config=demo_config(), port=port, demo=demo_of(data))


def run(ctx: typer.Context, *, port: int, open_browser: bool, demo: bool) -> None:
    try:
        from research.web.app import create_app, warm_up
        from research.web.server import bind, server_for
    except ImportError as error:
        raise RunnerupError(NEEDS_EXTRA, hint=f"({error})") from None
    sock = bind(port)
    port = sock.getsockname()[1]
    warm_up()
    with web_context(ctx, port, demo) as context:
        app = create_app(context)
        url = f"http://{HOST}:{port}/?token={context.token}"
        typer.echo(f"runnerup is serving on http://{HOST}:{port}/ (this computer only).")
        typer.echo(f"Open: {url}")
        typer.echo("Stop with Ctrl+C.")
        server = server_for(app)
        if open_browser:
            webbrowser.open(url)
        server.run(sockets=[sock])
