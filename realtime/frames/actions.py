"""Actions (wat, wie, wanneer) and the organiser's highlights."""

from django.template.loader import render_to_string

from sessions_app.reads import board
from sessions_app.changes import Change

from . import builds
from .common import AUDIENCES, marker, whole_board
from .themes import harvest


@builds(Change.ACTION_ADDED, Change.ACTION_CHANGED, Change.ACTION_DELETED)
def actions_changed(room_id: int, version: int, data: dict) -> dict[str, str]:
    """The action list only."""
    frames = {}
    for audience in AUDIENCES:
        context = board.board_without_notes(room_id, audience)
        slot = render_to_string("partials/actions_slot.html", {**context, "oob": True})
        frames[audience] = marker(version) + slot + harvest(context)
    return frames


@builds(Change.HIGHLIGHT_SET)
def highlight_set(room_id: int, version: int, data: dict) -> dict[str, str]:
    return whole_board(room_id)  # rare: the organiser's marks, on notes, themes and actions alike
