"""The verslag as CSV: one row per note and one per action, ready for a spreadsheet.

Dutch Excel reads a CSV with semicolons (the comma is its decimal sign) and needs the BOM to
read UTF-8. Cells that a spreadsheet would read as a formula (starting with = + - @, a tab or a
carriage return) get a leading single quote, so a note like =HYPERLINK(...) stays text."""

import csv
import io

from .builder import EventReport, RoomReport
from . import core_sections
from .labels import labels
from .sheets import actions_sheet, notes_sheet

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DELIMITER = ";"


def neutralise(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _write(reports: list[RoomReport]) -> bytes:
    w = labels()
    notes, actions = notes_sheet(reports), actions_sheet(reports)
    header = [w["room"], w["kind"], w["phase"], w["theme"], w["text"], w["perspective"], w["votes"], w["tags"],
              w["highlighted_column"], w["who"], w["when"]]
    rows = [[room, kind, phase, theme, text, perspective, votes, tags, highlighted, "", ""]  # kind: a note or a story
            for room, phase, theme, text, perspective, votes, tags, highlighted, kind in notes.rows]
    rows += [[room, w["action"], "", "", what, "", "", "", highlighted, who, when]
             for room, what, who, when, highlighted in actions.rows]
    rows += core_sections.csv_rows(reports, len(header))  # the positive core and droomzinnen (issue 15)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # the BOM makes Excel read UTF-8


def render_room(report: RoomReport) -> bytes:
    return _write([report])


def render_event(report: EventReport) -> bytes:
    return _write(report.rooms)
