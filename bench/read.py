"""How fast runnerup reads documents, and how much memory it needs.

Prints, each beside its bound:

* the median time to read a 2-page PDF resume (``read_resume``), goal <= 100 ms;
* the median time to read the demo posting page (``parse_posting_html``: JSON-LD and the
  HTML description) and a PDF posting (``read_posting_file``);
* the peak Python memory (tracemalloc) of reading the resume and the posting once.

The first read of each (loading the skills vocabulary, importing pypdf) is timed apart
as the cold read. Run ``python bench/read.py``; the exit code is 1 when a figure is over
its bound.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RUNS = 15
RESUME_BOUND_MS = 100.0
POSTING_PAGE_BOUND_MS = 50.0
POSTING_PDF_BOUND_MS = 100.0
COLD_BOUND_MS = 1500.0
PEAK_BOUND_MIB = 64.0

RESUMES = ROOT / "fixtures" / "documents" / "resumes"
POSTINGS = ROOT / "fixtures" / "documents" / "postings"


def two_page_resume(folder: Path) -> Path:
    """A 2-page PDF resume from the fixtures, else one generated with reportlab."""
    from pypdf import PdfReader

    for path in sorted(RESUMES.glob("*.pdf")) if RESUMES.is_dir() else []:
        if "linkedin" not in path.name and len(PdfReader(path).pages) == 2:
            return path
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    story: list[object] = [Paragraph("Robin Example", styles["Title"])]
    story.append(Paragraph("Experience", styles["Heading2"]))
    for year in range(2012, 2026, 2):
        story.append(Paragraph(f"Engineer, Example Works, {year} – {year + 2}", styles["Heading3"]))
        story.append(
            Paragraph("Built services in Python and Go on Kubernetes.", styles["BodyText"])
        )
        if year == 2018:
            story.append(PageBreak())
    story.append(Paragraph("Education", styles["Heading2"]))
    story.append(
        Paragraph("BSc Computer Science, Example University, 2008 – 2011", styles["BodyText"])
    )
    path = folder / "generated-resume.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)  # type: ignore[arg-type]
    return path


def timed(action: Callable[[], object]) -> tuple[float, float]:
    """Cold time and the median of RUNS warm times, in milliseconds."""
    start = time.perf_counter()
    action()
    cold = (time.perf_counter() - start) * 1000
    warm = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        warm.append((time.perf_counter() - start) * 1000)
    return cold, statistics.median(warm)


def line(label: str, value: float, bound: float, unit: str) -> bool:
    ok = value <= bound
    verdict = "ok" if ok else "OVER BOUND"
    print(f"{label:<38} {value:8.1f} {unit:<4} bound {bound:7.1f} {unit:<4} {verdict}")
    return ok


def main() -> int:
    from research.read.posting import parse_posting_html, read_posting_file
    from research.read.resume import read_resume

    page = (POSTINGS / "northwind-head-of-platform.html").read_text(encoding="utf-8")
    posting_pdf = POSTINGS / "tidewell-ml-engineer.pdf"
    with tempfile.TemporaryDirectory() as folder:
        resume = two_page_resume(Path(folder))
        print(f"resume: {resume.relative_to(ROOT) if resume.is_relative_to(ROOT) else resume}")
        results = []
        page_cold, page_ms = timed(lambda: parse_posting_html(page, url="http://x.test/"))
        resume_cold, resume_ms = timed(lambda: read_resume(resume))
        _, pdf_ms = timed(lambda: read_posting_file(posting_pdf))
        tracemalloc.start()
        read_resume(resume)
        parse_posting_html(page)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    results.append(line("resume, 2-page PDF, median", resume_ms, RESUME_BOUND_MS, "ms"))
    results.append(line("resume, 2-page PDF, cold (first PDF)", resume_cold, COLD_BOUND_MS, "ms"))
    results.append(
        line("posting page (JSON-LD + HTML), median", page_ms, POSTING_PAGE_BOUND_MS, "ms")
    )
    results.append(line("posting page, cold (loads vocabulary)", page_cold, COLD_BOUND_MS, "ms"))
    results.append(line("posting PDF, median", pdf_ms, POSTING_PDF_BOUND_MS, "ms"))
    results.append(line("peak memory, resume + posting", peak / 2**20, PEAK_BOUND_MIB, "MiB"))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
