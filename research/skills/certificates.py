"""Certificates as one thing under many names, on ordered levels.

"Certified Kubernetes Administrator (CKA)", "CKA" and an exam code that the data lists as
an alias are one certificate: :func:`certificate_id` reads a name whole, then its parts
("X (ABC)"), then the certificates it mentions when they are all one.

Levels (``data/certification_levels.json``, from the issuers' published paths): a level
word in the name gives it (Foundation 1 < Associate 2 < Professional 3 < Expert 4), the
file's ``levels`` table the exceptions. A *path* is one track (Cisco's CCNA, CCNP, CCIE):
a higher level on it meets a lower one. A *vendor* groups one issuer's cloud certificates:
"an AWS certification, Associate or higher" is met by any AWS certificate at level >= 2.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any, Literal

_OR_HIGHER = re.compile(
    r"\b(?:or (?:higher|above|better|equivalent|similar)|and above|at least|minimum|level or)\b",
    re.IGNORECASE,
)

Standing = Literal["same", "higher", "lower", "vendor", "none"]


@cache
def _data() -> dict[str, Any]:
    text = resources.files("research.skills").joinpath("data", "certification_levels.json")
    data: dict[str, Any] = json.loads(text.read_text("utf-8"))
    return data


@cache
def certificate_id(name: str) -> str | None:
    """The certificate a name means, or None (see the module docstring)."""
    from research.skills import find_certifications, lookup_certification

    name = name.strip()
    if not name:
        return None
    entry = lookup_certification(name)
    if entry is not None:
        return entry.id
    outer = re.sub(r"\s*\([^)]*\)\s*", " ", name).strip()
    inner = re.findall(r"\(([^)]*)\)", name)
    ids = {e.id for e in (lookup_certification(p) for p in [outer, *inner] if p) if e}
    if len(ids) == 1:
        return ids.pop()
    found = {m.id for m in find_certifications(name)}
    return found.pop() if len(found) == 1 else None


def level_of(cert_id: str) -> int | None:
    """1 foundation, 2 associate, 3 professional, 4 expert; None when not on a scale."""
    from research.skills.vocabulary import certifications

    table: dict[str, int] = _data()["levels"]
    if cert_id in table:
        return table[cert_id]
    entry = certifications().get(cert_id)
    if entry is None:
        return None
    words: dict[str, int] = _data()["level_words"]
    found = [lvl for w, lvl in words.items() if re.search(rf"\b{w}\b", entry.name, re.I)]
    return max(found) if found else None


def level_name(level: int) -> str:
    return str(_data()["level_names"].get(str(level), level))


def asks_or_higher(text: str) -> bool:
    """The requirement accepts a higher level ("Associate or higher", "at least")."""
    return _OR_HIGHER.search(text) is not None


def standing(held: str, wanted: str, or_higher: bool) -> Standing:
    """How a certificate someone holds stands to the one asked for: the same, a higher
    (or equal) level on its path (or of its vendor when ``or_higher``), a lower level on
    its path, or unrelated."""
    if held == wanted:
        return "same"
    have, want = level_of(held), level_of(wanted)
    for members in _data()["paths"].values():
        if held in members and wanted in members and have and want:
            return "higher" if have >= want else "lower"
    if or_higher:
        for members in _data()["vendors"].values():
            if held in members and wanted in members and have and want and have >= want:
                return "vendor"
    return "none"


__all__ = ["asks_or_higher", "certificate_id", "level_name", "level_of", "standing"]
