"""Forgetting a person or a lookup: one service for every front end (`runnerup forget` and
the web page). First :func:`preview` says what would be erased (the store's rows, the cached
pages, the robots.txt verdicts of hosts only this person's lookups touched); then
:func:`erase` erases exactly that and says what it erased, in the same words."""

from __future__ import annotations

from dataclasses import dataclass

from research.settings import Settings
from research.store import ForgetPlan, Store


@dataclass(frozen=True)
class Forgetting:
    """What a forget covers: the plan, and the counts of each kind of thing it erases."""

    plan: ForgetPlan
    rows: dict[str, int]
    pages: int
    robots: int

    @property
    def names(self) -> str:
        return ", ".join(self.plan.names)

    @property
    def sentence(self) -> str:
        """One sentence for the announcement and the result, so both count the same."""
        rows = self.rows
        return (
            f"{rows['lookups']} lookup(s), {rows['leads']} lead(s), "
            f"{rows['candidates']} candidate(s), {rows['facts']} fact set(s), "
            f"{rows['fetch_log']} fetch-log row(s), {self.pages} cached page(s) "
            f"and {self.robots} robots.txt verdict(s)"
        )


def preview(
    settings: Settings, *, name: str | None = None, lookup_id: int | None = None
) -> Forgetting | None:
    """What forgetting ``name`` (or lookup ``lookup_id``) would erase; None when nothing is
    stored for it."""
    from research.fetch import count_forgettable

    if not settings.store_path.exists():
        return None
    with Store(settings.store_path) as store:
        plan = store.plan_forget(name=name, lookup_id=lookup_id)
    if plan.empty:
        return None
    cached = count_forgettable(settings.cache_dir, plan.urls, plan.hosts)
    return Forgetting(plan, dict(plan.counts), cached.pages, cached.robots)


def erase(settings: Settings, planned: Forgetting) -> Forgetting:
    """Erase what :func:`preview` planned; returns what was erased."""
    from research.fetch import forget_cached

    with Store(settings.store_path) as store:
        deleted = store.forget(planned.plan)
    erased = forget_cached(settings.cache_dir, planned.plan.urls, planned.plan.hosts)
    return Forgetting(planned.plan, deleted, erased.pages, erased.robots)


__all__ = ["Forgetting", "erase", "preview"]
