"""The phase, its prompt, writing open or closed, private writing and its reveal."""

from sessions_app.changes import Change

from . import builds
from .common import whole_board


@builds(Change.PHASE_SET, Change.PHASE_PROMPT, Change.WRITING_SET, Change.WRITING_MODE, Change.NOTES_REVEALED)
def phase_changed(room_id: int, version: int, data: dict) -> dict[str, str]:
    return whole_board(room_id)
