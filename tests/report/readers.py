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


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def docx_document(data: bytes):
    return Document(io.BytesIO(data))


def docx_text(data: bytes) -> str:
    doc = docx_document(data)
    parts = [p.text for p in doc.paragraphs]
    parts += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def csv_rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "a BOM, so Excel reads UTF-8"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


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
        "json": lambda d: json.dumps(json.loads(d), ensure_ascii=False),
    }[fmt](data)


def squeeze(text: str) -> str:
    """PDF text wraps lines wherever the page ends; compare without whitespace."""
    return re.sub(r"\s+", "", text)
