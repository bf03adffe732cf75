"""The verslag (report) of a room and the krant of an event, in seven formats.

    with translation.override("nl"):
        data = report.room_export(room, "pdf")

builder.py makes the one data structure; each format is a module with render_room/render_event."""

from importlib import import_module

from django.utils import translation

FORMATS = {  # key -> (module, content type, file extension)
    "html": ("html", "text/html; charset=utf-8", "html"),
    "pdf": ("pdf", "application/pdf", "pdf"),
    "docx": ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    "md": ("markdown", "text/markdown; charset=utf-8", "md"),
    "csv": ("csv", "text/csv; charset=utf-8", "csv"),
    "xlsx": ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    "json": ("jsonfmt", "application/json", "json"),
}
FORMAT_LABELS = {"html": "HTML", "pdf": "PDF", "docx": "Word", "md": "Markdown", "csv": "CSV", "xlsx": "Excel", "json": "JSON"}


def _module(fmt: str):
    return import_module(f"{__name__}.{FORMATS[fmt][0]}")


def render_room(report, fmt: str) -> bytes:
    return _module(fmt).render_room(report)


def render_event(report, fmt: str) -> bytes:
    return _module(fmt).render_event(report)


def room_export(room, fmt: str, language: str | None = None) -> bytes:
    from .builder import build_room

    with translation.override(language or room.language or "nl"):
        return render_room(build_room(room), fmt)


def event_export(event, fmt: str, language: str | None = None) -> bytes:
    from .builder import build_event

    with translation.override(language or "nl"):
        return render_event(build_event(event), fmt)


def filename(base: str, fmt: str) -> str:
    return f"{base}.{FORMATS[fmt][2]}"
