"""The verslag as PDF: WeasyPrint prints the HTML page with its print stylesheet (A4)."""

from .builder import EventReport, RoomReport
from .html import event_html, room_html


def _pdf(html: str) -> bytes:
    from weasyprint import HTML  # imported on first use: it is slow to import and only PDFs need it

    return HTML(string=html, base_url=None).write_pdf()


def render_room(report: RoomReport) -> bytes:
    return _pdf(room_html(report))


def render_event(report: EventReport) -> bytes:
    return _pdf(event_html(report))
