"""``runnerup sources --check``: a live self-check of each source against its canary.

A source's :class:`~research.source.Canary` is one request about a public, well-known
subject (an API's own test or official account) and the fields the source's parser needs
in the answer. The check sends that one request through the fetch door, politely (the
source's declared rate, the API's terms or robots.txt, the deny list), and says per source:

* ``ok`` - the answer came and has every needed field;
* ``changed`` - the answer came but lacks needed fields (they are named), or the canary
  subject is gone (404): the site changed and the parser may find nothing;
* ``refused`` - robots.txt, the terms deny list, or a login wall (401/403) refused it;
* ``needs_key`` - the source needs a key or an instance that is not configured;
* ``failed`` - the site could not be reached, answered with an error or asked to slow down;
* ``skipped`` - nothing to check: a manual source, a disabled one, or no canary declared.

Nothing about the canary subject is kept or printed beyond the field names checked.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from research.config import Config
from research.fetch.outcome import Fetched, Outcome
from research.source import Canary, Fetcher, Source, settings_for

CheckStatus = Literal["ok", "changed", "refused", "needs_key", "failed", "skipped"]
PROBLEMS: frozenset[str] = frozenset({"changed", "refused", "failed"})

_INDEX = re.compile(r"^(.*?)\[(\d*)\]$")


@dataclass(frozen=True)
class CheckResult:
    source: str
    status: CheckStatus
    detail: str
    url: str = ""
    missing: tuple[str, ...] = ()
    """The needed fields the answer lacks (``changed``)."""
    rule: str = ""
    """What governed the request: ``robots.txt`` or ``api-terms <terms URL>``."""

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "status": self.status,
            "detail": self.detail,
            "url": self.url,
            "missing": list(self.missing),
            "rule": self.rule,
        }


# -- needs: pure ---------------------------------------------------------------------------------


def _step(values: list[Any], part: str) -> list[Any]:
    out: list[Any] = []
    match = _INDEX.match(part)
    key, index = (match.group(1), match.group(2)) if match else (part, None)
    for value in values:
        if key:
            if not isinstance(value, dict) or key not in value:
                continue
            value = value[key]
        if index is None:
            out.append(value)
        elif isinstance(value, list):
            if index == "":
                out.extend(value)
            elif int(index) < len(value):
                out.append(value[int(index)])
    return out


def resolve(data: Any, path: str) -> list[Any]:
    """Every value at ``path`` in ``data`` (``a.b``, ``a[].b``, ``[0]``)."""
    values = [data]
    for part in path.split("."):
        if part:
            values = _step(values, part)
    return values


def _present(value: Any) -> bool:
    return value is not None and value != "" and value != [] and value != {}


def missing_needs(fetched_text: str, is_json: bool, needs: Iterable[str]) -> list[str]:
    """The needs an answer does not meet (see :class:`~research.source.Canary`)."""
    needs = list(needs)
    if not is_json:
        lowered = fetched_text.lower()
        return [need for need in needs if need.lower() not in lowered]
    try:
        data = json.loads(fetched_text)
    except ValueError:
        return needs
    missing = []
    for need in needs:
        path, sep, wanted = need.partition("=")
        values = resolve(data, path)
        if sep:
            met = any(
                str(v) == wanted or (isinstance(v, list) and wanted in map(str, v)) for v in values
            )
        else:
            met = any(_present(v) for v in values)
        if not met:
            missing.append(need)
    return missing


# -- one source --------------------------------------------------------------------------------


def judge(source_id: str, canary: Canary, fetched: Fetched) -> CheckResult:
    """The verdict on one canary answer (pure)."""

    def made(status: CheckStatus, detail: str, missing: Sequence[str] = ()) -> CheckResult:
        return CheckResult(
            source_id, status, detail, canary.url, tuple(missing), fetched.provenance.rule
        )

    outcome = fetched.outcome
    if outcome.user_status in ("blocked", "disallowed"):  # a rule or the site said no
        why = fetched.detail.removeprefix("robots.txt: ")
        return made("refused", outcome.why_not_read + (f": {why}" if why else ""))
    if outcome is Outcome.NOT_FOUND:
        return made("changed", f"the canary ({canary.about}) is gone: HTTP {fetched.status}")
    if outcome is Outcome.OK and fetched.noindex:
        return made("refused", "the answer asks not to be indexed (noindex): nothing was read")
    if outcome is not Outcome.OK:
        return made(
            "failed", f"{outcome.value}: {fetched.detail}" if fetched.detail else outcome.value
        )
    is_json = fetched.content_type.endswith("json")
    missing = missing_needs(fetched.text(), is_json, canary.needs)
    if missing:
        return made(
            "changed", "the answer lacks what the parser needs: " + ", ".join(missing), missing
        )
    return made(
        "ok", f"{len(canary.needs)} needed field(s) present" if canary.needs else "reachable"
    )


async def check_source(cls: type[Source], config: Config, fetcher: Fetcher) -> CheckResult:
    """Run one source's canary through ``fetcher`` (the door)."""
    info = cls.info
    settings = settings_for(config, cls)
    status = cls.status(settings)
    if status == "disabled":
        return CheckResult(info.id, "skipped", "disabled in the config or RUNNERUP_SOURCES")
    if status == "manual" or info.kind == "manual":
        return CheckResult(info.id, "skipped", "reads files you saved yourself: nothing to fetch")
    if status == "needs_key":
        what = f"set {info.key_env}" if info.key_env else "configure it"
        return CheckResult(info.id, "needs_key", f"needs a key or an instance: {what}")
    canary = info.canary
    if canary is None:
        return CheckResult(info.id, "skipped", "the source declares no canary")
    if canary.key_header is not None and info.key_required and not settings.key:
        return CheckResult(info.id, "needs_key", f"the canary needs a key: set {info.key_env}")
    headers = dict(canary.headers)
    if canary.key_header is not None and settings.key:
        name, template = canary.key_header
        headers[name] = template.format(key=settings.key)
    fetched = await fetcher.get(
        canary.url,
        headers=headers or None,
        min_interval=info.rate * settings.rate_multiplier,
        source=info.id,
        purpose="self-check",
    )
    return judge(info.id, canary, fetched)


async def check_sources(
    classes: Sequence[type[Source]], config: Config, fetcher: Fetcher
) -> list[CheckResult]:
    """Every source's check; hosts are paced by the door, sources run side by side."""
    results = await asyncio.gather(*(check_source(cls, config, fetcher) for cls in classes))
    return sorted(results, key=lambda r: r.source)


__all__ = [
    "PROBLEMS",
    "CheckResult",
    "CheckStatus",
    "check_source",
    "check_sources",
    "judge",
    "missing_needs",
    "resolve",
]
