"""Build the posting corpus in ``fixtures/corpus/postings/`` from ``src/*.md``.

Each source is Markdown with a small front matter (``title``, ``employer``, ``location``,
``date``, ``form`` and, for JSON-LD pages, ``graph``, ``months``, ``education``,
``license``). The form decides which third-party engine lays it out:

* ``jsonld``: a page with a schema.org JobPosting (``graph: yes``: inside ``@graph``, the
  employer given by ``@id`` reference); the description is pandoc's HTML;
* ``html``: a careers page without JSON-LD, pandoc's HTML inside site chrome;
* ``pdf-latex``, ``pdf-pageof``: pandoc -> LaTeX (pdflatex) -> PDF, with a bare page number
  or a "Page N of M" footer (fancyhdr, lastpage); ``\\newpage`` in the source breaks pages;
* ``pdf-soffice``: pandoc -> DOCX -> LibreOffice (``soffice --headless --convert-to pdf``);
* ``pdf-chromium``: pandoc -> HTML -> Debian Chromium ``--print-to-pdf``;
* ``docx``: pandoc -> DOCX; ``docx-soffice``: pandoc -> ODT -> LibreOffice -> DOCX.

The plain-text postings (``txt-*.txt``) are written by hand and not built. Needs pandoc,
LibreOffice, TeX Live and Chromium (Debian packages); the outputs are committed so the tests
need none of them. Run ``python scripts/make_posting_corpus.py [NAME ...]``.
"""

from __future__ import annotations

import html
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "postings"
SOURCES = CORPUS / "src"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PAGE_OF = r"""
\usepackage{fancyhdr}
\usepackage{lastpage}
\pagestyle{fancy}
\fancyhf{}
\renewcommand{\headrulewidth}{0pt}
\cfoot{Page \thepage\ of \pageref*{LastPage}}
\fancypagestyle{plain}{\fancyhf{}\cfoot{Page \thepage\ of \pageref*{LastPage}}}
"""


def read_source(path: Path) -> tuple[dict[str, str], str]:
    text = path.read_text(encoding="utf-8")
    _, head, body = text.split("---\n", 2)
    meta = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    return meta, body


def run(*args: str, cwd: Path | None = None, stdin: str | None = None) -> str:
    done = subprocess.run(
        args, cwd=cwd, input=stdin, capture_output=True, text=True, check=False, timeout=300
    )
    if done.returncode != 0:
        raise SystemExit(f"{args[0]} failed: {done.stderr.strip()[:800]}")
    return done.stdout


def pandoc_html(body: str) -> str:
    return run("pandoc", "-f", "markdown", "-t", "html", stdin=body)


def job_posting(meta: dict[str, str], description: str) -> dict[str, object]:
    city, _, region = meta.get("location", "").partition(", ")
    posting: dict[str, object] = {
        "@type": "JobPosting",
        "title": meta["title"],
        "description": description,
        "datePosted": meta.get("date", "2026-10-01"),
        "employmentType": "FULL_TIME",
        "jobLocation": {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": city,
                "addressRegion": region,
            },
        },
    }
    if "months" in meta:
        posting["experienceRequirements"] = {
            "@type": "OccupationalExperienceRequirements",
            "monthsOfExperience": int(meta["months"]),
        }
    education = [
        {"@type": "EducationalOccupationalCredential", "credentialCategory": meta[key]}
        for key in ("education", "license")
        if key in meta
    ]
    if education:
        posting["educationRequirements"] = education if len(education) > 1 else education[0]
    return posting


def jsonld_page(meta: dict[str, str], body: str) -> str:
    description = pandoc_html(body)
    posting = job_posting(meta, description)
    organisation = {"@type": "Organization", "name": meta["employer"]}
    data: dict[str, object]
    if meta.get("graph") == "yes":
        site = "https://careers.example.org/"
        organisation["@id"] = site + "#organization"
        posting["hiringOrganization"] = {"@id": site + "#organization"}
        data = {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebSite", "@id": site + "#website", "url": site, "name": "Careers"},
                organisation,
                {"@type": "WebPage", "@id": site + "job", "name": meta["title"]},
                posting,
            ],
        }
    else:
        posting["hiringOrganization"] = organisation
        data = {"@context": "https://schema.org", **posting}
    script = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return chrome(meta, description, script)


def chrome(meta: dict[str, str], content: str, script: str = "") -> str:
    employer = html.escape(meta["employer"])
    title = html.escape(meta["title"])
    ld = f'<script type="application/ld+json">\n{script}\n</script>\n' if script else ""
    heading = "" if content.lstrip().startswith("<h1") else f"<h1>{title}</h1>\n"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | {employer} Careers</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{ld}</head>
<body>
<div class="cookie-banner">We use cookies to improve your experience on our site.
<button>Accept all</button> <button>Manage preferences</button></div>
<header><nav><a href="/">{employer}</a> <a href="/about">About us</a>
<a href="/careers">Careers</a> <a href="/contact">Contact</a></nav></header>
<main>
<a href="/careers">&larr; All open positions</a>
{heading}{content}
<p><a class="button" href="/apply">Apply for this job</a></p>
</main>
<footer><p>&copy; 2026 {employer}. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> · <a href="/cookies">Cookie policy</a>
· <a href="/accessibility">Accessibility</a></p></footer>
</body>
</html>
"""


def latex_pdf(body: str, out: Path, page_of: bool, work: Path) -> None:
    args = ["pandoc", "-f", "markdown", "--pdf-engine=pdflatex", "-V", "geometry:margin=2.5cm"]
    if page_of:
        header = work / "pageof.tex"
        header.write_text(PAGE_OF, encoding="utf-8")
        args += ["-H", str(header)]
    source = work / "in.md"
    source.write_text(body, encoding="utf-8")
    run(*args, str(source), "-o", str(out), cwd=work)


def soffice(source: Path, target: str, work: Path) -> Path:
    run(
        "soffice",
        f"-env:UserInstallation=file://{work}/lo-profile",
        "--headless",
        "--convert-to",
        target,
        "--outdir",
        str(work / "out"),
        str(source),
    )
    return work / "out" / f"{source.stem}.{target.split(':')[0]}"


def no_tex(body: str) -> str:
    return "\n".join(line for line in body.splitlines() if line.strip() != r"\newpage") + "\n"


def build(path: Path) -> Path:
    meta, body = read_source(path)
    form = meta["form"]
    name = path.stem
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if form in ("jsonld", "html"):
            out = CORPUS / f"{name}.html"
            page = jsonld_page(meta, body) if form == "jsonld" else chrome(meta, pandoc_html(body))
            out.write_text(page, encoding="utf-8")
            return out
        out = CORPUS / f"{name}.{'pdf' if form.startswith('pdf') else 'docx'}"
        if form in ("pdf-latex", "pdf-pageof"):
            latex_pdf(body, out, form == "pdf-pageof", work)
            return out
        source = work / f"{name}.md"
        source.write_text(no_tex(body), encoding="utf-8")
        if form == "docx":
            run("pandoc", "-f", "markdown", str(source), "-o", str(out))
        elif form == "docx-soffice":
            odt = work / f"{name}.odt"
            run("pandoc", "-f", "markdown", str(source), "-o", str(odt))
            shutil.copyfile(soffice(odt, "docx:MS Word 2007 XML", work), out)
        elif form == "pdf-soffice":
            docx = work / f"{name}.docx"
            run("pandoc", "-f", "markdown", str(source), "-o", str(docx))
            shutil.copyfile(soffice(docx, "pdf", work), out)
        elif form == "pdf-chromium":
            page = work / f"{name}.html"
            run("pandoc", "-s", "-f", "markdown", str(source), "-o", str(page),
                "--metadata", f"pagetitle={meta['title']}")  # fmt: skip
            run("chromium", *CHROMIUM_FLAGS, f"--print-to-pdf={out}", page.as_uri())
        else:
            raise SystemExit(f"{path.name}: unknown form {form!r}")
    return out


def main(names: list[str]) -> int:
    sources = sorted(SOURCES.glob("*.md"))
    if names:
        sources = [s for s in sources if s.stem in names]
    for source in sources:
        print(build(source).relative_to(CORPUS.parents[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
