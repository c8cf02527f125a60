"""The DOCX layout of the second held-out set: pandoc 2.17 with a reference.docx whose
styles differ from pandoc's defaults (Cambria body, small-caps grey section headings,
narrow margins), from an HTML resume laid out as ONE table where each section heading is
a full-width table row and each entry is a row with the dates in the right-hand cell
("Title, Employer, City" left); converted to PDF by LibreOffice (``soffice --headless
--convert-to pdf``). The German and French careers keep their own headings and months.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from corpus.careers2 import ALL_CAREERS, HEADINGS, NEW_CAREERS, LocalPerson, month_year
from corpus.truth import Shows, truth_of, write_truth

Check = Callable[[Path, dict[str, Any]], None]

OFFICE_LAYOUTS = ["pandoc-tablerows"]


def _version(cmd: list[str]) -> str:
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return out.splitlines()[0].strip()


def _span(start: str | None, end: str | None, lang: str) -> str:
    first = month_year(start, lang, short=True) if start else ""
    last = month_year(end, lang, short=True) if end else HEADINGS[lang]["present"]
    return f"{first} – {last}"


def _careers() -> list[LocalPerson]:
    old = [c for c in ALL_CAREERS if c not in NEW_CAREERS]
    return [NEW_CAREERS[3], NEW_CAREERS[2], NEW_CAREERS[1], old[6], old[11]]


def resume_html(career: LocalPerson) -> str:
    p, lang = career.person, career.language
    h = HEADINGS[lang]
    e = html.escape
    rows: list[str] = []

    def heading(text: str) -> None:
        rows.append(f'<tr><td colspan="2"><strong>{e(text.upper())}</strong></td></tr>')

    def jobs() -> None:
        heading(h["experience"])
        for job in p.jobs:
            left = f"<strong>{e(job.title)}</strong>, {e(job.typed_employer)}"
            if job.location:
                left += f", {e(job.location)}"
            if job.bullets:
                left += "<br/>" + "<br/>".join(f"• {e(b)}" for b in job.bullets)
            rows.append(f"<tr><td>{left}</td><td>{e(_span(job.start, job.end, lang))}</td></tr>")

    def schools() -> None:
        heading(h["education"])
        for s in p.schools:
            left = f"<strong>{e(s.degree)}</strong>"
            if s.field:
                left += f" – {e(s.field)}"
            left += f"<br/>{e(s.institution)}"
            rows.append(f"<tr><td>{left}</td><td>{e(_span(s.start, s.end, lang))}</td></tr>")

    for part in (schools, jobs) if career.education_first else (jobs, schools):
        part()
    heading(h["skills"])
    for label, names in p.skills.items():
        rows.append(f"<tr><td>{e(label)}: {e(', '.join(names))}</td><td></td></tr>")
    contact = f"{e(p.location)} · {e(p.email)} · {e(p.phone)}"
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{e(p.name)}</title></head>'
        f"<body><h1>{e(p.name)}</h1><p>{e(p.headline)}</p><p>{contact}</p>"
        f"<p>{e(p.summary)}</p><table>{''.join(rows)}</table></body></html>"
    )


def reference_docx(work: Path) -> Path:
    """pandoc's own reference.docx with other fonts, colours and margins."""
    default = work / "default.docx"
    with default.open("wb") as fh:
        subprocess.run(
            ["pandoc", "--print-default-data-file", "reference.docx"], stdout=fh, check=True
        )
    ref = work / "reference.docx"
    with zipfile.ZipFile(default) as src, zipfile.ZipFile(ref, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/styles.xml":
                xml = data.decode("utf-8")
                xml = re.sub(r'w:ascii="[^"]*"', 'w:ascii="Cambria"', xml)
                xml = re.sub(r'w:hAnsi="[^"]*"', 'w:hAnsi="Cambria"', xml)
                xml = xml.replace('w:color w:val="4F81BD"', 'w:color w:val="555555"')
                xml = xml.replace("<w:b />", "<w:b /><w:smallCaps />")
                data = xml.encode("utf-8")
            dst.writestr(item, data)
    return ref


def build_office(out: Path, only: set[str] | None, check: Check) -> None:
    layout = OFFICE_LAYOUTS[0]
    if only and layout not in only:
        return
    folder = out / layout
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    engine = (
        f"{_version(['pandoc', '--version'])} (custom reference.docx), PDF by "
        f"{_version(['soffice', '--version'])}"
    )
    print(f"{layout}: {engine}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        ref = reference_docx(work)
        for career in _careers():
            person = career.person
            source = work / f"{person.slug}.html"
            source.write_text(resume_html(career), encoding="utf-8")
            docx = folder / f"{person.slug}.docx"
            subprocess.run(
                ["pandoc", str(source), "-f", "html", "-o", str(docx), f"--reference-doc={ref}"],
                check=True,
            )
            subprocess.run(
                [
                    "soffice",
                    f"-env:UserInstallation=file://{work}/lo-profile",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(folder),
                    str(docx),
                ],
                check=True,
                capture_output=True,
                timeout=240,
            )
            truth = truth_of(
                person,
                layout=layout,
                engine=engine,
                documents=[docx.name, f"{person.slug}.pdf"],
                shows=Shows(),
                held_out=True,
            )
            write_truth(folder, person.slug, truth)
            check(docx, truth)
            check(folder / f"{person.slug}.pdf", truth)
