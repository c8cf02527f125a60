"""Saying when reading failed, on the third-party corpus: no false alarm on any document the
reader read (the warnings themselves are tested in ``test_resume_classes.py``,
``test_read_explain.py`` and ``tests/report/test_unread_side.py``)."""

from __future__ import annotations

import pytest

from research.read import read_resume

from .corpus_truth import load_cases

DEVELOPMENT = [case for case in load_cases() if not case.held_out]


@pytest.mark.parametrize("case", DEVELOPMENT, ids=lambda c: f"{c.layout}:{c.path.stem}")
def test_no_false_alarm_on_a_document_that_was_read(case: object) -> None:
    path = case.path  # type: ignore[attr-defined]
    career = read_resume(path)
    assert career.reading is not None
    assert not career.reading.unread, career.reading.warnings
    assert career.reading.warnings == []
    assert career.reading.document == path.name
