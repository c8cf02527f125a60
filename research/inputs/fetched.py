"""A page the fetch door brought back, read as a posting: the one place a fetch's outcome
becomes a posting or a :class:`~research.errors.FetchError` a job seeker understands (why,
in :attr:`~research.fetch.outcome.Outcome.because`'s words; what to do, here). Used by
``lookup --posting URL`` and ``read URL``.
"""

from __future__ import annotations

from research.errors import FetchError
from research.fetch.outcome import Fetched, Outcome
from research.fetch.protocol import Fetcher
from research.model import Role
from research.read.posting import SOURCE, posting_from_page

SAVE_IT = (
    "Open the posting in your browser, save it as a file (Save Page As, or Print to PDF) "
    "and give runnerup that file instead (for example --posting FILE)."
)


def refusal_message(url: str, fetched: Fetched) -> FetchError:
    """A FetchError for a fetch that did not give a usable page: what happened and what to
    do, in words a job seeker understands."""
    detail = f" ({fetched.detail})" if fetched.detail else ""
    if fetched.ok and fetched.noindex:
        return FetchError(
            f"{url}: the page asks search engines and tools not to use it (noindex), so "
            "runnerup does not read it.",
            hint=SAVE_IT,
        )
    because = fetched.outcome.because or "the fetch failed"
    return FetchError(
        f"{url} was not read: {because}{detail}.",
        hint=_WHAT_TO_DO.get(fetched.outcome, SAVE_IT),
    )


_WHAT_TO_DO: dict[Outcome, str] = {
    Outcome.NOT_FOUND: (
        "It may have been taken down: check the URL. If you saved a copy of the posting, "
        "give runnerup that file."
    ),
    Outcome.RATE_LIMITED: "Try again in a few minutes. " + SAVE_IT,
    Outcome.UNREACHABLE: "Check the URL and your internet connection, then try again. " + SAVE_IT,
    Outcome.UNSUPPORTED: (
        "Give the URL of the posting's web page, or " + SAVE_IT[0].lower() + SAVE_IT[1:]
    ),
    Outcome.UNSAFE_ADDRESS: "Check the URL. " + SAVE_IT,
    Outcome.UNSUPPORTED_SCHEME: (
        "Give the posting's web address, starting with https://, or a file."
    ),
}
"""What a job seeker can do about a posting page that was not read (why it was not read is
:attr:`Outcome.because`'s, the one table of those words); anything else: save it as a file."""


def posting_from_fetched(url: str, fetched: Fetched) -> Role:
    """A Role from a usable fetched page (HTML, PDF, DOCX, JSON or text); a refusal or a
    page that may not be used is a FetchError."""
    if not fetched.usable:
        raise refusal_message(url, fetched)
    kind = fetched.content_type.lower()
    textual = "html" in kind or kind.startswith("text/")
    return posting_from_page(
        fetched.final_url or url,
        fetched.body,
        content_type=fetched.content_type,
        text=fetched.text() if textual else "",
        fetched_at=fetched.provenance.fetched_at,
    )


async def fetch_posting(url: str, fetcher: Fetcher) -> Role:
    """Fetch a posting through the door and read it; a refusal or failure is a
    :class:`~research.errors.FetchError` naming the URL, what happened and what to do."""
    fetched = await fetcher.get(url, source=SOURCE, purpose="read the job posting")
    return posting_from_fetched(url, fetched)


__all__ = ["SAVE_IT", "fetch_posting", "posting_from_fetched", "refusal_message"]
