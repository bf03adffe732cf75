"""Reading a verslag back the way a person's software would: a PDF reader, Word, a spreadsheet."""

import csv
import io
import json
import re
from html.parser import HTMLParser

from docx import Document
from pypdf import PdfReader


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("style", "script")

    def handle_endtag(self, tag):
        self.skip -= tag in ("style", "script")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(data: bytes) -> str:
    parser = _Text()
    parser.feed(data.decode("utf-8"))
    return " ".join(parser.parts)


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def pdf_text(data: bytes) -> str:
    return "\n".join(pdf_pages(data))


def docx_document(data: bytes):
    return Document(io.BytesIO(data))


def docx_text(data: bytes) -> str:
    """Paragraphs and tables in the order Word shows them."""
    parts = []
    for block in docx_document(data).iter_inner_content():
        if hasattr(block, "rows"):
            parts += [cell.text for row in block.rows for cell in row.cells]
        else:
            parts.append(block.text)
    return "\n".join(parts)


def csv_rows(data: bytes) -> list[list[str]]:
    """As Dutch Excel reads it: UTF-8 because of the BOM, columns split at semicolons."""
    assert data.startswith(b"\xef\xbb\xbf"), "a BOM, so Excel reads UTF-8"
    text = data.decode("utf-8-sig")
    assert text.split("\r\n", 1)[0].count(";") >= 5, "semicolons: Dutch Excel splits columns at ;"
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def xlsx_sheets(data: bytes) -> dict[str, list[list]]:
    """Every sheet of the workbook as rows of cell values (a cell's type as Excel would see it)."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data))
    return {sheet.title: [[cell.value for cell in row] for row in sheet.iter_rows()] for sheet in book.worksheets}


def xlsx_text(data: bytes) -> str:
    return "\n".join("\t".join("" if v is None else str(v) for v in row) for rows in xlsx_sheets(data).values() for row in rows)


def md_text(data: bytes) -> str:
    """What a Markdown renderer would show for escaped text: the backslashes go."""
    return re.sub(r"\\(.)", r"\1", data.decode("utf-8"))


def text_of(fmt: str, data: bytes) -> str:
    return {
        "html": html_text,
        "pdf": pdf_text,
        "docx": docx_text,
        "md": md_text,
        "csv": lambda d: "\n".join("\t".join(row) for row in csv_rows(d)),
        "xlsx": xlsx_text,
        "json": lambda d: json.dumps(json.loads(d), ensure_ascii=False),
    }[fmt](data)


def squeeze(text: str) -> str:
    """PDF text wraps lines wherever the page ends; compare without whitespace."""
    return re.sub(r"\s+", "", text)
