"""The verslag as PDF: WeasyPrint prints the HTML page with its print stylesheet (A4).

A big verslag is printed in parts at the same time, one per processor, and the parts are
joined. The parts are cut where the print stylesheet starts a new page anyway (before every
room and every phase: `<!--pdf-part-->` in the templates), so the pages come out the same."""

import io
import os
import threading
from concurrent.futures import ProcessPoolExecutor

from . import pdfworker
from .builder import EventReport, RoomReport
from .html import event_html, room_html

MARKER = "<!--pdf-part-->"
MAIN_OPEN = '<main id="main">'
MAIN_CLOSE = "</main>"
PARALLEL_FROM = 60_000  # characters of HTML; smaller documents are printed in this process
WORKERS = max(1, min(4, os.cpu_count() or 1))

_pool: ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()


def _executor() -> ProcessPoolExecutor | None:
    global _pool
    if WORKERS < 2:
        return None
    with _pool_lock:
        if _pool is None:
            import multiprocessing

            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["weasyprint", "sessions_app.report.pdfworker"])
            _pool = ProcessPoolExecutor(max_workers=WORKERS, mp_context=context)
        return _pool


def split(html: str, parts: int) -> list[str]:
    """The page cut into at most `parts` documents of about equal size, each with the full head."""
    start, end = html.find(MAIN_OPEN), html.rfind(MAIN_CLOSE)
    if start < 0 or end < 0 or parts < 2:
        return [html]
    head, body, tail = html[: start + len(MAIN_OPEN)], html[start + len(MAIN_OPEN): end], html[end:]
    chunks = [chunk for chunk in body.split(MARKER) if chunk.strip()]
    target = len(body) / parts
    groups, current, size = [], [], 0
    for chunk in chunks:
        if current and size + len(chunk) / 2 > target and len(groups) < parts - 1:
            groups.append("".join(current))
            current, size = [], 0
        current.append(chunk)
        size += len(chunk)
    groups.append("".join(current))
    return [head + group + tail for group in groups]


def join(pdfs: list[bytes]) -> bytes:
    if len(pdfs) == 1:
        return pdfs[0]
    from pypdf import PdfWriter

    writer = PdfWriter()
    for pdf in pdfs:
        writer.append(io.BytesIO(pdf))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def html_to_pdf(html: str) -> bytes:
    if len(html) < PARALLEL_FROM:
        return pdfworker.render(html)
    try:
        executor = _executor()
        if executor is not None:
            return join(list(executor.map(pdfworker.render, split(html, WORKERS))))
    except Exception:  # no pool here, or a worker was killed: print it in this process instead
        _reset_pool()
    return pdfworker.render(html)


def _reset_pool() -> None:
    global _pool
    with _pool_lock:
        if _pool is not None:
            _pool.shutdown(wait=False, cancel_futures=True)
        _pool = None


def render_room(report: RoomReport) -> bytes:
    return html_to_pdf(room_html(report))


def render_event(report: EventReport) -> bytes:
    return html_to_pdf(event_html(report))
