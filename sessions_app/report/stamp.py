"""The header and "pagina N van M" of every PDF page, stamped on after printing.

WeasyPrint could number pages itself (@page margin boxes), but a big verslag is printed in parts
at once and each part would count from 1. So the parts are joined first, and then one small
document with only the headers and page numbers (one A4 page per page, printed by WeasyPrint in
the same fonts) is laid over them. The print stylesheet keeps the top and bottom margins free."""

import html
import io

from django.utils.translation import gettext

STAMP_CSS = """
@page { size: A4; margin: 0; }
html { font-family: "DejaVu Sans", sans-serif; font-size: 8pt; color: #4a5568; }
body { margin: 0; }
.page { position: relative; height: 296mm; overflow: hidden; }
.page + .page { break-before: page; }
.head { position: absolute; top: 8mm; left: 16mm; right: 16mm; padding-bottom: 1mm; border-bottom: .5pt solid #c9c3b6;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.foot { position: absolute; bottom: 9mm; right: 16mm; }
"""


def page_label_template() -> str:
    return gettext("pagina %(page)s van %(pages)s")


def page_label(page: int, pages: int) -> str:
    return page_label_template() % {"page": page, "pages": pages}


def stamp_html(headers: list[str], first: int = 1, total: int | None = None) -> str:
    """One A4 page per header: the header on top, "pagina N van M" below, numbered from `first`."""
    total = total or len(headers)
    body = "".join(
        f'<div class="page"><div class="head" dir="auto">{html.escape(header)}</div>'
        f'<div class="foot">{html.escape(page_label(number, total))}</div></div>'
        for number, header in enumerate(headers, first)
    )
    return f'<!doctype html><html><head><meta charset="utf-8"><style>{STAMP_CSS}</style></head><body>{body}</body></html>'


def stamp(parts: list[bytes], headers: list[str], render, chunks: int = 2) -> bytes:
    """The parts joined, each page with its header (headers[i]) and its page number. `render`
    prints a list of stamp documents (at once, when it can): the stamp is cut in `chunks`."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    size = max(1, -(-len(headers) // chunks))
    documents = [stamp_html(headers[start:start + size], start + 1, len(headers)) for start in range(0, len(headers), size)]
    overlays = [page for pdf in render(documents) for page in PdfReader(io.BytesIO(pdf)).pages]
    for page, over in zip(writer.pages, overlays):
        page.merge_page(over)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
