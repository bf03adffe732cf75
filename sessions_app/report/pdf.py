"""The verslag as PDF: WeasyPrint prints the HTML page with its print stylesheet (A4).

A big verslag is printed in parts at the same time, one per processor, and the parts are
joined. The parts are cut at `<!--pdf-part-->` (before every room and every phase in the
templates); a part starts on a new page. Only documents past PARALLEL_FROM are cut.

Every page has a header (event · room) and "pagina N van M": WeasyPrint's own page margin boxes
when the document is printed in one go (page_frame_css), stamped on after joining when it was
printed in parts (stamp.py), as each part would count from 1."""

import os
import re
import threading
from concurrent.futures import ProcessPoolExecutor

from . import pdfworker
from .builder import EventReport, RoomReport
from .html import event_html, room_html
from .stamp import page_label_template, stamp

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


def _parts(html: str) -> list[tuple[bytes, list[list[str]]]] | None:
    """A big document printed in parts at once: (pdf, room marks per page) in order, or None
    when there is no pool (or a worker was killed)."""
    try:
        executor = _executor()
        if executor is not None:
            return list(executor.map(pdfworker.render, split(html, WORKERS)))
    except Exception:
        _reset_pool()
    return None


def _css_string(text: str) -> str:
    """Text as a CSS string inside a <style> element: quotes and backslashes escaped, and no "<"
    (a title with "</style>" must not end the element)."""
    text = re.sub(r"\s+", " ", text).replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ")
    return f'"{text}"'


def page_frame_css() -> str:
    """The header and "pagina N van M" as WeasyPrint's own page margin boxes, for a document
    printed in one go: the header comes from the data-header of the room (or the krant's cover),
    from the page where it starts (the stamp of a document printed in parts says the same)."""
    before, _page, between, _pages, after = re.split(r"(%\(page\)s|%\(pages\)s)", page_label_template())
    label = " ".join(part for part in (
        _css_string(before) if before else "", "counter(page)", _css_string(between), "counter(pages)",
        _css_string(after) if after else "") if part)
    box = 'font-family: "DejaVu Sans", sans-serif; font-size: 8pt; color: #4a5568;'
    return (
        f"@page {{ @top-left {{ content: string(header, first); {box} width: 100%; vertical-align: bottom;"
        f" padding-bottom: 1mm; border-bottom: .5pt solid #c9c3b6; }}"
        f" @bottom-right {{ content: {label}; {box} }} }}"
        " [data-header] { string-set: header attr(data-header); }"
    )


def html_to_pdf(html: str, header: str, room_headers: dict[str, str] | None = None) -> bytes:
    """The PDF with a header on every page (`header`, then from the page where a room starts, that
    room's header: room_headers maps its heading's id to it) and "pagina N van M"."""
    parts = _parts(html) if len(html) >= PARALLEL_FROM else None
    if parts is None:
        framed = html.replace("</head>", f"<style>{page_frame_css()}</style></head>", 1)
        return pdfworker.render(framed)[0]
    headers, current = [], header
    for _pdf, marks in parts:
        for page_marks in marks:
            for mark in page_marks:
                current = (room_headers or {}).get(mark, current)
            headers.append(current)
    return stamp([pdf for pdf, _marks in parts], headers, render=_render_stamp)


def _render_stamp(documents: list[str]) -> list[bytes]:
    executor = _executor()
    if executor is not None and len(documents) > 1:
        try:
            return [pdf for pdf, _marks in executor.map(pdfworker.render, documents)]
        except Exception:
            _reset_pool()
    return [pdfworker.render(document)[0] for document in documents]


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
