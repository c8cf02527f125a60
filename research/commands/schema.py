"""``runnerup schema``: print the JSON Schema of the JSON report."""

from __future__ import annotations

import json

from research.model import json_schema


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"


def run() -> None:
    import sys

    sys.stdout.write(schema_text())
