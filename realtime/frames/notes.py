"""A new note: appended to its phase's list on every screen that may see it."""

from django.template.loader import render_to_string

from sessions_app import frame_queries, queries
from sessions_app.changes import Change

from ..groups import FACILITATORS, PARTICIPANTS
from . import builds


@builds(Change.NOTE_ADDED)
def note_added(room_id: int, version: int, data: dict) -> dict[str, str]:
    """`data["note"]` is the Note just written (or its id, then it is read back)."""
    note = frame_queries.note(data["note"])
    context = {"note": note, "version": version, "room": note.room}
    # The console's copy carries the facilitator's menu (themes of the note's phase).
    themes = frame_queries.phase_themes(room_id, note.phase)
    for_console = render_to_string(
        "partials/frame_note_added.html",
        {
            **context, "show": True, "audience": FACILITATORS, "phase": {"key": note.phase, "themes": themes},
            "actions_phase": queries.actions_phase(note.room),
        },
    )
    if queries.visible_to(PARTICIPANTS, note):
        for_all = render_to_string("partials/frame_note_added.html", {**context, "show": True, "audience": PARTICIPANTS})
        return {PARTICIPANTS: for_all, FACILITATORS: for_console}
    # Written privately: the other phones learn only that one more note waits (never its text);
    # its author gets it through their own group (see broadcast.on_participant_change).
    waiting = frame_queries.waiting_count(room_id, note.phase)
    for_phones = render_to_string("partials/frame_note_waiting.html", {**context, "phase_key": note.phase, "waiting": waiting})
    count = render_to_string("partials/phase_waiting.html", {"phase_key": note.phase, "waiting": waiting, "oob": True})
    return {PARTICIPANTS: for_phones, FACILITATORS: for_console + count}
