"""Dot voting and the lens. Vote frames are small: one count per item, plus the ranked results
for the console; never a whole board per dot."""

from django.template.loader import render_to_string

from sessions_app.reads import board, frames as frame_reads, lens, votes
from sessions_app.audience import Audience
from sessions_app.changes import Change

from . import builds
from .common import AUDIENCES, marker, whole_board, with_last


@builds(Change.VOTE_CHANGED)
def vote_changed(room_id: int, version: int, data: dict) -> dict[str, str]:
    room = frame_reads.room(room_id)
    kind, pk = ("note", data["note"]) if "note" in data else ("theme", data["theme"])
    context = {"room": room, "version": version, "kind": kind, "pk": pk, "count": votes.count_of(room, kind, pk)}
    facilitators = render_to_string(
        "partials/frame_vote_changed.html",
        {**context, "show_counts": True, "results": True, "vote_results": votes.results(room, Audience.FACILITATORS)},
    )
    if votes.show_counts(room, Audience.PARTICIPANTS):
        participants = render_to_string("partials/frame_vote_changed.html", {**context, "show_counts": True})
    else:
        participants = marker(version)
    return {Audience.PARTICIPANTS: participants, Audience.FACILITATORS: facilitators}


@builds(Change.VOTE_OPENED)
def vote_opened(room_id: int, version: int, data: dict) -> dict[str, str]:
    """A fresh board, and for the phones the full budget (phones that already have dots in this
    vote get their own count through their own group right after)."""
    frames = whole_board(room_id)
    room = frame_reads.room(room_id)
    budget = render_to_string("partials/vote_mine.html", {"my_votes": {"remaining": room.vote_budget, "items": []}})
    frames[Audience.PARTICIPANTS] = with_last(frames[Audience.PARTICIPANTS], budget)
    return frames


@builds(Change.VOTE_CLOSED)
def vote_closed(room_id: int, version: int, data: dict) -> dict[str, str]:
    """Every note of the phase shows its dots; the phones' own dots go (as on a fresh page)."""
    frames = whole_board(room_id)
    frames[Audience.PARTICIPANTS] = with_last(frames[Audience.PARTICIPANTS], '<section id="vote-mine" class="vote-mine"></section>')
    return frames


@builds(Change.LENS_SET)
def lens_set(room_id: int, version: int, data: dict) -> dict[str, str]:
    return whole_board(room_id)  # every note shows (or drops) its tags and their menu


@builds(Change.NOTE_TAGGED)
def note_tagged(room_id: int, version: int, data: dict) -> dict[str, str]:
    note = frame_reads.note(data["note"])
    room = note.room
    votes.mark_notes(room, [note])
    # The console's copy of the note keeps its menu (the themes of its phase, actions).
    menu = {
        "phase": {"key": note.phase, "themes": frame_reads.phase_themes(room_id, note.phase)},
        "actions_phase": board.actions_phase(room),
    }
    frames = {}
    for audience in AUDIENCES:
        context = {
            **menu,
            "room": room,
            "lens_groups": lens.lens_groups_of(room, audience),
            "note": note,
            "version": version,
            "show_counts": votes.show_counts(room, audience),
            "audience": audience,
            "show_note": board.visible_to(audience, note),
        }
        frames[audience] = render_to_string("partials/frame_note_tagged.html", context)
    return frames
