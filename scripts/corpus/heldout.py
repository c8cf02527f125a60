"""The second held-out set of the resume corpus: engines and designs the first set does not
use (``scripts/make_corpus_heldout.py``). Every layout here is held out: nobody tunes the
reader on it; it is scored last.

* JSON Resume themes from npm (HTML, and PDF printed by Debian's Chromium with every host
  name resolving nowhere, so a theme's remote fonts and style sheets are never fetched);
* TeX Live CV classes the first set does not use (europasscv, curve), by pdflatex, with
  the German and French careers written with their own headings and month names.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from corpus.careers import Person
from corpus.careers2 import ALL_CAREERS, NEW_CAREERS, LocalPerson
from corpus.truth import Shows, truth_of, write_truth

Check = Callable[[Path, dict[str, Any]], None]

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--virtual-time-budget=5000",
    "--no-pdf-header-footer",
    # offline: no host name resolves and any proxied request goes to a closed loopback port
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--proxy-server=127.0.0.1:9",
]

# theme -> what its layout shows (set from each render's pdftotext and page images)
THEMES: dict[str, Shows] = {
    "actual": Shows(education_dates=None),
    "autumn": Shows(),
    "crisp": Shows(dates="year", education_dates="year"),
    "direct": Shows(),
    "eloquent": Shows(education_dates="year"),
    "modern": Shows(dates="year", education_dates="year"),
    "rocketspacer": Shows(),
    "simplyelegant": Shows(),
}


def run(cmd: list[str], *, cwd: Path | None = None, timeout: int = 180) -> None:
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed ({result.returncode}): {result.stderr[-800:]}")


def careers_for(index: int) -> list[LocalPerson]:
    """One of the new careers, then two of the first corpus's, rotating."""
    old = [c for c in ALL_CAREERS if c not in NEW_CAREERS]
    return [
        NEW_CAREERS[index % len(NEW_CAREERS)],
        old[(2 * index + 5) % len(old)],
        old[(2 * index + 6) % len(old)],
    ]


def print_pdf(page: Path, pdf: Path) -> None:
    chromium = shutil.which("chromium") or "chromium"
    with tempfile.TemporaryDirectory() as profile:
        run(
            [
                chromium,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--print-to-pdf={pdf}",
                page.as_uri(),
            ]
        )


def _version(npm_dir: Path, theme: str) -> str:
    package = npm_dir / "node_modules" / f"jsonresume-theme-{theme}" / "package.json"
    return str(json.loads(package.read_text(encoding="utf-8"))["version"])


def build_themes(
    out: Path,
    npm_dir: Path,
    only: set[str] | None,
    json_resume: Callable[[Person], dict[str, Any]],
    check: Check,
) -> None:
    if not all((npm_dir / "node_modules" / f"jsonresume-theme-{t}").is_dir() for t in THEMES):
        npm_dir.mkdir(parents=True, exist_ok=True)
        if not (npm_dir / "package.json").exists():
            run(["npm", "init", "-y"], cwd=npm_dir)
        packages = [f"jsonresume-theme-{t}" for t in THEMES]
        run(["npm", "install", "--no-audit", "--no-fund", *packages], cwd=npm_dir, timeout=900)
    shutil.copy(Path(__file__).with_name("render_theme.mjs"), npm_dir / "render_theme.mjs")
    for index, (theme, shows) in enumerate(THEMES.items()):
        if only and theme not in only:
            continue
        layout = f"jsonresume-{theme}"
        folder = out / layout
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        engine = f"jsonresume-theme-{theme} {_version(npm_dir, theme)} (npm)"
        print(f"{layout}: {engine}")
        for career in careers_for(index):
            person = career.person
            source = npm_dir / f"{person.slug}.resume.json"
            source.write_text(json.dumps(json_resume(person), ensure_ascii=False), "utf-8")
            page = folder / f"{person.slug}.html"
            pdf = folder / f"{person.slug}.pdf"
            run(
                ["node", "render_theme.mjs", f"jsonresume-theme-{theme}", str(source), str(page)],
                cwd=npm_dir,
            )
            print_pdf(page, pdf)
            truth = truth_of(
                person,
                layout=layout,
                engine=engine,
                documents=[page.name, pdf.name],
                shows=shows,
                held_out=True,
            )
            write_truth(folder, person.slug, truth)
            check(page, truth)
            check(pdf, truth)
