"""The verslag as tables, for spreadsheets: notes, themes, the vote and the actions. The CSV
writes notes and actions in one table; the XLSX file has one sheet per table."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from .items import RoomReport
from .labels import labels


@dataclass
class Sheet:
    title: str
    header: list[str]
    rows: list[list]  # str, int or "" (and ISO dates as str, see date_columns)
    date_columns: tuple[int, ...] = ()  # columns holding an ISO date ("" when none)
    wide_columns: tuple[int, ...] = ()  # columns of running text


def _yes(flag: bool) -> str:
    return _("ja") if flag else ""


def _votes(phase, votes: int):
    return votes if phase.voted else ""  # no vote held in that phase: no count, not 0


def notes_sheet(reports: list[RoomReport]) -> Sheet:
    w = labels()
    rows = [
        [r.title, phase.title, note.theme, note.text, note.perspective_label, _votes(phase, note.votes),
         ", ".join(note.tag_labels), _yes(note.highlighted), note.kind_label or w["note_note"]]
        for r in reports for phase in r.phases for note in phase.notes
    ]
    return Sheet(w["notes"], [w["room"], w["phase"], w["theme"], w["text"], w["perspective"], w["votes"], w["tags"],
                              w["highlighted_column"], w["kind"]], rows, wide_columns=(3,))


def themes_sheet(reports: list[RoomReport]) -> Sheet:
    w = labels()
    rows = [
        [r.title, phase.title, theme.title, len(theme.notes), _votes(phase, theme.votes), _yes(theme.highlighted)]
        for r in reports for phase in r.phases for theme in phase.themes
    ]
    return Sheet(w["themes"], [w["room"], w["phase"], w["theme"], w["notes"], w["votes"], w["highlighted_column"]], rows,
                 wide_columns=(2,))


def votes_sheet(reports: list[RoomReport]) -> Sheet:
    w = labels()
    kinds = {"theme": w["theme_note"], "note": w["note_note"]}
    rows = [
        [r.title, phase.title, result.rank, kinds.get(result.kind, result.kind), result.text, result.votes]
        for r in reports for phase in r.phases for result in phase.vote_results
    ]
    return Sheet(w["votes"], [w["room"], w["phase"], w["rank"], w["kind"], w["text"], w["votes"]], rows, wide_columns=(4,))


def actions_sheet(reports: list[RoomReport]) -> Sheet:
    w = labels()
    rows = [[a.room, a.what, a.who, a.when, _yes(a.highlighted)] for r in reports for a in r.actions]
    return Sheet(w["actions"], [w["room"], w["what"], w["who"], w["when"], w["highlighted_column"]], rows,
                 date_columns=(3,), wide_columns=(1,))


def all_sheets(reports: list[RoomReport]) -> list[Sheet]:
    from .core_sections import core_sheet, propositions_sheet  # issue 15; it builds on Sheet

    extra = [sheet for sheet in (core_sheet(reports), propositions_sheet(reports)) if sheet.rows]  # only when used
    return [notes_sheet(reports), themes_sheet(reports), votes_sheet(reports), actions_sheet(reports), *extra]
