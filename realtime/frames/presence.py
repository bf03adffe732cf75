"""People in the room: joins, leaves, removals and ready marks, for the console's counts and
rows. The phones only move to the new version. Counts come from count queries, never from
reading the board (a join at an event would otherwise re-read the board for every phone)."""

from django.template.loader import render_to_string

from sessions_app.audience import Audience
from sessions_app.reads import frames as frame_reads, participants
from sessions_app.changes import Change

from . import builds
from .common import marker, whole_board


def people_frame(room_id: int, participant_ids=()) -> str:
    """The console's counts and the rows of these participants (replaced in place)."""
    rows = [
        render_to_string("partials/participant_row.html", {"person": person, "oob": True})
        for person in frame_reads.participants_by_id(participant_ids)
    ]
    return render_to_string("partials/room_stats.html", participants.counts(room_id)) + "".join(rows)


@builds(Change.PARTICIPANT_JOINED, Change.PARTICIPANT_REMOVED, Change.PARTICIPANT_READMITTED)
def participants_changed(room_id: int, version: int, data: dict) -> dict[str, str]:
    room = frame_reads.room(room_id)
    context = {
        **participants.counts(room_id),
        "person": frame_reads.participant(data.get("participant")),
        "append": bool(data.get("joined")),
        "perspective_counts": participants.perspective_counts(room),
        "version": version,
    }
    return {Audience.PARTICIPANTS: marker(version), Audience.FACILITATORS: render_to_string("partials/frame_stats.html", context)}


@builds(Change.READY_SET)
def ready_changed(room_id: int, version: int, data: dict) -> dict[str, str]:
    """A ready mark: the console's counts and that participant's row only."""
    return {Audience.PARTICIPANTS: marker(version), Audience.FACILITATORS: marker(version) + people_frame(room_id, [data["participant"]])}


@builds(Change.PARTICIPANT_LEFT)
def participant_left(room_id: int, version: int, data: dict) -> dict[str, str]:
    return whole_board(room_id)  # their notes leave the board, and their dots and theme counts (rare: AVG)
