"""LibreOffice's own bundled resume templates, filled in as a person fills them in, for the
second held-out set: ``Resume1page.ott`` (education first; each job a two-column section,
"Title" over the employer on the left, the dates alone in the right-hand column, bullets in
a list below) and ``CV.ott`` (one two-column table: row labels and dates on the left,
"About me" rows, then experience, education and skills rows). The template's own
paragraph, span, section and table styles are kept; only the text is the career's. Each
filled document is saved as ODT and converted by LibreOffice to DOCX and PDF.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from corpus.careers2 import ALL_CAREERS, HEADINGS, NEW_CAREERS, LocalPerson, month_year
from corpus.truth import Shows, truth_of, write_truth

Check = Callable[[Path, dict[str, Any]], None]

TEMPLATES = Path("/usr/lib/libreoffice/share/template/common/personal")
LO_LAYOUTS = {"libreoffice-resume1page": "Resume1page.ott", "libreoffice-cvtemplate": "CV.ott"}
SHOWS = {
    "libreoffice-resume1page": Shows(),
    "libreoffice-cvtemplate": Shows(education_dates="year"),
}


def _month(value: str, lang: str, *, dot: bool) -> str:
    """ "Okt. 2017" (``dot``) or "Okt 2017", as the two templates' samples write dates."""
    text = month_year(value, lang, short=True)
    return text if dot else text.replace(".", "")


def _span(start: str | None, end: str | None, lang: str, *, dot: bool) -> str:
    first = _month(start, lang, dot=dot) if start else ""
    last = _month(end, lang, dot=dot) if end else HEADINGS[lang]["present"]
    return f"{first} – {last}"


def _careers(layout: str) -> list[LocalPerson]:
    old = [c for c in ALL_CAREERS if c not in NEW_CAREERS]
    if layout == "libreoffice-resume1page":
        return [NEW_CAREERS[0], NEW_CAREERS[2], old[1]]
    return [NEW_CAREERS[3], NEW_CAREERS[1], old[9]]


def resume1page_body(career: LocalPerson) -> str:
    p, lang = career.person, career.language
    h = HEADINGS[lang]
    e = escape
    out = [
        f'<text:h text:style-name="P14" text:outline-level="1">{e(p.name)}</text:h>',
        f'<text:p text:style-name="P4">{e(p.location)}</text:p>',
        f'<text:p text:style-name="P4">{e(p.phone)}</text:p>',
        f'<text:p text:style-name="P4">{e(p.email)}</text:p>',
        f'<text:h text:style-name="P15" text:outline-level="3">{e(h["education"])}</text:h>',
    ]
    for s in p.schools:
        degree = f"{s.degree} in {s.field}" if s.field and lang == "en" else s.degree
        if s.field and lang != "en":
            degree = f"{s.degree} – {s.field}"
        when = _month(s.end, lang, dot=False) if s.end else ""
        out.append(
            f'<text:p text:style-name="P5"><text:span text:style-name="T5">{e(degree)}'
            f'</text:span><text:span text:style-name="T3"><text:line-break/>'
            f"{e(s.institution)}, {e(when)}</text:span></text:p>"
        )
    experience = e(h["experience"])
    out.append(f'<text:h text:style-name="P17" text:outline-level="3">{experience}</text:h>')
    for n, job in enumerate(p.jobs, start=1):
        out.append(
            f'<text:section text:style-name="Sect1" text:name="Section{n}">'
            f'<text:p text:style-name="P3">{e(job.title)}<text:line-break/>'
            f'<text:span text:style-name="T8">{e(job.typed_employer)}</text:span></text:p>'
            f'<text:p text:style-name="P2">{e(_span(job.start, job.end, lang, dot=False))}'
            "</text:p></text:section>"
        )
        items = "".join(
            f'<text:list-item><text:p text:style-name="P6">{e(b)}</text:p></text:list-item>'
            for b in job.bullets
        )
        if items:
            out.append(f'<text:list text:style-name="L1">{items}</text:list>')
    out.append(f'<text:h text:style-name="P16" text:outline-level="3">{e(h["skills"])}</text:h>')
    items = "".join(
        f'<text:list-item><text:p text:style-name="P9">{e(label)}: {e(", ".join(names))}'
        "</text:p></text:list-item>"
        for label, names in p.skills.items()
    )
    out.append(
        '<text:section text:style-name="Sect2" text:name="SectionSkills">'
        f'<text:list text:style-name="L1">{items}</text:list></text:section>'
    )
    return "".join(out)


def _row(left: str, right: list[str], *, strong: bool = False) -> str:
    cell = '<table:table-cell table:style-name="Table1.A1" office:value-type="string">'
    label = escape(left)
    if strong:
        label = f'<text:span text:style-name="Strong_20_Emphasis">{label}</text:span>'
    paras = "".join(f'<text:p text:style-name="Standard">{escape(t)}</text:p>' for t in right)
    paras = paras or '<text:p text:style-name="Table_20_Contents"/>'
    return (
        f'<table:table-row>{cell}<text:p text:style-name="Standard">{label}</text:p>'
        f"</table:table-cell>{cell}{paras}</table:table-cell></table:table-row>"
    )


ABOUT = {
    "en": ("About me", "Name", "Address", "Phone", "Email"),
    "de": ("Über mich", "Name", "Adresse", "Telefon", "E-Mail"),
    "fr": ("À propos", "Nom", "Adresse", "Téléphone", "E-mail"),
}
AT = {"en": "at", "de": "an der", "fr": "à l'"}


def cv_rows(career: LocalPerson) -> str:
    p, lang = career.person, career.language
    h = HEADINGS[lang]
    about, name, address, phone, email = ABOUT[lang]
    rows = [
        _row(about, [], strong=True),
        _row(name, [p.name]),
        _row(address, [p.location]),
        _row(phone, [p.phone]),
        _row(email, [p.email]),
        _row("", []),
    ]
    jobs = [_row(h["experience"], [], strong=True)]
    for job in p.jobs:
        lines = [f"{job.title}, {job.typed_employer}, {job.location}", *job.bullets]
        jobs.append(_row(_span(job.start, job.end, lang, dot=True), lines))
    jobs.append(_row("", []))
    schools = [_row(h["education"], [], strong=True)]
    for s in p.schools:
        degree = f"{s.degree} ({s.field})" if s.field else s.degree
        years = f"{(s.start or '')[:4]} – {(s.end or '')[:4]}".strip(" –")
        schools.append(_row(years, [f"{degree}, {s.institution}"]))
    schools.append(_row("", []))
    rows += schools + jobs if career.education_first else jobs + schools
    rows.append(_row(h["skills"], [], strong=True))
    rows += [_row(label, [", ".join(names)]) for label, names in p.skills.items()]
    rows.append(_row(h["languages"], [], strong=True))
    rows += [_row(lang_name, [level]) for lang_name, level in p.languages]
    return "".join(rows)


def fill(template: Path, career: LocalPerson, odt: Path) -> None:
    """Write ``odt``: the template with its body text replaced by the career's."""
    with zipfile.ZipFile(template) as src:
        content = src.read("content.xml").decode("utf-8")
        if template.name == "CV.ott":
            head, rest = content.split("<table:table-row>", 1)
            tail = rest[rest.rindex("</table:table-row>") + len("</table:table-row>") :]
            content = head + cv_rows(career) + tail
        else:
            cut = content.index("</text:sequence-decls>") + len("</text:sequence-decls>")
            end = content.index("</office:text>")
            content = content[:cut] + resume1page_body(career) + content[end:]
        with zipfile.ZipFile(odt, "w") as dst:
            dst.writestr(
                zipfile.ZipInfo("mimetype"),
                "application/vnd.oasis.opendocument.text",
                compress_type=zipfile.ZIP_STORED,
            )
            for item in src.infolist():
                if item.filename == "mimetype":
                    continue
                data = src.read(item.filename)
                if item.filename == "content.xml":
                    data = content.encode("utf-8")
                elif item.filename == "META-INF/manifest.xml":
                    data = data.replace(b"opendocument.text-template", b"opendocument.text")
                dst.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED)


def _convert(odt: Path, fmt: str, outdir: Path, profile: Path) -> None:
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(outdir),
            str(odt),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )


def build_lotemplates(out: Path, only: set[str] | None, check: Check) -> None:
    version = subprocess.run(
        ["soffice", "--version"], capture_output=True, text=True, check=True
    ).stdout.split("\n")[0]
    for layout, name in LO_LAYOUTS.items():
        if only and layout not in only:
            continue
        template = TEMPLATES / name
        if not template.exists():
            print(f"{layout}: {template} not found, skipped")
            continue
        folder = out / layout
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        engine = f"LibreOffice template {name} ({version.strip()}), DOCX and PDF by LibreOffice"
        print(f"{layout}: {engine}")
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            for career in _careers(layout):
                person = career.person
                odt = work / f"{person.slug}.odt"
                fill(template, career, odt)
                _convert(odt, "docx", folder, work / "profile")
                _convert(odt, "pdf", folder, work / "profile")
                documents = [f"{person.slug}.docx", f"{person.slug}.pdf"]
                truth = truth_of(
                    person,
                    layout=layout,
                    engine=engine,
                    documents=documents,
                    shows=SHOWS[layout],
                    held_out=True,
                )
                write_truth(folder, person.slug, truth)
                for doc in documents:
                    check(folder / doc, truth)
