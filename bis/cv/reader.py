"""Reading a CV: bytes from a path or stdin, the format from the content, the text.

The CV's text stays in memory. Nothing here writes a file: PDFs and DOCX files are
parsed from an in-memory buffer, never through a temporary file, so the raw text
cannot be left behind anywhere (tests/cv/test_privacy.py proves it).

Formats are told apart by their bytes, whatever the file is called: a PDF starts
with "%PDF-"; a DOCX is a zip holding word/document.xml; other text is Markdown
when it has Markdown structure, plain text otherwise. Old .doc, RTF, ODT, images
and other zips get a message saying what to export instead.
"""

from __future__ import annotations

import io
import logging
import re
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

from bis.errors import InputError

CV_MAX_BYTES = 10 * 1024 * 1024
DOCX_XML_MAX_BYTES = 40 * 1024 * 1024  # uncompressed document.xml: a zip bomb guard
MIN_TEXT_CHARS = 40  # less than this from a PDF with pages means no text layer

FORMATS = ("pdf", "docx", "markdown", "text")


@dataclass(frozen=True)
class CvText:
    text: str
    format: str
    source: str  # a path, or "stdin"
    pages: int | None = None
    note: str | None = None  # e.g. the extension disagrees with the content


def read_bytes(source: str | Path, *, max_bytes: int = CV_MAX_BYTES) -> tuple[bytes, str]:
    """The raw bytes of a path or '-' (stdin), with every check the answer reader makes."""
    if str(source) == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise InputError("no CV on standard input")
        raw = stream.read(max_bytes + 1)
        name = "stdin"
    else:
        path = Path(source).expanduser()
        name = str(path)
        if path.is_dir():
            raise InputError(f"{path} is a directory; give the CV as a file or '-' for stdin")
        try:
            with path.open("rb") as handle:
                raw = handle.read(max_bytes + 1)
        except FileNotFoundError:
            raise InputError(f"{path}: no such file") from None
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if len(raw) > max_bytes:
        raise InputError(f"{name}: the CV is larger than {max_bytes // (1024 * 1024)} MB; is it really a CV?")
    if not raw.strip():
        raise InputError(f"{name}: the CV is empty")
    return raw, name


def detect_format(raw: bytes) -> str:
    """pdf | docx | markdown | text, from the content; InputError for what bis cannot read."""
    head = raw[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if raw.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile:
            raise InputError("looks like a zip archive but it is damaged; export the CV again") from None
        if "word/document.xml" in names:
            return "docx"
        if "content.xml" in names:
            raise InputError("an OpenDocument file (.odt); save it as DOCX or PDF and try again")
        raise InputError("a zip archive, not a DOCX; give the CV as PDF, DOCX, Markdown or text")
    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(
            "an old Word .doc file or a password-protected document; save it as DOCX or PDF, without a password"
        )
    if raw.lstrip().startswith(b"{\\rtf"):
        raise InputError("an RTF file; save it as DOCX, PDF or plain text and try again")
    for magic, kind in ((b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image")):
        if raw.startswith(magic):
            raise InputError(f"{kind}: bis reads text and does no OCR; give the CV as PDF, DOCX or text")
    return "markdown" if _looks_like_markdown(_decode(raw, "the CV")) else "text"


_MD_SIGNS = (
    re.compile(r"^#{1,6}\s+\S", re.M),
    re.compile(r"\*\*[^*\n]+\*\*"),
    re.compile(r"\[[^\]\n]+\]\([^)\n]+\)"),
    re.compile(r"^\s*\|.+\|\s*$", re.M),
)


def _looks_like_markdown(text: str) -> bool:
    return any(sign.search(text) for sign in _MD_SIGNS)


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: damaged UTF-16 text") from None
    if b"\x00" in raw[:65536]:
        raise InputError(f"{name}: looks like a binary file, not a CV in PDF, DOCX or text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: is not valid UTF-8 (bad byte at offset {exc.start}); save it as UTF-8") from None
    return text[1:] if text.startswith("\ufeff") else text


_EXTENSIONS = {".pdf": "pdf", ".docx": "docx", ".md": "markdown", ".markdown": "markdown", ".txt": "text"}


def read_cv(source: str | Path) -> CvText:
    """Read and extract a CV. Raises InputError with one clear line for anything unusable."""
    raw, name = read_bytes(source)
    fmt = detect_format(raw)
    note = None
    expected = _EXTENSIONS.get(Path(name).suffix.lower()) if name != "stdin" else None
    if expected and expected != fmt and {expected, fmt} != {"markdown", "text"}:
        note = f"{Path(name).name} is named like {expected.upper()} but its content is {fmt.upper()}; read it as {fmt}"
    pages = None
    if fmt == "pdf":
        text, pages = _pdf_text(raw, name)
    elif fmt == "docx":
        text = _docx_text(raw, name)
    else:
        text = _decode(raw, name)
    del raw
    if not text.strip():
        raise InputError(f"{name}: the CV has no text")
    return CvText(text, fmt, name, pages, note)


def _pdf_text(raw: bytes, name: str) -> tuple[str, int]:
    try:
        from pypdf import PdfReader
    except ImportError:
        raise InputError("reading a PDF needs pypdf: pip install 'pypdf>=4'") from None
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{name}: the PDF is password-protected; export an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many kinds for a damaged file; all mean the same to the user
        raise InputError(f"{name}: the PDF cannot be read ({type(exc).__name__}); export it again") from None
    text = "\n".join(pages)
    if len(re.sub(r"\s", "", text)) < MIN_TEXT_CHARS:
        raise InputError(
            f"{name}: the PDF has {len(pages)} page(s) but no text layer: it looks scanned",
            hint="bis does no OCR; export the CV from its source as PDF/DOCX/text, or OCR it first (e.g. ocrmypdf)",
        )
    return text, len(pages)


def _docx_text(raw: bytes, name: str) -> str:
    try:
        import docx
    except ImportError:
        raise InputError("reading a DOCX needs python-docx: pip install 'python-docx>=1.1'") from None
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        if archive.getinfo("word/document.xml").file_size > DOCX_XML_MAX_BYTES:
            raise InputError(f"{name}: the DOCX's text part is implausibly large; is it really a CV?")
    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:  # python-docx raises many kinds for a damaged package
        raise InputError(f"{name}: the DOCX cannot be read ({type(exc).__name__}); save it again") from None
    out: list[str] = []
    for section in document.sections[:1]:  # the name often sits in the page header
        for paragraph in section.header.paragraphs:
            if paragraph.text.strip():
                out.append(paragraph.text)
    _docx_blocks(document.element.body, document, out, set())  # set of merged cells seen
    return "\n".join(out)


def _docx_blocks(parent: object, document: object, out: list[str], seen: set[object]) -> None:
    """Paragraphs and tables in reading order; headings and list items marked as Markdown."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in parent.iterchildren():  # type: ignore[attr-defined]
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)  # type: ignore[arg-type]
            text = paragraph.text.strip()
            if not text:
                continue
            style = (paragraph.style.name if paragraph.style is not None else "") or ""
            numbered = child.find(".//{*}numPr") is not None
            if style.startswith("Heading") or style == "Title":
                level = 1 if style == "Title" else int(re.sub(r"\D", "", style) or 2)
                out.append("#" * min(max(level, 1), 6) + " " + text)
            elif numbered or style.startswith("List"):
                out.append("- " + text)
            else:
                out.append(text)
        elif tag == "tbl":
            table = Table(child, document)  # type: ignore[arg-type]
            for row in table.rows:
                for cell in row.cells:
                    if cell._tc in seen:  # a merged cell appears once per column it spans
                        continue
                    seen.add(cell._tc)
                    _docx_blocks(cell._tc, document, out, seen)
