"""Defence in depth: every text field of a model passed through :func:`~research.privacy.scrub`.

Readers and sources already scrub; ``compare`` scrubs again when it builds the Comparison and
``report`` once more before rendering, so contact details in any input reach no output. Link
fields (``url``, ``employer_url``, ``file``, ``links``) are kept only when they hold no
contact detail (a ``mailto:`` link becomes empty). Identifiers and enum values are left
alone. Pure.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, TypeVar

from pydantic import BaseModel

from research.privacy.patterns import find_contact_details
from research.privacy.text import scrub

M = TypeVar("M", bound=BaseModel)

_LINKS = frozenset({"url", "employer_url", "file"})
_KEEP = frozenset(
    {
        "schema_version",
        "id",
        "skill",
        "method",
        "kind",
        "verdict",
        "leans",
        "status",
        "decided_by",
        "currency",
        "period",
        "level",
        "requirement_ids",
    }
)


@lru_cache(maxsize=8192)
def _scrub(text: str) -> str:
    """:func:`scrub`, remembered: the same text recurs across a comparison (quotes, notes,
    the inputs themselves) and scrubbing a long field is not cheap."""
    return scrub(text)


@lru_cache(maxsize=2048)
def _link(text: str) -> str:
    return "" if find_contact_details(text) else text


def _clean(value: Any, key: str | None) -> Any:
    if isinstance(value, str):
        if key in _KEEP:
            return value
        if key in _LINKS or key == "links":
            return _link(value)
        return _scrub(value)
    if isinstance(value, dict):
        return {k: _clean(v, k if isinstance(k, str) else None) for k, v in value.items()}
    if isinstance(value, list):
        cleaned = [_clean(v, key) for v in value]
        if key == "links":
            return [v for v in cleaned if v]
        return cleaned
    return value


def scrub_model(model: M) -> M:
    """A copy of the model with every text field scrubbed of contact details."""
    data = model.model_dump(mode="python", by_alias=False)
    return type(model).model_validate(_clean(data, None))


__all__ = ["scrub_model"]
