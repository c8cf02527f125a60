"""The JSON report: the :class:`~research.model.Comparison` model itself, field names as in
``research/model.py``, with ``schema_version``."""

from __future__ import annotations

from research.model import Comparison


def render_json(comparison: Comparison) -> str:
    return comparison.model_dump_json(indent=2) + "\n"


__all__ = ["render_json"]
