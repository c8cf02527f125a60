"""``runnerup schema``: print the JSON Schema of the JSON report."""

from __future__ import annotations

import json


def schema_text() -> str:
    from research.model import json_schema

    return json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"


def run() -> None:
    import sys

    sys.stdout.write(schema_text())


def command() -> None:
    """Print the JSON Schema of runnerup's JSON report."""
    from research.commands._invocation import run_reporting_errors

    run_reporting_errors(run)
