"""People in the room: joins, leaves and ready marks, for the console's counts and list."""

from django.template.loader import render_to_string

from sessions_app import frame_queries, queries
from sessions_app.changes import Change
from sessions_app.services import presence

from ..groups import FACILITATORS, PARTICIPANTS
from . import builds
from .common import marker, whole_board


def participant_row(data: dict) -> dict:
    """The console's row of the participant a change is about: appended for a join, replaced
    otherwise (ready, removed, back)."""
    return {"person": frame_queries.participant(data.get("participant")), "append": bool(data.get("joined"))}


@builds(Change.PARTICIPANT_JOINED)
def participants_changed(room_id: int, version: int, data: dict) -> dict[str, str]:
    context = queries.board(room_id, FACILITATORS)
    context.update(participant_row(data))
    return {
        PARTICIPANTS: marker(version),
        FACILITATORS: render_to_string("partials/frame_stats.html", {**context, "version": version}),
    }


@builds(Change.READY_SET)
def ready_changed(room_id: int, version: int, data: dict) -> dict[str, str]:
    """A ready mark: the console's counts and that participant's row only (a few small queries,
    not the whole board or list); the other screens just move to the new version."""
    context = {**presence.counts(room_id), **participant_row(data), "version": version}
    return {PARTICIPANTS: marker(version), FACILITATORS: render_to_string("partials/frame_ready.html", context)}


@builds(Change.PARTICIPANT_LEFT)
def participant_left(room_id: int, version: int, data: dict) -> dict[str, str]:
    return whole_board(room_id)  # their notes leave the board (AVG: a phone asks to be forgotten)
