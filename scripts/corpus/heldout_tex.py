"""TeX Live CV classes of the second held-out set, compiled by pdflatex: europasscv (the
Europass layout: dates in a narrow left column, title in colour, employer below, section
headings in small capitals) and curve (rubrics as long tables, dates as the entry key in
a left column). The LaTeX is written as a person fills in each class's documented commands;
the German and French careers use the class's language option and their own month names.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from corpus.careers2 import ALL_CAREERS, HEADINGS, NEW_CAREERS, LocalPerson, month_year
from corpus.truth import Shows, truth_of, write_truth

Check = Callable[[Path, dict[str, Any]], None]

TEX_LAYOUTS = ["europasscv", "curve"]

SPECIAL = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def tex(text: str) -> str:
    return "".join(SPECIAL.get(c, c) for c in text)


def _span(start: str | None, end: str | None, lang: str) -> str:
    first = month_year(start, lang) if start else ""
    last = month_year(end, lang) if end else HEADINGS[lang]["present"]
    return f"{first} -- {last}"


def _careers(layout: str) -> list[LocalPerson]:
    old = [c for c in ALL_CAREERS if c not in NEW_CAREERS]
    if layout == "europasscv":
        return [NEW_CAREERS[2], NEW_CAREERS[3], NEW_CAREERS[0], old[3]]
    return [NEW_CAREERS[1], NEW_CAREERS[2], NEW_CAREERS[3], old[8]]


ECV_LANG = {"en": "english", "de": "german", "fr": "french"}


def europasscv(career: LocalPerson) -> str:
    p, lang = career.person, career.language
    h = HEADINGS[lang]
    out = [
        rf"\documentclass[{ECV_LANG[lang]},a4paper,nologo]{{europasscv}}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage[utf8]{inputenc}",
        rf"\ecvname{{{tex(p.name)}}}",
        rf"\ecvaddress{{{tex(p.location)}}}",
        rf"\ecvtelephone{{{tex(p.phone)}}}",
        rf"\ecvemail{{{tex(p.email)}}}",
        r"\begin{document}",
        r"\begin{europasscv}",
        r"\ecvpersonalinfo",
    ]
    jobs = [rf"\ecvsection{{{h['experience']}}}"]
    for job in p.jobs:
        jobs += [
            rf"\ecvtitle{{{_span(job.start, job.end, lang)}}}{{{tex(job.title)}}}",
            rf"\ecvitem{{}}{{{tex(job.typed_employer)}, {tex(job.location)}}}",
        ]
        if job.bullets:
            items = "".join(rf"\item {tex(b)} " for b in job.bullets)
            jobs.append(rf"\ecvitem{{}}{{\begin{{ecvitemize}}{items}\end{{ecvitemize}}}}")
    schools = [rf"\ecvsection{{{h['education']}}}"]
    for s in p.schools:
        degree = f"{s.degree}, {s.field}" if s.field else s.degree
        schools += [
            rf"\ecvtitle{{{_span(s.start, s.end, lang)}}}{{{tex(degree)}}}",
            rf"\ecvitem{{}}{{{tex(s.institution)}}}",
        ]
    out += schools + jobs if career.education_first else jobs + schools
    out.append(rf"\ecvsection{{{h['skills']}}}")
    for label, names in p.skills.items():
        out.append(rf"\ecvitem{{{tex(label)}}}{{{tex(', '.join(names))}}}")
    out += [r"\end{europasscv}", r"\end{document}", ""]
    return "\n".join(out)


def curve(career: LocalPerson, folder: Path) -> str:
    """The main file; each rubric goes in its own file, as curve's manual asks."""
    p, lang = career.person, career.language
    h = HEADINGS[lang]
    jobs = [rf"\begin{{rubric}}{{{h['experience']}}}"]
    for job in p.jobs:
        key = _span(job.start, job.end, lang).replace(" -- ", "--")
        line = rf"\textbf{{{tex(job.title)}}}, {tex(job.typed_employer)}, {tex(job.location)}"
        if job.bullets:
            line += r"\newline " + tex(job.bullets[0])
        jobs.append(rf"\entry*[{key}] {line}")
    jobs.append(r"\end{rubric}")
    schools = [rf"\begin{{rubric}}{{{h['education']}}}"]
    for s in p.schools:
        degree = f"{s.degree} ({s.field})" if s.field else s.degree
        key = _span(s.start, s.end, lang).replace(" -- ", "--")
        schools.append(rf"\entry*[{key}] \textbf{{{tex(degree)}}}, {tex(s.institution)}")
    schools.append(r"\end{rubric}")
    skills = [rf"\begin{{rubric}}{{{h['skills']}}}"]
    for label, names in p.skills.items():
        skills.append(rf"\entry*[{tex(label)}] {tex(', '.join(names))}")
    skills.append(r"\end{rubric}")
    for name, body in (("jobs", jobs), ("schools", schools), ("skills", skills)):
        (folder / f"{name}.tex").write_text("\n".join(body) + "\n", encoding="utf-8")
    order = ["schools", "jobs"] if career.education_first else ["jobs", "schools"]
    return "\n".join(
        [
            r"\documentclass[a4paper,11pt]{curve}",
            r"\usepackage[T1]{fontenc}",
            r"\usepackage[utf8]{inputenc}",
            r"\usepackage{lmodern}",
            r"\leftheader{" + tex(p.email) + r"\\" + tex(p.phone) + "}",
            r"\rightheader{" + tex(p.location) + "}",
            rf"\title{{{tex(p.name)}}}",
            rf"\subtitle{{{tex(p.headline)}}}",
            r"\begin{document}",
            r"\makeheaders[c]",
            r"\maketitle",
            *(rf"\makerubric{{{name}}}" for name in [*order, "skills"]),
            r"\end{document}",
            "",
        ]
    )


def _version(cls: str) -> str:
    path = subprocess.run(
        ["kpsewhich", f"{cls}.cls"], capture_output=True, text=True, check=True
    ).stdout.strip()
    for line in Path(path).read_text(encoding="latin-1").splitlines():
        if r"\ProvidesClass" in line:
            return line.split("[", 1)[-1].rstrip("]").strip() if "[" in line else cls
    return cls


def _compile(source: str, work: Path, pdf: Path) -> None:
    (work / "cv.tex").write_text(source, encoding="utf-8")
    for _ in range(2):  # long tables and page totals settle on the second run
        result = subprocess.run(
            ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "cv.tex"],
            cwd=work,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=180,
        )
        if result.returncode != 0:
            raise RuntimeError(f"pdflatex failed for {pdf.name}: {result.stdout[-1200:]}")
    shutil.copy(work / "cv.pdf", pdf)


def build_tex(out: Path, only: set[str] | None, check: Check) -> None:
    for layout in TEX_LAYOUTS:
        if only and layout not in only:
            continue
        folder = out / layout
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        engine = f"{layout} {_version(layout)} (TeX Live, pdflatex)"
        print(f"{layout}: {engine}")
        for career in _careers(layout):
            person = career.person
            pdf = folder / f"{person.slug}.pdf"
            with tempfile.TemporaryDirectory() as work:
                source = europasscv(career) if layout == "europasscv" else curve(career, Path(work))
                _compile(source, Path(work), pdf)
            truth = truth_of(
                person,
                layout=layout,
                engine=engine,
                documents=[pdf.name],
                shows=Shows(),
                held_out=True,
            )
            write_truth(folder, person.slug, truth)
            check(pdf, truth)
