"""The labelled evaluation set: zero wrong auto-picks, recall >= 0.9."""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from research.identity import HIGH_BAR, auto_pick, cluster
from research.model import Lead, Subject

ROOT = Path(__file__).resolve().parents[2]
CASES_PATH = Path(__file__).with_name("cases.json")
CASES: list[dict[str, Any]] = json.loads(CASES_PATH.read_text(encoding="utf-8"))


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_identity", ROOT / "bench" / "identity.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_identity", module)
    spec.loader.exec_module(module)
    return module


BENCH = _bench()


def test_the_set_is_big_and_hard_enough() -> None:
    assert len(CASES) >= 80
    assert sum(bool(c["hard"]) for c in CASES) >= len(CASES) / 2
    assert {c["expect"] for c in CASES} == {"auto", "ask", "none"}
    assert len({c["id"] for c in CASES}) == len(CASES)


def test_cases_carry_no_contact_details() -> None:
    from research.privacy import has_contact_details

    for case in CASES:
        for lead in case["leads"]:
            for key in ("title", "snippet"):
                assert not has_contact_details(lead.get(key) or ""), (case["id"], lead)
            assert "@" not in json.dumps(lead.get("extra", {})), case["id"]


def test_generator_is_in_sync() -> None:
    spec = importlib.util.spec_from_file_location(
        "make_cases", CASES_PATH.with_name("make_cases.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_cases", module)
    spec.loader.exec_module(module)
    assert module.build() == CASES


def test_floors() -> None:
    report = BENCH.evaluate(CASES)
    assert report.wrong_picks == [], report.wrong_picks
    assert report.precision == 1.0
    assert report.recall >= 0.9
    off = [o for o in report.failures if o.expect in ("ask", "none")]
    assert off == [], off


@pytest.mark.parametrize("case", [c for c in CASES if c["expect"] != "auto"], ids=lambda c: c["id"])
def test_ask_and_none_are_never_auto_picked(case: dict[str, Any]) -> None:
    outcome = BENCH.run_case(case)
    assert not outcome.got.startswith("auto"), outcome
    if case["expect"] == "none":
        assert outcome.best < HIGH_BAR, outcome


@pytest.mark.parametrize("case", CASES[::7], ids=lambda c: c["id"])
def test_lead_order_does_not_change_the_result(case: dict[str, Any]) -> None:
    subject = Subject.model_validate(case["subject"])
    leads = [Lead.model_validate(lead) for lead in case["leads"]]
    expected = cluster(subject, leads)
    shuffled = leads[:]
    random.Random(case["id"]).shuffle(shuffled)
    assert cluster(subject, shuffled) == expected
    assert auto_pick(cluster(subject, shuffled)) == auto_pick(expected)


def test_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    from research.employers import _extractor, registered_domain

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("identity resolution tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    _extractor.cache_clear()
    registered_domain.cache_clear()
    report = BENCH.evaluate(CASES)
    assert report.wrong_picks == []
