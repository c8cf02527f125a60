"""Score runnerup's resume reader against the corpus truth (``fixtures/corpus/resumes``).

One scorer, shared by ``bench/truth.py`` (which prints the figures) and
``tests/read/test_corpus_truth.py`` (which pins per-layout floors).

Matching rules
--------------
* Text is compared after normalising: Unicode NFKD with accents dropped, case folded,
  "&" read as "and", every run of punctuation and spaces read as one space, trimmed. So
  "Ó Briain" = "o briain", "Harrow & Vance" = "harrow and vance", "St Aldric's" =
  "st aldric s". Skills are compared with the spaces removed as well ("Node.js" = "nodejs").
* **Name**: the read name equals the truth name.
* **Experience**: a read entry matches a truth entry when employer, title, start and end
  are all right. The employer must equal the truth employer (a place, "(hybrid)" or
  "Full-time" left on it is wrong). The title must equal the truth title, or one of its
  ``title_also`` forms (the title without its team suffix). Dates: when the truth date has
  a month, the read date must have the same year and month; when it has a year only, the
  same year. A truth end of ``null`` (a current job) needs a read end of ``None``. Each read
  entry matches at most one truth entry. Precision = matched / read entries, recall =
  matched / truth entries, F1 from both; layouts and totals are micro-averaged (sums of
  counts).
* **Education** (recall only): a truth entry is found when a read entry has the same
  institution and, when the truth gives a level (the layout prints the degree), the same
  ``DegreeLevel``.
* **Skills** (recall only): a truth skill is found when a read skill's name or id equals it.
  Layouts that do not print each skill have no skills in their truth.
* A document the reader refuses (an error) counts as read with nothing found.

Documents are grouped into layouts ``<layout>/<format>`` (the same layout as HTML and as
PDF are two rows). Layouts whose truth says ``held_out`` are reported apart.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from research.model import Career, PartialDate

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "fixtures" / "corpus" / "resumes"
FLOORS = CORPUS / "floors.json"

GOALS = {"name": 1.0, "exp_f1": 0.97, "worst_f1": 0.90, "edu_recall": 0.97}
"""The goals of issue 13 on the development corpus."""

TRUTH_KEYS = {
    "layout",
    "engine",
    "held_out",
    "person",
    "documents",
    "shows",
    "name",
    "experiences",
    "education",
    "skills",
}


def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("&", " and ")
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def _compact(text: str | None) -> str:
    return norm(text).replace(" ", "")


@dataclass(frozen=True)
class Case:
    """One document of the corpus with its truth."""

    path: Path
    truth: dict[str, Any]

    @property
    def layout(self) -> str:
        return f"{self.truth['layout']}/{self.path.suffix.lstrip('.')}"

    @property
    def held_out(self) -> bool:
        return bool(self.truth["held_out"])


def load_cases(root: Path = CORPUS) -> list[Case]:
    cases = []
    for truth_path in sorted(root.glob("*/*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        for name in truth["documents"]:
            cases.append(Case(truth_path.parent / name, truth))
    return cases


def _date_ok(truth: str | None, read: PartialDate | None) -> bool:
    if truth is None:
        return read is None
    if read is None or read.year != int(truth[:4]):
        return False
    return len(truth) == 4 or read.month == int(truth[5:7])


def _exp_ok(truth: dict[str, Any], read: Any) -> bool:
    titles = {norm(truth["title"]), *(norm(t) for t in truth.get("title_also", []))}
    return (
        norm(read.employer) == norm(truth["employer"])
        and norm(read.title) in titles
        and _date_ok(truth["start"], read.start)
        and _date_ok(truth["end"], read.end)
    )


def _edu_ok(truth: dict[str, Any], read: Any) -> bool:
    if norm(read.institution) != norm(truth["institution"]):
        return False
    return truth["level"] is None or (read.level is not None and read.level == truth["level"])


def _matched(truths: list[dict[str, Any]], reads: list[Any], ok: Callable[..., bool]) -> int:
    used: set[int] = set()
    found = 0
    for want in truths:
        for i, got in enumerate(reads):
            if i not in used and ok(want, got):
                used.add(i)
                found += 1
                break
    return found


@dataclass
class DocScore:
    case: Case
    name_ok: bool
    exp_matched: int
    exp_read: int
    exp_truth: int
    edu_found: int
    edu_truth: int
    skills_found: int
    skills_truth: int
    error: str | None = None
    read_name: str | None = None


def score_document(case: Case, career: Career | None, error: str | None = None) -> DocScore:
    truth = case.truth
    career = career or Career()
    read_skills = {_compact(s.name) for s in career.skills} | {
        _compact(s.id) for s in career.skills if s.id
    }
    return DocScore(
        case=case,
        name_ok=norm(career.name) == norm(truth["name"]),
        exp_matched=_matched(truth["experiences"], career.experiences, _exp_ok),
        exp_read=len(career.experiences),
        exp_truth=len(truth["experiences"]),
        edu_found=_matched(truth["education"], career.education, _edu_ok),
        edu_truth=len(truth["education"]),
        skills_found=sum(_compact(s) in read_skills for s in truth["skills"]),
        skills_truth=len(truth["skills"]),
        error=error,
        read_name=career.name,
    )


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass
class Figures:
    """Micro-averaged figures over a set of documents."""

    docs: int = 0
    names: int = 0
    exp_matched: int = 0
    exp_read: int = 0
    exp_truth: int = 0
    edu_found: int = 0
    edu_truth: int = 0
    skills_found: int = 0
    skills_truth: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, doc: DocScore) -> None:
        self.docs += 1
        self.names += doc.name_ok
        self.exp_matched += doc.exp_matched
        self.exp_read += doc.exp_read
        self.exp_truth += doc.exp_truth
        self.edu_found += doc.edu_found
        self.edu_truth += doc.edu_truth
        self.skills_found += doc.skills_found
        self.skills_truth += doc.skills_truth
        if doc.error:
            self.errors.append(f"{doc.case.path.name}: {doc.error}")

    @property
    def name(self) -> float:
        return self.names / self.docs if self.docs else 0.0

    @property
    def exp_precision(self) -> float:
        return self.exp_matched / self.exp_read if self.exp_read else 0.0

    @property
    def exp_recall(self) -> float:
        return self.exp_matched / self.exp_truth if self.exp_truth else 0.0

    @property
    def exp_f1(self) -> float:
        p, r = self.exp_precision, self.exp_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def edu_recall(self) -> float | None:
        return _ratio(self.edu_found, self.edu_truth)

    @property
    def skills_recall(self) -> float | None:
        return _ratio(self.skills_found, self.skills_truth)

    def as_dict(self) -> dict[str, Any]:
        return {
            "docs": self.docs,
            "name": round(self.name, 4),
            "exp_precision": round(self.exp_precision, 4),
            "exp_recall": round(self.exp_recall, 4),
            "exp_f1": round(self.exp_f1, 4),
            "edu_recall": None if self.edu_recall is None else round(self.edu_recall, 4),
            "skills_recall": None if self.skills_recall is None else round(self.skills_recall, 4),
            "errors": self.errors,
        }


@dataclass
class Report:
    documents: list[DocScore]
    layouts: dict[str, Figures]
    development: Figures
    held_out: Figures

    def worst(self, held_out: bool = False) -> tuple[str, float]:
        rows = [
            (name, figures.exp_f1)
            for name, figures in self.layouts.items()
            if self.is_held_out(name) == held_out
        ]
        return min(rows, key=lambda row: row[1]) if rows else ("-", 0.0)

    def is_held_out(self, layout: str) -> bool:
        return any(d.case.held_out for d in self.documents if d.case.layout == layout)


def summarise(scores: Iterable[DocScore]) -> Report:
    docs = list(scores)
    layouts: dict[str, Figures] = {}
    development, held_out = Figures(), Figures()
    for doc in docs:
        layouts.setdefault(doc.case.layout, Figures()).add(doc)
        (held_out if doc.case.held_out else development).add(doc)
    return Report(docs, dict(sorted(layouts.items())), development, held_out)


def score_corpus(read: Callable[[Path], Career], root: Path = CORPUS) -> Report:
    """Read every corpus document with ``read`` and score it against its truth."""
    scores = []
    for case in load_cases(root):
        try:
            career, error = read(case.path), None
        except Exception as exc:  # a refused document scores as read with nothing found
            career, error = None, f"{type(exc).__name__}: {exc}"
        scores.append(score_document(case, career, error))
    return summarise(scores)


FLOOR_METRICS = ("name", "exp_f1", "edu_recall", "skills_recall")


def load_floors(path: Path = FLOORS) -> dict[str, dict[str, float]]:
    data: dict[str, dict[str, float]] = json.loads(path.read_text(encoding="utf-8"))["layouts"]
    return data


def current_figures(figures: Figures) -> dict[str, float]:
    """The floor metrics of a layout (a missing recall, with nothing to find, is 1.0)."""
    values = {
        "name": figures.name,
        "exp_f1": figures.exp_f1,
        "edu_recall": figures.edu_recall,
        "skills_recall": figures.skills_recall,
    }
    return {k: 1.0 if v is None else v for k, v in values.items()}


def raised_floors(report: Report, old: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """Floors at the current figures rounded down to 0.01, never below the old floors."""
    floors: dict[str, dict[str, float]] = {}
    for layout, figures in report.layouts.items():
        now = current_figures(figures)
        before = old.get(layout, {})
        floors[layout] = {
            k: max(before.get(k, 0.0), math.floor(now[k] * 100 + 1e-9) / 100) for k in FLOOR_METRICS
        }
    return floors


def write_floors(floors: dict[str, dict[str, float]], path: Path = FLOORS) -> None:
    body = {
        "about": (
            "Per-layout floors of the corpus truth scores, pinned by "
            "tests/read/test_corpus_truth.py. Raise them with "
            "`python bench/truth.py --raise-floors` after the reader improves."
        ),
        "layouts": floors,
    }
    path.write_text(json.dumps(body, indent=2, sort_keys=False) + "\n", encoding="utf-8")
