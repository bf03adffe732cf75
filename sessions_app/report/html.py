"""The verslag as one HTML page: the same page for the browser, the print dialog and the PDF."""

from functools import lru_cache

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from . import sections
from .builder import EventReport, RoomReport


@lru_cache(maxsize=1)
def stylesheet() -> str:
    return (settings.BASE_DIR / "static" / "css" / "report.css").read_text(encoding="utf-8")


def _context(extra: dict | None) -> dict:
    return {"css": stylesheet(), "LANGUAGE_CODE": translation.get_language() or "nl", "sections": sections.templates(),
            **(extra or {})}


def room_html(report: RoomReport, extra: dict | None = None) -> str:
    return render_to_string("report/room.html", {"r": report, **_context(extra)})


def event_html(report: EventReport, extra: dict | None = None) -> str:
    return render_to_string("report/event.html", {"e": report, **_context(extra)})


def render_room(report: RoomReport) -> bytes:
    return room_html(report).encode("utf-8")


def render_event(report: EventReport) -> bytes:
    return event_html(report).encode("utf-8")
