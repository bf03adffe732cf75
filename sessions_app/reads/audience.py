"""Who sees what: the audiences a board is read for, and which notes each of them may see."""

from ..audience import Audience
from ..models import Note

# A note leaves its room only when everybody in the room may see it (neither hidden nor written
# privately and still unrevealed): the plenary, its projector view and sockets, the krant.
SHOWN = {"note": {"hidden": False, "private": False}}


def visible_to(audience: str, note: Note, viewer: int | None = None) -> bool:
    """Facilitators see every note. Participants see shown notes; a note written privately and
    not yet revealed only by its author (`viewer` is the participant id of who looks)."""
    if audience == Audience.FACILITATORS:
        return True
    if note.hidden:
        return False
    return not note.private or (viewer is not None and note.participant_id == viewer)


def shown(kind: str, item) -> bool:
    """Everybody in the room may see this item (so it may leave the room)."""
    return all(getattr(item, name) == value for name, value in SHOWN.get(kind, {}).items())
