"""The verslag as an Excel workbook (openpyxl): sheets for notes, themes, the vote and actions.

Text is stored as text: a note starting with "=" is a string cell, never a formula, and keeps
its exact wording. Dates of actions are real dates."""

import datetime
import io

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from .builder import EventReport, RoomReport
from .labels import labels
from .sheets import Sheet, all_sheets

SHEET_NAME_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def _cell_value(value, is_date: bool):
    if is_date and value:
        return datetime.date.fromisoformat(value)
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def _fill(sheet, data: Sheet):
    sheet.append(data.header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in data.rows:
        sheet.append([_cell_value(value, index in data.date_columns) for index, value in enumerate(row)])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
            elif isinstance(cell.value, datetime.date):
                cell.number_format = "d mmmm yyyy"
    for index in range(len(data.header)):
        letter = get_column_letter(index + 1)
        wide = index in data.wide_columns
        sheet.column_dimensions[letter].width = 60 if wide else 18
        if wide:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index + 1, max_col=index + 1):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    if data.rows:
        sheet.auto_filter.ref = sheet.dimensions


def workbook(reports: list[RoomReport], title: str, author: str) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for data in all_sheets(reports):
        _fill(book.create_sheet(data.title.translate(SHEET_NAME_FORBIDDEN)[:31]), data)
    book.properties.title = title
    book.properties.creator = book.properties.lastModifiedBy = author or "Vierluik"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def render_room(report: RoomReport) -> bytes:
    return workbook([report], f"{labels()['verslag']}: {report.title}", report.organiser)


def render_event(report: EventReport) -> bytes:
    return workbook(report.rooms, f"{labels()['krant']}: {report.title}", report.organiser)
