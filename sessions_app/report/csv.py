"""The verslag as CSV: one row per note, ready for a spreadsheet.

Cells that a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage
return) get a leading single quote, so a note like =HYPERLINK(...) stays text."""

import csv
import io

from .builder import EventReport, RoomReport
from .labels import labels

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _rows(report: RoomReport, words: dict):
    for phase in report.phases:
        for note in phase.notes:
            yield [
                report.title, phase.title, note.theme, note.text, note.perspective_label, note.votes,
                ", ".join(note.tag_labels), words["highlighted"] if note.highlighted else words["shown"],
                note.kind_label or words["note"],
            ]


def _write(reports: list[RoomReport]) -> bytes:
    words = labels()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([words["room"], words["phase"], words["theme"], words["text"], words["perspective"],
                     words["votes"], words["tags"], words["status"], words["kind"]])
    for report in reports:
        for row in _rows(report, words):
            writer.writerow([neutralise(cell) for cell in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # the BOM makes Excel read UTF-8


def render_room(report: RoomReport) -> bytes:
    return _write([report])


def render_event(report: EventReport) -> bytes:
    return _write(report.rooms)
