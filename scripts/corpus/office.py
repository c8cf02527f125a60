"""pandoc and LibreOffice layouts for the resume corpus: DOCX written by pandoc (from
Markdown, and from an HTML two-column table) and by LibreOffice (a document with
right-aligned tab stops for the dates), each also exported to PDF by LibreOffice."""

from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from corpus.careers import CAREERS, Job, Person
from corpus.tex import MONTH_NAMES
from corpus.truth import Shows, truth_of, write_truth


def _when(value: str | None, style: str, present: str = "Present") -> str:
    if value is None:
        return present
    year, month = value[:4], int(value[5:7])
    if style == "long":
        return f"{MONTH_NAMES[month - 1]} {year}"
    return f"{MONTH_NAMES[month - 1][:3]} {year}"


def span(start: str | None, end: str | None, style: str = "short", present: str = "Present") -> str:
    return f"{_when(start, style)} – {_when(end, style, present)}"


def _employer_place(job: Job) -> str:
    """The employer as typed, with its city unless the person already typed a place."""
    if job.employer_line:
        return job.employer_line
    return f"{job.employer}, {job.location}" if job.location else job.employer


def markdown(person: Person) -> str:
    """A Markdown resume: roles as level-3 headings "Title — Employer", dates below."""
    out = [
        f"# {person.name}",
        "",
        f"{person.headline} · {person.location} · {person.email} · {person.phone}",
        "",
        "## Summary",
        "",
        person.summary,
        "",
        "## Experience",
        "",
    ]
    for job in person.jobs:
        place = "" if job.employer_line else f"{job.location} · "
        out += [
            f"### {job.title} — {job.typed_employer}",
            "",
            f"*{place}{span(job.start, job.end)}*",
            "",
        ]
        out += [f"- {b}" for b in job.bullets] + [""]
    out += ["## Education", ""]
    for school in person.schools:
        field = f", {school.field}" if school.field else ""
        out += [
            f"### {school.institution}",
            "",
            f"{school.degree}{field} · {span(school.start, school.end)}",
            "",
        ]
    out += ["## Skills", ""]
    out += [f"**{label}:** {', '.join(names)}  " for label, names in person.skills.items()]
    out += ["", "## Languages", "", ", ".join(f"{n} ({lvl})" for n, lvl in person.languages), ""]
    return "\n".join(out)


def table_html(person: Person) -> str:
    """An HTML page for pandoc: each section a two-column table, dates on the left."""
    e = html.escape

    def row(left: str, right: str) -> str:
        return f"<tr><td>{e(left)}</td><td>{right}</td></tr>"

    parts = [
        "<html><head><meta charset='utf-8'></head><body>",
        f"<h1>{e(person.name)}</h1>",
        f"<p>{e(person.headline)}<br>{e(person.location)} | {e(person.email)} | "
        f"{e(person.phone)}</p>",
        "<h2>Work Experience</h2>",
        "<table><colgroup><col width='24%'><col width='76%'></colgroup><tbody>",
    ]
    for job in person.jobs:
        bullets = "".join(f"<li>{e(b)}</li>" for b in job.bullets)
        parts.append(
            row(
                span(job.start, job.end, "short", "Present"),
                f"<p><strong>{e(job.title)}</strong></p><p>{e(_employer_place(job))}</p>"
                f"<ul>{bullets}</ul>",
            )
        )
    parts += [
        "</tbody></table>",
        "<h2>Education</h2>",
        "<table><colgroup><col width='24%'><col width='76%'></colgroup><tbody>",
    ]
    for school in person.schools:
        field = f" in {school.field}" if school.field else ""
        parts.append(
            row(
                span(school.start, school.end),
                f"<p><strong>{e(school.degree)}{e(field)}</strong></p>"
                f"<p>{e(school.institution)}</p>",
            )
        )
    parts += ["</tbody></table>", "<h2>Skills</h2>"]
    parts += [f"<p>{e(label)}: {e(', '.join(names))}</p>" for label, names in person.skills.items()]
    parts.append("</body></html>")
    return "\n".join(parts)


_FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"
  xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.08cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt"/>
 </style:default-style>
 <style:style style:name="Name" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="22pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Contact" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="9.5pt"/>
 </style:style>
 <style:style style:name="Section" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.15cm"
   fo:border-bottom="0.06pt solid #000000" fo:padding-bottom="0.05cm"/>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold"
   fo:text-transform="uppercase" fo:letter-spacing="0.04cm"/>
 </style:style>
 <style:style style:name="Entry" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.2cm">
   <style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Bullet" style:family="paragraph">
  <style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.4cm"/>
 </style:style>
 <style:style style:name="B" style:family="text">
  <style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="text">
  <style:text-properties fo:font-style="italic"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Sidebar" style:family="table">
  <style:table-properties style:width="17cm" table:align="left"
   xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"/>
 </style:style>
 <style:style style:name="Sidebar.A" style:family="table-column">
  <style:table-column-properties style:column-width="5.4cm"/>
 </style:style>
 <style:style style:name="Sidebar.B" style:family="table-column">
  <style:table-column-properties style:column-width="11.6cm"/>
 </style:style>
 <style:style style:name="Sidebar.A1" style:family="table-cell">
  <style:table-cell-properties fo:background-color="#e8edf2" fo:padding="0.3cm"
   fo:border="none"/>
 </style:style>
 <style:style style:name="Sidebar.B1" style:family="table-cell">
  <style:table-cell-properties fo:padding-left="0.5cm" fo:padding-top="0.3cm"
   fo:border="none"/>
 </style:style>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
</office:master-styles>
<office:body><office:text>
"""
_FODT_TAIL = "\n</office:text></office:body></office:document>\n"


def tabs_fodt(person: Person) -> str:
    """A LibreOffice document: employer in bold with the dates on a right tab stop, the
    title in italics on the next line, en-dash bullets."""
    e = html.escape

    def p(style: str, body: str) -> str:
        return f'<text:p text:style-name="{style}">{body}</text:p>'

    def b(text: str) -> str:
        return f'<text:span text:style-name="B">{e(text)}</text:span>'

    def i(text: str) -> str:
        return f'<text:span text:style-name="I">{e(text)}</text:span>'

    body = [
        p("Name", e(person.name)),
        p("Contact", e(f"{person.location} • {person.email} • {person.phone}")),
        p("Section", "Profile"),
        p("Standard", e(person.summary)),
        p("Section", "Professional Experience"),
    ]
    for job in person.jobs:
        body.append(
            p("Entry", f"{b(_employer_place(job))}<text:tab/>{e(span(job.start, job.end, 'long'))}")
        )
        body.append(p("Standard", i(job.title)))
        body += [p("Bullet", f"–<text:tab/>{e(bullet)}") for bullet in job.bullets]
    body.append(p("Section", "Education"))
    for school in person.schools:
        body.append(
            p(
                "Entry",
                f"{b(school.institution)}<text:tab/>{e(span(school.start, school.end, 'long'))}",
            )
        )
        field = f", {school.field}" if school.field else ""
        body.append(p("Standard", i(school.degree + field)))
    body.append(p("Section", "Skills"))
    body += [
        p("Standard", f"{b(label + ':')} {e(', '.join(n))}") for label, n in person.skills.items()
    ]
    return _FODT_HEAD + "\n".join(body) + _FODT_TAIL


def _numeric(value: str | None) -> str:
    return "Present" if value is None else f"{value[5:7]}/{value[:4]}"


def sidebar_fodt(person: Person) -> str:
    """A LibreOffice document laid out as a two-column table: a shaded sidebar (contact,
    education, skills, languages) beside the main column (name, profile, experience with
    the title, then "Employer | City", then the dates on their own line)."""
    e = html.escape

    def p(style: str, body: str) -> str:
        return f'<text:p text:style-name="{style}">{body}</text:p>'

    def b(text: str) -> str:
        return f'<text:span text:style-name="B">{e(text)}</text:span>'

    side = [
        p("Section", "Contact"),
        p("Standard", e(person.location)),
        p("Standard", e(person.email)),
        p("Standard", e(person.phone)),
        p("Section", "Education"),
    ]
    for school in person.schools:
        field = f" in {school.field}" if school.field else ""
        side += [
            p("Standard", b(school.degree + field)),
            p("Standard", e(school.institution)),
            p("Standard", e(f"{(school.start or '')[:4]} – {(school.end or '')[:4]}")),
        ]
    side.append(p("Section", "Skills"))
    side += [p("Standard", e(skill)) for skill in person.skill_list]
    side.append(p("Section", "Languages"))
    side += [p("Standard", e(f"{name} — {level}")) for name, level in person.languages]
    main = [
        p("Name", e(person.name)),
        p("Standard", e(person.headline)),
        p("Section", "Profile"),
        p("Standard", e(person.summary)),
        p("Section", "Experience"),
    ]
    for job in person.jobs:
        where = "" if job.employer_line else f" | {job.location}"
        main += [
            p("Entry", b(job.title)),
            p("Standard", e(job.typed_employer + where)),
            p("Standard", e(f"{_numeric(job.start)} – {_numeric(job.end)}")),
        ]
        main += [p("Bullet", f"•<text:tab/>{e(bullet)}") for bullet in job.bullets]
    table = (
        '<table:table table:name="Sidebar" table:style-name="Sidebar"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">'
        '<table:table-column table:style-name="Sidebar.A"/>'
        '<table:table-column table:style-name="Sidebar.B"/><table:table-row>'
        '<table:table-cell table:style-name="Sidebar.A1" office:value-type="string">'
        + "".join(side)
        + '</table:table-cell><table:table-cell table:style-name="Sidebar.B1"'
        ' office:value-type="string">'
        + "".join(main)
        + "</table:table-cell></table:table-row></table:table>"
    )
    return _FODT_HEAD + table + _FODT_TAIL


def _soffice(source: Path, target: str, out_dir: Path) -> Path:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(out_dir),
                str(source),
            ],
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
    made = out_dir / f"{source.stem}.{target.split(':')[0]}"
    if not made.exists():
        raise RuntimeError(f"soffice made no {made.name} from {source.name}")
    return made


def _pandoc(source: Path, fmt: str, docx: Path) -> None:
    subprocess.run(
        ["pandoc", "-f", fmt, "-t", "docx", "-o", str(docx), str(source)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


def _pandoc_text(person: Person, tmp: Path) -> list[Path]:
    """The Markdown resume written out by pandoc as plain text (headings become bare lines)
    and as Markdown with setext (underlined) headings."""
    source = tmp / f"{person.slug}.source.md"
    source.write_text(markdown(person), encoding="utf-8")
    made = []
    for target, extra, suffix in (
        ("plain", [], ".txt"),
        ("markdown", ["--markdown-headings=setext"], ".md"),
    ):
        path = tmp / f"{person.slug}{suffix}"
        subprocess.run(
            ["pandoc", "-f", "markdown", "-t", target, *extra, "-o", str(path), str(source)],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        made.append(path)
    return made


def _version(cmd: list[str]) -> str:
    out = subprocess.run(cmd, capture_output=True, text=True).stdout.splitlines()
    return out[0].strip() if out else "?"


def build_office(
    out: Path,
    only: set[str] | None,
    *,
    held_out: set[str],
    check: Callable[[Path, dict[str, Any]], None],
) -> None:
    pandoc = _version(["pandoc", "--version"])
    soffice = _version(["soffice", "--version"])
    layouts = [
        ("pandoc-markdown", "markdown", f"{pandoc} (Markdown -> DOCX); {soffice} (PDF)"),
        ("pandoc-table", "table", f"{pandoc} (HTML table -> DOCX); {soffice} (PDF)"),
        ("libreoffice-tabs", "tabs", f"{soffice} (ODT with tab stops -> DOCX, PDF)"),
        ("libreoffice-sidebar", "sidebar", f"{soffice} (ODT two-column table -> DOCX, PDF)"),
        ("pandoc-text", "text", f"{pandoc} (Markdown -> plain text, setext Markdown)"),
    ]
    for index, (layout, kind, engine) in enumerate(layouts):
        if only and layout not in only:
            continue
        folder = out / layout
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        print(f"{layout}: {engine}")
        for k in range(4):
            person = CAREERS[(index * 4 + k + 2) % len(CAREERS)]
            with tempfile.TemporaryDirectory() as tmp_name:
                tmp = Path(tmp_name)
                docx = tmp / f"{person.slug}.docx"
                if kind == "markdown":
                    source = tmp / f"{person.slug}.md"
                    source.write_text(markdown(person), encoding="utf-8")
                    _pandoc(source, "markdown", docx)
                elif kind == "table":
                    source = tmp / f"{person.slug}.html"
                    source.write_text(table_html(person), encoding="utf-8")
                    _pandoc(source, "html", docx)
                elif kind == "text":
                    made = _pandoc_text(person, tmp)
                else:
                    source = tmp / f"{person.slug}.fodt"
                    fodt = tabs_fodt(person) if kind == "tabs" else sidebar_fodt(person)
                    source.write_text(fodt, encoding="utf-8")
                    docx = _soffice(source, "docx:MS Word 2007 XML", tmp)
                if kind != "text":
                    made = [docx, _soffice(docx, "pdf", tmp)]
                for path in made:
                    shutil.copy(path, folder / path.name)
            truth = truth_of(
                person,
                layout=layout,
                engine=engine,
                documents=[path.name for path in made],
                shows=Shows(education_dates="year") if kind == "sidebar" else Shows(),
                held_out=layout in held_out,
            )
            write_truth(folder, person.slug, truth)
            for path in made:
                check(folder / path.name, truth)
