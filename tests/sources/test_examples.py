"""Every example of every registered source, run against the fixture web.

Built-in and third-party sources alike: the list comes from the ``runnerup.sources``
entry points (``source_example`` is parametrized by ``conftest.pytest_generate_tests``).
A source whose module does not exist yet is skipped here with a reason; one whose module
exists but does not load fails here. ``test_contract.py::test_every_registered_source_loads``
fails for both.
"""

from __future__ import annotations

from typing import Any

from research.source import Example, Expect, Source


async def test_example(source_example: tuple[Any, Example], source_tester: Any) -> None:
    loaded, example = source_example
    if not (isinstance(loaded, type) and issubclass(loaded, Source)):
        raise AssertionError(
            f"source {loaded.id} ({loaded.target}) cannot be loaded: {loaded.problem}"
        )
    cls: type[Source] = loaded
    missing = source_tester.missing_sites(example)
    assert not missing, f"example {example.name!r} needs fixture sites {missing} (no folder)"
    run = await source_tester.run(cls, example)
    source_tester.assert_meets(example.expect, run)
    strays = [c.url for c in run.calls if c.source != cls.info.id]
    assert not strays, f"requests not tagged with source={cls.info.id!r}: {strays}"


def test_expect_checker(source_tester: Any) -> None:
    from research.model import Career, Experience, Lead, Skill, Subject, Work

    subject = Subject(name="Ada Okafor")
    expect = Expect(
        lead_urls=("https://a.test/",),
        no_lead_urls=("https://b.test/",),
        min_leads=1,
        max_leads=1,
        names=("Ada",),
        employers=("Northwind",),
        not_requested=("b.test/",),
    )
    example = Example("x", ("a.test",), expect, subject=subject)
    good = [Lead(url="https://a.test/", source="s", name="Ada Okafor", employer="Northwind")]
    run = source_tester.make_run(example, leads=good, requested=["a.test/"])
    assert source_tester.check(expect, run) == []
    bad = [
        Lead(url="https://b.test/", source="s", name="Bob"),
        Lead(url="https://li.test/", source="s", fetchable=False),
    ]
    run = source_tester.make_run(example, leads=bad, requested=["b.test/x", "li.test/in/x"])
    failures = "\n".join(source_tester.check(expect, run))
    for needle in (
        "lead https://a.test/ not found",
        "https://b.test/ should not be there",
        "expected at most 1",
        "lead name",
        "lead employer",
        "b.test/ must never be requested",
        "https://li.test/ is not fetchable",
    ):
        assert needle in failures
    collect = Expect(skills=("Rust",), works=("motion",), employers=("Northwind",), empty=True)
    career = Career(
        experiences=[Experience(employer="Northwind Robotics")],
        skills=[Skill(name="rust")],
        work=[Work(title="motion-planner")],
    )
    lead_example = Example("y", ("a.test",), collect, lead=good[0])
    run = source_tester.make_run(lead_example, career=career)
    assert source_tester.check(collect, run) == ["expected an empty career"]
    assert source_tester.check(Expect(works=("x",)), run) == [
        "no work contains 'x' (got ['motion-planner'])"
    ]
