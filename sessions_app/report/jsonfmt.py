"""The verslag as JSON: the full structure (schema in docs/verslag.md)."""

import json

from .builder import EventReport, RoomReport

SCHEMA = "vierluik.verslag/1"
KRANT_SCHEMA = "vierluik.krant/1"


def room_dict(report: RoomReport) -> dict:
    return {"schema": SCHEMA, **report.to_dict()}


def event_dict(report: EventReport) -> dict:
    return {"schema": KRANT_SCHEMA, **report.to_dict()}


def _dump(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def render_room(report: RoomReport) -> bytes:
    return _dump(room_dict(report))


def render_event(report: EventReport) -> bytes:
    return _dump(event_dict(report))
