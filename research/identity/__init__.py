"""Identity resolution: right person or nobody.

Leads from many sources are scored against the subject (the hire as the user knows them),
clustered into candidate persons, and gated: a candidate is taken without asking only when
it clearly stands out. See :mod:`.names`, :mod:`.employers`, :mod:`.roles`,
:mod:`.signals`, :mod:`.cluster` and :mod:`.gate`.

Conventions the sources may use (all optional):

* ``Subject.hints``: ``"aka:Brand Name"`` (or ``"also:..."``) gives another name of the
  employer (a parent company, a brand, an old name).
* ``Lead.extra["start"]``: ``"YYYY-MM"`` (or ``"YYYY"``), when the person started at the
  employer (an announcement); ``extra["end"]``: they left (so: a former employee).
* ``Lead.extra["previous_employer"]``: an employer named as a former one.
* ``Lead.extra["email_domain"]``: the domain of an address, never the address.
* ``Lead.extra["jobTitle"]`` / ``extra["title"]``: a stated job title (JSON-LD).
* ``Lead.extra["given_by_user"] == "yes"``: a page the user gave (``--url``).

Flow::

    candidates = cluster(subject, leads)                 # best first, ids 1..n
    result = decide(candidates, pick=pick, yes=yes)      # may raise UsageError (--pick)
    if result.needs_confirmation: the front end asks (the CLI's prompt, the web page's form)
    decision = result.decision("auto" | "pick" | "prompt")
"""

from __future__ import annotations

from research.identity.cluster import UNREAD_CAP, cluster
from research.identity.employers import (
    EmployerMatch,
    employer_match,
    employer_similarity,
    normalise_employer,
    registered_domain,
)
from research.identity.gate import (
    HIGH_BAR,
    MARGIN,
    GateResult,
    auto_pick,
    decide,
    why_not,
)
from research.identity.names import NameMatch, name_similarity, parse_name, same_name
from research.identity.roles import RoleMatch, role_similarity, timing_part
from research.identity.signals import (
    location_part,
    location_relation,
    parse_location,
    score_lead,
)

__all__ = [
    "HIGH_BAR",
    "MARGIN",
    "UNREAD_CAP",
    "EmployerMatch",
    "GateResult",
    "NameMatch",
    "RoleMatch",
    "auto_pick",
    "cluster",
    "decide",
    "employer_match",
    "employer_similarity",
    "location_part",
    "location_relation",
    "name_similarity",
    "normalise_employer",
    "parse_location",
    "parse_name",
    "registered_domain",
    "role_similarity",
    "same_name",
    "score_lead",
    "timing_part",
    "why_not",
]
