"""Readers of documents: resumes (PDF, DOCX, HTML, text, Markdown, JSON Resume, LinkedIn's
saved PDF) and, from the posting reader, job postings."""

from research.read.dates import DateRange, parse_date, parse_range
from research.read.files import (
    MAX_DOCUMENT_BYTES,
    Document,
    document_text,
    load_document,
    pdf_lines,
    sniff,
)
from research.read.jsonresume import career_from_json_resume, is_json_resume
from research.read.linkedin import career_from_linkedin_pdf, is_linkedin_pdf
from research.read.pdf import Line
from research.read.resume import career_from_bytes, career_from_text, read_resume

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "DateRange",
    "Document",
    "Line",
    "career_from_bytes",
    "career_from_json_resume",
    "career_from_linkedin_pdf",
    "career_from_text",
    "document_text",
    "is_json_resume",
    "is_linkedin_pdf",
    "load_document",
    "parse_date",
    "parse_range",
    "pdf_lines",
    "read_resume",
    "sniff",
]

# The posting reader (job postings: pages, files, text) and requirement extraction.
from research.read.posting import (
    parse_posting_html,
    parse_posting_text,
    read_posting_file,
)
from research.read.requirements import extract_requirements

__all__ += [
    "extract_requirements",
    "parse_posting_html",
    "parse_posting_text",
    "read_posting_file",
]
