"""Actions (wat, wie, wanneer) and the organiser's highlights."""

from sessions_app.changes import Change

from . import builds
from .common import whole_board


@builds(Change.ACTION_ADDED, Change.ACTION_CHANGED, Change.ACTION_DELETED, Change.HIGHLIGHT_SET)
def actions_changed(room_id: int, version: int, data: dict) -> dict[str, str]:
    return whole_board(room_id)
