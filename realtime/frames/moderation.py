"""The facilitator's hand on notes: hide, show, edit, delete (removing people: presence.py)."""

from django.template.loader import render_to_string

from sessions_app.reads import board, frames as frame_reads, votes
from sessions_app.changes import Change

from . import builds
from .common import AUDIENCES, to_all, whole_board
from .core import with_core


def changed_note(version: int, note) -> dict[str, str]:
    """A changed note as each audience sees it: replaced in place where visible, gone where not."""
    votes.mark_votable(note.room, [note])
    context = {"note": note, "version": version, "room": note.room, "actions_phase": board.actions_phase(note.room)}
    return {
        audience: render_to_string(
            "partials/frame_note_changed.html",
            {**context, "audience": audience, "show": board.visible_to(audience, note)},
        )
        for audience in AUDIENCES
    }


@builds(Change.NOTE_HIDDEN, Change.NOTE_EDITED)
def note_changed(room_id: int, version: int, data: dict) -> dict[str, str]:
    return with_core(room_id, changed_note(version, frame_reads.note(data["note"])))


@builds(Change.NOTE_SHOWN, Change.NOTE_RESTORED)
def note_shown(room_id: int, version: int, data: dict) -> dict[str, str]:
    return whole_board(room_id)  # it comes back in its place among the others (and with its dots)


@builds(Change.NOTE_DELETED)
def note_deleted(room_id: int, version: int, data: dict) -> dict[str, str]:
    deleted = to_all(render_to_string("partials/frame_note_deleted.html", {"version": version, "note_id": data["note"]}))
    return with_core(room_id, deleted, deleted=True)

