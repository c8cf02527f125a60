"""Build the resume corpus in ``fixtures/corpus/resumes/``: the invented careers of
``scripts/corpus/careers.py`` rendered through layout engines other people designed, each
document beside a truth file written from the career's input structure.

Engines (each is optional; a missing one is reported and skipped):

* JSON Resume themes from the npm registry, rendered by Node to HTML, printed to PDF by
  Debian's Chromium (``--themes``);
* TeX Live CV classes (moderncv in several styles, currvita, europecv) compiled by
  pdflatex (``--tex``);
* pandoc and LibreOffice: DOCX and PDF with a two-column table, and with tab-aligned
  dates in their own column (``--office``).

Run ``.venv/bin/python scripts/make_corpus.py [--themes] [--tex] [--office]`` (all by
default). Needs ``node``/``npm`` (themes are installed in ``--npm-dir``, default
/tmp/corpus-npm, never in the repository), ``chromium``, ``pdflatex``, ``pandoc``,
``soffice`` and ``pdftotext``. Tests need none of these: the output is committed.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus.careers import CAREERS, Person
from corpus.truth import Shows, missing_from, truth_of, write_truth

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "fixtures" / "corpus" / "resumes"
HERE = Path(__file__).resolve().parent / "corpus"

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--virtual-time-budget=5000",
]

# theme -> what its layout shows (checked against pdftotext output of each render)
THEMES: dict[str, Shows] = {
    "even": Shows(),
    "stackoverflow": Shows(),
    "elegant": Shows(),
    "flat": Shows(),
    "kendall": Shows(education_dates="year"),
    "macchiato": Shows(),
    "onepage": Shows(),
    "paper": Shows(),
    "class": Shows(degree=False, skills=False),
    "spartan": Shows(education_dates="year"),
    "caffeine": Shows(),
    "short": Shows(),
}
CAREERS_PER_LAYOUT = 3

# themes also printed with the browser's header and footer on each page (layout
# "jsonresume-<theme>-printed", PDF only): the longest careers, so they run to two pages
PRINTED = {
    "spartan": ["elodie-marchand", "maya-lindqvist", "tomas-o-briain"],
    "flat": ["zofia-wisniewska", "marcus-bell", "priya-raghunathan"],
}

# layouts the reader is scored on last (see fixtures/corpus/README.md)
HELD_OUT = {
    "jsonresume-kendall",
    "jsonresume-caffeine",
    "moderncv-oldstyle",
    "simplecv",
    "libreoffice-sidebar",
}


def careers_for(index: int, count: int = CAREERS_PER_LAYOUT) -> list[Person]:
    """A rotating pick of careers, so every career goes through several engines."""
    return [CAREERS[(index * count + k) % len(CAREERS)] for k in range(count)]


def json_resume(person: Person) -> dict[str, Any]:
    city, _, country = person.location.partition(", ")
    work = []
    for job in person.jobs:
        entry: dict[str, Any] = {
            "name": job.typed_employer,
            "company": job.typed_employer,
            "position": job.title,
            "location": job.location,
            "startDate": job.start,
            "summary": job.bullets[0] if job.bullets else "",
            "highlights": job.bullets[1:],
        }
        if job.end:
            entry["endDate"] = job.end
        work.append(entry)
    return {
        "basics": {
            "name": person.name,
            "label": person.headline,
            "email": person.email,
            "phone": person.phone,
            "summary": person.summary,
            "location": {
                "address": "",
                "postalCode": "",
                "city": city,
                "region": country,
                "countryCode": "",
            },
            "profiles": [],
        },
        "work": work,
        "volunteer": [],
        "education": [
            {
                "institution": s.institution,
                "studyType": s.degree,
                "area": s.field or "",
                "startDate": s.start or "",
                "endDate": s.end or "",
                "courses": [],
            }
            for s in person.schools
        ],
        "awards": [],
        "publications": [],
        "skills": [
            {"name": label, "level": "", "keywords": names}
            for label, names in person.skills.items()
        ],
        "languages": [{"language": lang, "fluency": level} for lang, level in person.languages],
        "interests": [],
        "references": [],
        "projects": [],
    }


def run(cmd: list[str], *, cwd: Path | None = None, timeout: int = 120) -> None:
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed ({result.returncode}): {result.stderr[-800:]}")


def pdf_text(path: Path, layout: bool = True) -> str:
    mode = ["-layout"] if layout else []
    return subprocess.run(
        ["pdftotext", *mode, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def print_pdf(html: Path, pdf: Path, *, browser_furniture: bool = False) -> None:
    """Print a page to PDF; with ``browser_furniture`` the browser's own running header
    (date, page title) and footer (address, "1/2") are printed on every page, as when a
    person saves a resume page with the browser's print dialog defaults."""
    chromium = shutil.which("chromium") or "chromium"
    furniture = [] if browser_furniture else ["--no-pdf-header-footer"]
    with tempfile.TemporaryDirectory() as profile:
        run(
            [
                chromium,
                *CHROMIUM_FLAGS,
                *furniture,
                f"--user-data-dir={profile}",
                f"--print-to-pdf={pdf}",
                html.as_uri(),
            ],
            timeout=180,
        )


def markup_text(path: Path) -> str:
    """The visible text of an HTML page or a DOCX body, one block per line."""
    if path.suffix in {".txt", ".md"}:
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        with zipfile.ZipFile(path) as docx:
            markup = docx.read("word/document.xml").decode("utf-8")
        markup = re.sub(r"</w:p>|<w:tab/>", "\n", markup)
    else:
        markup = path.read_text(encoding="utf-8")
        markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
        markup = re.sub(r"(?i)<br\s*/?>|</(p|div|li|h\d|tr|section)>", "\n", markup)
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def check_shown(doc: Path, truth: dict[str, Any]) -> None:
    """Warn about each truth value the document does not show."""
    if doc.suffix != ".pdf":
        missing = missing_from(markup_text(doc), truth)
    else:
        missing = missing_from(pdf_text(doc), truth)
        if missing:  # a value wrapped inside a table cell reads whole in reading order
            missing = [m for m in missing if m in missing_from(pdf_text(doc, False), truth)]
    if missing:
        print(f"  ! {doc.relative_to(OUT)} does not show: {missing}")


def theme_version(npm_dir: Path, theme: str) -> str:
    package = npm_dir / "node_modules" / f"jsonresume-theme-{theme}" / "package.json"
    return str(json.loads(package.read_text(encoding="utf-8"))["version"])


def build_themes(npm_dir: Path, only: set[str] | None) -> None:
    if not (npm_dir / "node_modules").is_dir():
        npm_dir.mkdir(parents=True, exist_ok=True)
        run(["npm", "init", "-y"], cwd=npm_dir)
        packages = [f"jsonresume-theme-{t}" for t in THEMES]
        run(["npm", "install", "--no-audit", "--no-fund", *packages], cwd=npm_dir, timeout=900)
    shutil.copy(HERE / "render_theme.mjs", npm_dir / "render_theme.mjs")
    for index, (theme, shows) in enumerate(THEMES.items()):
        if only and theme not in only:
            continue
        layout = f"jsonresume-{theme}"
        folder = OUT / layout
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        engine = f"jsonresume-theme-{theme} {theme_version(npm_dir, theme)} (npm)"
        print(f"{layout}: {engine}")
        for person in careers_for(index):
            source = npm_dir / f"{person.slug}.resume.json"
            source.write_text(json.dumps(json_resume(person), ensure_ascii=False), "utf-8")
            html = folder / f"{person.slug}.html"
            pdf = folder / f"{person.slug}.pdf"
            run(
                ["node", "render_theme.mjs", f"jsonresume-theme-{theme}", str(source), str(html)],
                cwd=npm_dir,
            )
            print_pdf(html, pdf)
            truth = truth_of(
                person,
                layout=layout,
                engine=engine,
                documents=[html.name, pdf.name],
                shows=shows,
                held_out=layout in HELD_OUT,
            )
            write_truth(folder, person.slug, truth)
            check_shown(pdf, truth)
    for theme, slugs in PRINTED.items():
        if only and theme not in only:
            continue
        layout = f"jsonresume-{theme}-printed"
        folder = OUT / layout
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        engine = (
            f"jsonresume-theme-{theme} {theme_version(npm_dir, theme)} (npm), printed by "
            "Chromium with its default header and footer"
        )
        print(f"{layout}: {engine}")
        for person in [p for p in CAREERS if p.slug in slugs]:
            # the footer shows where the page was saved: file:///tmp/corpus-npm/Resume/...
            saved = npm_dir / "Resume"
            saved.mkdir(exist_ok=True)
            source = npm_dir / f"{person.slug}.resume.json"
            source.write_text(json.dumps(json_resume(person), ensure_ascii=False), "utf-8")
            html = saved / f"{person.slug}.html"
            render = ["node", "render_theme.mjs", f"jsonresume-theme-{theme}", str(source)]
            run([*render, str(html)], cwd=npm_dir)
            pdf = folder / f"{person.slug}.pdf"
            print_pdf(html, pdf, browser_furniture=True)
            truth = truth_of(
                person,
                layout=layout,
                engine=engine,
                documents=[pdf.name],
                shows=THEMES[theme],
                held_out=layout in HELD_OUT,
            )
            write_truth(folder, person.slug, truth)
            check_shown(pdf, truth)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--themes", action="store_true")
    parser.add_argument("--tex", action="store_true")
    parser.add_argument("--office", action="store_true")
    parser.add_argument("--only", nargs="*", help="only these themes / styles")
    parser.add_argument("--npm-dir", type=Path, default=Path("/tmp/corpus-npm"))
    parser.add_argument(
        "--check", action="store_true", help="only check that each PDF shows its truth"
    )
    args = parser.parse_args()
    if args.check:
        for truth_path in sorted(OUT.glob("*/*.truth.json")):
            truth = json.loads(truth_path.read_text(encoding="utf-8"))
            for name in truth["documents"]:
                check_shown(truth_path.parent / name, truth)
        return
    everything = not (args.themes or args.tex or args.office)
    only = set(args.only) if args.only else None
    OUT.mkdir(parents=True, exist_ok=True)
    if args.themes or everything:
        build_themes(args.npm_dir, only)
    if args.tex or everything:
        from corpus.tex import build_tex

        build_tex(OUT, only, held_out=HELD_OUT, check=check_shown)
    if args.office or everything:
        from corpus.office import build_office

        build_office(OUT, only, held_out=HELD_OUT, check=check_shown)


if __name__ == "__main__":
    main()
