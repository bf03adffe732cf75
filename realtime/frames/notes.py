"""New notes: appended to their phase's list on every screen that may see them.

Notes written together (group commit: realtime/group_commit.py) arrive as one change at one
version and leave as one frame per audience. They are rendered from the objects just written
(services/notes.py puts them in the change), never read back."""

from django.template.loader import render_to_string

from sessions_app.reads import board, frames as frame_reads, votes
from sessions_app.audience import Audience
from sessions_app.changes import Change

from . import builds


@builds(Change.NOTE_ADDED)
def note_added(room_id: int, version: int, data: dict) -> dict[str, str]:
    """`data["notes"]`: the Notes just written, with their room and author; `data["note"]`
    alone (an id) is read back."""
    notes = data.get("notes") or [frame_reads.note(data["note"])]
    room = notes[0].room
    votes.mark_votable(room, notes)
    context = {"version": version, "room": room, "show": True}
    for_console = render_to_string(
        "partials/frame_notes_added.html",
        {**context, "notes": notes, "audience": Audience.FACILITATORS, "actions_phase": board.actions_phase(room)},
    )
    shown = [note for note in notes if board.visible_to(Audience.PARTICIPANTS, note)]
    if len(shown) == len(notes):
        for_all = render_to_string("partials/frame_notes_added.html", {**context, "notes": shown, "audience": Audience.PARTICIPANTS})
        return {Audience.PARTICIPANTS: for_all, Audience.FACILITATORS: for_console}
    # Written privately: the other phones learn only that more notes wait (never their text);
    # each author gets theirs through their own group (broadcast.on_participant_change).
    waiting = [
        (phase, frame_reads.waiting_count(room_id, phase))
        for phase in dict.fromkeys(note.phase for note in notes if note not in shown)
    ]
    for_phones = render_to_string(
        "partials/frame_notes_added.html",
        {**context, "notes": shown, "audience": Audience.PARTICIPANTS, "waiting_counts": waiting},
    )
    counts = "".join(
        render_to_string("partials/phase_waiting.html", {"phase_key": phase, "waiting": count, "oob": True})
        for phase, count in waiting
    )
    return {Audience.PARTICIPANTS: for_phones, Audience.FACILITATORS: for_console + counts}
