"""A fake fetch door for unit tests without a server, for runnerup's tests and plugin authors.

:class:`FakeFetcher` stands where the door stands (it meets :class:`research.source.Fetcher`):

* each ``get`` is answered from :attr:`FakeFetcher.routes`, a mapping of URL (as the source
  passes it, ``params`` apart) to a :class:`~research.fetch.outcome.Fetched`, or to a function
  of the :class:`~research.testing.examples.Call` that returns one (to answer by params,
  headers, or in turn);
* any other URL gets :attr:`FakeFetcher.default` (same forms), else a ``not_found`` answer,
  or, with ``strict=True``, fails the test naming the URL;
* ``render`` is answered the same way and recorded with the purpose ``render: ...``;
* every call, with its params and headers, is kept in :attr:`FakeFetcher.calls`.

:func:`fetched` builds an answer as the door would return it::

    fetcher = FakeFetcher({API: fetched(API, {"items": []})})
    leads = await MySource(SourceContext(fetcher)).search(Subject(name="Ada Okafor"))
    assert fetcher.calls[0].headers["Authorization"] == "Bearer test-key"

The ``fake_fetcher`` and ``make_fetched`` fixtures of the pytest plugin give the same. The
fake checks no rule (robots.txt, the deny list, spacing): run a source's ``examples`` on the
fixture web (``source_examples``) for that.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from research.fetch.outcome import Fetched, Outcome, Provenance
from research.testing.examples import Call

Answer = Fetched | Callable[[Call], Fetched]
"""What a route holds: the answer itself, or a function of the call that returns it."""

FETCHED_AT = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
"""When :func:`fetched` says its answers were fetched, unless told otherwise."""

_OUTCOME_OF_STATUS = {
    200: Outcome.OK,
    401: Outcome.BLOCKED,
    403: Outcome.BLOCKED,
    404: Outcome.NOT_FOUND,
    429: Outcome.RATE_LIMITED,
}


def fetched(
    url: str,
    body: bytes | str | Any = b"",
    *,
    status: int | None = None,
    outcome: Outcome | None = None,
    headers: Mapping[str, str] | None = None,
    content_type: str = "application/json",
    detail: str = "",
    noindex: bool = False,
    at: datetime = FETCHED_AT,
) -> Fetched:
    """A :class:`Fetched` as the door would return it for ``url``.

    ``body`` may be bytes, text, or anything JSON-serialisable (sent as JSON). ``status``
    (default 200) gives the outcome the door would (401/403 ``blocked``, 404 ``not_found``,
    429 ``rate_limited``, any other non-200 ``unreachable``) unless ``outcome`` is given. As
    from the door, the body is kept only when the outcome is ``ok`` and there is no noindex.
    """
    if outcome is None:
        status = 200 if status is None else status
        outcome = _OUTCOME_OF_STATUS.get(status, Outcome.UNREACHABLE)
    elif status is None and outcome is Outcome.OK:
        status = 200
    if not isinstance(body, bytes | str):
        body = json.dumps(body)
    data = body.encode("utf-8") if isinstance(body, str) else body
    return Fetched(
        url=url,
        outcome=outcome,
        provenance=Provenance(url, url, at, outcome, status=status),
        status=status,
        final_url=url,
        headers={
            "content-type": content_type,
            **{name.lower(): value for name, value in (headers or {}).items()},
        },
        body=data if outcome is Outcome.OK and not noindex else b"",
        content_type=content_type,
        detail=detail,
        noindex=noindex,
    )


@dataclass
class FakeFetcher:
    """Answers from ``routes`` (URL -> :data:`Answer`), else ``default``, else ``not_found``
    (``strict=True``: fails the test instead); records every call in ``calls``."""

    routes: dict[str, Answer] = field(default_factory=dict)
    default: Answer | None = None
    strict: bool = False
    calls: list[Call] = field(default_factory=list)

    @classmethod
    def answering(cls, body: bytes | str | Any = b"", **answer: Any) -> FakeFetcher:
        """A fetcher that answers every URL with ``fetched(url, body, **answer)``."""
        return cls(default=lambda call: fetched(call.url, body, **answer))

    async def get(self, url: str, **options: Any) -> Fetched:
        """The door's ``get``: ``params``, ``headers``, ``source``, ``min_interval`` and
        ``purpose`` are recorded; ``max_bytes`` is accepted and ignored."""
        call = Call(
            url,
            dict(options.get("params") or {}),
            dict(options.get("headers") or {}),
            options.get("source"),
            options.get("min_interval"),
            str(options.get("purpose", "")),
        )
        return self._answer(call)

    async def render(self, url: str, *, source: str | None = None, purpose: str = "") -> Fetched:
        """The door's ``render``: answered from the same routes as ``get``."""
        return self._answer(Call(url, None, None, source, None, f"render: {purpose}"))

    def _answer(self, call: Call) -> Fetched:
        self.calls.append(call)
        answer = self.routes.get(call.url, self.default)
        if answer is None:
            if self.strict:
                known = ", ".join(sorted(self.routes)) or "none"
                raise AssertionError(
                    f"unexpected request for {call.url} ({call.purpose or 'no purpose'}); "
                    f"the fake fetcher answers: {known}"
                )
            return fetched(call.url, status=404, detail="no route in the fake fetcher")
        return answer(call) if callable(answer) else answer


__all__ = ["FETCHED_AT", "Answer", "FakeFetcher", "fetched"]
