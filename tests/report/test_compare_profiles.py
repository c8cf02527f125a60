"""Several ``--profile`` files go through identity: one person's files are merged, two
people's files (even of the same name) never are. Fixtures: fixtures/documents/profiles/
(README there) and the LinkedIn-layout PDFs in fixtures/documents/resumes/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from research.cli import app
from research.identity.profiles import one_person, profile_candidates, shared_history
from research.model import Subject
from research.read import read_resume

DOCS = Path(__file__).resolve().parents[2] / "fixtures" / "documents"
POSTING = DOCS / "postings" / "northwind-head-of-platform.html"
LINKEDIN = DOCS / "resumes" / "ada-okafor-linkedin.pdf"
JSON_2023 = DOCS / "profiles" / "ada-okafor-2023.resume.json"
NURSE = DOCS / "profiles" / "ada-okafor-nurse.resume.json"
PHARMACIST = DOCS / "resumes" / "ada-okafor-namesake-linkedin.pdf"


def _run(*profiles: Path, extra: tuple[str, ...] = ()) -> tuple[int, str, str]:
    args = ["compare", "--posting", str(POSTING), "-f", "json"]
    for path in profiles:
        args += ["--profile", str(path)]
    result = CliRunner().invoke(app, [*args, *extra], env={"COLUMNS": "200"})
    return result.exit_code, result.stdout, result.stderr


def _employers(report: str) -> set[str]:
    return {e["employer"] for e in json.loads(report)["hire"]["experiences"]}


def test_a_linkedin_pdf_and_a_json_resume_of_one_person_are_merged() -> None:
    code, out, err = _run(LINKEDIN, JSON_2023)
    assert code == 0, err
    data = json.loads(out)
    # the PDF's current job and the older JSON Resume's jobs, each once
    titles = [(e["title"], e["employer"]) for e in data["hire"]["experiences"]]
    assert ("Head of Platform", "Northwind Robotics") in titles
    assert titles.count(("Staff Engineer", "Tessellate Labs")) == 1
    skills = {s["name"] for s in data["hire"]["skills"]}
    assert "Terraform" in skills  # only in the JSON Resume
    identity = data["identity"]
    assert identity["decided_by"] == "files"
    assert "one person" in identity["note"] and "Tessellate Labs" in identity["note"]


@pytest.mark.parametrize("other", [NURSE, PHARMACIST], ids=["json-nurse", "pdf-pharmacist"])
def test_two_people_of_the_same_name_stop_with_the_candidates_listed(other: Path) -> None:
    code, out, err = _run(LINKEDIN, other)
    assert code == 3
    assert out == ""  # no report: nothing was merged
    assert "Who is the hire?" in err
    assert LINKEDIN.name in err and other.name in err
    assert "not shown to be one person: they make 2 candidates" in err
    assert "--pick N" in err


def test_pick_chooses_one_person_and_only_their_file() -> None:
    code, out, err = _run(LINKEDIN, NURSE, extra=("--pick", "2"))
    assert code == 0, err
    assert _employers(out) == {"Lakeside Health", "St Anselm Hospital"}
    assert json.loads(out)["identity"]["decided_by"] == "pick"
    code, out, _ = _run(LINKEDIN, NURSE, extra=("--pick", "1"))
    assert code == 0
    assert "Lakeside Health" not in _employers(out)
    code, _, err = _run(LINKEDIN, NURSE, extra=("--pick", "3"))
    assert code == 2 and "--pick 3" in err


def test_yes_takes_the_best_only_when_it_clearly_stands_out() -> None:
    # without a hire date nothing times the move: the best scores under the bar
    code, out, err = _run(LINKEDIN, NURSE, extra=("--yes",))
    assert code == 3 and out == "" and "below the bar" in err
    # the hire date matches the PDF's start at the employer: clearly the hire
    code, out, err = _run(LINKEDIN, NURSE, extra=("--yes", "--hire-date", "2024-03"))
    assert code == 0, err
    assert "Lakeside Health" not in _employers(out)
    assert json.loads(out)["identity"]["decided_by"] == "auto"


def test_the_rule_in_pure_form() -> None:
    ada, ada_2023, nurse, pharmacist = (
        read_resume(p) for p in (LINKEDIN, JSON_2023, NURSE, PHARMACIST)
    )
    assert one_person(ada, ada_2023)
    assert "Brightwave from 2015-09" in shared_history(ada, ada_2023)
    assert not one_person(ada, nurse) and not one_person(ada, pharmacist)
    subject = Subject(name="Ada Okafor", employer="Northwind Robotics", role="Head of Platform")
    files = [("a.pdf", ada), ("b.json", ada_2023), ("c.json", nurse)]
    candidates = profile_candidates(subject, files)
    assert [len(c.leads) for c in candidates] == [2, 1]
    assert candidates[0].employer == "Northwind Robotics"
    # the same files in another order: the same persons
    again = profile_candidates(subject, list(reversed(files)))
    assert [sorted(lead.title for lead in c.leads) for c in again] == [
        ["a.pdf", "b.json"],
        ["c.json"],
    ]


def test_the_coverage_counts_the_files_read_not_the_facts() -> None:
    code, out, err = _run(LINKEDIN, JSON_2023)
    assert code == 0, err
    (record,) = json.loads(out)["coverage"]["sources"]
    assert record["status"] == "manual" and record["read"] == 2 and record["found"] == 0


def test_a_shared_history_under_another_name_is_another_person() -> None:
    ada = read_resume(LINKEDIN)
    colleague = ada.model_copy(update={"name": "Bea Adeyemi"})  # same jobs, another name
    assert not one_person(ada, colleague)
    nameless = ada.model_copy(update={"name": None, "experiences": ada.experiences[1:2]})
    assert one_person(ada, nameless)  # a file without a name joins by its history
    subject = Subject(name="Ada Okafor", employer="Northwind Robotics")
    got = profile_candidates(subject, [("a.pdf", ada), ("b.json", colleague)])
    assert len(got) == 2


def test_at_a_terminal_the_user_is_asked_which_file_is_the_hire(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from research.commands import compare_run

    monkeypatch.setattr(compare_run, "interactive", lambda: True)
    answers = iter(["7", "2"])  # a wrong number is asked again
    monkeypatch.setattr("rich.console.Console.input", lambda self, prompt="": next(answers))
    code, out, err = _run(LINKEDIN, NURSE)
    assert code == 0, err
    assert "Who is the hire?" in err and "Please type a number from 1 to 2" in err
    assert _employers(out) == {"Lakeside Health", "St Anselm Hospital"}
    none = iter(["0"])
    monkeypatch.setattr("rich.console.Console.input", lambda self, prompt="": next(none))
    code, out, _ = _run(LINKEDIN, NURSE)
    assert code == 3 and out == ""


def test_the_stop_names_each_candidate() -> None:
    from research.inputs import ProfilesNeedChoice
    from research.model import Candidate

    stop = ProfilesNeedChoice(
        "no shared history",
        [
            Candidate(id=1, name="Tamsin Polwhele", headline="Staff Nurse", score=0.8),
            Candidate(id=2, name="Gareth Penrose", headline="Paramedic", score=0.0),
        ],
        2,
    )
    assert "Tamsin Polwhele" in str(stop) and "Gareth Penrose" in str(stop)
