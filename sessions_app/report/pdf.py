"""The verslag as PDF: WeasyPrint prints the HTML page with its print stylesheet (A4).

A big verslag is printed in parts at the same time, one per processor, and the parts are
joined. The parts are cut at `<!--pdf-part-->` (before every room and every phase in the
templates); a part starts on a new page. Only documents past PARALLEL_FROM are cut.

Every page then gets its header (event · room) and "pagina N van M" stamped on it (stamp.py):
the parts cannot number their pages themselves, each would count from 1."""

import io
import os
import threading
from concurrent.futures import ProcessPoolExecutor

from . import pdfworker
from .builder import EventReport, RoomReport
from .html import event_html, room_html
from .stamp import stamp

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


def _print(html: str) -> list[tuple[bytes, list[list[str]]]]:
    """The document printed, as one or more parts in order: (pdf, room marks per page)."""
    if len(html) < PARALLEL_FROM:
        return [pdfworker.render(html)]
    try:
        executor = _executor()
        if executor is not None:
            return list(executor.map(pdfworker.render, split(html, WORKERS)))
    except Exception:  # no pool here, or a worker was killed: print it in this process instead
        _reset_pool()
    return [pdfworker.render(html)]


def html_to_pdf(html: str, header: str, room_headers: dict[str, str] | None = None) -> bytes:
    """The PDF with a header on every page: `header`, or from the page where a room's heading
    (id in room_headers) starts, that room's header."""
    parts = _print(html)
    headers, current = [], header
    for _pdf, marks in parts:
        for page_marks in marks:
            for mark in page_marks:
                current = (room_headers or {}).get(mark, current)
            headers.append(current)
    return stamp([pdf for pdf, _marks in parts], headers, render=lambda page: pdfworker.render(page)[0])


def _reset_pool() -> None:
    global _pool
    with _pool_lock:
        if _pool is not None:
            _pool.shutdown(wait=False, cancel_futures=True)
        _pool = None


def render_room(report: RoomReport) -> bytes:
    return html_to_pdf(room_html(report), report.header)


def render_event(report: EventReport) -> bytes:
    from django.utils.translation import gettext

    krant = f"{gettext('Krant')} · {report.title}"
    rooms = {f"room-{room.code}-title": f"{report.title} · {room.title}" for room in report.rooms}
    return html_to_pdf(event_html(report), krant, rooms)
