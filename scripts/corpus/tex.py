"""TeX Live CV classes for the resume corpus: moderncv in several styles, currvita and
europecv, compiled by pdflatex. The LaTeX is written the way a person fills in each
class's documented commands; the layout is the class's."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from corpus.careers import CAREERS, Job, Person
from corpus.truth import MONTHS, Shows, truth_of, write_truth

MONTH_NAMES = MONTHS

_ESCAPES = {
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


def esc(text: str) -> str:
    return "".join(_ESCAPES.get(c, c) for c in text)


def _month(value: str, style: str) -> str:
    year, month = value[:4], int(value[5:7])
    if style == "short":
        return f"{MONTH_NAMES[month - 1][:3]} {year}"
    if style == "long":
        return f"{MONTH_NAMES[month - 1]} {year}"
    if style == "numeric":
        return f"{month:02d}/{year}"
    return year


def span(start: str | None, end: str | None, style: str, present: str) -> str:
    """Dates as a person writes them in LaTeX: ``Apr 2019 -- Present``, ``2014--2016``."""
    first = _month(start, style) if start else ""
    last = _month(end, style) if end else present
    return f"{first}--{last}" if style == "year" else f"{first} -- {last}"


# style -> (job date style, word for a current job); education dates are written as years
MODERNCV_STYLES: dict[str, tuple[str, str]] = {
    "classic": ("short", "Present"),
    "banking": ("numeric", "present"),
    "casual": ("year", "Present"),
    "oldstyle": ("long", "now"),
    "fancy": ("short", "Current"),
}


def _employer_and_city(job: Job) -> tuple[str, str]:
    """The employer field as typed; the city field only when the employer carries none."""
    if job.employer_line:
        return job.employer_line, ""
    return job.employer, job.location


def moderncv(person: Person, style: str) -> str:
    dates, present = MODERNCV_STYLES[style]
    first, _, last = person.name.partition(" ")
    city, _, country = person.location.partition(", ")
    lines = [
        r"\documentclass[11pt,a4paper,sans]{moderncv}",
        rf"\moderncvstyle[nosymbols]{{{style}}}",
        r"\moderncvcolor{blue}",
        r"\usepackage[utf8]{inputenc}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage{lmodern}",
        r"\usepackage[scale=0.8]{geometry}",
        rf"\name{{{esc(first)}}}{{{esc(last)}}}",
        rf"\title{{{esc(person.headline)}}}",
        rf"\address{{{esc(city)}}}{{{esc(country)}}}{{}}",
        rf"\phone[mobile]{{{esc(person.phone)}}}",
        rf"\email{{{esc(person.email)}}}",
        r"\begin{document}",
        r"\makecvtitle",
        r"\section{Summary}",
        rf"\cvitem{{}}{{{esc(person.summary)}}}",
        r"\section{Experience}",
    ]
    for job in person.jobs:
        employer, where = _employer_and_city(job)
        bullets = ""
        if job.bullets:
            items = "".join(rf"\item {esc(b)}" for b in job.bullets)
            bullets = rf"\begin{{itemize}}{items}\end{{itemize}}"
        lines.append(
            rf"\cventry{{{span(job.start, job.end, dates, present)}}}{{{esc(job.title)}}}"
            rf"{{{esc(employer)}}}{{{esc(where)}}}{{}}{{{bullets}}}"
        )
    lines.append(r"\section{Education}")
    for school in person.schools:
        lines.append(
            rf"\cventry{{{span(school.start, school.end, 'year', '')}}}{{{esc(school.degree)}}}"
            rf"{{{esc(school.institution)}}}{{{esc(school.location)}}}{{}}"
            rf"{{{esc(school.field or '')}}}"
        )
    lines.append(r"\section{Skills}")
    for label, names in person.skills.items():
        lines.append(rf"\cvitem{{{esc(label)}}}{{{esc(', '.join(names))}}}")
    lines.append(r"\section{Languages}")
    for language, level in person.languages:
        lines.append(rf"\cvitemwithcomment{{{esc(language)}}}{{{esc(level)}}}{{}}")
    lines.append(r"\end{document}")
    return "\n".join(lines) + "\n"


def currvita(person: Person) -> str:
    """currvita: a heading per section, the dates in a left-hand column."""
    lines = [
        r"\documentclass[11pt,a4paper]{article}",
        r"\usepackage[utf8]{inputenc}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage{lmodern}",
        r"\usepackage[margin=2.2cm]{geometry}",
        r"\usepackage[NoDate]{currvita}",
        r"\begin{document}",
        rf"\begin{{cv}}{{{esc(person.name)}}}",
        rf"{esc(person.headline)} \\ {esc(person.location)} \\ "
        rf"{esc(person.email)} \quad {esc(person.phone)}",
        r"\begin{cvlist}{Professional Experience}",
    ]
    for job in person.jobs:
        employer, where = _employer_and_city(job)
        place = f", {esc(where)}" if where else ""
        lines.append(
            rf"\item[{span(job.start, job.end, 'numeric', 'present')}] "
            rf"\textbf{{{esc(job.title)}}}, {esc(employer)}{place}"
        )
        for bullet in job.bullets:
            lines.append(rf"\\ {esc(bullet)}")
    lines.append(r"\end{cvlist}")
    lines.append(r"\begin{cvlist}{Education}")
    for school in person.schools:
        field = f" in {esc(school.field)}" if school.field else ""
        lines.append(
            rf"\item[{span(school.start, school.end, 'numeric', '')}] "
            rf"{esc(school.degree)}{field}, \textit{{{esc(school.institution)}}}"
        )
    lines.append(r"\end{cvlist}")
    lines.append(r"\begin{cvlist}{Skills}")
    for label, names in person.skills.items():
        lines.append(rf"\item[{esc(label)}] {esc(', '.join(names))}")
    lines.append(r"\end{cvlist}")
    lines += [r"\end{cv}", r"\end{document}"]
    return "\n".join(lines) + "\n"


def simplecv(person: Person) -> str:
    """simplecv: the name as the title, address in the header, topics with the dates in a
    left-hand label column; employer first, the title on the line below."""
    lines = [
        r"\documentclass[11pt,a4paper]{simplecv}",
        r"\usepackage[utf8]{inputenc}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage{lmodern}",
        r"\usepackage[margin=2cm]{geometry}",
        rf"\leftheader{{{esc(person.location)}}}",
        rf"\rightheader{{{esc(person.email)} \\ {esc(person.phone)}}}",
        rf"\title{{{esc(person.name)}}}",
        r"\begin{document}",
        r"\maketitle",
        rf"{esc(person.summary)}",
        r"\section{Work Experience}",
        r"\begin{topic}",
    ]
    for job in person.jobs:
        employer, where = _employer_and_city(job)
        place = f", {esc(where)}" if where else ""
        lines.append(
            rf"\item[{span(job.start, job.end, 'short', 'Present')}] "
            rf"\textbf{{{esc(employer)}}}{place} \\ \textit{{{esc(job.title)}}}"
        )
        for bullet in job.bullets:
            lines.append(rf"\\ {esc(bullet)}")
    lines += [r"\end{topic}", r"\section{Education}", r"\begin{topic}"]
    for school in person.schools:
        field = f", {esc(school.field)}" if school.field else ""
        lines.append(
            rf"\item[{span(school.start, school.end, 'year', '')}] "
            rf"\textbf{{{esc(school.institution)}}} \\ {esc(school.degree)}{field}"
        )
    lines += [r"\end{topic}", r"\section{Skills}", r"\begin{topic}"]
    for label, names in person.skills.items():
        lines.append(rf"\item[{esc(label)}] {esc(', '.join(names))}")
    lines += [r"\end{topic}", r"\end{document}"]
    return "\n".join(lines) + "\n"


def compile_pdf(source: str, pdf: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tex = Path(tmp) / "cv.tex"
        tex.write_text(source, encoding="utf-8")
        for _ in range(2):
            result = subprocess.run(
                ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "cv.tex"],
                cwd=tmp,
                capture_output=True,
                text=True,
                timeout=180,
                env={"SOURCE_DATE_EPOCH": "1767225600", "PATH": "/usr/bin:/bin"},
            )
            if result.returncode != 0:
                raise RuntimeError(f"pdflatex failed for {pdf.name}: {result.stdout[-1500:]}")
        shutil.copy(Path(tmp) / "cv.pdf", pdf)


def _tex_version(package: str) -> str:
    """The date and version a class or package declares (``2022-02-21 v2.3.1``)."""
    found = subprocess.run(["kpsewhich", package], capture_output=True, text=True).stdout.strip()
    text = Path(found).read_text(encoding="latin-1")
    match = re.search(r"\\Provides(?:Class|Package)\{[^}]*\}\s*\[%?\s*([^\]%]*)", text)
    words = match.group(1).split() if match else []
    return " ".join(words[:2])


# The careers TeX renders: pdflatex's T1 fonts have no Vietnamese, so that one is left out.
TEX_CAREERS = [p for p in CAREERS if p.slug != "nguyen-thi-lan"]


def _pick(index: int, count: int = 3) -> list[Person]:
    return [TEX_CAREERS[(index * count + k) % len(TEX_CAREERS)] for k in range(count)]


def build_tex(
    out: Path,
    only: set[str] | None,
    *,
    held_out: set[str],
    check: Callable[[Path, dict[str, Any]], None],
) -> None:
    layouts: list[tuple[str, Callable[[Person], str], Shows, str]] = []
    version = _tex_version("moderncv.cls")
    for style, (dates, _) in MODERNCV_STYLES.items():
        layouts.append(
            (
                f"moderncv-{style}",
                lambda p, s=style: moderncv(p, s),
                Shows(dates="year" if dates == "year" else "month", education_dates="year"),
                f"moderncv {version} style {style} (TeX Live, pdflatex)",
            )
        )
    layouts.append(
        (
            "currvita",
            currvita,
            Shows(),
            f"currvita {_tex_version('currvita.sty')} (TeX Live, pdflatex)",
        )
    )
    layouts.append(
        (
            "simplecv",
            simplecv,
            Shows(education_dates="year"),
            f"simplecv {_tex_version('simplecv.cls')} (TeX Live, pdflatex)",
        )
    )
    for index, (layout, make, shows, engine) in enumerate(layouts):
        if only and layout not in only and layout.split("-")[-1] not in only:
            continue
        folder = out / layout
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        print(f"{layout}: {engine}")
        for person in _pick(index + 5):
            pdf = folder / f"{person.slug}.pdf"
            compile_pdf(make(person), pdf)
            truth = truth_of(
                person,
                layout=layout,
                engine=engine,
                documents=[pdf.name],
                shows=shows,
                held_out=layout in held_out,
            )
            write_truth(folder, person.slug, truth)
            check(pdf, truth)
