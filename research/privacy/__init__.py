"""Contact details never enter runnerup's data: this package finds and removes them.

Principle 5 of the design: only career facts about a third party. Emails, phone numbers
and street addresses are dropped at extraction (every reader and source passes free text
through :func:`scrub`), not hidden at display; ``compare`` and ``report`` pass whole models
through :func:`scrub_model` once more.

- :mod:`research.privacy.patterns`: the one set of patterns, and :func:`find_contact_details`.
- :mod:`research.privacy.text`: :func:`scrub` with a context (``"text"``, ``"resume line"``,
  ``"posting"``) that says what in the text is not a contact detail.
- :mod:`research.privacy.models`: :func:`scrub_model`, every text field of a model.

``from research.privacy import scrub`` is the entry point for source plugins. Pure.
"""

from __future__ import annotations

from research.privacy.models import scrub_model
from research.privacy.patterns import find_contact_details, has_contact_details
from research.privacy.text import (
    CONTEXTS,
    Context,
    is_clean,
    is_contact_detail,
    scrub,
    scrubber,
)

__all__ = [
    "CONTEXTS",
    "Context",
    "find_contact_details",
    "has_contact_details",
    "is_clean",
    "is_contact_detail",
    "scrub",
    "scrub_model",
    "scrubber",
]
