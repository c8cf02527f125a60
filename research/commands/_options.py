"""Option declarations shared by several commands (``lookup``, ``compare``, ``show``,
``demo``), so that one option reads and behaves the same everywhere.

Only typer is imported here: ``runnerup --help`` stays fast.
"""

from __future__ import annotations

from typing import Annotated

import typer

FORMAT_HELP = (
    "text, html, md, json or pdf. Default: the --out file's extension (.txt, .html, .md, "
    ".json, .pdf), else text."
)
OUT_HELP = (
    "Write the report to FILE; its extension picks the format when --format is not given. "
    "An existing FILE is left as it is unless --force."
)

FormatOption = Annotated[
    str | None, typer.Option("--format", "-f", metavar="FORMAT", help=FORMAT_HELP)
]
OutOption = Annotated[str | None, typer.Option("--out", "-o", metavar="FILE", help=OUT_HELP)]
ForceOption = Annotated[bool, typer.Option("--force", help="Overwrite an existing --out file.")]
HireDateOption = Annotated[
    str | None,
    typer.Option(
        "--hire-date",
        metavar="YYYY-MM",
        help="When the hire started (YYYY-MM or YYYY; not in the future), if you know.",
    ),
]
PickOption = Annotated[
    int | None,
    typer.Option("--pick", metavar="N", help="Take candidate N from the list of candidates."),
]
YesOption = Annotated[
    bool,
    typer.Option(
        "--yes",
        "-y",
        help="Do not ask: proceed only when one candidate clearly stands out (else exit 3).",
    ),
]

__all__ = [
    "FORMAT_HELP",
    "OUT_HELP",
    "ForceOption",
    "FormatOption",
    "HireDateOption",
    "OutOption",
    "PickOption",
    "YesOption",
]
