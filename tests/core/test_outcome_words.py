"""Outcomes are turned into words in one table (research/fetch/outcome.py for fetches,
research/model.py's STATUS_WORDS for a source's status): every value has words a user can
read, and every producer of a status gives a value the table knows."""

from __future__ import annotations

import re
from typing import get_args

import pytest

from research.fetch.outcome import Outcome, UrlCheck, first_refusal
from research.model import STATUS_WORDS, OutcomeStatus, SourceOutcome

STATUSES: tuple[str, ...] = get_args(OutcomeStatus)
MACHINE_WORD = re.compile(r"\b[a-z]+_[a-z_]+\b")
"""A status as code spells it (``rate_limited``, ``needs_key``): not for users."""


def test_every_status_has_words_and_no_others() -> None:
    assert set(STATUS_WORDS) == set(STATUSES)
    for status, words in STATUS_WORDS.items():
        assert words and not MACHINE_WORD.search(words), status


@pytest.mark.parametrize("status", STATUSES)
def test_every_status_reads_as_words_in_the_summary(status: OutcomeStatus) -> None:
    bare = SourceOutcome(source="github", status=status)
    detail = SourceOutcome(source="github", status=status, found=2, read=1, detail="why")
    for outcome in (bare, detail):
        summary = outcome.summary
        assert summary and not MACHINE_WORD.search(summary), summary
    assert STATUS_WORDS[status] in detail.summary or status in ("found", "read")
    assert detail.summary.endswith(": why")


def test_the_summaries_a_user_reads() -> None:
    assert SourceOutcome(source="s", status="nothing").summary == "nothing found"
    assert SourceOutcome(source="s", status="found", found=2, read=1).summary == (
        "found 2, read 1 page"
    )
    assert SourceOutcome(source="s", status="read", read=4).summary == "read 4 pages"
    assert SourceOutcome(source="s", status="needs_key", detail="set GITHUB_TOKEN").summary == (
        "needs a key: set GITHUB_TOKEN"
    )
    limited = SourceOutcome(source="s", status="rate_limited", detail="https://x.test/")
    assert limited.summary == "asked to slow down: https://x.test/"
    manual = SourceOutcome(source="s", status="manual", read=1, detail="files given")
    assert manual.summary == "manual, read 1 file: files given"


@pytest.mark.parametrize("outcome", list(Outcome))
def test_every_fetch_outcome_has_a_status_and_a_reason(outcome: Outcome) -> None:
    assert outcome.user_status in STATUSES
    if outcome is Outcome.OK:
        assert outcome.because == "" and not outcome.is_refusal
    else:
        assert outcome.because and not MACHINE_WORD.search(outcome.because)
    assert outcome.is_refusal == bool(outcome.why_not_read)
    assert outcome.is_refusal == (outcome.user_status != "nothing")


def test_the_most_telling_refusal_wins() -> None:
    seen = [Outcome.NOT_FOUND, Outcome.RATE_LIMITED, Outcome.DISALLOWED]
    assert first_refusal(seen) is Outcome.DISALLOWED
    assert first_refusal([Outcome.OK, Outcome.NOT_FOUND]) is None


@pytest.mark.parametrize(
    ("reason", "sentence"),
    [
        ("allowed", "runnerup may fetch https://x.test/cv: robots.txt allows it."),
        (
            "disallowed",
            "runnerup will not fetch https://x.test/cv: its robots.txt does not allow runnerup.",
        ),
        (
            "forbidden_by_terms",
            "runnerup will not fetch https://x.test/cv: the site's terms forbid automated access.",
        ),
        (
            "unsafe_address",
            "runnerup will not fetch https://x.test/cv: its address is a private or local one, "
            "which runnerup never fetches.",
        ),
        (
            "unsupported_scheme",
            "runnerup will not fetch https://x.test/cv: only http and https addresses are fetched.",
        ),
        ("unreachable", "runnerup cannot fetch https://x.test/cv: it could not be reached."),
        ("something_new", "runnerup will not fetch https://x.test/cv."),
    ],
)
def test_every_url_check_reason_has_a_sentence(reason: str, sentence: str) -> None:
    check = UrlCheck("https://x.test/cv", reason == "allowed", reason, detail="")
    assert check.sentence == sentence


def test_the_outcome_table_styles_every_status() -> None:
    from research.commands.lookup_run import STATUS_STYLE

    assert set(STATUS_STYLE) == set(STATUSES)


@pytest.mark.parametrize("status", STATUSES)
def test_the_web_pages_progress_line_says_what_the_cli_says(status: OutcomeStatus) -> None:
    from research.events import SourceFinished, describe

    outcome = SourceOutcome(source="github", status=status, found=2, detail="https://x.test/")
    line = describe(SourceFinished(outcome))
    assert line == f"github: {outcome.summary}"
    assert not MACHINE_WORD.search(line), line
