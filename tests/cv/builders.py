"""Building real PDF and DOCX files in memory for the CV tests (fpdf2, python-docx).

A document is a list of blocks: ("title", text), ("subtitle", text), ("heading", text),
("subheading", text), ("para", text), ("bullet", text), ("row", (left, right)) for a
title and its dates on one line, and ("table", [[cell, ...], ...]) for DOCX tables.
PDFs use the built-in Helvetica (Latin-1 only), as many exported CVs do.
"""

from __future__ import annotations

import io

Block = tuple[str, object]


def make_pdf(blocks: list[Block], *, min_pages: int = 1) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.set_margins(18, 15, 18)
    pdf.add_page()

    def write(size: int, style: str, text: str, height: float, indent: float = 0) -> None:
        pdf.set_font("Helvetica", style, size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(pdf.epw - indent, height, text, new_x="LMARGIN", new_y="NEXT")

    for kind, value in blocks:
        if kind == "title":
            write(18, "B", str(value), 9)
        elif kind == "subtitle":
            write(11, "", str(value), 6)
        elif kind == "heading":
            pdf.ln(3)
            write(13, "B", str(value).upper(), 7)
        elif kind == "subheading":
            write(11, "B", str(value), 6)
        elif kind == "para":
            write(10, "", str(value), 5)
        elif kind == "bullet":
            write(10, "", "- " + str(value), 5, indent=4)
        elif kind == "row":
            left, right = value  # type: ignore[misc]
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(pdf.epw * 0.62, 6, left)
            pdf.set_font("Helvetica", "", 10)
            pdf.cell(0, 6, right, align="R", new_x="LMARGIN", new_y="NEXT")
        else:
            raise ValueError(kind)
    while pdf.page < min_pages:
        pdf.add_page()
        write(10, "", "Publications and talks (continued)", 5)
    return bytes(pdf.output())


def make_image_only_pdf(pages: int = 2) -> bytes:
    """A 'scanned' CV: shapes on the page, no text layer at all."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    for _ in range(pages):
        pdf.add_page()
        for row in range(40):
            pdf.set_fill_color(40, 40, 40)
            pdf.rect(20, 20 + row * 6, 60 + (row * 37) % 100, 3, style="F")
    return bytes(pdf.output())


def make_docx(blocks: list[Block]) -> bytes:
    import docx

    document = docx.Document()
    for kind, value in blocks:
        if kind == "title":
            document.add_heading(str(value), level=0)
        elif kind == "boldname":
            run = document.add_paragraph().add_run(str(value))
            run.bold = True
        elif kind == "boldheading":  # a section heading typed in bold caps, no heading style
            run = document.add_paragraph().add_run(str(value).upper())
            run.bold = True
        elif kind == "heading":
            document.add_heading(str(value), level=1)
        elif kind == "subheading":
            document.add_heading(str(value), level=2)
        elif kind == "para" or kind == "subtitle":
            document.add_paragraph(str(value))
        elif kind == "bullet":
            document.add_paragraph(str(value), style="List Bullet")
        elif kind == "glyphbullet":  # bullets typed as characters, as many people do
            document.add_paragraph("• " + str(value))
        elif kind == "table":
            rows = value  # type: ignore[assignment]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[arg-type]
            for r, row in enumerate(rows):  # type: ignore[arg-type]
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        else:
            raise ValueError(kind)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
