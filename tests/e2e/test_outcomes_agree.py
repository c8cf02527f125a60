"""One truth for outcomes: on the demo web, the progress lines, the outcome table and the
report's coverage section come from the same record per source and never disagree; a page
that robots.txt refuses never counts as a site that agrees on who the hire is."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from rich.console import Console

from research.commands.lookup_run import TerminalProgress, outcome_table
from research.demo import demo_data, run_demo_lookup
from research.events import (
    CandidatesNeedChoice,
    ComparisonReady,
    LookupEvent,
    PageNotRead,
    PageRead,
    SourceFinished,
    SourceWorking,
    StageStarted,
    describe,
)
from research.lookup import LookupResult
from research.model import SourceOutcome
from research.report.terminal import render_text
from research.settings import ConnectTo, Settings
from research.testing import FixtureWeb

REFUSED = "rustconf.test/2025/speakers/ada-okafor"
"""The demo page whose robots.txt disallows runnerup (fixtures/web/rustconf.test)."""


class Recording:
    """The pipeline's events, kept; and drawn by the CLI's own printer on a console."""

    def __init__(self, console: Console) -> None:
        self.done: list[SourceOutcome] = []
        self.events: list[LookupEvent] = []
        self.terminal = TerminalProgress(console)

    def __call__(self, event: LookupEvent) -> None:
        self.events.append(event)
        if isinstance(event, SourceFinished):
            self.done.append(event.outcome)
        self.terminal(event)


@dataclass
class Demo:
    result: LookupResult
    progress: list[SourceOutcome]
    progress_text: str
    requested: list[str]
    events: list[LookupEvent]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    home = tmp_path_factory.mktemp("home")
    console = Console(record=True, width=200, force_terminal=False, no_color=True)
    recording = Recording(console)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RUNNERUP_FIXTURE_SPACING", "0")
        data = demo_data()
        with FixtureWeb(data.web) as web:
            settings = Settings(home=home, connect_to=(ConnectTo("*", "127.0.0.1", web.port),))
            result, _ = asyncio.run(run_demo_lookup(settings, data, spacing=0.0, listen=recording))
            requested = [f"{r.host}{r.path}" for r in web.log]
    yield Demo(result, recording.done, console.export_text(), requested, recording.events)


def _last_per_source(records: list[SourceOutcome]) -> dict[str, SourceOutcome]:
    last: dict[str, SourceOutcome] = {}
    for record in records:
        last[record.source] = record
    return last


def test_progress_table_and_coverage_hold_the_same_record(demo: Demo) -> None:
    table = {o.source: o for o in demo.result.outcomes}
    coverage = {o.source: o for o in demo.result.comparison.coverage.sources}
    progress = _last_per_source(demo.progress)
    assert set(table) == set(coverage) == set(progress), "a source is missing somewhere"
    for source, record in table.items():
        assert progress[source] == record, f"{source}: progress says {progress[source]}"
        assert coverage[source] == record, f"{source}: coverage says {coverage[source]}"


def test_what_the_user_reads_agrees_for_every_source(demo: Demo) -> None:
    console = Console(record=True, width=200, no_color=True)
    console.print(outcome_table(demo.result.outcomes))
    table_text = console.export_text()
    report = render_text(demo.result.comparison, width=200)
    lines = demo.progress_text.splitlines()
    for o in demo.result.outcomes:
        said = [line.split(None, 1)[1] for line in lines if line.split()[:1] == [o.source]]
        assert said and said[-1].removeprefix("now: ") == o.summary, (o.source, said)
        assert all(line.startswith("now: ") for line in said[1:])  # a change is marked
        row = next(line for line in table_text.splitlines() if f"│ {o.source} " in line)
        cells = [cell.strip() for cell in row.split("│")[1:-1]]
        assert cells[:4] == [o.source, o.status, str(o.found or ""), str(o.read or "")]
        assert f"• {o.source}: {o.summary}" in report


def test_a_source_whose_facts_are_in_the_report_never_says_nothing(demo: Demo) -> None:
    hire = demo.result.comparison.hire
    evidence = {e.source for e in hire.all_evidence()}
    outcomes = {o.source: o for o in demo.result.outcomes}
    assert {"webpage", "jsonresume", "github"} <= evidence
    for source in evidence & set(outcomes):
        assert outcomes[source].read > 0, outcomes[source]
        assert outcomes[source].status in ("found", "read", "manual")
    # the three bugs of issue 14, as the user saw them
    # the homepage's resume.json (asked once, over https), the gist, the registry entry
    assert outcomes["jsonresume"].summary.startswith("found 3, read ")
    assert not re.search(r"\bnothing\b", outcomes["webpage"].summary)
    assert not any(o.source == "jsonresume" and o.status == "nothing" for o in demo.progress[-20:])


def test_a_page_refused_by_robots_never_counts_as_agreeing(demo: Demo) -> None:
    chosen = demo.result.comparison.identity.chosen
    assert chosen is not None
    refused = [lead for lead in chosen.leads if REFUSED in lead.url]
    assert refused and not any(lead.fetchable for lead in refused)
    assert refused[0].extra.get("not_read") == "disallowed"
    agreeing = next(p for p in chosen.parts if p.name == "sources")
    assert "rustconf.test" not in agreeing.detail
    assert agreeing.detail.startswith("8 independent sites agree")
    # said in the report, and the page itself was never requested (robots.txt only)
    notes = demo.result.comparison.coverage.notes
    assert any(REFUSED in note and "robots.txt" in note for note in notes)
    assert not any(path.startswith(REFUSED) for path in demo.requested)
    assert "rustconf.test/robots.txt" in demo.requested


def test_the_json_and_markdown_reports_carry_the_same_records(demo: Demo) -> None:
    from research.report import render

    data = json.loads(str(render(demo.result.comparison, "json")))
    assert data["coverage"]["sources"] == [o.model_dump(mode="json") for o in demo.result.outcomes]
    markdown = str(render(demo.result.comparison, "md"))
    for o in demo.result.outcomes:
        assert f"- {o.source}: {o.summary}" in markdown


def test_the_html_report_shows_the_same_records(demo: Demo) -> None:
    from research.report import render

    html = str(render(demo.result.comparison, "html"))
    for o in demo.result.outcomes:
        row = f"<tr><td>{o.source}</td><td>{o.status}</td><td>{o.found}</td><td>{o.read}</td>"
        assert row in html, row


def test_the_pipeline_speaks_in_typed_events(demo: Demo) -> None:
    # one stream for every front end: stages, sources, pages read or not, the comparison
    events = demo.events
    assert isinstance(events[0], StageStarted)
    assert isinstance(events[-1], ComparisonReady)
    assert events[-1].lookup_id == demo.result.lookup_id
    assert events[-1].comparison == demo.result.comparison
    searched = {e.source for e in events if isinstance(e, SourceWorking) and e.what == "searching"}
    finished = {e.outcome.source for e in events if isinstance(e, SourceFinished)}
    assert searched <= finished == {o.source for o in demo.result.outcomes}
    read = [e.url for e in events if isinstance(e, PageRead)]
    assert "https://ada-okafor.test/" in read
    refused = [e for e in events if isinstance(e, PageNotRead)]
    assert any(REFUSED in e.url and "robots.txt" in e.why for e in refused)
    assert all(describe(e) for e in events)  # every event can be shown as a line
    # the demo runs with --yes: nobody is asked
    assert not any(isinstance(e, CandidatesNeedChoice) for e in events)
