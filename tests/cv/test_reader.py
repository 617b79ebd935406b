"""Reading CV files: format from content, and one clear line for anything unusable."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from bis.cv.reader import CV_MAX_BYTES, detect_format, read_cv
from bis.errors import InputError
from tests.cv.builders import make_docx, make_image_only_pdf, make_pdf
from tests.foundation.helpers import run

PDF_BLOCKS = [
    ("title", "Ann Lee"),
    ("subtitle", "Backend Engineer"),
    ("heading", "Experience"),
    ("row", ("Backend Engineer, Foo", "Jan 2020 - Present")),
    ("bullet", "Built Go services on PostgreSQL."),
]


def test_a_pdf_named_txt_is_read_as_pdf(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_bytes(make_pdf(PDF_BLOCKS))
    cv = read_cv(path)
    assert cv.format == "pdf" and cv.pages == 1
    assert "Built Go services" in cv.text
    assert cv.note and "PDF" in cv.note


def test_a_docx_named_pdf_is_read_as_docx(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(make_docx([("title", "Ann Lee"), ("heading", "Skills"), ("bullet", "Go, Kafka")]))
    cv = read_cv(path)
    assert cv.format == "docx"
    assert "# Ann Lee" in cv.text and "- Go, Kafka" in cv.text  # heading and list styles kept as structure


def test_docx_tables_and_headers_are_read(tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    path.write_bytes(make_docx([("table", [["Ann Lee", "ann@example.com"], ["Skills", "Go, Kafka"]])]))
    text = read_cv(path).text
    assert text.splitlines() == ["Ann Lee", "ann@example.com", "Skills", "Go, Kafka"]


def test_markdown_and_text_are_told_apart() -> None:
    assert detect_format(b"# Ann Lee\n\n## Skills\n- Go\n") == "markdown"
    assert detect_format(b"Ann Lee\nSkills: **Go**\n") == "markdown"
    assert detect_format(b"Ann Lee\nBackend Engineer\nSkills: Go, Kafka\n") == "text"


def test_a_scanned_pdf_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_image_only_pdf(pages=2))
    with pytest.raises(InputError, match="no text layer") as info:
        read_cv(path)
    assert "OCR" in (info.value.hint or "")
    result = run("cv", str(path))
    assert result.exit_code == 2
    assert "no text layer" in result.stderr and "Traceback" not in result.output


def _zip(names: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in names.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "old Word .doc"),
        (b"{\\rtf1\\ansi Ann Lee}", "RTF"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, "PNG image"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 32, "JPEG image"),
        (b"%PDF-1.7\n garbage that is not a pdf", "cannot be read"),
        (b"Ann Lee\n\xff\xfe\xfa broken", "not valid UTF-8"),
        (b"Ann\x00Lee binary", "binary"),
    ],
)
def test_unusable_input_is_one_clear_line(tmp_path: Path, payload: bytes, message: str) -> None:
    path = tmp_path / "cv.bin"
    path.write_bytes(payload)
    with pytest.raises(InputError, match=message):
        read_cv(path)


def test_zip_archives_that_are_not_docx(tmp_path: Path) -> None:
    odt = tmp_path / "cv.odt"
    odt.write_bytes(_zip({"content.xml": b"<x/>", "mimetype": b"application/vnd.oasis.opendocument.text"}))
    with pytest.raises(InputError, match="OpenDocument"):
        read_cv(odt)
    other = tmp_path / "cv.zip"
    other.write_bytes(_zip({"readme.txt": b"hello"}))
    with pytest.raises(InputError, match="not a DOCX"):
        read_cv(other)


def test_missing_directory_and_too_large(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_cv(tmp_path / "nope.pdf")
    with pytest.raises(InputError, match="is a directory"):
        read_cv(tmp_path)
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(CV_MAX_BYTES + 1)
    with pytest.raises(InputError, match="larger than"):
        read_cv(big)


def test_utf16_text_with_a_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_bytes("Ann Lee\nSkills: Go, Kafka\n".encode("utf-16"))
    assert read_cv(path).text.startswith("Ann Lee")


def test_cli_errors_exit_2_without_traceback(tmp_path: Path) -> None:
    for args in (["cv", str(tmp_path / "missing.md")], ["cv", str(tmp_path)], ["cv", "-"]):
        result = run(*args, input=b"" if args[-1] == "-" else None)
        assert result.exit_code == 2, args
        assert "bis: error:" in result.stderr and "Traceback" not in result.output


def test_text_that_is_not_a_cv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "poem.txt"
    path.write_text("Roses are red,\nviolets are blue.\n")
    result = run("cv", str(path))
    assert result.exit_code == 2
    assert "is this a CV" in result.stderr
