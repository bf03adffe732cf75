"""The sociale-kwaliteit lens: four conditions the room can tag its notes with.

The facilitator switches the lens on; then a participant tags their own notes and the
facilitator tags any note of the room."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from ..changes import Change
from ..models import Condition, Note, Participant, Room
from . import rooms
from .errors import DomainError, NotAllowed
from .lookup import in_room


@transaction.atomic
def set_lens(room: Room, enabled: bool) -> Room:
    room = rooms.lock(room)
    if room.lens_enabled == enabled:
        return room
    room.lens_enabled = enabled
    room.save(update_fields=["lens_enabled"])
    rooms.publish(room, Change.LENS_SET, enabled=enabled)
    return room


@transaction.atomic
def tag_note(room: Room, note_id: int, tag: str, *, participant: Participant | None, on: bool = True) -> Note:
    """Attaches (`on`) or detaches a condition. `participant` is None for the facilitator, who
    may tag any note of the room; a participant only their own."""
    if tag not in Condition.values:
        raise DomainError(_("Die voorwaarde kennen we niet."))
    room = rooms.lock(room)
    if not room.lens_enabled:
        raise NotAllowed(_("De lens sociale kwaliteit staat nu uit."))
    note = in_room(Note, room, note_id)
    if participant is not None and note.participant_id != participant.pk:
        raise NotAllowed(_("Je kunt alleen je eigen briefjes labelen."))
    tags = set(note.tags or [])
    changed = tags ^ {tag} if (tag in tags) != on else tags
    if changed == tags:
        return note
    # Stored in the fixed order of the conditions, so exports and screens read the same way.
    note.tags = [key for key in Condition.values if key in changed]
    note.save(update_fields=["tags"])
    rooms.publish(room, Change.NOTE_TAGGED, note=note.pk)
    return note
