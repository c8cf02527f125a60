"""Fields of study and when one is "related" to another (``data/fields.json``, after the
broad fields of ISCED-F 2013).

A field is read by its longest known name inside it ("BSc (Hons) Applied Mathematics"
-> applied mathematics). Two fields are *related* when they share a family (statistics
and data science are both quantitative; nursing and public health both health).
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any


@cache
def _data() -> dict[str, Any]:
    text = resources.files("research.skills").joinpath("data", "fields.json")
    data: dict[str, Any] = json.loads(text.read_text("utf-8"))
    return data


@cache
def _names() -> tuple[str, ...]:
    names = {n for members in _data()["families"].values() for n in members}
    return tuple(sorted(names, key=len, reverse=True))


def fields_in(text: str) -> list[str]:
    """The known fields a text names, longest names first, without overlaps."""
    lowered = " " + re.sub(r"[^\w&-]+", " ", text.casefold()) + " "
    found: list[str] = []
    for name in _names():
        pattern = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
        if re.search(pattern, lowered):
            found.append(name)
            lowered = re.sub(pattern, " ", lowered)
    return found


def families_of(field: str) -> frozenset[str]:
    """The families a field belongs to (empty when unknown)."""
    return frozenset(family for family, members in _data()["families"].items() if field in members)


def related(have: str, wanted: str) -> bool:
    """Some field named in ``have`` shares a family with some field named in ``wanted``."""
    mine = {fam for f in fields_in(have) for fam in families_of(f)}
    theirs = {fam for f in fields_in(wanted) for fam in families_of(f)}
    return bool(mine & theirs)


def same_field(have: str, wanted: str) -> bool:
    """A field named in ``have`` is one of the fields ``wanted`` names."""
    return bool(set(fields_in(have)) & set(fields_in(wanted)))


__all__ = ["families_of", "fields_in", "related", "same_field"]
